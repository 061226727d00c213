"""Phrase banks of the novel2 untouched tier (spamgen.py --set novel2, seed 41, session 20): spam families,
languages and honest lookalikes that no earlier tier (tune, tune2, heldout, fresh, novel) draws from, designed from
what injected SEO spam on hacked news sites looks like, before any detector change of session 20, and frozen.
Written for this generator.

Never tune on the cases these make, never open them: score them, totals only.
"""

# --- spam families -------------------------------------------------------------------------------------------

NORDIC_CASINO = {  # casinos "without a licence", quick loans and followers, in the Nordic languages
    "sv": ["casino utan svensk licens", "bästa casino utan spelpaus", "snabba uttag trustly casino",
           "free spins utan insättning", "sms lån utan uc", "låna pengar direkt utan kreditupplysning",
           "betting utan licens bonus", "nya casinon utan registrering", "köp följare på instagram",
           "potensmedel utan recept"],
    "da": ["casino uden rofus", "kviklån uden kreditvurdering", "gratis spins uden indbetaling",
           "bedste casino uden dansk licens", "lån penge nu uden sikkerhed", "spil uden om rofus i dag",
           "køb følgere billigt", "slankepiller der virker hurtigt"],
    "nb": ["casino uten norsk lisens", "forbrukslån uten sikkerhet", "gratisspinn uten innskudd", "betting uten konto",
           "raske uttak casino bankid", "lån penger samme dag", "kjøp følgere norge", "potenspiller uten resept"],
    "fi": ["nettikasinot ilman rekisteröitymistä", "pikavippi heti tilille", "ilmaiskierrokset ilman talletusta",
           "kasino ilman tiliä", "laina ilman luottotietoja", "vedonlyönti bonus heti", "osta seuraajia halvalla",
           "laihdutuspillerit ilman reseptiä"],
}
CEE_LOANS = {  # loans, casinos and pills in Central and South-East European languages, two scripts for Serbian
    "cs": ["půjčka ihned bez registru", "online casino bez vkladu", "rychlá půjčka na účet do hodiny",
           "sázení bonus za registraci", "prášky na hubnutí bez předpisu", "nebankovní půjčka bez doložení příjmu",
           "automaty zdarma bez registrace", "koupit sledující na instagram"],
    "sk": ["pôžička bez registra ihneď", "kasíno online bonus bez vkladu", "rýchla pôžička na účet",
           "tipovanie bonus za registráciu", "tabletky na chudnutie bez receptu", "výherné automaty zadarmo"],
    "hu": ["gyors kölcsön jövedelemigazolás nélkül", "online kaszinó befizetés nélküli bónusz",
           "ingyenes pörgetések regisztrációért", "fogyókúrás tabletta vény nélkül", "sportfogadás bónusz azonnal",
           "követők vásárlása olcsón", "nyerőgépek ingyen regisztráció nélkül", "potencianövelő recept nélkül"],
    "bg": ["бърз кредит без доходи", "онлайн казино бонус без депозит", "безплатни завъртания при регистрация",
           "хапчета за отслабване без рецепта", "спортни залози бонус", "кредит до заплата онлайн",
           "купи последователи евтино", "игрални автомати безплатно"],
    "sr-Cyrl": ["кладионица онлајн бонус", "брзи кредит без папира", "онлајн казино без депозита",
                "таблете за мршављење без рецепта", "бесплатни спинови за регистрацију", "кредит на рате без жираната"],
    "sr-Latn": ["online kazino bez depozita", "brzi kredit bez žiranata", "kladionica bonus dobrodošlice",
                "besplatni spinovi bez uplate", "pozajmica odmah na račun", "kupi pratioce na instagramu"],
}
BN_BETTING = [  # Bengali: betting apps, mobile-wallet casinos, loans, pills
    "অনলাইন ক্যাসিনো বাংলাদেশ", "ক্রিকেট বেটিং সাইট", "বেটিং অ্যাপ ডাউনলোড", "ফ্রি বোনাস রেজিস্ট্রেশন",
    "জুয়া খেলে টাকা আয়", "বিকাশে ডিপোজিট ক্যাসিনো", "দ্রুত লোন অ্যাপ", "বিনা জামানতে লোন", "মোটা হওয়ার ওষুধ",
    "যৌন শক্তি বৃদ্ধির ট্যাবলেট", "ফলোয়ার কিনুন সস্তায়", "লটারি জেতার উপায়", "অনলাইনে আয় করার সহজ উপায়",
    "তিন পাত্তি আসল টাকা", "স্লট গেম ফ্রি স্পিন",
]
UR_AMIL = [  # Urdu (Arabic script, another language) and Roman Urdu: "amil baba" black-magic and satta spam
    "آن لائن جوا کھیلیں", "کالا جادو کا توڑ", "محبت کی شادی کا وظیفہ", "عامل بابا سے رابطہ کریں", "ستا کنگ رزلٹ آج",
    "فوری قرض بغیر ضمانت", "مردانہ طاقت کی دوا", "پسند کی شادی کا عمل", "انعامی بانڈ کا پکا نمبر",
    "Amil baba in Lahore", "Black magic specialist in Karachi", "Kala jadu expert in Dubai",
    "Love marriage problem solution", "Asli amil baba contact number", "Bangali baba online",
    "Rohani ilaj for husband wife problems", "Istikhara online free", "No 1 amil baba in Pakistan",
]
AMIL_SENTENCES = [  # the same family's testimonial prose; {tel} a phone number
    "Contact Amil Baba on WhatsApp {tel} for love marriage, divorce, business and black magic problems, solved in 24 "
    "hours.",
    "Kisi bhi masle ka hal sirf ek call par, abhi rabta karein {tel}.",
    "Pasand ki shadi, shohar ko qabu aur kala jadu ka tor, 100% guarantee ke sath: {tel}.",
    "عامل بابا سے ابھی رابطہ کریں {tel} ہر مسئلے کا حل صرف تین دن میں",
]
AMIL_CONTACTS = ["+92 301 7245 118", "+92 345 0093 612", "+92 322 4418 705", "+971 55 804 3317"]
SW_BETTING = [  # Swahili: betting tips, mobile-money loans, herbal cures and traditional healers
    "bet za uhakika leo", "tabiri mechi za leo bure", "kasino mtandaoni kenya", "pata bonasi ya usajili",
    "jackpot ya wiki hii", "mikopo ya haraka bila dhamana", "mkopo kwa simu dakika tano",
    "dawa ya kuongeza nguvu za kiume", "mganga wa kienyeji mwenye nguvu", "pete ya bahati na utajiri",
    "kurudisha mpenzi aliyekuacha", "odds kubwa leo", "aviator mbinu za kushinda", "pesa haraka kwa m-pesa",
]
HEALER_SENTENCES = [  # the healer spam's prose; {name}, {tel}
    "Mganga {name} anatibu matatizo ya mapenzi, biashara na kazi kwa siku tatu tu, piga simu {tel}.",
    "Powerful traditional healer {name}: bring back lost lover, win court cases, lucky rings and money spells, "
    "call or WhatsApp {tel}.",
    "Nilikuwa na deni kubwa lakini baada ya kumpigia {name} sasa biashara yangu inastawi, wasiliana naye {tel}.",
]
HEALER_NAMES = ["Dr Mugwe", "Mama Zaituni", "Dr Kiboko", "Baba Shauri"]
HEALER_CONTACTS = ["+254 718 402 913", "+255 764 219 087", "+254 733 590 261"]
TA_TE_RUMMY = [  # Tamil and Telugu: rummy and betting apps, instant loans, pills
    "ஆன்லைன் ரம்மி விளையாடி பணம் சம்பாதிக்கவும்", "பதிவு செய்தவுடன் இலவச போனஸ்", "கிரிக்கெட் பெட்டிங் செயலி",
    "ஆவணம் இல்லாமல் உடனடி கடன்", "உடல் எடை குறைக்கும் மாத்திரை", "இன்றைய லாட்டரி முடிவுகள்",
    "வீட்டிலிருந்து பணம் சம்பாதிக்க", "உண்மையான பணம் கேசினோ விளையாட்டு", "ஆண்மை அதிகரிக்கும் மருந்து",
    "ఆన్‌లైన్ రమ్మీ ఆడండి", "తక్షణ రుణం యాప్", "క్రికెట్ బెట్టింగ్ యాప్", "ఉచిత బోనస్ రిజిస్ట్రేషన్",
    "ఇంటి నుండి డబ్బు సంపాదించండి",
]
WAREZ_PRODUCTS = ["Adobe Photoshop", "IDM", "Wondershare Filmora", "FL Studio", "Windows 11 Pro", "Microsoft Office",
                  "CorelDRAW", "AutoCAD", "Avast Premium Security", "Camtasia Studio", "Malwarebytes",
                  "Driver Booster", "4K Video Downloader", "SketchUp Pro", "Tally ERP", "Ableton Live"]
