"""The novel5 untouched tier (session 25; `spamgen.py --set novel5`, seed 67): families, languages, scripts and written
forms, hiding tricks, placements, damage and layouts that appear in NO earlier tier (tune, tune2, heldout, fresh,
novel, novel2, novel3, novel4), designed from what injected SEO spam on hacked news and institutional sites looks like
before session 25 changed anything, with honest lookalikes of its own (banks8). Every positive has a family, hiding
trick, placement or damage of this tier. On the held-out half of the carriers. Never tune on it, never open its cases,
never run the detector on it except to score it (the coordinator): totals only.

A subclass of novel4.Novel4Gen (so the earlier tiers' families and tricks mix in); the earlier tiers' code paths are
not touched, so their files stay the same.
"""
import html as htmllib
import re

import banks8
import novel3
import novel4

NOVEL5_FAMILIES = ["hant_baccarat", "sea_loans_slots", "minor_europe_replica", "cyrillic_documents",
                   "east_india_lottery", "arabic_script_betting", "africa_betting", "translit_spam", "en_essay",
                   "en_replica", "en_followers", "en_dating", "href_prose", "praise_comments"]
NOVEL5_HIDINGS = ["unslotted_shadow", "noframes", "datalist_options", "meter_fallback", "mask_clear", "rotate_edge",
                  "system_colour", "blank_font", "has_selector_rule", "overflow_push", "ruby_rp", "hidden_input"]
NOVEL5_PLACEMENTS = ["in_subheading", "live_update", "newsletter_box", "cookie_banner", "pull_quote", "reader_poll"]
NOVEL5_DAMAGE = ["punycode_host", "upside_down", "squared_letters", "odd_spaces", "invisible_marks"]
NOVEL5_LAYOUTS = ["star_lines", "tree_lines", "time_log", "pill_buttons"]
NOVEL5_NEG_KINDS = ["novel5_prose", "topic_prose5", "translit_honest", "subheading_honest", "live_update_honest",
                    "newsletter_honest", "cookie_honest", "pull_quote_honest", "poll_honest", "shadow_honest",
                    "datalist_honest", "meter_honest", "ruby_honest", "hidden_input_honest", "font_honest",
                    "reviews_honest", "tree_honest", "timeline_honest", "pills_honest", "flip_card_honest",
                    "mask_fade_honest", "unicode5_prose"]

EARLIER_FAMILIES = novel4.EARLIER_FAMILIES + novel4.NOVEL4_FAMILIES
EARLIER_HIDINGS = novel4.EARLIER_HIDINGS + novel4.NOVEL4_HIDINGS
EARLIER_PLACEMENTS = novel4.EARLIER_PLACEMENTS + novel4.NOVEL4_PLACEMENTS
LATIN_FAMILIES = novel4.LATIN_FAMILIES + ["translit_spam", "en_essay", "en_replica", "en_followers", "en_dating"]
# families written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): odd spaces need spaces
UNSPACED_FAMILIES = {"zh_gambling", "ja_spam", "th_gambling", "hant_baccarat", "lao_nepali_casino", "sea_lottery"}
ONE_LANGUAGE_BANKS = {"hant_baccarat": banks8.HANT_BACCARAT, "sea_loans_slots": banks8.SEA_LOANS_SLOTS,
                      "minor_europe_replica": banks8.MINOR_EUROPE_REPLICA,
                      "cyrillic_documents": banks8.CYRILLIC_DOCUMENTS, "east_india_lottery": banks8.EAST_INDIA_LOTTERY,
                      "arabic_script_betting": banks8.ARABIC_SCRIPT_BETTING, "africa_betting": banks8.AFRICA_BETTING,
                      "translit_spam": banks8.TRANSLIT_SPAM}
UPSIDE_DOWN = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"))
ODD_SPACES = ["\u2002", "\u2003", "\u2009", "\u200a", "\u3000", "\u205f", "\u2007"]
INVISIBLE_MARKS = ["\u034f", "\u180e", "\ufe0f", "\ufe00", "\U000e0020", "\U000e0061", "\u2064"]
STARS = ["★★★★★", "★★★★★", "★★★★☆"]


