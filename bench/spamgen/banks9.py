"""Phrase banks of the novel6 tier (session 26; see novel6.py): families in languages and scripts no earlier bank has
(Khasi, Mizo, Santali in Ol Chiki, Tibetan, Haitian Creole, Papiamento, Quechua, Guarani, Aymara, Maori, Samoan,
Tongan, Irish, Scottish Gaelic, Luxembourgish, Faroese, Bashkir, Chuvash, Chechen, Tamazight in Tifinagh, Kabyle,
Nigerian Pidgin, Krio), topics no earlier family has (fake support lines, pirated film downloads, modded apps, exam
leaks, VPN and licence-key resellers), the detector-aware families' templates, the furniture of this tier's
placements and the honest lookalikes of all of it. Written before session 26 changed any rule.
"""

TEER_LOTTERY_HILLS = {  # teer and state-lottery results and "target numbers" in north-east India and the Himalaya
    "kha": ["Shillong teer result mynta", "ki nombar ba jngai shisha", "teer common number ka sngi mynta",
            "khmih ia ki nombar ba jop", "Khanapara teer result kaba mynta", "jop ka lottery ha ka sngi"],
    "lus": ["Shillong teer result vawiin", "number dik tak hriat nan", "lottery hlawhtlinna vawiin",
            "tangka hlawh nan number", "teer target number chhut dan"],
    "sat": ["ᱞᱚᱴᱟᱨᱤ ᱨᱤᱡᱟᱞᱴ ᱛᱮᱦᱮᱧ", "ᱴᱤᱨ ᱱᱚᱢᱵᱚᱨ ᱥᱟᱹᱨᱤ", "ᱛᱟᱠᱟ ᱡᱤᱛᱟᱹᱣ ᱞᱟᱹᱜᱤᱫ ᱱᱚᱢᱵᱚᱨ", "ᱥᱤᱧᱜᱮ ᱨᱤᱡᱟᱞᱴ ᱧᱮᱞ ᱢᱮ",
            "ᱵᱷᱟᱨᱚᱥᱟ ᱱᱚᱢᱵᱚᱨ ᱫᱟᱢ ᱵᱟᱹᱱᱩᱜ"],
    "bo": ["དེ་རིང་གི་ལོ་ཊ་རི་གྲུབ་འབྲས།", "རྒྱལ་ཁ་ཐོབ་ངེས་ཀྱི་ཨང་གྲངས།", "དངུལ་འབོར་ཆེན་པོ་ཐོབ་ཐབས།",
           "ཤོ་རྩེད་དྲ་ཚིགས་བཟང་ཤོས།", "ཨང་གྲངས་ཁ་ཚོན་ཆོད་པ་དེ་རིང་།"],
}
CARIBBEAN_BORLETTE = {  # borlette and lotto, casinos and quick money in Haitian Creole and Papiamento
    "ht": ["rezilta bòlèt jodi a", "boul cho pou jodi a", "jwe bòlèt sou entènèt", "tiraj New York midi ak swa",
           "kazino an liy ak bonis", "lajan rapid san papye", "boul ki sòti aswè a"],
    "pap": ["kasino online na Kòrsou", "gana plaka awe mes", "loteria resultado di awe", "bonus di bon bini pa hunga",
            "fiansa rápido sin preguntanan", "number ganador pa mañan"],
}
ANDES_LOANS = {  # loans, betting and slots in Quechua, Guarani and Aymara
    "qu": ["utqaylla qullqi mañakuy", "mana papelniyuq qullqi", "apuestakuna futbolpi kunan", "kasino internetpi pukllay",
           "qullqita kunanpacha chaskiy"],
    "gn": ["pirapire pya'e ndejerure'ỹre", "eñembosarái kasino-pe ko'ága", "apuesta futbol-pe ko árape",
           "pirapire reñemoñe'ẽ'ỹre", "ehupyty bono jeroviapy"],
    "ay": ["jank'aki qullqi mayt'aña", "kasino internet tuqi anataña", "apuesta futbol jichhüru",
           "qullqi jichhpacha katuqaña"],
}
PACIFIC_POKIES = {  # pokies, casinos and payday loans in Maori, Samoan and Tongan
    "mi": ["kēmu pokie ipurangi", "moni tere mō te rā nei", "whakawhiwhi koha kore utu", "petipeti hākinakina ipurangi",
           "taurewa moni tere kāore he pātai"],
    "sm": ["taalo kasino i luga ole initaneti", "nonogā tupe vave", "manumalo tupe i le aso", "pokie e leai se totogi",
           "taalo pele ma manumalo"],
    "to": ["va'inga kasino 'i he 'initaneti", "no pa'anga vave", "ikuna pa'anga 'i he 'aho ni", "pokie ta'etotongi",
           "bonasi ma'a e kau va'inga fo'ou"],
}
CELTIC_VPN_KEYS = {  # VPNs, unblocked streams and cheap licence keys in Irish, Scottish Gaelic, Luxembourgish, Faroese
    "ga": ["VPN saor in aisce gan teorainn", "eochair cheadúnais Windows saor", "féach ar spórt beo gan íoc",
           "ceannaigh síntiús VPN ar leathphraghas", "díghlasáil gach cainéal anocht"],
    "gd": ["VPN an-asgaidh gun chrìochan", "iuchair cead Office saor", "coimhead spòrs beò an-asgaidh",
           "ceannaich VPN aig leth na prìse", "fosgail a h-uile seanail a-nochd"],
    "lb": ["gratis VPN ouni Limit", "bëlleg Windows Lizenzschlëssel", "Sport live kucken ouni Abo",
           "VPN Abonnement fir d'Halschent", "all Kanäl haut den Owend fräischalten"],
    "fo": ["ókeypis VPN uttan mark", "bílig Windows loyvislykil", "hygg at ítrótti beinleiðis ókeypis",
           "keyp VPN fyri hálvan prís", "lat allar rásir upp í kvøld"],
}
VOLGA_PHARMA = {  # pills without prescription, slimming and potency in Bashkir, Chuvash and Chechen (Cyrillic)
    "ba": ["рецептһыҙ дарыуҙар арзан", "тиҙ ябығыу өсөн таблеткалар", "ир-егеттәр көсө өсөн дарыу",
           "өйгә тиҙ илтеп биреү", "бөгөн генә ташлама"],
    "cv": ["рецептсӑр эмелсем йӳнӗ", "хӑвӑрт ырханмалли таблеткӑсем", "арҫынсен вӑйӗ валли эмел",
           "киле хӑвӑрт илсе ҫитересси", "паян ҫеҫ йӳнетӳ"],
    "ce": ["рецепт йоцуш молханаш духа доцца", "сиха аздала таблеткаш", "божаршна молха",
           "цIа сиха дIакхачор", "тахана бен йоцу йоцалла"],
}
TIFINAGH_BETTING = {  # betting, casinos and quick money in Tamazight (Tifinagh) and Kabyle (Latin)
    "zgh": ["ⴰⵔⵉⵖ ⵏ ⵜⵙⵓⵔⴰ ⵏ ⵓⴹⴰⵕ ⴰⵙⵙⴰ", "ⵜⴰⴽⴰⵣⵉⵏⵓⵜ ⵖⴼ ⵓⵥⵟⵟⴰ", "ⵉⴷⵔⵉⵎⵏ ⵙ ⵜⵖⴰⵡⵍⴰ", "ⵔⴱⵃ ⴰⵙⵙⴰ ⵙ ⵓⵏⵓⵎⵉⵔⵓ",
            "ⴱⵓⵏⵓⵙ ⵉ ⵉⵎⵙⵓⵔⴰⵢⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ"],
    "kab": ["tiwsatin n ddurt ass-a", "takazinut deg internet", "adrim s zreb war lkaɣeḍ", "rbeḥ ass-a s lnumru",
            "lbunus i yimuraren imaynuten"],
}
PIDGIN_EXAM_EXPO = {  # exam-paper leaks ("expo", "runz") and quick loans in Nigerian Pidgin and Krio
    "pcm": ["WAEC expo 2026 correct answers dey here", "NECO runz wey no dey fail", "JAMB CBT expo sure questions",
            "una go pass with A1 guarantee", "send your number make we add you for the group",
            "quick loan wey no need BVN", "sharp sharp money enter your account today"],
    "kri": ["WAEC ansa dɛn fɔ tɔmɔra", "di rayt ansa dɛn de na dis grup", "yu go pas wit A1 gyaranti",
            "kwik lon we nɔ nid dɔkyumɛnt", "mɔni go kam na yu akawnt tide"],
}
TECH_SUPPORT = [  # fake helplines as they are planted on hacked institutional sites; {tel} a number
    "QuickBooks payroll support number {tel}", "Epson printer offline help call {tel}", "Cash App refund helpline {tel}",
    "Coinbase customer care number {tel} 24/7", "Norton antivirus renewal cancel {tel}", "HP printer setup helpdesk {tel}",
    "Outlook password reset phone {tel}", "Binance wallet recovery number {tel}", "Geek Squad billing desk {tel}",
    "Roku activation code help {tel}", "Bellsouth email support line {tel}", "Garmin map update assistance {tel}",
]
TECH_NUMBERS = ["+1-888-450-0271", "1 (855) 210-4419", "+1 877 318 6640", "1-844-552-0193", "+1 (866) 407-1128"]
FILM_TITLES = ["Monsoon Heist", "The Last Ferry", "Kingdom of Ash 2", "Red Harbour", "Midnight Express Way", "Jawani Jaan",
               "Pushpak Returns", "Coastal Blues", "Operation Nightfall", "Shadow Raja"]
