"""The novel9 untouched tier (session 29; `spamgen.py --set novel9`, seed 103): families, languages and scripts, hiding
tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2 ...
novel8), designed from what injected SEO spam on hacked news, WordPress and institutional sites looks like before
session 29 changed anything, with honest lookalikes of its own (banks12). Every positive has a family, hiding trick,
placement or damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never
run the detector on it except to score it (the coordinator): totals only.

A subclass of novel8.Novel8Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import re

import banks12
import novel8

NOVEL9_FAMILIES = ["gold_coast_betting", "rift_valley_loans", "visayas_ilocos_sabong", "melanesia_loans",
                   "anatolia_caspian_betting", "asia_script_casino", "en_dispensary", "en_carding",
                   "en_outlet_wholesale", "press_release", "archive_links"]
NOVEL9_HIDINGS = ["framework_class", "css_obfuscated_inline", "entity_style", "inset_offscreen",
                  "substring_selector_rule", "scope_rule", "specificity_override", "shadow_host_rule",
                  "nth_child_rule", "svg_style_rule"]
NOVEL9_PLACEMENTS = ["theme_credit", "footer_widgets", "in_blogroll", "rss_widget", "alert_banner", "downloads_list"]
NOVEL9_DAMAGE = ["mojibake_sjis", "quoted_printable", "stretched_letters"]
NOVEL9_LAYOUTS = ["spintax", "wiki_links", "counted_tags"]
NOVEL9_NEG_KINDS = ["novel9_prose", "topic_prose9", "press_honest", "archive_honest", "theme_credit_honest",
                    "text_widget_honest", "blogroll_honest9", "rss_honest", "alert_honest", "downloads_honest",
                    "spintax_honest", "wiki_honest", "counted_honest", "stretched_prose", "kana_prose",
                    "framework_honest", "obfuscated_style_honest", "entity_style_honest", "inset_honest",
                    "substring_rule_honest", "scope_honest", "specificity_honest", "shadow_host_honest",
                    "nth_child_honest", "svg_style_honest"]

EARLIER_FAMILIES = novel8.EARLIER_FAMILIES + novel8.NOVEL8_FAMILIES
EARLIER_HIDINGS = novel8.EARLIER_HIDINGS + novel8.NOVEL8_HIDINGS
EARLIER_PLACEMENTS = novel8.EARLIER_PLACEMENTS + novel8.NOVEL8_PLACEMENTS
LATIN_FAMILIES = novel8.LATIN_FAMILIES + ["visayas_ilocos_sabong", "melanesia_loans", "en_dispensary", "en_carding",
                                          "en_outlet_wholesale"]
# families whose letters are not all ASCII: what a wrong decoding or a mail encoding changes
NON_ASCII_FAMILIES = ["ja_spam", "zh_gambling", "ko_gambling", "ru_pharma", "th_gambling", "el_spam", "uk_casino",
                      "fa_betting", "hant_baccarat", "siberian_loans", "slavic_minor_pharma", "gold_coast_betting",
                      "rift_valley_loans", "anatolia_caspian_betting", "asia_script_casino"]
CJK_FAMILIES = ["ja_spam", "zh_gambling", "hant_baccarat", "ko_gambling", "asia_script_casino"]
ONE_LANGUAGE_BANKS = {"gold_coast_betting": banks12.GOLD_COAST_BETTING, "rift_valley_loans": banks12.RIFT_VALLEY_LOANS,
                      "visayas_ilocos_sabong": banks12.VISAYAS_ILOCOS_SABONG,
                      "melanesia_loans": banks12.MELANESIA_LOANS,
                      "anatolia_caspian_betting": banks12.ANATOLIA_CASPIAN_BETTING,
                      "asia_script_casino": banks12.ASIA_SCRIPT_CASINO}
ENGLISH_BANKS = {"en_dispensary": banks12.DISPENSARY, "en_carding": banks12.CARDING,
                 "en_outlet_wholesale": banks12.OUTLET_WHOLESALE}
# the families written in sentences: a menu, a list of options or a drawing's description would cut them up
SENTENCE_FAMILIES = novel8.SENTENCE_FAMILIES | {"press_release", "archive_links"}
FORM_HIDINGS = ("select_menu", "svg_text", "datalist_options", "hidden_input")
# utility classes that hide in common CSS frameworks and CMS themes, whose rules live in a stylesheet not on the page
FRAMEWORK_CLASSES = ["d-none", "screen-reader-text", "visually-hidden", "hidden", "is-hidden", "uk-hidden", "hide",
                     "sr-only", "invisible", "elementor-hidden-desktop elementor-hidden-tablet elementor-hidden-mobile",
                     "hidden-xs hidden-sm hidden-md hidden-lg"]


def is_novel9(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL9_FAMILIES or rec["hiding"] in NOVEL9_HIDINGS
            or rec["placement"] in NOVEL9_PLACEMENTS or rec["encoding_damage"] in NOVEL9_DAMAGE)


def quoted_printable(t):
    """Text as a mail's quoted-printable body shows it when nobody decodes it: bytes past ASCII and '=' as =XX, and a
    soft line break (=, newline) every 60 to 70 characters."""
    out = "".join(c if (32 <= ord(c) < 127 and c != "=") else "".join("=%02X" % b for b in c.encode("utf-8"))
                  for c in t)
    lines, i = [], 0
    while len(out) - i > 70:
        j = i + 64
        while out[j - 1] == "=" or out[j - 2] == "=":  # never split an =XX
            j -= 1
        lines.append(out[i:j] + "=")
        i = j
    lines.append(out[i:])
    return "\n".join(lines)


class Novel9Gen(novel8.Novel8Gen):
    """The generator of the novel9 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel8.Novel8Gen.FURNISHED + NOVEL9_PLACEMENTS

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL9_FAMILIES, NOVEL9_HIDINGS, NOVEL9_PLACEMENTS, NOVEL9_DAMAGE))
        if dmg == "mojibake_sjis":
            fam = r.choice(CJK_FAMILIES + NON_ASCII_FAMILIES)  # letters past ASCII to garble, CJK most often
        elif dmg == "quoted_printable":
            fam = r.choice(NON_ASCII_FAMILIES)
        elif dmg in ("stretched_letters",) + tuple(novel8.NOVEL8_DAMAGE) + tuple(novel8.novel7.NOVEL7_DAMAGE) + (
                "modifier_letters", "lisu_capitals", "sponge_case"):
            fam = r.choice(LATIN_FAMILIES)  # Latin letters to change
        if self.flattener and fam in ("update_notes", "summary_links", "archive_links"):
            fam = r.choice(sorted(ENGLISH_BANKS))  # flattened, their only spam (the addresses) is gone
        if pl == "img_alt":
            hid = "none"
            if fam in ("hidden_links", "archive_links"):
                fam = r.choice(sorted(ONE_LANGUAGE_BANKS))
        if fam in SENTENCE_FAMILIES and hid in FORM_HIDINGS:
            hid = r.choice(["framework_class", "entity_style", "specificity_override", "nth_child_rule"])
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks12, 0.35, 99)

    def slug_url(self, slugs=banks12.SPAM_SLUGS):
        """A spam address whose slug alone names the product (this tier's slugs by default)."""
        return super().slug_url(slugs)

    def novel9_phrases(self, family):
        r = self.rng
        n = r.randint(5, 12)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
        else:
            words = ENGLISH_BANKS[family]
        return [r.choice(words) for _ in range(n)]

    def press_release(self):
        """A syndicated wire release for a spam product: well-formed prose, the brand and a call to action linked."""
        r = self.rng
        b = banks12
        i = r.randrange(len(b.PRESS_BRANDS))  # a brand and what it sells go together
        brand, url = b.PRESS_BRANDS[i], self.slug_url()
        fill = dict(city=r.choice(b.PRESS_CITIES), day=r.randint(1, 7), wire=r.choice(b.PRESS_WIRES), brand="\1",
                    cat=b.PRESS_CATEGORIES[i], what=b.PRESS_WHATS[i], a="\0")
        templates = [b.PRESS_TEMPLATES[0]] + r.sample(b.PRESS_TEMPLATES[1:], r.randint(2, 4))
        out = []
        for t in templates:
            for piece in re.split("([\0\1])", t.format(**fill)):
                if piece == "\0":
                    out.append((r.choice(b.PRESS_ANCHORS), url))
                elif piece == "\1":
                    out.append((brand, url if r.random() < 0.5 else None))
                elif piece.strip():
                    piece = piece.strip()
                    lead = re.match(r"[,.:;]*", piece).group()
                    if lead and out:  # punctuation right after a name or an anchor stays on it
                        out[-1] = (out[-1][0] + lead, out[-1][1])
                        piece = piece[len(lead):].strip()
                    if piece:
                        out.append((piece, None))
        return out

    def archive(self):
        """An archive or categories list: honest labels (and post counts) whose links all go to spam hosts."""
        r = self.rng
        labels = r.sample(banks12.ARCHIVE_MONTHS if r.random() < 0.5 else banks12.ARCHIVE_CATEGORIES, r.randint(4, 7))
        out = []
        for lab in labels:
            out.append((lab, "https://" + self.host() + "/" + r.choice(["", "archive/", "category/"])))
            if r.random() < 0.6:
                out.append(("(%d)" % r.randint(3, 40), None))
        return out

    def spam_block(self, family, split):
        r = self.rng
        if family == "press_release":
            return "prose", self.press_release()
        if family == "archive_links":
            return "counted_tags", self.archive()
        if family not in NOVEL9_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "br_lines", "ol", "ranked_list", "ticker_line", "bracket_tags",
                          "quoted_phrases") and r.random() < 0.4:
                layout = r.choice(NOVEL9_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL9_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "bracket_tags"])
        link_share = {"spintax": 0.5, "wiki_links": 0.8, "counted_tags": 0.9, "sep_line": 0.4, "ul": 0.9,
                      "br_lines": 0.6, "bracket_tags": 0.7}[layout]
        items = [(p, (self.slug_url(banks12.ENGLISH_SLUGS[family]) if family in ENGLISH_BANKS and r.random() < 0.5 else
                      "https://" + self.host() + "/" + r.choice(["", "", "go/", "?id=%d" % r.randint(1, 999)]))
                  if r.random() < link_share else None) for p in self.novel9_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "mojibake_sjis":  # UTF-8 read as Shift_JIS or EUC-JP, the undecodable bytes shown as a middle dot
            codec = r.choice(["cp932", "cp932", "euc_jp"])
            return [(t.encode("utf-8").decode(codec, errors="replace").replace("\ufffd", "・"), h) for t, h in items]
        if dmg == "quoted_printable":  # a mail's encoding left undecoded
            return [(quoted_printable(t), h) for t, h in items]
        if dmg == "stretched_letters":  # a vowel or a final letter of longer words drawn out, as chat writes it
            def stretch(m):
                w = m.group()
                vowels = [i for i, c in enumerate(w) if c in "aeiouAEIOU"]
                i = r.choice(vowels) if vowels and r.random() < 0.7 else len(w) - 1
                return w[:i + 1] + w[i] * r.randint(2, 4) + w[i + 1:]
            return [(re.sub(r"[A-Za-z]{4,}", lambda m: stretch(m) if r.random() < 0.6 else m.group(), t), h)
                    for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def spun(self, parts):
        """Spintax a spinner failed to expand: the phrases in braces, two or three options a brace."""
        r = self.rng
        out, i = [], 0
        while i < len(parts):
            k = r.randint(2, 3)
            out.append("{" + "|".join(parts[i:i + k]) + "}")
            i += k
        return " ".join(out)

    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout not in NOVEL9_LAYOUTS or pl == "img_alt" or hid in FORM_HIDINGS:
            return super().html_items(layout if layout not in NOVEL9_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "spintax":
            return '<p>%s</p>' % self.spun([a(t, h) for t, h in items]), "div"
        if layout == "wiki_links":  # wiki markup nobody rendered: [address label] and [[label]]
            return '<p>%s</p>' % " ".join(self.esc("[%s %s]" % (h, t) if h else "[[%s]]" % t) for t, h in items), "div"
        return '<div class="tagcloud">%s</div>' % " ".join(  # counted_tags: labels with post counts
            a(t, h) if not re.fullmatch(r"\(\d+\)", t) else t for t, h in self.counted(items)), "div"

    def counted(self, items):
        """Items with a post count after each label that has none."""
        r = self.rng
        out = []
        for j, (t, h) in enumerate(items):
            out.append((t, h))
            nxt = items[j + 1][0] if j + 1 < len(items) else ""
            if not re.fullmatch(r"\(\d+\)", t) and not re.fullmatch(r"\(\d+\)", nxt):
                out.append(("(%d)" % r.randint(2, 60), None))
        return out

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL9_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL9_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "spintax":
            return self.spun([t for t, _ in items])
        if layout == "wiki_links":
            return " ".join("[%s %s]" % (h, t) if h else "[[%s]]" % t for t, h in items)
        return " ".join(t for t, _ in self.counted(items))

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL9_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["wgt", "block", "col", "c-box", "entry-x", "sect", "lnk", "inner"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt", "datalist") else tag
        if hiding == "framework_class":  # a utility class that hides, its rule in a framework's stylesheet elsewhere
            return '<%s class="%s">%s</%s>' % (tag, r.choice(FRAMEWORK_CLASSES), inner, tag)
        if hiding == "css_obfuscated_inline":  # the hiding declaration in capitals, comments, odd spaces, repeated
            style = r.choice(["DISPLAY: NONE", "display:/**/none", "/* wp */ display : none !important",
                              "color:#333;;display :none", "Visibility: Hidden; Position: Absolute",
                              "display:block;display:none", "dis\\play:none"])
            return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)
        if hiding == "entity_style":  # the style attribute spelled with character references the parser decodes
            style = r.choice(["display&#58;none", "&#100;isplay:none", "display:&#x6e;one",
                              "&#x76;isibility:hidden;position:absolute", "font-size&#x3a;0"])
            return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)
        if hiding == "inset_offscreen":  # moved off the page by the inset shorthand or logical properties
            style = r.choice(["position:absolute;inset:-9999px auto auto -9999px",
                              "position:absolute;inset-inline-start:-200vw",
                              "position:fixed;inset-block-start:-500vh", "position:absolute;inset:auto 100% 100% auto"])
            return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)
        if hiding == "substring_selector_rule":  # found by a part of its class or id
            pre, post = cls.rsplit("-", 1)
            how = r.choice(["class^", "class*", "id$"])
            if how == "id$":
                head_rules.append('[id$="-%s"]{display:none}' % post)
                return '<%s id="%s">%s</%s>' % (tag, cls, inner, tag)
            head_rules.append('[%s="%s"]{display:none}' % (how, pre + "-" if how == "class^" else post))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "scope_rule":  # hidden by a rule inside @scope
            head_rules.append(r.choice(["@scope (.%s){:scope{display:none}}", "@scope (.%s){:scope{visibility:hidden;"
                                        "position:absolute}}", "@scope (body) to (.%s *){.%s{display:none}}"])
                              .replace("%s", cls))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        if hiding == "specificity_override":  # a showing rule first, a more specific hiding rule after it
            head_rules.append(r.choice([".%s{display:block} body .%s{display:none}",
                                        ".%s{visibility:visible} %t.%s{visibility:hidden;position:absolute}",
                                        ".%s{display:block!important} html body .%s{display:none!important}"])
                              .replace("%s", cls).replace("%t", tag))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        box = "span" if tag == "span" else "div"  # a wrapper that may stand where the block stands
        if hiding == "shadow_host_rule":  # the host hides itself from inside its declarative shadow root
            return ('<%s class="%s"><template shadowrootmode="open"><style>:host{%s}</style><slot></slot></template>'
                    '<%s>%s</%s></%s>' % (box, cls, r.choice(["display:none", "display:none!important",
                                                               "visibility:hidden;position:absolute"]),
                                          tag, inner, tag, box))
        if hiding == "nth_child_rule":  # no class on the block: a rule picks its parent's second child
            head_rules.append(".%s > :nth-child(2){display:none}" % cls if r.random() < 0.5 else
                              ".%s > :last-child{display:none}" % cls)
            return '<%s class="%s"><span></span><%s>%s</%s></%s>' % (box, cls, tag, inner, tag, box)
        # svg_style_rule: the hiding rule inside a tiny icon's own <style>, which reaches the whole document
        return ('<svg width="0" height="0" aria-hidden="true"><style>.%s{display:none}</style></svg><%s class="%s">%s'
                '</%s>' % (cls, tag, cls, inner, tag))

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        if placement in NOVEL9_PLACEMENTS:
            if placement == "alert_banner":
                return super().html_point(html, "body_start")
            if placement == "theme_credit":
                return super().html_point(html, "after_footer")
            if placement in ("footer_widgets", "in_blogroll"):
                if placement == "in_blogroll":
                    pt = super().html_point(html, "sidebar")
                    if pt:
                        return pt
                return super().html_point(html, "before_footer")
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            return ends[-1] + 4, False  # rss_widget, downloads_list: after the article's last paragraph
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        if placement in NOVEL9_PLACEMENTS:
            if placement == "alert_banner":
                return 0, "before"
            if placement == "theme_credit":
                return super().text_point(lines, "after_footer")
            if placement in ("footer_widgets", "in_blogroll"):
                return super().text_point(lines, "before_footer")
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            if len(long_lines) < 2:
                return None
            return long_lines[-1], "after"
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL9_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        b = banks12
        if placement == "theme_credit":
            t = r.choice(b.THEME_CREDITS)
            return '<div class="site-info">%s | ' % t, "</div>", t
        if placement == "footer_widgets":
            title, text = r.choice(b.WIDGET_TITLES), r.choice(b.WIDGET_TEXTS)
            return ('<div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">%s</h2>'
                    '<div class="textwidget"><p>%s</p>' % (title, text), "</div></section></div>",
                    "%s\n%s" % (title, text))
        if placement == "in_blogroll":
            sites = r.sample(b.BLOGROLL_SITES, 3)
            return ('<section class="widget widget_links"><h2 class="widget-title">Blogroll</h2><ul>%s<li>' % "".join(
                '<li><a href="https://%s/">%s</a></li>' % (h, n) for n, h in sites), "</li></ul></section>",
                "Blogroll\n" + "\n".join(n for n, _ in sites))
        if placement == "rss_widget":
            (title, host), heads = r.choice(b.RSS_SOURCES), r.sample(b.RSS_HEADLINES, 2)
            return ('<section class="widget widget_rss"><h2 class="widget-title">%s</h2><ul>%s<li>' % (title, "".join(
                '<li><a class="rsswidget" href="https://%s/%d">%s</a></li>' % (host, r.randint(100, 9999), t)
                for t in heads)), "</li></ul></section>", title + "\n" + "\n".join(heads))
        if placement == "alert_banner":
            t = r.choice(b.ALERTS)
            return ('<div class="site-alert" role="alert"><strong>%s</strong> ' % t, "</div>", t)
        files = r.sample(b.DOWNLOAD_FILES, 2)  # downloads_list
        return ('<section class="downloads"><h3>Documents</h3><ul>%s<li>' % "".join(
            '<li><a href="/sites/default/files/%s.pdf">%s</a> (%s)</li>' % (n.lower().replace(" ", "-").replace(",", ""),
                                                                            n, s) for n, s in files),
            "</li></ul></section>", "Documents\n" + "\n".join("%s (%s)" % f for f in files))

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL9_NEG_KINDS * 80

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL9_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        b = banks12
        if kind == "novel9_prose":
            lang = r.choice(sorted(b.NOVEL9_PROSE))
            return self.prose_part(b.NOVEL9_PROSE[lang], lang)
        if kind == "topic_prose9":
            return self.prose_part(r.sample(b.TOPIC_PROSE9, r.randint(1, 3)))
        if kind in ("press_honest", "spintax_honest", "wiki_honest", "stretched_prose", "kana_prose"):
            bank = {"press_honest": b.PRESS_HONEST, "spintax_honest": b.SPINTAX_HONEST, "wiki_honest": b.WIKI_HONEST,
                    "stretched_prose": b.STRETCHED_PROSE, "kana_prose": b.KANA_PROSE}[kind]
            return self.prose_part([r.choice(bank)], "ja" if kind == "kana_prose" else None)
        if kind in ("archive_honest", "counted_honest"):  # the site's own archive or categories, with post counts
            labels = r.sample(b.ARCHIVE_MONTHS if kind == "archive_honest" else b.ARCHIVE_CATEGORIES, r.randint(3, 6))
            counts = [r.randint(3, 40) for _ in labels]
            return ('<section class="widget widget_archive"><h2 class="widget-title">%s</h2><ul>%s</ul></section>' % (
                "Archives" if kind == "archive_honest" else "Categories", "".join(
                    "<li>%s (%d)</li>" % (self.own_link(own_host, lab), n) for lab, n in zip(labels, counts))),
                ["Archives" if kind == "archive_honest" else "Categories"] +
                ["%s (%d)" % (lab, n) for lab, n in zip(labels, counts)], "links")
        if kind == "theme_credit_honest":
            t = r.choice(b.THEME_CREDITS)
            return '<div class="site-info">%s</div>' % esc(t), [t], "links"
        if kind == "text_widget_honest":
            title, text = r.choice(b.WIDGET_TITLES), r.choice(b.WIDGET_TEXTS)
            return ('<section class="widget widget_text"><h2 class="widget-title">%s</h2><div class="textwidget"><p>%s'
                    '</p></div></section>' % (esc(title), esc(text)), [title, text], "links")
        if kind == "blogroll_honest9":  # a blogroll of real-looking community sites: many external hosts, honest
            sites = r.sample(b.BLOGROLL_SITES, r.randint(3, 6))
            return ('<section class="widget widget_links"><h2 class="widget-title">Blogroll</h2><ul>%s</ul></section>'
                    % "".join('<li><a href="https://%s/">%s</a></li>' % (h, esc(n)) for n, h in sites),
                    ["Blogroll"] + [n for n, _ in sites], "links")
        if kind == "rss_honest":  # a partner's feed: headlines on another host
            (title, host), heads = r.choice(b.RSS_SOURCES), r.sample(b.RSS_HEADLINES, 3)
            return ('<section class="widget widget_rss"><h2 class="widget-title">%s</h2><ul>%s</ul></section>' % (
                esc(title), "".join('<li><a class="rsswidget" href="https://%s/%d">%s</a></li>' % (
                    host, r.randint(100, 9999), esc(t)) for t in heads)), [title] + heads, "links")
        if kind == "alert_honest":
            t = r.choice(b.ALERTS)
            return '<div class="site-alert" role="alert"><strong>%s</strong></div>' % esc(t), [t], "links"
        if kind == "downloads_honest":
            files = r.sample(b.DOWNLOAD_FILES, r.randint(2, 4))
            return ('<section class="downloads"><h3>Documents</h3><ul>%s</ul></section>' % "".join(
                '<li><a href="https://%s/files/%d.pdf">%s</a> (%s)</li>' % (own_host, r.randint(10, 999), esc(n), s)
                for n, s in files), ["Documents"] + ["%s (%s)" % f for f in files], "links")
        if kind == "framework_honest":  # a framework's hiding class on honest interface text
            c, t = r.choice(b.FRAMEWORK_HONEST)
            return '<span class="%s">%s</span>' % (c, esc(t)), [t], "links"
        t = r.choice(b.TOPIC_PROSE9)
        if kind == "obfuscated_style_honest":  # capitals and a comment in a style that shows the text
            return '<p style="/* print */ COLOR: #333; DISPLAY: BLOCK">%s</p>' % esc(t), [t], "prose"
        if kind == "entity_style_honest":
            return '<p style="font-family&#58;Georgia,serif">%s</p>' % esc(t), [t], "prose"
        if kind == "inset_honest":  # a positioned box that stays on the page
            return ('<div style="position:relative;inset:0"><p>%s</p></div>' % esc(t), [t], "prose")
        if kind == "substring_rule_honest":
            return ('<style>[class^="col-"]{padding:0 8px}</style><div class="col-main"><p>%s</p></div>' % esc(t), [t],
                    "prose")
        if kind == "scope_honest":
            return ('<style>@scope (.story-body){p{margin:0 0 1em}}</style><div class="story-body"><p>%s</p></div>'
                    % esc(t), [t], "prose")
        if kind == "specificity_honest":  # a hiding rule overridden by a more specific showing one
            return ('<style>.note{display:none} body .note{display:block}</style><p class="note">%s</p>' % esc(t), [t],
                    "prose")
        if kind == "shadow_host_honest":
            return ('<div class="card"><template shadowrootmode="open"><style>:host{display:block;padding:1em}</style>'
                    '<slot></slot></template><p>%s</p></div>' % esc(t), [t], "prose")
        if kind == "nth_child_honest":
            return ('<style>.pair > :nth-child(2){margin-top:0}</style><div class="pair"><span></span><p>%s</p></div>'
                    % esc(t), [t], "prose")
        # svg_style_honest: an icon whose own style only colours it
        return ('<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><style>.st0{fill:#333}</style>'
                '<path class="st0" d="M2 8h12"/></svg><p>%s</p>' % esc(t), [t], "prose")


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel9Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel9, prefix="k")
