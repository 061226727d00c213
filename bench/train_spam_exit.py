#!/usr/bin/env python3
"""Trains the learned exit of the injected-spam judge (broadsheet-core/.../spam/unclued-spam.model, read by
UncluedJudge): shallow gradient-boosted trees (own numpy code) over the evidence of the runs that reach the judge's
"measured, no clue" exit (every component measured the run and none named what it is: InjectedSpam.unclued). A
logistic regression over the same rows can be folded beside it (--linear): at a threshold no honest run reaches it
gains almost nothing (BENCHMARKS.md, session 29).

Rows (bench/spam-exit-rows.py): SpamBench's judgement dump of the READ tiers of bench/spamgen (tune, tune2, fresh33,
novel, novel2 ... novel9) and of the honest real pages (bench/spam-honest-labels.py: both halves dumped, only the
TUNED half ever trained on or used for the threshold). A run is planted when a third of its located characters are,
honest when under a tenth are or when its page has nothing planted; in between is left out.

Folds: leave-a-tier-out over the read tiers (a tier's planted runs never trained on in its fold; the threshold set
without its negatives). The threshold is above every run of every negative page it may be set on (the honest pages'
tuned half, the read tiers' hard negatives and controls) plus a margin; the honest pages' held-out half is only
counted. A fold reports the tier's positive pages the cascade missed that the exit would flag.

    bench/train_spam_exit.py ROWS.jsonl [MODEL_OUT] [--linear]
"""
import json
import math
import os
import sys
from collections import defaultdict

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np

READ_TIERS = ["tune", "tune2", "fresh33", "novel", "novel2", "novel3", "novel4", "novel5", "novel6", "novel7", "novel8", "novel9"]
HONEST = ["zyte", "wcxb", "w3m", "innertext"]
PLANTED, HONEST_SHARE = 1 / 3, 0.1
MIN_ROWS = 20                                        # a feature seen on fewer rows is left out
ROUNDS = int(os.environ.get("EXIT_ROUNDS", "40"))
DEPTH = int(os.environ.get("EXIT_DEPTH", "2"))
RATE = 0.3
CUTS = 15                                           # candidate cuts per feature: its 5th to 95th percentiles
MARGIN = float(os.environ.get("EXIT_MARGIN", "0.5"))  # score above the highest negative run
L2 = 1.0


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["set"] in HONEST or r["kind"] != "positive" or not r["page_pos"]:
            r["y"] = 0
        elif r["share"] >= PLANTED:
            r["y"] = 1
        elif r["share"] < HONEST_SHARE:
            r["y"] = 0
        else:
            continue
        r["negpage"] = r["set"] in HONEST or r["kind"] != "positive"   # a flag there is a false alarm
        rows.append(r)
    return rows


def features(rows):
    count = defaultdict(int)
    for r in rows:
        for k, v in r["evidence"].items():
            if v and k != "gate.unclued":
                count[k] += 1
    return sorted(k for k, n in count.items() if n >= MIN_ROWS)


def matrix(rows, names):
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for j, n in enumerate(names):
            x[i, j] = r["evidence"].get(n, 0.0)
    return x


def balance(y):
    npos = max(1.0, y.sum())
    nneg = max(1.0, len(y) - y.sum())
    return np.where(y == 1, len(y) / (2 * npos), len(y) / (2 * nneg))


# ---- gradient-boosted trees --------------------------------------------------------------------------------------

def grow(x, g, h, idx, cuts, depth, lam=1.0):
    leaf = ("leaf", float(-g[idx].sum() / (h[idx].sum() + lam)))
    if depth == 0 or len(idx) < 20:
        return leaf
    G, H = g[idx].sum(), h[idx].sum()
    base = G * G / (H + lam)
    best = (1e-9, None, None)
    for j in range(x.shape[1]):
        xj = x[idx, j]
        for c in cuts[j]:
            under = xj <= c
            gl, hl = g[idx][under].sum(), h[idx][under].sum()
            if hl < 1 or H - hl < 1:
                continue
            gain = gl * gl / (hl + lam) + (G - gl) ** 2 / (H - hl + lam) - base
            if gain > best[0]:
                best = (gain, j, float(c))
    if best[1] is None:
        return leaf
    _, j, c = best
    return ("split", j, c, grow(x, g, h, idx[x[idx, j] <= c], cuts, depth - 1, lam),
            grow(x, g, h, idx[x[idx, j] > c], cuts, depth - 1, lam))


def tree_value(t, x):
    if t[0] == "leaf":
        return np.full(len(x), t[1])
    _, j, c, under, over = t
    m = x[:, j] <= c
    out = np.empty(len(x))
    out[m] = tree_value(under, x[m])
    out[~m] = tree_value(over, x[~m])
    return out


