"""Phrase banks of the novel3 untouched tier (spamgen.py --set novel3, seed 47, session 23): spam families,
languages and scripts that no earlier tier (tune, tune2, heldout, fresh, novel, novel2) draws from, designed from what
injected SEO spam on hacked news and institutional sites looks like, before any detector change of session 23, and
frozen. Written for this generator.

Never tune on the cases these make, never open them: score them, totals only.
"""

# --- spam families -------------------------------------------------------------------------------------------

CAUCASUS_CASINO = {  # casinos, betting, quick loans, followers and diplomas in Georgian and Armenian (two scripts)
    "ka": ["ონლაინ კაზინო ბონუსით", "სესხი ონლაინ სწრაფად", "სლოტები უფასოდ რეგისტრაციით", "ფსონები ფეხბურთზე",
           "უფასო სპინები დეპოზიტის გარეშე", "სესხი შემოსავლის დადასტურების გარეშე", "საუკეთესო ბუკმეკერი 2026",
           "კაზინო ნაღდი ფულით", "ინსტაგრამის გამომწერების ყიდვა", "დიპლომის ყიდვა სწრაფად"],
    "hy": ["առցանց խաղատուն բոնուսով", "արագ վարկ առանց գրավի", "խաղադրույքներ ֆուտբոլի վրա",
           "անվճար պտույտներ գրանցման համար", "լավագույն բուքմեքերական ընկերություն", "վարկ առցանց 5 րոպեում",
           "սլոտ խաղեր իրական փողով", "դիպլոմ գնել արագ", "ինստագրամ հետևորդներ գնել էժան"],
}
AM_SPAM = [  # Amharic (Ethiopic script): visa and DV-lottery fixers, loans, betting, herbal cures
    "የዲቪ ሎተሪ ማመልከቻ በቀላሉ", "ብድር ያለ ዋስትና በአንድ ቀን", "የስፖርት ውርርድ ቦነስ", "የባህል መድሃኒት ለስኳር በሽታ",
    "ቪዛ በፍጥነት ያግኙ", "በቤት ውስጥ ሆነው ገንዘብ ያግኙ", "ካሲኖ ኦንላይን ነፃ ስፒን", "የውጭ ሀገር ስራ ያለ ክፍያ",
    "የወንድ ጥንካሬ መድሃኒት", "ቴሌብር ብድር ወዲያውኑ",
]
SEA_LOTTERY = {  # Burmese 2D/3D lottery and Khmer lottery, slots and loans (two scripts)
    "my": ["2D 3D ထီပေါက်ဂဏန်း ယနေ့", "အွန်လိုင်း ဂိမ်း ဘောနပ်စ်", "ဘောလုံးလောင်းကစား အွန်လိုင်း",
           "ချေးငွေ အမြန် ရယူပါ", "စလော့ဂိမ်း အခမဲ့ ကစားပါ", "2D ဂဏန်းထွက် တိုက်ရိုက်", "ထီဂဏန်း ကြိုတင်ခန့်မှန်း"],
    "km": ["ឆ្នោតយួន លទ្ធផលថ្ងៃនេះ", "កាស៊ីណូអនឡាញ ប្រាក់រង្វាន់", "ភ្នាល់បាល់ទាត់អនឡាញ",
           "ខ្ចីលុយរហ័ស គ្មានការធានា", "ស្លុតហ្គេម ឈ្នះលុយពិត", "ដាក់លុយតិច ឈ្នះច្រើន"],
}
SOUTH_ASIA3 = {  # Sinhala, Gujarati and Punjabi (Gurmukhi): betting, loans, visa fixers, charms (three scripts)
    "si": ["ඔන්ලයින් කැසිනෝ බෝනස්", "ක්ෂණික ණය ඇපකරු නැතිව", "ක්‍රිකට් ඔට්ටු ඔන්ලයින්", "ගෙදර ඉඳන් සල්ලි හොයන්න",
           "ලොතරැයි ප්‍රතිඵල අද", "විදේශ රැකියා ගාස්තු නැතිව"],
    "gu": ["ઓનલાઇન કેસિનો બોનસ", "તાત્કાલિક લોન વગર દસ્તાવેજ", "ક્રિકેટ સટ્ટા ટિપ્સ", "ઘરે બેઠા કમાણી",
           "વશીકરણ નિષ્ણાત બાબા", "સટ્ટા મટકા પરિણામ આજે"],
    "pa": ["ਔਨਲਾਈਨ ਕੈਸੀਨੋ ਬੋਨਸ", "ਤੁਰੰਤ ਲੋਨ ਬਿਨਾਂ ਗਰੰਟੀ", "ਕੈਨੇਡਾ ਵੀਜ਼ਾ ਗਾਰੰਟੀ ਨਾਲ", "ਆਈਲੈਟਸ ਤੋਂ ਬਿਨਾਂ ਸਟੱਡੀ ਵੀਜ਼ਾ",
           "ਕ੍ਰਿਕਟ ਸੱਟਾ ਲਾਈਵ", "ਘਰ ਬੈਠੇ ਕਮਾਈ ਕਰੋ"],
}
BALTIC_CASINO = {  # Lithuanian, Latvian and Estonian: casinos, quick credit, betting, followers
    "lt": ["internetinis kazino be depozito", "greitieji kreditai be užstato", "lažybos internetu bonusas",
           "nemokami sukimai registruojantis", "paskola per 15 minučių", "pirkti instagram sekėjus pigiai"],
    "lv": ["tiešsaistes kazino bonuss bez depozīta", "ātrie kredīti bez ķīlas", "sporta likmes tiešsaistē",
           "bezmaksas griezieni reģistrējoties", "aizdevums 10 minūtēs", "pirkt sekotājus lēti"],
    "et": ["online kasiino boonus ilma sissemakseta", "kiirlaen ilma tagatiseta", "spordiennustus parim koefitsient",
           "tasuta keerutused registreerimisel", "väikelaen kohe kontole", "osta jälgijaid odavalt"],
}
TURKIC_BETTING = {  # Azerbaijani (Latin) and Kazakh (Cyrillic): betting, casinos, loans
    "az": ["onlayn kazino bonus depozitsiz", "idman mərcləri ən yüksək əmsal", "təcili kredit zaminsiz",
           "pulsuz fırlanmalar qeydiyyat zamanı", "instagram izləyici almaq ucuz", "canlı mərc futbol bu gün"],
    "kk": ["онлайн казино бонус депозитсіз", "жылдам несие кепілсіз", "спорттық ставкалар ең жоғары коэффициент",
           "тегін айналымдар тіркелу кезінде", "қашықтан табыс күніне 50 000 теңге", "несие бір сағатта картаға"],
}
WEST_AFRICA_LOANS = {  # Hausa and Yoruba: loan apps, betting, herbal cures, money at home
    "ha": ["bashi cikin minti biyar ba tare da jingina ba", "caca ta kwallon kafa ta yanar gizo",
           "samun kudi a gida ta waya", "maganin gargajiya na karfin maza", "kyautar rajista ta caca",
           "lambobin caca na yau"],
    "yo": ["owó yá kíákíá láìsí onígbọ̀wọ́", "tẹ́tẹ́ bọ́ọ̀lù lórí ayélujára", "oògùn ìbílẹ̀ fún agbára ọkùnrin",
           "ṣe owó láti ilé pẹ̀lú fóònù", "ẹ̀bùn ìforúkọsílẹ̀ kasino", "àsọtẹ́lẹ̀ bọ́ọ̀lù òní"],
}
DOC_SENTENCES = [  # counterfeit-document sellers' prose; {doc}, {country}, {tel}
    "We produce real registered {doc} for {country}, entered in the official database and verified at every border.",
    "Our team has helped clients in {country} obtain a genuine {doc} within ten working days, no exams required.",
    "All documents carry the original security features, holograms and microchips, and are delivered discreetly.",
    "Contact us on WhatsApp {tel} for a free consultation about your {doc} today.",
    "We also handle IELTS and TOEFL certificates without sitting the test, and university degrees with transcripts.",
    "Thousands of satisfied customers in {country} trust our service; write to us on Telegram {tel}.",
]
DOC_KINDS = ["passports", "driving licences", "residence permits", "ID cards", "visas", "birth certificates"]
DOC_COUNTRIES = ["the UK", "Canada", "Germany", "Australia", "the Schengen area", "the United States"]
DOC_CONTACTS = ["+44 7520 118 634", "+1 (438) 555-0172", "+49 152 0481 3390", "+61 480 021 775"]
STREAM_TEMPLATES = [  # sports-streaming titles; {h} {a} teams, {c} competition
    "{h} vs {a} live stream free", "watch {h} v {a} online no signup", "{c} live: {h} vs {a} stream HD",
    "{h} vs {a} full match replay", "{h} v {a} live score and free stream", "{c} stream {h} {a} 1080p",
    "how to watch {h} vs {a} without cable", "{h} vs {a} en vivo gratis",
]
STREAM_TEAMS = ["Arsenal", "Chelsea", "Barcelona", "Real Madrid", "Bayern", "Dortmund", "Juventus", "Inter",
                "Celtics", "Lakers", "Chiefs", "Eagles", "India", "Australia", "Flamengo", "Boca Juniors"]
