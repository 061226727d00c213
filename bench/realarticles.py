"""Real article texts from the shared bench sets (Zyte ground truth, WCXB articles), for the search benchmarks."""
import json
import os

SHARED = os.environ.get("BROADSHEET_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))


def load(min_words=120):
    """[(id, title, text, language, url)] of real articles with at least min_words words, in a stable order."""
    out = []
    zyte = json.load(open(os.path.join(SHARED, "bench", "zyte", "ground-truth.json"), encoding="utf-8"))
    meta_path = os.path.join(SHARED, "bench", "zyte-meta", "truth.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    for k in sorted(zyte):
        body = zyte[k].get("articleBody") or ""
        m = meta.get(k) or {}
        title = m.get("title") or body.split(".")[0][:90]
        lang = m.get("language") or "en"
        if len(body.split()) >= min_words:
            out.append(("zyte-" + k, title, body, lang, zyte[k].get("url")))
    truth = json.load(open(os.path.join(SHARED, "bench", "wcxb", "ground-truth.json"), encoding="utf-8"))
    pages = json.load(open(os.path.join(SHARED, "bench", "wcxb", "pages.json"), encoding="utf-8"))
    for k in sorted(truth):
        p = pages.get(k) or {}
        body = truth[k].get("articleBody") or ""
        if p.get("page_type") != "article" or len(body.split()) < min_words:
            continue
        out.append(("wcxb-" + k, p.get("title") or body[:80], body, (p.get("lang_attr") or "en")[:2].lower(),
                    truth[k].get("url")))
    return out


def article(url, title, text, language, publisher=None, published=None, authors=(), section=(), extra=None):
    """An article in the JSON form extract writes (the fields the index reads)."""
    a = {"schemaVersion": "1.2", "source": url, "url": url, "canonicalUrl": None, "title": title,
         "authors": list(authors), "publisher": publisher, "section": list(section),
         "language": {"code": language}, "published": {"value": published} if published else None,
         "text": text, "blocks": [{"type": "paragraph", "text": p} for p in text.split("\n") if p.strip()],
         "removed": [], "warnings": [], "compromised": False, "injectedSpam": []}
    if extra:
        a.update(extra)
    return a
