"""Banks of the novel5 untouched tier (session 25; novel5.py): families in languages, scripts and written forms no
earlier tier has (Traditional Chinese and Cantonese, Malay, Cebuano, Javanese, Catalan, Basque, Galician, Icelandic,
Welsh, Maltese, Belarusian, Kyrgyz, Tatar, Odia, Assamese, Sorani Kurdish, Sindhi, Uyghur, Kinyarwanda, Shona,
Malagasy, Igbo; Russian, Hindi and Arabic spam written in Latin letters), English topics no earlier tier has (essay
mills, replica goods, bought followers and views, dating), and the honest lookalikes of each: journalism on the same
topics, honest news in each new language, and the honest furniture the new placements and tricks imitate. Written for
this tier only; never tune on it.
"""

HANT_BACCARAT = {  # casinos, baccarat, sports lottery and mark six in Traditional Chinese (Taiwan) and Cantonese
    "zh-Hant": ["線上娛樂城註冊送體驗金", "百家樂必勝技巧", "運彩分析明牌", "老虎機免費試玩", "真人百家樂首儲加碼",
                "娛樂城出金最快推薦", "棒球運彩賠率", "代儲點數優惠", "彩金無上限", "包牌穩賺不賠"],
    "yue": ["六合彩貼士今期", "網上賭場邊間好", "即時波膽推介", "賽馬貼士穩陣", "外圍波網開戶", "免費送你一千蚊彩金",
            "百家樂玩法教學", "快啲入嚟攞獎賞"],
}
SEA_LOANS_SLOTS = {  # loans, slots and casino apps in Malay, Cebuano and Javanese
    "ms": ["pinjaman peribadi tanpa penjamin", "kasino dalam talian Malaysia", "muat turun aplikasi slot percuma",
           "pinjaman segera lulus sehari", "bonus deposit pertama 100%", "menang besar setiap hari",
           "pengeluaran pantas tanpa had", "pinjaman wang berlesen murah"],
    "ceb": ["pautang online dali ra", "kwarta dayon walay collateral", "dula sa casino online", "daog dayon karon",
            "libre nga bonus sa pag-rehistro", "pautang bisan walay trabaho", "sugal online sa cellphone"],
    "jv": ["slot gampang menang dina iki", "utangan online cepet cair", "dolanan kasino entuk dhuwit",
           "bonus anyar kanggo member", "situs judi paling dipercaya", "daftar saiki oleh hadiah"],
}
MINOR_EUROPE_REPLICA = {  # replica watches and bags, bought followers and cheap pills in smaller European languages
    "ca": ["rellotges rèplica de luxe barats", "bosses d'imitació de marca", "comprar seguidors a Instagram",
           "pastilles per aprimar sense recepta", "enviament gratuït avui", "la millor rèplica del mercat"],
    "eu": ["erloju faltsuak merke", "Instagram jarraitzaileak erosi", "markako poltsen kopiak", "doako bidalketa gaur",
           "argaltzeko pilulak errezetarik gabe", "eskaintza berezia gaur bakarrik"],
    "gl": ["reloxos réplica baratos", "mercar seguidores en Instagram", "bolsos de imitación de marca",
           "pílulas para adelgazar sen receita", "envío gratuíto hoxe"],
    "is": ["ódýr eftirlíkingarúr", "kaupa fylgjendur á Instagram", "töskur eftirlíkingar á tilboði",
           "megrunartöflur án lyfseðils", "frí sending í dag"],
    "cy": ["oriorau ffug rhad", "prynu dilynwyr Instagram", "bagiau ffug brand enwog", "tabledi colli pwysau heb bresgripsiwn",
           "cludo am ddim heddiw"],
    "mt": ["arloġġi replika irħas", "ixtri followers fuq Instagram", "boroż imitazzjoni tad-ditta",
           "pilloli biex titnaqqas mingħajr riċetta", "kunsinna b'xejn illum"],
}
CYRILLIC_DOCUMENTS = {  # diplomas, driving licences and certificates for sale in Belarusian, Kyrgyz and Tatar
    "be": ["купіць дыплом універсітэта", "вадзіцельскае пасведчанне без іспытаў", "даведка для працы хутка",
           "атэстат з дастаўкай", "медыцынская кніжка за адзін дзень", "пасведчанне без чаргі"],
    "ky": ["диплом сатып алуу арзан", "айдоочулук күбөлүк экзамен жок", "маалымкат бир күндө",
           "аттестат жеткирүү менен", "медициналык китепче тез"],
    "tt": ["диплом сатып алу арзан", "машина йөртү таныклыгы имтихансыз", "белешмә бер көндә",
           "аттестат китереп бирү белән", "медицина китапчыгы тиз"],
}
EAST_INDIA_LOTTERY = {  # state lottery results and "sure numbers" in Odia and Assamese
    "or": ["ଲଟେରୀ ସମ୍ବାଦ ଆଜିର ଫଳାଫଳ", "ଆଜିର ଭାଗ୍ୟଶାଳୀ ନମ୍ବର", "ଡିଅର ଲଟେରୀ ଫଳାଫଳ ଲାଇଭ", "ନିଶ୍ଚିତ ଜିତିବା ନମ୍ବର",
           "ଲଟେରୀ ଟିକେଟ ଅନଲାଇନ କିଣନ୍ତୁ", "ସନ୍ଧ୍ୟା ଡ୍ର ଫଳାଫଳ"],
    "as": ["লটাৰী সংবাদ আজিৰ ফলাফল", "আজিৰ ভাগ্যৱান নম্বৰ", "ডিয়াৰ লটাৰী ফলাফল লাইভ", "নিশ্চিত জিকাৰ নম্বৰ",
           "অনলাইনত লটাৰী টিকট কিনক", "সন্ধিয়াৰ ড্ৰৰ ফলাফল"],
}
ARABIC_SCRIPT_BETTING = {  # betting and casinos in Sorani Kurdish, Sindhi and Uyghur (all Arabic script)
    "ckb": ["گرەوی وەرزشی ئۆنلاین", "کازینۆی ئۆنلاین بە بۆنەس", "بردنەوەی پارە ئەمڕۆ", "یاری سلۆت بە پارەی ڕاستەقینە",
            "بۆنەسی بێ پارەدان"],
    "sd": ["آن لائين جوا راند", "ڪرڪيٽ تي شرط لڳايو", "اڄ پئسا کٽيو", "ڪيسينو بونس مفت", "پڪي ٽپ اڄ جي ميچ"],
    "ug": ["تور قىمار ئويۇنى", "پۇل تېپىش ئاسان", "ھەقسىز بونۇس بۈگۈن", "تەنھەرىكەت گرەۋ تىكىش", "تېز پۇل ئېلىش"],
}
AFRICA_BETTING = {  # sports betting, jackpots and loan apps in Kinyarwanda, Shona, Malagasy and Igbo
    "rw": ["tega umupira kuri interineti", "inguzanyo yihuse kuri telefoni", "tsindira amafaranga uyu munsi",
           "bonus ku bwiyandikishe bushya", "jackpot y'icyumweru"],
    "sn": ["kubhejera nhabvu pamhepo", "chikwereti chekukurumidza pafoni", "hwina mari nhasi", "bhonasi yekunyoresa",
           "jackpot yevhiki ino"],
    "mg": ["filokana baolina an-tserasera", "indram-bola haingana amin'ny finday", "mahazoa vola anio",
           "bonus ho an'ny mpikambana vaovao", "jackpot isan-kerinandro"],
    "ig": ["tinye nzọ bọọlụ n'ịntanetị", "mbinye ego ngwa ngwa na ekwentị", "merie ego taa",
           "ego onyinye maka ndị ọhụrụ", "jackpot izu a"],
}
TRANSLIT_SPAM = {  # Russian, Hindi and Arabic spam written in Latin letters, as chat and search boxes type it
    "ru-Latn": ["kupit diplom nedorogo", "kazino onlayn bez depozita", "zaym na kartu bez otkaza",
                "prava bez ekzamenov", "viagra kupit s dostavkoy", "stavki na sport bonus"],
    "hi-Latn": ["satta king aaj ka result", "ghar baithe paise kamaye", "online loan turant milega",
                "vashikaran specialist baba ji", "lottery jeetne ka number", "free mein recharge karo"],
    "ar-Latn": ["7bob ta5sis asli", "kazino online bonus kbeer", "ersh 3ala el mobile", "shera2 followers ar5as",
                "ta2sheerat safar mdmona", "raba7 flos el youm"],
}
ENGLISH_BANKS = {
    "en_essay": ["write my essay for me cheap", "buy dissertation online UK", "plagiarism free assignment help",
                 "pay someone to take my online exam", "nursing essay writers 24/7", "coursework help overnight",
                 "best paper writing service reddit", "thesis writing service fast turnaround"],
    "en_replica": ["AAA replica watches free shipping", "1:1 super clone handbags", "designer dupes wholesale",
                   "swiss movement replica sale", "mirror quality sneakers", "replica sunglasses outlet",
                   "luxury bag copies cash on delivery"],
    "en_followers": ["buy real Instagram followers instantly", "TikTok views cheap 10k", "buy YouTube watch hours",
                     "Spotify plays for artists", "aged Facebook accounts for sale", "verified badge service",
                     "buy Google reviews 5 star", "Twitch followers bot free"],
    "en_dating": ["meet local singles tonight", "sugar daddy arrangement site", "hookup app no sign up",
                  "chat with mature women near you", "discreet affairs for married", "find a sugar baby in your city",
                  "free adult video chat"],
}
# prose an attacker writes from the article's own words ({w}, {v}); the brand sits only in the link's address
HREF_PROSE = ["Many readers who follow {w} closely say {a} is where they first compared the options.",
              "For a longer look at {w} and {v}, {a} keeps an updated overview.",
              "Those affected by {w} can find a practical summary {a} with the latest figures.",
              "Anyone tracking {v} this year may want to keep {a} bookmarked.",
              "The wider debate over {w} is explained well {a} by people who work in it.",
              "Similar stories about {v} are gathered {a} every morning."]