STREAM_COMPETITIONS = ["Premier League", "La Liga", "Champions League", "NBA", "NFL", "IPL", "Serie A", "UFC"]
WOVEN_TEMPLATES = [  # prose templated from the article's own words; {w} {v} its words, {a} the linked anchor
    "Readers following {w} have also been comparing {v} offers through {a}, which updates its list every morning.",
    "For anyone affected by {w}, {a} has put together a short guide to {v} that many found useful.",
    "Local residents say {a} helped them make sense of {w} and {v} in a matter of minutes.",
    "Those who want to go further on {w} can find a detailed breakdown of {v} at {a}.",
    "Experts quoted on {w} often point to {a} as a reliable place to check {v}.",
    "In the meantime, {a} continues to offer free tools for tracking {w}.",
]
WOVEN_ANCHORS = ["this independent guide", "a trusted resource", "the comparison here", "Orvexa", "Lumenbet",
                 "Kestrel Rewards", "this page", "a local service", "Northwind Credit", "the full list"]

SPAM_HOST_WORDS = ["orvexa", "kestrel", "lumen", "nimbus", "quartz", "vanta", "zephyr", "tbilisi", "yerevan",
                   "mekong", "baltic", "savanna", "stream", "docs"]
SPAM_TLDS = ["ge", "am", "com.kh", "lk", "lt", "lv", "ee", "az", "kz", "com.ng", "live", "tv", "cc", "su"]