WAREZ_KEYS = ["Serial Key", "License Key", "Activation Code", "Registration Key", "Product Key", "Keygen", "Patch"]
WAREZ_TEMPLATES = [  # cracked-software download titles; {p} product, {v} version, {k} key word
    "{p} {v} Crack + {k} Free Download", "{p} {v} Crack With {k} [Latest]", "{p} Activator Full Version {v}",
    "{p} {v} Pre-Activated Portable", "{p} Crack {v} Torrent Download", "{p} {v} Full Crack + {k} 2026",
]
CALLGIRL_PLACES = ["Aerocity", "Connaught Place", "Mahipalpur", "Andheri West", "Juhu", "Koramangala", "Banjara Hills",
                   "Salt Lake", "Karol Bagh", "Sector 29", "Baga Beach", "Vashi"]
CALLGIRL_CONTACTS = ["+91 98110 47326", "+91 99537 20418", "+91 87002 61954", "9818662301"]
CALLGIRL_TEMPLATES = [  # escort-service spam as it is planted on Indian news sites; {place}, {tel}
    "Call Girls in {place}", "{place} Escort Service 24/7", "Independent Call Girls {place} Cash On Delivery",
    "VIP Escorts in {place} Call {tel}", "Low Rate Call Girls {place} Hotel Delivery", "Russian Call Girls {place}",
    "Book Call Girl in {place} WhatsApp {tel}", "{place} Call Girl Number {tel}",
]
QUERY_TEMPLATES = [  # search questions built from a page's own words (stuff_queries); {w}, {v} its words
    "what is {w}", "{w} meaning", "{w} meaning in hindi", "{w} meaning in urdu", "how to {w}", "{w} vs {v}",
    "{w} pdf", "{w} wikipedia", "{w} net worth", "{w} age", "is {w} real", "{w} and {v}", "why {w}", "{w} kya hai",
    "{w} in english", "{w} images",
]

