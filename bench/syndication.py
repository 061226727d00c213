#!/usr/bin/env python3
"""A labelled set of syndicated copies, for near-duplicate grouping (bench/near-duplicates.sh).

Real articles (Zyte ground truth, WCXB articles) each get 0-4 copies made the way wire copies differ on the web:
another headline, a dateline or credit line, the last paragraphs cut, an editor's note or agency footer added, a few
words changed, an advertisement line, a paragraph of another story spliced in. Hard negatives: distinct stories that
share a long site footer. Writes OUT/articles.jsonl (what is indexed) and OUT/labels.json ({url: [story, split]});
the split (dev/held-out, by a hash of the story's id) is fixed before any result is seen.
"""
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import realarticles  # noqa: E402

out_dir = sys.argv[1] if len(sys.argv) > 1 else "target/syndication"
os.makedirs(out_dir, exist_ok=True)
rng = random.Random(13)
stories = realarticles.load(min_words=150)
rng.shuffle(stories)
stories = stories[:400]

DATELINES = ["WASHINGTON (Reuters) - ", "LONDON (AP) — ", "BEIJING, Oct 3 (Xinhua) -- ", "PARIS (AFP) - ", ""]
FOOTERS = ["Reporting by Jane Doe; Editing by John Smith",
           "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
           "rewritten or redistributed.", "(This story has been refiled to correct a typo in paragraph 3)"]
SITE_FOOTER = ("Sign up for our morning newsletter to get the day's most important stories delivered to your inbox. "
               "We value your privacy and will never share your email address with third parties. Follow us on "
               "social media for breaking news, analysis and opinion from our reporters around the world, and "
               "download our app for the best reading experience on your phone or tablet.")


def split_of(story_id):
    return "dev" if int(hashlib.sha1(story_id.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def edit_words(text, share):
    words = text.split(" ")
    for i in range(len(words)):
        if rng.random() < share and len(words[i]) > 3:
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.5 else w.upper()
    return " ".join(words)


def copy_of(title, text, other_text):
    paras = [p for p in text.split("\n") if p.strip()]
    changes = rng.sample(["dateline", "cut", "footer", "words", "advert", "splice", "headline"], rng.randint(2, 4))
    if "cut" in changes and len(paras) > 4:
        paras = paras[:len(paras) - max(1, len(paras) // 5)]
    if "dateline" in changes:
        paras[0] = rng.choice(DATELINES) + paras[0]
    if "advert" in changes and len(paras) > 2:
        paras.insert(len(paras) // 2, "Advertisement")
    if "splice" in changes:
        others = [p for p in other_text.split("\n") if len(p.split()) > 15]
        if others:
            paras.insert(rng.randrange(len(paras) + 1), rng.choice(others))
    if "footer" in changes:
        paras.append(rng.choice(FOOTERS))
    body = "\n".join(paras)
    if "words" in changes:
        body = edit_words(body, 0.03)
    if "headline" in changes:
        title = rng.choice(["UPDATE 1-", "", "Analysis: ", "WATCH: "]) + title
    return title, body


labels = {}
with open(os.path.join(out_dir, "articles.jsonl"), "w", encoding="utf-8") as out:
    for n, (sid, title, text, lang, _url) in enumerate(stories):
        split = split_of(sid)
        copies = rng.choice([0, 0, 1, 1, 2, 3, 4])
        hard_negative = rng.random() < 0.25
        original = text + ("\n" + SITE_FOOTER if hard_negative else "")
        url = f"https://original{n % 37}.example/{sid}"
        out.write(json.dumps(realarticles.article(url, title, original, lang, publisher=f"Site {n % 37}"),
                             ensure_ascii=False) + "\n")
        labels[url] = [sid, split]
        for c in range(copies):
            other = stories[(n + 1 + c) % len(stories)][2]
            t, body = copy_of(title, text, other)
            url = f"https://syndicator{c}.example/{sid}"
            out.write(json.dumps(realarticles.article(url, t, body, lang, publisher=f"Syndicator {c}"),
                                 ensure_ascii=False) + "\n")
            labels[url] = [sid, split]
json.dump(labels, open(os.path.join(out_dir, "labels.json"), "w"), indent=0)
print(f"{len(labels)} articles of {len(stories)} stories in {out_dir}")
