#!/usr/bin/env python3
"""Per-kind WCXB figures from score.py's per-page TSV, on the dev part, the held-out part, or both.

The held-out part is every id whose last character is 0 or 5 (about 20% of the pages, spread over all kinds).
Rules are written from the dev part only; the held-out part is looked at only as the totals printed here.

    wcxb_report.py PAGES.json BODY.tsv META.json {dev,held-out,all}
"""
import csv
import json
import sys

KINDS = ["article", "documentation", "service", "forum", "listing", "collection", "product"]


def held_out(doc_id):
    return doc_id[-1] in "05"


def body_scores(rows):
    """Mean precision over pages with a prediction, mean recall over all pages, F1 of the two (score.py's metric)."""
    if not rows:
        return None
    precisions = [float(r["precision"]) for r in rows if r["precision"] != ""]
    recall = sum(float(r["recall"]) for r in rows) / len(rows)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    empty = sum(1 for r in rows if int(r["pred_shingles"]) == 0)
    return f1, precision, recall, empty


def type_scores(ids, pages, meta):
    typed = [(pages[i]["page_type"], (meta.get(i) or {}).get("pageType")) for i in ids]
    typed = [(t, p) for t, p in typed if p is not None]
    if not typed:
        return None
    accuracy = sum(t == p for t, p in typed) / len(typed)
    tp = sum(t == "article" and p == "article" for t, p in typed)
    fp = sum(t != "article" and p == "article" for t, p in typed)
    fn = sum(t == "article" and p != "article" for t, p in typed)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return accuracy, f1, len(typed)


def report(name, ids, rows_by_id, pages, meta):
    rows = [rows_by_id[i] for i in ids]
    f1, p, r, empty = body_scores(rows)
    line = f"{name:9s} n={len(rows):4d}  F1 {f1:.4f}  P {p:.4f}  R {r:.4f}  empty {empty:3d}"
    per_kind = []
    for kind in KINDS:
        kind_rows = [rows_by_id[i] for i in ids if pages[i]["page_type"] == kind]
        if kind_rows:
            per_kind.append(f"{kind} {body_scores(kind_rows)[0]:.3f} ({len(kind_rows)})")
    print(line)
    print("          " + "  ".join(per_kind))
    types = type_scores(ids, pages, meta)
    if types:
        print(f"          pageType accuracy {types[0]:.4f}  article-vs-rest F1 {types[1]:.4f}  (n={types[2]})")
    result = {"part": name, "n": len(rows), "f1": f1, "precision": p, "recall": r, "empty": empty}
    if types:
        result.update(page_type_accuracy=types[0], article_f1=types[1])
    return result


def main():
    pages_path, tsv_path, meta_path, part = sys.argv[1:5]
    pages = json.load(open(pages_path, encoding="utf-8"))
    with open(tsv_path, encoding="utf-8") as fh:
        rows_by_id = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
    except FileNotFoundError:
        meta = {}
    ids = sorted(rows_by_id)
    results = []
    if part in ("dev", "all"):
        results.append(report("dev", [i for i in ids if not held_out(i)], rows_by_id, pages, meta))
    if part in ("held-out", "all"):
        results.append(report("held-out", [i for i in ids if held_out(i)], rows_by_id, pages, meta))
    if part == "all":
        results.append(report("all", ids, rows_by_id, pages, meta))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
