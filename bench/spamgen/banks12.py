"""Phrase banks of the novel9 untouched tier (session 29; see novel9.py): spam in languages and scripts no earlier tier
has, new English topics, the press-release and archive families' templates, page furniture of hacked WordPress and
institutional sites, and honest lookalikes.

Every phrase was written for this bench (no list copied). The Twi, Ewe, Ga, Kikuyu, Dholuo, Kamba, Ilocano,
Hiligaynon, Waray, Tok Pisin, Bislama, Fijian, Turkmen, Kurmanji and Zazaki lines are short approximate phrases in the
register of the spam they stand for, not fluent text. The traditional Mongolian and Javanese lines are Latin spellings
mapped letter by letter, the Yi lines syllable by syllable through the Unicode character names (approximate): they
stand for what a planted block in those scripts looks like.
"""
import unicodedata

# Latin letters mapped to traditional Mongolian letters (one each; approximate)
MONGOLIAN_LETTERS = dict(zip("aeiouvwnbpqhgmlstdcjyrfkz",
                             "\u1820\u1821\u1822\u1823\u1824\u1826\u1838\u1828\u182a\u182b\u182c\u182c\u182d\u182e"
                             "\u182f\u1830\u1832\u1833\u1834\u1835\u1836\u1837\u1839\u183a\u183d"))


def mongolian(phrases):
    """Latin-spelled Mongolian written letter by letter in the traditional script (letters without a match kept)."""
    return ["".join(MONGOLIAN_LETTERS.get(c, c) for c in p.lower()) for p in phrases]


def _by_name(prefix, reading):
    try:
        return unicodedata.lookup(prefix + reading.upper())
    except KeyError:
        return None


def yi(phrases):
    """Phrases of hyphen-joined syllables ("ka-zi-no bo-nu") written in Yi syllables found by name (approximate)."""
    out = []
    for p in phrases:
        words = []
        for w in p.split(" "):
            chars = [_by_name("YI SYLLABLE ", s) for s in w.split("-")]
            words.append("".join(c for c in chars if c) or w)
        out.append(" ".join(words))
    return out


_JV_SIGNS = {"i": "WULU", "u": "SUKU", "e": "TALING", "o": "TARUNG"}


def javanese(phrases):
    """Phrases of hyphen-joined syllables written in Javanese script: a consonant letter with its vowel sign (approx.)."""
    out = []
    for p in phrases:
        words = []
        for w in p.split(" "):
            chars = []
            for s in w.split("-"):
                cons, vowel = s[:-1], s[-1]
                base = _by_name("JAVANESE LETTER ", cons + "A") if cons else _by_name("JAVANESE LETTER ", "A")
                if base is None:
                    continue
                chars.append(base)
                if vowel in _JV_SIGNS:
                    sign = _by_name("JAVANESE VOWEL SIGN ", _JV_SIGNS[vowel])
                    if sign:
                        chars.append(sign)
            words.append("".join(chars) or w)
        out.append(" ".join(words))
    return out