# --- honest lookalikes (hard negatives only this tier draws) ---------------------------------------------------

NOVEL3_PROSE = {  # news prose in the new families' languages
    "ka": ["მთავრობამ განაცხადა, რომ მომავალ წელს სკოლების რემონტზე მეტ თანხას გამოყოფს.",
           "თბილისის მერიამ ახალი ავტობუსების შესყიდვის გეგმა წარადგინა."],
    "hy": ["Կառավարությունը հայտարարել է, որ հաջորդ տարի կավելացնի դպրոցների վերանորոգման ծախսերը։",
           "Երևանի քաղաքապետարանը ներկայացրել է նոր ավտոբուսների գնման ծրագիրը։"],
    "am": ["መንግሥት በሚቀጥለው ዓመት ለትምህርት ቤቶች ጥገና ተጨማሪ በጀት እንደሚመድብ አስታወቀ።",
           "የአዲስ አበባ ከተማ አስተዳደር አዳዲስ አውቶቡሶችን ለመግዛት ዕቅድ አቅርቧል።"],
    "my": ["အစိုးရသည် လာမည့်နှစ်တွင် ကျောင်းများ ပြုပြင်ရေးအတွက် ဘတ်ဂျက် တိုးမြှင့်မည်ဟု ကြေညာခဲ့သည်။"],
    "km": ["រដ្ឋាភិបាលបានប្រកាសថា នឹងបង្កើនថវិកាសម្រាប់ជួសជុលសាលារៀននៅឆ្នាំក្រោយ។"],
    "si": ["ලබන වසරේ පාසල් අලුත්වැඩියාව සඳහා වැඩි මුදලක් වෙන් කරන බව රජය නිවේදනය කළේය."],
    "gu": ["સરકારે જાહેરાત કરી છે કે આવતા વર્ષે શાળાઓના સમારકામ માટે વધુ ભંડોળ ફાળવવામાં આવશે."],
    "pa": ["ਸਰਕਾਰ ਨੇ ਐਲਾਨ ਕੀਤਾ ਹੈ ਕਿ ਅਗਲੇ ਸਾਲ ਸਕੂਲਾਂ ਦੀ ਮੁਰੰਮਤ ਲਈ ਹੋਰ ਫੰਡ ਦਿੱਤੇ ਜਾਣਗੇ।"],
    "lt": ["Vyriausybė pranešė, kad kitais metais skirs daugiau lėšų mokyklų renovacijai.",
           "Vilniaus savivaldybė pristatė naujų autobusų pirkimo planą."],
    "lv": ["Valdība paziņoja, ka nākamgad piešķirs vairāk līdzekļu skolu renovācijai.",
           "Rīgas dome iepazīstināja ar jaunu autobusu iegādes plānu."],
    "et": ["Valitsus teatas, et eraldab järgmisel aastal koolide renoveerimiseks rohkem raha.",
           "Tallinna linnavalitsus tutvustas uute busside ostmise kava."],
    "az": ["Hökumət gələn il məktəblərin təmirinə daha çox vəsait ayıracağını açıqlayıb.",
           "Bakı şəhər icra hakimiyyəti yeni avtobusların alınması planını təqdim edib."],
    "kk": ["Үкімет келесі жылы мектептерді жөндеуге көбірек қаражат бөлетінін мәлімдеді.",
           "Алматы әкімдігі жаңа автобустар сатып алу жоспарын ұсынды."],
    "ha": ["Gwamnati ta bayyana cewa za ta kara kudin gyaran makarantu a shekara mai zuwa.",
           "Hukumar birnin Kano ta gabatar da shirin sayen sababbin motocin bas."],
    "yo": ["Ìjọba kéde pé òun yóò fi owó púpọ̀ sí i fún àtúnṣe ilé-ìwé ní ọdún tó ń bọ̀.",
           "Ìjọba ìpínlẹ̀ Èkó ti gbé ètò ríra ọkọ̀ akérò tuntun kalẹ̀."],
}
TOPIC_PROSE3 = [  # journalism on the new families' subjects
    "Police in three countries arrested 14 people suspected of selling forged passports and driving licences online, "
    "advertised through messaging apps and paid for in cryptocurrency.",
    "Illegal streams of Premier League matches cost broadcasters an estimated £1bn a year, according to an industry "
    "report, and several site operators were jailed last month.",
    "Myanmar's unofficial 2D lottery, which follows the Thai stock market's closing figures, remains hugely popular "
    "despite repeated crackdowns, researchers say.",
    "Nigeria's consumer protection agency has delisted dozens of loan apps accused of harassing borrowers and "
    "contacting their relatives.",
    "Visa fraud in Punjab: families paid agents up to 40 lakh rupees for study permits that turned out to be fake, "
    "an investigation found.",
    "Georgia's parliament voted to raise the minimum age for gambling to 25 and to ban betting adverts on television.",
    "Estonia's tax board says online casinos licensed abroad must still pay gambling tax on Estonian players.",
    "Kazakhstan will move all bookmakers to a single betting account system next year, the finance ministry said.",
    "A court in Addis Ababa convicted a man who charged hundreds of applicants for help with the US diversity visa "
    "lottery, which is free to enter.",
    "Students caught using essay-writing services face expulsion under new rules, universities warned.",
]
HONEST_TAGS = ["Transport", "City Council", "Budget 2026", "Schools", "Housing", "Weather", "Courts", "Health",
               "Elections", "Football", "Local News", "Business", "Climate", "Education", "Crime"]
