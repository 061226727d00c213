"""Phrase banks of the novel8 untouched tier (session 28; see novel8.py): spam in languages and scripts no earlier tier
has, new English topics, the detector-aware families' templates, page furniture and honest lookalikes.

Manipuri in Meitei Mayek and Assyrian Neo-Aramaic in Syriac letters are Latin spellings mapped letter by letter
(approximate): they stand for what a planted block in those scripts looks like, not for fluent text. The honest
Cherokee lines (syllabary) are approximate too: a lookalike in the script the Cherokee homoglyph damage borrows from.
"""

# Latin letters mapped to Meitei Mayek letters and vowel signs, and to Syriac letters (one each; approximate)
MEITEI_LETTERS = dict(zip("abcdeghijklmnoprstuwyf",
                          "\uabd1\uabd5\uabc6\uabd7\uabe6\uabd2\uabcd\uabe4\uabd6\uabc0\uabc2\uabc3\uabc5\uabe3\uabc4"
                          "\uabd4\uabc1\uabc7\uabe8\uabcb\uabcc\uabd0"))
SYRIAC_LETTERS = dict(zip("abgdhwzxtyklmnsepqrcoiuvjf",
                          "\u0710\u0712\u0713\u0715\u0717\u0718\u0719\u071a\u072c\u071d\u071f\u0720\u0721\u0722\u0723"
                          "\u071d\u0726\u0729\u072a\u072b\u0718\u071d\u0718\u0712\u0713\u0726"))


def scripted(phrases, letters):
    """Latin-spelled phrases written letter by letter in another script (letters without a match kept)."""
    return ["".join(letters.get(c, c) for c in p.lower()) for p in phrases]


