#!/usr/bin/env python3
"""Trains the judge's second opinion (broadsheet-core/.../spam/measured-spam.model, read by InjectedSpam through
UncluedJudge's tree format): the same shallow gradient-boosted trees as bench/train_spam_exit.py, over the evidence
of the runs a component named as content ("model-no" in bench/spam-judged-rows.py: a clue that the run is
planted content, and the model under its threshold with no rule standing without it), with the model's own
probability (as log-odds, "model.logit") among the features. The runs the cascade flagged are trained on as well
(they are what a planted run looks like), but the threshold is set on the runs the verdict said no to.

Rows: bench/spam-judged-rows.py over the READ tiers (tune, tune2, fresh33, novel, novel2 ... novel9) and the honest
real pages (only their TUNED half trained on or used for the threshold). Planted: a third of the run's located
characters; honest: under a tenth, or any run of a page with nothing planted.

Folds: leave-a-tier-out (a tier's planted runs never trained on; the threshold set without its negatives). The
threshold is above every run of every negative page it may be set on (honest tuned half, read tiers' hard
negatives and controls) plus a margin.

    bench/train_spam_second.py ROWS.jsonl [MODEL_OUT]
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
import train_spam_exit as te  # noqa: E402

PATHS = set(os.environ.get("SECOND_PATHS", "model-no").split(","))
TRAIN_FLAGGED = os.environ.get("SECOND_TRAIN_FLAGGED", "1") == "1"


def logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["path"] not in PATHS and not (TRAIN_FLAGGED and r["path"] == "flagged" and r["evidence"].get("gate.content")):
            continue
        if r["set"] in te.HONEST or r["kind"] != "positive" or not r["page_pos"]:
            r["y"] = 0
        elif r["share"] >= te.PLANTED:
            r["y"] = 1
        elif r["share"] < te.HONEST_SHARE:
            r["y"] = 0
        else:
            continue
        r["evidence"] = dict(r["evidence"])
        r["evidence"]["model.logit"] = logit(r["probability"])
        r["negpage"] = r["set"] in te.HONEST or r["kind"] != "positive"
        # the second opinion is only asked where the verdict was no, and never about a field (a title, a menu)
        r["asked"] = r["path"] in PATHS and r["location"] == "block"
        rows.append(r)
    return rows


def features(rows):
    names = set(te.features(rows)) | {"model.logit"}
    return sorted(n for n in names if not n.startswith("gate."))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = load(args[0])
    names = features(rows)
    x = te.matrix(rows, names)
    y = np.array([r["y"] for r in rows], dtype=float)
    usable = np.array([not (r["set"] in te.HONEST and r.get("split") == "heldout") for r in rows])
    negpage = np.array([r["negpage"] for r in rows])
    asked = np.array([r["asked"] for r in rows])
    print(f"{len(rows)} rows ({int(asked.sum())} asked), {int(y.sum())} planted, {int((y * asked).sum())} planted "
          f"asked, {len(names)} features; {te.ROUNDS} trees of depth {te.DEPTH}, margin {te.MARGIN}, paths {sorted(PATHS)}")
    total = 0
    for tier in te.READ_TIERS:
        held = np.array([r["set"] == tier for r in rows])
        if not held.any():
            continue
        s = te.score_trees(te.fit_trees(x[usable & ~(held & (y == 1))], y[usable & ~(held & (y == 1))]), x)
        t = s[usable & ~held & negpage & asked].max() + te.MARGIN
        up = (s >= t) & asked
        gained = {r["case"] for r, u, h in zip(rows, up, held) if u and h and r["page_pos"] and not r["cascade_flagged"]}
        missed = {r["case"] for r, h, a in zip(rows, held, asked) if h and a and r["y"] == 1 and not r["cascade_flagged"]}
        honest_runs = sum(1 for r, u, h in zip(rows, up, held) if u and h and r["y"] == 0 and not r["negpage"])
        own_neg = {r["case"] for r, u, h in zip(rows, up, held) if u and h and r["negpage"]}
        hold = {(r["set"], r["case"]) for r, u in zip(rows, up) if u and r["set"] in te.HONEST and r.get("split") == "heldout"}
        total += len(gained)
        print(f"{tier:8s} pages gained {len(gained):3d} of {len(missed):3d} missed with a planted asked run; honest runs "
              f"of spam pages flagged {honest_runs}; own negatives flagged {len(own_neg)}; honest held-out half flagged "
              f"{len(hold)} {sorted(hold)[:3]}")
    print("pages gained over the folds", total)
    if len(args) < 2:
        return
    trees = te.fit_trees(x[usable], y[usable])
    s = te.score_trees(trees, x)
    t = float(s[usable & negpage & asked].max() + te.MARGIN)
    hold = sorted({(r["set"], r["case"]) for r, v, a in zip(rows, s, asked) if a and v >= t and r["set"] in te.HONEST
                   and r.get("split") == "heldout"})
    gained = sorted({(r["set"], r["case"]) for r, v, a in zip(rows, s, asked) if a and v >= t and r["page_pos"]
                     and not r["cascade_flagged"]})
    print(f"shipped: threshold {t:.4f}; in-sample pages gained {len(gained)}; honest held-out half flagged {hold}")
    with open(args[1], "w", encoding="utf-8") as out:
        out.write("# The second opinion of the injected-spam judge: gradient-boosted trees over the evidence of runs a\n"
                  "# component named as content and the model weighed under its threshold (with the model's log-odds),\n"
                  "# written by bench/train_spam_second.py from the read tiers of bench/spamgen and the honest pages'\n"
                  f"# tuned half. {te.ROUNDS} trees of depth {te.DEPTH}, rate {te.RATE}; threshold above every such run of\n"
                  f"# every negative page it was set on, plus {te.MARGIN}.\n"
                  "# split FEATURE CUT (the side at or under the cut first), leaf VALUE (log-odds)\n")
        out.write(f"threshold {t!r}\n")
        for tr in trees:
            out.write("tree\n")
            te.write_tree(tr, names, out)


if __name__ == "__main__":
    main()
