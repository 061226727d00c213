#!/usr/bin/env python3
"""A generated corpus of N articles (default 100,000) for the search latency benchmark (bench/search-latency.sh).

Each article varies a real one (Zyte ground truth, WCXB articles): its paragraphs in another order with two
paragraphs of other real articles mixed in, a date between 2019 and 2025, one of 40 publishers, 12 sections,
300 authors; and an analysis as analyze writes it (2-4 people, 1-3 organizations and places, 0-2 quotes), so that
every facet has values. 3% of the pages are marked compromised. Deterministic (seeded).
   bench/make-search-corpus.py OUT.jsonl [N]
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import realarticles  # noqa: E402

out_path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rng = random.Random(100_000)
base = realarticles.load(min_words=120)
paragraphs = [[p for p in b[2].split("\n") if len(p.split()) > 8] for b in base]
FIRST = ["Anna", "Li", "Omar", "Maria", "John", "Priya", "Chen", "Sofia", "Ivan", "Fatima", "Lucas", "Aiko", "Kwame",
         "Elena", "David", "Mei", "Ahmed", "Laura", "Pedro", "Nadia"]
LAST = ["Keller", "Wang", "Haddad", "Lopez", "Smith", "Patel", "Zhang", "Rossi", "Petrov", "Khan", "Silva", "Sato",
        "Mensah", "Novak", "Brown"]
people = [f"{f} {l}" for f in FIRST for l in LAST]                     # 300 names
orgs = [f"{w} {k}" for w in ["National", "Global", "United", "Central", "Northern", "Pacific", "Atlantic", "Royal",
                             "Federal", "City"] for k in ["Bank", "Ministry", "Council", "Union", "Institute",
                                                         "Agency", "Party", "Court", "University", "Fund"]]
places = ["China", "Russia", "Germany", "France", "Spain", "Brazil", "India", "Kenya", "Japan", "Mexico", "Canada",
          "Egypt", "Turkey", "Poland", "Chile", "Vietnam", "Nigeria", "Italy", "Peru", "Norway"]
publishers = [f"The {c} {t}" for c in ["Daily", "Evening", "Morning", "Weekly"] for t in
              ["Courier", "Herald", "Times", "Post", "Chronicle", "Gazette", "Tribune", "Observer", "Ledger", "Star"]]
sections = ["World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Opinion",
            "Climate", "Markets", "Local"]

with open(out_path, "w", encoding="utf-8") as out:
    for i in range(n):
        b = rng.randrange(len(base))
        _id, title, _text, lang, _url = base[b]
        paras = list(paragraphs[b]) or [base[b][2]]
        rng.shuffle(paras)
        for _ in range(2):
            other = paragraphs[rng.randrange(len(base))]
            if other:
                paras.insert(rng.randrange(len(paras) + 1), rng.choice(other))
        text = "\n".join(paras)
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
        who = rng.sample(people, rng.randint(2, 4))
        analysis = {
            "people": [{"name": p, "roles": []} for p in who],
            "organizations": [{"name": o} for o in rng.sample(orgs, rng.randint(1, 3))],
            "places": [{"name": p} for p in rng.sample(places, rng.randint(1, 3))],
            "quotes": [{"text": rng.choice(paras)[:300], "cue": "said", "speaker": {"name": rng.choice(who)}}
                       for _ in range(rng.randint(0, 2))],
            "reportedSpeech": [], "figures": [], "events": []}
        a = realarticles.article(f"https://news{i % 40}.example/{i}", f"{title} ({i})", text, lang,
                                 publisher=rng.choice(publishers), published=date,
                                 authors=[rng.choice(people)], section=[rng.choice(sections)],
                                 extra={"analysis": analysis})
        del a["blocks"]   # the index reads "text"; the blocks would only double the file
        if rng.random() < 0.03:
            a["compromised"] = True
            a["injectedSpam"] = [{"text": "cheap replica watches casino bonus", "family": "seo-keywords", "score": 8.0}]
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"{n} articles in {out_path}")