CONGO_LAKES_BETTING = {  # sports bets, casinos and mobile-money loans in Lingala, Luganda and Kirundi
    "ln": ["bet ya lelo na mbongo mingi", "kasino ya malamu na bonus", "zwa mbongo noki na telefone",
           "niongo ya mbangu kozanga mitungisi", "sala pari na ndembo lelo"],
    "lg": ["bbeti za leero ez'amaanyi", "kasino ennungi ne bonus", "funa ssente mangu ku ssimu",
           "looni ey'amangu awatali kukeberebwa", "teeka bbeti ku mupiira"],
    "rn": ["bete y'uyu munsi", "kazino nziza na bonus", "ronka amahera vuba kuri terefone",
           "ingurane yihuta ata gusuzumwa", "tega ku mupira w'amaguru"],
}
INDIAN_OCEAN_LOANS = {  # loans, casinos and quick money in Mauritian Creole, Seychellois Creole and Comorian
    "mfe": ["pre rapid san garanti", "gagn kas zordi mem", "kazino an lign ek bonus", "fer pari lor foutborl",
            "prete kas lor telefonn"],
    "crs": ["prete vitman san okenn verifikasyon", "ganny larzan ozordi", "kazino lo lenternet ek bonis",
            "fer pari lo foutbol", "aplikasyon prete lo telefonn"],
    "zdj": ["mkopo wa haraka", "pata pesa leo", "kazino ya internet na bonasi", "betisha mpira leo",
            "mkopo ha simu yahe"],
}
SLAVIC_MINOR_PHARMA = {  # pills without prescription, potency and slimming in Upper Sorbian, Kashubian and Rusyn
    "hsb": ["tabletki bjez recepta", "potenca hnydom", "chudnjenje bjez dieta", "kupić medikamenty tunjo",
            "zasyłka diskretnje domoj"],
    "csb": ["tabletczi bez receptë", "mòc bùten wszëtczégò", "schùdniã bez dietë", "kùpic lekarstwa tónié",
            "diskretnô wësëłka"],
    "rue": ["таблеткы без рецепту", "сила про хлопів гнед", "худнутя без дієты", "купити ліекы дешево",
            "дискретна доставка домів"],
}
ALPINE_ISLAND_CASINO = {  # casinos, bets and bonuses in Romansh, Friulian, Ladin, Sardinian and Sicilian
    "rm": ["casino online cun bonus", "scumessas da ballape oz", "gudagnar daners svelt", "giugar gratuitamain"],
    "fur": ["casinò in linie cun bonus", "scomessis sul balon vuê", "vuadagnâ bêçs svelt", "zuiâ di bant"],
    "lld": ["cajinò online con bonus", "scomëses sun balon encuei", "davagné scioldi debota", "jughé debant"],
    "sc": ["casinò in lìnia cun bonus", "iscummissas de bòcia oe", "balangiare dinari luego", "giogare de badas"],
    "scn": ["casinò online cu bonus", "scummissi supra u palluni oji", "guadagnari picciuli subbitu", "jucari a gratis"],
}
SIBERIAN_LOANS = {  # loans, casinos and quick money in Sakha, Buryat, Tuvan and Udmurt (Cyrillic)
    "sah": ["түргэн иэс харчы", "бүгүн харчы ыл", "казино бонустаах", "төлөпүөнүнэн иэс"],
    "bxr": ["түргэн үри зээл", "мүнөөдэр мүнгэ абаха", "казино бонустай", "телефоноор зээл"],
    "tyv": ["дүрген өглээ акша", "бөгүн акша ал", "казино бонустуг", "телефон дамчыштыр өглээ"],
    "udm": ["ӝог уж кун коньдон", "туннэ коньдон басьты", "казино бонусэн", "телефон пыр уж кун"],
}
_MANIPURI = ["lottery result ngasi", "sel phangnaba thuna", "sure number ngasi", "visa phangnaba thuna"]
_ASSYRIAN = ["zuze bshina", "lotto yoma", "visa bshina", "bitcoin tre gaye"]
SCRIPT_LOTTERY = {  # lottery numbers, visas and crypto in Manipuri (Meitei Mayek) and Assyrian (Syriac); approximate
    "mni": scripted(_MANIPURI, MEITEI_LETTERS),
    "aii": scripted(_ASSYRIAN, SYRIAC_LETTERS),
}
SPY_HACKER = ["hire a hacker for phone access", "spy on a cheating spouse's phone remotely",
              "recover a hacked Instagram account fast", "read someone's WhatsApp messages without their phone",
              "change university grades hacker for hire", "track any phone number location secretly",
              "professional ethical hacker services 24/7", "undetectable phone monitoring app"]
GAME_CHEATS = ["undetected aimbot and wallhack", "rank boosting to Grandmaster cheap", "buy a level 30 smurf account",
               "HWID spoofer lifetime key", "ESP cheat for ranked matches", "cheap ELO boost in 24 hours",
               "private cheat loader no ban", "triggerbot and radar hack subscription"]
PUPPY_SALES = ["teacup puppies for sale with free shipping", "micro teacup Yorkie puppies available now",
               "French bulldog puppies for adoption cheap", "toy poodle puppies delivered to your door",
               "kittens for sale vaccinated ready to ship", "Pomeranian puppies for sale near me",
               "exotic bully puppies shipped nationwide", "sphynx kittens with health guarantee"]
ENGLISH_SLUGS = {"en_spy_hacker": ["hire-a-hacker", "phone-spy-app", "whatsapp-hack"],
                 "en_game_cheats": ["aimbot-undetected", "rank-boost", "hwid-spoofer"],
                 "en_puppy_sales": ["teacup-puppies-for-sale", "french-bulldog-puppies", "kittens-for-sale"]}
SPAM_SLUGS = ["hire-a-hacker", "aimbot-undetected", "teacup-puppies-for-sale", "casino-bonus", "quick-loans",
              "pills-no-prescription", "lottery-results-today", "rank-boost", "phone-spy-app"]
SPAM_HOST_WORDS = ["mbongo", "ssente", "amahera", "kas", "larzan", "pesa", "tabletki", "lekarstwa", "bonus", "zuia",
                   "dinari", "picciuli", "harcy", "mungu", "akcha", "kondon", "ngasi", "zuze", "spy", "boost",
                   "puppies", "teacup", "aim", "hack"]