HREF_ANCHORS = ["here", "on this page", "in this guide", "at this link", "in one place", "this resource"]
# the address carries what the words leave out: brand and product slugs
HREF_SLUGS = ["rolex-submariner-replica", "buy-essay-online", "instagram-followers-cheap", "sugar-daddy-sites",
              "casino-no-deposit-bonus", "cheap-viagra-online", "payday-loans-same-day", "iptv-free-trial",
              "fake-diploma-order", "crypto-signals-vip"]
# reader comments an attacker plants: praise built from the article's own words, a link in each
PRAISE_COMMENTS = ["Great piece on {w}, really helpful. I had the same trouble until I tried {a} last month.",
                   "Thanks for writing about {w}! My cousin recommended {a} and it worked for us.",
                   "Very informative about {v}. For anyone asking, {a} is what I use now.",
                   "I agree with the point on {w}. Check {a} as well, it saved me a lot of time.",
                   "Well said. After reading about {v} I found {a} and it is totally legit.",
                   "This is so true about {w}. Bookmarked, and {a} too."]
PRAISE_ANCHORS = ["this site", "this service", "their website", "this app", "the link in my profile", "them"]
COMMENTER_NAMES = ["Jessica M.", "David Brown", "Amanda_22", "kevin.r", "Sofia Lee", "Mark T.", "Priya S.", "Olga K."]
SPAM_HOST_WORDS = ["veltra", "ondix", "kavo", "mirel", "zentu", "plexa", "norvi", "tasko", "brevo", "lumin", "quarz",
                   "sarvo", "ekko", "fenra"]
