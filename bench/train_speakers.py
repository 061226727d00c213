#!/usr/bin/env python3
"""Trains and judges a learned choice of direct-quote speakers (a conditional-logit ranker, L2), to be shipped, if it
beats the rules, as broadsheet-analysis/src/main/resources/org/broadsheet/analysis/quote-speaker-model.txt.

Input: the candidates QuoteSpeakerBench writes (one JSON line per article of the read parts only; never a check part
or an untouched one): per quote the rules' settled speaker, whether the quote matches a labelled one (as the scorer
matches: word-set Jaccard >= 0.6, one to one) and per candidate its features (computed by QuoteSpeakerCandidates, the same
code that decides at run time), whether the rules chose it and whether the scorer counts it right.

The ranker gives each candidate a score w . (x - mean) / scale and picks the highest of the quote's candidates; it
is fitted by Newton's method on the softmax over each quote's candidates, on the matched quotes that have a right
candidate. Judged by cross-validation that leaves whole ARTICLES out (folds by a hash of the article id, never by
quote); L2 chosen by inner folds of the training articles only (nested). On the same folds: the rules' speaker accuracy
against the model's, over every matched quote (a quote with no right candidate counts wrong for both).

    bench/train_speakers.py CANDIDATES.jsonl [MODEL_OUT]
    SPEAKERS_FOLDS_BY=part bench/train_speakers.py CANDIDATES.jsonl   (folds = the read parts, no model written)
    SPEAKERS_OLD=quote-speaker-model.txt bench/train_speakers.py ...   (also scores a shipped model on the same folds)
    SPEAKERS_APART='fresh(19|20|21)' bench/train_speakers.py ...   (also the cross-validated figures of those parts alone)
    SPEAKERS_WHAT='reported statement' bench/train_speakers.py REPORTED.jsonl OUT   (QuoteSpeakerBench --reported: the
        same ranker for reported speech, shipped as reported-speaker-model.txt)
"""
import json
import os
import re
import sys
import zlib

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np

L2_GRID = [float(v) for v in os.environ.get("SPEAKERS_L2", "0.1,0.3,1,3,10,30").split(",")]
FOLDS = int(os.environ.get("SPEAKERS_FOLDS", "5"))
SEEDS = [int(v) for v in os.environ.get("SPEAKERS_SEEDS", "0,1,2").split(",")]
NEWTON_STEPS = 30
# the model overrides the rules' choice only when its best candidate scores this much above the rules' (chosen by
# inner folds with the L2)
MARGINS = [float(v) for v in os.environ.get("SPEAKERS_MARGINS", "0,0.5,1,2,3").split(",")]


# features left out (a regular expression over their names), to see what the model learns without them
EXCLUDE = os.environ.get("SPEAKERS_EXCLUDE", "")
# read parts (a regular expression over their names) also counted apart in the cross-validation: a newly read batch
APART = os.environ.get("SPEAKERS_APART", "")
# what the stretches are, for the model file's header: "quote", or "reported statement" (QuoteSpeakerBench --reported)
WHAT = os.environ.get("SPEAKERS_WHAT", "quote")


def load(path):
    with open(path) as fh:
        head = json.loads(fh.readline())
        articles = [json.loads(line) for line in fh if line.strip()]
    names = head["names"]
    if EXCLUDE:
        keep = [k for k, n in enumerate(names) if not re.fullmatch(EXCLUDE, n)]
        names = [names[k] for k in keep]
        for a in articles:
            for q in a["quotes"]:
                for c in q["cands"]:
                    c["x"] = [c["x"][k] for k in keep]
    return names, articles


def fold_of(article_id, folds, seed):
    return zlib.crc32(f"{seed}:{article_id}".encode()) % folds


def groups(articles):
    """Per matched quote: (X, right, rules) arrays."""
    out = []
    for a in articles:
        for q in a["quotes"]:
            if q["gold"] < 0:
                continue
            x = np.array([c["x"] for c in q["cands"]], dtype=float)
            right = np.array([c["right"] == 1 for c in q["cands"]])
            rules = np.array([bool(c["rules"]) for c in q["cands"]])
            out.append((x, right, rules))
    return out


