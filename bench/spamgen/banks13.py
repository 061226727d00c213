"""Phrase banks of the novel10 untouched tier (session 30; see novel10.py): spam in languages and scripts no earlier
tier has, new English topics, the doorway and bonus-code families' parts, page furniture of hacked WordPress and news
sites (the widgets a stock theme shows), and honest lookalikes.

Every phrase was written for this bench (no list copied; no word list of ../shared was needed). The Sundanese,
Balinese, Minangkabau, Banjar, Bhojpuri, Maithili, Awadhi, Hmong, Iu Mien, Shan, Nahuatl, Yucatec Maya, K'iche',
Ossetian, Avar, Kabardian and Lezgian lines are short approximate phrases in the register of the spam they stand for
(with the loanwords such spam really carries: slot, bonus, casino, jackpot), not fluent text. The Shan lines and the
Sundanese, Balinese and Buginese script lines are Latin spellings mapped syllable by syllable through the Unicode
character names (approximate): they stand for what a planted block in those scripts looks like.
"""
import unicodedata


def _by_name(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


# a script's letter-name prefix, its vowel-sign names (i, u, e, o; a is inherent) and the name of its bare vowel letter
_SCRIPTS = {
    "sund": ("SUNDANESE LETTER ", {"i": "SUNDANESE VOWEL SIGN PANGHULU", "u": "SUNDANESE VOWEL SIGN PANYUKU",
                                   "e": "SUNDANESE VOWEL SIGN PANAELAENG", "o": "SUNDANESE VOWEL SIGN PANOLONG"},
             "SUNDANESE LETTER A"),
    "bali": ("BALINESE LETTER ", {"i": "BALINESE VOWEL SIGN ULU", "u": "BALINESE VOWEL SIGN SUKU",
                                  "e": "BALINESE VOWEL SIGN TALING", "o": "BALINESE VOWEL SIGN TALING TEDUNG"},
             "BALINESE LETTER AKARA"),
    "bugi": ("BUGINESE LETTER ", {"i": "BUGINESE VOWEL SIGN I", "u": "BUGINESE VOWEL SIGN U",
                                  "e": "BUGINESE VOWEL SIGN E", "o": "BUGINESE VOWEL SIGN O"}, "BUGINESE LETTER A"),
    "shan": ("MYANMAR LETTER ", {"i": "MYANMAR VOWEL SIGN I", "u": "MYANMAR VOWEL SIGN U",
                                 "e": "MYANMAR VOWEL SIGN SHAN E", "o": "MYANMAR VOWEL SIGN AA"},
             "MYANMAR LETTER SHAN A"),
}


def syllables(script, phrases):
    """Phrases of hyphen-joined syllables ("ka-si-no bo-nu") written in an abugida: each syllable's consonant letter
    (found by name, the Shan letter first where Shan has its own) with its vowel sign (approximate)."""
    prefix, signs, bare = _SCRIPTS[script]
    out = []
    for p in phrases:
        words = []
        for w in p.split(" "):
            chars = []
            for s in w.split("-"):
                cons, vowel = (s[:-1], s[-1]) if s[-1] in "aeiou" else (s, "a")
                base = (_by_name(prefix + "SHAN " + cons.upper() + "A") if script == "shan" else None) or \
                    (_by_name(prefix + cons.upper() + "A") if cons else _by_name(bare))
                if base is None:
                    continue
                chars.append(base)
                if vowel in signs:
                    sign = _by_name(signs[vowel])
                    if sign:
                        chars.append(sign)
            words.append("".join(chars) or w)
        out.append(" ".join(words))
    return out


NUSANTARA_SLOT = {  # slot gacor, togel and quick loans in Sundanese, Balinese, Minangkabau and Banjar (approximate)
    "su": ["slot gacor poé ieu gampang meunang", "daptar togel online panggedéna",
           "injeuman duit gancang tanpa jaminan",
           "situs slot anu pangpercayana", "bonus anggota anyar saratus persén"],
    "ban": ["slot gacor rahina mangkin gampang menang", "togel online sane pinih ageng",
            "nyilih jinah gelis tanpa jaminan",
            "situs slot sane pinih percaya", "bonus anggota anyar"],
    "min": ["slot gacor hari ko murah manang", "togel online nan paliang gadang", "pinjam pitih capek tanpa jaminan",
            "situs slot nan paliang dipicayo", "bonus anggota baru saratuih persen"],
    "bjn": ["slot gacor harini gampang menang", "togel online nang paling ganal",
            "nginjam duit lakas kada pakai jaminan",
            "situs slot nang paling dipercaya", "bonus anggota hanyar"],
}
HINDI_BELT_SATTA = {  # satta results, betting-app IDs and quick loans in Bhojpuri, Maithili and Awadhi (approximate)
    "bho": ["आज के सट्टा रिजल्ट सबसे पहिले", "ऑनलाइन बुक आईडी तुरंते पाईं", "पक्का जोड़ी नंबर फ्री में",
            "बिना कागज के तुरंत लोन मिली", "कैसीनो में रोज जीतीं"],
    "mai": ["आजुक सट्टा रिजल्ट सबसँ पहिने", "ऑनलाइन बुक आईडी तुरंत लिअ", "पक्का जोड़ी नंबर मुफ्त मे",
            "बिना कागजक तुरंत लोन", "कैसीनो मे रोज जीतू"],
    "awa": ["आज क सट्टा रिजल्ट सबसे पहिले", "ऑनलाइन आईडी तुरतै बनवाओ", "पक्की जोड़ी नंबर मुफत",
            "बिना कागद के तुरत करजा", "कैसीनो मा रोज जीतौ"],
}
HIGHLAND_MEKONG_LOTTERY = {  # lottery numbers, betting and phone loans in Hmong, Iu Mien (Latin) and Shan (approximate)
    "hmn": ["twv txiaj online yeej nyiaj hnub no", "zauv lottery tseeb hnub no", "qiv nyiaj ceev hauv xov tooj",
            "casino online bonus rau tus tshiab", "yeej nyiaj sai sai"],
    "ium": ["tiux nyaanh online hnoi naaiv", "lottery mbiaauc zingh", "jaaix nyaanh siepv", "casino bonus mienh jiex",
            "duqv nyaanh siepv siepv"],
    "shn": syllables("shan", ["ka-si-no bo-nu", "lo-ti ma-na", "ngo-ne pe-ti", "sa-lo ka-wa", "jo-ka-pe ngo-ne"]),
}
MESOAMERICA_LOANS = {  # loans, bets and casino bonuses in Nahuatl, Yucatec Maya and K'iche' (approximate)
    "nah": ["préstamo tomin axcan niman", "xitlani tomin ica teléfono", "casino online bonus yancuic",
            "apuesta futbol axcan", "tomin niman amo amatl"],
    "yua": ["préstamo taak'in bejla'e'", "ts'áak taak'in ich a teléfono", "casino online yéetel bonus",
            "apuesta futbol bejla'e'", "taak'in séeb mina'an ju'un"],
    "quc": ["préstamo pwaq kamik", "pwaq chanim pa ri teléfono", "casino online rik'in bonus",
            "apuesta futbol kamik", "pwaq chanim man k'o ta ju'n"],
}
NORTH_CAUCASUS_CASINO = {  # casinos, bets and quick loans in Ossetian, Avar, Kabardian and Lezgian (approximate)
    "os": ["онлайн казино бонусимӕ", "абон ӕхца рамбул", "тагъд ӕфстау ӕнӕ гӕххӕтт", "спорты ставкӕтӕ абон",
           "фриспинтӕ лӕвар"],
    "av": ["онлайн казино бонусгун", "жакъа гӀарац босе", "гьитӀинаб кредит къварид гьечӀого", "спорталъул ставкаби",
           "бесплатно спинал"],
    "kbd": ["онлайн казино бонус иӀэу", "нобэ ахъшэ къэхь", "псынщӀэу кредит", "спортым ставкэ щӀы",
            "фриспин хуит"],
    "lez": ["онлайн казино бонусдихъ", "къе пул къачу", "фад кредит документар авачиз", "спортдин ставкаяр",
            "пулсуз спинар"],
}
ISLAND_SCRIPT_SLOT = {  # slot, togel and loans in Sundanese, Balinese and Buginese (Lontara) scripts (approximate)
    "su-Sund": syllables("sund", ["sa-lo-te ga-ca-re", "to-ge-le o-na-li-ne", "bo-nu-se ga-de", "du-i-te ga-ca-ne",
                                  "me-u-na-ng ja-ke-po"]),
    "ban-Bali": syllables("bali", ["sa-lo-te ga-ca-re", "to-ge-le ma-ni", "bo-nu-se ka-si-no", "ji-na-ha ge-li-se",
                                   "me-na-ng ja-ke-po"]),
    "bug-Bugi": syllables("bugi", ["sa-lo-te ga-ca-re", "to-ge-le o-na-li-ne", "bo-nu-se ma-ga", "do-i ma-ga-si",
                                   "me-na-ng ja-ke-po"]),
}
NOT_ON_GAMSTOP = ["casinos not on GamStop UK 2026", "non GamStop betting sites accepting UK players",
                  "new slot sites not on GamStop", "bookies not on GamStop with fast payouts",
                  "casinos without self-exclusion no verification", "non GamStop casino free spins no deposit",
                  "best offshore casinos for UK players", "GamStop-free bingo sites"]
EXAM_DUMPS = ["AWS solutions architect exam dumps PDF 2026", "Security+ braindumps with real questions",
              "pass the CISSP without sitting the exam", "PMP certificate without exam guaranteed",
              "Azure fundamentals dumps free download", "CCNA valid dumps updated weekly",
              "buy an IELTS band 8 certificate", "real exam questions and answers leaked"]
AIRLINE_HELPLINE = ["airline reservations number {tel} call 24/7", "speak to a live agent about your flight {tel}",
                    "cancel a flight booking by phone {tel}", "name change on an air ticket, call {tel}",
                    "cruise booking helpline {tel}", "lost baggage claim number {tel}",
                    "flight refund department phone {tel}", "travel agency toll free {tel}"]
HELPLINE_NUMBERS = ["+1-888-713-0492", "1 (866) 580-3317", "+1 877 402 9915", "1-855-690-2284", "+1 (844) 215-7740"]
ENGLISH_SLUGS = {"en_not_on_gamstop": ["casinos-not-on-gamstop", "non-gamstop-betting", "slots-not-on-gamstop"],
                 "en_exam_dumps": ["exam-dumps-pdf", "braindumps", "certificate-without-exam"],
                 "en_airline_helpline": ["airline-reservations-number", "flight-cancel-phone", "baggage-claim-number"]}
SPAM_SLUGS = ["slot-gacor", "togel-online", "casinos-not-on-gamstop", "exam-dumps-pdf", "satta-result", "book-id",
              "airline-phone-number", "bonus-code", "loan-fast"]
SPAM_HOST_WORDS = ["gacor", "maxwin", "togel", "jitu", "satta", "bookid", "twv", "tomin", "pwaq", "ahsha", "gamstop",
                   "nongs", "dumps", "pass", "fly", "desk", "bonus", "code", "promo", "spin", "hoki", "zeus"]
SPAM_TLDS = ["id", "my.id", "web.id", "co.in", "la", "mm", "mx", "gt", "ge", "am", "uk.com", "bet", "casino",
             "pro", "life", "lat", "autos", "beauty", "mom", "bond"]

# the doorway family: spam pages planted on the hacked site itself, in folders a site keeps for code and uploads
DOORWAY_DIRS = ["wp-content/uploads/2026/12/", "wp-includes/css/dist/", "wp-content/plugins/akismet/views/",
                "sites/default/files/", "images/stories/", "media/system/", ".well-known/", "tmp/cache/", "cgi-bin/"]
DOORWAY_FORMS = ["{d}{s}.html", "{d}{s}/", "{d}?{s}", "{d}index.php?p={s}-{n}", "?{s}={n}", "{d}{n}-{s}.php"]

# the bonus-code family: an operator, its code and the offer
BONUS_BRANDS = ["Spinora", "BetHarbor", "LuckyTide", "Vaultbet", "ReelMonsoon", "Goalora", "Kasbah Slots", "PesaPlay"]
BONUS_OFFERS = ["200% up to $500", "100 free spins, no deposit", "€50 free bet", "cashback 25% every week",
                "150% on first deposit", "free bet ₹1,000", "bonus 300rb member baru", "no wagering free spins"]
BONUS_TEMPLATES = ["{b} promo code {c}: {o}", "{b} bonus code {c} — {o}", "Use code {c} at {b} for {o}",
                   "{b} referral code {c} ({o})"]

# page furniture of the new placements: the widgets a stock WordPress theme shows, and a news site's boxes
META_WIDGET = ["Log in", "Entries feed", "Comments feed", "WordPress.org"]
RECENT_COMMENTS = [("A WordPress Commenter", "Hello world!"), ("Margaret", "Library opening hours"),
                   ("admin", "Spring fair: volunteers needed"), ("Tom R.", "Minutes of the November meeting"),
                   ("Priya", "New bus timetable from January")]
CALENDAR_MONTHS = ["December 2026", "November 2026", "January 2027"]
SKIP_LINKS = ["Skip to content", "Skip to main content", "Jump to navigation"]
DONATE_PITCHES = ["Support independent local journalism. Donate from £3 a month.",
                  "Our reporting is free to read and paid for by readers like you. Give today.",
                  "Become a member: help us keep the newsroom open."]
SEARCH_LABELS = ["Search for:", "Search this site", "Search the archive"]

# honest lookalikes
NOVEL10_PROSE = {  # honest news in each new language (short, approximate like the spam lines)
    "su": ["Pamaréntah kota badé ngalereskeun jalan saméméh ahir taun.", "Sakola anyar dibuka dinten Senén."],
    "ban": ["Pemerintah kota jagi ngwangun margi sadurung ahir warsa.", "Sekolah anyar kabuka rahina Soma."],
    "min": ["Pamarintah kota ka mampaelok jalan sabalun akia taun.", "Sakola baru dibukak hari Sanayan."],
    "bho": ["नगर निगम कहलस कि साल खतम होखे से पहिले सड़क बन जाई।", "नया स्कूल सोमार के खुली।"],
    "mai": ["नगर निगम कहलक जे साल खतम हेबासँ पहिने सड़क बनि जायत।", "नव स्कूल सोमदिन खुजत।"],
    "hmn": ["Lub nroog hais tias yuav kho txoj kev ua ntej xyoo tas.",
            "Lub tsev kawm ntawv tshiab yuav qhib hnub Monday."],
    "nah": ["In altepetl quitoa quichihuaz in ohtli achto ma tlami in xihuitl.", "In yancuic calmecac motlapoz lunes."],
    "yua": ["U jala'achil u kaajil tu ya'alaj yaan u utskíintik le bejo'.",
            "Le túumben najil xook yaan u je'ebel lunes."],
    "os": ["Сахары администраци загъта, фӕндаг аз кӕронмӕ сраст кӕндзысты.", "Ног скъола байгом уыдзӕн къуырисӕры."],
    "av": ["Шагьаралъул администрациялъ абуна, нух цӀияб соналде щвезегӀан тадбир гьабилин.",
           "ЦӀияб школа рагьила итни къоялъ."],
    "lez": ["Шегьердин администрацияди лагьана, рехъ цӀийи йисалдилай вилик туькӀуьрда.",
            "ЦӀийи школа ислен юкъуз ахъа жеда."],
}
TOPIC_PROSE10 = [  # journalism on the new topics
    "The gambling regulator fined two operators for advertising to people who had signed up to the national "
    "self-exclusion scheme, and warned about offshore sites marketed as not covered by it.",
    "The exam board said it had cancelled 40 results after answers were sold online as so-called dumps, and that "
    "certificates offered without an exam were fake.",
    "Passengers who searched for the airline's number online were connected to fake helplines that charged them "
    "to change their tickets, consumer groups said.",
    "Indonesia's communications ministry said it had blocked thousands of online gambling sites advertising slot "
    "games through pages planted on hacked university and local government websites.",
    "Police in Bihar arrested five men accused of running a betting app that sold online IDs to players.",
    "Security researchers found spam pages hidden in the uploads folder of hundreds of school websites, each linking "
    "to the others.",
]
SERP_HONEST = [["Council tax bands explained — council.example.gov.uk › council-tax",
                "How to appeal your band — council.example.gov.uk › council-tax › appeals"],
               ["Results for \"flood\": 12 articles", "Flood defences to be raised — 3 December 2026"]]
AZ_HONEST = [("A", ["Adult education", "Allotments"]), ("B", ["Bins and recycling", "Blue badges"]),
             ("C", ["Council tax", "Libraries are under L"])]
LEADERS_HONEST = [["Foreword .......... 3", "1. The year in numbers .......... 5", "2. Our finances .......... 12"],
                  ["Turnout ............ 61.2%", "Spoilt ballots ............ 0.4%"]]
PROMO_HONEST = ["Subscribe for £1 a week for 3 months with the code WINTER26, ends 31 December.",
                "Readers get 20% off tickets to the festival with code GAZETTE20 at the box office."]
QUOTES_PROSE = ["The minister said: \"We won't wait\", and her aide added that it's 'too early' to say.",
                "\"It's the town's busiest week,\" the baker said, \"and we're ready.\""]
ESCAPES_PROSE = ["In JSON the letter é is often written \\u00e9, which is why some exported files look garbled, "
                 "the developer said.",
                 "Programmers escape a quote with a backslash, as in \\\", the course notes explain."]
EXCERPT_HONEST = ["Council approves the new bridge after a long debate about costs and the river…",
                  "Residents say the bus changes have made their journeys longer, and some have stopped […]",
                  "The inquiry heard evidence from three former managers, who said the warnings were..."]
LANG_RULE_HONEST = [("fr", ":lang(fr) q{quotes:'« ' ' »'}", "Le maire a dit « nous verrons » avant de partir."),
                    ("de", ":lang(de) q{quotes:'„' '“'}", "Der Bürgermeister sagte „wir werden sehen“ und ging.")]
SVG_TITLES = ["Share this article", "Print", "Search", "Facebook", "Close"]
IMAGE_MAP_AREAS = [("North ward", "/wards/north/"), ("South ward", "/wards/south/"), ("East ward", "/wards/east/"),
                   ("West ward", "/wards/west/")]
IFRAME_FALLBACKS = ["Your browser does not support iframes. Watch the video on our site.",
                    "This embedded map needs frames; see the list of polling stations below."]
JS_NOTES = ["This interactive chart needs JavaScript; a table of the figures follows.",
            "Enable JavaScript to see the live results."]
CONDITIONAL_COMMENTS = ["[if lt IE 9]><script src=\"/js/html5shiv.js\"></script><![endif]",
                        "[if IE]><link rel=\"stylesheet\" href=\"/css/ie.css\"><![endif]"]
