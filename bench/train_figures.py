#!/usr/bin/env python3
"""A learned keep/drop filter over the figures the rules find (FigureFinder), judged by article-level CV.

Reads the dump of FigureBench (one JSON line per read article: every figure the rules found, its features
(FigureFeatures), whether it matches a labelled figure as AttributionScorer pairs them, and the article's number
of labelled figures). Fits an L2 logistic regression (numpy, Newton steps) and reports figure P/R/F1 for the rules
alone and for rules + filter, in-sample and cross-validated with folds by ARTICLE (never by figure); the threshold
is chosen inside the training folds only (by an inner cross-validation over the training articles). Precision and
recall count a kept figure as right when it matched under the rules' whole output (the scorer re-pairs after
dropping, which can only differ when two figures share a value and unit).

    python3 bench/train_figures.py target/figures.jsonl [--l2 1.0] [--seeds 5] [--by-part] [--out MODEL.txt]
"""
import argparse
import hashlib
import json

import numpy as np


def load(path):
    with open(path) as f:
        head = json.loads(f.readline())
        arts = [json.loads(line) for line in f if line.strip()]
    return head["names"], arts


def stack(arts, candidates=False, rules_bit=False):
    """The rules' figures (rows with rules 1), or with candidates every tagger number the dump holds."""
    X, y, art = [], [], []
    for k, a in enumerate(arts):
        for r in a["figures"]:
            if not candidates and not r.get("rules", 1):
                continue
            X.append(r["x"] + ([r.get("rules", 1)] if rules_bit else []))
            y.append(r["match"])
            art.append(k)
    return np.array(X, float), np.array(y, float), np.array(art, int)


def fit(X, y, l2, iters=30):
    mean = X.mean(0)
    scale = X.std(0)
    scale[scale < 1e-9] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / scale])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-Z @ w))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w


def prob(model, X):
    mean, scale, w = model
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / scale])
    return 1 / (1 + np.exp(-Z @ w))


def prf(keep, y, gold):
    tp = float((keep * y).sum())
    pred = float(keep.sum())
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), int(tp), int(pred)


def auc(p, y):
    """The chance that a matched figure scores above an extra (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return above / (len(pos) * len(neg))


def folds(arts, n, seed):
    """Article k's fold: a hash of its id and the seed, so that the folds are the same on every run."""
    return np.array([int(hashlib.sha1(f"{seed}:{a['id']}".encode()).hexdigest(), 16) % n for a in arts])


GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


def best_threshold(p, y, gold):
    """The threshold of GRID with the best F1 (the lowest among equals: keep more)."""
    best, arg = -1.0, 0.0
    for t in GRID:
        f = prf((p >= t).astype(float), y, gold)[2]
        if f > best + 1e-12:
            best, arg = f, t
    return arg