FILM_TEMPLATES = ["{t} full movie download {q} HD", "{t} ({y}) Hindi dubbed download {q}", "{t} movie download {q} free",
                  "watch {t} online free {q} no sign up", "{t} {y} WEB-DL {q} x264 download link",
                  "{t} Tamil movie download {q} leaked", "{t} web series all episodes download {q}"]
FILM_QUALITIES = ["480p", "720p", "1080p", "300MB", "4K HDRip", "HDCAM"]
APK_MODS = ["GB WhatsApp APK download latest version", "Spotify Premium mod APK unlocked", "CapCut Pro APK no watermark",
            "Netflix mod APK free subscription", "Instagram Pro APK download", "YouTube Vanced APK ad-free",
            "Minecraft PE mod APK unlimited", "Canva Pro mod APK lifetime", "Truecaller Gold APK cracked",
            "PUBG Mobile ESP hack APK", "Kinemaster mod APK without watermark", "FM WhatsApp APK anti-ban"]
# citation_refs: a reference list built from the article's own words; {w} {v} its words; the spam only in the address
CITATION_TEMPLATES = ["{s}, {i}. ({y}). {W} and {v}: a review of recent evidence. Journal of Applied {V} Studies, {n}({m}).",
                      "{s}, {i}., & {s2}, {i2}. ({y}). Understanding {w} in the context of {v}. {V} Quarterly, {n}.",
                      "{s}, {i}. ({y}). The {w} handbook: {v} in practice (2nd ed.). Northfield Academic Press.",
                      "{s} {i}. {W}, {v} and public policy. Review of {V} Research. {y};{n}:{m}-{m2}."]
