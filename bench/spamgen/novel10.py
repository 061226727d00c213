"""The novel10 untouched tier (session 30; `spamgen.py --set novel10`, seed 109): families, languages and scripts,
hiding tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2
... novel9), designed from what injected SEO spam on hacked news, WordPress and institutional sites looks like before
session 30 changed anything, with honest lookalikes of its own (banks13). Every positive has a family, hiding trick,
placement or damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never
run the detector on it except to score it (the coordinator): totals only.

A subclass of novel9.Novel9Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import re

import banks13
import novel9

NOVEL10_FAMILIES = ["nusantara_slot", "hindi_belt_satta", "highland_mekong_lottery", "mesoamerica_loans",
                    "north_caucasus_casino", "island_script_slot", "en_not_on_gamstop", "en_exam_dumps",
                    "en_airline_helpline", "own_host_doorways", "bonus_codes"]
NOVEL10_HIDINGS = ["lang_selector_rule", "microdata_meta", "body_title", "image_map_areas", "iframe_fallback",
                   "js_class_rule", "bogus_comment", "zero_unit_box"]
NOVEL10_PLACEMENTS = ["meta_widget", "recent_comments", "calendar_widget", "skip_link", "donate_box", "search_widget"]
NOVEL10_DAMAGE = ["magic_quotes", "json_escapes", "excerpt_cut"]
NOVEL10_LAYOUTS = ["serp_snippets", "az_index", "rtp_leaders"]
NOVEL10_NEG_KINDS = ["novel10_prose", "topic_prose10", "meta_widget_honest", "recent_comments_honest",
                     "calendar_honest", "skip_link_honest", "donate_honest", "search_widget_honest", "serp_honest",
                     "az_honest", "leaders_honest", "promo_code_honest", "own_links_honest", "quotes_prose",
                     "escapes_prose", "excerpt_honest", "lang_rule_honest", "microdata_honest", "svg_title_honest",
                     "image_map_honest", "iframe_fallback_honest", "js_class_honest", "conditional_comment_honest",
                     "zero_unit_honest"]

EARLIER_FAMILIES = novel9.EARLIER_FAMILIES + novel9.NOVEL9_FAMILIES
EARLIER_HIDINGS = novel9.EARLIER_HIDINGS + novel9.NOVEL9_HIDINGS
EARLIER_PLACEMENTS = novel9.EARLIER_PLACEMENTS + novel9.NOVEL9_PLACEMENTS
# families whose letters are not all ASCII: what a JSON escaping changes
NON_ASCII_FAMILIES = novel9.NON_ASCII_FAMILIES + ["hindi_belt_satta", "north_caucasus_casino", "island_script_slot"]
ONE_LANGUAGE_BANKS = {"nusantara_slot": banks13.NUSANTARA_SLOT, "hindi_belt_satta": banks13.HINDI_BELT_SATTA,
                      "highland_mekong_lottery": banks13.HIGHLAND_MEKONG_LOTTERY,
                      "mesoamerica_loans": banks13.MESOAMERICA_LOANS,
                      "north_caucasus_casino": banks13.NORTH_CAUCASUS_CASINO,
                      "island_script_slot": banks13.ISLAND_SCRIPT_SLOT}
ENGLISH_BANKS = {"en_not_on_gamstop": banks13.NOT_ON_GAMSTOP, "en_exam_dumps": banks13.EXAM_DUMPS,
                 "en_airline_helpline": banks13.AIRLINE_HELPLINE}
SENTENCE_FAMILIES = novel9.SENTENCE_FAMILIES
# hidings that carry the block's words in attributes or in text the parser never shows: they take the items, not markup
ATTR_HIDINGS = ("microdata_meta", "image_map_areas", "body_title", "bogus_comment")
FORM_HIDINGS = novel9.FORM_HIDINGS
# earlier families whose only spam is their addresses: a flattened page loses it
ADDRESS_ONLY = ("update_notes", "summary_links", "archive_links")


def is_novel10(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL10_FAMILIES or rec["hiding"] in NOVEL10_HIDINGS
            or rec["placement"] in NOVEL10_PLACEMENTS or rec["encoding_damage"] in NOVEL10_DAMAGE)


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def json_escaped(t):
    """Text as a JSON encoder leaves it when nobody decodes it: every letter past ASCII as \\uXXXX (surrogate pairs
    past the basic plane)."""
    out = []
    for c in t:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
    return "".join(out)


class Novel10Gen(novel9.Novel9Gen):
    """The generator of the novel10 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel9.Novel9Gen.FURNISHED + NOVEL10_PLACEMENTS

    def __init__(self, shared, seed):
        super().__init__(shared, seed)
        self.urls = {c[0]: c[3] for c in self.html}  # a carrier's address, by id (a flattened page's by its HTML twin)

    def case(self, kind, fmt, carrier, split, attrs, tune2=False):
        # the page's own host, as the base case works it out: the doorway family links to it (or names it, flattened)
        url = carrier[3] if fmt == "html" else self.urls.get("zyte/" + carrier[0].rsplit("/", 1)[1], "")
        self.own_host = re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", url) or "example.org"
        return super().case(kind, fmt, carrier, split, attrs, tune2)

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL10_FAMILIES, NOVEL10_HIDINGS, NOVEL10_PLACEMENTS, NOVEL10_DAMAGE))
        if dmg == "json_escapes":
            fam = r.choice(NON_ASCII_FAMILIES)  # letters past ASCII to escape
        if self.flattener and fam in ADDRESS_ONLY:
            fam = r.choice(sorted(ENGLISH_BANKS))
        if pl == "img_alt":
            hid = "none"
            if fam in ("hidden_links",) + ADDRESS_ONLY:
                fam = r.choice(sorted(ONE_LANGUAGE_BANKS))
        if fam in SENTENCE_FAMILIES and hid in FORM_HIDINGS + ATTR_HIDINGS:
            hid = r.choice(["lang_selector_rule", "js_class_rule", "zero_unit_box", "iframe_fallback"])
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks13, 0.3, 99)

    def slug_url(self, slugs=banks13.SPAM_SLUGS):
        """A spam address whose slug alone names the product (this tier's slugs by default)."""
        return super().slug_url(slugs)

    def novel10_phrases(self, family):
        r = self.rng
        n = r.randint(5, 12)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
            return [r.choice(words) for _ in range(n)]
        tel = r.choice(banks13.HELPLINE_NUMBERS)  # one number a block
        return [r.choice(ENGLISH_BANKS[family]).format(tel=tel) for _ in range(n)]

    def doorways(self):
        """Keywords linked to spam pages planted on the hacked site itself, in folders it keeps for code and uploads."""
        r = self.rng
        b = banks13
        phrases = self.novel10_phrases(r.choice(sorted(ONE_LANGUAGE_BANKS) + sorted(ENGLISH_BANKS)))
        return [(p, "https://%s/%s" % (self.own_host, r.choice(b.DOORWAY_FORMS).format(
            d=r.choice(b.DOORWAY_DIRS), s=r.choice(b.SPAM_SLUGS), n=r.randint(100, 99999)))) for p in phrases]

    def bonus_codes(self):
        """Operators' promo codes and offers, one a line."""
        r = self.rng
        b = banks13
        out = []
        for brand in r.sample(b.BONUS_BRANDS, r.randint(3, 6)):
            code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(r.randint(3, 6)))
            code += str(r.randint(10, 999))
            out.append((r.choice(b.BONUS_TEMPLATES).format(b=brand, c=code, o=r.choice(b.BONUS_OFFERS)),
                        self.slug_url() if r.random() < 0.7 else None))
        return out

    def spam_block(self, family, split):
        r = self.rng
        if family == "own_host_doorways":
            return r.choice(["ul", "br_lines", "sep_line"] + NOVEL10_LAYOUTS[:2] * 2), self.doorways()
        if family == "bonus_codes":
            return r.choice(["ul", "br_lines", "table", "serp_snippets", "az_index"]), self.bonus_codes()
        if family not in NOVEL10_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "br_lines", "ol", "ranked_list", "ticker_line", "bracket_tags",
                          "quoted_phrases", "spintax", "counted_tags") and r.random() < 0.4:
                layout = r.choice(NOVEL10_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL10_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "wiki_links"])
        link_share = {"serp_snippets": 1.0, "az_index": 0.8, "rtp_leaders": 0.6, "sep_line": 0.4, "ul": 0.9,
                      "br_lines": 0.6, "wiki_links": 0.8}[layout]
        items = [(p, (self.slug_url(banks13.ENGLISH_SLUGS[family]) if family in ENGLISH_BANKS and r.random() < 0.5 else
                      "https://" + self.host() + "/" + r.choice(["", "", "daftar/", "?ref=%d" % r.randint(1, 999)]))
                  if r.random() < link_share else None) for p in self.novel10_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "magic_quotes":  # quotes and backslashes slashed by a database layer, the keywords often quoted
            def slash(t):
                if "'" not in t and '"' not in t and r.random() < 0.6:
                    t = '"%s"' % t
                return t.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
            return [(slash(t), h) for t, h in items]
        if dmg == "json_escapes":
            return [(json_escaped(t), h) for t, h in items]
        if dmg == "excerpt_cut":  # every phrase cut short as an excerpt or a feed leaves it
            def cut(t):
                if len(t) < 12:
                    return t + "…"
                k = r.randint(int(len(t) * 0.55), len(t) - 2)
                return t[:k].rstrip() + r.choice(["…", "...", " […]", " [...]"])
            return [(cut(t), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def cite(self, h):
        """An address as a search result shows it: host › path › parts."""
        h = h or "https://" + self.host() + "/"
        return " › ".join(p for p in re.sub(r"^https?://", "", h).split("/") if p)

    def leaders(self):
        return "." * self.rng.randint(6, 14), "%.2f%%" % self.rng.uniform(88, 98.9)

    def az_groups(self, items):
        groups = {}
        for t, h in items:
            key = (t.lstrip("\"\\'#[{(")[:1] or "#").upper()
            groups.setdefault(key, []).append((t, h))
        return sorted(groups.items())

    def html_items(self, layout, items):
        markup, tag = self.novel10_html_items(layout, items)
        if self.cur[3] == "magic_quotes":  # the link markup slashed too: the address is read with its backslashes
            markup = re.sub(r'href="([^"]*)"', r'href=\\"\1\\"', markup)
        return markup, tag

    def novel10_html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]
        esc = self.esc

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, esc(t)) if h else esc(t)
        if hid in ATTR_HIDINGS and pl not in ("footer_inline", "img_alt"):
            return self.attr_items(hid, items), "div"
        if layout not in NOVEL10_LAYOUTS or pl == "img_alt" or hid in FORM_HIDINGS:
            return super().html_items(layout if layout not in NOVEL10_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "serp_snippets":  # search results: a linked title over its address
            return "".join('<div class="result"><h3>%s</h3><cite>%s</cite></div>' % (a(t, h), esc(self.cite(h)))
                           for t, h in items), "div"
        if layout == "az_index":  # an A to Z index: a letter, then its entries
            return '<div class="az-index">%s</div>' % "".join(
                "<h4>%s</h4><ul>%s</ul>" % (esc(k), "".join("<li>%s</li>" % a(t, h) for t, h in g))
                for k, g in self.az_groups(items)), "div"
        rows = []  # rtp_leaders: a name, dot leaders and a percentage, as a slot site's return-to-player table
        for t, h in items:
            dots, pct = self.leaders()
            rows.append('<p>%s <span class="dots">%s</span> <b>%s</b></p>' % (a(t, h), dots, pct))
        return '<div class="rtp-live">%s</div>' % "".join(rows), "div"

    def attr_items(self, hid, items):
        """The block's words where the hiding keeps them: attributes of elements that draw nothing, or plain text."""
        r = self.rng
        if hid == "microdata_meta":
            return "".join('<meta %s content="%s">' % (r.choice(['itemprop="name"', 'itemprop="keywords"',
                                                                 'name="keywords"', 'name="description"',
                                                                 'property="og:description"']), attr(t)) +
                           ('<link itemprop="url" href="%s">' % attr(h) if h else "") for t, h in items)
        if hid == "image_map_areas":
            return "".join('<area shape="rect" coords="0,0,1,1" %s alt="%s">' % (
                'href="%s"' % attr(h) if h else "nohref", attr(t)) for t, h in items)
        sep = r.choice([" | ", ", ", " - "])  # body_title, bogus_comment: text only
        return sep.join(self.esc(t) + (" " + self.esc(h) if h and r.random() < 0.5 else "") for t, h in items)

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL10_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL10_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "serp_snippets":
            return "\n".join("%s\n%s" % (t, self.cite(h)) for t, h in items)
        if layout == "az_index":
            bullet = "  • " if flattener == "w3m" else ""
            return "\n".join("%s\n%s" % (k, "\n".join(bullet + t for t, _ in g)) for k, g in self.az_groups(items))
        out = []
        for t, _ in items:
            dots, pct = self.leaders()
            out.append("%s %s %s" % (t, dots, pct))
        return "\n".join(out)

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL10_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["wp-blk", "area", "col-x", "sect", "panel", "part", "lnkbox", "zone"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt", "datalist") else tag
        box = "span" if tag == "span" else "div"
        if hiding == "lang_selector_rule":  # hidden by the language it claims: a private or 'no language' tag
            code = r.choice(["x-seo", "x-hide", "zxx", "und-x-ads", "x-none"])
            head_rules.append(r.choice([":lang(%s){display:none}", "%s:lang(%%s){visibility:hidden;position:absolute}"
                                        % tag, "*:lang(%s){display:none!important}"]) % code)
            return '<%s class="%s" lang="%s">%s</%s>' % (tag, cls, code, inner, tag)
        if hiding == "js_class_rule":  # hidden once a script marks the root element, as feature-detection does
            mark = r.choice(["js", "js-enabled", "has-js", "wf-active"])
            head_rules.append(r.choice([".%s .%s{display:none}", "html.%s .%s{display:none}",
                                        ".%s .%s{visibility:hidden;height:0;overflow:hidden}"]) % (mark, cls))
            return ('<script>document.documentElement.className+=" %s";</script><%s class="%s">%s</%s>'
                    % (mark, tag, cls, inner, tag))
        if hiding == "zero_unit_box":  # a box sized to nothing in units other than pixels, as WordPress hacks write it
            style = r.choice(["overflow:auto;position:fixed;height:0pt;width:0pt", "height:0em;overflow:hidden",
                              "max-height:0vh;overflow:hidden",
                              "width:0mm;height:0mm;overflow:hidden;position:absolute",
                              "max-width:0ch;max-height:0ch;overflow:hidden"])
            return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)
        if hiding == "iframe_fallback":  # inside an iframe, whose content the parser keeps as text and never shows
            return ('<iframe src="/embed/%s/%d" width="%d" height="%d" title="%s" loading="lazy">%s</iframe>'
                    % (r.choice(["video", "map", "poll"]), r.randint(100, 9999), r.choice([560, 640, 300]),
                       r.choice([315, 360, 250]), r.choice(["Video", "Map", "Poll"]), inner))
        if hiding == "microdata_meta":  # the words in meta elements (microdata, named) in the body, which draw nothing
            return '<%s class="%s" itemscope itemtype="https://schema.org/%s">%s</%s>' % (
                box, cls, r.choice(["Thing", "WebPage", "Product", "Organization"]), inner, box)
        if hiding == "image_map_areas":  # the words in the areas of a one-pixel image's map
            name = "m-" + cls
            return ('<%s class="%s"><img src="/images/spacer.gif" width="1" height="1" alt="" usemap="#%s">'
                    '<map name="%s">'
                    '%s</map></%s>' % (box, cls, name, name, inner, box))
        if hiding == "body_title":  # a second title element in the body: the parser keeps it, the page never shows it
            return "<title>%s</title>" % inner
        # bogus_comment: markup the parser turns into a comment (a processing instruction, CDATA, a declaration)
        return r.choice(["<?php /* %s */ ?>", "<![CDATA[ %s ]]>", '<!ENTITY seo "%s">', "<?xml-stylesheet %s ?>"]) \
            % inner.replace(">", "&gt;")

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        if placement in NOVEL10_PLACEMENTS:
            if placement == "skip_link":
                return super().html_point(html, "body_start")
            if placement == "donate_box":
                ends = self.long_paragraph_ends(html)
                return (ends[-1] + 4, False) if len(ends) >= 2 else None
            return super().html_point(html, "sidebar") or super().html_point(html, "before_footer")
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        if placement in NOVEL10_PLACEMENTS:
            if placement == "skip_link":
                return 0, "before"
            if placement == "donate_box":
                long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
                return (long_lines[-1], "after") if len(long_lines) >= 2 else None
            return super().text_point(lines, "before_footer")
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL10_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        b = banks13
        if placement == "meta_widget":
            hrefs = ["/wp-login.php", "/feed/", "/comments/feed/", "https://wordpress.org/"]
            return ('<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>%s<li>' % "".join(
                '<li><a href="%s">%s</a></li>' % (h, t) for h, t in zip(hrefs, b.META_WIDGET)),
                "</li></ul></section>", "Meta\n" + "\n".join(b.META_WIDGET))
        if placement == "recent_comments":
            rows = r.sample(b.RECENT_COMMENTS, 2)
            return ('<section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>'
                    '<ul id="recentcomments">%s<li class="recentcomments">' % "".join(
                        '<li class="recentcomments"><span class="comment-author-link">%s</span> on <a href="/%d/">%s'
                        '</a></li>' % (w, r.randint(10, 999), t) for w, t in rows), "</li></ul></section>",
                    "Recent Comments\n" + "\n".join("%s on %s" % row for row in rows))
        if placement == "calendar_widget":
            month = r.choice(b.CALENDAR_MONTHS)
            days = " ".join(str(d) for d in range(1, 8))
            return ('<section class="widget widget_calendar"><div class="calendar_wrap"><table id="wp-calendar">'
                    '<caption>%s</caption><thead><tr>%s</tr></thead><tbody><tr>%s</tr></tbody></table>'
                    '<nav class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/archive/">« Prev</a>'
                    '</span></nav>' % (month, "".join("<th>%s</th>" % d for d in "MTWTFSS"),
                                       "".join("<td>%d</td>" % d for d in range(1, 8))),
                    "</div></section>", "%s\nM T W T F S S\n%s\n« Prev" % (month, days))
        if placement == "skip_link":
            t = r.choice(b.SKIP_LINKS)
            return ('<div class="skip-links"><a class="skip-link screen-reader-text" href="#content">%s</a> ' % t,
                    "</div>", t)
        if placement == "donate_box":
            t = r.choice(b.DONATE_PITCHES)
            return ('<aside class="donate-box"><p><strong>%s</strong> <a href="/support/">Donate</a></p>' % t,
                    "</aside>", t + " Donate")
        label = r.choice(b.SEARCH_LABELS)  # search_widget
        return ('<section class="widget widget_search"><form role="search" method="get" action="/"><label '
                'class="screen-reader-text" for="s">%s</label><input type="search" id="s" name="s">'
                '<button type="submit">'
                'Search</button></form>' % label, "</section>", label + " Search")

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL10_NEG_KINDS * 200

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL10_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        b = banks13
        if kind == "novel10_prose":
            lang = r.choice(sorted(b.NOVEL10_PROSE))
            return self.prose_part(b.NOVEL10_PROSE[lang], lang)
        if kind == "topic_prose10":
            return self.prose_part(r.sample(b.TOPIC_PROSE10, r.randint(1, 3)))
        if kind in ("quotes_prose", "escapes_prose", "excerpt_honest", "promo_code_honest"):
            bank = {"quotes_prose": b.QUOTES_PROSE, "escapes_prose": b.ESCAPES_PROSE,
                    "excerpt_honest": b.EXCERPT_HONEST,
                    "promo_code_honest": b.PROMO_HONEST}[kind]
            return self.prose_part([r.choice(bank)])
        if kind == "meta_widget_honest":  # the stock Meta widget, its links to the site itself and to WordPress
            hrefs = ["https://%s/wp-login.php" % own_host, "https://%s/feed/" % own_host,
                     "https://%s/comments/feed/" % own_host, "https://wordpress.org/"]
            return ('<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>%s</ul></section>'
                    % "".join(
                '<li><a href="%s">%s</a></li>' % (h, t) for h, t in zip(hrefs, b.META_WIDGET)),
                ["Meta"] + b.META_WIDGET, "links")
        if kind == "recent_comments_honest":
            rows = r.sample(b.RECENT_COMMENTS, 3)
            return ('<section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>%s'
                    '</ul></section>' % "".join('<li class="recentcomments"><span class="comment-author-link">%s</span>'
                                                ' on %s</li>' % (esc(w), self.own_link(own_host, t)) for w, t in rows),
                    ["Recent Comments"] + ["%s on %s" % row for row in rows], "links")
        if kind == "calendar_honest":
            month = r.choice(b.CALENDAR_MONTHS)
            return ('<section class="widget widget_calendar"><table id="wp-calendar"><caption>%s</caption><tr>%s</tr>'
                    '<tr>%s</tr></table></section>' % (month, "".join("<th>%s</th>" % d for d in "MTWTFSS"), "".join(
                        '<td><a href="https://%s/2026/12/%02d/">%d</a></td>' % (own_host, d, d) for d in range(1, 8))),
                    [month, "M T W T F S S", " ".join(str(d) for d in range(1, 8))], "links")
        if kind == "skip_link_honest":
            t = r.choice(b.SKIP_LINKS)
            return '<a class="skip-link screen-reader-text" href="#content">%s</a>' % t, [t], "links"
        if kind == "donate_honest":
            t = r.choice(b.DONATE_PITCHES)
            return ('<aside class="donate-box"><p><strong>%s</strong> <a href="https://%s/support/">Donate</a></p>'
                    '</aside>' % (esc(t), own_host), [t + " Donate"], "links")
        if kind == "search_widget_honest":
            label = r.choice(b.SEARCH_LABELS)
            return ('<section class="widget widget_search"><form role="search" method="get" action="https://%s/">'
                    '<label for="q">%s</label> <input type="search" id="q" name="s"> <button type="submit">Search'
                    '</button></form></section>' % (own_host, esc(label)), [label + " Search"], "links")
        if kind in ("serp_honest", "leaders_honest"):
            rows = r.choice(b.SERP_HONEST if kind == "serp_honest" else b.LEADERS_HONEST)
            return ('<div class="%s">%s</div>' % ("search-results" if kind == "serp_honest" else "toc", "".join(
                "<p>%s</p>" % esc(x) for x in rows)), rows, "links")
        if kind == "az_honest":  # an A to Z of the council's own services
            return ('<div class="az-index">%s</div>' % "".join("<h4>%s</h4><ul>%s</ul>" % (k, "".join(
                "<li>%s</li>" % self.own_link(own_host, t) for t in ts)) for k, ts in b.AZ_HONEST),
                [x for k, ts in b.AZ_HONEST for x in [k] + ts], "links")
        if kind == "own_links_honest":  # the site's own recent posts, on ordinary paths of its own host
            titles = r.sample([t for _, t in b.RECENT_COMMENTS], 3)
            return ('<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s'
                    '</ul></section>' % "".join('<li><a href="https://%s/2026/12/%s/">%s</a></li>' % (
                        own_host, re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), esc(t)) for t in titles),
                    ["Recent Posts"] + titles, "links")
        if kind == "lang_rule_honest":  # a language rule that only sets quotation marks
            lang, rule, t = r.choice(b.LANG_RULE_HONEST)
            return '<style>%s</style><p lang="%s">%s</p>' % (rule, lang, esc(t)), [t], "prose"
        t = r.choice(b.TOPIC_PROSE10)
        if kind == "microdata_honest":  # an article's own microdata: dates and author in meta elements
            return ('<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" '
                    'content="2026-12-07T09:14:00Z"><meta itemprop="author" content="Staff reporter"><link '
                    'itemprop="mainEntityOfPage" href="https://%s/news/"><p itemprop="description">%s</p></div>'
                    % (own_host, esc(t)), [t], "prose")
        if kind == "svg_title_honest":  # an icon's accessible title, beside its visible label
            label = r.choice(b.SVG_TITLES)
            return ('<button class="icon-button"><svg width="16" height="16" role="img"><title>%s</title><path '
                    'd="M2 8h12"/></svg> %s</button>' % (label, label), [label], "links")
        if kind == "image_map_honest":  # a ward map whose areas link to the council's own pages
            return ('<img src="/img/wards-map.png" width="400" height="300" alt="Map of the four wards" '
                    'usemap="#wards">'
                    '<map name="wards">%s</map>' % "".join(
                        '<area shape="rect" coords="%d,0,%d,300" href="https://%s%s" alt="%s">' % (
                            i * 100, i * 100 + 100, own_host, h, n) for i, (n, h) in enumerate(b.IMAGE_MAP_AREAS)),
                    ["Map of the four wards"], "links")
        if kind == "iframe_fallback_honest":
            f = r.choice(b.IFRAME_FALLBACKS)
            return ('<iframe src="https://%s/embed/video/%d" width="560" height="315" title="Video">%s</iframe>'
                    % (own_host, r.randint(100, 9999), esc(f)), [f], "links")
        if kind == "js_class_honest":  # a no-script note hidden once a script marks the root element
            note = r.choice(b.JS_NOTES)
            return ('<script>document.documentElement.className+=" js";</script><style>.js .no-js-note{display:none}'
                    '</style><p class="no-js-note">%s</p><p>%s</p>' % (esc(note), esc(t)), [note, t], "prose")
        if kind == "conditional_comment_honest":
            return "<!--%s--><p>%s</p>" % (r.choice(b.CONDITIONAL_COMMENTS), esc(t)), [t], "prose"
        # zero_unit_honest: a responsive embed, its box zero high and shown by its padding, with a caption
        return ('<div class="embed" style="position:relative;height:0;padding-bottom:56.25%%"><iframe src="https://%s/'
                'embed/video/%d" style="position:absolute;width:100%%;height:100%%" title="Video"></iframe></div><p>%s'
                '</p>' % (own_host, r.randint(100, 9999), esc(t)), [t], "prose")


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel10Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel10, prefix="m")
