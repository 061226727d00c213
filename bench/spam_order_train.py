#!/usr/bin/env python3
"""Learns the word-order model of the injected-spam detector (broadsheet-core's
org/broadsheet/spam/word-order.tsv, read by LanguageOrder.java): how the most frequent words of written prose follow
each other, every other word being one of two classes (starting with a capital or not). Words in random order (keyword
stuffing drawn from other pages) break these pairs ("of the" and "the [word]" often, "the and" never); honest text
without full stops (headlines run together, notices, posts) keeps them.

Trained on the article bodies (labelled, not the pages) of the TUNED half of the carrier pages only
(bench/spamgen/spamgen.py's carrier_split): the held-out half's pages, which carry every held-out and fresh spam set and
the held-out halves of the negative banks, never reach the model. Line by line: no pair spans two lines.

    python3 bench/spam_order_train.py [--shared ../shared] [--words 300] [--out PATH]
"""
import argparse
import collections
import hashlib
import json
import os
import re

WORD = re.compile(r"[^\W\d_]+")


def carrier_split(cid):  # as bench/spamgen/spamgen.py
    return "tune" if int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "broadsheet-core", "src", "main",
                                                 "resources", "org", "broadsheet", "spam", "word-order.tsv"))
    a = ap.parse_args()
    b = os.path.join(a.shared, "bench")
    zt = json.load(open(os.path.join(b, "zyte", "ground-truth.json"), encoding="utf-8"))
    wt = json.load(open(os.path.join(b, "wcxb", "ground-truth.json"), encoding="utf-8"))
    wp = json.load(open(os.path.join(b, "wcxb", "pages.json"), encoding="utf-8"))
    bodies = [v["articleBody"] for k, v in sorted(zt.items()) if carrier_split("zyte/" + k) == "tune"]
    bodies += [v["articleBody"] for k, v in sorted(wt.items())
               if wp.get(k, {}).get("page_type") == "article" and carrier_split("wcxb/" + k) == "tune"]
    counts = collections.Counter(w.lower() for t in bodies for w in WORD.findall(t))
    frequent = [w for w, _ in sorted(counts.items(), key=lambda e: (-e[1], e[0]))[:a.words]]
    index = {w: i for i, w in enumerate(frequent)}
    k = len(frequent)

    def cls(w):
        return index.get(w.lower(), k + (1 if w[0].isupper() else 0))

    total = [0] * (k + 2)
    pairs = collections.Counter()
    for t in bodies:
        for line in t.split("\n"):
            c = [cls(w) for w in WORD.findall(line)]
            for i, x in enumerate(c):
                total[x] += 1
                if i + 1 < len(c):
                    pairs[(x, c[i + 1])] += 1
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Word-order model of the injected-spam detector: written by bench/spam_order_train.py from %d article\n"
                  "# bodies of the tuned half of the carrier pages (Zyte, MIT; WCXB, CC-BY-4.0: counts only, no text).\n"
                  "# words: the %d most frequent words (classes 0..%d); class %d: any other word in lower case, %d: any\n"
                  "# other word starting with a capital. count: how often each class occurs; then FROM TO N: pairs.\n"
                  % (len(bodies), k, k - 1, k, k + 1))
        out.write("words\t" + "\t".join(frequent) + "\n")
        out.write("count\t" + "\t".join(map(str, total)) + "\n")
        for (x, y), n in sorted(pairs.items()):
            out.write("%d %d %d\n" % (x, y, n))
    print("%d bodies, %d words, %d pairs -> %s" % (len(bodies), sum(total), len(pairs), a.out))


if __name__ == "__main__":
    main()
