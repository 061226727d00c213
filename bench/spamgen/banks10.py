"""Phrase banks of the novel7 untouched tier (session 27; see novel7.py): spam in languages and scripts no earlier tier
has, new English topics, the detector-aware families' templates, page furniture and honest lookalikes.

Languages written in a script their speakers also use but whose text here is made by letter mapping (Bambara in N'Ko,
Pular in Adlam) are approximate: they stand for what a planted block in that script looks like, not for fluent text.
"""

# Latin letters of Manding and Fula spellings mapped to N'Ko and Adlam letters (one letter each; approximate)
NKO_LETTERS = dict(zip("aeiɛuoɔbptjcdrsgfklmɲnhwy",
                       "\u07ca\u07cb\u07cc\u07cd\u07ce\u07cf\u07d0\u07d3\u07d4\u07d5\u07d6\u07d7\u07d8\u07d9\u07db"
                       "\u07dc\u07dd\u07de\u07df\u07e1\u07e2\u07e3\u07e4\u07e5\u07e6"))
ADLAM_LETTERS = dict(zip("adlmbspɓrefioɗƴwnkyujchqgñtŋvx", [chr(c) for c in range(0x1E922, 0x1E940)]), z="\U0001E941")


def scripted(phrases, letters):
    """Latin-spelled phrases written letter by letter in another script (letters without a match kept)."""
    return ["".join(letters.get(c, c) for c in p.lower()) for p in phrases]


_BAMBARA = ["wari sɔrɔ joona", "ntolatan sɔsɔli bi", "kasino ɲuman", "bonus fila sɔrɔ", "juru sɔrɔ sisan",
            "i ka wari caya", "loto jaabi bi"]