def fit(gs, l2, dim):
    """Conditional logit by Newton's method on standardized features; L2 on the weights."""
    train = [g for g in gs if g[1].any()]
    allx = np.vstack([g[0] for g in train])
    mean = allx.mean(axis=0)
    scale = allx.std(axis=0)
    scale[scale < 1e-9] = 1.0
    xs = [((g[0] - mean) / scale, g[1]) for g in train]
    w = np.zeros(dim)
    for _ in range(NEWTON_STEPS):
        grad = l2 * w
        hess = l2 * np.eye(dim)
        for x, right in xs:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            t = right / right.sum()  # several right candidates: the target spread over them
            grad += x.T @ (p - t)
            xp = x.T @ p
            hess += (x.T * p) @ x - np.outer(xp, xp)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return mean, scale, w


def picks(model, gs, margin):
    """Per quote, the index of the candidate chosen: the model's best, unless within margin of the rules' choice."""
    mean, scale, w = model
    out = []
    for x, r, rules in gs:
        s = ((x - mean) / scale) @ w
        best = int(np.argmax(s))
        ruled = int(np.argmax(rules))
        out.append(best if s[best] - s[ruled] > margin else ruled)
    return out


def accuracy(model, gs, margin=0.0):
    return sum(bool(g[1][k]) for g, k in zip(gs, picks(model, gs, margin)))


def rules_right(gs):
    return sum(bool((r & rules).any()) for _, r, rules in gs)


def read_model(path, names):
    """A model file as written below: (mean, scale, w) over these feature names, and its margin."""
    rows, margin = {}, 0.0
    with open(path) as fh:
        for line in fh:
            f = line.split()
            if f and f[0] == "feature":
                rows[f[1]] = [float(v) for v in f[2:5]]
            elif f and f[0] == "threshold-margin":
                margin = float(f[1])
    cols = np.array([rows.get(n, [0.0, 1.0, 0.0]) for n in names])  # a feature the file does not weigh adds nothing
    return (cols[:, 0], cols[:, 1], cols[:, 2]), margin


def choose_l2(articles, dim, seed):
    """The L2 and margin with the best accuracy over inner article folds of these articles."""
    acc = {}
    for l2 in L2_GRID:
        for f in range(FOLDS):
            tr = [a for a in articles if fold_of(a["id"], FOLDS, seed + 100) != f]
            te = groups([a for a in articles if fold_of(a["id"], FOLDS, seed + 100) == f])
            m = fit(groups(tr), l2, dim)
            for margin in MARGINS:
                acc[(l2, margin)] = acc.get((l2, margin), 0) + accuracy(m, te, margin)
    return max(acc, key=lambda k: (acc[k], k[1], k[0]))