def train(X, y, art, arts_idx, arts, l2, seed):
    """A model on the articles arts_idx, its threshold from an inner 4-fold CV over those articles."""
    rows = np.isin(art, arts_idx)
    inner = folds([arts[k] for k in arts_idx], 4, seed + 1000)
    fold_of = dict(zip(arts_idx, inner))
    oof = np.zeros(len(y))
    for f in range(4):
        tr = rows & np.array([fold_of.get(a, -1) != f for a in art])
        te = rows & np.array([fold_of.get(a, -1) == f for a in art])
        if te.any():
            oof[te] = prob(fit(X[tr], y[tr], l2), X[te])
    gold = sum(arts[k]["gold"] for k in arts_idx)
    t = best_threshold(oof[rows], y[rows], gold)
    return fit(X[rows], y[rows], l2), t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--out")
    ap.add_argument("--by-part", action="store_true", help="also leave one read part out at a time")
    ap.add_argument("--candidates", action="store_true",
                    help="judge every tagger number (the rules' figures and the numbers they leave out), not a filter")
    ap.add_argument("--form-only", action="store_true",
                    help="zero the features the rules fill in (unit, qualifier, measures, period, duration): with "
                         "--candidates they are set only on the rules' figures and would carry the rules' decision")
    ap.add_argument("--rules-bit", action="store_true", help="with --candidates: whether the rules made it is a feature")
    args = ap.parse_args()
    names, arts = load(args.dump)
    X, y, art = stack(arts, args.candidates, args.rules_bit)
    if args.form_only:
        for n in ("no_unit", "unit_people", "qualifier", "measures", "period", "duration"):
            X[:, names.index(n)] = 0.0
    if args.rules_bit:
        names = names + ["rules"]
    by_rules = np.array([r.get("rules", 1) for a in arts for r in a["figures"] if args.candidates or r.get("rules", 1)], float)
    gold = sum(a["gold"] for a in arts)
    print(f"{len(arts)} articles, {gold} labelled figures, {len(y)} rows ({int(by_rules.sum())} the rules' figures), "
          f"{int(y.sum())} matched")
    rules = prf(by_rules, y, gold)
    print("rules alone:                P %.3f R %.3f F1 %.3f (%d/%d)" % rules)
    everything = np.arange(len(arts))
    model, t = train(X, y, art, everything, arts, args.l2, 0)
    ins = prf((prob(model, X) >= t).astype(float), y, gold)
    print("rules + filter, in-sample:  P %.3f R %.3f F1 %.3f (%d/%d), threshold %.3f" % (ins + (t,)))
    cv = []
    for seed in range(args.seeds):
        fold = folds(arts, 5, seed)
        keep = np.zeros(len(y))
        per_fold = []
        for f in range(5):
            tr_arts = everything[fold != f]
            te = np.isin(art, everything[fold == f])
            m, tf = train(X, y, art, tr_arts, arts, args.l2, seed)
            keep[te] = (prob(m, X[te]) >= tf).astype(float)
            fg = sum(arts[k]["gold"] for k in everything[fold == f])
            per_fold.append((prf(by_rules[te], y[te], fg)[2], prf(keep[te], y[te], fg)[2], tf))
        r = prf(keep, y, gold)
        cv.append(r)
        print("  seed %d: rules+filter CV P %.3f R %.3f F1 %.3f (%d/%d); per fold rules->filter F1 %s" % (
            (seed,) + r + (" ".join("%.3f->%.3f@%.2f" % pf for pf in per_fold),)))
    cv = np.array([c[:3] for c in cv])
    # the trade the filter offers out of fold (seed 0's folds, each model fitted without its fold's articles)
    fold = folds(arts, 5, 0)
    oof = np.zeros(len(y))
    for f in range(5):
        te = np.isin(art, everything[fold == f])
        oof[te] = prob(fit(X[~te], y[~te], args.l2), X[te])
    print("out of fold AUC (seed 0): %.3f; in-sample AUC: %.3f" % (auc(oof, y), auc(prob(model, X), y)))
    print("out of fold, fixed thresholds (seed 0): " + "; ".join(
        "%.2f: P %.3f R %.3f F1 %.3f" % ((t0,) + prf((oof >= t0).astype(float), y, gold)[:3]) for t0 in (0.2, 0.35, 0.5, 0.65, 0.8)))
    print("rules + filter, CV by article (mean of %d fold draws): P %.3f R %.3f F1 %.3f (F1 min %.3f max %.3f)" % (
        args.seeds, cv[:, 0].mean(), cv[:, 1].mean(), cv[:, 2].mean(), cv[:, 2].min(), cv[:, 2].max()))
    if args.by_part:
        parts = sorted({a["split"] for a in arts})
        keep = np.zeros(len(y))
        for part in parts:
            te_arts = np.array([k for k in everything if arts[k]["split"] == part])
            tr_arts = np.array([k for k in everything if arts[k]["split"] != part])
            te = np.isin(art, te_arts)
            m, tp = train(X, y, art, tr_arts, arts, args.l2, 0)
            keep[te] = (prob(m, X[te]) >= tp).astype(float)
            pg = sum(arts[k]["gold"] for k in te_arts)
            print("  part %-8s rules F1 %.3f -> filter F1 %.3f (threshold %.3f)" % (
                part, prf(by_rules[te], y[te], pg)[2], prf(keep[te], y[te], pg)[2], tp))
        print("rules + filter, one read part left out at a time: P %.3f R %.3f F1 %.3f (%d/%d)" % prf(keep, y, gold))
    mean, scale, w = model
    print("weights (standardised):")
    for n, wi in sorted(zip(names, w[1:]), key=lambda z: -abs(z[1]))[:15]:
        print("  %-22s %+.3f" % (n, wi))
    if args.out:
        with open(args.out, "w") as f:
            f.write("# figure keep/drop: logistic regression, bench/train_figures.py; l2 %s, threshold by inner CV\n" % args.l2)
            f.write("bias %.6f\n" % w[0])
            f.write("threshold %.3f\n" % t)
            for n, mu, sc, wi in zip(names, mean, scale, w[1:]):
                f.write("feature %s %.6f %.6f %.6f\n" % (n, mu, sc, wi))


if __name__ == "__main__":
    main()