def fit_trees(x, y):
    cuts = [np.unique(np.percentile(x[:, j], np.linspace(5, 95, CUTS))) for j in range(x.shape[1])]
    sw = balance(y)
    f = np.zeros(len(y))
    trees = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-f))
        t = grow(x, sw * (p - y), sw * p * (1 - p), np.arange(len(y)), cuts, DEPTH)
        t = scaled(t, RATE)
        trees.append(t)
        f += tree_value(t, x)
    return trees


def scaled(t, k):
    if t[0] == "leaf":
        return ("leaf", t[1] * k)
    return ("split", t[1], t[2], scaled(t[3], k), scaled(t[4], k))


def score_trees(trees, x):
    return sum(tree_value(t, x) for t in trees)


def write_tree(t, names, out):
    if t[0] == "leaf":
        out.write(f"leaf {t[1]!r}\n")
    else:
        out.write(f"split {names[t[1]]} {t[2]!r}\n")
        write_tree(t[3], names, out)
        write_tree(t[4], names, out)


# ---- logistic regression (for comparison) ------------------------------------------------------------------------

def fit_linear(x, y):
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    sw = balance(y)
    reg = np.full(z.shape[1], L2)
    reg[0] = 0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        step = np.linalg.solve((z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9),
                               z.T @ (sw * (p - y)) + reg * w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return lambda xx: w[0] + ((xx - mean) / scale) @ w[1:]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    linear = "--linear" in sys.argv
    rows = load(args[0])
    names = features(rows)
    x = matrix(rows, names)
    y = np.array([r["y"] for r in rows], dtype=float)
    usable = np.array([not (r["set"] in HONEST and r.get("split") == "heldout") for r in rows])
    negpage = np.array([r["negpage"] for r in rows])
    print(f"{len(rows)} rows, {int(y.sum())} planted, {len(names)} features; "
          f"{'logistic regression' if linear else f'{ROUNDS} trees of depth {DEPTH}'}, margin {MARGIN}")

    def fit_score(train):
        if linear:
            return fit_linear(x[train], y[train])(x)
        return score_trees(fit_trees(x[train], y[train]), x)

    total = 0
    for tier in READ_TIERS:
        held = np.array([r["set"] == tier for r in rows])
        s = fit_score(usable & ~(held & (y == 1)))
        t = s[usable & ~held & negpage].max() + MARGIN
        up = s >= t
        gained = {r["case"] for r, u, h in zip(rows, up, held) if u and h and r["page_pos"] and not r["cascade_flagged"]}
        missed = {r["case"] for r, h in zip(rows, held) if h and r["y"] == 1 and not r["cascade_flagged"]}
        honest_runs = sum(1 for r, u, h in zip(rows, up, held) if u and h and r["y"] == 0 and not r["negpage"])
        own_neg = {r["case"] for r, u, h in zip(rows, up, held) if u and h and r["negpage"]}
        hold = {(r["set"], r["case"]) for r, u in zip(rows, up) if u and r["set"] in HONEST and r.get("split") == "heldout"}
        total += len(gained)
        print(f"{tier:8s} pages gained {len(gained):3d} of {len(missed):3d} missed with a planted exit run; honest runs "
              f"of spam pages flagged {honest_runs}; the tier's own negatives flagged {len(own_neg)}; honest held-out "
              f"half flagged {len(hold)} {sorted(hold)[:3]}")
    print("pages gained over the folds", total)
    if linear or len(args) < 2:
        return
    trees = fit_trees(x[usable], y[usable])
    s = score_trees(trees, x)
    t = float(s[usable & negpage].max() + MARGIN)
    hold = sorted({(r["set"], r["case"]) for r, v in zip(rows, s) if v >= t and r["set"] in HONEST
                   and r.get("split") == "heldout"})
    print(f"shipped: threshold {t:.4f}; honest held-out half flagged {hold}")
    with open(args[1], "w", encoding="utf-8") as out:
        out.write("# The learned exit of the injected-spam judge (UncluedJudge): gradient-boosted trees over the evidence of\n"
                  "# runs every component measured and none named, written by bench/train_spam_exit.py from the read tiers\n"
                  f"# of bench/spamgen and the honest pages' tuned half. {ROUNDS} trees of depth {DEPTH}, rate {RATE};\n"
                  f"# threshold above every run of every negative page it was set on, plus {MARGIN}.\n"
                  "# split FEATURE CUT (the side at or under the cut first), leaf VALUE (log-odds)\n")
        out.write(f"threshold {t!r}\n")
        for tr in trees:
            out.write("tree\n")
            write_tree(tr, names, out)


if __name__ == "__main__":
    main()