CITATION_SURNAMES = ["Hartley", "Okonkwo", "Lindqvist", "Moreau", "Castellano", "Whitfield", "Nakamura", "Petrov",
                     "Adeyemi", "Fairbanks", "Rosenthal", "Quigley"]
CITATION_LINK_TEXTS = ["Retrieved from", "Available at", "Full text", "DOI", "PDF"]
CITATION_SLUGS = ["research/casino-bonus-uk", "papers/buy-cheap-tramadol", "doc/essay-writing-service",
                  "pdf/instant-payday-loans", "study/replica-watches", "article/sports-betting-tips",
                  "ref/buy-instagram-likes", "journal/cbd-gummies-sale"]
# sponsored_aside: a disclosure and paragraphs in the article's register; {w} {v} its words, {a} the generic anchor
SPONSORED_DISCLOSURES = ["This section is supported by our partners.", "Sponsored content.",
                         "Partner content: our newsroom was not involved in writing it.", "Advertorial."]
SPONSORED_TEMPLATES = ["As {w} becomes part of everyday life, more families look at {v} with fresh eyes, and {a} is a good starting point.",
                       "Planning around {w} is easier with the right tools; {a} sets out the options for {v} clearly.",
                       "Experts agree that {v} rewards those who prepare, which is why readers interested in {w} often turn to {a}.",
                       "If {w} is on your mind this season, {a} offers a practical overview of {v} without the jargon."]