SPAM_HOST_WORDS = ["dewa", "naga", "zeus", "garuda", "tiger", "panda", "ruby", "sakura", "rocket", "comet", "falcon",
                   "mantra", "raja"]
SPAM_TLDS = ["ink", "cfd", "gdn", "bar", "pw", "ws", "store", "co.ke", "com.bd", "pk", "in.net", "sa.com"]

# --- honest lookalikes (hard negatives only this tier draws) ---------------------------------------------------

NOVEL2_PROSE = {  # news prose in the new families' languages
    "sv": ["Regeringen föreslår att fler pengar ska gå till underhåll av järnvägen under nästa år.",
           "Enligt SMHI väntas kraftiga regn i stora delar av Götaland under helgen."],
    "da": ["Kommunen har besluttet at bygge en ny skole i bydelen, som skal stå færdig i 2028.",
           "Ifølge politiet blev ingen alvorligt kvæstet ved ulykken på motorvejen."],
    "nb": ["Regjeringen vil bruke mer penger på sykehusene neste år, opplyser helseministeren.",
           "Ifølge Meteorologisk institutt kommer det mye snø i fjellet i helgen."],
    "fi": ["Hallitus aikoo lisätä rahoitusta rautateiden kunnossapitoon ensi vuonna.",
           "Ilmatieteen laitoksen mukaan viikonloppuna on odotettavissa runsaita sateita."],
    "cs": ["Vláda schválila plán na opravu silnic, který bude stát přes deset miliard korun.",
           "Podle meteorologů přinese víkend v celé zemi silný déšť a pokles teplot."],
    "hu": ["A kormány bejelentette, hogy jövőre több pénzt fordít a vasúthálózat felújítására.",
           "A meteorológusok szerint a hétvégén az ország nagy részén erős esőzés várható."],
    "bg": ["Правителството одобри план за ремонт на пътищата в Северна България.",
           "Според синоптиците през уикенда се очакват проливни дъждове в западната част на страната."],
    "sr": ["Влада је усвојила план за обнову школа у руралним подручјима.",
           "Према подацима метеоролога, за викенд се очекује јака киша у западној Србији."],
    "bn": ["সরকার আগামী বছর থেকে গ্রামের রাস্তা সংস্কারে বরাদ্দ বাড়ানোর ঘোষণা দিয়েছে।",
           "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন দেশের বিভিন্ন স্থানে ভারী বৃষ্টি হতে পারে।"],
    "ur": ["حکومت نے اعلان کیا ہے کہ اگلے سال دیہی سڑکوں کی تعمیر کے لیے بجٹ میں اضافہ کیا جائے گا۔",
           "محکمہ موسمیات کے مطابق آئندہ دو روز میں ملک کے بیشتر حصوں میں بارش کا امکان ہے۔"],
    "sw": ["Serikali imetangaza mpango wa kujenga barabara mpya katika kaunti tano mwaka ujao.",
           "Kwa mujibu wa idara ya hali ya hewa, mvua kubwa inatarajiwa katika maeneo ya pwani wiki hii."],
    "ta": ["அடுத்த ஆண்டு கிராமப்புற சாலைகளுக்கு கூடுதல் நிதி ஒதுக்கப்படும் என்று அரசு அறிவித்துள்ளது.",
           "வானிலை ஆய்வு மையத்தின் தகவல்படி, அடுத்த இரண்டு நாட்களில் பல மாவட்டங்களில் கனமழை பெய்யக்கூடும்."],
}
TOPIC_PROSE2 = [  # journalism on the new families' subjects: rummy bans, fake healers, piracy, escort rackets, loans
    "The state's ban on online rummy was upheld by the high court, which said the games' design encouraged "
    "addiction among young players.",
    "Police arrested a self-styled faith healer accused of taking money from families who had been promised that "
    "their relatives' illnesses would be cured.",
    "The software maker said cracked copies of its design program circulating on download sites carried malware that "
    "stole passwords.",
    "Officers said the racket advertised escort services on classified websites and moved women between hotels near "
    "the airport.",
    "Regulators ordered app stores to remove dozens of instant-loan apps that harassed borrowers and their contacts.",
    "Spelinspektionen varnar för olicensierade casinon som riktar reklam mot svenska spelare.",
    "Serikali imepiga marufuku matangazo ya kamari kwenye televisheni kabla ya saa nne usiku.",
    "অনলাইন জুয়ার বিজ্ঞাপন বন্ধে কঠোর ব্যবস্থা নেওয়ার কথা জানিয়েছে নিয়ন্ত্রক সংস্থা।",
    "پولیس نے شہریوں سے لاکھوں روپے بٹورنے والے جعلی عامل کو گرفتار کر لیا۔",
]
LOTTERY_RESULTS = [  # results journalism: numbers, jackpots, prize tiers
    "The winning numbers in Saturday's Lotto draw were 4, 11, 19, 27, 38 and 52, with the bonus ball 7. Nobody "
    "matched all six, so the jackpot rolls over to an estimated 9 million pounds.",
    "A ticket sold at a petrol station in the county matched five numbers and the bonus ball, the operator said, "
    "and the winner has 180 days to claim.",
    "Powerball results: 12 - 29 - 33 - 41 - 52, Powerball 9, Power Play 2x. The next jackpot is estimated at 310 "
    "million dollars.",
    "The national lottery board said ticket sales rose by a tenth after the jackpot passed one billion shillings.",
]
BETTING_ODDS = [  # betting-odds journalism and an odds line
    "Bookmakers make Arsenal 6/4 favourites to win the title, with Manchester City at 2/1 and Liverpool 7/2.",
    "The odds on a snap election shortened overnight to 3/1, a bookmaker said, after the prime minister refused to "
    "rule out a vote in the spring.",
    "Odds: home win 2.10, draw 3.40, away win 3.60. Kick-off is at 19:45 and the match is live on radio.",
    "Punters wagered more on the final than on any match this season, according to the gambling regulator.",
]
PHARMACY_NEWS = [  # health and pharmacy journalism with the spam families' words
    "The medicines regulator approved a cheaper generic version of the weight-loss injection, which pharmacies "
    "expect to stock from the summer.",
    "Police warned that counterfeit erectile dysfunction pills sold online without a prescription had been found to "
    "contain dangerous doses.",
    "Pharmacists reported shortages of ADHD medication for a third month and urged patients not to buy tablets "
    "from unregistered websites.",
    "Doctors say slimming pills marketed on social media are often untested and can cause heart problems.",
]
TOPIC_TAGS = ["Lottery", "Gambling", "Betting", "Pharmacy", "Loans", "Cryptocurrency", "Online casinos",
              "Payday loans", "Counterfeit goods", "Piracy", "Weight loss", "Consumer rights", "Scams", "Cricket"]