SPAM_TLDS = ["mt", "is", "cat", "eus", "gal", "by", "kg", "rw", "mg", "ng", "tw", "hk", "my", "ph"]

NOVEL5_PROSE = {  # honest news sentences in each new language
    "zh-Hant": ["市議會週二通過新的公車路線計畫，預計明年春天開始試營運。",
                "氣象局表示，颱風預計週末接近東部海域，民眾應注意強風豪雨。"],
    "yue": ["政府今日宣布延長公共圖書館開放時間，由下個月開始實施。", "天文台表示，明日天氣較涼，市民外出要帶備外套。"],
    "ms": ["Majlis bandaraya meluluskan bajet baharu untuk membaiki jalan raya di kawasan luar bandar.",
           "Jabatan Meteorologi menjangkakan hujan lebat di pantai timur sepanjang minggu ini."],
    "ceb": ["Gisugdan na sa siyudad ang pag-ayo sa karsada paingon sa merkado publiko.",
            "Daghang mga estudyante ang mitambong sa pagbansay sa kahilwasan sa linog."],
    "jv": ["Pamarentah kutha miwiti mbangun kreteg anyar ing pinggir kali.", "Para petani ngarep-arep udan teka minggu ngarep."],
    "ca": ["L'ajuntament ha aprovat el pressupost per renovar la xarxa d'autobusos urbans.",
           "Els metges alerten d'un augment dels casos de grip aquest hivern."],
    "eu": ["Udalak autobus zerbitzua hobetzeko aurrekontua onartu du.", "Euri zaparradak espero dira asteburuan kostaldean."],
    "gl": ["O concello aprobou o orzamento para renovar o transporte público.",
           "Os agricultores agardan choiva despois dun verán moi seco."],
    "is": ["Borgarstjórn samþykkti nýja fjárhagsáætlun fyrir almenningssamgöngur.",
           "Veðurstofan varar við hvassviðri á Suðurlandi í kvöld."],
    "cy": ["Mae'r cyngor wedi cymeradwyo cynllun newydd i wella'r gwasanaeth bysiau.",
           "Bydd y ffordd ar gau dros y penwythnos ar gyfer gwaith atgyweirio."],
    "mt": ["Il-kunsill lokali approva pjan ġdid għat-triq prinċipali tar-raħal.",
           "Il-Meteoroloġija qed tistenna xita qawwija matul il-ġimgħa."],
    "be": ["Гарадская рада зацвердзіла новы план рамонту дарог.", "Сіноптыкі чакаюць снег у выхадныя."],
    "ky": ["Шаардык кеңеш жолдорду оңдоо боюнча жаңы планды бекитти.", "Синоптиктер дем алыш күндөрү кар жаайт деп күтүшөт."],
    "tt": ["Шәһәр советы юлларны төзекләндерү планын раслады.", "Синоптиклар ял көннәрендә кар булыр дип көтә."],
    "or": ["ରାଜ୍ୟ ସରକାର ନୂଆ ରାସ୍ତା ନିର୍ମାଣ ପାଇଁ ବଜେଟ ମଞ୍ଜୁର କରିଛନ୍ତି।", "ପାଣିପାଗ ବିଭାଗ ଆସନ୍ତା ଦୁଇ ଦିନ ବର୍ଷା ହେବ ବୋଲି କହିଛି।"],
    "as": ["ৰাজ্য চৰকাৰে নতুন পথ নিৰ্মাণৰ বাবে বাজেট অনুমোদন কৰিছে।", "বতৰ বিভাগে আগন্তুক দুদিন বৰষুণ হোৱাৰ কথা কৈছে।"],
    "ckb": ["شارەوانی پلانێکی نوێی بۆ چاککردنی ڕێگاکان پەسەند کرد.", "کەشناسی چاوەڕێی باران دەکات لە کۆتایی هەفتەدا."],
    "sd": ["شهر جي ڪائونسل رستن جي مرمت لاءِ نئين رٿا منظور ڪئي.", "موسمياتي کاتي هفتي جي آخر ۾ مينهن جي اڳڪٿي ڪئي آهي."],
    "ug": ["شەھەرلىك كېڭەش يوللارنى ئوڭشاش پىلانىنى تەستىقلىدى.", "ھاۋارايى ئىدارىسى ھەپتە ئاخىرىدا قار يېغىدۇ دەپ مۆلچەرلىدى."],
    "rw": ["Inama njyanama y'umujyi yemeje ingengo y'imari yo gusana imihanda.", "Abahinzi bategereje imvura mu cyumweru gitaha."],
    "sn": ["Kanzuru yeguta yabvumidza bhajeti yekugadzira migwagwa.", "Varimi vakamirira mvura svondo rinouya."],
    "mg": ["Nankatoavin'ny filankevitry ny tanàna ny teti-bola hanamboarana ny lalana.",
           "Miandry ny orana ireo mpamboly amin'ny herinandro ho avy."],
    "ig": ["Kansụl obodo akwadola atụmatụ ego maka imezi okporo ụzọ.", "Ndị ọrụ ugbo na-atụ anya mmiri ozuzo n'izu na-abịa."],
}
TOPIC_PROSE5 = [  # honest journalism on the new families' topics
    "Universities reported a rise in essays bought from online writing services, and the regulator asked search "
    "engines to stop advertising them.",
    "Customs officers seized more than 4,000 counterfeit watches and handbags at the port, the largest haul this year.",
    "A study found that a fifth of the followers of some influencers were bought, and advertisers are asking for audits.",
    "Police warned that romance scammers on dating apps had taken more than two million pounds from victims in the region.",
    "The state lottery said results are published only on its own website and warned players about fake number tips.",
    "Regulators fined three betting firms for advertising to minors on social media during the football season.",
    "The government's new loan rules cap the interest that mobile lending apps can charge on short-term credit.",
]
TRANSLIT_HONEST = [  # honest reporting that quotes speech in Latin letters
    "Shopkeepers in the market greeted the minister with shouts of \"zindabad\" as the convoy passed.",
    "Fans sang \"Kalinka\" outside the stadium before the match, local reporters said.",
    "The café's sign reads \"ahlan wa sahlan\", welcome, in Arabic written in Latin letters.",
]
SUBHEADINGS = ["What happens next", "How the plan works", "Who is affected", "Why it matters", "The background"]
LIVE_UPDATES = [("09:14", "Polls have opened across the region; turnout is expected to be high."),
                ("11:02", "The minister has arrived at the count and will speak to reporters shortly."),
                ("14:37", "Rail operators say services are running normally again after this morning's fault.")]
