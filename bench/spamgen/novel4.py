"""The novel4 untouched tier (session 24; `spamgen.py --set novel4`, seed 59): families, languages and scripts, hiding
tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh, novel, novel2,
novel3), designed from what injected SEO spam on hacked news and institutional sites looks like before session 24
changed anything, with honest lookalikes of its own (banks7). Every positive has a family, hiding trick, placement or
damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases, never run the
detector on it except to score it (the coordinator): totals only.

A subclass of novel3.Novel3Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import html as htmllib
import json
import re
import urllib.parse

import banks7
import novel3

NOVEL4_FAMILIES = ["balkan_betting", "satta_matka", "steppe_pharma", "thaana_pashto_loans", "african_diet",
                   "lao_nepali_casino", "en_iptv", "en_sarms", "echo_sentences"]
NOVEL4_HIDINGS = ["collapse_row", "object_fallback", "noembed", "canvas_fallback", "media_fallback", "popover_closed",
                  "textarea_raw", "text_fill_clear", "zoom_tiny", "html_comment", "jsonld_script", "inherited_colour"]
NOVEL4_PLACEMENTS = ["fake_breadcrumb", "footer_table", "share_bar", "pagination", "read_more"]
NOVEL4_DAMAGE = ["small_caps", "enclosed_letters", "percent_slug", "span_shred"]
NOVEL4_LAYOUTS = ["table_grid", "breadcrumb_chain", "footnotes", "pricelist", "csv_line"]
NOVEL4_NEG_KINDS = ["novel4_prose", "topic_prose4", "breadcrumb_honest", "footer_table_honest", "share_bar_honest",
                    "pagination_honest", "read_more_honest", "pricelist_honest", "footnotes_honest", "textarea_honest",
                    "canvas_honest", "media_honest", "popover_honest", "jsonld_honest", "comment_honest",
                    "object_honest", "collapse_honest"]

EARLIER_FAMILIES = novel3.EARLIER_FAMILIES + novel3.NOVEL3_FAMILIES
EARLIER_HIDINGS = novel3.EARLIER_HIDINGS + novel3.NOVEL3_HIDINGS
EARLIER_PLACEMENTS = novel3.EARLIER_PLACEMENTS + novel3.NOVEL3_PLACEMENTS
LATIN_FAMILIES = novel3.LATIN_FAMILIES + ["en_iptv", "en_sarms", "echo_sentences"]
ONE_LANGUAGE_BANKS = {"balkan_betting": banks7.BALKAN_BETTING, "satta_matka": banks7.SATTA_MATKA,
                      "steppe_pharma": banks7.STEPPE_PHARMA, "thaana_pashto_loans": banks7.THAANA_PASHTO_LOANS,
                      "african_diet": banks7.AFRICAN_DIET, "lao_nepali_casino": banks7.LAO_NEPALI_CASINO}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘqʀꜱᴛᴜᴠᴡxʏᴢ"))
# span_shred marks: a shown piece of a word opens and closes, a decoy letter (hidden by the page) opens and closes
SHRED_OPEN, SHRED_CLOSE, DECOY_OPEN, DECOY_CLOSE = "\ue010", "\ue011", "\ue012", "\ue013"
SHRED_MARKS = re.compile("[\ue010\ue011]|\ue012[^\ue013]*\ue013")


def is_novel4(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL4_FAMILIES or rec["hiding"] in NOVEL4_HIDINGS
            or rec["placement"] in NOVEL4_PLACEMENTS or rec["encoding_damage"] in NOVEL4_DAMAGE)


def shred_markup(s):
    """A shredded word's marks as the markup a page would carry: each piece a span, each decoy a hidden span."""
    return (s.replace(SHRED_OPEN, "<span>").replace(SHRED_CLOSE, "</span>")
            .replace(DECOY_OPEN, '<span style="display:none">').replace(DECOY_CLOSE, "</span>"))


def shred_text(s):
    """A shredded word as a reader sees it: the pieces joined, the decoys gone."""
    return SHRED_MARKS.sub("", s)


