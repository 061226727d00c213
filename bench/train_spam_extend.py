#!/usr/bin/env python3
"""Extends the injected-spam model in place with weights for the evidence it does not know, keeping every weight,
the bias and the threshold it has.

The model in place (broadsheet-core's injected-spam.model) was trained before later sessions added clues (hidden words
without a sentence, search phrases run together, phrases said again, words in random order, text appended to a line
of the page's own, ...): a clue the model does not know counts nothing. Retraining the whole model moves every
probability, and the hand-set rules of InjectedSpam (two agreeing components from 65%, the known family) were
calibrated on this model's probabilities; the whole retrains of sessions 10, 13 and 16 lost recall on the tuned sets
for that reason. Here the model in place's log-odds is a fixed offset and only the unknown evidence is learnt (L2
logistic regression, no intercept, the classes weighing the same in total), so a suspect with none of the new
evidence keeps its probability exactly, and the threshold stays.

SPAM_EXTEND_ONLY=PREFIX learns only the evidence whose name starts with PREFIX (links.written: the links written out
as text, session 24), leaving the other unknown evidence at nothing.

Each new weight is bounded to push only towards spam (SPAM_EXTEND_FREE=1 lets them push both ways): the new clues are
signs of planted text, and a negative weight would take away what the rules found with the model in place. L2 is
chosen by leave-a-family-out cross-validation (train_spam.fold_of), as the strongest whose out-of-fold page recall is
within one standard error of the best and that flags no more hard negatives, controls or honest real pages out of fold
than the model in place does.

    bench/train_spam_extend.py MODEL SET_DIR:JUDGED.jsonl[:spam-only] [SET_DIR:JUDGED.jsonl ...]
The material is train_spam.py's (bench/spam-train.sh --extend). MODEL is read, then rewritten with the new weights.
"""
import math
import os
import sys
import tempfile

import numpy as np
from scipy.optimize import minimize

import train_spam as ts

# evidence seen in fewer suspects than this is left out: too rare to learn a weight for
MIN_ROWS = 10
FREE = os.environ.get("SPAM_EXTEND_FREE") == "1"
# SPAM_EXTEND_ONLY=links.written learns only the evidence whose name starts so (the rest it does not know counts nothing)
ONLY = os.environ.get("SPAM_EXTEND_ONLY", "")


def fit(z, offset, y, l2):
    """Weights for the standardized new evidence {@code z}, on top of {@code offset} (the model in place's
    log-odds)."""
    n = len(y)
    sw = np.where(y == 1, 0.5 * n / max(y.sum(), 1), 0.5 * n / max((1 - y).sum(), 1))

    def loss(w):
        t = offset + z @ w
        p = 1 / (1 + np.exp(-np.clip(t, -30, 30)))
        return ((sw * (np.logaddexp(0, t) - y * t)).sum() + 0.5 * l2 * (w * w).sum(),
                z.T @ ((p - y) * sw) + l2 * w)
    bounds = [(None, None) if FREE else (0.0, None)] * z.shape[1]
    return minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B", bounds=bounds,
                    options={"maxiter": 2000}).x


def false_alarms(r):
    return r["fpr_neg"], r["fpr_ctrl"], r["honest_fp"]


MARK = "# extended by bench/train_spam_extend.py"