_PULAR = ["heɓ kaalis law", "ndaño kasino", "ɓeyditte bonus", "ceede jaɓɓe", "fijirde ball", "njamndi loto"]
SAHEL_BETTING = {  # sports bets, casinos and quick money in Wolof (Latin), Bambara (N'Ko) and Pular (Adlam)
    "wo": ["fey ci futbal tey", "kasino bu baax", "am xaalis gaaw", "bonus ñaari yoon", "tegal sa pari",
           "lotto yu mag yi", "jël sa xaalis ci telefon"],
    "bm": scripted(_BAMBARA, NKO_LETTERS),
    "ff": scripted(_PULAR, ADLAM_LETTERS),
}
SOUTHERN_AFRICA_LOANS = {  # loan apps, quick money and betting in Sesotho, Setswana, isiXhosa and Chichewa
    "st": ["kadimo e potlakileng", "chelete kajeno ntle le ho hlahlojwa", "kopo ya kadimo ka fono",
           "betha bolo ya maoto", "hapa chelete habonolo"],
    "tn": ["kadimo ya ka bonako", "madi gompieno kwa ntle ga tlhatlhobo", "tiriso ya kadimo mo mogaleng",
           "betša kgwele ya dinao", "gapa madi motlhofo"],
    "xh": ["imali-mboleko ngokukhawuleza", "imali namhlanje ngaphandle kokujongwa", "faka isicelo ngefowuni",
           "bheja ibhola ekhatywayo", "phumelela imali lula"],
    "ny": ["ngongole mwachangu", "ndalama lero popanda kufufuza", "pemphani ngongole pafoni",
           "kubetcha mpira wamiyendo", "pezani ndalama mosavuta"],
}
HORN_CRYPTO = {  # crypto doubling, airdrops and signal groups in Tigrinya (Ge'ez) and Afaan Oromoo
    "ti": ["ቢትኮይን ብቕልጡፍ ኣድምዕ", "ገንዘብካ ክልተ ዕጽፊ", "ነጻ ክሪፕቶ ሂብ", "ናይ ንግዲ ምልክታት", "ኣብ ቴሌግራም ተጸንበር"],
    "om": ["bitkooyinii dachaa lama", "kiriptoo bilisaa argadhu", "mallattoo daldalaa VIP", "maallaqa saffisaan argadhu",
           "garee telegraamii makamaa"],
}
WEST_ROMANCE_REPLICA = {  # replica watches and bags, cheap pills in Occitan, Breton, Corsican, Asturian and Frisian
    "oc": ["relòtges replica de qualitat", "sacs de marca pas cars", "pilulas sens ordonança", "crompar en linha"],
    "br": ["eurierioù replica priz izel", "sac'hoù merk marc'had mat", "pilulennoù hep urzhiad", "prenañ enlinenn"],
    "co": ["orologii replica di qualità", "borse di marca à pocu prezzu", "pillule senza ricetta", "cumprà in linea"],
    "ast": ["reloxos réplica de calidá", "bolsos de marca baratos", "pastielles ensin receta", "mercar en llinia"],
    "fy": ["replika horloazjes goedkeap", "merktassen mei koarting", "pillen sûnder resept", "online keapje"],
}
ARCTIC_IPTV = {  # IPTV subscriptions and sport streams in Inuktitut (syllabics), Kalaallisut and Northern Sami
    "iu": ["ᑕᓚᕖᓴ ᐊᑭᖃᙱᑦᑐᖅ", "ᐱᙳᐊᕐᓂᖅ ᑕᑯᓂᐊᖅᑕᑦ", "ᑕᑯᒃᓴᐅᑎᑦ 10000", "ᐊᑭᖃᙱᑦᑐᒃᑯᑦ ᐅᓪᓗᒥ"],
    "kl": ["IPTV akeqanngitsoq", "arsaattarneq toqqaannartoq", "kanaalit 10000 qaammammut", "ullumi pisiarisinnaavat"],
    "se": ["IPTV nuvttá", "spábbačiekčan njuolgga", "10000 kanála mánnui", "oaččo dál"],
}
CLASSICAL_ESSAY = {  # essay mills and bought degrees in Yiddish, Esperanto and Latin
    "yi": ["שרייבט מײַן עסיי ביליק", "קויפט אַ דיפּלאָם אָנליין", "דיסערטאַציע אין דרײַ טעג", "גאַראַנטירט אָן פּלאַגיאַט"],
    "eo": ["skribu mian eseon malmultekoste", "aĉetu diplomon rete", "disertacio en tri tagoj", "garantiite sen plagiato"],
    "la": ["dissertatio scripta vili pretio", "diploma emere in rete", "thesis tribus diebus", "sine plagio certe"],
}
GAME_CURRENCY = ["free Robux generator no human verification", "unlimited V-Bucks code generator 2026",
                 "free gift card codes working today", "Roblox free Robux hack no survey", "free Fortnite skins redeem code",
                 "Free Fire diamonds generator unlimited", "Steam wallet code generator free",
                 "PSN gift card free codes no verification"]
BACKLINKS = ["buy high DA backlinks cheap", "guest post on DA 90 news sites", "PBN links permanent dofollow",
             "sponsored post on news websites from $49", "niche edits on authority sites",
             "Google news approved sites for sale", "buy aged domains with backlinks", "link insertion in old articles"]
COUNTERFEIT_CASH = ["buy undetectable counterfeit money", "grade AAA fake banknotes for sale",
                    "SSD chemical solution for black notes", "counterfeit euro notes that pass the pen test",
                    "buy fake dollars online discreet shipping", "clone cards with high balance",
                    "prop money that looks real", "cloned credit cards for sale"]
CREDIT_ROLES = ["Photo", "Photograph", "Image", "Illustration", "Graphic", "Map", "Video"]
CREDIT_NAMES = ["Lena Marchetti", "Tomas Reyes", "Anika Brandt", "Kofi Mensah", "Ruth Okafor", "Iva Novak",
                "Jonah Whitaker", "Mei Tanaka", "Studio North", "Harbour Pictures"]