def is_novel5(rec):
    """True if a positive carries a family, hiding trick, placement or damage of this tier."""
    return (rec["family"] in NOVEL5_FAMILIES or rec["hiding"] in NOVEL5_HIDINGS
            or rec["placement"] in NOVEL5_PLACEMENTS or rec["encoding_damage"] in NOVEL5_DAMAGE)


def punycode(label):
    """A phrase as the host an internationalised address would carry, in its ASCII (punycode) form."""
    words = re.findall(r"[^\W_]+", label.lower())[:4]
    for parts in (["-".join(words)], words[:2]):  # the whole phrase as one label, else a word a label
        try:
            labels = [p.encode("idna").decode("ascii") for p in parts if p]
        except UnicodeError:
            continue
        if labels:
            return ".".join(labels) + ".com"
    return "xn--" + "".join(words)[:8].encode("punycode").decode("ascii") + ".com"


class Novel5Gen(novel4.Novel4Gen):
    """The generator of the novel5 tier: its families, tricks, placements, damage, layouts and lookalikes."""

    FURNISHED = novel4.NOVEL4_PLACEMENTS + NOVEL5_PLACEMENTS

    def attrs(self):
        """A positive's family, hiding, placement and damage: the earlier ones mixed with at least one of this tier."""
        r = self.rng
        fam, hid, pl, dmg = self.one_new((EARLIER_FAMILIES, EARLIER_HIDINGS, EARLIER_PLACEMENTS),
                                         (NOVEL5_FAMILIES, NOVEL5_HIDINGS, NOVEL5_PLACEMENTS, NOVEL5_DAMAGE))
        if dmg == "span_shred" and (self.fmt == "text" or pl == "img_alt"):
            dmg = "small_caps"
        if dmg in ("small_caps", "enclosed_letters", "upside_down", "squared_letters") or (
                dmg == "odd_spaces" and fam in UNSPACED_FAMILIES):
            fam = r.choice(LATIN_FAMILIES)
        if pl == "img_alt":
            hid = "none"
            if fam == "hidden_links":
                fam = r.choice(NOVEL5_FAMILIES)
        if fam in ("href_prose", "praise_comments") and hid in ("select_menu", "svg_text", "datalist_options"):
            hid = r.choice(["noframes", "mask_clear", "rotate_edge", "overflow_push"])  # sentences, not menu items
        self.cur = (fam, hid, pl, dmg)
        return fam, hid, pl, dmg

    # ---- spam blocks ------------------------------------------------------------------------------------------
    def host(self):
        return self.host_from(banks8, 0.3, 99)

    def novel5_phrases(self, family):
        r = self.rng
        n = r.randint(5, 14)
        if family in ONE_LANGUAGE_BANKS:  # one language a block
            bank = ONE_LANGUAGE_BANKS[family]
            words = bank[r.choice(sorted(bank))]
        else:
            words = banks8.ENGLISH_BANKS[family]
        return [r.choice(words) for _ in range(n)]

    def own_sentences(self, templates, anchors, slugged):
        """(text, href) pieces of sentences built from the page's own words, the link on a plain anchor; the spam's
        brand, if any, only in the address."""
        r = self.rng
        keys = self.own_words(5)
        out = []
        for t in r.sample(templates, r.randint(1, 3)):
            pre, post = t.format(w=r.choice(keys), v=r.choice(keys), a="\0").split("\0")
            href = "https://" + self.host() + "/" + (r.choice(banks8.HREF_SLUGS) + "/" if slugged else "")
            if pre:
                out.append((pre.rstrip(), None))
            out.append((r.choice(anchors), href))
            out.append((post.lstrip(), None))
        if out[0][0][:1].islower():
            out[0] = (out[0][0][0].upper() + out[0][0][1:], out[0][1])
        return out

    def spam_block(self, family, split):
        r = self.rng
        if family == "href_prose":
            return "prose", self.own_sentences(banks8.HREF_PROSE, banks8.HREF_ANCHORS, True)
        if family == "praise_comments":
            return "comment_cards", self.own_sentences(banks8.PRAISE_COMMENTS, banks8.PRAISE_ANCHORS, r.random() < 0.5)
        if family not in NOVEL5_FAMILIES:
            layout, items = super().spam_block(family, split)
            if layout in ("sep_line", "ul", "anchor_block", "br_lines", "ol") and r.random() < 0.4:
                layout = r.choice(NOVEL5_LAYOUTS)  # an earlier family in this tier's layouts
            return layout, items
        layout = r.choice(NOVEL5_LAYOUTS * 2 + ["sep_line", "ul", "br_lines", "table_grid"])
        link_share = {"star_lines": 0.7, "tree_lines": 0.9, "time_log": 0.5, "pill_buttons": 1.0, "sep_line": 0.4,
                      "ul": 0.9, "br_lines": 0.6, "table_grid": 0.7}[layout]
        items = [(p, "https://" + self.host() + "/" + r.choice(["", "", "shop/", "?aff=%d" % r.randint(1, 999)])
                  if r.random() < link_share else None) for p in self.novel5_phrases(family)]
        return layout, items

    def damaged(self, dmg, items):
        r = self.rng
        if dmg == "punycode_host":  # each linked phrase shown as a bare address, internationalised ones in punycode
            return [(punycode(t) if h else t, h) for t, h in items]
        if dmg == "upside_down":  # Latin letters turned over and read backwards
            return [("".join(UPSIDE_DOWN.get(c, c) for c in t.lower()[::-1]), h) for t, h in items]
        if dmg == "squared_letters":
            base = r.choice([0x1F130, 0x1F170])  # squared or negative squared capitals

            def sq(c):
                return chr(base + ord(c.upper()) - 65) if "a" <= c.lower() <= "z" else c
            return [("".join(sq(c) for c in t), h) for t, h in items]
        if dmg == "odd_spaces":  # every space another width of space
            return [(re.sub(" ", lambda m: r.choice(ODD_SPACES), t), h) for t, h in items]
        if dmg == "invisible_marks":  # marks that draw nothing, between letters now and then
            return [("".join(c + (r.choice(INVISIBLE_MARKS) if c.isalpha() and r.random() < 0.25 else "") for c in t), h)
                    for t, h in items]
        return super().damaged(dmg, items)

    # ---- rendering --------------------------------------------------------------------------------------------
    def html_items(self, layout, items):
        hid, pl = self.cur[1], self.cur[2]

        def a(t, h):
            return '<a href="%s">%s</a>' % (h, self.esc(t)) if h else self.esc(t)
        if hid in ("datalist_options", "hidden_input") and pl not in ("img_alt", "footer_inline"):
            return "".join('<option value="%s">' % novel3.attr_escape(self.plain(t)) for t, _ in items), "datalist"
        if layout not in NOVEL5_LAYOUTS + ["comment_cards"] or pl == "img_alt" or hid in ("select_menu", "svg_text"):
            return super().html_items(layout if layout not in NOVEL5_LAYOUTS + ["comment_cards"] else "sep_line", items)
        if self.inline_here():
            return " ".join(a(t, h) for t, h in items), "span"
        if layout == "comment_cards":  # one sentence group a card: a reader's name, a time, the words
            names = self.rng.sample(banks8.COMMENTER_NAMES, 3)
            cards, cur = [], []
            for t, h in items:
                cur.append(a(t, h))
                if t.endswith((".", "!")) and not h:
                    cards.append(cur)
                    cur = []
            cards += [cur] if cur else []
            return "".join('<div class="comment"><b>%s</b> <span class="ago">%d day%s ago</span><p>%s</p></div>' % (
                names[i % 3], i + 1, "s" if i else "", " ".join(c)) for i, c in enumerate(cards)), "div"
        if layout == "star_lines":
            return "".join('<p class="review">%s %s</p>' % (STARS[i % 3], a(t, h)) for i, (t, h) in enumerate(items)), "div"
        if layout == "tree_lines":
            return "<div>%s</div>" % "<br>".join("%s %s" % ("└─" if i == len(items) - 1 else "├─", a(t, h))
                                                  for i, (t, h) in enumerate(items)), "div"
        if layout == "time_log":
            return "".join('<p><time>%02d:%02d</time> %s</p>' % (8 + i, (i * 17) % 60, a(t, h))
                           for i, (t, h) in enumerate(items)), "div"
        return " ".join('<a class="pill" role="button" href="%s">%s</a>' % (h or "#", self.esc(t))
                        for t, h in items), "p"  # pill_buttons

    def text_items(self, layout, items, flattener):
        if layout not in NOVEL5_LAYOUTS + ["comment_cards"] or self.cur[2] == "img_alt":
            return super().text_items(layout if layout not in NOVEL5_LAYOUTS + ["comment_cards"] else "sep_line",
                                      items, flattener)
        if self.inline_here():
            return " ".join(t for t, _ in items)
        if layout == "comment_cards":
            names = self.rng.sample(banks8.COMMENTER_NAMES, 2)
            return "%s · 1 day ago\n%s" % (names[0], " ".join(t for t, _ in items))
        if layout == "star_lines":
            return "\n".join("%s %s" % (STARS[i % 3], t) for i, (t, _) in enumerate(items))
        if layout == "tree_lines":
            return "\n".join("%s %s" % ("└─" if i == len(items) - 1 else "├─", t) for i, (t, _) in enumerate(items))
        if layout == "time_log":
            return "\n".join("%02d:%02d %s" % (8 + i, (i * 17) % 60, t) for i, (t, _) in enumerate(items))
        return ("   " if flattener == "w3m" else " ").join("[%s]" % t if flattener == "w3m" else t for t, _ in items)

    @staticmethod
    def plain(s):
        """Markup as the text it shows: shred marks joined, tags dropped, references read."""
        return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", novel4.shred_text(s)))).strip()

    def wrap(self, inner, tag, hiding, head_rules):
        if hiding not in NOVEL5_HIDINGS:
            return super().wrap(inner, tag, hiding, head_rules)
        r = self.rng
        cls = r.choice(["wp-extra", "module", "cmp", "x-embed", "slot", "elementor-el", "jet", "partner"]) + "-" + \
            "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
        if hiding in ("datalist_options", "hidden_input"):  # words as form data: never drawn
            values = re.findall(r'<option value="([^"]*)">', inner) or [novel3.attr_escape(self.plain(inner))]
            if hiding == "hidden_input":
                return '<input type="hidden" name="%s" value="%s">' % (cls, " ".join(values))
            return '<input type="search" list="%s" aria-label="Search"><datalist id="%s">%s</datalist>' % (
                cls, cls, "".join('<option value="%s">' % v for v in values))
        tag = "div" if tag in ("ul", "ol", "select", "svg", "alt") else tag
        el = "<%s>%s</%s>" % (tag, inner, tag)
        if hiding == "unslotted_shadow":  # light children of a shadow host with no slot for them are never drawn
            return ('<div class="%s"><template shadowrootmode="open"><span part="badge"></span></template>%s</div>'
                    % (cls, el))
        if hiding == "noframes":
            return "<noframes>%s</noframes>" % el
        if hiding == "meter_fallback":  # fallback content of a progress or meter bar
            bar = r.choice(['<progress value="%d" max="100">' % r.randint(10, 90), '<meter value="0.%d">' % r.randint(1, 9)])
            return "%s%s</%s>" % (bar, el, bar[1:bar.index(" ")])
        if hiding == "ruby_rp":  # ruby parentheses: drawn only where ruby is not supported
            return '<ruby>&#8203;<rp>%s</rp><rt></rt></ruby>' % el
        if hiding == "overflow_push":  # pushed out of a short box that clips what overflows
            return ('<div class="%s" style="height:%s;overflow:hidden"><span>&nbsp;</span><div style="padding-top:%dpx">'
                    '%s</div></div>' % (cls, r.choice(["1em", "2px", "12px"]), r.choice([300, 800, 2000]), el))
        if hiding == "has_selector_rule":  # hidden by a rule that finds the block by what it holds, not by a name
            first = re.match(r'<a href="https?://([^/"]+)', inner)
            mark = cls.split("-")[-1]
            sel = ('%s:has(> a[href*="%s"])' % (tag, first.group(1)) if first else
                   '%s:has(> i[data-k="%s"])' % (tag, mark))  # a direct child only: no ancestor of the block matches
            head_rules.append("%s{%s}" % (sel, r.choice(["display:none", "visibility:hidden;position:absolute",
                                                         "height:0;overflow:hidden"])))
            return el if first else '<%s><i data-k="%s"></i>%s</%s>' % (tag, mark, inner, tag)
        if hiding == "blank_font":  # drawn in a web font whose glyphs are all empty
            family = "f" + cls.split("-")[-1]
            head_rules.append('@font-face{font-family:"%s";src:url("/wp-content/fonts/%s.woff2") format("woff2")}'
                              ' .%s{font-family:"%s"}' % (family, r.choice(["blank", "adobe-blank", "empty"]), cls, family))
            return '<%s class="%s">%s</%s>' % (tag, cls, inner, tag)
        style = {"mask_clear": r.choice(["-webkit-mask-image:linear-gradient(transparent,transparent);"
                                         "mask-image:linear-gradient(transparent,transparent)",
                                         "mask:linear-gradient(#0000 0 0)", "-webkit-mask:url(#none) 0/0"]),
                 "rotate_edge": r.choice(["transform:rotateX(90deg)", "transform:perspective(1px) rotateY(90deg)",
                                          "transform:rotate3d(0,1,0,90deg)"]),
                 "system_colour": r.choice(["color:Canvas", "color:Canvas;background:Canvas",
                                            "color:Window;background-color:Window"])}[hiding]
        return '<%s class="%s" style="%s">%s</%s>' % (tag, cls, style, inner, tag)

    # ---- placements -------------------------------------------------------------------------------------------
    def html_point(self, html, placement):
        r = self.rng
        if placement in NOVEL5_PLACEMENTS:
            ends = self.long_paragraph_ends(html)
            if len(ends) < 2:
                return None
            if placement == "cookie_banner":  # at the end of the body, where consent banners sit
                i = html.lower().rfind("</body>")
                return (i, False) if i > ends[-1] else None
            if placement in ("newsletter_box", "reader_poll"):
                return ends[-1] + 4, False
            return ends[len(ends) // 3 + r.randrange(max(1, len(ends) // 3))] + 4, False
        return super().html_point(html, placement)

    def text_point(self, lines, placement):
        r = self.rng
        if placement in NOVEL5_PLACEMENTS:
            long_lines = [i for i, l in enumerate(lines) if len(l) > 200]
            if len(long_lines) < 2:
                return None
            if placement == "cookie_banner":
                return len(lines) - 1, "after"
            if placement in ("newsletter_box", "reader_poll"):
                return long_lines[-1], "after"
            return long_lines[len(long_lines) // 3 + r.randrange(max(1, len(long_lines) // 3))], "after"
        return super().text_point(lines, placement)

    def furniture(self, placement):
        """(markup before, markup after, flattened line before) of the page furniture a planted block sits in."""
        if placement not in NOVEL5_PLACEMENTS:
            return super().furniture(placement)
        r = self.rng
        if placement == "in_subheading":
            head = r.choice(banks8.SUBHEADINGS)
            return '<h2 class="subhead">%s ' % head, "</h2>", head
        if placement == "live_update":
            t = "%02d:%02d" % (r.randint(7, 21), r.randrange(60))
            return '<div class="live-update"><time>%s</time> <div class="live-body">' % t, "</div></div>", t
        if placement == "newsletter_box":
            pitch = r.choice(banks8.NEWSLETTER_PITCHES)
            return ('<aside class="newsletter-signup"><p>%s</p>' % pitch,
                    '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>', pitch)
        if placement == "cookie_banner":
            note = r.choice(banks8.COOKIE_NOTICES)
            return ('<div class="cookie-consent" role="dialog"><p>%s</p>' % note,
                    "<button>Accept</button> <button>Settings</button></div>", note)
        if placement == "pull_quote":
            q = r.choice(banks8.PULL_QUOTES)
            return '<aside class="pullquote"><blockquote>%s</blockquote>' % q, "</aside>", q
        question, answers = r.choice(banks8.POLL_QUESTIONS)  # reader_poll
        return ('<form class="poll"><p>%s</p>%s' % (question, "".join(
            '<label><input type="radio" name="poll"> %s</label>' % a for a in answers)),
            "<button>Vote</button></form>", question + " " + " ".join(answers))

    # ---- honest lookalikes ------------------------------------------------------------------------------------
    def negative_kinds(self, tune2):
        return super().negative_kinds(tune2) + NOVEL5_NEG_KINDS * 10

    def negative_part(self, kind, split, own_host):
        if kind not in NOVEL5_NEG_KINDS:
            return super().negative_part(kind, split, own_host)
        r = self.rng
        esc = self.esc
        w3m = self.flattener == "w3m"
        if kind == "novel5_prose":
            lang = r.choice(sorted(banks8.NOVEL5_PROSE))
            return self.prose_part(banks8.NOVEL5_PROSE[lang], lang)
        if kind == "topic_prose5":
            return self.prose_part(r.sample(banks8.TOPIC_PROSE5, r.randint(1, 3)))
        if kind == "translit_honest":
            return self.prose_part([r.choice(banks8.TRANSLIT_HONEST)])
        if kind == "unicode5_prose":
            return self.prose_part([r.choice(banks8.UNICODE5_PROSE)])
        if kind == "subheading_honest":
            h = r.choice(banks8.SUBHEADINGS)
            return '<h2 class="subhead">%s</h2>' % h, [h], "prose"
        if kind == "live_update_honest":
            t, s = r.choice(banks8.LIVE_UPDATES)
            return ('<div class="live-update"><time>%s</time> <div class="live-body"><p>%s</p></div></div>' % (t, esc(s)),
                    [t, s], "prose")
        if kind == "newsletter_honest":
            p = r.choice(banks8.NEWSLETTER_PITCHES)
            return ('<aside class="newsletter-signup"><p>%s</p><form><input type="email" placeholder="Your email">'
                    '<button>Sign up</button></form></aside>' % esc(p), [p, "Sign up"], "links")
        if kind == "cookie_honest":
            n = r.choice(banks8.COOKIE_NOTICES)
            return ('<div class="cookie-consent" role="dialog"><p>%s <a href="https://%s/privacy/">Privacy policy</a></p>'
                    '<button>Accept</button></div>' % (esc(n), own_host), [n + " Privacy policy", "Accept"], "links")
        if kind == "pull_quote_honest":
            q = r.choice(banks8.PULL_QUOTES)
            return '<aside class="pullquote"><blockquote>%s</blockquote></aside>' % esc(q), [q], "prose"
        if kind == "poll_honest":
            q, answers = r.choice(banks8.POLL_QUESTIONS)
            return ('<form class="poll"><p>%s</p>%s<button>Vote</button></form>' % (esc(q), "".join(
                '<label><input type="radio" name="poll"> %s</label>' % a for a in answers)),
                [q] + answers + ["Vote"], "links")
        if kind == "shadow_honest":  # a shadow host whose slot shows its light children
            t = r.choice(banks8.SHADOW_CARDS)
            return ('<share-card><template shadowrootmode="open"><div class="card"><slot></slot></div></template>'
                    '<p>%s</p></share-card>' % esc(t), [t], "prose")
        if kind == "datalist_honest":
            opts = r.choice(banks8.DATALIST_OPTIONS)
            return ('<label>Choose your area <input list="areas" name="area"></label><datalist id="areas">%s</datalist>'
                    % "".join('<option value="%s">' % o for o in opts), ["Choose your area"], "links")
        if kind == "meter_honest":
            v = r.randint(20, 90)
            return ('<p>Votes counted: <progress value="%d" max="100">%d%%</progress> %d%%</p>' % (v, v, v),
                    ["Votes counted: %d%%" % v], "prose")
        if kind == "ruby_honest":
            word, reading = r.choice(banks8.RUBY_WORDS)
            return ('<p lang="ja"><ruby>%s<rp>(</rp><rt>%s</rt><rp>)</rp></ruby></p>' % (word, reading),
                    ["%s(%s)" % (word, reading)] if w3m else ["%s%s" % (word, reading)], "prose")
        if kind == "hidden_input_honest":
            token = "".join(r.choice("0123456789abcdef") for _ in range(32))
            return ('<form action="https://%s/search"><input type="hidden" name="csrf" value="%s"><input type="search" '
                    'name="q" aria-label="Search"><button>Search</button></form>' % (own_host, token), ["Search"], "links")
        if kind == "font_honest":
            t = r.choice(banks8.SUBHEADINGS)
            return ('<style>@font-face{font-family:"Serif Display";src:url("/fonts/serif-display.woff2") format("woff2")}'
                    '</style><h3 style="font-family:\'Serif Display\',serif">%s</h3>' % t, [t], "prose")
        if kind == "reviews_honest":
            lines = r.sample(banks8.REVIEW_LINES, 2)
            return "".join('<p class="review">%s</p>' % esc(l) for l in lines), lines, "prose"
        if kind == "tree_honest":
            tree = r.choice(banks8.SITE_TREE)
            return ('<nav class="sitemap"><div>%s</div></nav>' % "<br>".join(
                '<a href="https://%s/%s/">%s</a>' % (own_host, t.split(" ")[-1].lower(), esc(t)) for t in tree),
                tree, "links")
        if kind == "timeline_honest":
            lines = r.choice(banks8.TIMELINE)
            return "".join("<p><time>%s</time> %s</p>" % tuple(l.split(" ", 1)) for l in lines), lines, "prose"
        if kind == "pills_honest":
            tags = r.choice(banks8.TOPIC_PILLS)
            return ('<p class="topics">%s</p>' % " ".join(self.own_link(own_host, t).replace("<a ", '<a class="pill" ') for t in tags),
                    [("   " if w3m else " ").join(tags)], "links")
        if kind == "flip_card_honest":  # a card's back face, hidden until it is turned over
            front, back = r.choice(banks8.FLIP_CARDS)
            return ('<div class="flip"><div class="front"><p>%s</p></div><div class="back" style="transform:rotateY(180deg);'
                    'backface-visibility:hidden"><p>%s</p></div></div>' % (esc(front), esc(back)), [front, back], "prose")
        if kind == "mask_fade_honest":  # a teaser that fades out at the bottom, still readable
            t = r.choice(banks8.TOPIC_PROSE5)
            return ('<div class="teaser" style="-webkit-mask-image:linear-gradient(#000 60%%,transparent);'
                    'mask-image:linear-gradient(#000 60%%,transparent)"><p>%s</p></div>' % esc(t), [t], "prose")
        raise ValueError(kind)


def make(shared, seed, out):
    """Writes the tier: 300 positives, 160 hard negatives and 60 controls on the held-out half of the carriers."""
    g = Novel5Gen(shared, seed)
    return g.make("heldout", 300, 160, 60, out, attrs=g.attrs, accept=is_novel5, prefix="v")