def main():
    names, articles = load(sys.argv[1])
    dim = len(names)
    gs = groups(articles)
    n = len(gs)
    reachable = sum(bool(g[1].any()) for g in gs)
    print(f"{len(articles)} articles, {n} matched quotes; rules right {rules_right(gs)} ({rules_right(gs) / n:.3f}); "
          f"a right candidate (oracle) {reachable} ({reachable / n:.3f})")
    # in-sample: fitted and judged on every read article
    l2_all, margin_all = choose_l2(articles, dim, 0)
    model = fit(gs, l2_all, dim)
    chosen = picks(model, gs, margin_all)
    fixed = sum(bool(g[1][k]) and not (g[1] & g[2]).any() for g, k in zip(gs, chosen))
    lost = sum(not g[1][k] and bool((g[1] & g[2]).any()) for g, k in zip(gs, chosen))
    print(f"in-sample (L2 {l2_all}, margin {margin_all}): rules {rules_right(gs)}/{n} ({rules_right(gs) / n:.3f}), "
          f"model {accuracy(model, gs, margin_all)}/{n} ({accuracy(model, gs, margin_all) / n:.3f}); "
          f"changed {sum(k != int(np.argmax(g[2])) for g, k in zip(gs, chosen))}, fixed {fixed}, lost {lost}")
    # cross-validated: folds by article, L2 chosen inside each training part
    if os.environ.get("SPEAKERS_FOLDS_BY") == "part":
        # each read part left out in turn (tune, heldout, fresh, fresh2, ...): a later labelled batch as unseen
        tot_rules = tot_model = tot = 0
        per = []
        for part in sorted({a["split"] for a in articles}):
            tr = [a for a in articles if a["split"] != part]
            g = groups([a for a in articles if a["split"] == part])
            l2, margin = choose_l2(tr, dim, 0)
            m = fit(groups(tr), l2, dim)
            rr, mr = rules_right(g), accuracy(m, g, margin)
            per.append(f"{part} {rr}->{mr}/{len(g)}")
            tot_rules += rr
            tot_model += mr
            tot += len(g)
        print(f"cross-validated, one read part left out at a time: rules {tot_rules}/{tot} ({tot_rules / tot:.3f}), "
              f"model {tot_model}/{tot} ({tot_model / tot:.3f}); {', '.join(per)}")
        return
    old = read_model(os.environ["SPEAKERS_OLD"], names) if os.environ.get("SPEAKERS_OLD") else None
    for seed in SEEDS:
        tot_rules = tot_model = tot = tot_old = 0
        apart = [0, 0, 0, 0]  # rules, model, old model, matched: the articles of the parts in SPEAKERS_APART
        per = []
        for f in range(FOLDS):
            tr = [a for a in articles if fold_of(a["id"], FOLDS, seed) != f]
            te = [a for a in articles if fold_of(a["id"], FOLDS, seed) == f]
            l2, margin = choose_l2(tr, dim, seed)
            m = fit(groups(tr), l2, dim)
            g = groups(te)
            rr, mr = rules_right(g), accuracy(m, g, margin)
            per.append(f"{mr - rr:+d}")
            tot_old += accuracy(old[0], g, old[1]) if old else 0
            tot_rules += rr
            tot_model += mr
            tot += len(g)
            if APART:
                ga = groups([a for a in te if re.fullmatch(APART, a["split"])])
                apart = [apart[0] + rules_right(ga), apart[1] + accuracy(m, ga, margin),
                         apart[2] + (accuracy(old[0], ga, old[1]) if old else 0), apart[3] + len(ga)]
        print(f"cross-validated, {FOLDS} article folds (seed {seed}): rules {tot_rules}/{tot} ({tot_rules / tot:.3f}), "
              f"model {tot_model}/{tot} ({tot_model / tot:.3f}); model - rules by fold: {' '.join(per)}"
              + (f"; the old model {tot_old}/{tot} ({tot_old / tot:.3f})" if old else "")
              + (f"; parts {APART}: rules {apart[0]}/{apart[3]}, model {apart[1]}" if APART else "")
              + (f", old model {apart[2]}" if APART and old else ""))
    for k in np.argsort(-np.abs(model[2])):
        print(f"  {names[k]:24s} {model[2][k]:+.3f}")
    if len(sys.argv) > 2:
        mean, scale, w = model
        with open(sys.argv[2], "w") as fh:
            fh.write(f"# {WHAT} speaker ranker (bench/train_speakers.py): the candidate with the highest sum wins\n")
            fh.write(f"# trained on the read parts' {n} matched {WHAT}s ({len(articles)} articles), L2 {l2_all}\n")
            fh.write("# feature NAME MEAN SCALE WEIGHT: contributes WEIGHT * (value - MEAN) / SCALE to the score\n")
            fh.write(f"bias 0\nthreshold-margin {margin_all:.6g}\n")
            for k in range(dim):
                fh.write(f"feature {names[k]} {mean[k]:.6g} {scale[k]:.6g} {w[k]:.6g}\n")


if __name__ == "__main__":
    main()
