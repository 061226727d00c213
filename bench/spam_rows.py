"""What the spam row dumps (bench/spam-exit-rows.py, bench/spam-judged-rows.py) share: a tier's labels and
predictions by case, and how much of a judged run's text is planted, read with the shared scorer's own text skeleton
(score_spam.Doc, score_spam.locate) so that a row's share counts characters as the scorer does."""
import json


def by_case(path):
    """The JSON lines of `path` by their "case"."""
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[r["case"]] = r
    return out


def planted(ss, root, rec, text, docs):
    """(page_pos, located, share): whether the case is a positive with planted spans, how many of the scorer's
    characters `text` is found at, and the planted share of them. `docs` keeps the last case's parsed page."""
    pos = rec["kind"] == "positive" and bool(rec.get("span_offsets"))
    if not pos:
        return pos, 0, 0.0
    if rec["case"] not in docs:
        docs.clear()
        doc = ss.Doc(ss.read_case(root, rec), rec["format"])
        gold = set()
        for s, e in rec.get("span_offsets", []):
            gold |= doc.idx_in_range(s, e)
        docs[rec["case"]] = (doc, gold)
    doc, gold = docs[rec["case"]]
    idx = ss.locate(doc, text, set())
    return (pos, len(idx), len(idx & gold) / len(idx)) if idx else (pos, 0, 0.0)
