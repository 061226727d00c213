"""The novel2 untouched tier (session 20; `spamgen.py --set novel2`, seed 41): families, languages, hiding tricks,
placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel), designed from
what injected SEO spam on hacked news sites looks like before session 20 changed anything, with honest lookalikes of
its own (banks5). Every positive has a family, hiding trick, placement or damage of this tier. On the held-out half
of the carriers. Never tune on it, never open its cases: totals only.

A subclass of spamgen.Gen: the earlier tiers' code paths are not touched, so their files stay the same.
"""
import re

import banks5
import spamgen

NOVEL2_FAMILIES = ["nordic_casino", "cee_loans", "bn_betting", "ur_amil", "sw_betting", "ta_te_rummy", "en_warez",
                   "en_callgirls", "link_farm", "stuff_queries"]
NOVEL2_HIDINGS = ["marquee_zero", "svg_text", "select_menu", "box_1px", "opacity_inline", "visibility_rule",
                  "text_indent_rule", "script_hide", "clip_path", "filter_opacity"]
NOVEL2_PLACEMENTS = ["mid_paragraph", "in_caption", "in_comments", "in_blockquote", "in_table_row"]
NOVEL2_DAMAGE = ["zero_width", "soft_hyphen", "homoglyph", "mojibake_cp1251", "double_escape", "fullwidth", "leet"]
NOVEL2_LAYOUTS = ["br_lines", "ol", "bbcode", "markdown", "escaped_html"]
NOVEL2_NEG_KINDS = ["novel2_prose", "topic_prose2", "lottery_results", "betting_odds", "pharmacy_news", "topic_tags",
                    "multilingual_footer", "format_prose", "mixed_script", "comments_honest", "captions_honest",
                    "source_domains", "news_ticker", "edition_select", "svg_chart", "sr_only_labels", "cookie_script"]

EARLIER_FAMILIES = (spamgen.TUNE_FAMILIES + spamgen.HELD_FAMILIES + spamgen.TUNE2_FAMILIES + spamgen.FRESH_FAMILIES
                    + spamgen.NOVEL_FAMILIES)
EARLIER_HIDINGS = (spamgen.TUNE_HIDINGS + spamgen.HELD_HIDINGS + spamgen.TUNE2_HIDINGS + spamgen.FRESH_HIDINGS
                   + spamgen.NOVEL_HIDINGS)
EARLIER_PLACEMENTS = (spamgen.TUNE_PLACEMENTS + spamgen.HELD_PLACEMENTS + spamgen.TUNE2_PLACEMENTS
                      + spamgen.FRESH_PLACEMENTS + spamgen.NOVEL_PLACEMENTS)
# which families each kind of damage can be seen on: look-alike letters, leetspeak and full-width forms need Latin
# letters; a second decoding and numeric references need letters outside ASCII
LATIN_FAMILIES = ["nordic_casino", "sw_betting", "en_warez", "en_callgirls", "link_farm", "stuff_queries",
                  "en_unseen", "es_spam", "en_local_seo", "de_spam", "pt_spam", "it_spam", "id_gambling", "tr_betting",
                  "pl_spam", "en_unseen2", "fr_spam", "nl_spam", "en_crypto", "ro_spam", "tl_sabong", "en_review"]
NON_ASCII_FAMILIES = ["nordic_casino", "cee_loans", "bn_betting", "ur_amil", "ta_te_rummy", "th_gambling",
                      "ru_pharma", "ko_gambling", "vi_gambling", "de_spam", "pl_spam", "tr_betting", "ar_pharma",
                      "hi_spam", "ja_spam", "el_spam", "he_gambling", "zh_gambling", "fa_betting", "uk_casino",
                      "ro_spam"]
HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
              "y": "\u0443", "i": "\u0456"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CAPTION_LINE = re.compile(r"\b(?:Photo|Photograph|Image|Picture|Credit|Getty|Reuters|AFP|AP Photo|Shutterstock)\b")