ALT_TEXTS = [  # honest descriptive alt text
    "Commuters wait on a crowded platform at the central station during the morning rush",
    "The mayor speaks to reporters outside the town hall on Tuesday",
    "Floodwater covers a road near the river after two days of heavy rain",
    "Pupils in a classroom at a newly renovated primary school",
    "A chart showing monthly inflation falling from 6.1% to 3.4% over the past year",
    "Supporters celebrate in the stands after the winning goal",
]
AD_SLOTS = [  # an honest advertisement slot: the label and a house or product advert
    ("Advertisement", "Subscribe to the print edition: seven days for the price of five. Offer ends Sunday."),
    ("Advertisement", "The Riverside Theatre presents Hamlet, 3 to 19 April. Tickets from the box office."),
    ("Sponsored", "Brought to you by the City Library: free coding classes for adults every Thursday evening."),
    ("Advertisement", ""),
]
EDITOR_NOTES = [
    "This article was updated on 14 March to correct the date of the council meeting.",
    "An earlier version of this story misspelled the name of the school's head teacher.",
    "This story has been amended to make clear that the figures refer to the last financial year.",
]
AUTHOR_BIOS = [
    ("Hannah Okafor", "is the paper's transport correspondent. She previously reported on local government for ten "
                      "years."),
    ("Tomas Lindqvist", "covers business and the economy. He joined the newsroom in 2019."),
    ("Priya Raman", "is a health reporter. Contact her with tips about hospitals and care homes."),
]
TEMPLATE_UI = [  # honest <template> contents: UI a script clones
    "Reply Report Share", "Load more comments", "Show replies", "Your comment is awaiting moderation.",
]
DIALOG_TEXTS = [  # honest closed dialogs
    "Get our morning briefing: the day's top stories in your inbox at 7am. Sign up Close",
    "You have reached your limit of free articles this month. Subscribe for unlimited access.",
    "Share this article: copy the link or send it by email.",
]
TRANSCRIPTS = [  # honest collapsed transcripts and timelines
    "Transcript: Good evening. Tonight the council approved the new budget after a four-hour debate.",
    "Timeline: 2019 plan announced; 2021 funding agreed; 2024 building work starts; 2026 opening.",
]
OFFCANVAS_MENUS = [["News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Puzzles"],
                   ["Home", "Local", "World", "Science", "Travel", "Podcasts", "Newsletters", "Contact us"]]