class Novel4Gen(novel3.Novel3Gen):
    """The generator of the novel4 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = NOVEL4_PLACEMENTS  # the placements whose block sits inside page furniture (see furniture)

    def __init__(self, shared, seed):
        super().__init__(shared, seed)
        self.fmt = None  # the format of the case being written

    def case(self, kind, fmt, carrier, split, attrs, tune2=False):
        self.fmt = fmt
        return super().case(kind, fmt, carrier, split, attrs, tune2)

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL4_FAMILIES, NOVEL4_HIDINGS, NOVEL4_PLACEMENTS, NOVEL4_DAMAGE))
        if dmg == "span_shred" and (self.fmt == "text" or pl == "img_alt"):
            dmg = "small_caps"  # pieces in spans exist only in markup
        if dmg in ("small_caps", "enclosed_letters"):
            fam = r.choice(LATIN_FAMILIES)
        if pl == "img_alt":
            hid = "none"
            if fam == "hidden_links":
                fam = r.choice(NOVEL4_FAMILIES)
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks7, 0.3, 99)

    def novel4_phrases(self, family):
        r = self.rng
        n = r.randint(6, 16)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
        else:
            words = banks7.IPTV if family == "en_iptv" else banks7.SARMS
        return [r.choice(words) for _ in range(n)]

    def echoed(self):
        """(text, href) pieces: sentences of the page itself with two words swapped for other page words, each
        sentence one link, as scraped and spun copies are planted."""
        r = self.rng
        sents = [re.sub(r"\s+", " ", s).strip() for s in re.split(r"(?<=[.!?])\s+", self.body)]
        sents = [s for s in sents if 60 <= len(s) <= 220]
        if len(sents) < 3:
            return None
        keys = self.own_words(5)
        out = []
        for s in r.sample(sents, r.randint(2, min(4, len(sents)))):
            words = s.split(" ")
            for _ in range(2):
                i = r.randrange(len(words))
                if re.fullmatch(r"[^\W\d_]{5,}", words[i]):
                    words[i] = r.choice(keys)
            out.append((" ".join(words), "https://" + self.host() + "/" + r.choice(["", "news/", "?id=%d" % r.randint(1, 999)])))
        return out

    def spam_block(self, family, split):
        r = self.rng
        if family == "echo_sentences":
            items = self.echoed()
            return ("prose", items) if items else super().spam_block("own_word_anchors", split)
        if family not in NOVEL4_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "anchor_block", "br_lines", "dl", "emoji_lines", "ol") and r.random() < 0.5:
                layout = r.choice(NOVEL4_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL4_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "dl"])
        link_share = {"table_grid": 0.7, "breadcrumb_chain": 1.0, "footnotes": 0.5, "pricelist": 0.6,
                      "csv_line": 0.2, "sep_line": 0.4, "ul": 0.9, "br_lines": 0.6, "dl": 0.5}[layout]
        items = [(p, "https://" + self.host() + "/" + r.choice(["", "", "buy/", "?ref=%d" % r.randint(1, 999)])
                  if r.random() < link_share else None) for p in self.novel4_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "small_caps":  # lower-case Latin letters as the phonetic small capitals
            return [("".join(SMALL_CAPS.get(c, c) for c in t), h) for t, h in items]
        if dmg == "enclosed_letters":  # Latin letters as circled ones
            def circled(c):
                if "A" <= c <= "Z":
                    return chr(0x24B6 + ord(c) - 65)
                if "a" <= c <= "z":
                    return chr(0x24D0 + ord(c) - 97)
                return c
            return [("".join(circled(c) for c in t), h) for t, h in items]
        if dmg == "percent_slug":  # the phrase as a URL's percent-encoded slug, shown as the link's text
            return [(urllib.parse.quote(t.lower().replace(" ", "-"), safe="-") if h and i % 3 != 2 else t, h)
                    for i, (t, h) in enumerate(items)]
        if dmg == "span_shred":  # every long word cut into spans, hidden decoy letters between some pieces
            def shred(w):
                if len(w) < 4 or not w.isalpha():
                    return w
                out, i = [], 0
                while i < len(w):
                    k = r.randint(1, 3)
                    out.append(SHRED_OPEN + w[i:i + k] + SHRED_CLOSE)
                    if r.random() < 0.3:
                        out.append(DECOY_OPEN + r.choice("aeiouxqz") + DECOY_CLOSE)
                    i += k
                return "".join(out)
            return [(" ".join(shred(w) for w in t.split(" ")), h) for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def price(self):
        r = self.rng
        return r.choice(["$", "€", "£", ""]) + "%d.%02d" % (r.randint(5, 199), r.choice([0, 49, 90, 99]))

    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if layout not in NOVEL4_LAYOUTS or pl == "img_alt" or hid in ("select_menu", "svg_text"):
            return super().html_items(layout if layout not in NOVEL4_LAYOUTS else "sep_line", items)
        if self.inline_here():
            return " · ".join(a(t, h) for t, h in items), "span"
        if layout == "table_grid":
            rows = [items[i:i + 3] for i in range(0, len(items), 3)]
            return "<table>" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % a(*c) for c in row)
                                       for row in rows) + "</table>", "div"
        if layout == "breadcrumb_chain":
            return " › ".join(a(t, h) for t, h in items), "p"
        if layout == "footnotes":
            return "".join('<p class="fn"><sup>%d</sup> %s</p>' % (i + 1, a(t, h)) for i, (t, h) in enumerate(items)), "div"
        if layout == "pricelist":
            return "<ul class=\"prices\">" + "".join('<li>%s <span class="price">%s</span></li>' % (a(t, h), self.price())
                                                      for t, h in items) + "</ul>", "div"
        return ";".join(a(t, h) for t, h in items), "p"  # csv_line

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL4_LAYOUTS or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL4_LAYOUTS else "sep_line", items, flattener)
        if self.inline_here():
            return " · ".join(t for t, _ in items)
        if layout == "table_grid":  # w3m lays cells out with spaces, innerText with tabs
            rows = [items[i:i + 3] for i in range(0, len(items), 3)]
            return "\n".join(("   " if flattener == "w3m" else "\t").join(t for t, _ in row) for row in rows)
        if layout == "breadcrumb_chain":
            return " › ".join(t for t, _ in items)
        if layout == "footnotes":
            return "\n".join("%d %s" % (i + 1, t) for i, (t, _) in enumerate(items))
        if layout == "pricelist":
            bullet = "  • " if flattener == "w3m" else ""
            return "\n".join("%s%s %s" % (bullet, t, self.price()) for t, _ in items)
        return ";".join(t for t, _ in items)

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL4_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["site-extra", "legacy", "ad-fallback", "widget", "embed-box", "x-wrap", "meta", "fb-box"]) + \
            "-" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
        tag = "div" if tag in ("ul", "ol", "select", "svg") else tag
        el = "<%s>%s</%s>" % (tag, inner, tag)
        if hiding in ("html_comment", "jsonld_script", "textarea_raw"):  # text, not markup: pieces already joined
            plain = htmllib.unescape(re.sub(r"<[^>]+>", " ", shred_text(inner)))
            plain = re.sub(r"\s+", " ", plain).strip()
        if hiding == "collapse_row":  # a table row collapsed away
            return '<table class="%s"><tr style="visibility:collapse"><td>%s</td></tr></table>' % (cls, el)
        if hiding == "object_fallback":  # fallback content of an object that loads
            return '<object data="/media/%s.svg" type="image/svg+xml" width="1" height="1">%s</object>' % (cls, el)
        if hiding == "noembed":
            return "<noembed>%s</noembed>" % el
        if hiding == "canvas_fallback":  # fallback content of a canvas: drawn by no one
            return '<canvas id="%s" width="%d" height="%d">%s</canvas>' % (cls, r.choice([1, 300]), r.choice([1, 150]), el)
        if hiding == "media_fallback":
            media = r.choice(["video", "audio"])
            return '<%s src="/media/%s.%s" preload="none">%s</%s>' % (media, cls, "mp4" if media == "video" else "mp3",
                                                                       el, media)
        if hiding == "popover_closed":  # a popover nothing opens
            return '<div id="%s" popover="%s">%s</div>' % (cls, r.choice(["auto", "manual"]), el)
        if hiding == "textarea_raw":  # the block's text in a collapsed, read-only text area
            return ('<textarea class="%s" readonly tabindex="-1" style="width:0;height:0;border:0;padding:0;'
                    'resize:none">%s</textarea>' % (cls, self.esc(plain)))
        if hiding == "html_comment":
            return "<!-- %s -->" % plain.replace("--", "- -").replace(">", "&gt;")
        if hiding == "jsonld_script":  # the words as structured data's description, the links as its mentions
            hrefs = re.findall(r'href="([^"]+)"', inner)
            doc = {"@context": "https://schema.org", "@type": r.choice(["WebPage", "Article", "Organization"]),
                   "description": plain, "sameAs": hrefs}
            return '<script type="application/ld+json">%s</script>' % json.dumps(
                doc, ensure_ascii=False).replace("</", "<\\/")
        if hiding == "inherited_colour":  # the colour is the parent's, the block only inherits it
            bg = r.choice(["#ffffff", "hsl(0,0%,100%)", "#fff"])
            return '<div class="%s" style="color:%s"><%s style="color:inherit">%s</%s></div>' % (cls, bg, tag, inner, tag)
        style = {"text_fill_clear": r.choice(["-webkit-text-fill-color:transparent", "color:rgba(0,0,0,0)",
                                              "color:hsla(0,0%,100%,0)"]),
                 "zoom_tiny": r.choice(["zoom:0.01", "zoom:1%", "zoom:.001"])}[hiding]
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)

    def apply(self, content, inserts):
        """The base's inserts with shred marks turned into markup, each label's start and end moved to match."""
        return super().apply(content, [(pos, shred_markup(s), k, len(shred_markup(s[:a])), len(shred_markup(s[:b])))
                                       for pos, s, k, a, b in inserts])

    def apply_text(self, lines, edits):
        return super().apply_text(lines, [(i, mode, shred_text(t), k) for i, mode, t, k in edits])

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in ("fake_breadcrumb", "read_more", "share_bar", "pagination"):
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            if placement == "fake_breadcrumb":  # right before the article's first paragraph
                i = html.lower().rfind("<p", 0, ends[0])
                return (i, False) if i >= 0 else None
            if placement == "read_more":
                return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
            return ends[-1] + 4, False
        if placement == "footer_table":
            return super().html_point(html, "before_footer")
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
        if placement in ("fake_breadcrumb", "read_more", "share_bar", "pagination"):
            if len(long_lines) < 2:
                return None
            if placement == "fake_breadcrumb":
                return long_lines[0], "before"
            if placement == "read_more":
                return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
            return long_lines[-1], "after"
        if placement == "footer_table":
            return super().text_point(lines, "before_footer")
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        r = self.rng
        if placement == "fake_breadcrumb":
            section = r.choice(["News", "Local", "World", "Sport", "Business"])
            return ('<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/%s/">%s</a> › '
                    % (section.lower(), section), "</nav>", "Home › %s ›" % section)
        if placement == "read_more":
            label = r.choice(["Read more:", "Also read:", "Related:"])
            return '<div class="read-more"><strong>%s</strong> ' % label, "</div>", label
        if placement == "share_bar":
            nets = r.sample(banks7.SHARE_LABELS, 3)
            return ('<div class="share-bar"><span>Share:</span> %s ' % " ".join('<a href="#">%s</a>' % n for n in nets),
                    "</div>", "Share: " + " ".join(nets))
        if placement == "pagination":
            return ('<div class="pagination"><span>Pages:</span> <a href="?page=1">1</a> <a href="?page=2">2</a> '
                    '<a href="?page=3">3</a> <a href="?page=2">Next »</a> ', "</div>", "Pages: 1 2 3 Next »")
        if placement == "footer_table":
            row = r.choice(banks7.FOOTER_ROWS)
            return ('<table class="footer-layout" width="100%%"><tr><td>%s</td></tr><tr><td>' % " | ".join(
                '<a href="/%s/">%s</a>' % (t.lower().replace(" ", "-"), t) for t in row), "</td></tr></table>",
                " | ".join(row))
        return None

    def html_block(self, placement, pos, el):
        fr = self.furniture(placement) if placement in self.FURNISHED else None
        if fr:
            return [(pos, fr[0], "frame", 0, 0), (pos, el, "spam", 0, len(el)), (pos, fr[1], "frame", 0, 0)]
        return super().html_block(placement, pos, el)

    def text_block(self, placement, point, flat):
        fr = self.furniture(placement) if placement in self.FURNISHED else None
        if fr:  # edits at one line come out in reverse order
            return [(point[0], point[1], flat, "spam"), (point[0], point[1], fr[2], "frame")]
        return super().text_block(placement, point, flat)

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL4_NEG_KINDS * 6

    def own_link(self, own_host, label):
        """A link to a section of the page's own site, as honest furniture carries."""
        return '<a href="https://%s/%s/">%s</a>' % (own_host, label.lower().replace(" ", "-"), self.esc(label))

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL4_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        w3m = self.flattener == "w3m"

        def own(label):
            return self.own_link(own_host, label)
        if kind == "novel4_prose":
            lang = r.choice(sorted(banks7.NOVEL4_PROSE))
            return self.prose_part(banks7.NOVEL4_PROSE[lang], lang)
        if kind == "topic_prose4":
            return self.prose_part(r.sample(banks7.TOPIC_PROSE4, r.randint(1, 3)))
        if kind == "breadcrumb_honest":
            crumbs = r.choice(banks7.BREADCRUMBS)
            return ('<nav class="breadcrumb" aria-label="Breadcrumb">%s</nav>' % " › ".join(own(c) for c in crumbs),
                    [" › ".join(crumbs)], "links")
        if kind == "footer_table_honest":
            rows = r.sample(banks7.FOOTER_ROWS, 2)
            return ('<table class="footer-layout" width="100%%">%s</table>' % "".join(
                "<tr><td>%s</td></tr>" % " | ".join(own(t) for t in row) for row in rows),
                [" | ".join(row) for row in rows], "links")
        if kind == "share_bar_honest":
            nets = r.sample(banks7.SHARE_LABELS, 4)
            return ('<div class="share-bar"><span>Share:</span> %s</div>' % " ".join(
                '<a href="https://%s/share?net=%s">%s</a>' % (own_host, n.lower().replace(" ", ""), n) for n in nets),
                ["Share: " + " ".join(nets)], "links")
        if kind == "pagination_honest":
            return ('<div class="pagination"><span>Pages:</span> <a href="?page=1">1</a> <a href="?page=2">2</a> '
                    '<a href="?page=2">Next »</a></div>', ["Pages: 1 2 Next »"], "links")
        if kind == "read_more_honest":
            t = r.choice(banks7.READ_MORE)
            return ('<div class="read-more"><strong>Read more:</strong> %s</div>' % own(t), ["Read more: " + t], "prose")
        if kind == "pricelist_honest":
            title, rows = r.choice(banks7.PRICELISTS)
            lines = ["%s %s" % row for row in rows]
            return ('<div class="box"><h4>%s</h4><ul class="prices">%s</ul></div>' % (esc(title), "".join(
                '<li>%s <span class="price">%s</span></li>' % (esc(a), b) for a, b in rows)), [title] + lines, "prose")
        if kind == "footnotes_honest":
            notes = r.choice(banks7.FOOTNOTES)
            return "".join('<p class="fn">%s</p>' % esc(n) for n in notes), notes, "prose"
        if kind == "textarea_honest":
            code = r.choice(banks7.EMBED_CODES)
            return ('<p>Embed this story:</p><textarea readonly rows="3" cols="60">%s</textarea>' % esc(code),
                    ["Embed this story:", code], "links")
        if kind == "canvas_honest":
            fb = r.choice(banks7.CANVAS_FALLBACKS)
            cap = "Source: city council data"
            return ('<figure><canvas width="600" height="300">%s</canvas><figcaption>%s</figcaption></figure>'
                    % (esc(fb), cap), ([fb] if w3m else []) + [cap], "prose")
        if kind == "media_honest":
            fb = r.choice(banks7.MEDIA_FALLBACKS)
            cap = "Watch: the mayor's statement in full"
            return ('<figure><video controls src="/media/clip-%d.mp4" width="640">%s</video><figcaption>%s</figcaption>'
                    '</figure>' % (r.randint(100, 999), esc(fb), cap), ([fb] if w3m else []) + [cap], "prose")
        if kind == "popover_honest":
            t = r.choice(banks7.POPOVER_TEXTS)
            return ('<button popovertarget="tools">Tools</button><div id="tools" popover>%s</div>' % esc(t),
                    ["Tools"], "links")
        if kind == "jsonld_honest":
            t = r.choice(banks7.READ_MORE)
            doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                   "publisher": {"@type": "Organization", "name": own_host}, "url": "https://%s/" % own_host}
            note = "Updated %d December 2026" % r.randint(1, 28)
            return ('<script type="application/ld+json">%s</script><p class="updated">%s</p>' % (
                json.dumps(doc, ensure_ascii=False), note), [note], "prose")
        if kind == "comment_honest":
            c = r.choice(banks7.DEV_COMMENTS)
            t = "Corrections and clarifications: contact the readers' editor."
            return '<!-- %s --><p class="corrections">%s</p>' % (c, esc(t)), [t], "prose"
        if kind == "object_honest":
            fb = r.choice(banks7.OBJECT_FALLBACKS)
            return ('<object data="/files/report-%d.pdf" type="application/pdf" width="600" height="400"><p>%s</p>'
                    '</object>' % (r.randint(10, 99), esc(fb)), [fb], "prose")
        if kind == "collapse_honest":
            title, rows = r.choice(banks7.COLLAPSED_TABLES)
            body = "".join('<tr%s><td>%s</td><td>%s</td></tr>' % (' style="visibility:collapse"' if i == len(rows) - 1
                                                                  else "", a, b) for i, (a, b) in enumerate(rows))
            return ('<table><caption>%s</caption>%s</table>' % (esc(title), body),
                    [title] + ["%s\t%s" % row for row in rows[:-1]], "links")
        raise ValueError(kind)


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel4Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel4, prefix="z")
