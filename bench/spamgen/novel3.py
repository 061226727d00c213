"""The novel3 untouched tier (session 23; `spamgen.py --set novel3`, seed 47): families, languages and scripts, hiding
tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2),
designed from what injected SEO spam on hacked news and institutional sites looks like before session 23 changed
anything, with honest lookalikes of its own (banks6). Every positive has a family, hiding trick, placement or damage
of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never run the detector
on it except to score it (the coordinator): totals only.

A subclass of novel2.Novel2Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import json
import re

import banks6
import novel2

NOVEL3_FAMILIES = ["caucasus_casino", "am_spam", "sea_lottery", "south_asia3", "baltic_casino", "turkic_betting",
                   "west_africa_loans", "en_documents", "en_streaming", "woven_prose", "own_word_anchors"]
NOVEL3_HIDINGS = ["template_tag", "iframe_srcdoc", "document_write", "dialog_closed", "until_found",
                  "content_visibility", "css_variable", "font_shorthand", "body_style_rule", "offcanvas_aria",
                  "under_image"]
NOVEL3_PLACEMENTS = ["img_alt", "tags_line", "after_ad_label", "editor_note", "author_bio"]
NOVEL3_DAMAGE = ["entity_letters", "math_letters", "bidi_reversed", "combining_marks", "split_letters",
                 "mojibake_double"]
NOVEL3_LAYOUTS = ["dl", "emoji_lines", "qa_pairs", "json_blob", "numbered_inline"]
NOVEL3_NEG_KINDS = ["novel3_prose", "topic_prose3", "tags_honest", "alt_honest", "ad_slot_honest",
                    "editor_note_honest", "author_bio_honest", "template_honest", "dialog_honest",
                    "until_found_honest", "offcanvas_honest", "srcdoc_honest", "how_to_watch", "unicode_prose",
                    "glossary", "emoji_briefing", "qa_explainer"]

EARLIER_FAMILIES = novel2.EARLIER_FAMILIES + novel2.NOVEL2_FAMILIES
EARLIER_HIDINGS = novel2.EARLIER_HIDINGS + novel2.NOVEL2_HIDINGS
EARLIER_PLACEMENTS = novel2.EARLIER_PLACEMENTS + novel2.NOVEL2_PLACEMENTS
# the earlier tiers' damage that works on any family (the rest needs Latin or non-ASCII letters)
EARLIER_DAMAGE_ANY = ["zero_width", "soft_hyphen", "mojibake_partial"]
LATIN_FAMILIES = novel2.LATIN_FAMILIES + ["baltic_casino", "west_africa_loans", "en_documents", "en_streaming",
                                          "woven_prose", "own_word_anchors"]
NON_ASCII_FAMILIES = novel2.NON_ASCII_FAMILIES + ["caucasus_casino", "am_spam", "sea_lottery", "south_asia3",
                                                  "baltic_casino", "turkic_betting", "west_africa_loans"]
ONE_LANGUAGE_BANKS = {"caucasus_casino": banks6.CAUCASUS_CASINO, "sea_lottery": banks6.SEA_LOTTERY,
                      "south_asia3": banks6.SOUTH_ASIA3, "baltic_casino": banks6.BALTIC_CASINO,
                      "turkic_betting": banks6.TURKIC_BETTING, "west_africa_loans": banks6.WEST_AFRICA_LOANS}
MATH_BOLD = (0x1D400, 0x1D41A, 0x1D7CE)  # A, a, 0 of the mathematical bold letters
MATH_SANS_BOLD = (0x1D5D4, 0x1D5EE, 0x1D7EC)
EMOJI = ["✅", "🔥", "💰", "🎰", "⚡", "👉", "⭐", "🏆"]
ENTITY = re.compile("\ue000([0-9a-f]+)\ue001")  # a letter to be written as a numeric reference (entity_letters)


def is_novel3(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL3_FAMILIES or rec["hiding"] in NOVEL3_HIDINGS
            or rec["placement"] in NOVEL3_PLACEMENTS or rec["encoding_damage"] in NOVEL3_DAMAGE)


def attr_escape(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


class Novel3Gen(novel2.Novel2Gen):
    """The generator of the novel3 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    def __init__(self, shared, seed):
        super().__init__(shared, seed)
        self.flattener = None  # the flattener of the text case being written (None: an HTML case)

    def case(self, kind, fmt, carrier, split, attrs, tune2=False):
        self.flattener = carrier[3] if fmt == "text" else None
        return super().case(kind, fmt, carrier, split, attrs, tune2)

    def one_new(self, earlier, new):
        """(family, hiding, placement, damage) drawn from the earlier tiers' (families, hidings, placements), one of
        them (or the damage) then replaced by one of a new tier's (families, hidings, placements, damage)."""
        r = self.rng
        fam = r.choice(earlier[0] + new[0])
        hid = r.choice(["none", "none"] + earlier[1] + new[1])
        pl = r.choice(earlier[2] + new[2])
        dmg = r.choice(EARLIER_DAMAGE_ANY) if r.random() < 0.1 else None
        which = r.choice([0, 0, 0, 1, 1, 2, 2, 3])
        drawn = [fam, hid, pl, dmg]
        drawn[which] = r.choice(new[which])
        return tuple(drawn)

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL3_FAMILIES, NOVEL3_HIDINGS, NOVEL3_PLACEMENTS, NOVEL3_DAMAGE))
        if dmg in ("math_letters", "entity_letters"):
            fam = r.choice(LATIN_FAMILIES)
        elif dmg in ("mojibake_double", "bidi_reversed"):
            fam = r.choice(NON_ASCII_FAMILIES)
        if fam in ("woven_prose", "en_recovery") and dmg == "split_letters":
            dmg = "combining_marks"
        if pl == "img_alt":
            hid = "none"  # alt text is not shown: no wrapper around it
            if fam == "hidden_links":
                fam = r.choice(NOVEL3_FAMILIES)
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks6, 0.4, 99)

    def own_words(self, min_len):
        """The page's own words (or a few other carriers' when the page is short), sorted, as an attacker's keys."""
        r = self.rng
        words = re.findall(r"[^\W\d_]{%d,}" % min_len, self.body)
        if len(words) < 30:
            words = re.findall(r"[^\W\d_]{%d,}" % min_len, " ".join(c[2] for c in r.sample(self.html, 3)))
        return sorted(set(w.lower() for w in words)) or ["news"]

    def novel3_phrases(self, family):
        r = self.rng
        n = r.randint(6, 18)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
            return [r.choice(words) for _ in range(n)]
        if family == "am_spam":
            return [r.choice(banks6.AM_SPAM) for _ in range(n)]
        if family == "en_streaming":
            out = []
            for _ in range(n):
                h, a = r.sample(banks6.STREAM_TEAMS, 2)
                out.append(r.choice(banks6.STREAM_TEMPLATES).format(h=h, a=a, c=r.choice(banks6.STREAM_COMPETITIONS)))
            return out
        if family == "own_word_anchors":  # runs of the page's own words as link texts: no spam word shows
            words = re.findall(r"[^\W\d_]{3,}", self.body) or ["news", "today", "local"]
            out = []
            for _ in range(r.randint(8, 24)):
                k = r.randint(1, 3)
                i = r.randrange(max(1, len(words) - k))
                out.append(" ".join(words[i:i + k]).lower())
            return out
        raise ValueError(family)

    def sentences(self, family):
        """(text, href) pieces of a prose family: whole sentences, a link only on the anchor."""
        r = self.rng
        if family == "en_documents":
            doc, country, tel = (r.choice(banks6.DOC_KINDS), r.choice(banks6.DOC_COUNTRIES),
                                 r.choice(banks6.DOC_CONTACTS))
            sents = r.sample(banks6.DOC_SENTENCES, r.randint(2, 4))
            return [(s.format(doc=doc, country=country, tel=tel), None) for s in sents]
        keys = self.own_words(5)  # woven_prose
        out = []
        for t in r.sample(banks6.WOVEN_TEMPLATES, r.randint(1, 3)):
            s = t.format(w=r.choice(keys), v=r.choice(keys), a="\0")
            pre, post = s.split("\0")
            if pre:
                out.append((pre.rstrip(), None))
            out.append((r.choice(banks6.WOVEN_ANCHORS), "https://" + self.host() + "/" + r.choice(["", "guide/", "?s=1"])))
            out.append((post.lstrip(), None))
        if out and out[0][0][:1].islower():
            out[0] = (out[0][0][0].upper() + out[0][0][1:], out[0][1])
        return out

    def spam_block(self, family, split):
        r = self.rng
        if family in ("woven_prose", "en_documents") or (family == "en_streaming" and r.random() < 0.2):
            if family == "en_streaming":  # a single title, as a stream link is planted alone
                return "inline_link", [(self.novel3_phrases(family)[0], "https://" + self.host() + "/")]
            return "prose", self.sentences(family)
        if family in NOVEL3_FAMILIES:
            ph = self.novel3_phrases(family)
        elif r.random() < 0.5 or family == "hidden_links" or family.startswith("stuff") or family == "en_recovery":
            return super().spam_block(family, split)  # an earlier family in the earlier tiers' layouts
        elif family in novel2.NOVEL2_FAMILIES:
            ph, prose = self.novel2_phrases(family)
            if prose:
                return "prose", [(p, None) for p in ph]
        else:
            ph = self.phrases(family, r.randint(6, 18), "")
        layout = r.choice(NOVEL3_LAYOUTS * 2 + ["sep_line", "ul", "anchor_block", "br_lines"])
        link_share = {"dl": 0.5, "emoji_lines": 0.8, "qa_pairs": 0.3, "json_blob": 0.0, "numbered_inline": 0.7,
                      "sep_line": 0.4, "ul": 0.9, "anchor_block": 1.0, "br_lines": 0.6}[layout]
        if family == "own_word_anchors":
            link_share = 1.0
        items = [(p, "https://" + self.host() + "/" + r.choice(["", "", "go/", "?p=%d" % r.randint(1, 999)])
                  if r.random() < link_share else None) for p in ph]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "entity_letters":  # Latin letters written as numeric references: the source keeps no words
            return [("".join("\ue000%x\ue001" % ord(c) if c.isascii() and c.isalpha() and r.random() < 0.6 else c
                             for c in t), h) for t, h in items]
        if dmg == "math_letters":
            a_up, a_low, zero = r.choice([MATH_BOLD, MATH_SANS_BOLD])

            def math(c):
                if "A" <= c <= "Z":
                    return chr(a_up + ord(c) - 65)
                if "a" <= c <= "z":
                    return chr(a_low + ord(c) - 97)
                if "0" <= c <= "9":
                    return chr(zero + ord(c) - 48)
                return c
            return [("".join(math(c) for c in t), h) for t, h in items]
        if dmg == "bidi_reversed":  # stored backwards, shown forwards by a right-to-left override
            return [("\u202e" + t[::-1] + "\u202c" if i % 2 == 0 else t, h) for i, (t, h) in enumerate(items)]
        if dmg == "combining_marks":
            marks = ["\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0323", "\u0331"]
            return [("".join(c + (r.choice(marks) if c.isalpha() and r.random() < 0.3 else "") for c in t), h)
                    for t, h in items]
        if dmg == "split_letters":  # the longest word of a phrase spelled out
            sep = r.choice([" ", ".", "-", "*"])

            def split(t):
                words = t.split(" ")
                i = max(range(len(words)), key=lambda j: len(words[j]))
                words[i] = sep.join(words[i])
                return " ".join(words)
            return [(split(t), h) for t, h in items]
        if dmg == "mojibake_double":  # UTF-8 read as Windows-1252, twice
            return [(self.mojibake(self.mojibake(t)), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def esc(self, s):
        return ENTITY.sub(lambda m: "&#x%s;" % m.group(1), super().esc(s))

    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if pl == "img_alt":  # the block's words as an image's alt text
            return ENTITY.sub(lambda m: "&#x%s;" % m.group(1), attr_escape(" ".join(t for t, _ in items))
                              .replace("<", "&lt;")), "alt"
        if hid in ("select_menu", "svg_text") or layout not in NOVEL3_LAYOUTS + ["inline_link"]:
            return super().html_items(layout, items)
        if self.inline_here() or layout in ("numbered_inline", "inline_link"):
            return " ".join(("%d) " % (i + 1) if layout == "numbered_inline" else "") + a(t, h)
                            for i, (t, h) in enumerate(items)), "span" if self.inline_here() else "p"
        if layout == "dl":
            pairs = [items[i:i + 2] for i in range(0, len(items), 2)]
            return "<dl>" + "".join("<dt>%s</dt>" % a(*p[0]) + ("<dd>%s</dd>" % a(*p[1]) if len(p) > 1 else "")
                                    for p in pairs) + "</dl>", "div"
        if layout == "emoji_lines":
            return "<br>\n".join("%s %s" % (EMOJI[i % len(EMOJI)], a(t, h)) for i, (t, h) in enumerate(items)), "p"
        if layout == "qa_pairs":
            pairs = [items[i:i + 2] for i in range(0, len(items), 2)]
            return "".join("<p><strong>Q: %s?</strong>%s</p>" % (a(*p[0]), "<br>A: " + a(*p[1]) if len(p) > 1 else "")
                           for p in pairs), "div"
        return "<pre>%s</pre>" % self.esc(self.json_text(items)), "div"  # json_blob

    @staticmethod
    def json_text(items):
        return json.dumps({"keywords": [t for t, _ in items], "url": [h for _, h in items if h]}, ensure_ascii=False)

    def text_items(self, layout, items, flattener):
        return ENTITY.sub(lambda m: "&#x%s;" % m.group(1), self.flat_items(layout, items, flattener))

    def flat_items(self, layout, items, flattener):
        if self.cur[2] == "img_alt":  # w3m shows an image's alt text in brackets
            return "[%s]" % " ".join(t for t, _ in items)
        if layout not in NOVEL3_LAYOUTS + ["inline_link"]:
            return super().text_items(layout, items, flattener)
        if self.inline_here() or layout in ("numbered_inline", "inline_link"):
            return " ".join(("%d) " % (i + 1) if layout == "numbered_inline" else "") + t
                            for i, (t, _) in enumerate(items))
        if layout == "dl":  # w3m indents a definition
            ind = "    " if flattener == "w3m" else ""
            return "\n".join(t if i % 2 == 0 else ind + t for i, (t, _) in enumerate(items))
        if layout == "emoji_lines":
            return "\n".join("%s %s" % (EMOJI[i % len(EMOJI)], t) for i, (t, _) in enumerate(items))
        if layout == "qa_pairs":
            return "\n".join(("Q: %s?" if i % 2 == 0 else "A: %s") % t for i, (t, _) in enumerate(items))
        return self.json_text(items)

    def wrap(self, inner, tag, hiding, head_rules):
        if self.cur[2] == "img_alt" and tag == "alt":
            return inner
        if hiding not in NOVEL3_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["post-extra", "mobile-drawer", "tpl", "embed", "note", "aux", "m-nav", "wp-block"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
        tag = "div" if tag in ("ul", "ol", "select", "svg") else tag
        el = "<%s>%s</%s>" % (tag, inner, tag)
        if hiding == "template_tag":  # never rendered: a script would clone it
            return '<template id="%s">%s</template>' % (cls, el)
        if hiding == "iframe_srcdoc":
            size = r.choice(['width="0" height="0"', 'width="1" height="1"', 'style="width:0;height:0;border:0"'])
            return '<iframe srcdoc="%s" %s title="%s"></iframe>' % (attr_escape(el), size, cls)
        if hiding == "document_write":  # only a script writes it, in pieces, sometimes hidden as well
            shown = el if r.random() < 0.5 else '<div style="display:none">%s</div>' % el
            js = shown.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("</", "<\\/")
            step = r.choice([24, 40, 64])
            parts = "'+'".join(js[i:i + step] for i in range(0, len(js), step))
            if r.random() < 0.5:
                parts = parts.replace("<", "\\x3c")
            return "<script>document.write('%s');</script>" % parts
        if hiding == "dialog_closed":
            return '<dialog class="%s">%s</dialog>' % (cls, el)
        if hiding == "until_found":
            return '<%s class="%s" hidden="until-found">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "body_style_rule":  # the rule sits in the body, right before the block it hides
            rule = r.choice([".%s{display:none}", "@supports (display:block){.%s{position:absolute;left:-9999px}}",
                             "div.%s,p.%s{height:0;overflow:hidden;margin:0}"]).replace("%s", cls)
            return '<style>%s</style><%s class="%s">%s</%s>' % (rule, tag, cls, inner, tag)
        if hiding == "under_image":  # drawn beneath an opaque image of the same size
            return ('<div style="position:relative"><img src="/images/promo-%d.jpg" width="300" height="250" '
                    'style="position:relative;z-index:2;background:#fff" alt=""><%s class="%s" style="position:absolute;'
                    'top:0;left:0;z-index:-1;width:300px;height:250px;overflow:hidden">%s</%s></div>'
                    % (r.randint(10, 99), tag, cls, inner, tag))
        if hiding == "offcanvas_aria":  # a closed off-canvas drawer, as a mobile menu is
            return ('<%s class="%s" aria-hidden="true" style="position:fixed;top:0;left:0;width:280px;height:100%%;'
                    'transform:%s">%s</%s>' % (tag, cls, r.choice(["translateX(-100%)", "translate3d(-100%,0,0)",
                                                                    "translateX(-110vw)"]), inner, tag))
        style = {"content_visibility": "content-visibility:hidden",
                 "font_shorthand": r.choice(["font:0/0 a", "font:0/0 serif;color:transparent", "font:0px/0 sans-serif"])}
        if hiding == "css_variable":  # the hiding value only in a custom property set elsewhere
            var = "--" + cls.split("-")[-1]
            prop, val = r.choice([("color", "transparent"), ("font-size", "0"), ("opacity", "0"), ("display", "none")])
            head_rules.append(":root{%s:%s}" % (var, val))
            style[hiding] = "%s:var(%s)" % (prop, var)
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style[hiding], inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in ("img_alt", "after_ad_label"):  # between two of the article's paragraphs
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
        if placement in ("tags_line", "editor_note", "author_bio"):  # after the article's last paragraph
            ends = self.long_paragraph_ends(html)
            return (ends[-1] + 4, False) if ends else None
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
        if placement in ("img_alt", "after_ad_label"):
            if len(long_lines) < 2 or (placement == "img_alt" and self.flattener != "w3m"):
                return None  # innerText leaves alt text out
            return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
        if placement in ("tags_line", "editor_note", "author_bio"):
            return (long_lines[-1], "after") if long_lines else None
        return super().text_point(lines, placement)

    def frame(self, placement):
        """(text before, text after, flattened line before) of the page's own furniture around a planted block."""
        r = self.rng
        if placement == "tags_line":
            return '<p class="post-tags">Tags: ', "</p>", None
        if placement == "after_ad_label":
            label = r.choice(["Advertisement", "ADVERTISEMENT", "Sponsored", "Anzeige", "Publicidad"])
            return '<div class="ad-slot"><span class="ad-label">%s</span>' % label, "</div>", label
        if placement == "editor_note":
            return "<p class=\"editor-note\"><em>Editor's note:</em> ", "</p>", "Editor's note:"
        if placement == "author_bio":
            name, bio = r.choice(banks6.AUTHOR_BIOS)
            return ('<div class="author-bio"><p><b>%s</b> %s</p><p>' % (name, bio), "</p></div>",
                    "%s %s" % (name, bio))
        return None

    def html_block(self, placement, pos, el):
        r = self.rng
        if placement == "img_alt":
            pre = '<figure><img src="/wp-content/uploads/2026/%02d/img-%d.jpg" width="%d" height="%d" alt="' % (
                r.randint(1, 12), r.randint(100, 9999), r.choice([1, 640]), r.choice([1, 360]))
            return [(pos, pre, "frame", 0, 0), (pos, el, "spam", 0, len(el)), (pos, '"></figure>', "frame", 0, 0)]
        fr = self.frame(placement)
        if fr:
            return [(pos, fr[0], "frame", 0, 0), (pos, el, "spam", 0, len(el)), (pos, fr[1], "frame", 0, 0)]
        return super().html_block(placement, pos, el)

    def text_block(self, placement, point, flat):
        if placement == "tags_line":
            return [(point[0], point[1], "Tags: " + flat, "spam")]
        fr = self.frame(placement) if placement in ("after_ad_label", "editor_note", "author_bio") else None
        if fr:  # edits after one line come out in reverse order
            return [(point[0], "after", flat, "spam"), (point[0], "after", fr[2], "frame")]
        return super().text_block(placement, point, flat)

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL3_NEG_KINDS * 6

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL3_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        prose = self.prose_part
        if kind == "novel3_prose":
            lang = r.choice(sorted(banks6.NOVEL3_PROSE))
            return prose(banks6.NOVEL3_PROSE[lang], lang)
        if kind == "topic_prose3":
            return prose(r.sample(banks6.TOPIC_PROSE3, r.randint(1, 3)))
        if kind == "unicode_prose":
            return prose(r.sample(banks6.UNICODE_PROSE, r.randint(1, 2)))
        if kind == "tags_honest":
            tags = r.sample(banks6.HONEST_TAGS, r.randint(3, 7))
            html = '<p class="post-tags">Tags: %s</p>' % ", ".join(
                '<a href="https://%s/tag/%s/">%s</a>' % (own_host, t.lower().replace(" ", "-"), esc(t)) for t in tags)
            return html, ["Tags: " + ", ".join(tags)], "links"
        if kind == "alt_honest":
            alt = r.choice(banks6.ALT_TEXTS)
            credit = r.choice(["Photograph: Staff", "Photo: City Council", "Image: handout"])
            html = ('<figure><img src="/images/%d.jpg" width="640" height="360" alt="%s"><figcaption>%s</figcaption>'
                    '</figure>' % (r.randint(100, 999), attr_escape(alt), credit))
            return html, (["[%s]" % alt] if self.flattener == "w3m" else []) + [credit], "prose"
        if kind == "ad_slot_honest":
            label, ad = r.choice(banks6.AD_SLOTS)
            html = '<div class="ad-slot"><span class="ad-label">%s</span>%s</div>' % (
                label, "<p>%s</p>" % esc(ad) if ad else '<div id="div-gpt-ad-%d"></div>' % r.randint(1000, 9999))
            return html, [label] + ([ad] if ad else []), "links"
        if kind == "editor_note_honest":
            t = r.choice(banks6.EDITOR_NOTES)
            return "<p class=\"editor-note\"><em>Editor's note:</em> %s</p>" % esc(t), ["Editor's note: " + t], "prose"
        if kind == "author_bio_honest":
            name, bio = r.choice(banks6.AUTHOR_BIOS)
            return ('<div class="author-bio"><p><b>%s</b> %s</p></div>' % (name, esc(bio)), ["%s %s" % (name, bio)],
                    "prose")
        if kind == "template_honest":
            t = r.choice(banks6.TEMPLATE_UI)
            html = '<button>Show comments</button><template id="comment-tpl"><div class="comment"><p>%s</p></div></template>'
            return html % esc(t), ["Show comments"], "links"
        if kind == "dialog_honest":
            t = r.choice(banks6.DIALOG_TEXTS)
            html = '<a href="#newsletter">Newsletter</a><dialog id="newsletter"><p>%s</p></dialog>' % esc(t)
            return html, ["Newsletter"], "links"
        if kind == "until_found_honest":
            t = r.choice(banks6.TRANSCRIPTS)
            return ('<button>Show transcript</button><div hidden="until-found"><p>%s</p></div>' % esc(t),
                    ["Show transcript"], "links")
        if kind == "offcanvas_honest":
            items = r.choice(banks6.OFFCANVAS_MENUS)
            html = ('<nav class="drawer" aria-hidden="true" style="position:fixed;top:0;left:0;width:280px;'
                    'transform:translateX(-100%%)"><ul>%s</ul></nav>' % "".join(
                        '<li><a href="https://%s/%s/">%s</a></li>' % (own_host, t.lower(), t) for t in items))
            return html, items, "links"
        if kind == "srcdoc_honest":
            doc = r.choice(banks6.SRCDOC_EMBEDS)
            return ('<p>Results</p><iframe srcdoc="%s" width="600" height="240" title="Results"></iframe>' % attr_escape(doc),
                    ["Results"], "links")
        if kind == "how_to_watch":
            t, host = r.choice(banks6.HOW_TO_WATCH)
            return '<p class="tv">%s <a href="https://www.%s/">%s</a></p>' % (esc(t), host, host), [t + " " + host], \
                "prose"
        if kind == "glossary":
            pairs = r.choice(banks6.GLOSSARY)
            html = "<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in pairs)
            return html, [t for p in pairs for t in p], "links"
        if kind == "emoji_briefing":
            lines = r.choice(banks6.EMOJI_BRIEFING)
            return "<p>%s</p>" % "<br>\n".join(esc(l) for l in lines), lines, "links"
        if kind == "qa_explainer":
            qa = r.choice(banks6.QA_EXPLAINER)
            html = "".join("<p><strong>%s</strong><br>%s</p>" % (esc(q), esc(a)) for q, a in qa)
            return html, [t for p in qa for t in p], "prose"
        raise ValueError(kind)


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel3Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel3, prefix="y")
