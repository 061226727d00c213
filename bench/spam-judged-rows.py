#!/usr/bin/env python3
"""The rows of the judge's second opinion (bench/train_spam_second.py): every run of SpamBench's judgement dump
(every run some component measured), labelled by the scorer's own skeleton and span location (score_spam.py): the
share of its located characters that were planted, and the way the cascade decided it ("path"):

  flagged       the cascade flagged it
  unclued       every component measured it, none named it, and the learned exit said no (gate.unclued)
  no-content    some component named it but gave no clue that it is planted content (gate.content 0)
  model-no      a clue that it is content, and the model under its threshold with no rule standing without it
  wrapper-no    the verdict was yes but the caller's own condition (an appended tail, a run of flattened lines) said no

Honest pages (SET zyte, wcxb, w3m, innertext) keep their half (bench/spam-honest-labels.py's "split").

    bench/spam-judged-rows.py OUT.jsonl SET:LABELS.jsonl:PRED.jsonl:JUDGED.jsonl ...
Never give it a held or untouched tier.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("BROADSHEET_SHARED", os.path.join(HERE, "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "spam"))
import score_spam as ss  # noqa: E402
import spam_rows  # noqa: E402

MODEL_THRESHOLD = None


def path_of(j):
    ev = j["evidence"]
    if j["flagged"]:
        return "flagged"
    if ev.get("gate.unclued"):
        return "unclued"
    if not ev.get("gate.content"):
        return "no-content"
    return "wrapper-no" if j["probability"] >= MODEL_THRESHOLD else "model-no"


def model_threshold():
    res = os.path.join(HERE, "..", "broadsheet-core", "src", "main", "resources", "org", "broadsheet", "spam",
                       "injected-spam.model")
    for line in open(res, encoding="utf-8"):
        f = line.split()
        if f and f[0] == "threshold":
            return float(f[1])
    return 0.5


def rows_for(name, labels_path, pred_path, judged_path, out):
    root = os.path.dirname(labels_path)
    labels = spam_rows.by_case(labels_path)
    preds = spam_rows.by_case(pred_path)
    doc_of = {}
    n = 0
    for line in open(judged_path, encoding="utf-8"):
        j = json.loads(line)
        ev = j["evidence"]
        rec = labels[j["case"]]
        pos, located, share = spam_rows.planted(ss, root, rec, j["text"], doc_of)
        out.write(json.dumps({"set": name, "case": j["case"], "kind": rec["kind"], "format": rec["format"],
                              "split": rec.get("split"), "page_pos": pos,
                              "page_spam": rec["kind"] == "positive",
                              "cascade_flagged": bool(preds.get(j["case"], {}).get("page_compromised")),
                              "path": path_of(j), "probability": j["probability"],
                              "location": j["location"], "share": round(share, 4), "located": located,
                              "chars": len(j["text"]), "text": j["text"][:300], "evidence": ev},
                             ensure_ascii=False) + "\n")
        n += 1
    return n


def main():
    global MODEL_THRESHOLD
    MODEL_THRESHOLD = model_threshold()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for arg in sys.argv[2:]:
            name, labels, pred, judged = arg.split(":")
            print(name, rows_for(name, labels, pred, judged, out), "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