EDITIONS = ["English", "বাংলা", "اردو", "Kiswahili", "Svenska", "Dansk", "Norsk", "Suomi", "Čeština", "Slovenčina",
            "Magyar", "Български", "Српски", "Srpski", "தமிழ்", "తెలుగు"]
FOOTER_NOTES = ["© 2026 The Daily Courier. All rights reserved.", "Tous droits réservés", "Alle Rechte vorbehalten",
                "সর্বস্বত্ব সংরক্ষিত", "جملہ حقوق محفوظ ہیں", "Haki zote zimehifadhiwa", "Kaikki oikeudet pidätetään"]
FORMAT_PROSE = [  # honest prose with format characters: soft hyphens in long words, joiners in Bengali and Persian
    "Die Bundes\u00adverkehrs\u00administerin kündigte eine Verkehrs\u00adsicherheits\u00adkampagne für den Herbst an.",
    "Kaupungin\u00advaltuusto hyväksyi liikenne\u00adsuunnitelman, jonka toteutus alkaa ensi keväänä.",
    "The council's infra\u00adstructure committee approved the regene\u00adration scheme after a two-hour debate.",
    "A kormány\u00adszóvivő szerint a közlekedés\u00adbiztonsági program jövőre indul.",
    "র\u200c্যাব জানিয়েছে, অভিযানে তিনজনকে গ্রেপ্তার করা হয়েছে।",
    "وزارت بهداشت اعلام کرد که واکسیناسیون از هفته آینده در مدرسه\u200cها آغاز می\u200cشود.",
]
MIXED_SCRIPT = [  # honest text in two scripts: Serbian in both alphabets, Cyrillic prose with Latin brand names
    "Влада Србије усвојила је нови закон о саобраћају. Vlada Srbije usvojila je novi zakon o saobraćaju.",
    "Компанията Google обяви, че ще открие нов център за разработка в София.",
    "Акции Apple и Microsoft выросли после публикации квартальных отчётов.",
    "Novi Sad je ove godine domaćin festivala EXIT, a Нови Сад очекује више од двеста хиљада посетилаца.",
]
COMMENTERS = ["Margaret H.", "DaveInLeeds", "Priya S.", "old_reader_54", "Tomás", "J. Okafor", "annek"]
COMMENT_TIMES = ["2 hours ago", "Yesterday at 21:14", "12 March 2026 at 08:14", "3 days ago"]
HONEST_COMMENTS = [
    "This bridge has been closed for months and nobody at the council will give a straight answer.",
    "Good piece. I'd like to know how much of the budget actually reaches the schools.",
    "My daughter's bus was cancelled twice last week, so the figures in the article don't surprise me.",
    "Interesting, but the chart seems to stop in 2024. Is there newer data?",
    "Thanks for covering this. The local paper used to, but not any more.",
    "I disagree with the conclusion: the trial was far too small to say anything.",
]
CAPTIONS = [  # honest captions with credits
    "Firefighters at the scene on Tuesday morning. Photo: Getty Images",
    "The new ward is expected to open in the spring. (Image: NHS Trust)",
    "Residents queue for water in Nairobi. Photograph: Reuters",
    "The minister speaks to reporters outside parliament. AP Photo",
    "Volunteers clear debris from the riverbank. Picture: Supplied",
]
SOURCE_DOMAINS = ["ons.gov.uk", "who.int", "worldbank.org", "eurostat.ec.europa.eu", "census.gov", "oecd.org",
                  "imf.org", "data.gov.uk", "ourworldindata.org", "bls.gov"]
TICKER = ["Breaking: Parliament passes budget after all-night session", "Markets: FTSE closes up 0.4%",
          "Weather: Storm warning for the coast tonight", "Sport: Cup final moved to Sunday",
          "Travel: Rail strike called off"]
EDITION_OPTIONS = [["UK edition", "US edition", "Australia edition", "International edition"],
                   ["March 2026", "February 2026", "January 2026", "December 2025", "November 2025"]]
CHART_LABELS = [["2022", "2023", "2024", "2025", "Inflation, %"], ["Jan", "Apr", "Jul", "Oct", "Unemployment rate"]]
SR_LABELS = ["(opens in a new tab)", "Share on WhatsApp", "Open navigation menu", "Close", "Skip to comments",
             "Previous slide", "Next slide"]
COOKIE_NOTICES = ["We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
                  "This site uses cookies for analytics and personalised content. Manage your choices in settings."]