def main(argv):
    path = argv[1]
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    base_text = text.split(MARK)[0]  # extended before: start again from the model it extended
    base_path = os.path.join(tempfile.mkdtemp(), "base.model")
    with open(base_path, "w", encoding="utf-8") as fh:
        fh.write(base_text)
    labels_by_set, rows = ts.load_all(argv[2:])
    offset, threshold = ts.model_logit(base_path, rows)
    _, _, feats = ts.read_model(base_path)
    known = {part for name, _, _, _ in feats for part in name.split("*")} | set(ts.GATES)
    counts = {}
    for r in rows:
        for k, v in r["evidence"].items():
            if v and k not in known and k.startswith(ONLY):
                counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, c in counts.items() if c >= MIN_ROWS)
    x = ts.matrix(rows, names)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = x / scale
    y = np.array([1.0 if r["share"] >= ts.SPAM_SHARE else 0.0 for r in rows])
    print(f"{len(rows)} suspects ({int(y.sum())} spam), {len(names)} pieces of evidence the model in place does not "
          f"know: {', '.join(names)}")

    gen = [i for i, r in enumerate(rows) if r["set"] != "dev"]
    gen_rows = [rows[i] for i in gen]
    gen_labels = {k: v for k, v in labels_by_set.items() if k != "dev"}
    base = ts.page_rates(gen_rows, (1 / (1 + np.exp(-offset)))[gen], threshold, gen_labels)
    print(f"model in place (threshold {threshold:.5f}): page P {base['precision']:.3f} R {base['recall']:.3f} "
          f"FPR neg {base['fpr_neg']:.3f} ctrl {base['fpr_ctrl']:.3f} honest {base['honest_fp']}/{base['honest']}")
    folds = sorted({ts.fold_of(r["rec"]) for r in gen_rows})
    results = {}
    for l2 in ts.L2_GRID:
        oof = np.zeros(len(rows))
        for f in folds:
            held = np.array([r["set"] != "dev" and ts.fold_of(r["rec"]) == f for r in rows])
            w = fit(z[~held], offset[~held], y[~held], l2)
            oof[held] = 1 / (1 + np.exp(-(offset[held] + z[held] @ w)))
        r = ts.page_rates(gen_rows, oof[gen], threshold, gen_labels)
        results[l2] = (r, oof)
        print(f"L2 {l2:5}: leave-a-family-out at the model's threshold: page P {r['precision']:.3f} "
              f"R {r['recall']:.3f} FPR neg {r['fpr_neg']:.3f} ctrl {r['fpr_ctrl']:.3f} "
              f"honest {r['honest_fp']}/{r['honest']}", flush=True)
    fair = [k for k in ts.L2_GRID if false_alarms(results[k][0]) <= false_alarms(base)
            and results[k][0]["fp"] <= base["fp"]]
    if not fair:
        print("every L2 flags more honest suspects out of fold than the model in place: not written")
        return
    best = max(results[k][0]["recall"] for k in fair)
    positives = base["tp"] / max(base["recall"], 1e-9)
    se = math.sqrt(best * (1 - best) / max(positives, 1))
    l2 = max(k for k in fair if results[k][0]["recall"] >= best - se)
    ts.tier_report(gen_rows, (1 / (1 + np.exp(-offset)))[gen], threshold, gen_labels, "model in place")
    ts.tier_report(gen_rows, results[l2][1][gen], threshold, gen_labels, f"extended, leave-a-family-out (L2 {l2})")
    w = fit(z, offset, y, l2)
    fitted = 1 / (1 + np.exp(-(offset + z @ w)))
    for s in labels_by_set:
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        r = ts.page_rates([rows[i] for i in idx], fitted[idx], threshold, {s: labels_by_set[s]})
        print(f"fit on {s}: page P {r['precision']:.3f} R {r['recall']:.3f} FPR neg {r['fpr_neg']:.3f} "
              f"ctrl {r['fpr_ctrl']:.3f} honest {r['honest_fp']}/{r['honest']}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(base_text)
        fh.write(MARK + ": the weights above kept, and weights learnt for the evidence\n"
                 f"# they do not know (L2 {l2}, chosen by leave-a-family-out cross-validation; value 0 adds nothing)\n")
        for i in np.argsort(-np.abs(w)):
            if abs(w[i]) > 1e-9:
                fh.write(f"feature {names[i]} 0 {scale[i]:.6g} {w[i]:.6g}\n")
    print(f"chosen: L2 {l2}; wrote {path}")


if __name__ == "__main__":
    main(sys.argv)