SRCDOC_EMBEDS = [  # honest embeds written into an iframe's srcdoc
    "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>31</td></tr><tr><td>Green</td><td>12</td></tr></table>",
    "<p>Live results will appear here once the first count is declared.</p>",
]
HOW_TO_WATCH = [  # honest broadcast guides with the broadcasters' own links
    ("How to watch: the match is live on BBC One and BBC iPlayer from 7.45pm.", "bbc.co.uk"),
    ("TV: Sky Sports Main Event and NOW, kick-off 4.30pm.", "skysports.com"),
    ("Watch: full highlights on Match of the Day at 10.30pm.", "bbc.co.uk"),
]
UNICODE_PROSE = [  # honest text with marks: maths, decomposed accents, bidi marks, spelled-out letters
    "The formula for the area is 𝐴 = π𝑟², where 𝑟 is the radius.",
    "The spelling bee was won by a ten-year-old who spelled out m-i-l-l-e-n-n-i-u-m without hesitation.",
    "Residents of Ha\u0300 No\u0323i and Hue\u0302\u0301 welcomed the decision.",
    "The sign read \u200fשלום\u200f and \u200fسلام\u200f in two scripts.",
    "Chanting “G-O-A-L” the fans streamed out of the ground.",
]
GLOSSARY = [  # honest definition lists
    [("Inflation", "the rate at which prices rise"), ("Base rate", "the central bank's main interest rate"),
     ("GDP", "the value of all goods and services produced")],
    [("Offside", "a player nearer the goal line than the second-last defender"),
     ("VAR", "the video assistant referee")],
]
EMOJI_BRIEFING = [  # honest newsletter bullets
    ["✅ Council approves budget", "🚆 Rail strike called off", "🌧️ Heavy rain expected on Thursday"],
    ["📈 Markets close higher", "⚽ Cup draw tonight", "🎭 Festival line-up announced"],
]
QA_EXPLAINER = [  # honest questions and answers
    [("When does the new rule start?", "On 1 April."), ("Who is affected?", "Anyone who rents a home in the city.")],
    [("Is the vaccine free?", "Yes, for everyone over 65."), ("Where can I get it?", "At any local pharmacy.")],
]
