#!/usr/bin/env python3
"""Writes labelled injected-spam cases (HTML and flattened text) in the format of shared/spam/dev, in two sets:

  tune/     families, hiding tricks and placements the detector may be tuned on, on half of the carrier pages;
  heldout/  cases with at least one family, hiding trick, placement or damage that NEVER occurs in tune/, on the
            other half of the carrier pages, with the other half of every negative bank. Never tune on it.

    python3 bench/spamgen/spamgen.py [--shared ../shared] [--out target/spamgen] [--seed 15]
    python3 bench/spamgen/spamgen.py --set fresh   (a second held-out set, seed 19: see FRESH_FAMILIES below)
    python3 bench/spamgen/spamgen.py --set novel   (session 16's untouched tier, seed 31: see NOVEL_FAMILIES below;
                                                    its own RNG, so no other set changes)
    python3 bench/spamgen/spamgen.py --set novel2  (session 20's untouched tier, seed 41: see novel2.py and banks5.py)
    python3 bench/spamgen/spamgen.py --set novel3  (session 23's untouched tier, seed 47: see novel3.py and banks6.py)
    python3 bench/spamgen/spamgen.py --set novel4  (session 24's untouched tier, seed 59: see novel4.py and banks7.py)
    python3 bench/spamgen/spamgen.py --set novel5  (session 25's untouched tier, seed 67: see novel5.py and banks8.py)
    python3 bench/spamgen/spamgen.py --set novel6  (session 26's untouched tier, seed 73: see novel6.py and banks9.py)
    python3 bench/spamgen/spamgen.py --set novel7  (session 27's untouched tier, seed 83: see novel7.py and banks10.py)
    python3 bench/spamgen/spamgen.py --set novel8  (session 28's untouched tier, seed 97: see novel8.py and banks11.py)
    python3 bench/spamgen/spamgen.py --set novel9  (session 29's untouched tier, seed 103: see novel9.py and banks12.py)
    python3 bench/spamgen/spamgen.py --set novel10 (session 30's untouched tier, seed 109: see novel10.py and banks13.py)

Carriers are real pages: Zyte and WCXB article HTML, Zyte flattened text (w3m and innerText). Spans are exact
(code-point offsets of the written file), so shared/spam/score_spam.py scores predictions on them. The split is
decided here, before any tuning: see HELD_OUT below. Deterministic for a given seed.
"""
import argparse
import gzip
import hashlib
import importlib
import json
import os
import random
import re

import banks
import banks2
import banks3
import banks4

# ---- what is held out (decided before tuning; see BENCHMARKS.md) -------------------------------------------
TUNE_FAMILIES = ["stuff_own", "th_gambling", "ru_pharma", "en_unseen", "hidden_links"]
HELD_FAMILIES = ["ko_gambling", "vi_gambling", "es_spam", "en_local_seo", "stuff_mix"]
TUNE_HIDINGS = ["display_none", "hidden_attr", "offscreen", "same_color", "class_rule", "noscript"]
HELD_HIDINGS = ["clip", "bg_sheet", "text_indent", "opacity_id"]
TUNE_PLACEMENTS = ["after_footer", "body_start", "between_paragraphs", "footer_inline", "sidebar"]
HELD_PLACEMENTS = ["after_html", "end_of_paragraph"]
TUNE_DAMAGE = ["qmark_full"]
HELD_DAMAGE = ["qmark_partial"]
NEG_KINDS = ["blogroll", "partners", "language_switcher", "foreign_prose", "bilingual", "topic_prose",
             "entertainment", "tag_cloud", "hidden_legit"]
# ---- a second tuned set (tune2, session 9; --set tune2): more languages and scripts, stuffing with the page's own
# keywords, more hiding tricks, and honest lookalikes; on the tuned half of the carriers, never on held-out ones.
# It adds none of the held-out families, hiding tricks, placements or damage above.
TUNE2_FAMILIES = ["de_spam", "pt_spam", "it_spam", "id_gambling", "tr_betting", "pl_spam", "ar_pharma", "hi_spam",
                  "ja_spam", "el_spam", "en_unseen2", "stuff_topic"]
TUNE2_HIDINGS = ["font_zero", "visibility_hidden", "zero_height"]
TUNE2_PLACEMENTS = ["before_footer"]
NEG2_KINDS = ["foreign_headlines", "resource_links", "foreign_prose2", "listing"]

# ---- a fresh held-out set (fresh, session 12; --set fresh, seed 19): families, hiding tricks and placements designed
# and frozen before session 12 tuned anything, on the held-out half of the carriers and of the negative banks. Every
# positive has at least one of these. Never tune on it; score it, totals only.
FRESH_FAMILIES = ["fr_spam", "nl_spam", "he_gambling", "en_crypto", "stuff_pairs"]
FRESH_HIDINGS = ["transform_scale", "max_height_rule", "font_1px"]
FRESH_PLACEMENTS = ["in_nav", "in_list"]

# ---- a novel untouched tier (novel, session 16; --set novel, seed 31): families, languages, hiding tricks,
# placements and damage that appear in NO tier above, designed from what real SEO spam looks like before session 16
# changed anything, on the held-out half of the carriers and negative banks, with honest lookalikes of its own
# (banks4). Every positive has at least one of these. Never tune on it, never open its cases: totals only.
NOVEL_FAMILIES = ["zh_gambling", "fa_betting", "tl_sabong", "ro_spam", "uk_casino", "en_review", "en_recovery",
                  "stuff_title"]
NOVEL_HIDINGS = ["font_zero_rule", "wrapper_height0", "color_transparent", "details_closed", "aria_fixed",
                 "attr_rule", "media_rule"]
NOVEL_PLACEMENTS = ["in_related", "in_byline", "before_html", "in_head", "after_headline"]
NOVEL_DAMAGE = ["mojibake_partial"]
NOVEL_NEG_KINDS = ["novel_prose", "crypto_news", "review_roundup", "faq_details", "aria_decor", "hashtags",
                   "related_headlines", "table_listing"]

FAMILY_BANK = {"th_gambling": banks.TH_GAMBLING, "ru_pharma": banks.RU_PHARMA, "en_unseen": banks.EN_UNSEEN,
               "ko_gambling": banks.KO_GAMBLING, "vi_gambling": banks.VI_GAMBLING, "es_spam": banks.ES_SPAM,
               "en_local_seo": banks.EN_LOCAL_SEO,
               "de_spam": banks2.DE_SPAM, "pt_spam": banks2.PT_SPAM, "it_spam": banks2.IT_SPAM,
               "id_gambling": banks2.ID_GAMBLING, "tr_betting": banks2.TR_BETTING, "pl_spam": banks2.PL_SPAM,
               "ar_pharma": banks2.AR_PHARMA, "hi_spam": banks2.HI_SPAM, "ja_spam": banks2.JA_SPAM,
               "el_spam": banks2.EL_SPAM, "en_unseen2": banks2.EN_UNSEEN2,
               "fr_spam": banks3.FR_SPAM, "nl_spam": banks3.NL_SPAM, "he_gambling": banks3.HE_GAMBLING,
               "en_crypto": banks3.EN_CRYPTO,
               "zh_gambling": banks4.ZH_GAMBLING, "fa_betting": banks4.FA_BETTING, "tl_sabong": banks4.TL_SABONG,
               "ro_spam": banks4.RO_SPAM, "uk_casino": banks4.UK_CASINO, "en_review": banks4.EN_REVIEW}