def is_novel2(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL2_FAMILIES or rec["hiding"] in NOVEL2_HIDINGS
            or rec["placement"] in NOVEL2_PLACEMENTS or rec["encoding_damage"] in NOVEL2_DAMAGE)


class Novel2Gen(spamgen.Gen):
    """The generator of the novel2 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    def __init__(self, shared, seed):
        super().__init__(shared, seed)
        self.cur = (None, "none", None, None)  # the positive being written: family, hiding, placement, damage

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam = r.choice(EARLIER_FAMILIES + NOVEL2_FAMILIES)
        hid = r.choice(["none", "none"] + EARLIER_HIDINGS + NOVEL2_HIDINGS)
        pl = r.choice(EARLIER_PLACEMENTS + NOVEL2_PLACEMENTS)
        which = r.choice(["family", "family", "family", "hiding", "placement", "placement", "damage", "damage"])
        new = r.choice({"family": NOVEL2_FAMILIES, "hiding": NOVEL2_HIDINGS, "placement": NOVEL2_PLACEMENTS,
                        "damage": NOVEL2_DAMAGE}[which])
        fam, hid, pl, dmg = {"family": (new, hid, pl, None), "hiding": (fam, new, pl, None),
                             "placement": (fam, hid, new, None), "damage": (fam, hid, pl, new)}[which]
        if dmg in ("homoglyph", "leet", "fullwidth"):
            fam = r.choice(LATIN_FAMILIES)
        elif dmg in ("mojibake_cp1251", "double_escape"):
            fam = r.choice(NON_ASCII_FAMILIES)
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks5, 0.5, 999)

    def host_from(self, bank, number_share, number_max):
        """A spam host of two of a bank's words, now and then a number, on one of its top-level domains."""
        r = self.rng
        w = r.choice(bank.SPAM_HOST_WORDS) + r.choice(bank.SPAM_HOST_WORDS)
        if r.random() < number_share:
            w += str(r.randint(1, number_max))
        return ("www." if r.random() < 0.3 else "") + w + "." + r.choice(bank.SPAM_TLDS)

    def novel2_phrases(self, family):
        """(phrases, prose?) of one of this tier's families."""
        r = self.rng
        n = r.randint(6, 20)
        if family in ("nordic_casino", "cee_loans"):  # one language a block
            bank = banks5.NORDIC_CASINO if family == "nordic_casino" else banks5.CEE_LOANS
            words = bank[r.choice(sorted(bank))]
            return [r.choice(words) for _ in range(n)], False
        if family in ("ur_amil", "sw_betting") and r.random() < 0.35:  # testimonial prose with a phone number
            if family == "ur_amil":
                sents = r.sample(banks5.AMIL_SENTENCES, r.randint(2, 3))
                tel, name = r.choice(banks5.AMIL_CONTACTS), ""
            else:
                sents = r.sample(banks5.HEALER_SENTENCES, r.randint(2, 3))
                tel, name = r.choice(banks5.HEALER_CONTACTS), r.choice(banks5.HEALER_NAMES)
            return [s.format(tel=tel, name=name) for s in sents], True
        if family in ("bn_betting", "ur_amil", "sw_betting", "ta_te_rummy"):
            bank = {"bn_betting": banks5.BN_BETTING, "ur_amil": banks5.UR_AMIL, "sw_betting": banks5.SW_BETTING,
                    "ta_te_rummy": banks5.TA_TE_RUMMY}[family]
            return [r.choice(bank) for _ in range(n)], False
        if family == "en_warez":
            return [r.choice(banks5.WAREZ_TEMPLATES).format(
                p=r.choice(banks5.WAREZ_PRODUCTS), k=r.choice(banks5.WAREZ_KEYS),
                v="%d.%d.%d" % (r.randint(2, 27), r.randint(0, 9), r.randint(0, 40))) for _ in range(n)], False
        if family == "en_callgirls":  # a block works one or two places and one number
            places = r.sample(banks5.CALLGIRL_PLACES, r.randint(1, 2))
            tel = r.choice(banks5.CALLGIRL_CONTACTS)
            return [r.choice(banks5.CALLGIRL_TEMPLATES).format(place=r.choice(places), tel=tel)
                    for _ in range(n)], False
        if family == "link_farm":  # bare host names as the link texts
            return [self.host() for _ in range(r.randint(8, 30))], False
        if family == "stuff_queries":  # the page's own names and long words in search questions
            words = re.findall(r"[^\W\d_]{4,}", self.body)
            if len(words) < 30:
                words = re.findall(r"[^\W\d_]{4,}", " ".join(c[2] for c in r.sample(self.html, 3)))
            keys = sorted(set(w for w in words if w[0].isupper() or len(w) >= 8)) or sorted(set(words))
            keys = r.sample(keys, min(len(keys), r.randint(4, 8)))
            out = []
            for _ in range(r.randint(8, 25)):
                w, v = r.choice(keys), r.choice(keys)
                out.append(r.choice(banks5.QUERY_TEMPLATES).format(w=w.lower() if r.random() < 0.7 else w,
                                                                    v=v.lower()))
            return out, False
        raise ValueError(family)

    def spam_block(self, family, split):
        r = self.rng
        if family == "hidden_links" or (family.startswith("stuff") and family != "stuff_queries"):
            return super().spam_block(family, split)
        if family in NOVEL2_FAMILIES:
            ph, prose = self.novel2_phrases(family)
        else:
            ph, prose = self.phrases(family, r.randint(6, 24), ""), family == "en_recovery"
        if prose:
            layout = "prose"
        else:
            layout = r.choice(NOVEL2_LAYOUTS * 2 + ["sep_line", "ul", "anchor_block", "paragraphs"])
        link_share = {"br_lines": 0.6, "ol": 0.8, "bbcode": 0.8, "markdown": 0.8, "escaped_html": 1.0,
                      "sep_line": 0.4, "ul": 0.9, "anchor_block": 1.0, "paragraphs": 0.3, "prose": 0.0}[layout]
        items = []
        for p in ph:
            if family == "link_farm":
                items.append((p, "https://" + p + "/"))
            elif r.random() < link_share:
                items.append((p, "https://" + self.host() + "/" + r.choice(["", "", "go/", "slot/", "?ref=news"])))
            else:
                items.append((p, None))
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng

        def inside_words(t, marks, share):  # a mark between two letters of a word, now and then
            out = []
            for i, ch in enumerate(t):
                out.append(ch)
                if ch.isalpha() and i + 1 < len(t) and t[i + 1].isalpha() and r.random() < share:
                    out.append(r.choice(marks))
            return "".join(out)

        if dmg == "zero_width":
            return [(inside_words(t, ZERO_WIDTH, 0.25), h) for t, h in items]
        if dmg == "soft_hyphen":
            return [(inside_words(t, ["\u00ad"], 0.3), h) for t, h in items]
        if dmg == "homoglyph":
            return [("".join(HOMOGLYPHS[c] if c in HOMOGLYPHS and r.random() < 0.4 else c for c in t), h)
                    for t, h in items]
        if dmg == "leet":
            return [("".join(LEET[c] if c in LEET and r.random() < 0.5 else c for c in t), h) for t, h in items]
        if dmg == "fullwidth":  # every other phrase in full-width forms, as CJK input methods type them
            return [("".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t) if i % 2 == 0 else t, h)
                    for i, (t, h) in enumerate(items)]
        if dmg == "mojibake_cp1251":  # UTF-8 read as Windows-1251
            return [(self.mojibake(t, "cp1251"), h) for t, h in items]
        if dmg == "double_escape":  # numeric references escaped once more: the page shows "&#2453;"
            return [("".join("&#%d;" % ord(c) if ord(c) > 127 else "&nbsp;" if c == " " and t.isascii() else c
                             for c in t), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def inline_here(self):
        return self.cur[2] in ("mid_paragraph", "in_caption")

    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if hid == "select_menu" and pl != "footer_inline":  # a jump menu: only its first option shows
            return "".join('<option value="%s">%s</option>' % (h or "#", self.esc(t)) for t, h in items), "select"
        if hid == "svg_text" and pl != "footer_inline":
            return "".join(('<a href="%s">%s</a>' % (h, "<text x=\"0\" y=\"%d\">%s</text>" % (14 * (i + 1), self.esc(t)))
                            if h else '<text x="0" y="%d">%s</text>' % (14 * (i + 1), self.esc(t)))
                           for i, (t, h) in enumerate(items)), "svg"
        if self.inline_here() and layout in ("sep_line", "words"):  # sentences run into the page's own text
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "br_lines":
            return "<br>\n".join(a(t, h) for t, h in items), "p"
        if layout == "ol":
            return "<ol>" + "".join("<li>%s</li>" % a(t, h) for t, h in items) + "</ol>", "div"
        if layout in ("bbcode", "markdown", "escaped_html"):
            return self.esc(self.raw_markup(layout, items)), "p"
        return super().html_items(layout, items)

    def raw_markup(self, layout, items):
        """Link markup the page never rendered (a comment form that keeps BBCode, Markdown or escaped HTML)."""
        sep = self.rng.choice([" ", "\n", ", "])
        if layout == "bbcode":
            return sep.join("[url=%s]%s[/url]" % (h, t) if h else "[b]%s[/b]" % t for t, h in items)
        if layout == "markdown":
            return sep.join("[%s](%s)" % (t, h) if h else t for t, h in items)
        return sep.join('<a href="%s">%s</a>' % (h, t) if h else t for t, h in items)

    def text_items(self, layout, items, flattener):
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "br_lines":
            return "\n".join(t for t, _ in items)
        if layout == "ol":  # w3m numbers the items; innerText leaves the numbers out
            if flattener == "w3m":
                return "\n".join("%3d. %s" % (i + 1, t) for i, (t, _) in enumerate(items))
            return "\n".join(t for t, _ in items)
        if layout in ("bbcode", "markdown", "escaped_html"):
            return self.raw_markup(layout, items)
        return super().text_items(layout, items, flattener)

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL2_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(spamgen.CLASSES) + "-" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
        tag = "div" if tag in ("ul", "ol") else tag
        if hiding == "marquee_zero":
            return '<marquee class="%s" style="position:absolute;width:0px" scrollamount="%d">%s</marquee>' % (
                cls, r.choice([2, 6, 99]), inner)
        if hiding == "svg_text":
            size = r.choice(['width="0" height="0"', 'width="1" height="1"', 'style="position:absolute;width:0;height:0"'])
            return '<svg class="%s" %s>%s</svg>' % (cls, size, inner)
        if hiding == "select_menu":
            return '<select class="%s" onchange="location=this.value">%s</select>' % (cls, inner)
        if hiding == "script_hide":  # shown by the markup, hidden by a script after it
            ident = cls.replace("-", "_")
            js = r.choice(['document.getElementById("%s").style.display="none";' % ident,
                           'jQuery("#%s").hide();' % ident])
            return '<%s id="%s">%s</%s><script>%s</script>' % (tag, ident, inner, tag, js)
        attrs = ' class="%s"' % cls
        if hiding == "box_1px":
            attrs += ' style="%s;width:1px;height:1px;overflow:hidden"' % r.choice(["display:inline-block", "float:left",
                                                                                 "position:absolute"])
        elif hiding == "opacity_inline":
            attrs += ' style="%s"' % r.choice(["opacity:0", "opacity:0.0;filter:alpha(opacity=0)", "opacity:.01"])
        elif hiding == "visibility_rule":
            head_rules.append(".%s{visibility:hidden%s}" % (cls, r.choice(["", ";height:0", ";position:absolute"])))
        elif hiding == "text_indent_rule":
            head_rules.append(".%s{display:block;text-indent:-9999px;white-space:nowrap;overflow:hidden}" % cls)
        elif hiding == "clip_path":
            attrs += ' style="position:absolute;clip-path:%s"' % r.choice(["inset(50%)", "inset(100%)",
                                                                           "polygon(0 0,0 0,0 0)"])
        elif hiding == "filter_opacity":
            attrs += ' style="filter:opacity(%s)"' % r.choice(["0", "0%"])
        return "<%s%s>%s</%s>" % (tag, attrs, inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def long_paragraph_ends(self, html):
        return [m.start() for m in re.finditer(r"</p>", html, re.I)
                if m.start() - html.rfind(">", 0, m.start()) > 150 and not self.in_raw(html, m.start())]

    def html_point(self, html, placement):
        r = self.rng
        if placement == "mid_paragraph":  # after a full stop inside an article paragraph, before the next sentence
            cands = []
            for end in self.long_paragraph_ends(html):
                start = html.rfind(">", 0, end) + 1
                for m in re.finditer(r"[a-z0-9)]\.(?= [A-Z])", html[start:end]):
                    if 40 < m.end() < end - start - 40:
                        cands.append(start + m.end())
            if len(cands) < 2:
                return None
            return cands[len(cands) // 3 + r.randrange(max(1, len(cands) // 3))], True
        if placement == "in_caption":  # at the end of a figure's caption
            cands = []
            for m in re.finditer(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", html, re.I | re.S):
                if re.search(r"[^\W\d_]{3}", re.sub(r"<[^>]+>", " ", m.group(1))) and not self.in_raw(html, m.start()):
                    cands.append(m.end(1))
            return (r.choice(cands), True) if cands else None
        if placement == "in_comments":  # a comment thread after the article's last paragraph
            ends = self.long_paragraph_ends(html)
            return (ends[-1] + 4, False) if ends else None
        if placement == "in_blockquote":  # inside a quotation block of the page's own
            cands = [m.start() for m in re.finditer(r"</blockquote\s*>", html, re.I) if not self.in_raw(html, m.start())]
            return (r.choice(cands), False) if cands else None
        if placement == "in_table_row":  # one more row of the page's own table
            cands = [m.start() for m in re.finditer(r"</table\s*>", html, re.I)
                     if not self.in_raw(html, m.start()) and re.search(r"<tr\b", html[max(0, m.start() - 3000):m.start()], re.I)]
            return (r.choice(cands), False) if cands else None
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        if placement == "mid_paragraph":
            cands = []
            for i, l in enumerate(lines):
                if len(l) > 200:
                    cands += [(i, m.end()) for m in re.finditer(r"[a-z0-9)]\.(?= [A-Z])", l)
                              if 40 < m.end() < len(l) - 40]
            if len(cands) < 2:
                return None
            i, col = cands[len(cands) // 3 + r.randrange(max(1, len(cands) // 3))]
            return i, ("at", col)
        if placement == "in_caption":
            cands = [i for i, l in enumerate(lines) if 0 < len(l.strip()) < 250 and CAPTION_LINE.search(l)]
            if not cands:
                return None
            i = r.choice(cands)
            return i, ("at", len(lines[i].rstrip()))
        if placement == "in_comments":
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            return (long_lines[-1], "after") if long_lines else None
        if placement in ("in_blockquote", "in_table_row"):
            return None  # a flattened page keeps no quotation blocks or table rows to write into
        return super().text_point(lines, placement)

    def honest_comments(self, n):
        """n honest comments, each by another reader, as (html, flattened text)."""
        r = self.rng
        out = []
        for who, says in zip(r.sample(banks5.COMMENTERS, n), r.sample(banks5.HONEST_COMMENTS, n)):
            when = r.choice(banks5.COMMENT_TIMES)
            out.append(('<article class="comment"><header><b>%s</b> <time>%s</time></header><p>%s</p></article>' % (
                self.esc(who), when, self.esc(says)), "%s · %s\n%s" % (who, when, says)))
        return out

    def spam_author(self):
        fam = self.cur[0] or ""
        return self.rng.choice(["Casino Guide", "Amil Baba", "Loan Expert", "best offers", "Crack Download",
                                "Mganga", "Call Girls"] if fam not in NOVEL2_FAMILIES else
                               {"ur_amil": ["Amil Baba", "Bangali Baba"], "sw_betting": ["Mganga wa kienyeji"],
                                "en_callgirls": ["Call Girls", "Escort Service"], "en_warez": ["Crack Download"]}
                               .get(fam, ["casino bonus", "best offers", "vip"]))

    def html_block(self, placement, pos, el):
        r = self.rng
        if placement == "in_table_row":
            pre, post = '<tr><td colspan="%d">' % r.randint(1, 3), "</td></tr>"
            return [(pos, pre, "frame", 0, 0), (pos, el, "spam", 0, len(el)), (pos, post, "frame", 0, 0)]
        if placement == "in_comments":  # the spam comment among honest ones (labelled as honest lookalikes)
            before, after = r.randint(0, 2), r.randint(0, 2)
            spam = '<b>%s</b> <time>%s</time></header>%s' % (self.esc(self.spam_author()), r.choice(banks5.COMMENT_TIMES), el)
            out = [(pos, '\n<section class="comments"><h3>%d comments</h3>' % (before + after + 1), "frame", 0, 0)]
            honest = [c for c, _ in self.honest_comments(before + after)]
            out += [(pos, c, "neg", 0, len(c)) for c in honest[:before]]
            out += [(pos, '<article class="comment"><header>', "frame", 0, 0), (pos, spam, "spam", 0, len(spam)),
                    (pos, "</article>", "frame", 0, 0)]
            out += [(pos, c, "neg", 0, len(c)) for c in honest[before:]]
            return out + [(pos, "</section>\n", "frame", 0, 0)]
        return super().html_block(placement, pos, el)

    def text_block(self, placement, point, flat):
        r = self.rng
        if placement == "in_comments":  # edits after one line come out in reverse order
            before, after = r.randint(0, 2), r.randint(0, 2)
            honest = [t for _, t in self.honest_comments(before + after)]
            thread = [("%d comments" % (before + after + 1), "frame")] + [(t, "neg") for t in honest[:before]]
            thread.append(("%s · %s\n%s" % (self.spam_author(), r.choice(banks5.COMMENT_TIMES), flat), "spam"))
            thread += [(t, "neg") for t in honest[before:]]
            return [(point[0], "after", t, k) for t, k in reversed(thread)]
        return super().text_block(placement, point, flat)

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return spamgen.NEG_KINDS + spamgen.NEG2_KINDS + spamgen.NOVEL_NEG_KINDS + NOVEL2_NEG_KINDS * 3

    def negative_placements(self, where):
        if where == "comments":
            return ["in_comments"]
        if where in ("prose", "caption"):
            return ["between_paragraphs", "after_headline"] if where == "prose" else ["between_paragraphs"]
        return ["sidebar", "after_footer", "body_start", "between_paragraphs", "before_footer"]

    def prose_part(self, paras, lang=None):
        """An honest lookalike of paragraphs, in a block marked with its language if given."""
        return ('<div lang="%s">' % lang if lang else "<div>") + "".join(
            "<p>%s</p>" % self.esc(p) for p in paras) + "</div>", paras, "prose"

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL2_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        prose = self.prose_part

        def own_links(labels, cls, sep=" "):
            return '<div class="%s">%s</div>' % (cls, sep.join(
                '<a href="https://%s/%s/">%s</a>' % (own_host, i, esc(t)) for i, t in enumerate(labels)))
        if kind == "novel2_prose":
            lang = r.choice(sorted(banks5.NOVEL2_PROSE))
            return prose(banks5.NOVEL2_PROSE[lang], lang)
        if kind in ("topic_prose2", "lottery_results", "betting_odds", "pharmacy_news", "mixed_script"):
            bank = {"topic_prose2": banks5.TOPIC_PROSE2, "lottery_results": banks5.LOTTERY_RESULTS,
                    "betting_odds": banks5.BETTING_ODDS, "pharmacy_news": banks5.PHARMACY_NEWS,
                    "mixed_script": banks5.MIXED_SCRIPT}[kind]
            return prose(r.sample(bank, r.randint(1, 3 if kind == "topic_prose2" else 2)))
        if kind == "format_prose":  # soft hyphens written raw or as &shy;
            paras = r.sample(banks5.FORMAT_PROSE, r.randint(1, 2))
            shy = r.random() < 0.5
            html = "<div>%s</div>" % "".join("<p>%s</p>" % (esc(p).replace("\u00ad", "&shy;") if shy else esc(p))
                                              for p in paras)
            return html, paras, "prose"
        if kind == "topic_tags":
            tags = r.sample(banks5.TOPIC_TAGS, r.randint(5, 9))
            return own_links(tags, "tags"), [" ".join(tags)], "links"
        if kind == "multilingual_footer":
            eds = r.sample(banks5.EDITIONS, r.randint(5, 10))
            note = r.choice(banks5.FOOTER_NOTES)
            sep = r.choice([" | ", " · ", " "])
            return (own_links(eds, "editions", sep) + "<p>%s</p>" % esc(note)), [sep.join(eds), note], "links"
        if kind == "comments_honest":
            thread = self.honest_comments(r.randint(2, 4))
            html = '<section class="comments"><h3>%d comments</h3>%s</section>' % (
                len(thread), "".join(c for c, _ in thread))
            return html, ["%d comments" % len(thread)] + [t for _, t in thread], "comments"
        if kind == "captions_honest":
            cap = r.choice(banks5.CAPTIONS)
            html = '<figure><img src="/images/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
                r.randint(100, 999), esc(cap))
            return html, [cap], "caption"
        if kind == "source_domains":
            doms = r.sample(banks5.SOURCE_DOMAINS, r.randint(3, 6))
            html = '<p class="sources">Sources: %s</p>' % ", ".join('<a href="https://%s/">%s</a>' % (d, d) for d in doms)
            return html, ["Sources: " + ", ".join(doms)], "links"
        if kind == "news_ticker":  # a visible ticker: an honest marquee
            heads = r.sample(banks5.TICKER, r.randint(2, 4))
            return ('<marquee class="ticker" scrollamount="4">%s</marquee>' % " · ".join(esc(h) for h in heads),
                    [" · ".join(heads)], "links")
        if kind == "edition_select":
            opts = r.choice(banks5.EDITION_OPTIONS)
            html = '<label>%s <select name="s">%s</select></label>' % (
                "Edition" if "edition" in opts[0] else "Archive", "".join("<option>%s</option>" % o for o in opts))
            return html, opts, "links"
        if kind == "svg_chart":
            labels = r.choice(banks5.CHART_LABELS)
            html = '<svg width="400" height="200" role="img">%s</svg>' % "".join(
                '<text x="%d" y="190">%s</text>' % (80 * i, esc(t)) for i, t in enumerate(labels))
            return html, [" ".join(labels)], "links"
        if kind == "sr_only_labels":  # honest visually hidden labels, by clip-path or a 1px box
            labels = r.sample(banks5.SR_LABELS, r.randint(2, 4))
            style = r.choice(["position:absolute;clip-path:inset(50%)",
                              "position:absolute;width:1px;height:1px;overflow:hidden"])
            html = '<div class="share">%s</div>' % "".join(
                '<a href="https://%s/share/%d"><span style="%s">%s</span></a>' % (own_host, i, style, esc(t))
                for i, t in enumerate(labels))
            return html, labels, "links"
        if kind == "cookie_script":  # an honest notice a script hides once accepted
            t = r.choice(banks5.COOKIE_NOTICES)
            html = ('<div id="cookie-notice">%s <button>Accept</button></div><script>if(localStorage.getItem("ok"))'
                    '{document.getElementById("cookie-notice").style.display="none";}</script>' % esc(t))
            return html, [t + " Accept"], "links"
        raise ValueError(kind)


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel2Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel2, prefix="w")
