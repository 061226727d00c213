"""The novel8 untouched tier (session 28; `spamgen.py --set novel8`, seed 97): families, languages and scripts, hiding
tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2 ...
novel7), designed from what injected SEO spam on hacked news and institutional sites looks like before session 28
changed anything, with honest lookalikes of its own (banks11). Every positive has a family, hiding trick, placement or
damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never run the
detector on it except to score it (the coordinator): totals only.

A subclass of novel7.Novel7Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import base64
import re

import banks11
import novel7

NOVEL8_FAMILIES = ["congo_lakes_betting", "indian_ocean_loans", "slavic_minor_pharma", "alpine_island_casino",
                   "siberian_loans", "script_lottery", "en_spy_hacker", "en_game_cheats", "en_puppy_sales",
                   "update_notes", "summary_links"]
NOVEL8_HIDINGS = ["alpha_zero_colour", "letter_spacing_crush", "calc_zero", "degenerate_matrix", "perspective_far",
                  "carousel_offslide", "data_stylesheet", "css_escaped_value", "where_selector_rule", "print_only"]
NOVEL8_PLACEMENTS = ["listen_bar", "weather_box", "markets_strip", "video_playlist", "classifieds", "dateline_meta"]
NOVEL8_DAMAGE = ["cherokee_letters", "camel_join", "accent_scatter"]
NOVEL8_LAYOUTS = ["bracket_tags", "quoted_phrases", "url_pairs"]
NOVEL8_NEG_KINDS = ["novel8_prose", "topic_prose8", "listen_honest", "weather_honest", "markets_honest",
                    "video_honest", "classifieds_honest", "dateline_honest", "update_honest", "summary_honest",
                    "bracket_honest", "quoted_honest", "url_pairs_honest", "camel_prose", "accent_prose",
                    "carousel_honest", "print_honest", "alpha_colour_honest", "letter_spacing_honest", "calc_honest",
                    "matrix_honest", "perspective_honest", "escaped_value_honest", "where_rule_honest"]

EARLIER_FAMILIES = novel7.EARLIER_FAMILIES + novel7.NOVEL7_FAMILIES
EARLIER_HIDINGS = novel7.EARLIER_HIDINGS + novel7.NOVEL7_HIDINGS
EARLIER_PLACEMENTS = novel7.EARLIER_PLACEMENTS + novel7.NOVEL7_PLACEMENTS
LATIN_FAMILIES = novel7.LATIN_FAMILIES + ["congo_lakes_betting", "indian_ocean_loans", "alpine_island_casino",
                                          "en_spy_hacker", "en_game_cheats", "en_puppy_sales"]
ONE_LANGUAGE_BANKS = {"congo_lakes_betting": banks11.CONGO_LAKES_BETTING,
                      "indian_ocean_loans": banks11.INDIAN_OCEAN_LOANS,
                      "slavic_minor_pharma": banks11.SLAVIC_MINOR_PHARMA,
                      "alpine_island_casino": banks11.ALPINE_ISLAND_CASINO, "siberian_loans": banks11.SIBERIAN_LOANS,
                      "script_lottery": banks11.SCRIPT_LOTTERY}
ENGLISH_BANKS = {"en_spy_hacker": banks11.SPY_HACKER, "en_game_cheats": banks11.GAME_CHEATS,
                 "en_puppy_sales": banks11.PUPPY_SALES}
# the families written in sentences: a menu, a list of options or a drawing's description would cut them up
SENTENCE_FAMILIES = novel7.SENTENCE_FAMILIES | {"update_notes", "summary_links"}
# Cherokee letters that draw like Latin capitals: the look-alikes of a script no earlier tier borrowed from
CHEROKEE = {"a": "\u13aa", "b": "\u13f4", "c": "\u13df", "d": "\u13a0", "e": "\u13ac", "g": "\u13c0",
            "h": "\u13bb", "i": "\u13c6", "j": "\u13ab", "k": "\u13e6", "l": "\u13de", "m": "\u13b7", "p": "\u13e2",
            "r": "\u13a1", "s": "\u13da", "t": "\u13a2", "v": "\u13d9", "w": "\u13b3", "z": "\u13c3"}
ACCENTED = {"a": "áàâäã", "e": "éèêë", "i": "íìîï", "o": "óòôöõ", "u": "úùûü", "c": "ç", "n": "ñ", "y": "ýÿ"}
QUOTES = [("“", "”"), ("«", "»"), ("„", "“"), ("\"", "\"")]


def is_novel8(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL8_FAMILIES or rec["hiding"] in NOVEL8_HIDINGS
            or rec["placement"] in NOVEL8_PLACEMENTS or rec["encoding_damage"] in NOVEL8_DAMAGE)


class Novel8Gen(novel7.Novel7Gen):
    """The generator of the novel8 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel7.Novel7Gen.FURNISHED + NOVEL8_PLACEMENTS

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL8_FAMILIES, NOVEL8_HIDINGS, NOVEL8_PLACEMENTS, NOVEL8_DAMAGE))
        if dmg in NOVEL8_DAMAGE or dmg in novel7.NOVEL7_DAMAGE or dmg in ("modifier_letters", "lisu_capitals",
                                                                         "sponge_case"):
            fam = r.choice(LATIN_FAMILIES)  # Latin letters to change
        if self.flattener and fam in ("update_notes", "summary_links"):
            fam = r.choice(sorted(ENGLISH_BANKS))  # flattened, their only spam (the addresses) is gone
        if pl == "img_alt":
            hid = "none"
            if fam == "hidden_links":
                fam = r.choice(NOVEL8_FAMILIES)
        if fam in SENTENCE_FAMILIES and hid in ("select_menu", "svg_text", "datalist_options", "hidden_input"):
            hid = r.choice(["alpha_zero_colour", "calc_zero", "carousel_offslide", "where_selector_rule"])
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks11, 0.3, 99)

    def slug_url(self, slugs=banks11.SPAM_SLUGS):
        """A spam address whose slug alone names the product (this tier's slugs by default)."""
        return super().slug_url(slugs)

    def novel8_phrases(self, family):
        r = self.rng
        n = r.randint(5, 12)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
        else:
            words = ENGLISH_BANKS[family]
        return [r.choice(words) for _ in range(n)]

    def update_notes(self):
        """Update and correction notes about the page's own words, whose plain anchor leads to the spam."""
        r = self.rng
        keys = self.own_words(6)
        out = []
        for t in [r.choice(banks11.UPDATE_TEMPLATES) for _ in range(r.randint(1, 3))]:
            pre, post = t.format(time=r.choice(banks11.UPDATE_TIMES), w=r.choice(keys), v=r.choice(keys),
                                 a="\0").split("\0")
            out += [(pre.rstrip(), None), (r.choice(banks11.UPDATE_ANCHORS), self.slug_url()), (post.lstrip(), None)]
        return [(t, h) for t, h in out if t]

    def summary(self):
        """A summary of the page's own sentences, one of each sentence's words a link to the spam."""
        r = self.rng
        sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", self.body) if 60 <= len(s.strip()) <= 240]
        if len(sents) < 2:
            sents = [s.strip() for c in r.sample(self.html, 3) for s in re.split(r"(?<=[.!?])\s+", c[2])
                     if 60 <= len(s.strip()) <= 240] or ["The council met on Monday to discuss the plan."]
        out = [(r.choice(banks11.SUMMARY_HEADINGS) + ":", None)]
        for s in r.sample(sents, min(len(sents), r.randint(2, 3))):
            words = s.split(" ")
            long_ones = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()] or [0]
            i = r.choice(long_ones)
            out += [(" ".join(words[:i]), None), (words[i], self.slug_url()), (" ".join(words[i + 1:]), None)]
        return [(t, h) for t, h in out if t]

    def spam_block(self, family, split):
        r = self.rng
        if family == "update_notes":
            return "prose", self.update_notes()
        if family == "summary_links":
            return "prose", self.summary()
        if family not in NOVEL8_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "br_lines", "ol", "ranked_list", "ticker_line") and r.random() < 0.4:
                layout = r.choice(NOVEL8_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL8_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "ranked_list"])
        link_share = {"bracket_tags": 0.7, "quoted_phrases": 0.5, "url_pairs": 1.0, "sep_line": 0.4, "ul": 0.9,
                      "br_lines": 0.6, "ranked_list": 0.8}[layout]
        items = [(p, (self.slug_url(banks11.ENGLISH_SLUGS[family]) if family in ENGLISH_BANKS and r.random() < 0.5 else
                      "https://" + self.host() + "/" + r.choice(["", "", "go/", "?ref=%d" % r.randint(1, 999)]))
                  if r.random() < link_share else None) for p in self.novel8_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "cherokee_letters":  # longer words in capitals, Cherokee look-alikes for most of their letters
            def cherokee(m):
                return "".join(CHEROKEE.get(c, c.upper()) if r.random() < 0.7 else c.upper()
                               for c in m.group().lower())
            return [(re.sub(r"[A-Za-z]{4,}", cherokee, t), h) for t, h in items]
        if dmg == "camel_join":  # the words of a phrase run together, each capitalised, as in a slug or a hashtag
            return [(re.sub(r"\s+", "", t.title()), h) for t, h in items]
        if dmg == "accent_scatter":  # about a third of the vowels and some consonants given accents they do not take
            def accent(c):
                forms = ACCENTED.get(c)
                return r.choice(forms) if forms and r.random() < 0.35 else c
            return [("".join(accent(c) for c in t), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout not in NOVEL8_LAYOUTS or pl == "img_alt" or hid in (
                "select_menu", "svg_text", "datalist_options", "hidden_input"):
            return super().html_items(layout if layout not in NOVEL8_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "bracket_tags":
            return '<p class="labels">%s</p>' % " ".join("[%s]" % a(t, h) for t, h in items), "div"
        if layout == "quoted_phrases":
            o, c = self.rng.choice(QUOTES)
            return '<p class="quotes">%s</p>' % ", ".join(o + a(t, h) + c for t, h in items), "div"
        return '<div class="refs">%s</div>' % "".join(  # url_pairs: each phrase with its address written out
            "<p>%s — %s</p>" % (a(t, h), self.esc(re.sub(r"^https?://", "", h or "https://" + self.host() + "/")))
            for t, h in items), "div"

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL8_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL8_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "bracket_tags":
            return " ".join("[%s]" % t for t, _ in items)
        if layout == "quoted_phrases":
            o, c = self.rng.choice(QUOTES)
            return ", ".join(o + t + c for t, _ in items)
        return "\n".join("%s — %s" % (t, re.sub(r"^https?://", "", h or "https://" + self.host() + "/"))
                         for t, h in items)

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL8_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["blk", "unit", "mod", "c-row", "tile", "seg", "pane", "strip"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt", "datalist") else tag
        if hiding == "carousel_offslide":  # the second slide of a carousel that never moves: clipped to the right
            return ('<div class="%s" style="overflow:hidden;white-space:nowrap"><div class="slide" style="display:'
                    'inline-block;width:100%%"><img src="/img/slide1.jpg" alt=""></div><%s class="slide" style="'
                    'display:inline-block;width:100%%;white-space:normal;vertical-align:top">%s</%s></div>'
                    % (cls, tag, inner, tag))
        if hiding == "data_stylesheet":  # the hiding rule in a stylesheet written as a data: address, in the body
            rule = ".%s{display:none}" % cls
            sheet = r.choice(['<link rel="stylesheet" href="data:text/css,%s">' % rule.replace("{", "%7B").replace(
                "}", "%7D"), '<style>@import url("data:text/css;base64,%s");</style>' % base64.b64encode(
                rule.encode()).decode()])
            return '%s<%s class="%s">%s</%s>' % (sheet, tag, cls, inner, tag)
        if hiding == "css_escaped_value":  # the hiding value spelled with CSS escapes
            value = r.choice(["display:\\6e one", "display:n\\6f ne", "visibility:\\68 idden;position:absolute",
                              "display:\\000006e\\000006f\\000006e\\0000065"])
            if r.random() < 0.5:
                head_rules.append(".%s{%s}" % (cls, value))
                return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
            return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, value, inner, tag)
        if hiding == "where_selector_rule":  # found by a selector built from :where, :is or a double :not
            head_rules.append(r.choice([":where(.%s){display:none}", ":is(div,p,span).%s{display:none}",
                                        ":not(:not(.%s)){display:none}", "[class~=\"%s\"]{display:none}"]) % cls)
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "print_only":  # hidden on screen, shown only when the page is printed
            head_rules.append(".%s{display:none}@media print{.%s{display:block}}" % (cls, cls))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        style = {"alpha_zero_colour": r.choice(["color:#0000", "color:#ffffff00", "color:rgb(0 0 0 / 0%)",
                                                "color:hsla(0,0%,0%,0)", "color:rgba(255,255,255,0)"]),
                 "letter_spacing_crush": r.choice(["letter-spacing:-1em;word-spacing:-1em",
                                                   "letter-spacing:-9999px", "letter-spacing:-.62em;word-spacing:-2em"]),
                 "calc_zero": r.choice(["font-size:calc(1px - 1px)", "font-size:min(0px,1em)",
                                        "height:calc(0px);overflow:hidden", "max-height:clamp(0px,0vh,0px);overflow:hidden",
                                        "opacity:calc(1 - 1)"]),
                 "degenerate_matrix": r.choice(["transform:matrix(0,0,0,0,0,0)", "transform:scale3d(0,0,1)",
                                                "transform:skewX(90deg)", "transform:matrix(1,0,0,0,0,0)"]),
                 "perspective_far": r.choice(["transform:perspective(100px) translateZ(200px)",
                                              "transform:perspective(10px) translateZ(-99999px)",
                                              "transform:perspective(50px) translate3d(0,0,60px)"])}[hiding]
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in NOVEL8_PLACEMENTS:
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            if placement in ("listen_bar", "dateline_meta"):  # right before the article's first paragraph
                i = html.lower().rfind("<p", 0, ends[0])
                return (i, False) if i >= 0 else None
            if placement == "markets_strip":
                return ends[0] + 4, False
            if placement in ("video_playlist", "classifieds"):
                return ends[-1] + 4, False
            return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        if placement in NOVEL8_PLACEMENTS:
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            if len(long_lines) < 2:
                return None
            if placement in ("listen_bar", "dateline_meta"):
                return long_lines[0], "before"
            if placement == "markets_strip":
                return long_lines[0], "after"
            if placement in ("video_playlist", "classifieds"):
                return long_lines[-1], "after"
            return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL8_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        if placement == "listen_bar":
            t = r.choice(banks11.LISTEN_BAR)
            return ('<div class="audio-player"><button type="button">▶</button> <span>%s</span> ' % t, "</div>",
                    "▶ " + t)
        if placement == "dateline_meta":
            d, u = r.choice(banks11.DATELINES), r.choice(banks11.UPDATED_LINES)
            return ('<div class="article-meta"><time>%s</time> · <time>%s</time> · ' % (d, u), "</div>",
                    "%s · %s" % (d, u))
        if placement == "weather_box":
            rows = banks11.WEATHER
            return ('<aside class="weather"><h3>Weather</h3><dl>%s<dt>Outlook</dt><dd>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % row for row in rows), "</dd></dl></aside>",
                "Weather\n" + "\n".join("%s: %s" % row for row in rows))
        if placement == "markets_strip":
            quotes = r.sample(banks11.MARKETS, 3)
            return ('<div class="markets"><span>Markets</span> %s ' % " ".join("<span>%s</span>" % q for q in quotes),
                    "</div>", "Markets " + " ".join(quotes))
        if placement == "video_playlist":
            titles = r.sample(banks11.VIDEO_TITLES, 2)
            return ('<section class="videos"><h3>Videos</h3><ul>%s<li>' % "".join(
                '<li><a href="/video/%d/">%s</a></li>' % (i + 1, t) for i, t in enumerate(titles)),
                "</li></ul></section>", "Videos\n" + "\n".join(titles))
        ads = r.sample(banks11.CLASSIFIED_ADS, 2)  # classifieds
        return ('<section class="classifieds"><h3>Classifieds</h3>%s<div class="ad">' % "".join(
            '<div class="ad">%s</div>' % t for t in ads), "</div></section>", "Classifieds\n" + "\n".join(ads))

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL8_NEG_KINDS * 40

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL8_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        if kind == "novel8_prose":
            lang = r.choice(sorted(banks11.NOVEL8_PROSE))
            return self.prose_part(banks11.NOVEL8_PROSE[lang], lang)
        if kind == "topic_prose8":
            return self.prose_part(r.sample(banks11.TOPIC_PROSE8, r.randint(1, 3)))
        if kind == "camel_prose":
            return self.prose_part([r.choice(banks11.CAMEL_PROSE)])
        if kind == "accent_prose":
            return self.prose_part([r.choice(banks11.ACCENT_PROSE)])
        if kind == "listen_honest":
            t = r.choice(banks11.LISTEN_BAR)
            return ('<div class="audio-player"><button type="button">▶</button> <span>%s</span></div>' % t,
                    ["▶ " + t], "links")
        if kind == "dateline_honest":
            d, u = r.choice(banks11.DATELINES), r.choice(banks11.UPDATED_LINES)
            return ('<div class="article-meta"><time>%s</time> · <time>%s</time></div>' % (d, u),
                    ["%s · %s" % (d, u)], "links")
        if kind == "weather_honest":
            rows = banks11.WEATHER_HONEST
            return ('<aside class="weather"><h3>Weather</h3><dl>%s</dl></aside>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % (esc(k), esc(v)) for k, v in rows),
                ["Weather"] + ["%s: %s" % row for row in rows], "links")
        if kind == "markets_honest":
            quotes = r.sample(banks11.MARKETS_HONEST, 4)
            return ('<div class="markets"><span>Markets</span> %s</div>' % " ".join(
                "<span>%s</span>" % q for q in quotes), ["Markets " + " ".join(quotes)], "links")
        if kind == "video_honest":
            titles = r.sample(banks11.VIDEO_HONEST, 3)
            return ('<section class="videos"><h3>Videos</h3><ul>%s</ul></section>' % "".join(
                "<li>%s</li>" % self.own_link(own_host, t) for t in titles), ["Videos"] + titles, "links")
        if kind == "classifieds_honest":
            ads = r.sample(banks11.CLASSIFIED_HONEST, 3)
            return ('<section class="classifieds"><h3>Classifieds</h3>%s</section>' % "".join(
                '<div class="ad">%s</div>' % esc(t) for t in ads), ["Classifieds"] + ads, "links")
        if kind == "update_honest":
            t = r.choice(banks11.UPDATE_HONEST)
            return '<p class="update"><em>%s</em></p>' % esc(t), [t], "prose"
        if kind == "summary_honest":  # the page's own summary, its links to its own site
            t = r.choice(banks11.TOPIC_PROSE8)
            return ('<div class="summary"><h3>In short</h3><p>%s %s</p></div>' % (
                esc(t), self.own_link(own_host, "Read more")), ["In short", t + " Read more"], "prose")
        if kind == "bracket_honest":
            t = r.choice(banks11.BRACKET_HONEST)
            return '<p class="labels">%s</p>' % esc(t), [t], "links"
        if kind == "quoted_honest":
            t = r.choice(banks11.QUOTED_HONEST)
            return '<h3 class="quotes">%s</h3>' % esc(t), [t], "prose"
        if kind == "url_pairs_honest":
            rows = r.choice(banks11.URL_PAIRS_HONEST)
            return '<div class="refs">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in rows), rows, "links"
        if kind == "carousel_honest":  # a real carousel: its second slide is an honest caption, clipped until swiped
            a, b = r.sample(banks11.CAROUSEL_CAPTIONS, 2)
            return ('<div class="carousel" style="overflow:hidden;white-space:nowrap"><div style="display:'
                    'inline-block;width:100%%;white-space:normal">%s</div><div style="display:inline-block;width:100%%;'
                    'white-space:normal">%s</div></div>' % (esc(a), esc(b)), [a, b], "prose")
        if kind == "print_honest":  # a note shown only on paper
            t = r.choice(banks11.PRINT_NOTES)
            return ('<style>.print-note{display:none}@media print{.print-note{display:block}}</style>'
                    '<p class="print-note">%s</p>' % esc(t), [t], "links")
        t = r.choice(banks11.TOPIC_PROSE8)
        style = {"alpha_colour_honest": "color:rgb(0 0 0 / 72%)", "letter_spacing_honest": "letter-spacing:.08em",
                 "calc_honest": "font-size:calc(1rem + .2vw)", "matrix_honest": "transform:matrix(1,0,0,1,0,0)",
                 "perspective_honest": "transform:perspective(600px) rotateY(6deg)",
                 "escaped_value_honest": "font-family:\\47 eorgia,serif"}.get(kind)
        if style:
            return '<p style="%s">%s</p>' % (style, esc(t)), [t], "prose"
        # where_rule_honest: a low-specificity rule that only spaces the text
        return ('<style>:where(.story-body) p{margin:0 0 1em}</style><div class="story-body"><p>%s</p></div>' % esc(t),
                [t], "prose")


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel8Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel8, prefix="q")
