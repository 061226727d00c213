#!/usr/bin/env python3
"""Trains the reported-speech model (logistic regression, L2) shipped as
broadsheet-analysis/src/main/resources/org/broadsheet/analysis/reported-speech.model.

Input: the candidates AttributionBench --dump writes (one JSON line per labelled tuning article of the attribution
set: articles.json, fresh, fresh2, fresh3, fresh4; never an untouched part), each with its features (computed by
SpeechFeatures, the same code that decides at run time), whether the rules made it, and the labelled statements its
content matches as the scorer matches them (word-set Jaccard >= 0.5, with whether the speaker is right).

A candidate is positive when it matches a labelled statement. Regularization and the decision threshold are chosen
by cross-validation that leaves whole outlets out (folds by the article's host), scored as AttributionScorer scores:
the kept candidates of each article matched one to one to the labels, best first, and P, R, F1 and speaker accuracy
summed over articles. The figure reported for the model is nested: each outer fold of outlets is decided by a model
whose L2 and threshold were chosen by inner folds of the other outlets only.

    bench/train_reported.py CANDIDATES.jsonl [MODEL_OUT]
Whole command: bench/reported-train.sh
"""
import json
import math
import os
import sys
import zlib

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: BLAS threads fight the other jobs
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np

L2_GRID = [float(v) for v in os.environ.get("REPORTED_L2", "0.3,1,3,10,30,100").split(",")]
THRESHOLDS = [t / 100 for t in range(30, 97, 2)]
# for the candidates the rules made, which the rules have weighed already: 0 keeps them all
RULES_THRESHOLDS = [float(v) for v in os.environ.get("REPORTED_RULES_THRESHOLDS", "0,0.05,0.1,0.15,0.2,0.3,0.4,0.5").split(",")]
FOLDS = 7
# with a floor (REPORTED_MIN_PRECISION, e.g. 0.88), thresholds are chosen for the best recall among those whose
# precision reaches it (the aim's precision), not for the best F1; below the floor, the best precision
MIN_PRECISION = float(os.environ.get("REPORTED_MIN_PRECISION", "0"))
NEWTON_STEPS = 40


# features left out of the model (a regular expression over their names; the Java side computes them all and
# counts only those the model file names)
EXCLUDE = os.environ.get("REPORTED_EXCLUDE", "")
# parts left out of training and of every figure (comma-separated splits): the check parts fresh3 and fresh5 since
# session 16, whose totals judge a shipped model and whose candidates must not fit it
DROP_SPLITS = {s for s in os.environ.get("REPORTED_DROP_SPLITS", "fresh3,fresh5").split(",") if s}
# folds: "outlet" (a hash of the host; the same outlet never on both sides), "part" (one labelled part per fold:
# each part is decided by a model and thresholds chosen without it, as an unseen part would be) or "article" (a hash
# of the article id, 5 folds: whole articles, never candidates, on either side; as bench/reported_cv.py, session 19)
FOLD_BY = os.environ.get("REPORTED_FOLD_BY", "outlet")
ARTICLE_FOLDS = 5


def load(path):
    import re
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    names, articles = lines[0]["names"], [a for a in lines[1:] if a["split"] not in DROP_SPLITS]
    used = [k for k, n in enumerate(names) if not (EXCLUDE and re.search(EXCLUDE, n))]
    for a in articles:
        for c in a["cands"]:
            c["x"] = [c["x"][k] for k in used]
    return [names[k] for k in used], articles


def fold_of(host, folds):
    """Outlets spread over folds by a hash of the host: the same outlet is always in one fold."""
    h = (host or "none").lower()
    if h.startswith("www."):
        h = h[4:]
    return zlib.crc32(h.encode()) % folds


def rows(articles):
    x, y = [], []
    for a in articles:
        for c in a["cands"]:
            x.append(c["x"])
            y.append(1.0 if c["match"] else 0.0)
    return np.array(x, dtype=float), np.array(y)