SPONSORED_ANCHORS = ["this overview", "our partner's guide", "a dedicated platform", "the official site",
                     "a comparison tool", "this trusted service"]
SPONSORED_SLUGS = ["best-online-casino", "buy-viagra-online", "fast-cash-loans", "crypto-signals-vip",
                   "essay-writer-cheap", "rolex-replica-aaa", "iptv-premium-4k"]
SOCIAL_HANDLES_SUFFIX = ["_official", "bet", "_vip", ".store", "_deals", "24", "club"]
SPAM_HOST_WORDS = ["teer", "bolet", "pokie", "mana", "fado", "tala", "celt", "expo", "runz", "apkz", "flix", "vpn",
                   "keyz", "helpdesk", "shilong", "aymara", "tonga", "kora", "zrab"]
SPAM_TLDS = ["ht", "cw", "pe", "py", "bo", "nz", "ws", "to", "ie", "lu", "fo", "ng", "sl", "ma", "top", "quest", "sbs"]

# ---- honest lookalikes --------------------------------------------------------------------------------------
NOVEL6_PROSE = {  # honest news sentences in each new language
    "kha": ["Ka Dorbar Shnong ka la pynbna ba yn pynkhreh ia ka surok shaphang ka bnai ba wan.",
            "Ki nongkhaii ha Iewduh ki ong ba ka dor ka jingbam ka la kiew ha kine ki sngi."],
    "lus": ["Aizawl khawpuiah ruah a sur nasa avangin kawngpui tam tak an khar.",
            "Sorkar chuan zirlaite tan scholarship thar a puang chhuak."],
    "sat": ["ᱜᱟᱶᱟᱸ ᱨᱮᱭᱟᱜ ᱤᱥᱠᱩᱞ ᱨᱮ ᱱᱟᱶᱟ ᱞᱟᱭᱵᱨᱮᱨᱤ ᱮᱛᱦᱚᱵ ᱮᱱᱟ᱾", "ᱫᱟᱜ ᱧᱩ ᱨᱮᱭᱟᱜ ᱥᱚᱢᱚᱥᱭᱟ ᱞᱟᱹᱜᱤᱫ ᱦᱚᱲ ᱠᱚ ᱢᱤᱴᱤᱝ ᱠᱚ ᱦᱩᱭ ᱞᱮᱱᱟ᱾"],
    "bo": ["ས་གནས་ཀྱི་སློབ་གྲྭ་གསར་པ་ཞིག་དེ་རིང་སྒོ་ཕྱེ་བ་རེད།", "ལོ་འདིར་ཞིང་ལས་ཀྱི་ཐོན་འབྲས་མང་དུ་ཕྱིན་འདུག"],
    "ht": ["Meri a anonse travay sou wout nasyonal la ap kòmanse nan mwa k ap vini an.",
           "Anpil paran di pri lekòl yo monte anpil ane sa a."],
    "pap": ["E gobièrnu a anunsiá ku e trabounan na e kaminda prinsipal lo kuminsá luna ku ta bini.",
            "Hopi mayor a bisa ku e preisnan di kuminda a subi e luna aki."],
    "qu": ["Llaqta kamachiqkuna musuq yachay wasita kichanqaku hamuq killapi.",
           "Chakra llamkaqkunaqa para mana chayamusqanmanta llakisqa kachkanku."],
    "gn": ["Tetã ruvicha he'i oñemopyendataha mbo'ehao pyahu ko ary ohóvape.",
           "Ñemitỹhára kuéra oñembyasy ama ndoúigui."],
    "ay": ["Marka apnaqirinakax machaq yatiqañ uta jist'arapxani jutir phaxsina.",
           "Yapuchirinakax jallux jan purinitapat llakitapxiwa."],
    "mi": ["Ka whakatūwheratia he kura hou ki te takiwā ā tērā marama.",
           "E ai ki te kaunihera, ka whakapaia ngā rori i muri i ngā waipuke."],
    "sm": ["Ua faalauiloa e le malo se aoga fou o le a tatalaina i le masina fou.",
           "Na faapea mai le fono a le nuu o le a toe faaleleia auala ina ua mavae le lologa."],
    "to": ["Kuo fakahā 'e he pule'anga 'e fakaava ha 'apiako fo'ou 'i he māhina ka hoko.",
           "Na pehē 'e he kōmiti 'e toe ngaohi 'a e ngaahi hala hili 'a e lōmaki."],
    "ga": ["D'fhógair an chomhairle go ndéanfar an bóthar a dheisiú roimh an ngeimhreadh.",
           "Dúirt tuismitheoirí go bhfuil costas na leabhar scoile ag ardú."],
    "gd": ["Dh'ainmich a' chomhairle gun tèid an rathad a chàradh ron gheamhradh.",
           "Thuirt pàrantan gu bheil cosgais leabhraichean sgoile a' dol suas."],
    "lb": ["D'Gemeng huet ugekënnegt, datt d'Strooss virum Wanter renovéiert gëtt.",
           "Vill Elteren soen, datt d'Schoulbicher all Joer méi deier ginn."],
    "fo": ["Kommunan hevur boðað frá, at vegurin verður umvældur áðrenn veturin.",
           "Nógvir foreldrar siga, at skúlabøkurnar gerast dýrari hvørt ár."],
    "ba": ["Ҡала хакимиәте яңы мәктәп төҙөләсәген белдерҙе.", "Ауыл хужалығында быйыл уңыш яҡшы булды."],
    "cv": ["Хула администрацийӗ ҫӗнӗ шкул тӑвассине пӗлтерчӗ.", "Ял хуҫалӑхӗнче кӑҫал тухӑҫ лайӑх пулчӗ."],
    "ce": ["ГIалин администрацис керла школа йийр ю аьлла хаам бира.", "Кху шарахь ялта дика хилла."],
    "zgh": ["ⵜⵏⵏⴰ ⵜⵎⵔⵙⵍⵜ ⴰⴷ ⵜⵙⵏⵓⵍⴼⵓ ⵜⵉⵏⵎⵍ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⴰⴷ.", "ⵉⵏⵏⴰ ⵉⴼⵍⴰⵃⵏ ⵉⵙ ⵉⵏⵇⵚ ⵓⵏⵥⴰⵔ ⴰⵙⴳⴳⵯⴰⵙ ⴰ."],
    "kab": ["Tennad tɣiwant ad yettwabnu yiwen n uɣerbaz amaynut deg useggas-a.",
            "Ifellaḥen qqaren d akken ur d-yewwit ara ugeffur aṭas."],
    "pcm": ["Government don talk say dem go open new school for di area next month.",
            "Plenty parents dey complain say school fees don cost pass before."],
    "kri": ["Di gɔvmɛnt dɔn se dɛn go opin nyu skul na di eria nɛks mɔnt.",
            "Bɔku pɛrɛnt dɛn de kɔmplen se skul fiz dɔn kɔst pas bifo."],
}
TOPIC_PROSE6 = [  # honest journalism on the new families' topics
    "Police warned that fake support numbers for printers and payment apps are being planted on university websites, "
    "and that callers are asked to pay with gift cards.",
    "The film's producers said pirated copies appeared on download sites within hours of release, in 480p and 720p.",
    "Exam boards said so-called expo groups selling leaked papers are almost always scams, and urged candidates to "
    "report them.",
    "Shillong teer, an archery-based lottery licensed in Meghalaya, publishes its results twice a day.",
    "Regulators in New Zealand said pokie machine losses in pubs rose for the third year running.",
    "Modified apps such as unofficial WhatsApp builds can expose users' messages, security researchers warned.",
    "In Haiti, borlette draws follow the New York lottery results, and street vendors sell tickets on every corner.",
    "Consumer groups say cheap VPN and licence-key resellers often sell keys taken from volume contracts.",
]
KEY_POINTS = [["The council approved the budget by seven votes to four", "Bus fares will rise by 5% in April",
               "Libraries keep their opening hours"],
              ["Flood warnings remain in place for three rivers", "Schools in the valley will close on Friday",
               "Residents can collect sandbags at the depot"]]
