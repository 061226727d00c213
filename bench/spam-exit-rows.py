#!/usr/bin/env python3
"""The rows of the judge's learned exit (bench/train_spam_exit.py): every run of SpamBench's judgement dump that
reached the "measured, no clue" exit (evidence "gate.unclued"), labelled by the scorer's own skeleton and span
location (score_spam.py): the share of its located characters that were planted. Honest pages (SET zyte, wcxb, w3m,
innertext) keep their half (bench/spam-honest-labels.py's "split").

    bench/spam-exit-rows.py OUT.jsonl SET:LABELS.jsonl:PRED.jsonl:JUDGED.jsonl ...
Whole command: bench/spam-exit-train.sh
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("BROADSHEET_SHARED", os.path.join(HERE, "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "spam"))
import score_spam as ss  # noqa: E402
import spam_rows  # noqa: E402


def rows_for(name, labels_path, pred_path, judged_path, out):
    root = os.path.dirname(labels_path)
    labels = spam_rows.by_case(labels_path)
    preds = spam_rows.by_case(pred_path)
    doc_of = {}
    n = 0
    for line in open(judged_path, encoding="utf-8"):
        j = json.loads(line)
        ev = j["evidence"]
        if not ev.get("gate.unclued"):
            continue
        rec = labels[j["case"]]
        pos, located, share = spam_rows.planted(ss, root, rec, j["text"], doc_of)
        out.write(json.dumps({"set": name, "case": j["case"], "kind": rec["kind"], "format": rec["format"],
                              "split": rec.get("split"), "page_pos": pos,
                              "cascade_flagged": bool(preds.get(j["case"], {}).get("page_compromised")),
                              "location": j["location"], "share": round(share, 4), "located": located,
                              "chars": len(j["text"]), "text": j["text"][:300], "evidence": ev},
                             ensure_ascii=False) + "\n")
        n += 1
    return n


def main():
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for arg in sys.argv[2:]:
            name, labels, pred, judged = arg.split(":")
            print(name, rows_for(name, labels, pred, judged, out), "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