def fit(x, y, l2):
    """Standardized logistic regression by Newton's method; L2 on the weights, not the bias."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    z = np.hstack([np.ones((len(z), 1)), z])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-(z @ w)))
        g = z.T @ (p - y) + reg * w
        h = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return mean, scale, w


def predict(model, x):
    mean, scale, w = model
    z = (x - mean) / scale
    return 1 / (1 + np.exp(-(w[0] + z @ w[1:])))


def decide(article, p, thresholds):
    """The kept candidates of one article, as ReportedSpeechModel.choose keeps them."""
    rules_threshold, threshold = thresholds
    cands = article["cands"]
    keep = [False] * len(cands)
    broad = []
    for i, c in enumerate(cands):
        if c["rules"]:
            keep[i] = p[i] >= rules_threshold
        else:
            broad.append(i)
    broad.sort(key=lambda i: (-p[i], i))
    for i in broad:
        if p[i] < threshold:
            break
        keep[i] = not any(keep[j] for j in cands[i]["same"])
    return [i for i in range(len(cands)) if keep[i]]


def score(article, kept):
    """matched, predicted, gold, right speakers: AttributionScorer's greedy one-to-one matching."""
    cands = article["cands"]
    pairs = []
    for j, i in enumerate(kept):
        for g, jac, spk in cands[i]["match"]:
            pairs.append((-jac, g, j, spk))
    pairs.sort()
    used_g, used_p = set(), set()
    matched = right = 0
    for _, g, j, spk in pairs:
        if g in used_g or j in used_p:
            continue
        used_g.add(g)
        used_p.add(j)
        matched += 1
        right += spk
    return np.array([matched, len(kept), article["gold"], right])


def figures(total):
    m, pr, g, r = total
    p = m / pr if pr else 1.0
    rc = m / g if g else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return p, rc, f1, (r / m if m else 1.0)


def line(name, total):
    p, r, f1, s = figures(total)
    m, pr, g, rt = total
    return (f"{name:<28} P {p:.3f} ({m}/{pr})  R {r:.3f} ({m}/{g})  F1 {f1:.3f}  speaker {s:.3f} ({rt}/{m})")


def oof_probabilities(articles, l2, folds, fold_key):
    """Each article's candidate probabilities from a model fitted without its fold."""
    out = [None] * len(articles)
    for f in sorted(set(fold_key)):
        train = [a for a, k in zip(articles, fold_key) if k != f]
        x, y = rows(train)
        model = fit(x, y, l2)
        for n, (a, k) in enumerate(zip(articles, fold_key)):
            if k == f:
                out[n] = predict(model, np.array([c["x"] for c in a["cands"]], dtype=float)) if a["cands"] else np.zeros(0)
    return out


def choose(articles, folds, fold_key, baseline_speaker):
    """(l2, threshold) with the best F1 over the folds, among those whose speaker accuracy is not below the rules'."""
    best = None
    for l2 in L2_GRID:
        probs = oof_probabilities(articles, l2, folds, fold_key)
        for t in [(tr, tb) for tr in RULES_THRESHOLDS for tb in THRESHOLDS]:
            total = sum((score(a, decide(a, p, t)) for a, p in zip(articles, probs)), np.zeros(4, dtype=int))
            p, r, f1, s = figures(total)
            key = (s >= baseline_speaker - 0.005, f1) if MIN_PRECISION <= 0 else \
                (s >= baseline_speaker - 0.005, p >= MIN_PRECISION, r if p >= MIN_PRECISION else p)
            if best is None or key > best[0]:
                best = (key, l2, t, total)
    return best[1], best[2], best[3]


def rules_total(articles):
    return sum((score(a, [i for i, c in enumerate(a["cands"]) if c["rules"]]) for a in articles),
               np.zeros(4, dtype=int))