SPAM_TLDS = ["cd", "ug", "bi", "mu", "sc", "km", "cz", "kaszeb", "ch", "sardegna", "sicilia", "ru", "su", "in", "iq",
             "top", "shop", "fun", "lol", "pet"]

# the detector-aware families: update notes and summaries built from the page's own words
UPDATE_TEMPLATES = ["Update, {time}: this story has been updated with new details on {w} and {v}; {a} has more.",
                    "Updated at {time} with comment on {w}. Background on {v} is in {a} we published earlier.",
                    "Correction, {time}: an earlier version misstated the {w} figures; {a} has the {v} record.",
                    "This article was amended at {time} to clarify {w}. Read {a} for the {v} timeline."]
UPDATE_ANCHORS = ["the full timeline", "our earlier report", "the background piece", "the original document",
                  "this record", "the updated version"]
UPDATE_TIMES = ["09:14", "11:32", "13:05", "16:48", "18:20", "21:02"]
SUMMARY_HEADINGS = ["Summary", "In short", "The story in brief", "What we know"]

# page furniture of the new placements
LISTEN_BAR = ["Listen to this article", "Listen · 4 min", "Hear this story read aloud", "Audio version · 6 min"]
WEATHER = [("Today", "14°C, light rain"), ("Tonight", "9°C, cloudy"), ("Tomorrow", "16°C, sunny spells"),
           ("Wind", "12 km/h south-west")]
MARKETS = ["FTSE 100 7,512.3 ▲0.4%", "Dow 38,104 ▼0.2%", "Nikkei 33,455 ▲1.1%", "EUR/USD 1.0842", "Brent $81.20"]
VIDEO_TITLES = ["Watch: the moment the bridge opened (2:31)", "Video: residents describe the storm (1:58)",
                "Explained in 90 seconds: the new budget (1:30)", "Watch: the minister's statement in full (6:12)"]
CLASSIFIED_ADS = ["Garage sale Saturday, 12 Elm Road, books and furniture.", "Piano lessons for beginners, all ages.",
                  "Lost: grey cat near the park, answers to Milo.", "Room to let near the station, £450 a month."]
DATELINES = ["Published 7 December 2026, 09:14 GMT", "Published 3 hours ago", "First published on 6 December 2026",
             "Published 14:02 CET"]
UPDATED_LINES = ["Updated 11:40 GMT", "Last updated 2 hours ago", "Updated 7 December 2026"]