GOLD_COAST_BETTING = {  # sports bets, casinos and phone loans in Twi, Ewe and Ga (approximate)
    "ak": ["bɔ bet nnɛ na nya sika", "kasino a ɛyɛ papa ne bonus", "nya sika ntɛm wɔ wo fon so",
           "bosea ntɛm a wɔnhwehwɛ wo", "bonus kɛseɛ ma wo nnɛ"],
    "ee": ["da bet egbe eye nàxɔ ga", "kasino nyui kple bonus", "xɔ ga kaba le wò fon dzi",
           "fe kaba si womedzroa o", "bonus gã na wò egbe"],
    "gaa": ["bet ŋmɛnɛ ni oná shika", "kasino kpakpa kɛ bonus", "ná shika oya yɛ ofon lɛ nɔ",
            "shika ni abɔɔ oya", "bonus wulu kɛha bo ŋmɛnɛ"],
}
RIFT_VALLEY_LOANS = {  # mobile loans, jackpots and betting in Kikuyu, Dholuo and Kamba (approximate)
    "ki": ["thiirĩ wa narua ũtarĩ na mũhũthũ", "mbeca ũmũthĩ kwa thimũ", "beti ya mũbira na jackpot",
           "kasino na bonasi nene", "thiirĩ ũtekũrorwo CRB"],
    "luo": ["gowi mapiyo maonge chik", "yud pesa kawuono e simu", "bet mar mpira gi jackpot",
            "kasino gi bonus maduong'", "gowi ma ok ong'i CRB"],
    "kam": ["ũkovi wa mĩtũkĩ", "mbesa ũmũnthĩ na simu", "mbeti ya mũbia na jackpot", "kasino na bonasi nene",
            "ũkovi ũtavĩtwa CRB"],
}
VISAYAS_ILOCOS_SABONG = {  # online cockfighting, e-wallet casinos and quick loans in Ilocano, Hiligaynon, Waray (approx.)
    "ilo": ["online a sabong ita nga aldaw", "kasino nga addaan bonus", "dagus nga utang iti GCash",
            "manangabak iti slot ita", "dagus a kuarta iti cellphone"],
    "hil": ["online nga sabong subong", "kasino nga may dako nga bonus", "dali nga utang sa GCash",
            "daog sa slot karon dayon", "kwarta dayon sa cellphone"],
    "war": ["online nga sabong yana", "kasino nga may bonus yana", "madali nga utang ha GCash",
            "daog ha slot yana dayon", "kwarta dayon ha cellphone"],
}
MELANESIA_LOANS = {  # phone loans, casinos and bets in Tok Pisin, Bislama and Fijian (approximate)
    "tpi": ["kisim moni kwiktaim long fon", "dinau long fon nogat pepa", "kasino long intanet wantaim bonus",
            "winim bikpela moni tude", "pilai bet long futbol"],
    "bi": ["kasem mani kwiktaem long fon", "dinau long fon i no gat pepa", "kasino long intanet wetem bonas",
           "winim bigfala mani tede", "putum bet long futbol"],
    "fj": ["dinau totolo ena talevoni", "rawata na ilavo nikua", "kasino ena initaneti kei na bonus",
           "qito ni vakacaca ena rakavi", "dinau sega ni vakadinadinataki"],
}
ANATOLIA_CASPIAN_BETTING = {  # casinos, sports bets and quick loans in Turkmen, Kurmanji and Zazaki (approximate)
    "tk": ["onlaýn kazino bonus bilen", "sport bäsleşiklerine stawka", "çalt karz kepilsiz", "mugt aýlanmalar şu gün",
           "şu gün pul gazan"],
    "kmr": ["kazînoya online bi bonus", "bahîsên werzişê yên bilez", "deyna bilez bê kefîl", "îro pere qezenc bike",
            "spînên belaş bê depo"],
    "zza": ["kazînoyê online bi bonus", "bahîsê sporî ewro", "deyno lez bê kefîl", "ewro pere qezenc bike",
            "spînê belaşî"],
}
ASIA_SCRIPT_CASINO = {  # casinos, slots and quick loans in traditional Mongolian, Yi and Javanese scripts (approximate)
    "mn-Mong": mongolian(["kazino bonus", "tvrgen zeel", "onoodor mongo", "slot togloom", "sugalaa vr dvn"]),
    "ii": yi(["ka-zi-no bo-nu", "si-lo ge-ci", "ngo-bo ddi-ssy", "ji-pu ke-zi", "bo-nu ma-hxa"]),
    "jv-Java": javanese(["se-lo ga-ca-re", "ka-si-no bo-nu-se", "u-ta-ng ce-pe-te", "ma-ne-nga sa-be-ne di-na",
                         "ja-ke-po ge-de"]),
}
DISPENSARY = ["buy magic mushrooms online discreet shipping", "THC vape cartridges for sale no card",
              "order weed online ships to all states", "psilocybin microdose capsules in stock",
              "delta 8 gummies without a medical card", "buy LSD tabs online overnight",
              "DMT carts ready to ship", "mail order marijuana with tracking"]
CARDING = ["fresh CVV shop valid rate 90%", "fullz with date of birth for sale", "cloned cards with PIN shipped",
           "dumps with track 1 and 2 cheap", "bank logs with balance for sale", "carding method and BINs 2026",
           "verified payment accounts with balance", "non-VBV BIN list updated daily"]
OUTLET_WHOLESALE = ["cheap football jerseys wholesale from China", "designer handbags outlet 80% off",
                    "discount running shoes free shipping", "down parka outlet clearance sale",
                    "charm bracelets sale online cheap", "sunglasses outlet store cheap",
                    "wholesale hockey jerseys stitched", "authentic jerseys cheap free shipping"]
ENGLISH_SLUGS = {"en_dispensary": ["buy-shrooms-online", "thc-carts", "mail-order-weed"],
                 "en_carding": ["cvv-shop", "fullz-for-sale", "bank-logs"],
                 "en_outlet_wholesale": ["cheap-jerseys-wholesale", "handbags-outlet", "parka-outlet"]}
SPAM_SLUGS = ["cheap-jerseys-wholesale", "buy-shrooms-online", "cvv-shop", "online-sabong", "casino-bonus",
              "quick-loan", "handbags-outlet", "slot-gacor", "bet-today"]
