"""The novel6 untouched tier (session 26; `spamgen.py --set novel6`, seed 73): families, languages, scripts and written
forms, hiding tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh,
novel, novel2, novel3, novel4, novel5), designed from what injected SEO spam on hacked news and institutional sites
looks like before session 26 changed anything, with honest lookalikes of its own (banks9). Every positive has a
family, hiding trick, placement or damage of this tier. On the held-out half of the carriers. Never tune on it, never
open its cases, never run the detector on it except to score it (the coordinator): totals only.

A subclass of novel5.Novel5Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import re

import banks9
import novel5

NOVEL6_FAMILIES = ["teer_lottery_hills", "caribbean_borlette", "andes_loans", "pacific_pokies", "celtic_vpn_keys",
                   "volga_pharma", "tifinagh_betting", "pidgin_exam_expo", "en_tech_support", "en_film_download",
                   "en_apk_mods", "citation_refs", "sponsored_aside"]
NOVEL6_HIDINGS = ["mathml_annotation", "svg_desc", "font_tag_white", "blend_away", "individual_transform",
                  "grid_zero_row", "keyframes_fade", "state_rule", "nested_at_rule", "line_height_clip"]
NOVEL6_PLACEMENTS = ["key_points", "table_of_contents", "sources_list", "transcript_box", "paywall_prompt",
                     "app_promo"]
NOVEL6_DAMAGE = ["modifier_letters", "lisu_capitals", "sponge_case", "blank_letters"]
NOVEL6_LAYOUTS = ["citation_list", "checklist", "card_grid", "handle_mentions"]
NOVEL6_NEG_KINDS = ["novel6_prose", "topic_prose6", "key_points_honest", "toc_honest", "sources_honest",
                    "transcript_honest", "paywall_honest", "app_promo_honest", "mathml_honest", "svg_icon_honest",
                    "font_tag_honest", "blend_honest", "accordion_honest", "animation_honest", "toggle_honest",
                    "supports_honest", "checklist_honest", "cards_honest", "handles_honest", "modifier_prose",
                    "blank_prose"]

EARLIER_FAMILIES = novel5.EARLIER_FAMILIES + novel5.NOVEL5_FAMILIES
EARLIER_HIDINGS = novel5.EARLIER_HIDINGS + novel5.NOVEL5_HIDINGS
EARLIER_PLACEMENTS = novel5.EARLIER_PLACEMENTS + novel5.NOVEL5_PLACEMENTS
LATIN_FAMILIES = novel5.LATIN_FAMILIES + ["caribbean_borlette", "andes_loans", "pacific_pokies", "celtic_vpn_keys",
                                          "en_tech_support", "en_film_download", "en_apk_mods", "sponsored_aside"]
ONE_LANGUAGE_BANKS = {"teer_lottery_hills": banks9.TEER_LOTTERY_HILLS, "caribbean_borlette": banks9.CARIBBEAN_BORLETTE,
                      "andes_loans": banks9.ANDES_LOANS, "pacific_pokies": banks9.PACIFIC_POKIES,
                      "celtic_vpn_keys": banks9.CELTIC_VPN_KEYS, "volga_pharma": banks9.VOLGA_PHARMA,
                      "tifinagh_betting": banks9.TIFINAGH_BETTING, "pidgin_exam_expo": banks9.PIDGIN_EXAM_EXPO}
# the families written in sentences: a menu, a list of options or a drawing's description would cut them up
SENTENCE_FAMILIES = {"href_prose", "praise_comments", "citation_refs", "sponsored_aside"}
MODIFIER_LETTERS = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
# Lisu letters that read as Latin capitals (Q has none)
LISU_CAPITALS = dict(zip("ABCDEFGHIJKLMNOPRSTUVWXYZ", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ"))
# letters that draw nothing: the Hangul fillers and the blank Braille pattern, typed where spaces go
BLANK_LETTERS = ["\u3164", "\uffa0", "\u2800"]
CHECK_MARKS = ["✔", "☑", "✅"]


def is_novel6(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL6_FAMILIES or rec["hiding"] in NOVEL6_HIDINGS
            or rec["placement"] in NOVEL6_PLACEMENTS or rec["encoding_damage"] in NOVEL6_DAMAGE)


class Novel6Gen(novel5.Novel5Gen):
    """The generator of the novel6 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel5.Novel5Gen.FURNISHED + NOVEL6_PLACEMENTS

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL6_FAMILIES, NOVEL6_HIDINGS, NOVEL6_PLACEMENTS, NOVEL6_DAMAGE))
        if dmg in ("modifier_letters", "lisu_capitals", "sponge_case") or (
                dmg == "blank_letters" and fam in novel5.UNSPACED_FAMILIES):
            fam = r.choice(LATIN_FAMILIES)  # letters to change, or spaces to fill
        if pl == "img_alt":
            hid = "none"
            if fam == "hidden_links":
                fam = r.choice(NOVEL6_FAMILIES)
        if fam in SENTENCE_FAMILIES and hid in ("select_menu", "svg_text", "datalist_options", "hidden_input"):
            hid = r.choice(["grid_zero_row", "keyframes_fade", "nested_at_rule", "line_height_clip"])
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks9, 0.3, 99)

    def spam_url(self, slugs):
        return "https://" + self.host() + "/" + self.rng.choice(slugs) + "/"

    def novel6_phrases(self, family):
        r = self.rng
        n = r.randint(5, 13)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
            return [r.choice(words) for _ in range(n)]
        if family == "en_tech_support":
            return [r.choice(banks9.TECH_SUPPORT).format(tel=r.choice(banks9.TECH_NUMBERS)) for _ in range(n)]
        if family == "en_film_download":
            return [r.choice(banks9.FILM_TEMPLATES).format(t=r.choice(banks9.FILM_TITLES), y=r.randint(2019, 2026),
                                                          q=r.choice(banks9.FILM_QUALITIES)) for _ in range(n)]
        return [r.choice(banks9.APK_MODS) for _ in range(n)]  # en_apk_mods

    def citations(self):
        """(reference, address) pairs built from the page's own words, as planted on academic pages: the spam only in
        the address each reference points to."""
        r = self.rng
        keys = self.own_words(6)
        out = []
        for t in [r.choice(banks9.CITATION_TEMPLATES) for _ in range(r.randint(3, 7))]:
            w, v = r.choice(keys), r.choice(keys)
            s, s2 = r.sample(banks9.CITATION_SURNAMES, 2)
            ref = t.format(w=w, v=v, W=w.capitalize(), V=v.capitalize(), s=s, s2=s2, i=r.choice("ABCDEJKLMRS"),
                           i2=r.choice("ABCDEJKLMRS"), y=r.randint(2012, 2026), n=r.randint(3, 48),
                           m=r.randint(1, 12), m2=r.randint(13, 240))
            out.append((ref + " " + r.choice(banks9.CITATION_LINK_TEXTS), self.spam_url(banks9.CITATION_SLUGS)))
        return out

    def sponsored(self):
        """A partner disclosure, then sentences in the article's own words whose plain anchors lead to the spam."""
        r = self.rng
        pieces = self.own_sentences(banks9.SPONSORED_TEMPLATES, banks9.SPONSORED_ANCHORS, False)
        pieces = [(t, h + r.choice(banks9.SPONSORED_SLUGS) + "/" if h else None) for t, h in pieces]
        return [(r.choice(banks9.SPONSORED_DISCLOSURES), None)] + pieces

    def spam_block(self, family, split):
        r = self.rng
        if family == "citation_refs":
            return "citation_list", self.citations()
        if family == "sponsored_aside":
            return "prose", self.sponsored()
        if family not in NOVEL6_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "anchor_block", "br_lines", "ol", "star_lines") and r.random() < 0.4:
                layout = r.choice(NOVEL6_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL6_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "pill_buttons"])
        link_share = {"citation_list": 0.8, "checklist": 0.6, "card_grid": 0.9, "handle_mentions": 0.7,
                      "sep_line": 0.4, "ul": 0.9, "br_lines": 0.6, "pill_buttons": 1.0}[layout]
        items = [(p, "https://" + self.host() + "/" + r.choice(["", "", "go/", "?ref=%d" % r.randint(1, 999)])
                  if r.random() < link_share else None) for p in self.novel6_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "modifier_letters":  # lower-case Latin letters as the raised modifier letters
            return [("".join(MODIFIER_LETTERS.get(c, c) for c in t.lower()), h) for t, h in items]
        if dmg == "lisu_capitals":  # capitals of another script that read as Latin ones
            return [("".join(LISU_CAPITALS.get(c, c) for c in t.upper()), h) for t, h in items]
        if dmg == "sponge_case":  # letters in alternating case, so no word matches as written
            def alternate(t):
                out, k = [], r.randrange(2)
                for c in t:
                    out.append(c.upper() if k % 2 else c.lower())
                    k += c.isalpha()
                return "".join(out)
            return [(alternate(t), h) for t, h in items]
        if dmg == "blank_letters":  # each space typed as a letter that draws nothing
            return [(re.sub(" ", lambda m: r.choice(BLANK_LETTERS), t), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def handle(self, href):
        """A social handle made of a spam address's first word."""
        word = re.sub(r"^https?://(www\.)?([^./]+).*$", r"\2", href) if href else self.host().split(".")[-2]
        return "@" + word + self.rng.choice(banks9.SOCIAL_HANDLES_SUFFIX)

    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout not in NOVEL6_LAYOUTS or pl == "img_alt" or hid in (
                "select_menu", "svg_text", "datalist_options", "hidden_input"):
            return super().html_items(layout if layout not in NOVEL6_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "citation_list":  # the address shown as the reference's link
            return '<ol class="references">%s</ol>' % "".join(
                "<li>%s%s</li>" % (self.esc(t), ' <a href="%s">%s</a>' % (h, h) if h else "") for t, h in items), "div"
        if layout == "checklist":
            mark = self.rng.choice(CHECK_MARKS)
            return '<ul class="checklist">%s</ul>' % "".join("<li>%s %s</li>" % (mark, a(t, h)) for t, h in items), "div"
        if layout == "card_grid":
            return '<div class="cards">%s</div>' % "".join('<div class="card"><h3>%s</h3></div>' % a(t, h)
                                                           for t, h in items), "div"
        return '<p class="follow">%s</p>' % " ".join(  # handle_mentions
            '<a href="%s">%s</a> %s' % (h or "#", self.handle(h), self.esc(t)) for t, h in items), "div"

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL6_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL6_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "citation_list":
            return "\n".join("%d. %s%s" % (i + 1, t, " " + h if h else "") for i, (t, h) in enumerate(items))
        if layout == "checklist":
            mark = self.rng.choice(CHECK_MARKS)
            return "\n".join("%s %s" % (mark, t) for t, _ in items)
        if layout == "card_grid":
            return "\n".join(t for t, _ in items)
        return " ".join("%s %s" % (self.handle(h), t) for t, h in items)  # handle_mentions

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL6_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["blk", "unit", "wp-block", "c-item", "region", "mod", "tile", "strip"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt", "datalist") else tag
        el = "<%s>%s</%s>" % (tag, inner, tag)
        if hiding == "mathml_annotation":  # an annotation of a formula: kept for machines, never drawn
            return ('<math class="%s"><semantics><mrow></mrow><annotation-xml encoding="application/xhtml+xml">%s'
                    '</annotation-xml></semantics></math>' % (cls, el))
        if hiding == "svg_desc":  # the description of an icon: read by machines, never drawn
            return ('<svg class="%s" width="%d" height="%d" viewBox="0 0 24 24" role="img"><desc>%s</desc>'
                    '<path d="M4 12h16"/></svg>' % (cls, r.choice([16, 24]), r.choice([16, 24]),
                                                     self.esc(self.plain(inner))))
        if hiding == "font_tag_white":  # the colour in legacy attributes, not in any style; inside each link too,
            colour = r.choice(["#ffffff", "white", "#FFF", "#fefefe"])  # where a link's own colour would win
            el = re.sub(r"(<a [^>]*>)(.*?)(</a>)", r'\1<font color="%s">\2</font>\3' % colour, el)
            return '<font color="%s">%s</font>' % (colour, el)
        if hiding == "grid_zero_row":  # a grid whose only row is sized to nothing
            return ('<div class="%s" style="display:grid;grid-template-rows:0fr"><div style="overflow:hidden;'
                    'min-height:0">%s</div></div>' % (cls, el))
        if hiding == "keyframes_fade":  # an animation that ends hidden, at once, and stays so
            name = "k" + cls.split("-")[-1]
            head_rules.append("@keyframes %s{to{%s}} .%s{animation:%s %s forwards}" % (
                name, r.choice(["opacity:0", "visibility:hidden", "transform:scale(0)"]), cls, name,
                r.choice(["1ms", "0.01s", ".1ms"])))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "state_rule":  # shown only in a state nobody puts it in
            way = r.choice(["checkbox", "target", "hover"])
            if way == "checkbox":
                head_rules.append("#t-%s:not(:checked)~.%s{display:none}" % (cls, cls))
                return '<input type="checkbox" id="t-%s" hidden><%s class="%s">%s</%s>' % (cls, tag, cls, inner, tag)
            if way == "target":
                head_rules.append(".%s:not(:target){display:none}" % cls)
                return '<%s class="%s" id="%s">%s</%s>' % (tag, cls, cls, inner, tag)
            head_rules.append(".%s{opacity:0}.%s:hover{opacity:1}" % (cls, cls))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "nested_at_rule":  # the hiding rule inside a condition that always holds, or nested
            rule = r.choice(["@supports (display:block){.%s{display:none}}", "@container (min-width:0px){.%s{display:none}}",
                             "@layer base{.%s{visibility:hidden;position:absolute}}", "body{& .%s{display:none}}"])
            head_rules.append(rule % cls)
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        style = {"blend_away": r.choice(["color:#111;mix-blend-mode:screen", "color:#000;mix-blend-mode:lighten",
                                         "color:#222;mix-blend-mode:color-dodge"]),
                 "individual_transform": r.choice(["scale:0", "translate:-300vw 0", "rotate:x 90deg", "scale:0.001"]),
                 "line_height_clip": r.choice(["line-height:0;overflow:hidden", "line-height:0;overflow:clip"])}[hiding]
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in NOVEL6_PLACEMENTS:
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            if placement in ("key_points", "table_of_contents"):  # right before the article's first paragraph
                i = html.lower().rfind("<p", 0, ends[0])
                return (i, False) if i >= 0 else None
            if placement in ("sources_list", "app_promo"):
                return ends[-1] + 4, False
            return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        if placement in NOVEL6_PLACEMENTS:
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            if len(long_lines) < 2:
                return None
            if placement in ("key_points", "table_of_contents"):
                return long_lines[0], "before"
            if placement in ("sources_list", "app_promo"):
                return long_lines[-1], "after"
            return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL6_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        if placement == "key_points":
            point = r.choice(r.choice(banks9.KEY_POINTS))
            return ('<div class="key-points"><h2>Key points</h2><ul><li>%s</li><li>' % point, "</li></ul></div>",
                    "Key points\n" + point)
        if placement == "table_of_contents":
            entries = r.choice(banks9.TOC_ENTRIES)
            return ('<nav class="toc"><h2>Contents</h2><ol>%s<li>' % "".join(
                '<li><a href="#s%d">%s</a></li>' % (i + 1, e) for i, e in enumerate(entries)), "</li></ol></nav>",
                "Contents\n" + "\n".join(entries))
        if placement == "sources_list":
            source = r.choice(r.choice(banks9.SOURCES))
            return '<section class="sources"><h3>Sources</h3><p>%s</p>' % source, "</section>", "Sources\n" + source
        if placement == "transcript_box":
            lines = banks9.TRANSCRIPT_LINES[:2]
            return ('<details class="transcript" open><summary>Read the transcript</summary>%s' % "".join(
                "<p>%s</p>" % l for l in lines), "</details>", "Read the transcript\n" + "\n".join(lines))
        if placement == "paywall_prompt":
            pitch = r.choice(banks9.PAYWALL_PITCHES)
            return ('<div class="paywall-prompt"><p>%s</p>' % pitch,
                    '<a class="btn" href="/subscribe/">Subscribe</a></div>', pitch)
        promo = r.choice(banks9.APP_PROMOS)  # app_promo
        return ('<aside class="app-promo"><p>%s</p>' % promo, '<a href="https://apps.apple.com/">App Store</a> '
                '<a href="https://play.google.com/">Google Play</a></aside>', promo)

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL6_NEG_KINDS * 20

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL6_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        w3m = self.flattener == "w3m"
        if kind == "novel6_prose":
            lang = r.choice(sorted(banks9.NOVEL6_PROSE))
            return self.prose_part(banks9.NOVEL6_PROSE[lang], lang)
        if kind == "topic_prose6":
            return self.prose_part(r.sample(banks9.TOPIC_PROSE6, r.randint(1, 3)))
        if kind == "modifier_prose":
            return self.prose_part([r.choice(banks9.MODIFIER_PROSE)])
        if kind == "blank_prose":
            return self.prose_part([r.choice(banks9.BLANK_PROSE)])
        if kind == "key_points_honest":
            points = r.choice(banks9.KEY_POINTS)
            return ('<div class="key-points"><h2>Key points</h2><ul>%s</ul></div>' % "".join(
                "<li>%s</li>" % esc(p) for p in points), ["Key points"] + points, "prose")
        if kind == "toc_honest":
            entries = r.choice(banks9.TOC_ENTRIES)
            return ('<nav class="toc"><h2>Contents</h2><ol>%s</ol></nav>' % "".join(
                '<li><a href="#s%d">%s</a></li>' % (i + 1, e) for i, e in enumerate(entries)),
                ["Contents"] + entries, "links")
        if kind == "sources_honest":
            sources = r.choice(banks9.SOURCES)
            return ('<section class="sources"><h3>Sources</h3><ol class="references">%s</ol></section>' % "".join(
                "<li>%s</li>" % esc(s) for s in sources), ["Sources"] + sources, "links")
        if kind == "transcript_honest":
            lines = banks9.TRANSCRIPT_LINES
            return ('<details class="transcript"><summary>Read the transcript</summary>%s</details>' % "".join(
                "<p>%s</p>" % esc(l) for l in lines), ["Read the transcript"] + (lines if w3m else []), "prose")
        if kind == "paywall_honest":
            pitch = r.choice(banks9.PAYWALL_PITCHES)
            return ('<div class="paywall-prompt"><p>%s</p><a class="btn" href="https://%s/subscribe/">Subscribe</a>'
                    '</div>' % (esc(pitch), own_host), [pitch, "Subscribe"], "links")
        if kind == "app_promo_honest":
            promo = r.choice(banks9.APP_PROMOS)
            return ('<aside class="app-promo"><p>%s</p><a href="https://apps.apple.com/">App Store</a> '
                    '<a href="https://play.google.com/">Google Play</a></aside>' % esc(promo),
                    [promo, "App Store Google Play"], "links")
        if kind == "mathml_honest":  # a formula with its TeX source as an annotation
            shown, tex = r.choice(banks9.MATH_FORMULAS)
            return ('<p>The rule is <math><semantics><mtext>%s</mtext><annotation encoding="application/x-tex">%s'
                    '</annotation></semantics></math>.</p>' % (esc(shown), esc(tex)), ["The rule is %s." % shown],
                    "prose")
        if kind == "svg_icon_honest":  # an icon button whose drawing is described for machines
            label, desc = r.choice(banks9.SVG_ICON_LABELS)
            return ('<button class="icon"><svg width="24" height="24" viewBox="0 0 24 24" role="img"><title>%s</title>'
                    '<desc>%s</desc><path d="M4 12h16"/></svg> %s</button>' % (label, desc, label), [label], "links")
        if kind == "font_tag_honest":  # an archive page's legacy markup, drawn in a grey that reads
            t = r.choice(banks9.LEGACY_NOTES)
            return '<p><font color="#555555" size="2">%s</font></p>' % esc(t), [t], "prose"
        if kind == "blend_honest":  # a caption blended over a photo, still readable
            t = r.choice(banks9.KEY_POINTS[0])
            return ('<figure class="hero"><figcaption style="color:#fff;mix-blend-mode:difference">%s</figcaption>'
                    '</figure>' % esc(t), [t], "prose")
        if kind == "accordion_honest":  # an answer folded in a grid row until its question is opened
            q, ans = r.choice(banks9.ACCORDION_QA)
            return ('<div class="faq"><button aria-expanded="false">%s</button><div style="display:grid;'
                    'grid-template-rows:0fr"><div style="overflow:hidden">%s</div></div></div>' % (esc(q), esc(ans)),
                    [q] + ([ans] if w3m else []), "prose")
        if kind == "animation_honest":  # a fade-in: the animation ends shown
            t = r.choice(banks9.TOPIC_PROSE6[:3])
            return ('<style>@keyframes fadein{from{opacity:0}to{opacity:1}} .reveal{animation:fadein .6s both}</style>'
                    '<p class="reveal">%s</p>' % esc(t), [t], "prose")
        if kind == "toggle_honest":  # a "show more" switch with its content folded until the reader asks
            label, more = r.choice(banks9.TOGGLE_TEXTS)
            return ('<style>#more:not(:checked)~.more{display:none}</style><input type="checkbox" id="more">'
                    '<label for="more">%s</label><p class="more">%s</p>' % (esc(label), esc(more)),
                    [label] + ([more] if w3m else []), "links")
        if kind == "supports_honest":  # a notice shown only where a feature is missing
            t = r.choice(banks9.FALLBACK_NOTICES)
            note = "Source: council data"
            return ('<style>@supports (display:grid){.no-grid{display:none}}</style><p class="no-grid">%s</p>'
                    '<p class="chart-note">%s</p>' % (esc(t), note), ([t] if w3m else []) + [note], "prose")
        if kind == "checklist_honest":
            items = r.choice(banks9.CHECKLIST_HONEST)
            return ('<ul class="checklist">%s</ul>' % "".join("<li>%s</li>" % esc(i) for i in items), items, "prose")
        if kind == "cards_honest":
            cards = r.choice(banks9.CARDS_HONEST)
            lines = []
            for h, p in cards:
                lines += [h, p]
            return ('<div class="cards">%s</div>' % "".join(
                '<div class="card"><h3>%s</h3><p>%s</p></div>' % (self.own_link(own_host, h), esc(p)) for h, p in cards),
                lines, "links")
        handles = r.choice(banks9.REPORTER_HANDLES)  # handles_honest
        return ('<p class="follow">Follow our reporters: %s</p>' % " ".join(
            '<a href="https://x.com/%s">%s</a>' % (h[1:], h) for h in handles),
            ["Follow our reporters: " + " ".join(handles)], "links")


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel6Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel6, prefix="x")