SCRIPT_FAMILIES = {"th_gambling", "ru_pharma", "ko_gambling", "ar_pharma", "hi_spam", "ja_spam", "el_spam"}
CLASSES = ["footer-links", "widget", "sr-only", "friend-links", "seo", "partners", "links", "related", "promo", "box",
           "meta", "extra"]
WORD = re.compile(r"[^\W\d_]{3,}")


def half(items, split):
    """Tune gets the even-indexed items, held-out the odd ones."""
    return items[0::2] if split == "tune" else items[1::2]


def carrier_split(cid):
    return "tune" if int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


class Gen:
    def __init__(self, shared, seed):
        self.rng = random.Random(seed)
        self.shared = shared
        b = os.path.join(shared, "bench")
        zt = json.load(open(os.path.join(b, "zyte", "ground-truth.json"), encoding="utf-8"))
        wt = json.load(open(os.path.join(b, "wcxb", "ground-truth.json"), encoding="utf-8"))
        wp = json.load(open(os.path.join(b, "wcxb", "pages.json"), encoding="utf-8"))
        self.html = []   # (id, path, body text, url)
        for k, v in sorted(zt.items()):
            self.html.append(("zyte/" + k, os.path.join(b, "zyte", "html", k + ".html.gz"), v["articleBody"], v["url"]))
        for k, v in sorted(wt.items()):
            if wp.get(k, {}).get("page_type") == "article":
                self.html.append(("wcxb/" + k, os.path.join(b, "wcxb", "html", k + ".html.gz"), v["articleBody"],
                                  v.get("url") or ""))
        self.text = []   # (id, path, body text, flattener)
        for fl in ("w3m", "innertext"):
            d = os.path.join(b, "zyte-text", fl)
            for name in sorted(os.listdir(d)):
                k = name[:-4]
                if k in zt:
                    self.text.append(("zyte-text/%s/%s" % (fl, k), os.path.join(d, name), zt[k]["articleBody"], fl))

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        r = self.rng
        b = banks4 if getattr(self, "novel", False) else banks3 if getattr(self, "fresh", False) else banks
        w = r.choice(b.SPAM_HOST_WORDS) + r.choice(b.SPAM_HOST_WORDS)
        if r.random() < 0.5:
            w += str(r.randint(1, 999))
        return ("www." if r.random() < 0.4 else "") + w + "." + r.choice(b.SPAM_TLDS)

    def phrases(self, family, n, body):
        r = self.rng
        if family in ("stuff_own", "stuff_mix"):
            if family == "stuff_own":
                words = WORD.findall(body)
            else:
                words = WORD.findall(r.choice(self.html)[2]) + WORD.findall(r.choice(self.html)[2])
            if len(words) < 30:
                words = WORD.findall(" ".join(c[2] for c in r.sample(self.html, 3)))
            k = r.randint(40, 120)
            out = [r.choice(words) for _ in range(k)]
            out = [w.lower() if r.random() < 0.7 else w for w in out]
            if family == "stuff_mix":  # commas now and then, some capitals
                out = [w + ("," if r.random() < 0.15 else "") for w in out]
                out = [w.capitalize() if r.random() < 0.2 else w for w in out]
            return out
        if family == "stuff_pairs":  # the page's own runs of two or three words, as search phrases
            words = [w.lower() for w in WORD.findall(body)]
            if len(words) < 30:
                words = [w.lower() for w in WORD.findall(" ".join(c[2] for c in r.sample(self.html, 3)))]
            out = []
            for _ in range(r.randint(12, 35)):
                k = r.randint(2, 3)
                i = r.randrange(max(1, len(words) - k))
                out.append(" ".join(words[i:i + k]))
            return out
        if family == "stuff_topic":  # a few of the page's own longer words, repeated in random order
            words = sorted(set(w.lower() for w in WORD.findall(body) if len(w) >= 5))
            if len(words) < 8:
                words = sorted(set(w.lower() for w in WORD.findall(" ".join(c[2] for c in r.sample(self.html, 3)))
                                   if len(w) >= 5))
            keys = r.sample(words, r.randint(4, 8))
            return [r.choice(keys) for _ in range(r.randint(30, 90))]
        if family == "stuff_title":  # the page's own runs of words in its own capitalization, with SEO words
            words = re.findall(r"[^\W\d_]{2,}", body)
            if len(words) < 30:
                words = re.findall(r"[^\W\d_]{2,}", " ".join(c[2] for c in r.sample(self.html, 3)))
            caps = [w for w in words if w[0].isupper() and len(w) >= 4] or words
            focus = max(sorted(set(caps)), key=caps.count)  # sorted: ties broken the same on every run
            out = []
            for _ in range(r.randint(10, 30)):
                k = r.randint(1, 3)
                i = r.randrange(max(1, len(words) - k))
                ph = " ".join(words[i:i + k])
                if r.random() < 0.4:
                    ph = focus + " " + ph
                if r.random() < 0.5:
                    ph += " " + r.choice(banks4.SEO_MODIFIERS)
                out.append(ph)
            return out
        if family == "en_recovery":  # testimonial scam prose: whole sentences
            b = banks4
            sents = r.sample(b.RECOVERY_SENTENCES, r.randint(2, 5))
            return [t.format(n="{:,}".format(r.choice([4500, 12000, 27800, 68000, 150000, 310000])),
                             name=r.choice(b.RECOVERY_NAMES), svc=r.choice(b.RECOVERY_SERVICES),
                             tel=r.choice(b.RECOVERY_CONTACTS), mail=r.choice(b.RECOVERY_MAILS)) for t in sents]
        bank = FAMILY_BANK[family]
        return [r.choice(bank) for _ in range(n)]

    def spam_block(self, family, split):
        """(layout, phrases, as a list of (text, href or None))."""
        r = self.rng
        if family == "hidden_links":
            src = r.choice(["en_unseen", "th_gambling", "ru_pharma"])
            items = [(p, "https://" + self.host() + "/") for p in self.phrases(src, r.randint(1, 6), "")]
            return "anchor_block", items
        if family == "stuff_pairs":
            ph = self.phrases(family, 0, self.body)
            layout = r.choice(["sep_line", "ul", "anchor_block"])
            items = [(p, "https://" + self.host() + "/" if r.random() < (0.3 if layout == "sep_line" else 0.9)
                      else None) for p in ph]
            return layout, items
        if family == "stuff_title":
            return self.novel_block(family)
        if family.startswith("stuff"):
            words = self.phrases(family, 0, self.body)
            if r.random() < 0.5:
                items = [(w, "https://" + self.host() + "/" if r.random() < 0.08 else None) for w in words]
            else:
                items = [(w, None) for w in words]
            return "words", items
        if getattr(self, "novel", False):
            return self.novel_block(family)
        n = r.randint(6, 30)
        ph = self.phrases(family, n, "")
        layout = r.choice(["sep_line", "ul", "anchor_block", "paragraphs"])
        link_share = {"sep_line": 0.4, "ul": 0.9, "anchor_block": 1.0, "paragraphs": 0.3}[layout]
        items = [(p, "https://" + self.host() + "/" + (str(r.randint(1, 99)) + ".html" if r.random() < 0.5 else "")
                  if r.random() < link_share else None) for p in ph]
        return layout, items

    def novel_block(self, family):
        """The novel tier's blocks: its own layouts (tables, hashtags, prose) beside the earlier ones."""
        r = self.rng
        if family == "en_recovery":
            return "prose", [(t, None) for t in self.phrases(family, 0, "")]
        if family == "stuff_title":
            ph = self.phrases(family, 0, self.body)
        else:
            ph = self.phrases(family, r.randint(6, 24), "")
        layout = r.choice(["sep_line", "ul", "anchor_block", "paragraphs", "table", "table", "hashtags", "hashtags"])
        if family == "en_review":
            layout = r.choice(["ul", "anchor_block", "sep_line", "table"])
        link_share = {"sep_line": 0.4, "ul": 0.9, "anchor_block": 1.0, "paragraphs": 0.3, "table": 0.7,
                      "hashtags": 0.2}[layout]
        if layout == "hashtags":
            ph = ["#" + re.sub(r"[\s-]+", "", p if r.random() < 0.5 else p.title()) for p in ph]
        items = [(p, "https://" + self.host() + "/" + (r.choice(["go", "daftar", "link", "review"]) + "/"
                                                         if r.random() < 0.5 else "")
                  if r.random() < link_share else None) for p in ph]
        return layout, items

    @staticmethod
    def mojibake(t, codec="cp1252"):
        """UTF-8 read again as Windows-1252 or another single-byte code page (bytes it lacks as Latin-1), as a
        double decoding leaves it."""
        out = []
        for b in t.encode("utf-8"):
            try:
                out.append(bytes([b]).decode(codec))
            except UnicodeDecodeError:
                out.append(bytes([b]).decode("latin-1"))
        return "".join(out)

    # ---- rendering --------------------------------------------------------------------------------------------
    @staticmethod
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def html_items(self, layout, items):
        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout == "ul":
            return "<ul>" + "".join("<li>%s</li>" % a(t, h) for t, h in items) + "</ul>", "ul"
        if layout == "paragraphs":
            k = max(1, len(items) // self.rng.randint(2, 3))
            paras = [items[i:i + k] for i in range(0, len(items), k)]
            return "".join("<p>%s</p>\n" % " ".join(a(t, h) for t, h in p) for p in paras), "div"
        if layout == "words":
            return "<p>" + " ".join(a(t, h) for t, h in items) + "</p>", "div"
        if layout == "table":
            cols = self.rng.randint(2, 3)
            rows = [items[i:i + cols] for i in range(0, len(items), cols)]
            return "<table>" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % a(t, h) for t, h in row)
                                       for row in rows) + "</table>", "div"
        if layout == "prose":
            k = self.rng.randint(1, 2)
            cut = (len(items) + 1) // 2 if k == 2 else len(items)
            paras = [items[:cut], items[cut:]] if k == 2 else [items]
            return "".join("<p>%s</p>" % " ".join(a(t, h) for t, h in p) for p in paras if p), "div"
        sep = self.rng.choice([" | ", " ", " - ", " · ", ", "]) if layout == "sep_line" else " "
        return sep.join(a(t, h) for t, h in items), "p"

    def text_items(self, layout, items, flattener):
        if layout == "ul":
            if flattener == "w3m":
                return "\n".join("  • " + t for t, _ in items)
            return "\n".join(t for t, _ in items)
        if layout == "paragraphs":
            k = max(1, len(items) // self.rng.randint(2, 3))
            paras = [items[i:i + k] for i in range(0, len(items), k)]
            return ("\n\n" if flattener == "w3m" else "\n").join(" ".join(t for t, _ in p) for p in paras)
        if layout == "words":
            return " ".join(t for t, _ in items)
        if layout == "table":  # w3m lays cells out with spaces, innerText with tabs
            cols = self.rng.randint(2, 3)
            rows = [items[i:i + cols] for i in range(0, len(items), cols)]
            return "\n".join(("   " if flattener == "w3m" else "\t").join(t for t, _ in row) for row in rows)
        if layout == "prose":
            return " ".join(t for t, _ in items)
        sep = self.rng.choice([" | ", " ", " - ", " · ", ", "]) if layout == "sep_line" else " "
        return sep.join(t for t, _ in items)

    def wrap(self, inner, tag, hiding, head_rules):
        r = self.rng
        cls = r.choice(CLASSES) + "-" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
        if tag == "ul":
            tag, inner = "div", inner
        attrs = ' class="%s"' % cls
        if hiding == "display_none":
            attrs += ' style="display:none"'
        elif hiding == "hidden_attr":
            attrs += " hidden"
        elif hiding == "offscreen":
            attrs += ' style="position:absolute;%s:-%dpx;top:-%dpx"' % (r.choice(["left", "right"]), r.choice(
                [5000, 9999, 10000]), r.choice([0, 9999]))
        elif hiding == "same_color":
            attrs += ' style="color:%s"' % r.choice(["#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe"])
        elif hiding == "class_rule":
            head_rules.append(".%s{display:none}" % cls)
        elif hiding == "clip":
            attrs += ' style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"'
        elif hiding == "bg_sheet":
            bg = r.choice(["#f5f1e8", "#fafafa", "#eeeeee", "#fdf6e3"])
            head_rules.append("body{background-color:%s} .%s{color:%s}" % (bg, cls, bg))
        elif hiding == "text_indent":
            attrs += ' style="text-indent:-9999px;white-space:nowrap;overflow:hidden"'
        elif hiding == "font_zero":
            attrs += ' style="font-size:0%s"' % r.choice(["", ";line-height:0", "px"])
        elif hiding == "visibility_hidden":
            attrs += ' style="visibility:hidden;position:absolute"'
        elif hiding == "zero_height":
            attrs += ' style="height:0;overflow:hidden"'
        elif hiding == "transform_scale":
            attrs += ' style="transform:scale(0);position:absolute"'
        elif hiding == "max_height_rule":
            head_rules.append(".%s{max-height:0;overflow:hidden}" % cls)
        elif hiding == "font_1px":
            attrs += ' style="font-size:1px;line-height:1px"'
        elif hiding == "opacity_id":
            head_rules.append("#%s{opacity:0}" % cls)
            attrs += ' id="%s"' % cls
        elif hiding == "font_zero_rule":
            head_rules.append(".%s{font-size:0;line-height:0}" % cls)
        elif hiding == "color_transparent":
            attrs += ' style="color:transparent%s"' % r.choice(["", ";user-select:none", ";background:transparent"])
        elif hiding == "aria_fixed":
            attrs += ' aria-hidden="true" style="position:fixed;%s:-%dpx;left:0"' % (
                r.choice(["top", "bottom"]), r.choice([2000, 3000, 8000]))
        elif hiding == "attr_rule":
            key = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5))
            attrs += ' data-%s="1"' % key
            head_rules.append("[data-%s]{display:none!important}" % key)
        elif hiding == "media_rule":
            head_rules.append("@media %s{.%s{display:none}}" % (r.choice(["screen", "all", "(min-width:1px)"]), cls))
        el = "<%s%s>%s</%s>" % (tag, attrs, inner, tag)
        if hiding == "noscript":
            el = "<noscript>%s</noscript>" % el
        elif hiding == "wrapper_height0":  # the wrapper hides; the block itself has no style
            el = '<div class="%s-wrap" style="height:0;overflow:hidden">%s</div>' % (cls, el)
        elif hiding == "details_closed":  # a disclosure never opened, with nothing to click on
            el = "<details><summary></summary>%s</details>" % el
        return el

    # ---- carriers ---------------------------------------------------------------------------------------------
    @staticmethod
    def in_raw(html, pos):
        for op, cl in (("<script", "</script"), ("<style", "</style"), ("<!--", "-->")):
            o = html.rfind(op, 0, pos)
            if o >= 0 and html.rfind(cl, 0, pos) < o:
                return True
        return False

    def html_point(self, html, placement):
        """Where to insert (position, inline?) or None."""
        r = self.rng
        if placement == "body_start":
            m = re.search(r"<body[^>]*>", html, re.I)
            return (m.end(), False) if m else None
        if placement == "after_footer":
            i = html.lower().rfind("</footer>")
            if i >= 0 and not self.in_raw(html, i):
                return i + len("</footer>"), False
            i = html.lower().rfind("</body>")
            return (i, False) if i >= 0 else None
        if placement == "before_footer":
            m = re.search(r"<footer\b", html, re.I)
            if m and not self.in_raw(html, m.start()):
                return m.start(), False
            i = html.lower().rfind("</body>")
            return (i, False) if i >= 0 else None
        if placement == "sidebar":
            cands = [m.end() for m in re.finditer(r"<aside\b[^>]*>", html, re.I) if not self.in_raw(html, m.start())]
            return (r.choice(cands), False) if cands else None
        if placement == "after_html":
            i = html.lower().rfind("</html>")
            return (i + len("</html>"), False) if i >= 0 else (len(html), False)
        if placement in ("between_paragraphs", "end_of_paragraph"):
            cands = []
            for m in re.finditer(r"</p>", html, re.I):
                j = html.rfind(">", 0, m.start())
                if m.start() - j > 150 and not self.in_raw(html, m.start()):
                    cands.append(m.start())
            if len(cands) < 2:
                return None
            p = cands[len(cands) // 3 + r.randrange(max(1, len(cands) // 3))]
            return (p, True) if placement == "end_of_paragraph" else (p + 4, False)
        if placement == "footer_inline":
            for m in re.finditer(r"(?:©|&copy;|&#169;|Copyright)[^<>]{3,200}(?=<)", html):
                if not self.in_raw(html, m.start()) and "{" not in m.group(0):
                    return m.end(), True
            return None
        if placement == "in_nav":  # planted inside the site's navigation or header
            for m in re.finditer(r"<(?:nav|header)\b[^>]*>", html, re.I):
                if not self.in_raw(html, m.start()):
                    return m.end(), False
            return None
        if placement == "in_list":  # planted as one more item of a list of the page's own
            cands = [m.start() for m in re.finditer(r"</ul>", html, re.I) if not self.in_raw(html, m.start())]
            return (r.choice(cands), "li") if cands else None
        if placement == "after_headline":  # between the headline and the first paragraph
            for m in re.finditer(r"</h1\s*>", html, re.I):
                if not self.in_raw(html, m.start()):
                    return m.end(), False
            return None
        if placement == "before_html":  # after the doctype, before <html>: parsers move it into the body
            m = re.search(r"<html\b", html, re.I)
            return (m.start(), False) if m and not self.in_raw(html, m.start()) else None
        if placement == "in_head":  # a block written into <head>: parsers close the head there
            i = html.lower().find("</head>")
            return (i, False) if i >= 0 and not self.in_raw(html, i) else None
        if placement == "in_byline":  # inline, at the end of the byline's first words
            for m in re.finditer(r"<[a-z][a-z0-9]*\b[^>]*\b(?:class|itemprop|rel)=\"[^\"]*(?:byline|author|dateline)"
                                 r"[^\"]*\"[^>]*>", html, re.I):
                if self.in_raw(html, m.start()):
                    continue
                t = re.compile(r">([^<>]*[^\W\d_][^<>]*)<").search(html, m.end() - 1, m.end() + 600)
                if t and "{" not in t.group(1):
                    return t.end(1), True
            return None
        if placement == "in_related":  # spread over the items of a list of links
            lists = []
            for m in re.finditer(r"<ul\b[^>]*>(.*?)</ul>", html, re.I | re.S):
                ends = [m.start(1) + e.end() for e in re.finditer(r"</li\s*>", m.group(1), re.I)]
                if len(ends) >= 3 and m.group(1).lower().count("<a ") >= 3 and not self.in_raw(html, m.start()):
                    lists.append(ends)
            if not lists:
                return None
            ends = r.choice(lists)
            return sorted(r.sample(ends[:-1], min(len(ends) - 1, r.randint(2, 3)))), "related"
        raise ValueError(placement)

    def text_point(self, lines, placement):
        """(line index, mode) mode in before/after/append."""
        r = self.rng
        foot = None
        for i, l in enumerate(lines):
            if re.search(r"©|Copyright|All rights reserved|All Rights Reserved", l):
                foot = i
        if placement == "body_start":
            return 0, "before"
        if placement == "after_footer":
            return (foot if foot is not None else len(lines) - 1), "after"
        if placement == "before_footer":
            return (foot, "before") if foot is not None else (len(lines) - 1, "after")
        if placement == "after_html":
            return len(lines) - 1, "after"
        if placement == "footer_inline":
            return (foot, "append") if foot is not None else None
        if placement == "sidebar":
            return r.randrange(max(1, len(lines) // 5)), "after"
        if placement in ("in_nav", "in_list"):
            # after a short line that has another short line next to it (a flattened menu or list)
            n = len(lines) // 6 if placement == "in_nav" else len(lines)
            cands = [i for i in range(min(n, len(lines) - 1)) if 0 < len(lines[i].strip()) <= 40
                     and 0 < len(lines[i + 1].strip()) <= 40]
            return (r.choice(cands), "after") if cands else None
        if placement in ("before_html", "in_head"):
            return None  # a flattened page has no markup to write before or into
        if placement == "after_headline":  # before the line where the article's first paragraph starts
            first = next((l.strip() for l in self.body.split("\n") if len(l.strip()) >= 30), "")[:30]
            for i, l in enumerate(lines):
                if first and first in l:
                    return (i, "before") if i > 0 else None
            return None
        if placement == "in_byline":
            for i, l in enumerate(lines[:max(1, len(lines) // 3)]):
                if re.match(r"\s*(?:By|Von|Par|Por|Door|Di)\s+[A-Z][^\W\d_]+", l) and len(l) < 120:
                    return i, "append"
            return None
        if placement == "in_related":  # among the lines of a run of short lines (a flattened link list)
            runs = [i for i in range(len(lines) - 4) if all(4 <= len(l.strip()) <= 80 for l in lines[i:i + 4])]
            if not runs:
                return None
            i = r.choice(runs)
            return sorted(r.sample([i, i + 1, i + 2], r.randint(2, 3))), "related"
        long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
        if len(long_lines) < 2:
            return None
        i = long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))]
        return (i, "append") if placement == "end_of_paragraph" else (i, "after")

    # ---- negatives --------------------------------------------------------------------------------------------
    def negative_part(self, kind, split, own_host):
        """(html, text lines, placement kind: 'links' or 'prose', hidden?)."""
        r = self.rng
        def links(pairs, sep):
            return sep.join('<a href="https://%s/">%s</a>' % (h, self.esc(n)) for n, h in pairs)
        if kind == "blogroll":
            pairs = r.sample(half(banks.BLOGROLL, split), r.randint(5, 12))
            head = r.choice(["Blogroll", "Links", "Friends of the blog", "What we read", ""])
            html = '<div class="widget blogroll">%s<ul>%s</ul></div>' % (
                "<h3>%s</h3>" % head if head else "",
                "".join('<li><a href="https://%s/">%s</a></li>' % (h, self.esc(n)) for n, h in pairs))
            return html, ([head] if head else []) + [n for n, _ in pairs], "links"
        if kind == "partners":
            pairs = r.sample(half(banks.PARTNERS, split), r.randint(4, 9))
            lead = r.choice(["Our partners: ", "Content partners: ", "Member of the network: ", ""])
            sep = r.choice([" · ", " | ", ", "])
            html = '<div class="partners">%s%s</div>' % (lead, links(pairs, sep))
            return html, [lead + sep.join(n for n, _ in pairs)], "links"
        if kind == "language_switcher":
            labels = r.sample(banks.SWITCHER_LABELS, r.randint(4, 10))
            sep = r.choice([" | ", " ", " · ", ""])
            hl = r.random() < 0.5
            html = '<nav class="languages">%s</nav>' % sep.join(
                '<a href="/%s/"%s>%s</a>' % (i, ' hreflang="x%d"' % i if hl else "", self.esc(l))
                for i, l in enumerate(labels))
            return html, [sep.join(labels)], "links"
        if kind == "foreign_prose":
            lang = r.choice(sorted(banks.FOREIGN_PROSE))
            paras = half(banks.FOREIGN_PROSE[lang], split)
            html = '<div lang="%s">%s</div>' % (lang, "".join("<p>%s</p>" % p for p in paras))
            return html, paras, "prose"
        if kind == "bilingual":
            lang = r.choice(sorted(banks.FOREIGN_PROSE))
            idx = [0, 1] if split == "tune" else [2, 3]
            paras = []
            for i in idx:
                paras += [banks.EN_PARALLEL[i], banks.FOREIGN_PROSE[lang][i]]
            return "".join("<p>%s</p>" % p for p in paras), paras, "prose"
        if kind == "topic_prose":
            paras = r.sample(half(banks.TOPIC_PROSE, split), r.randint(1, 3))
            return "".join("<p>%s</p>" % self.esc(p) for p in paras), paras, "prose"
        if kind == "entertainment":
            paras = r.sample(half(banks.CELEBRITY, split), r.randint(1, 3))
            return "".join("<p>%s</p>" % self.esc(p) for p in paras), paras, "prose"
        if kind == "tag_cloud":
            tags = r.sample(half(banks.TAGS, split), r.randint(5, 9))
            html = '<div class="tags">%s</div>' % " ".join(
                '<a href="https://%s/tag/%s">%s</a>' % (own_host, t.lower(), t) for t in tags)
            return html, [" ".join(tags)], "links"
        if kind == "hidden_legit":
            v = r.choice(["menu", "noscript", "skip", "share"])
            if v == "menu":
                tags = half(banks.TAGS, split)
                html = '<nav class="mobile-menu" style="display:none"><ul>%s</ul></nav>' % "".join(
                    '<li><a href="https://%s/%s/">%s</a></li>' % (own_host, t.lower(), t) for t in tags)
                return html, tags, "links"
            if v == "noscript":
                t = r.choice(["Please enable JavaScript to view the comments powered by Disqus.",
                              "You need to enable JavaScript to run this app.",
                              "Your browser does not support JavaScript. Some features of this site will not work."])
                return "<noscript>%s</noscript>" % t, [t], "links"
            if v == "skip":
                return '<a class="sr-only" href="#main">Skip to main content</a>', ["Skip to main content"], "links"
            html = ('<div class="share-menu" hidden><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> '
                    '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a> '
                    '<a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a> '
                    '<a href="mailto:?subject=x">Email</a></div>')
            return html, ["Facebook Twitter LinkedIn Email"], "links"
        if kind == "foreign_headlines":
            (lang, host), heads = r.choice(sorted(banks2.FOREIGN_HEADLINES.items()))
            heads = r.sample(heads, r.randint(3, 6))
            title = r.choice(["", "In other languages", "From our partner edition", "More news"])
            html = '<div class="edition-%s" lang="%s">%s<ul>%s</ul></div>' % (
                lang, lang, "<h4>%s</h4>" % title if title else "",
                "".join('<li><a href="https://%s/%d.html">%s</a></li>' % (host, r.randint(1000, 99999), self.esc(h))
                        for h in heads))
            return html, ([title] if title else []) + heads, "links"
        if kind == "resource_links":
            pairs = r.sample(banks2.RESOURCE_LINKS, r.randint(4, 10))
            head = r.choice(["Useful links", "Further reading", "Where to get help", "Sources", ""])
            if r.random() < 0.5:
                html = '<div class="resources">%s<ul>%s</ul></div>' % (
                    "<h3>%s</h3>" % head if head else "",
                    "".join('<li><a href="https://www.%s/">%s</a></li>' % (h, self.esc(n)) for n, h in pairs))
                return html, ([head] if head else []) + [n for n, _ in pairs], "links"
            sep = r.choice([" | ", " · ", ", "])
            html = '<p class="resources">%s%s</p>' % (head + ": " if head else "", links(
                [(n, "www." + h) for n, h in pairs], sep))
            return html, [(head + ": " if head else "") + sep.join(n for n, _ in pairs)], "links"
        if kind == "foreign_prose2":
            lang = r.choice(sorted(banks2.FOREIGN_PROSE2))
            paras = banks2.FOREIGN_PROSE2[lang]
            html = '<div lang="%s">%s</div>' % (lang, "".join("<p>%s</p>" % self.esc(p) for p in paras))
            return html, paras, "prose"
        if kind == "novel_prose":
            lang = r.choice(sorted(banks4.NOVEL_PROSE))
            paras = r.sample(banks4.NOVEL_PROSE[lang], 2)
            html = '<div lang="%s">%s</div>' % (lang, "".join("<p>%s</p>" % self.esc(p) for p in paras))
            return html, paras, "prose"
        if kind == "crypto_news":
            paras = r.sample(banks4.CRYPTO_NEWS, r.randint(1, 3))
            return "".join("<p>%s</p>" % self.esc(p) for p in paras), paras, "prose"
        if kind == "review_roundup":
            pairs = r.sample(banks4.REVIEW_ROUNDUP, r.randint(4, 8))
            head = r.choice(["Today's best deals", "Deals we like", "Where to buy", ""])
            html = '<div class="deals">%s<ul>%s</ul></div>' % (
                "<h3>%s</h3>" % head if head else "",
                "".join('<li><a href="https://www.%s/dp/%d?tag=news-21">%s</a></li>' % (h, r.randint(1000, 99999),
                                                                                     self.esc(n)) for n, h in pairs))
            return html, ([head] if head else []) + [n for n, _ in pairs], "links"
        if kind == "faq_details":
            qa = r.sample(banks4.FAQ, r.randint(2, 4))
            html = '<section class="faq">%s</section>' % "".join(
                "<details><summary>%s</summary><p>%s</p></details>" % (self.esc(q), self.esc(a)) for q, a in qa)
            return html, [t for q, a in qa for t in (q, a)], "links"
        if kind == "aria_decor":
            t = r.choice(banks4.ARIA_DECOR)
            style = r.choice(['', ' style="position:absolute;left:-9999px"', ' class="visually-hidden"'])
            return '<div aria-hidden="true"%s>%s</div>' % (style, self.esc(t)), [t], "links"
        if kind == "hashtags":
            tags = r.choice(banks4.HASHTAGS)
            html = '<p class="hashtags">%s</p>' % " ".join(
                '<a href="https://%s/tag/%s">%s</a>' % (own_host, t[1:].lower(), t) for t in tags.split())
            return html, [tags], "links"
        if kind == "related_headlines":
            heads = r.sample(banks4.RELATED_HEADLINES, r.randint(3, 6))
            html = '<div class="related"><h3>Related</h3><ul>%s</ul></div>' % "".join(
                '<li><a href="https://%s/news/%d">%s</a></li>' % (own_host, r.randint(1000, 99999), self.esc(h))
                for h in heads)
            return html, ["Related"] + heads, "links"
        if kind == "table_listing":
            rows = r.choice(banks4.TABLE_ROWS)
            html = "<table>%s</table>" % "".join("<tr><td>%s</td><td>%s</td></tr>" % (self.esc(a), self.esc(b))
                                                 for a, b in rows)
            return html, ["%s   %s" % (a, b) for a, b in rows], "links"
        if kind == "listing":
            lines = r.choice(banks2.LISTINGS)
            html = '<div class="box"><h4>%s</h4><ul>%s</ul></div>' % (
                self.esc(lines[0]), "".join("<li>%s</li>" % self.esc(l) for l in lines[1:]))
            return html, lines, "links"
        raise ValueError(kind)

    # ---- cases ------------------------------------------------------------------------------------------------
    def make(self, split, n_pos, n_neg, n_ctrl, out, tune2=False, fresh=False, novel=False, attrs=None,
             accept=None, prefix=None):
        """Writes the cases of one set. attrs, accept and prefix let a tier defined elsewhere (novel2.py) give its
        positives' draw, the test every positive must pass, and its case prefix."""
        r = self.rng
        os.makedirs(os.path.join(out, "html"), exist_ok=True)
        os.makedirs(os.path.join(out, "text"), exist_ok=True)
        htmls = [c for c in self.html if carrier_split(c[0]) == split]
        texts = [c for c in self.text if carrier_split(c[0].rsplit("/", 1)[1]) == split]
        labels = []
        prefix = prefix or ("n" if novel else "f" if fresh else "u" if tune2 else "t" if split == "tune" else "h")

        def held_attrs():
            fam = r.choice(TUNE_FAMILIES + HELD_FAMILIES)
            hid = r.choice(["none", "none"] + TUNE_HIDINGS + HELD_HIDINGS)
            pl = r.choice(TUNE_PLACEMENTS + HELD_PLACEMENTS)
            dmg = None
            which = r.choice(["family", "family", "hiding", "placement", "damage"])
            if which == "family":
                fam = r.choice(HELD_FAMILIES)
            elif which == "hiding":
                hid = r.choice(HELD_HIDINGS)
            elif which == "placement":
                pl = r.choice(HELD_PLACEMENTS)
            else:
                fam = r.choice(["ko_gambling", "th_gambling", "ru_pharma"])
                dmg = "qmark_partial"
            return fam, hid, pl, dmg

        def tune_attrs():
            fam = r.choice(TUNE_FAMILIES)
            hid = r.choice(["none", "none", "none"] + TUNE_HIDINGS)
            pl = r.choice(TUNE_PLACEMENTS)
            dmg = "qmark_full" if fam in ("th_gambling", "ru_pharma") and r.random() < 0.15 else None
            return fam, hid, pl, dmg

        def tune2_attrs():
            fam = r.choice(TUNE2_FAMILIES) if r.random() < 0.75 else r.choice(TUNE_FAMILIES)
            hid = r.choice(["none", "none", "none"] + TUNE_HIDINGS + TUNE2_HIDINGS)
            pl = r.choice(TUNE_PLACEMENTS + TUNE2_PLACEMENTS)
            dmg = "qmark_full" if fam in SCRIPT_FAMILIES and fam not in HELD_FAMILIES and r.random() < 0.15 else None
            return fam, hid, pl, dmg

        def fresh_attrs():
            fam = r.choice(TUNE_FAMILIES + HELD_FAMILIES + FRESH_FAMILIES)
            hid = r.choice(["none", "none"] + TUNE_HIDINGS + HELD_HIDINGS + FRESH_HIDINGS)
            pl = r.choice(TUNE_PLACEMENTS + HELD_PLACEMENTS + FRESH_PLACEMENTS)
            which = r.choice(["family", "family", "hiding", "placement"])
            if which == "family":
                fam = r.choice(FRESH_FAMILIES)
            elif which == "hiding":
                hid = r.choice(FRESH_HIDINGS)
            else:
                pl = r.choice(FRESH_PLACEMENTS)
            return fam, hid, pl, None

        def novel_attrs():
            fam = r.choice(TUNE_FAMILIES + HELD_FAMILIES + TUNE2_FAMILIES + FRESH_FAMILIES + NOVEL_FAMILIES)
            hid = r.choice(["none", "none"] + TUNE_HIDINGS + HELD_HIDINGS + TUNE2_HIDINGS + FRESH_HIDINGS
                           + NOVEL_HIDINGS)
            pl = r.choice(TUNE_PLACEMENTS + HELD_PLACEMENTS + TUNE2_PLACEMENTS + FRESH_PLACEMENTS + NOVEL_PLACEMENTS)
            dmg = None
            which = r.choice(["family", "family", "family", "hiding", "placement", "placement", "damage"])
            if which == "family":
                fam = r.choice(NOVEL_FAMILIES)
            elif which == "hiding":
                hid = r.choice(NOVEL_HIDINGS)
            elif which == "placement":
                pl = r.choice(NOVEL_PLACEMENTS)
            else:
                fam = r.choice(["zh_gambling", "fa_betting", "ro_spam", "uk_casino"] if r.random() < 0.5 else
                               ["ru_pharma", "th_gambling", "ko_gambling", "vi_gambling", "es_spam", "de_spam",
                                "pt_spam", "pl_spam", "tr_betting", "ar_pharma", "ja_spam", "el_spam", "he_gambling",
                                "fr_spam", "hi_spam"])
                dmg = "mojibake_partial"
            return fam, hid, pl, dmg

        def is_novel(fam, hid, pl, dmg):
            return fam in NOVEL_FAMILIES or hid in NOVEL_HIDINGS or pl in NOVEL_PLACEMENTS or dmg in NOVEL_DAMAGE

        def is_fresh(fam, hid, pl):
            return fam in FRESH_FAMILIES or hid in FRESH_HIDINGS or pl in FRESH_PLACEMENTS

        def is_held(fam, hid, pl, dmg):
            return fam in HELD_FAMILIES or hid in HELD_HIDINGS or pl in HELD_PLACEMENTS or dmg in HELD_DAMAGE

        n = 0
        plan = ["positive"] * n_pos + ["negative"] * n_neg + ["control"] * n_ctrl
        for kind in plan:
            for attempt in range(30):
                fmt = "html" if r.random() < 0.55 else "text"
                carrier = r.choice(htmls if fmt == "html" else texts)
                rec = self.case(kind, fmt, carrier, split, attrs or (novel_attrs if novel else fresh_attrs if fresh else
                                tune2_attrs if tune2 else tune_attrs if split == "tune" else held_attrs), tune2)
                if rec is None:
                    continue
                if accept and kind == "positive" and not accept(rec):
                    continue
                if novel and kind == "positive" and not is_novel(rec["family"], rec["hiding"], rec["placement"],
                                                                 rec["encoding_damage"]):
                    continue
                if fresh and not novel and kind == "positive" and not is_fresh(rec["family"], rec["hiding"], rec["placement"]):
                    continue
                if not fresh and not novel and not accept and kind == "positive" and split == "heldout" and not is_held(
                        rec["family"], rec["hiding"], rec["placement"], rec["encoding_damage"]):
                    continue
                n += 1
                rec["case"] = "%s%04d" % (prefix, n)
                content = rec.pop("_content")
                if fmt == "html":
                    with gzip.open(os.path.join(out, "html", rec["case"] + ".html.gz"), "wb") as fh:
                        fh.write(content.encode("utf-8"))
                else:
                    with open(os.path.join(out, "text", rec["case"] + ".txt"), "w", encoding="utf-8", newline="") as fh:
                        fh.write(content)
                for (s, e), sp in zip(rec["span_offsets"], rec["spans"]):
                    assert content[s:e] == sp, (rec["case"], sp[:40])
                for (s, e), sp in zip(rec["negative_offsets"], rec["negative_spans"]):
                    assert content[s:e] == sp, (rec["case"], sp[:40])
                labels.append(rec)
                break
        with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
            for rec in labels:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return labels

    def case(self, kind, fmt, carrier, split, attrs, tune2=False):
        r = self.rng
        cid, path, body, extra = carrier
        self.body = body
        if fmt == "html":
            try:
                with gzip.open(path, "rb") as fh:
                    content = fh.read().decode("utf-8")
            except (UnicodeDecodeError, OSError):
                return None
            own_host = re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", extra) or "example.org"
        else:
            with open(path, encoding="utf-8", newline="") as fh:
                content = fh.read()
            own_host = "example.org"
        inserts = []  # (pos, string, label-kind, inner start, inner end)
        rec = {"format": fmt, "flattener": None if fmt == "html" else extra, "base_page": cid, "kind": kind,
               "origin": "generated", "family": None, "placement": None, "hiding": None, "layout": None,
               "negative_kind": None, "negatives": [], "encoding_damage": None, "split": split}
        head_rules = []
        lines = content.split("\n") if fmt == "text" else None
        text_edits = []  # (line index, mode, text, label-kind)

        if kind == "negative" or (kind == "positive" and r.random() < 0.3):
            kinds = r.sample(self.negative_kinds(tune2), r.randint(1, 2) if kind == "negative" else 1)
            kinds = list(dict.fromkeys(kinds))
            for nk in kinds:
                html, tlines, where = self.negative_part(nk, split, own_host)
                pl = r.choice(self.negative_placements(where))
                if fmt == "html":
                    pt = self.html_point(content, pl) or self.html_point(content, "after_footer")
                    if pt is None:
                        return None
                    inserts.append((pt[0], html, "neg", 0, len(html)))
                else:
                    pt = self.text_point(lines, pl) or self.text_point(lines, "after_footer")
                    text_edits.append((pt[0], pt[1], "\n".join(tlines), "neg"))
                rec["negatives"].append(nk)
            if kind == "negative":
                rec["negative_kind"] = rec["negatives"][0]

        if kind == "positive":
            fam, hid, pl, dmg = attrs()
            if fam == "hidden_links" and hid == "none":
                hid = r.choice(TUNE_HIDINGS)
            if pl == "footer_inline" or pl == "end_of_paragraph":
                hid = "none" if fmt == "text" or pl == "footer_inline" else hid
            if fmt == "text":
                hid = "none"  # a text case is the page as a flattener left it: no markup hides anything
            layout, items = self.spam_block(fam, split)
            items = self.damaged(dmg, items)
            rec.update(family=fam, hiding=hid, placement=pl, encoding_damage=dmg, layout=layout)
            if fmt == "html":
                pt = self.html_point(content, pl)
                if pt is None:
                    return None
                if pt[1] == "related":  # the block cut into items spread over the list's own
                    k = len(pt[0])
                    if len(items) < k:
                        return None
                    step = -(-len(items) // k)
                    for j, pos in enumerate(pt[0]):
                        chunk = items[j * step:(j + 1) * step]
                        if not chunk:
                            continue
                        inner, _ = self.html_items("sep_line" if layout not in ("words", "prose", "hashtags")
                                                   else layout, chunk)
                        el = self.wrap(inner, "span", hid, head_rules) if hid != "none" else inner
                        inserts.append((pos, "<li>" + el + "</li>", "spam", 4, 4 + len(el)))
                    rec["layout"] = "items"
                elif pt[1]:  # inline: after the footer's text or inside a paragraph
                    inner, _ = self.html_items("sep_line" if layout != "words" else "words", items)
                    if pl == "footer_inline":
                        s = " | " + inner
                        inserts.append((pt[0], s, "spam", 3, len(s)))
                    else:
                        el = self.wrap(inner, "span", hid, head_rules) if hid != "none" else inner
                        s = " " + el
                        inserts.append((pt[0], s, "spam", 1, len(s)))
                    rec["layout"] = "inline"
                elif pt[1] == "li":  # one more item of the page's list
                    inner, tag = self.html_items(layout, items)
                    el = self.wrap(inner, tag, hid, head_rules)
                    s = "<li>" + el + "</li>"
                    inserts.append((pt[0], s, "spam", 4, 4 + len(el)))
                else:
                    inner, tag = self.html_items(layout, items)
                    el = self.wrap(inner, tag, hid, head_rules)
                    inserts.extend(self.html_block(pl, pt[0], el))
            else:
                pt = self.text_point(lines, pl)
                if pt is None:
                    return None
                if pt[1] == "related":
                    k = len(pt[0])
                    if len(items) < k:
                        return None
                    step = -(-len(items) // k)
                    for j, i in enumerate(pt[0]):
                        chunk = items[j * step:(j + 1) * step]
                        if chunk:
                            text_edits.append((i, "after", self.text_items(
                                "sep_line" if layout not in ("words", "prose", "hashtags") else layout, chunk, extra),
                                "spam"))
                    rec["layout"] = "items"
                else:
                    flat = self.text_items(layout if pt[1] != "append" else
                                           ("words" if layout == "words" else "sep_line"), items, extra)
                    text_edits.extend(self.text_block(pl, pt, flat))
        if fmt == "html" and head_rules:
            i = content.lower().find("</head>")
            if i < 0:
                return None
            s = "<style>%s</style>" % " ".join(head_rules)
            inserts.append((i, s, "style", 0, 0))
        if fmt == "html":
            content, spans = self.apply(content, inserts)
        else:
            content, spans = self.apply_text(lines, text_edits)
        rec["spans"] = [content[s:e] for k, s, e in spans if k == "spam"]
        rec["span_offsets"] = [[s, e] for k, s, e in spans if k == "spam"]
        rec["span_parts"] = ["body"] * len(rec["spans"])
        rec["negative_spans"] = [content[s:e] for k, s, e in spans if k == "neg"]
        rec["negative_offsets"] = [[s, e] for k, s, e in spans if k == "neg"]
        if kind == "positive" and not rec["spans"]:
            return None
        rec["_content"] = content
        return rec

    def negative_kinds(self, tune2):
        """The kinds of honest lookalikes a case draws from (a kind listed twice is drawn twice as often)."""
        if getattr(self, "novel", False):
            return NEG_KINDS + NEG2_KINDS + NOVEL_NEG_KINDS * 2
        return NEG_KINDS + NEG2_KINDS * 2 if tune2 else NEG_KINDS

    def negative_placements(self, where):
        """Where an honest lookalike may go: prose among the paragraphs, link blocks around the page."""
        if getattr(self, "novel", False):
            return (["between_paragraphs", "after_headline"] if where == "prose" else
                    ["sidebar", "after_footer", "body_start", "between_paragraphs", "after_headline"])
        return ["between_paragraphs"] if where == "prose" else ["sidebar", "after_footer", "body_start",
                                                                 "between_paragraphs"]

    def damaged(self, dmg, items):
        """The block's phrases as the damage left them (None: untouched)."""
        if dmg == "mojibake_partial":  # every other phrase decoded twice
            return [(self.mojibake(t) if i % 2 == 0 else t, h) for i, (t, h) in enumerate(items)]
        if dmg:
            return [(self.damage(t) if dmg == "qmark_full" or i % 2 == 0 else t, h) for i, (t, h) in enumerate(items)]
        return items

    @staticmethod
    def html_block(placement, pos, el):
        """The inserts that plant a block element at pos: (position, string, label kind, span start, span end)."""
        return [(pos, "\n" + el + "\n", "spam", 1, len(el) + 1)]

    @staticmethod
    def text_block(placement, point, flat):
        """The edits that plant a flattened block at a text point: (line index, mode, text, label kind)."""
        return [(point[0], point[1], flat, "spam")]

    @staticmethod
    def damage(t):
        out = []
        for ch in t:
            try:
                ch.encode("cp1252")
                out.append(ch)
            except UnicodeEncodeError:
                out.append("?")
        return "".join(out)

    @staticmethod
    def apply(content, inserts):
        inserts = sorted(inserts, key=lambda x: x[0])
        shift = 0
        spans = []
        pieces = []
        last = 0
        for pos, s, k, a, b in inserts:
            pieces.append(content[last:pos])
            start = pos + shift
            pieces.append(s)
            spans.append((k, start + a, start + b))
            shift += len(s)
            last = pos
        pieces.append(content[last:])
        return "".join(pieces), [sp for sp in spans if sp[0] != "style"]

    @staticmethod
    def apply_text(lines, edits):
        lines = list(lines)
        # mark each edit with sentinels, then find them
        marks = []
        for n, (i, mode, text, k) in enumerate(sorted(edits, key=lambda e: -e[0])):
            a, b = chr(0x10FF00 + 2 * n), chr(0x10FF01 + 2 * n)
            marks.append((a, b, k))
            if mode == "before":
                lines.insert(i, a + text + b)
            elif mode == "after":
                lines.insert(i + 1, a + text + b)
            elif isinstance(mode, tuple):  # ("at", column): inside the line, after a space
                col = mode[1]
                lines[i] = lines[i][:col] + " " + a + text + b + lines[i][col:]
            else:
                lines[i] = lines[i] + " | " + a + text + b
        content = "\n".join(lines)
        where = {}
        out = []
        for ch in content:
            if 0x10FF00 <= ord(ch) < 0x10FF00 + 2 * len(marks):
                where[ch] = len(out)
            else:
                out.append(ch)
        spans = [(k, where[a], where[b]) for a, b, k in marks]
        return "".join(out), spans


# the untouched tiers written as modules of their own, with their default seeds: novel2 (session 20), novel3 (23),
# novel4 (24), novel5 (25), novel6 (26), novel7 (27), novel8 (28), novel9 (29), novel10 (30); each has its own
# generator and RNG, so making one changes no other set
NOVEL_TIERS = {"novel2": 41, "novel3": 47, "novel4": 59, "novel5": 67, "novel6": 73, "novel7": 83, "novel8": 97,
               "novel9": 103, "novel10": 109}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--out", default="target/spamgen")
    ap.add_argument("--seed", type=int, default=None, help="15 for tune/heldout, 17 for tune2")
    ap.add_argument("--set", choices=["both", "tune2", "fresh", "novel"] + sorted(NOVEL_TIERS), default="both",
                    help="tune2: only the second tuned set (new families and lookalikes), in OUT/tune2")
    a = ap.parse_args()
    if a.set in NOVEL_TIERS:  # a later untouched tier in a module of its own (novelN.py): its own Gen and RNG
        tier = importlib.import_module(a.set)
        labels = tier.make(a.shared, NOVEL_TIERS[a.set] if a.seed is None else a.seed, os.path.join(a.out, a.set))
        print(a.set, len(labels), "cases")
        return
    if a.set == "novel":  # session 16's untouched tier: its own Gen and RNG, so no other set changes
        g = Gen(a.shared, 31 if a.seed is None else a.seed)
        g.novel = True
        labels = g.make("heldout", 300, 160, 60, os.path.join(a.out, "novel"), novel=True)
        print("novel", len(labels), "cases")
        return
    if a.set == "fresh":
        g = Gen(a.shared, 19 if a.seed is None else a.seed)
        g.fresh = True
        labels = g.make("heldout", 300, 160, 60, os.path.join(a.out, "fresh"), fresh=True)
        print("fresh", len(labels), "cases")
        return
    if a.set == "tune2":
        g = Gen(a.shared, 17 if a.seed is None else a.seed)
        labels = g.make("tune", 400, 240, 60, os.path.join(a.out, "tune2"), tune2=True)
        print("tune2", len(labels), "cases")
        return
    g = Gen(a.shared, 15 if a.seed is None else a.seed)
    for split, (p, n, c) in (("tune", (300, 160, 60)), ("heldout", (300, 160, 60))):
        labels = g.make(split, p, n, c, os.path.join(a.out, split))
        print(split, len(labels), "cases")


if __name__ == "__main__":
    main()