SPAM_HOST_WORDS = ["sika", "bet", "mbeca", "pesa", "sabong", "kuarta", "moni", "dinau", "bahis", "pere", "shroom",
                   "carts", "cvv", "fullz", "jersey", "outlet", "wire", "press", "daily", "top", "news", "hub"]
SPAM_TLDS = ["gh", "ke", "ph", "pg", "vu", "fj", "tm", "krd", "mn", "cn", "news", "store", "cc", "ws", "to", "xyz",
             "shop", "online", "icu", "cfd"]

# the press-release family: wire-release prose for a spam product; {city} {day} {wire} {brand} {cat} {what} {a}
PRESS_TEMPLATES = [
    "{city}, Dec. {day}, 2026 /{wire}/ -- {brand}, a leading {cat}, today announced {what}.",
    "{brand} said the launch follows record demand across the region and that new customers can {a}.",
    "\"We are proud to bring {what} to more people than ever,\" said a spokesperson for {brand}.",
    "About {brand}: {brand} is a trusted {cat} serving customers worldwide. To learn more, {a}.",
    "Media contact: press office, {brand}. This content is provided by a third party; the newsroom was not involved.",
]
PRESS_BRANDS = ["LuckyReef Gaming", "GreenLeaf Wellness", "SwiftCash Direct", "JerseyWorld Outlet", "CardVault Pro",
                "SabongLive", "ReelKing Casino", "ShroomBox"]
PRESS_CATEGORIES = ["online casino review platform", "CBD and gummies brand", "instant loan app",  # one a brand
                    "sportswear outlet", "payments marketplace", "live cockfighting stream", "slots portal",
                    "mail-order wellness shop"]
PRESS_WHATS = ["its ranking of the best casino sites of 2026", "a new line of sleep gummies",  # one a brand
               "same-day loans with no credit check", "a wholesale jersey programme",
               "verified accounts with instant delivery", "live derbies every night with cash-in by e-wallet",
               "a welcome bonus of up to 500%", "nationwide delivery in discreet packaging"]
PRESS_ANCHORS = ["visit the official website", "claim the offer here", "see the full list", "read the review"]
PRESS_CITIES = ["NEW YORK", "LONDON", "SINGAPORE", "DUBAI", "MANILA", "NAIROBI", "ACCRA", "TORONTO"]
PRESS_WIRES = ["PRNewswire", "Newsfile Corp.", "GlobeNewswire", "EIN Presswire", "Accesswire"]

# the archive family: an archive or categories list whose honest labels link to spam hosts
ARCHIVE_MONTHS = ["December 2026", "November 2026", "October 2026", "September 2026", "August 2026", "July 2026",
                  "June 2026", "May 2026"]
ARCHIVE_CATEGORIES = ["Community", "Council", "Events", "Education", "Health", "Sport", "Business", "Notices"]

# page furniture of the new placements
THEME_CREDITS = ["Proudly powered by WordPress | Theme: Newsmag by Tagdiv", "Powered by Drupal",
                 "Theme: Astra Child | Built with WordPress", "Site by the Communications Office · Powered by Joomla!",
                 "WordPress Theme: ColorMag by ThemeGrill."]
WIDGET_TITLES = ["Useful Links", "Quick Links", "About Us", "Find Us", "Information"]
WIDGET_TEXTS = ["Our office is open Monday to Friday, 9am to 5pm.",
                "The newsletter of the parish council, published monthly since 1998.",
                "Send letters to the editor by email; we read every one."]
BLOGROLL_SITES = [("Riverside Historical Society", "riversidehistory.org"), ("The Birdwatch Diary", "birdwatchdiary.net"),
                  ("Allotment Notes", "allotmentnotes.blog"), ("Valley Cycling Club", "valleycycling.org.uk"),
                  ("Harbour Arts Collective", "harbourarts.org"), ("Old Town Residents", "oldtownresidents.org")]
RSS_SOURCES = [("From the County Gazette", "countygazette.example.com"),
               ("Latest from the University", "news.university.example.edu"),
               ("Partner feed: Regional Radio", "regionalradio.example.org")]
RSS_HEADLINES = ["Library extends weekend opening hours", "Bridge repairs to finish before Christmas",
                 "Students win national robotics prize", "Council consults on new bus routes",
                 "Hospital opens new maternity wing", "Farmers' market returns to the square"]
ALERTS = ["Weather alert: offices closed Tuesday due to snow.", "Service update: the online portal is down for "
          "maintenance tonight.", "Notice: the town hall car park is closed this week.",
          "COVID-19 information: latest guidance for visitors."]
DOWNLOAD_FILES = [("Agenda, December meeting", "PDF, 184 KB"), ("Minutes, November meeting", "PDF, 212 KB"),
                  ("Annual report 2025", "PDF, 2.1 MB"), ("Planning application form", "DOCX, 64 KB"),
                  ("Budget summary 2026-27", "XLSX, 90 KB"), ("Accessibility statement", "PDF, 120 KB")]