TOC_ENTRIES = [["What happened", "Who is affected", "What the council says", "What happens next"],
               ["The background", "The evidence", "The response", "Timeline"]]
SOURCES = [["Office for National Statistics, Labour market overview, November 2026.",
            "City council, Budget report 2026/27, p. 14."],
           ["World Health Organization, Global vaccine coverage estimates, 2026.",
            "Interview with the author, 3 December 2026."]]
TRANSCRIPT_LINES = ["Presenter: Good evening, and welcome to the programme.",
                    "Mayor: We have listened to residents and we will change the plan.",
                    "Presenter: When will the work start?", "Mayor: In the spring, if the funding is agreed."]
PAYWALL_PITCHES = ["You have read 3 of 5 free articles this month. Subscribe for unlimited access.",
                   "Support local journalism: subscribe from 1 euro a week.",
                   "This story is for subscribers. Already a subscriber? Log in."]
APP_PROMOS = ["Get breaking news alerts on your phone: download our app.",
              "Read today's paper on the go with our free app."]
MATH_FORMULAS = [("E = mc²", "E = mc^2"), ("a² + b² = c²", "a^2 + b^2 = c^2"), ("x = (−b ± √Δ) / 2a", "x = (-b \\pm \\sqrt{\\Delta})/(2a)")]
SVG_ICON_LABELS = [("Share", "An arrow leaving a box"), ("Print", "A printer"), ("Search", "A magnifying glass")]
LEGACY_NOTES = ["This page is kept as it was published in 2004.", "Archive page: links may no longer work."]
ACCORDION_QA = [("When is the bin collection?", "Every second Tuesday; check the calendar for holidays."),
                ("How do I report a pothole?", "Use the council's online form or call the contact centre.")]