# honest lookalikes
NOVEL8_PROSE = {  # honest news in each new language
    "ln": ["Bato ya engumba basangani na esika ya mboka mpo na kolobela mai ya komela.",
           "Eteyelo ya sika efungwami na mokolo ya mosala ya liboso."],
    "lg": ["Abatuuze b'ekyalo bakuŋŋaanye okwogera ku mazzi amayonjo.",
           "Essomero eppya liggulwawo ku Mmande."],
    "rn": ["Abanyagihugu bakoraniye hamwe kugira baganire ku mazi meza.", "Ishure rishasha rizugururwa ku wa mbere."],
    "mfe": ["Bann abitan vilaz inn rankontre pou koz lor problem delo.", "Nouvo lekol pou ouver lindi prosenn."],
    "crs": ["Bann abitan in zwenn pour koz lo problem delo.", "Nouvo lekol pou ouver Lendi."],
    "hsb": ["Wobydlerjo wsy zetkachu so, zo bychu wo pitnej wodźe rěčeli.", "Nowa šula so póndźelu wotewri."],
    "csb": ["Mieszkańcë wsë zeszlë sã, żebë gadac ò wòdze.", "Nowô szkòła òtemknie sã w pòniedzôłk."],
    "rue": ["Жытелї села ся зышли, жебы бісїдовали о водї.", "Нова школа ся отворить в понедїлок."],
    "rm": ["Ils abitants dal vitg èn sa radunads per discutar davart l'aua.", "La nova scola avra ses portas glindesdi."],
    "fur": ["I abitants dal paîs si son cjatâts par discuti da l'aghe.", "La gnove scuele e vierç lunis."],
    "sc": ["Sos abitantes de sa bidda si sunt addobiados pro faeddare de s'abba.", "Sa scola noa s'aberit lunis."],
    "scn": ["L'abbitanti dû paisi s'arricugghieru pi parrari di l'acqua.", "A scola nova si rapi lunnidìa."],
    "sah": ["Нэһилиэк олохтоохторо уу туһунан кэпсэтэ мустубуттара.", "Саҥа оскуола бэнидиэнньиккэ аһыллар."],
    "udm": ["Гуртысь улисьёс ву сярысь вераськыны люкаськизы.", "Выль школа вордӥскон нуналэ усьтӥське."],
    "chr": ["ᎠᏂᏴᏫᏯ ᎤᎾᏓᏡᎬ ᎤᏂᏣᏘ ᎠᎹ ᎤᏂᏃᎮᎸ.", "ᎢᏤ ᏗᏕᏲᏗ ᏗᎦᎳᏫᎢᏍᏗ ᎤᏍᏚᎢᏒ ᏌᎾᎴ."],
}
TOPIC_PROSE8 = [  # journalism on the new topics
    "Police warned parents that sites promising to 'hire a hacker' to read a partner's messages are scams that steal "
    "the fee and sometimes the customer's own accounts.",
    "The game's publisher banned thousands of accounts caught using aimbots and paid rank-boosting services this "
    "season, and said cheat sellers had moved to private loaders.",
    "Animal charities say puppy scams rose again this winter: buyers pay for a teacup dog that does not exist, then "
    "for 'shipping insurance' and a crate.",
    "Regulators in Kinshasa and Kampala are drafting rules for mobile-money loan apps after complaints about "
    "debt collectors contacting borrowers' families.",
    "The island's gaming board closed two online casinos that had no licence and advertised in Creole on social media.",
    "Pharmacists in Lusatia say counterfeit slimming pills sold online without prescription have sent several "
    "people to hospital.",
]
HACKER_HONEST = TOPIC_PROSE8[:3]
WEATHER_HONEST = WEATHER
MARKETS_HONEST = MARKETS
VIDEO_HONEST = VIDEO_TITLES
CLASSIFIED_HONEST = CLASSIFIED_ADS
UPDATE_HONEST = ["Update, 12:10: this story has been updated with comment from the council.",
                 "Correction: an earlier version of this article gave the wrong date for the hearing.",
                 "This article was amended on 7 December to clarify the number of jobs affected."]
BRACKET_HONEST = ["[Video] [Photos] [Live]", "[Opinion] [Analysis]", "[Updated] [Exclusive]"]
QUOTED_HONEST = ["“We will rebuild”, “Not again”, “It was terrifying”: residents on the flood",
                 "“A fair deal”, “Too little, too late”: what the unions said"]
URL_PAIRS_HONEST = [["Council minutes — council.example.gov/minutes", "Budget report — treasury.example.gov/budget"],
                    ["Court ruling — courts.example.org/judgments", "Inquiry evidence — inquiry.example.org/evidence"]]
CAMEL_PROSE = ["She now streams on YouTube and TikTok, and her PlayStation channel has grown since the lockdown.",
               "The company's McDonald's franchise and its JavaScript training school both opened in March."]
ACCENT_PROSE = ["Zoë Müller and Søren Ægidius led the Škoda team; François Lefèvre and Łucja Wróbel joined later.",
                "The São Tomé delegation met Ólafur Ragnar Grímsson and Nguyễn Thị Ánh in Brasília."]
CAROUSEL_CAPTIONS = ["The harbour at dawn, before the ferries leave.", "Volunteers clearing the river bank on Sunday.",
                     "The old mill, now a community hall."]
PRINT_NOTES = ["Printed from the newspaper's website. Copyright reserved.", "This page was printed for personal use."]
