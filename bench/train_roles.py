"""Trains the role decision (RoleCandidates): a logistic regression over the features Java computes for every role
candidate (RoleBench's dump of the 98 labelled tuning articles; never the untouched parts). A candidate is positive
when its person matches a labelled person and its words match one of that person's labelled roles by the scorer's
rule. Regularization and threshold are chosen by cross-validation that leaves whole outlets out; the figures
printed are out-of-fold (each article decided by a model that never saw its outlet). Writes the weights, with the
standardization folded in, for broadsheet-analysis's resource role-model.txt.

    python3 bench/train_roles.py target/roles-dump.json [--write broadsheet-analysis/src/main/resources/org/broadsheet/analysis/role-model.txt]
"""
import json
import sys
from collections import defaultdict

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from train_roles_score import evaluate, match_people, outlet, report, role_match  # noqa: E402

FOLDS = 5


def rows(dump):
    X, y, where = [], [], []
    for a, art in enumerate(dump):
        gold, pred = art["gold"], art["people"]
        match = match_people(gold, pred)
        gold_of = {pred[j]["name"]: gold[i] for i, j in enumerate(match) if j >= 0}
        for c, cand in enumerate(art["candidates"]):
            g = gold_of.get(cand["person"])
            X.append(cand["features"])
            y.append(1.0 if g is not None and any(role_match(r, cand["stated"]) for r in g["roles"]) else 0.0)
            where.append((a, c))
    return np.array(X), np.array(y), where


def fit(X, y, l2, iters=50):
    """Logistic regression by Newton's method, L2 on the weights (not the intercept), standardized columns."""
    mu = X.mean(0)
    sd = X.std(0)
    sd[sd == 0] = 1
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-Z @ w))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    # fold the standardization back: raw weights and intercept
    raw = w[1:] / sd
    return w[0] - (mu * raw).sum(), raw


def predict(model, X):
    b, w = model
    return 1 / (1 + np.exp(-(X @ w + b)))


def folds_by_outlet(dump):
    outlets = sorted({outlet(a["url"]) for a in dump})
    rng = np.random.default_rng(11)
    rng.shuffle(outlets)
    fold_of = {o: k % FOLDS for k, o in enumerate(outlets)}
    return [fold_of[outlet(a["url"])] for a in dump]


def decided(dump, where, keep):
    """The dump with each person's roles replaced by the candidates kept."""
    kept = defaultdict(list)
    for (a, c), k in zip(where, keep):
        if k:
            cand = dump[a]["candidates"][c]
            kept[(a, cand["person"])].append(cand["stated"])
    out = []
    for a, art in enumerate(dump):
        people = [dict(p, roles=[{"stated": r} for r in kept[(a, p["name"])]]) for p in art["people"]]
        out.append(dict(art, people=people))
    return out


def f1(per_part):
    hit = sum(c["hit"] for c in per_part.values())
    gold = sum(c["gold"] for c in per_part.values())
    right = sum(c["right"] for c in per_part.values())
    pred = sum(c["pred"] for c in per_part.values())
    r, p = hit / gold, right / max(pred, 1)
    return r, p, 2 * r * p / max(r + p, 1e-9)


def main():
    dump = json.load(open(sys.argv[1]))
    X, y, where = rows(dump)
    art_fold = folds_by_outlet(dump)
    fold = np.array([art_fold[a] for a, _ in where])
    print("candidates %d, positive %d, outlets %d" % (len(y), int(y.sum()), len({outlet(a['url']) for a in dump})))
    base = evaluate(decided(dump, where, [True] * len(y)))[0]
    print("every candidate kept: recall %.3f precision %.3f F1 %.3f" % f1(base))
    every = f1(base)[0]
    best = None
    for l2 in [1, 3, 10, 30, 100]:
        oof = np.zeros(len(y))
        for k in range(FOLDS):
            tr = fold != k
            oof[~tr] = predict(fit(X[tr], y[tr], l2), X[~tr])
        for t in [0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]:
            r, p, f = f1(evaluate(decided(dump, where, oof >= t))[0])
            print("l2 %5.1f threshold %.2f: out-of-fold role recall %.3f precision %.3f F1 %.3f" % (l2, t, r, p, f))
            # recall first (the aim is recall): within one role in a hundred of keeping every candidate, then F1
            score = (r >= every - 0.01, f)
            if best is None or score > best[0]:
                best = (score, l2, t, oof.copy())
    _, l2, t, oof = best
    print("\nchosen: l2 %.1f threshold %.2f; out-of-fold, by part:" % (l2, t))
    print(report(evaluate(decided(dump, where, oof >= t))[0]))
    model = fit(X, y, l2)
    names = FEATURE_NAMES(dump)
    lines = ["# role decision: logistic regression, bench/train_roles.py; l2 %.1f, threshold by outlet-out CV" % l2,
             "# feature NAME MEAN SCALE WEIGHT (raw weights: mean 0, scale 1), read by LogisticModel",
             "bias %.6f" % model[0], "threshold %.3f" % t]
    lines += ["feature %s 0 1 %.6f" % (n, w) for n, w in zip(names, model[1])]
    print("\n".join(lines))
    if "--write" in sys.argv:
        open(sys.argv[sys.argv.index("--write") + 1], "w").write("\n".join(lines) + "\n")


def FEATURE_NAMES(dump):
    return dump[0]["feature_names"]


if __name__ == "__main__":
    main()