TOGGLE_TEXTS = [("Show full results", "North 4,210; South 3,877; East 2,954; West 2,611."),
                ("Read the full statement", "We regret the delay and will publish the report in January.")]
FALLBACK_NOTICES = ["Your browser does not support this interactive chart; a table follows below.",
                    "This graphic needs a newer browser to display correctly."]
CHECKLIST_HONEST = [["✔ Register to vote by 12 May", "✔ Check your polling station", "✔ Bring photo ID"],
                    ["✔ Check the forecast", "✔ Pack water", "✔ Tell someone your route"]]
CARDS_HONEST = [[("Weather", "Rain clearing by noon, highs of 12C."), ("Traffic", "Delays on the ring road after a crash.")],
                [("Markets", "Shares closed slightly higher."), ("Sport", "United drew 1-1 at home.")]]
REPORTER_HANDLES = [["@cityhall_desk", "@courts_reporter", "@weather_team"], ["@sportsdesk", "@politics_live"]]
MODIFIER_PROSE = ["La séance est présidée par Mᵐᵉ Laurent, 2ᵉ adjointe, et Mˡˡᵉ Roux.",
                  "Die Firma zahlt 1 000 € je m² für Baugrund im 3ᵗᵉⁿ Bezirk."]
BLANK_PROSE = ["⠠⠃⠗⠁⠊⠇⠇⠑ signs were installed at every bus stop, the council said, after campaigners asked for them.",
               "The Korean menu reads 비빔밥\u3164(bibimbap), with a blank Hangul filler the printer left in."]