def main():
    names, articles = load(sys.argv[1])
    parts = sorted({a["split"] for a in articles})
    folds = len(parts) if FOLD_BY == "part" else ARTICLE_FOLDS if FOLD_BY == "article" else FOLDS
    outer = [parts.index(a["split"]) if FOLD_BY == "part"
             else zlib.crc32(a["id"].encode()) % ARTICLE_FOLDS if FOLD_BY == "article"
             else fold_of(a["host"], FOLDS) for a in articles]
    rules = rules_total(articles)
    print(f"{len(articles)} articles, {sum(len(a['cands']) for a in articles)} candidates "
          f"({sum(c['rules'] for a in articles for c in a['cands'])} by the rules), {int(rules[2])} labelled statements")
    oracle = sum(len({g for c in a["cands"] for g, _, _ in c["match"]}) for a in articles)
    print(f"candidate recall: rules {figures(rules)[1]:.3f}, all candidates {oracle / rules[2]:.3f}")
    print(line("rules alone", rules))
    # nested: the outer fold's decisions come from L2 and threshold chosen on the other folds only
    nested = np.zeros(4, dtype=int)
    per_fold = []
    for f in range(folds):
        train = [a for a, k in zip(articles, outer) if k != f]
        test = [a for a, k in zip(articles, outer) if k == f]
        if not test:
            continue
        if FOLD_BY == "part":
            rest = sorted({a["split"] for a in train})
            inner = [rest.index(a["split"]) for a in train]
        elif FOLD_BY == "article":
            inner = [zlib.crc32(("inner#" + a["id"]).encode()) % (ARTICLE_FOLDS - 1) for a in train]
        else:
            inner = [fold_of(a["host"] + "#inner", FOLDS - 1) for a in train]
        l2, t, _ = choose(train, folds - 1, inner, figures(rules_total(train))[3])
        x, y = rows(train)
        model = fit(x, y, l2)
        part = np.zeros(4, dtype=int)
        for a in test:
            p = predict(model, np.array([c["x"] for c in a["cands"]], dtype=float)) if a["cands"] else np.zeros(0)
            part += score(a, decide(a, p, t))
        nested += part
        per_fold.append((f, len(test), l2, t, part, rules_total(test)))
    for f, n, l2, t, part, r in per_fold:
        name = parts[f] if FOLD_BY == "part" else f
        print(f"  fold {name} ({n} articles, L2 {l2}, thresholds {t}): rules F1 {figures(r)[2]:.3f} -> model F1 {figures(part)[2]:.3f}")
    print(line("model, nested out-of-fold", nested))
    # per part, out-of-fold (the nested decisions again, summed by split)
    l2, t, flat = choose(articles, folds, outer, figures(rules)[3])
    print(line(f"model, out-of-fold (L2 {l2}, t {t})", flat) + "  [L2 and threshold chosen on these folds]")
    probs = oof_probabilities(articles, l2, folds, outer)
    by_split = {}
    for a, p in zip(articles, probs):
        s = a["split"]
        by_split.setdefault(s, [np.zeros(4, dtype=int), np.zeros(4, dtype=int)])
        by_split[s][0] += score(a, [i for i, c in enumerate(a["cands"]) if c["rules"]])
        by_split[s][1] += score(a, decide(a, p, t))
    for s, (r, m) in by_split.items():
        print(line(f"  {s}: rules", r))
        print(line(f"  {s}: model out-of-fold", m))
    x, y = rows(articles)
    model = fit(x, y, l2)
    full = sum((score(a, decide(a, predict(model, np.array([c["x"] for c in a["cands"]], dtype=float)) if a["cands"]
                                else np.zeros(0), t)) for a in articles), np.zeros(4, dtype=int))
    print(line("model fitted on all (in-sample)", full))
    if len(sys.argv) > 2:
        mean, scale, w = model
        with open(sys.argv[2], "w", encoding="utf-8") as fh:
            fh.write("# reported-speech model: logistic regression over SpeechFeatures, written by bench/train_reported.py\n")
            fh.write(f"# from the parts {','.join(parts)} of the attribution set (never a check part: {','.join(sorted(DROP_SPLITS))};\n")
            fh.write(f"# never an untouched one). L2 {l2} and thresholds chosen by cross-validation by {FOLD_BY};\n")
            fh.write(f"# features left out: {EXCLUDE or 'none'}.\n")
            fh.write("# feature NAME MEAN SCALE WEIGHT: contributes WEIGHT * (value - MEAN) / SCALE to the log-odds\n")
            fh.write(f"bias {w[0]:.6g}\nthreshold-rules {t[0]:.6g}\nthreshold {t[1]:.6g}\n")
            for k in np.argsort(-np.abs(w[1:])):
                if abs(w[1 + k]) > 1e-6:
                    fh.write(f"feature {names[k]} {mean[k]:.6g} {scale[k]:.6g} {w[1 + k]:.6g}\n")
        print("written", sys.argv[2])


if __name__ == "__main__":
    main()
