#!/usr/bin/env python3
"""Writes labels-written.jsonl beside a set's labels.jsonl: its cases whose text (shown or hidden, alt text, the
description and keywords; scripts and styles left out) holds an address written out (http://, https://, www.), the only
cases where the written-out links' evidence (links.written*, session 24) can be non-zero. With --spam-only, positives
only; otherwise cases of the held-out half are left out (never trained on). Session 24 judged these subsets with
SpamBench and extended the model on them (SPAM_EXTEND_ONLY=links.written bench/train_spam_extend.py): a suspect
without the evidence keeps the model in place's probability, so the other cases would weigh in the fit only through
the classes' totals (and cost an hour of judging on a loaded machine).

    bench/spam-written-cases.py [--spam-only] SET_DIR ...
"""
import gzip, json, os, re, sys
from html.parser import HTMLParser
ADDR = re.compile(r"https?://|www\.|https?:&#x?[0-9a-f]+;|&lt;a", re.I)
class T(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out=[]; s.skip=0
    def handle_starttag(s, t, a):
        if t in ("script","style"): s.skip+=1
        d = dict(a)
        if d.get("alt"): s.out.append(d["alt"])
        if t == "meta" and (d.get("name") or "").lower() in ("description", "keywords") and d.get("content"):
            s.out.append(d["content"])
    def handle_endtag(s, t):
        if t in ("script","style") and s.skip: s.skip-=1
    def handle_data(s, d):
        if not s.skip: s.out.append(d)
SPAM_ONLY = sys.argv[1] == "--spam-only"
for d in sys.argv[2:] if SPAM_ONLY else sys.argv[1:]:
    keep = []; n = 0
    for line in open(os.path.join(d, "labels.jsonl"), encoding="utf-8"):
        if not line.strip(): continue
        rec = json.loads(line); n += 1
        if rec.get("split") == "heldout" and not SPAM_ONLY: continue  # never trained on
        if SPAM_ONLY and rec["kind"] != "positive": continue
        html = rec["format"] == "html"
        p = os.path.join(d, "html/%s.html.gz" % rec["case"] if html else "text/%s.txt" % rec["case"])
        raw = (gzip.open(p).read() if html else open(p, "rb").read()).decode("utf-8", "replace")
        if html:
            t = T(); t.feed(raw); raw = " ".join(t.out)
        if ADDR.search(raw): keep.append(line)
    with open(os.path.join(d, "labels-written.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(keep)
    print(d, n, "->", len(keep), flush=True)