CREDIT_SOURCES = ["handout", "for this story", "courtesy of the family", "via archive", "used with permission"]
GLOSSARY_DEFINITIONS = ["{W}: the term used in this story for {v}; see a plain explanation of {a}.",
                        "{W} — how {v} works in practice, explained step by step in {a}.",
                        "{W}. A short definition with examples related to {v}: {a}.",
                        "{W} (n.): what experts mean when they talk about {v}. More in {a}."]
GLOSSARY_ANCHORS = ["this guide", "our explainer", "the reference page", "this glossary entry", "a longer note"]
SPAM_SLUGS = ["free-robux-generator", "buy-backlinks", "counterfeit-money-for-sale", "replica-watches",
              "iptv-subscription", "essay-writing-service", "bitcoin-doubler", "payday-loan-app", "online-casino-bonus",
              "buy-ozempic-no-prescription"]
FAMILY_SLUGS = {"en_game_currency": ["free-robux", "vbucks-generator", "gift-card-codes"],
                "en_backlinks": ["buy-backlinks", "guest-post-service", "pbn-links"],
                "en_counterfeit_cash": ["counterfeit-money-for-sale", "ssd-solution", "clone-cards"]}
SPAM_HOST_WORDS = ["ndam", "xaalis", "kadimo", "madi", "oromo", "tigr", "oc", "breizh", "corsu", "fryske", "nuuk",
                   "sapmi", "esper", "lingua", "robux", "vbuck", "linkdo", "guestp", "cashpro", "notes", "glossa",
                   "creditz"]
SPAM_TLDS = ["sn", "ml", "ls", "bw", "mw", "er", "et", "bzh", "corsica", "frl", "gl", "eus", "gg", "link", "click",
             "xyz", "lol"]
# furniture
MOST_READ = [["Council approves new cycle lanes", "Schools to close early on Friday", "Storm warning for the coast"],
             ["Hospital waiting times fall", "Train fares to rise in March", "Local team reaches cup final"]]
EVENT_DETAILS = [("When", "Saturday 14 March, 10am to 4pm"), ("Where", "Town Hall, Market Square"),
                 ("Tickets", "Free entry; booking advised")]
GALLERY_CAPTIONS = ["Crowds gathered outside the town hall before the vote.",
                    "Volunteers cleared debris from the riverbank on Sunday.",
                    "The new library opened its doors to the first readers."]
PROMOTED_TITLES = ["Ten quiet villages to visit this spring", "Why your energy bill rose this winter",
                   "The best walks within an hour of the city", "How to check your pension in five minutes"]
TRANSLATION_LANGS = [("Español", "es"), ("Français", "fr"), ("Deutsch", "de"), ("Polski", "pl"), ("العربية", "ar")]
TIP_LINES = ["Do you have a story we should know about? Contact our newsroom in confidence.",
             "Got a news tip? Send it to our reporters securely."]
