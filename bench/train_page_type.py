#!/usr/bin/env python3
"""Trains the page-type model (multinomial logistic regression, L2) shipped as
broadsheet-core/src/main/resources/org/broadsheet/classify/page-type.model.

Trained on the WCXB dev part only (ids not ending in 0 or 5), and on the dev part of any further tables given
(news sets whose pages are all articles: the Zyte set); prints accuracy and article-vs-rest F1 on the WCXB dev
part (training fit and 5-fold cross-validation repeated over three fold splits) and on the held-out part, and
each further table's parts apart. Needs numpy.

    bench/train_page_type.py FEATURES.tsv MODEL_OUT [MORE.tsv ...]  # tables from org.broadsheet.bench.PageTypeFeatures
Whole command: bench/page-type.sh
"""
import csv
import sys

import numpy as np

TYPES = ["article", "forum", "product", "listing", "documentation", "service", "collection"]
L2 = 20.0  # chosen by 5-fold cross-validation on the dev part (1 to 300 tried)
STEPS = 3000
SPLITS = 3  # repeated 5-fold cross-validation: the script's own fold split, then two shuffled ones
RATE = 0.5


def load(path):
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    names = rows[0][2:]
    ids = [r[0] for r in rows[1:]]
    labels = np.array([TYPES.index(r[1]) for r in rows[1:]])
    x = np.array([[float(v) for v in r[2:]] for r in rows[1:]])
    return names, ids, labels, x


def train(x, y, k):
    n, d = x.shape
    w = np.zeros((k, d + 1))
    xb = np.hstack([np.ones((n, 1)), x])
    onehot = np.eye(k)[y]
    # classes weighted so that the small kinds are not drowned by articles
    counts = onehot.sum(axis=0)
    sample_weight = (n / (k * counts))[y] ** 0.5
    sample_weight = sample_weight / sample_weight.mean()
    for _ in range(STEPS):
        z = xb @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = ((p - onehot) * sample_weight[:, None]).T @ xb / n
        grad[:, 1:] += L2 * w[:, 1:] / n
        w -= RATE * grad
    return w


def predict(w, x):
    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    return (xb @ w.T).argmax(axis=1)


def report(name, y, pred):
    acc = (y == pred).mean()
    a = TYPES.index("article")
    tp = ((y == a) & (pred == a)).sum()
    fp = ((y != a) & (pred == a)).sum()
    fn = ((y == a) & (pred != a)).sum()
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"{name:15s} n={len(y):4d}  accuracy {acc:.4f}  article-vs-rest F1 {f1:.4f}")


def main():
    names, ids, y, x = load(sys.argv[1])
    held = np.array([i[-1] in "05" for i in ids])
    more = [load(path) for path in sys.argv[3:]]
    tx = np.vstack([x[~held]] + [m[3][[i[-1] not in "05" for i in m[1]]] for m in more])
    ty = np.concatenate([y[~held]] + [m[2][[i[-1] not in "05" for i in m[1]]] for m in more])
    mean = tx.mean(axis=0)
    scale = tx.std(axis=0)
    scale[scale == 0] = 1
    xs = (x - mean) / scale
    # 5-fold cross-validation on the WCXB dev part (the further tables' dev parts always train), repeated over
    # SPLITS fold splits: one split's figure moves by about 0.005 with the split alone, as much as most changes
    dev = np.flatnonzero(~held)
    extra_x = (tx[len(dev):] - mean) / scale
    extra_y = ty[len(dev):]
    oofs = []
    for split in range(SPLITS):
        fold = np.arange(len(dev)) % 5 if split == 0 else np.random.default_rng(split).permutation(len(dev)) % 5
        oof = np.zeros(len(dev), dtype=int)
        for k in range(5):
            tr, te = dev[fold != k], dev[fold == k]
            w = train(np.vstack([xs[tr], extra_x]), np.concatenate([y[tr], extra_y]), len(TYPES))
            oof[fold == k] = predict(w, xs[te])
        oofs.append(oof)
    w = train(np.vstack([xs[~held], extra_x]), np.concatenate([y[~held], extra_y]), len(TYPES))
    report("dev", y[~held], predict(w, xs[~held]))
    for split, oof in enumerate(oofs):
        report(f"dev, CV split {split}", y[~held], oof)
    a = TYPES.index("article")
    f1s = [2 * ((y[~held] == a) & (o == a)).sum() / ((y[~held] == a).sum() + (o == a).sum()) for o in oofs]
    accs = [(y[~held] == o).mean() for o in oofs]
    print(f"dev, CV mean of {SPLITS}   accuracy {np.mean(accs):.4f}  article-vs-rest F1 {np.mean(f1s):.4f}")
    report("held-out", y[held], predict(w, xs[held]))
    for path, (_, mids, my, mx) in zip(sys.argv[3:], more):
        mheld = np.array([i[-1] in "05" for i in mids])
        pred = predict(w, (mx - mean) / scale)
        for part, sel in (("dev", ~mheld), ("held-out", mheld)):
            print(f"{path}: {part} n={sel.sum()} share judged {TYPES[my[0]]}: {(pred[sel] == my[sel]).mean():.4f}")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("# page-type model: multinomial logistic regression over PageFeatures.NAMES, written by\n")
        out.write("# bench/train_page_type.py from the WCXB dev part (ids not ending in 0 or 5)" +
                  (" and the dev parts of " + " ".join(sys.argv[3:]) if more else "") + ".\n")
        out.write("# Features, read from the rules' decisions before the block model:\n")
        out.write("# " + " ".join(names) + "\n")
        out.write("mean " + " ".join(f"{v:.6g}" for v in mean) + "\n")
        out.write("scale " + " ".join(f"{v:.6g}" for v in scale) + "\n")
        for k, t in enumerate(TYPES):
            out.write(t + " " + " ".join(f"{v:.6g}" for v in w[k]) + "\n")


if __name__ == "__main__":
    main()
