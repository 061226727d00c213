#!/usr/bin/env python3
"""Counts the wrong speakers of matched quotes or reported statements of the read parts by cause, and whether the
right speaker was among the ranker's candidates at all (a candidate-side miss no ranker can mend) or was passed over
(a ranker-side miss).

Input: a QuoteSpeakerBench dump (read parts only: that bench never writes a check part or an untouched one) and the
shipped ranker, applied as at run time. The labelled kind is the label's speaker_kind ("unnamed (null)" for a label
with no speaker); "given" is what the layer gave: nothing, a phrase (an unnamed or group speaker), a name form of the
labelled one (shares a word with it: approximate) or another entity. Older read parts, fresh22-24 and fresh25-31 (read
since session 29) and fresh32-34 (read since session 30) are counted apart; each row also counts the articles and the outlets (hosts of the labels' urls) its
wrong speakers fall in.

    bench/speaker_causes.py target/speakers.jsonl broadsheet-analysis/src/main/resources/org/broadsheet/analysis/quote-speaker-model.txt
    bench/speaker_causes.py --reported target/reported.jsonl .../reported-speaker-model.txt
"""
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_speakers as ts  # noqa: E402

LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "broadsheet-analysis", "src", "test",
                      "resources", "attribution")
# the read parts only (never a check part, fresh3 and fresh5, nor an untouched one)
READ_FILES = ["articles.json", "fresh.json", "fresh2.json", "fresh4.json"] + [f"fresh{i}.json" for i in range(6, 35)]
PARTS = [("older", None), ("fresh22-24", {"fresh22", "fresh23", "fresh24"}),
         ("fresh25-31", {f"fresh{i}" for i in range(25, 32)}), ("fresh32-34", {"fresh32", "fresh33", "fresh34"})]


def part_of(split):
    return next((name for name, splits in PARTS if splits and split in splits), "older")


def outlet(article):
    host = re.sub(r"^https?://", "", article.get("url") or "").split("/")[0].lower()
    return re.sub(r"^(www|edition|m|mobile)\.", "", host) or article.get("source") or "?"


def words(s):
    return set(re.findall(r"[a-z0-9]+", (s or "").lower()))


def given(speaker, wanted):
    kind, _, name = speaker.partition(":")
    if kind == "UNATTRIBUTED":
        return "nothing"
    if kind in ("UNNAMED", "GROUP"):
        return "a phrase"
    return "name form" if words(name) & words(wanted) else "another entity"


def main():
    args = sys.argv[1:]
    reported = args[0] == "--reported"
    dump, model_file = args[1:] if reported else args
    field = "reported_speech" if reported else "direct_quotes"
    labels = {}
    for f in READ_FILES:
        for a in json.load(open(os.path.join(LABELS, f))):
            labels[a["id"]] = a
    names, articles = ts.load(dump)
    model, margin = ts.read_model(model_file, names)
    rows = {}
    where = {}
    for a in articles:
        labelled = labels[a["id"]][field]
        part = part_of(a["split"])
        for q in a["quotes"]:
            if q["gold"] < 0:
                continue
            g = (np.array([c["x"] for c in q["cands"]], dtype=float), np.array([c["right"] == 1 for c in q["cands"]]),
                 np.array([bool(c["rules"]) for c in q["cands"]]))
            k = ts.picks(model, [g], margin)[0]
            if g[1][k]:
                continue
            gold = labelled[q["gold"]]
            kind = "unnamed (null)" if gold.get("speaker") is None else gold.get("speaker_kind") or "?"
            what = "any" if kind == "group" else given(q["cands"][k]["speaker"], gold.get("speaker"))
            cell = rows.setdefault((kind, what), {})
            col = (part, "cand" if g[1].any() else "no cand")
            cell[col] = cell.get(col, 0) + 1
            seen = where.setdefault((kind, what), (set(), set()))
            seen[0].add(a["id"])
            seen[1].add(outlet(labels[a["id"]]))
    print("| labelled kind | given | " + " | ".join(f"{n}: cand / no cand" for n, _ in PARTS) + " | articles | outlets |")
    print("|---|---|" + "---|" * (len(PARTS) + 2))
    for key in sorted(rows, key=lambda r: -sum(rows[r].values())):
        c = rows[key]
        cells = " | ".join(f"{c.get((n, 'cand'), 0)} / {c.get((n, 'no cand'), 0)}" for n, _ in PARTS)
        print(f"| {key[0]} | {key[1]} | {cells} | {len(where[key][0])} | {len(where[key][1])} |")


if __name__ == "__main__":
    main()
