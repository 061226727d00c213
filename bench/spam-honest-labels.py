#!/usr/bin/env python3
"""Writes the labels of a set of honest real pages (every page a control: nothing planted), for SpamBench and
bench/train_spam.py, with the half each page belongs to. A page is "heldout" (never trained on, measured apart)
when it is in WCXB's held-out half (ids ending in 0 or 5) or when it carries bench/spamgen's held-out cases
(spamgen.py's carrier_split: its untouched copies are the held-out controls); every other page is "train".

    bench/spam-honest-labels.py SOURCE_DIR LABELS_OUT wcxb|zyte|w3m|innertext
"""
import hashlib
import json
import os
import sys


def carrier_split(cid):  # bench/spamgen/spamgen.py's
    return "tune" if int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def half(kind, case, wcxb_types):
    if kind == "wcxb":
        if case[-1] in "05":
            return "heldout"
        if wcxb_types.get(case) == "article" and carrier_split("wcxb/" + case) == "heldout":
            return "heldout"
        return "train"
    if kind == "zyte":
        return "train" if carrier_split("zyte/" + case) == "tune" else "heldout"
    return "train" if carrier_split(case) == "tune" else "heldout"


def main(src, out_path, kind):
    fmt, ext = ("text", ".txt") if kind in ("w3m", "innertext") else ("html", ".html.gz")
    types = {}
    if kind == "wcxb":
        pages = json.load(open(os.path.join(src, "..", "pages.json"), encoding="utf-8"))
        types = {k: v.get("page_type") for k, v in pages.items()}
    with open(out_path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(src)):
            if name.endswith(ext):
                case = name[:-len(ext)]
                out.write(json.dumps({"case": case, "format": fmt, "kind": "honest", "source": kind,
                                      "page_type": types.get(case), "split": half(kind, case, types)}) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