# honest lookalikes
NOVEL7_PROSE = {  # honest news sentences in each new language
    "wo": ["Meeru Dakar neena liggéey bi dina door ci weer wi.", "Ekip bi dafa daan ci futbal bi démb."],
    "st": ["Lekgotla la motse le phatlalladitse moralo o motjha wa metsi.", "Sekolo se tla bulwa hape ka Mantaha."],
    "tn": ["Lekgotla la motse le phasaladitse leano le lešwa la metsi.", "Sekolo se tla bulwa gape ka Mosupologo."],
    "xh": ["Ibhunga lesixeko libhengeze isicwangciso esitsha samanzi.", "Isikolo siza kuvulwa kwakhona ngoMvulo."],
    "ny": ["Khonsolo ya mzinda yalengeza ndondomeko yatsopano ya madzi.", "Sukulu idzatsegulidwanso Lolemba."],
    "om": ["Bulchiinsi magaalaa karoora bishaanii haaraa beeksise.", "Manni barumsaa Wiixata irra deebi'ee bana."],
    "ti": ["ምምሕዳር ከተማ ሓድሽ መደብ ማይ ኣፍሊጡ።", "ቤት ትምህርቲ ሰኑይ ተመሊሱ ክኽፈት እዩ።"],
    "oc": ["Lo conselh municipal a votat un plan novèl per l'aiga.", "L'escòla tornarà dobrir diluns."],
    "br": ["Kuzul-kêr en deus votet ur steuñv nevez evit an dour.", "Digoret e vo ar skol en-dro d'al Lun."],
    "co": ["U cunsigliu municipale hà vutatu un pianu novu per l'acqua.", "A scola hà da apre torna luni."],
    "ast": ["El conceyu aprobó un plan nuevu pal agua.", "La escuela va abrir otra vegada el llunes."],
    "fy": ["De gemeenteried hat in nij plan foar it wetter oannommen.", "De skoalle giet moandei wer iepen."],
    "kl": ["Kommunip imermut pilersaarut nutaaq akuerisimavaa.", "Atuarfik ataasinngornermi ammaqqissaaq."],
    "se": ["Suohkanstivra lea mearridan ođđa čáhceplána.", "Skuvla rahpasa fas vuossárgga."],
    "yi": ["די שטאָטראַט האָט אָנגענומען אַ נײַעם פּלאַן פֿאַר וואַסער.", "די שול וועט זיך ווידער עפֿענען מאָנטיק."],
    "eo": ["La urba konsilio aprobis novan planon por la akvo.", "La lernejo remalfermiĝos lundon."],
    "la": ["Senatus urbis novum consilium de aqua probavit.", "Schola die Lunae iterum aperietur."],
}
TOPIC_PROSE7 = [  # honest journalism on the new families' topics
    "Parents are warned that sites promising free Robux or V-Bucks are used to steal game accounts.",
    "Police seized counterfeit banknotes and said the so-called black-money cleaning solution is a well-known fraud.",
    "The regulator said some loan apps charged interest far above the legal cap and shamed borrowers online.",
    "Search engines have penalised sites that sell links, the company said, after a rise in paid guest posts.",
    "Customs officers destroyed thousands of replica watches and bags seized at the port last year.",
    "Illegal IPTV subscriptions cost broadcasters millions, the league said, announcing a new crackdown.",
    "Universities are using new tools to spot essays bought from online writing services.",
    "Investors lost savings to a scheme that promised to double any bitcoin sent to it within a day.",
]
CREDITS_HONEST = [("Photo", "Reuters"), ("Photograph", "Getty Images"), ("Map", "OpenStreetMap contributors"),
                  ("Graphic", "our data team")]
GLOSSARY_HONEST = [("Quorum", "the smallest number of members who must be present for a vote to count."),
                   ("Precept", "the share of council tax collected for the police or fire service."),
                   ("Brownfield", "land that has been built on before.")]
RANKED_HONEST = [["1. Norway", "2. Sweden", "3. Denmark"], ["#1 Liverpool 45 pts", "#2 Arsenal 43 pts", "#3 Chelsea 40 pts"]]
TICKER_HONEST = ["BREAKING • Polls close at 10pm • Results expected after midnight • Turnout up on 2022",
                 "Markets • FTSE 100 up 0.4% • Pound steady against the dollar • Oil falls"]
ARROW_HONEST = ["Home → News → Local → Transport", "Step 1 → Register online → Step 2 → Choose a date"]
FLAG_PROSE = ["🇫🇷 France 2 – 1 Germany 🇩🇪 after extra time in Lyon.", "Final score: 🇧🇷 Brazil 3, 🇦🇷 Argentina 1."]
ABBREVIATED_PROSE = ["Dept of Trnsprt figures (prov.) show 12k fewer jnys in Jan.", "Govt mgmt reply: 'No cmnt.'"]
FLIP_BACKS = [("Myth: recycling is all sent abroad.", "Fact: most of it is sorted at the plant in town."),
              ("Myth: the park will be sold.", "Fact: the council has ruled that out.")]
CHART_LABELS = ["Population, 2001 to 2021", "Rainfall by month, mm", "Votes cast by ward"]
TRUNCATED_HEADLINES = ["Council approves plan for new bridge after a long debate about costs and the river",
                       "Hospital trust says it will open a second walk-in centre in the spring"]