# honest lookalikes
NOVEL9_PROSE = {  # honest news in each new language (short, approximate where the spam lines are)
    "ak": ["Ɔmanpanin no aka sɛ wɔbɛsiesie kwan no ansa na afe no aba awieɛ.", "Sukuu foforɔ no bɛbue Dwoada."],
    "ee": ["Dumegã gblɔ be yewoawɔ mɔ la ŋu dɔ hafi ƒe la nawu enu.", "Suku yeye la aʋu Dzoɖagbe."],
    "ki": ["Kanju ya taũni nĩĩrĩte atĩ nĩĩgũthondeka barabara ĩyo.", "Cukuru njerũ nĩĩkũhingũrwo Mwambĩrĩrio."],
    "luo": ["Kanjo mar taon osewacho ni biro los yo ka higa pok orumo.", "Skul manyien biro yawore Wuok Tich."],
    "ilo": ["Kinuna ti munisipio nga marepario ti dalan sakbay ti Paskua.", "Maluktan ti baro nga eskuelaan inton Lunes."],
    "hil": ["Siling sang munisipyo nga pagaayuhon ang dalan antes sang Paskwa.", "Buksan ang bag-o nga eskwelahan sa Lunes."],
    "tpi": ["Kaunsil i tok ol bai stretim rot bipo long Krismas.", "Nupela skul bai op long Mande."],
    "bi": ["Kaonsel i talem se bae oli stretem rod bifo Krismas.", "Niufala skul bae i open long Mande."],
    "fj": ["E kaya na matabose ni na vakavinakataki na sala ni bera na Siga ni Sucu.", "Ena dola na koronivuli vou ena Moniti."],
    "tk": ["Şäher geňeşi ýoly Täze ýyldan öň abatlajakdygyny aýtdy.", "Täze mekdep duşenbe güni açylar."],
    "kmr": ["Şaredariyê got ku rê dê berî sersalê were tamîrkirin.", "Dibistana nû roja duşemê vedibe."],
    "mn-Mong": mongolian(["hoton zovlol zamin zasvar batalav", "sin surguli davaa gariag neegdene"]),
}
TOPIC_PROSE9 = [  # journalism on the new topics
    "Police said the online shop sold magic mushrooms and THC cartridges by post and had been advertised through "
    "links hidden on hacked school websites.",
    "Three men were charged with running a carding forum that sold stolen card numbers and so-called fullz, "
    "prosecutors said on Tuesday.",
    "Customs officers seized 4,000 counterfeit football jerseys at the port, many of them ordered from sites "
    "promising wholesale prices.",
    "Kenya's regulator told mobile loan apps to stop contacting borrowers' relatives after a rise in complaints.",
    "The Philippine government ended licences for online cockfighting, known as e-sabong, after a string of "
    "disappearances linked to gambling debts.",
    "Ghana's gaming commission warned that unlicensed betting apps were advertising bonuses on social media.",
]
PRESS_HONEST = ["In a statement, the council said the new bus routes would start in March and that residents could "
                "comment until the end of January.",
                "The company announced on Monday that it would close two factories; a spokesperson said no jobs would "
                "be lost before the summer."]
SPINTAX_HONEST = ["To opt out, reply STOP. Template variables are written in braces, such as {first_name} or "
                  "{yes|no}, the developer explained.",
                  "The leaked template, with placeholders like {great|nice} {post|article}, showed how spam bots vary "
                  "their comments, researchers said."]
WIKI_HONEST = ["Editors link articles with double brackets, so [[Climate change]] becomes a link, the volunteer said.",
               "The encyclopedia's markup, where [https://example.org a label] makes an external link, confuses "
               "newcomers."]
COUNTED_HONEST = ["News (1,204) · Sport (873) · Opinion (312) · Culture (198)",
                  "December 2026 (14) · November 2026 (22) · October 2026 (19)"]
STRETCHED_PROSE = ["\"Gooooal!\" shouted the commentator as the crowd rose; fans said it was \"sooo worth the wait\".",
                   "Her post read simply \"Yesss!!!\" after the result, and the reply \"noooo\" came from her rival."]
KANA_PROSE = ["ﾚｼｰﾄには半角カタカナで「ｺｰﾋｰ ﾄｰｽﾄ ｾｯﾄ」と印字されていた。",
              "古いレジのシステムは今も半角の「ｶﾞｿﾘﾝ」表記を使っている。"]
FRAMEWORK_HONEST = [("screen-reader-text", "(opens in a new tab)"), ("visually-hidden", "Search this site"),
                    ("sr-only", "Close menu"), ("d-none d-md-block", "Advertisement")]
