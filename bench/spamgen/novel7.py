"""The novel7 untouched tier (session 27; `spamgen.py --set novel7`, seed 83): families, languages and scripts, hiding
tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2 ...
novel6), designed from what injected SEO spam on hacked news and institutional sites looks like before session 27
changed anything, with honest lookalikes of its own (banks10). Every positive has a family, hiding trick, placement or
damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never run the
detector on it except to score it (the coordinator): totals only.

A subclass of novel6.Novel6Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import re

import banks10
import novel6

NOVEL7_FAMILIES = ["sahel_betting", "southern_africa_loans", "horn_crypto", "west_romance_replica", "arctic_iptv",
                   "classical_essay", "en_game_currency", "en_backlinks", "en_counterfeit_cash", "credit_links",
                   "glossary_links"]
NOVEL7_HIDINGS = ["contain_size", "backface_hidden", "foreign_object", "adjacent_rule", "colour_function_white",
                  "registered_property", "filter_whiteout", "margin_pull", "flex_zero_basis", "ellipsis_width"]
NOVEL7_PLACEMENTS = ["most_read", "event_box", "photo_gallery", "promoted_grid", "translation_bar", "tip_line"]
NOVEL7_DAMAGE = ["disemvowel", "transposed_letters", "regional_letters"]
NOVEL7_LAYOUTS = ["ranked_list", "ticker_line", "arrow_chain"]
NOVEL7_NEG_KINDS = ["novel7_prose", "topic_prose7", "most_read_honest", "event_honest", "gallery_honest",
                    "promoted_honest", "translation_honest", "tip_line_honest", "credits_honest", "glossary_honest",
                    "ranked_honest", "ticker_honest", "arrow_honest", "flag_prose", "abbreviated_prose",
                    "flip_card_honest", "chart_label_honest", "contain_honest", "adjacent_rule_honest",
                    "colour_function_honest", "filter_honest", "ellipsis_honest"]

EARLIER_FAMILIES = novel6.EARLIER_FAMILIES + novel6.NOVEL6_FAMILIES
EARLIER_HIDINGS = novel6.EARLIER_HIDINGS + novel6.NOVEL6_HIDINGS
EARLIER_PLACEMENTS = novel6.EARLIER_PLACEMENTS + novel6.NOVEL6_PLACEMENTS
LATIN_FAMILIES = novel6.LATIN_FAMILIES + ["southern_africa_loans", "west_romance_replica", "en_game_currency",
                                          "en_backlinks", "en_counterfeit_cash"]
ONE_LANGUAGE_BANKS = {"sahel_betting": banks10.SAHEL_BETTING, "southern_africa_loans": banks10.SOUTHERN_AFRICA_LOANS,
                      "horn_crypto": banks10.HORN_CRYPTO, "west_romance_replica": banks10.WEST_ROMANCE_REPLICA,
                      "arctic_iptv": banks10.ARCTIC_IPTV, "classical_essay": banks10.CLASSICAL_ESSAY}
ENGLISH_BANKS = {"en_game_currency": banks10.GAME_CURRENCY, "en_backlinks": banks10.BACKLINKS,
                 "en_counterfeit_cash": banks10.COUNTERFEIT_CASH}
# the families written in sentences: a menu, a list of options or a drawing's description would cut them up
SENTENCE_FAMILIES = novel6.SENTENCE_FAMILIES | {"credit_links", "glossary_links"}
VOWELS = set("aeiouAEIOU")
TICKER_MARKS = [" • ", " ◆ ", " ▸ ", " ⬤ "]
ARROWS = [" → ", " » ", " ➜ ", " ⇒ "]


def is_novel7(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL7_FAMILIES or rec["hiding"] in NOVEL7_HIDINGS
            or rec["placement"] in NOVEL7_PLACEMENTS or rec["encoding_damage"] in NOVEL7_DAMAGE)


class Novel7Gen(novel6.Novel6Gen):
    """The generator of the novel7 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel6.Novel6Gen.FURNISHED + NOVEL7_PLACEMENTS

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL7_FAMILIES, NOVEL7_HIDINGS, NOVEL7_PLACEMENTS, NOVEL7_DAMAGE))
        if dmg in NOVEL7_DAMAGE or dmg in ("modifier_letters", "lisu_capitals", "sponge_case") or (
                dmg == "blank_letters" and fam in novel6.novel5.UNSPACED_FAMILIES):
            fam = r.choice(LATIN_FAMILIES)  # Latin letters to change, or spaces to fill
        if pl == "img_alt":
            hid = "none"
            if fam == "hidden_links":
                fam = r.choice(NOVEL7_FAMILIES)
        if fam in SENTENCE_FAMILIES and hid in ("select_menu", "svg_text", "datalist_options", "hidden_input"):
            hid = r.choice(["contain_size", "backface_hidden", "adjacent_rule", "flex_zero_basis"])
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks10, 0.3, 99)

    def slug_url(self, slugs=banks10.SPAM_SLUGS):
        """A spam address whose slug alone names the product."""
        return "https://" + self.host() + "/" + self.rng.choice(slugs) + "/"

    def novel7_phrases(self, family):
        r = self.rng
        n = r.randint(5, 12)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
        else:
            words = ENGLISH_BANKS[family]
        return [r.choice(words) for _ in range(n)]

    def credits(self):
        """Picture and graphic credits whose names link to the spam; no spam word in the text."""
        r = self.rng
        out = []
        for _ in range(r.randint(2, 5)):
            out.append((r.choice(banks10.CREDIT_ROLES) + ":", None))
            out.append((r.choice(banks10.CREDIT_NAMES), self.slug_url()))
            out.append(("/ " + r.choice(banks10.CREDIT_SOURCES) + ".", None))
        return out

    def glossary(self):
        """A glossary of the page's own words, each entry's plain anchor leading to the spam."""
        r = self.rng
        keys = self.own_words(6)
        out = [(r.choice(["Glossary", "Key terms", "Explainer: the words in this story"]), None)]
        for t in [r.choice(banks10.GLOSSARY_DEFINITIONS) for _ in range(r.randint(2, 4))]:
            w, v = r.choice(keys), r.choice(keys)
            pre, post = t.format(W=w.capitalize(), v=v, a="\0").split("\0")
            out += [(pre.rstrip(), None), (r.choice(banks10.GLOSSARY_ANCHORS), self.slug_url()), (post.lstrip(), None)]
        return [(t, h) for t, h in out if t]

    def spam_block(self, family, split):
        r = self.rng
        if family == "credit_links":
            return "prose", self.credits()
        if family == "glossary_links":
            return "prose", self.glossary()
        if family not in NOVEL7_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "br_lines", "ol", "checklist", "card_grid") and r.random() < 0.4:
                layout = r.choice(NOVEL7_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL7_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "checklist"])
        link_share = {"ranked_list": 0.8, "ticker_line": 0.6, "arrow_chain": 0.9, "sep_line": 0.4, "ul": 0.9,
                      "br_lines": 0.6, "checklist": 0.6}[layout]
        items = [(p, (self.slug_url(banks10.FAMILY_SLUGS[family]) if family in ENGLISH_BANKS and r.random() < 0.5 else
                      "https://" + self.host() + "/" + r.choice(["", "", "go/", "?aff=%d" % r.randint(1, 999)]))
                  if r.random() < link_share else None) for p in self.novel7_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "disemvowel":  # the vowels after a word's first letter dropped, as forum spam writes it
            return [(re.sub(r"[^\W\d_]{4,}", lambda m: m.group()[0] + "".join(
                c for c in m.group()[1:] if c not in VOWELS), t), h) for t, h in items]
        if dmg == "transposed_letters":  # two inner letters of each longer word swapped
            def swap(m):
                w = m.group()
                i = r.randrange(1, len(w) - 2)
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            return [(re.sub(r"[^\W\d_]{4,}", swap, t), h) for t, h in items]
        if dmg == "regional_letters":  # longer words spelled in regional-indicator symbols (pairs draw as flags)
            def flag(m):
                w = m.group()
                if r.random() < 0.5 or not w.isascii():
                    return w
                return "".join(chr(0x1F1E6 + ord(c) - 97) for c in w.lower())
            return [(re.sub(r"[^\W\d_]{4,}", flag, t), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout not in NOVEL7_LAYOUTS or pl == "img_alt" or hid in (
                "select_menu", "svg_text", "datalist_options", "hidden_input"):
            return super().html_items(layout if layout not in NOVEL7_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "ranked_list":
            return '<div class="ranking">%s</div>' % "".join(
                "<p><b>#%d</b> %s</p>" % (i + 1, a(t, h)) for i, (t, h) in enumerate(items)), "div"
        if layout == "ticker_line":
            return '<div class="ticker">%s</div>' % self.rng.choice(TICKER_MARKS).join(a(t, h) for t, h in items), \
                "div"
        return '<p class="path">%s</p>' % self.rng.choice(ARROWS).join(a(t, h) for t, h in items), "div"

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL7_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL7_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "ranked_list":
            return "\n".join("#%d %s" % (i + 1, t) for i, (t, _) in enumerate(items))
        if layout == "ticker_line":
            return self.rng.choice(TICKER_MARKS).join(t for t, _ in items)
        return self.rng.choice(ARROWS).join(t for t, _ in items)

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL7_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["box", "item", "wp-el", "c-card", "zone", "part", "cell", "band"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt", "datalist") else tag
        if hiding == "foreign_object":  # HTML inside an icon's zero-sized foreignObject: the icon drawn, not the HTML
            return ('<svg class="%s" width="24" height="24" viewBox="0 0 24 24"><path d="M4 12h16"/><foreignObject '
                    'width="0" height="0"><%s xmlns="http://www.w3.org/1999/xhtml">%s</%s></foreignObject></svg>'
                    % (cls, tag, inner, tag))
        if hiding == "adjacent_rule":  # no class on the block: the rule reaches it from an empty marker before it
            head_rules.append(".%s+%s{display:none}" % (cls, tag))
            return '<i class="%s"></i><%s>%s</%s>' % (cls, tag, inner, tag)
        if hiding == "registered_property":  # a registered custom property never set, whose initial value hides
            prop = "--" + cls.split("-")[-1]
            head_rules.append(r.choice([
                "@property %s{syntax:'<number>';inherits:false;initial-value:0} .%s{opacity:var(%s)}",
                "@property %s{syntax:'<length>';inherits:false;initial-value:0px} .%s{font-size:var(%s)}"])
                % (prop, cls, prop))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "flex_zero_basis":  # a flex item that may not grow from a zero basis, its overflow clipped
            return ('<div class="%s" style="display:flex"><div style="flex:0 0 0;min-width:0;overflow:hidden">'
                    '<%s>%s</%s></div></div>' % (cls, tag, inner, tag))
        style = {"contain_size": r.choice(["contain:size;overflow:hidden", "contain:strict",
                                           "contain:size layout paint"]),
                 "backface_hidden": r.choice(["transform:rotateY(180deg);backface-visibility:hidden",
                                              "transform:rotateX(180deg);backface-visibility:hidden"]),
                 "colour_function_white": r.choice(["color:color-mix(in srgb,#fff 100%,#000)",
                                                    "color:light-dark(#fff,#111);color-scheme:light",
                                                    "color:rgb(from #fff r g b)", "color:hsl(0 0% 100%)",
                                                    "color:oklch(100% 0 0)"]),
                 "filter_whiteout": r.choice(["filter:brightness(0) invert(1)", "filter:contrast(0) brightness(10)",
                                              "filter:grayscale(1) brightness(0) invert(1)"]),
                 "margin_pull": r.choice(["float:left;width:100%;margin-left:-300vw",
                                          "position:relative;margin-top:-500vh",
                                          "display:inline-block;width:40ch;margin-inline-start:-9999px"]),
                 "ellipsis_width": r.choice(["display:inline-block;width:0;white-space:nowrap;overflow:hidden;"
                                             "text-overflow:ellipsis",
                                             "display:block;max-width:1px;white-space:nowrap;overflow:hidden;"
                                             "text-overflow:clip"])}[hiding]
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in NOVEL7_PLACEMENTS:
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            if placement == "translation_bar":  # right before the article's first paragraph
                i = html.lower().rfind("<p", 0, ends[0])
                return (i, False) if i >= 0 else None
            if placement == "photo_gallery":
                return ends[0] + 4, False
            if placement in ("promoted_grid", "tip_line"):
                return ends[-1] + 4, False
            return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        if placement in NOVEL7_PLACEMENTS:
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            if len(long_lines) < 2:
                return None
            if placement == "translation_bar":
                return long_lines[0], "before"
            if placement == "photo_gallery":
                return long_lines[0], "after"
            if placement in ("promoted_grid", "tip_line"):
                return long_lines[-1], "after"
            return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL7_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        if placement == "most_read":
            titles = r.choice(banks10.MOST_READ)
            return ('<aside class="most-read"><h3>Most read</h3><ol>%s<li>' % "".join(
                '<li><a href="/news/%d/">%s</a></li>' % (i + 1, t) for i, t in enumerate(titles)), "</li></ol></aside>",
                "Most read\n" + "\n".join(titles))
        if placement == "event_box":
            rows = banks10.EVENT_DETAILS
            return ('<div class="event-info"><h3>Event details</h3><dl>%s<dt>More</dt><dd>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % row for row in rows), "</dd></dl></div>",
                "Event details\n" + "\n".join("%s: %s" % row for row in rows))
        if placement == "photo_gallery":
            cap = r.choice(banks10.GALLERY_CAPTIONS)
            n = r.randint(5, 12)
            return ('<div class="gallery"><figure><img src="/img/g1.jpg" alt=""><figcaption>1 of %d. %s</figcaption>'
                    '</figure><figure><img src="/img/g2.jpg" alt=""><figcaption>2 of %d. ' % (n, cap, n),
                    "</figcaption></figure></div>", "1 of %d. %s\n2 of %d." % (n, cap, n))
        if placement == "promoted_grid":
            titles = r.sample(banks10.PROMOTED_TITLES, 2)
            return ('<div class="promoted"><h3>Promoted stories</h3><ul>%s<li>' % "".join(
                "<li>%s</li>" % t for t in titles), "</li></ul></div>", "Promoted stories\n" + "\n".join(titles))
        if placement == "translation_bar":
            langs = r.sample(banks10.TRANSLATION_LANGS, 3)
            return ('<div class="translations">Read in: %s ' % " ".join(
                '<a href="/%s/" hreflang="%s">%s</a>' % (c, c, n) for n, c in langs), "</div>",
                "Read in: " + " ".join(n for n, _ in langs))
        tip = r.choice(banks10.TIP_LINES)  # tip_line
        return ('<aside class="tips"><p>%s</p>' % tip, '<a href="mailto:newsdesk@example.org">Email us</a></aside>',
                tip)

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL7_NEG_KINDS * 20

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL7_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        if kind == "novel7_prose":
            lang = r.choice(sorted(banks10.NOVEL7_PROSE))
            return self.prose_part(banks10.NOVEL7_PROSE[lang], lang)
        if kind == "topic_prose7":
            return self.prose_part(r.sample(banks10.TOPIC_PROSE7, r.randint(1, 3)))
        if kind == "flag_prose":
            return self.prose_part([r.choice(banks10.FLAG_PROSE)])
        if kind == "abbreviated_prose":
            return self.prose_part([r.choice(banks10.ABBREVIATED_PROSE)])
        if kind == "most_read_honest":
            titles = r.choice(banks10.MOST_READ)
            return ('<aside class="most-read"><h3>Most read</h3><ol>%s</ol></aside>' % "".join(
                "<li>%s</li>" % self.own_link(own_host, t) for t in titles), ["Most read"] + titles, "links")
        if kind == "event_honest":
            rows = banks10.EVENT_DETAILS
            return ('<div class="event-info"><h3>Event details</h3><dl>%s</dl></div>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % (esc(k), esc(v)) for k, v in rows),
                ["Event details"] + ["%s: %s" % row for row in rows], "prose")
        if kind == "gallery_honest":
            caps = banks10.GALLERY_CAPTIONS
            return ('<div class="gallery">%s</div>' % "".join(
                '<figure><img src="/img/g%d.jpg" alt=""><figcaption>%d of %d. %s</figcaption></figure>' % (
                    i + 1, i + 1, len(caps), esc(c)) for i, c in enumerate(caps)),
                ["%d of %d. %s" % (i + 1, len(caps), c) for i, c in enumerate(caps)], "prose")
        if kind == "promoted_honest":
            titles = r.sample(banks10.PROMOTED_TITLES, 3)
            return ('<div class="promoted"><h3>More from us</h3><ul>%s</ul></div>' % "".join(
                "<li>%s</li>" % self.own_link(own_host, t) for t in titles), ["More from us"] + titles, "links")
        if kind == "translation_honest":
            langs = r.sample(banks10.TRANSLATION_LANGS, 3)
            return ('<div class="translations">Read in: %s</div>' % " ".join(
                '<a href="https://%s/%s/" hreflang="%s">%s</a>' % (own_host, c, c, n) for n, c in langs),
                ["Read in: " + " ".join(n for n, _ in langs)], "links")
        if kind == "tip_line_honest":
            tip = r.choice(banks10.TIP_LINES)
            return ('<aside class="tips"><p>%s</p><a href="mailto:newsdesk@%s">Email us</a></aside>' % (
                esc(tip), own_host), [tip, "Email us"], "links")
        if kind == "credits_honest":
            role, who = r.choice(banks10.CREDITS_HONEST)
            return '<p class="credit">%s: %s</p>' % (role, esc(who)), ["%s: %s" % (role, who)], "prose"
        if kind == "glossary_honest":
            entries = banks10.GLOSSARY_HONEST
            return ('<section class="glossary"><h3>Key terms</h3><dl>%s</dl></section>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % (esc(t), esc(d)) for t, d in entries),
                ["Key terms"] + ["%s: %s" % e for e in entries], "prose")
        if kind == "ranked_honest":
            rows = r.choice(banks10.RANKED_HONEST)
            return '<div class="ranking">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in rows), rows, "prose"
        if kind == "ticker_honest":
            t = r.choice(banks10.TICKER_HONEST)
            return '<div class="ticker">%s</div>' % esc(t), [t], "links"
        if kind == "arrow_honest":
            t = r.choice(banks10.ARROW_HONEST)
            return '<p class="path">%s</p>' % esc(t), [t], "links"
        if kind == "flip_card_honest":  # a myth/fact card whose back face is hidden until it is turned
            front, back = r.choice(banks10.FLIP_BACKS)
            return ('<div class="flip"><p class="front">%s</p><p class="back" style="transform:rotateY(180deg);'
                    'backface-visibility:hidden">%s</p></div>' % (esc(front), esc(back)), [front, back], "prose")
        if kind == "chart_label_honest":  # a chart's title drawn through a foreignObject that has a size
            t = r.choice(banks10.CHART_LABELS)
            return ('<svg width="320" height="40" viewBox="0 0 320 40"><foreignObject width="320" height="40">'
                    '<p xmlns="http://www.w3.org/1999/xhtml">%s</p></foreignObject></svg>' % esc(t), [t], "prose")
        if kind == "contain_honest":  # containment for speed on a box that has a size
            t = r.choice(banks10.TOPIC_PROSE7)
            return ('<div style="contain:layout paint;min-height:4em"><p>%s</p></div>' % esc(t), [t], "prose")
        if kind == "adjacent_rule_honest":  # a sibling rule that only spaces the text
            t = r.choice(banks10.TOPIC_PROSE7)
            return ('<style>.standfirst+p{margin-top:0}</style><p class="standfirst">In brief</p><p>%s</p>' % esc(t),
                    ["In brief", t], "prose")
        if kind == "colour_function_honest":  # a modern colour function giving a readable grey
            t = r.choice(banks10.TOPIC_PROSE7)
            return ('<p style="color:color-mix(in srgb,#333 80%%,#fff)">%s</p>' % esc(t), [t], "prose")
        if kind == "filter_honest":  # a caption greyed by a filter, still readable
            t = r.choice(banks10.GALLERY_CAPTIONS)
            return ('<figure><img src="/img/archive.jpg" alt="" style="filter:grayscale(1)"><figcaption style="'
                    'filter:contrast(0.8)">%s</figcaption></figure>' % esc(t), [t], "prose")
        t = r.choice(banks10.TRUNCATED_HEADLINES)  # ellipsis_honest: a long headline cut with an ellipsis
        return ('<h3 style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:40ch">%s</h3>' %
                self.own_link(own_host, t), [t], "links")


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel7Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel7, prefix="x")