NEWSLETTER_PITCHES = ["Sign up for our morning briefing: the day's top stories in your inbox at 7am.",
                      "Get the weekend edition: long reads, puzzles and the week's best photos, every Saturday."]
COOKIE_NOTICES = ["We use cookies to remember your settings and to measure how our site is used.",
                  "This site uses cookies. You can change your choices at any time in the privacy settings."]
PULL_QUOTES = ["\"We simply cannot wait another year for this to be fixed.\"",
               "\"It is the most important decision this council will take.\""]
POLL_QUESTIONS = [("Should the city centre be closed to cars on Sundays?", ["Yes", "No", "Not sure"]),
                  ("Will you use the new bus route?", ["Every day", "Sometimes", "Never"])]
REVIEW_LINES = ["★★★★☆ The staging is bold and the lead performance carries the evening.",
                "★★★☆☆ A handsome film that loses its way in the final act.",
                "★★★★★ The best album of the year so far, warm and sharp at once."]
SITE_TREE = [["News", "├─ Local", "├─ National", "└─ World"], ["Sport", "├─ Football", "├─ Cricket", "└─ Results"]]
TIMELINE = [["08:00 Polls open", "22:00 Polls close", "02:00 First results expected"],
            ["1998 Bridge opens", "2015 Cracks found", "2025 Repairs approved"]]
TOPIC_PILLS = [["Elections", "Transport", "Weather", "Schools"], ["Budget", "Housing", "Health", "Crime"]]
DATALIST_OPTIONS = [["Aberdeen", "Bristol", "Cardiff", "Dundee", "Exeter"], ["News", "Sport", "Weather", "Travel", "Culture"]]
RUBY_WORDS = [("東京", "とうきょう"), ("大阪", "おおさか"), ("選挙", "せんきょ")]
FLIP_CARDS = [("Myth: the bridge is unsafe.", "Fact: engineers inspect it every six months."),
              ("Myth: the bus fare is rising.", "Fact: fares are frozen until next year.")]
UNICODE5_PROSE = ["Le maire a déclaré\u202f: «\u202fNous ne reculerons pas\u202f»\u202f; la séance a duré trois heures.",
                  "Internationalised addresses such as xn--mnchen-3ya.de are stored in their ASCII form.",
                  "Prices rose by 3\u00a0% in a year, the office said."]
SHADOW_CARDS = ["Share this story with a friend", "Listen to this article, 4 minutes", "Save for later"]
