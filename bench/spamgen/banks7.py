"""Banks of the novel4 untouched tier (session 24; novel4.py): families in languages and scripts no earlier tier has
(Albanian, Macedonian, Slovenian, Marathi, Kannada, Malayalam, Mongolian, Uzbek, Tajik, Dhivehi in Thaana, Pashto,
Zulu, Somali, Afrikaans, Lao, Nepali), English topics no earlier tier has (IPTV and VPN resellers, SARMs and research
peptides), and the honest lookalikes of each: journalism on the same topics, honest news in each new language, and the
honest furniture the new placements and tricks imitate. Written for this tier only; never tune on it.
"""

BALKAN_BETTING = {  # betting, casinos and "fixed matches" in Albanian, Macedonian (Cyrillic) and Slovenian
    "sq": ["baste sportive online", "kazino online me bonus", "fito para reale sot", "parashikime futbolli të sigurta",
           "kodi promocional i bastores", "lojëra kazinoje falas", "bonus pa depozitë", "bastet live sonte",
           "ndeshje të rregulluara për shitje", "rrotullime falas sot"],
    "mk": ["онлајн казино бонус", "спортско обложување без данок", "сигурни типови за фудбал", "бонус без депозит денес",
           "најдобра кладилница онлајн", "слот игри за вистински пари", "заработи брзо од дома",
           "фиксни натпревари продажба", "бесплатни вртења денес"],
    "sl": ["spletna igralnica brez depozita", "športne stave bonus", "zanesljivi nasveti za stave",
           "brezplačni vrtljaji danes", "hitri krediti brez zaposlitve", "igralni avtomati za pravi denar",
           "najboljša stavnica brez licence", "prodaja fiksnih tekem", "izplačilo dobitka v eni uri"],
}
SATTA_MATKA = {  # satta matka results and "fix numbers" in Marathi (Devanagari), Kannada and Malayalam scripts
    "mr": ["सट्टा मटका आजचा निकाल", "कल्याण मटका जलद निकाल", "मटका चार्ट आज", "सट्टा किंग नंबर पक्का",
           "मिलन डे ओपन क्लोज", "फिक्स जोडी आज", "मटका टिप्स मोफत", "राजधानी नाईट निकाल", "आजचा पक्का आकडा"],
    "kn": ["ಸಟ್ಟಾ ಮಟ್ಕಾ ಇಂದಿನ ಫಲಿತಾಂಶ", "ಕಲ್ಯಾಣ್ ಮಟ್ಕಾ ಚಾರ್ಟ್", "ಖಚಿತ ಸಂಖ್ಯೆ ಇಂದು", "ಆನ್‌ಲೈನ್ ಮಟ್ಕಾ ಆಟ",
           "ಲಾಟರಿ ಗೆಲ್ಲುವ ಸಲಹೆ", "ಉಚಿತ ಮಟ್ಕಾ ಟಿಪ್ಸ್", "ವೇಗದ ಫಲಿತಾಂಶ ಲೈವ್", "ಇಂದಿನ ಜೋಡಿ ಸಂಖ್ಯೆ"],
    "ml": ["സട്ട മട്ക ഇന്നത്തെ ഫലം", "കല്യാൺ മട്ക ചാർട്ട്", "ഉറപ്പുള്ള നമ്പർ ഇന്ന്", "ഓൺലൈൻ ലോട്ടറി ഫലം വേഗത്തിൽ",
           "മട്ക ടിപ്സ് സൗജന്യം", "ലോട്ടറി ഗസ്സിങ് നമ്പർ", "ഇന്ന് ജയിക്കാൻ എളുപ്പ വഴി", "ലൈവ് ഫലം ഇപ്പോൾ"],
}
STEPPE_PHARMA = {  # prescription drugs without prescription, slimming and potency in Mongolian, Uzbek and Tajik
    "mn": ["жор шаардлагагүй эм", "хямд виагра захиалах", "жин хасах эм хурдан", "эрэгтэй хүч нэмэгдүүлэх",
           "онлайн эмийн сан хүргэлттэй", "антибиотик жоргүй худалдаа", "нойрны эм захиалга", "өнөөдөр хямдралтай"],
    "uz": ["retseptsiz dori sotib olish", "arzon viagra yetkazib berish", "tez ozish uchun tabletka",
           "onlayn dorixona chegirma", "erkaklar quvvati uchun vosita", "antibiotik retseptsiz",
           "uyqu dorisi buyurtma", "bepul yetkazib berish bugun"],
    "tg": ["доруи бе дорухат", "виагра арзон фармоиш", "доруи лоғаршавӣ зуд", "дорухонаи онлайн бо расонидан",
           "қувваи мардона зиёд кардан", "антибиотик бе рецепт", "доруи хоб фармоиш", "тахфиф имрӯз"],
}
THAANA_PASHTO_LOANS = {  # instant loans and guaranteed visas in Dhivehi (Thaana script) and Pashto (Arabic script)
    "dv": ["އޮންލައިން ލޯނު ވަގުތުން", "ކްރެޑިޓް ނެތި ލޯނު", "ގޭގައި ތިބެގެން ފައިސާ ހޯދާ", "ވިސާ ވަގުތުން",
           "ކެސިނޯ ބޯނަސް މިއަދު", "ލޯނު އެއް ދުވަހުން", "ޔޫރަޕް ވަޒީފާ ވިސާ"],
    "ps": ["آنلاین پور بې ضمانته", "ژر پور په یوه ورځ کې", "له کوره پیسې وګټئ", "د کاناډا ویزه تضمین شوې",
           "ارزانه پور د موبایل له لارې", "د اروپا کاري ویزه", "بې سوده پور همدا اوس"],
}
AFRICAN_DIET = {  # slimming pills, belly teas and potency cures in Zulu, Somali and Afrikaans
    "zu": ["amaphilisi okwehlisa isisindo", "yehlisa isisindo ngokushesha", "itiye lokunciphisa isisu",
           "umuthi wamandla wamadoda", "thenga ku-inthanethi namuhla", "imiphumela ezinsukwini eziyisikhombisa"],
    "so": ["kiniinka miisaanka dhimista", "dhimista miisaanka si degdeg ah", "daawada xoogga ragga",
           "iibso online maanta", "shaaha caloosha yareeya", "natiijo toddobo maalmood gudahood"],
    "af": ["vermaerpille sonder voorskrif", "verloor gewig vinnig", "goedkoop dieetpille aanlyn",
           "vetbrander tablette bestel", "krag pille vir mans", "gratis aflewering vandag"],
}
LAO_NEPALI_CASINO = {  # casinos, football betting and lotteries in Lao and Nepali
    "lo": ["ຄາສິໂນອອນໄລນ໌", "ແທງບານອອນໄລນ໌", "ຫວຍລາວອອກມື້ນີ້", "ສະລັອດແຕກງ່າຍ", "ໂບນັດສະມາຊິກໃໝ່",
           "ຝາກຖອນອັດຕະໂນມັດ", "ເວັບພະນັນອັນດັບໜຶ່ງ"],
    "ne": ["अनलाइन क्यासिनो नेपाल", "खेलकुद सट्टेबाजी बोनस", "छिटो पैसा कमाउने तरिका", "नि:शुल्क स्पिन आज",
           "अनलाइन जुवा खेल्नुहोस्", "लोटो नतिजा आज", "पहिलो जम्मामा बोनस"],
}
IPTV = ["Premium IPTV subscription 12 months", "IPTV free trial 24 hours", "best IPTV reseller panel credits",
        "4K IPTV no buffering", "IPTV smarters pro m3u playlist", "Firestick fully loaded with all channels",
        "lifetime VPN deal 90% off", "cheap IPTV UK 20000 channels", "IPTV for Android box instant activation",
        "stable IPTV server for sports fans"]
SARMS = ["buy SARMs online next day delivery", "research peptides for sale", "BPC-157 vials in stock",
         "ostarine MK-2866 capsules", "semaglutide without prescription", "tirzepatide research grade",
         "HGH injections for sale", "clenbuterol tablets cheap", "RAD-140 testolone 30 days", "peptide stack discount"]
SPAM_HOST_WORDS = ["teuta", "ohrid", "kalyan", "matka", "altai", "pamir", "male", "kabul", "ubuntu", "mekong",
                   "kathmandu", "stream", "peptide", "panel"]
SPAM_TLDS = ["al", "mk", "si", "in", "mn", "uz", "tj", "mv", "af", "co.za", "so", "la", "com.np", "store"]

# --- honest lookalikes (hard negatives only this tier draws) ---------------------------------------------------

NOVEL4_PROSE = {  # honest news sentences in each new language
    "sq": ["Këshilli bashkiak miratoi sot buxhetin për rindërtimin e shkollave në qytet.",
           "Policia njoftoi se rruga kryesore do të mbyllet të shtunën për punime."],
    "mk": ["Советот на општината денеска го усвои буџетот за обнова на училиштата.",
           "Полицијата соопшти дека главниот пат ќе биде затворен во сабота."],
    "sl": ["Mestni svet je danes potrdil proračun za obnovo šol.",
           "Policija obvešča, da bo glavna cesta v soboto zaprta zaradi del."],
    "mr": ["महानगरपालिकेने आज शाळांच्या दुरुस्तीसाठी अर्थसंकल्प मंजूर केला.",
           "पावसामुळे शहरातील अनेक रस्ते बंद ठेवण्यात आले आहेत."],
    "kn": ["ನಗರಸಭೆ ಇಂದು ಶಾಲೆಗಳ ದುರಸ್ತಿಗಾಗಿ ಬಜೆಟ್ ಅನುಮೋದಿಸಿತು.", "ಮಳೆಯಿಂದಾಗಿ ನಗರದ ಹಲವು ರಸ್ತೆಗಳನ್ನು ಮುಚ್ಚಲಾಗಿದೆ."],
    "ml": ["നഗരസഭ ഇന്ന് സ്കൂളുകളുടെ നവീകരണത്തിനുള്ള ബജറ്റ് അംഗീകരിച്ചു.", "കനത്ത മഴയെ തുടർന്ന് നഗരത്തിലെ പല റോഡുകളും അടച്ചു."],
    "mn": ["Хотын зөвлөл өнөөдөр сургуулийн засварын төсвийг баталлаа.", "Бороо орсны улмаас хэд хэдэн зам хаагдсан байна."],
    "uz": ["Shahar kengashi bugun maktablarni ta'mirlash byudjetini tasdiqladi.",
           "Kuchli yomg'ir tufayli shahardagi bir nechta yo'llar yopildi."],
    "tg": ["Шӯрои шаҳр имрӯз буҷети таъмири мактабҳоро тасдиқ кард.", "Аз сабаби борони шадид якчанд роҳ баста шуд."],
    "dv": ["ސިޓީ ކައުންސިލުން މިއަދު ސްކޫލުތައް މަރާމާތުކުރުމުގެ ބަޖެޓު ފާސްކޮށްފި.", "ވާރޭގެ ސަބަބުން ބައެއް މަގުތައް ބަންދުކޮށްފި."],
    "ps": ["د ښار شورا نن د ښوونځیو د بیا رغونې بودیجه تصویب کړه.", "د سختو بارانونو له امله ګڼ سړکونه وتړل شول."],
    "zu": ["Umkhandlu wedolobha uvume isabelomali sokulungisa izikole namuhla.",
           "Imigwaqo eminingana ivaliwe ngenxa yemvula enamandla."],
    "so": ["Golaha magaalada ayaa maanta ansixiyay miisaaniyadda dayactirka dugsiyada.",
           "Roobab xooggan awgood waddooyin badan ayaa la xiray."],
    "af": ["Die stadsraad het vandag die begroting vir die herstel van skole goedgekeur.",
           "Verskeie paaie is weens swaar reën gesluit."],
    "lo": ["ສະພານະຄອນໄດ້ຮັບຮອງງົບປະມານສ້ອມແປງໂຮງຮຽນໃນມື້ນີ້.", "ຖະໜົນຫຼາຍເສັ້ນຖືກປິດຍ້ອນຝົນຕົກໜັກ."],
    "ne": ["नगरपालिकाले आज विद्यालय मर्मतका लागि बजेट पारित गर्‍यो।", "भारी वर्षाका कारण सहरका धेरै सडक बन्द गरिएका छन्।"],
}
TOPIC_PROSE4 = [  # journalism about this tier's spam topics
    "Police in Mumbai arrested eleven people running a satta matka operation from a rented flat, seizing betting slips.",
    "Regulators warned that illegal IPTV subscriptions sold on social media expose buyers to malware and fraud.",
    "Doctors cautioned athletes that SARMs and research peptides sold online are unapproved and often mislabelled.",
    "A pharmacy watchdog said counterfeit weight-loss injections bought without a prescription had put patients in hospital.",
    "The football federation opened an inquiry after betting firms flagged unusual stakes on a second-division match.",
    "Consumer groups said offers of guaranteed work visas for a fee are a common scam targeting young job seekers.",
    "Broadcasters won a court order forcing internet providers to block servers streaming pirated matches.",
    "The health ministry recalled slimming teas found to contain an undeclared prescription drug.",
]
BREADCRUMBS = [["Home", "News", "Local"], ["Home", "Politics", "Elections"], ["Home", "Sport", "Football"],
               ["Home", "Business", "Markets"], ["Home", "Culture", "Books"]]
FOOTER_ROWS = [["About us", "Contact", "Advertise", "Careers"], ["Privacy policy", "Terms of use", "Cookie settings"],
               ["Newsletters", "Podcasts", "E-paper", "Archive"]]
SHARE_LABELS = ["Facebook", "X", "WhatsApp", "Email", "LinkedIn", "Telegram", "Copy link"]
READ_MORE = ["Council delays vote on bus lanes until spring", "What the new tax rules mean for renters",
             "Flood defences to be raised along the river", "Hospital waiting lists fall for third month",
             "School meals price rise approved"]
PRICELISTS = [("Fuel prices this week", [("Petrol, litre", "1.62"), ("Diesel, litre", "1.71"), ("LPG, litre", "0.89")]),
              ("Market prices", [("Tomatoes, kg", "2.40"), ("Potatoes, kg", "0.95"), ("Eggs, dozen", "3.10")]),
              ("Ticket prices", [("Adult", "12.00"), ("Child", "6.50"), ("Family", "30.00")])]
FOOTNOTES = [["[1] Figures from the national statistics office, 2025.", "[2] Includes part-time staff."],
             ["[1] The council did not respond to a request for comment.", "[2] Survey of 1,200 adults."]]
EMBED_CODES = ['<iframe src="https://video.example/embed/48213" width="640" height="360"></iframe>',
               '<blockquote class="post-embed"><a href="https://social.example/p/9921">View post</a></blockquote>']
CANVAS_FALLBACKS = ["Chart: unemployment rate by region, 2015 to 2025.", "Map of the flooded streets in the town centre.",
                    "Graph of daily hospital admissions over the winter."]
MEDIA_FALLBACKS = ["Your browser does not support the video tag.", "Your browser does not support audio playback.",
                   "Video unavailable. Download the clip instead."]
POPOVER_TEXTS = ["Share this article: copy the link below.", "Text size: small, medium, large.",
                 "Listen to this article: 4 minutes."]
DEV_COMMENTS = ["end of article body", "ad slot 3 removed", "TODO: lazy-load images", "related stories widget"]
OBJECT_FALLBACKS = ["Download the full report (PDF, 2 MB).", "The interactive map cannot be shown. View it here."]
COLLAPSED_TABLES = [("Results by district", [("North", "4,210"), ("South", "3,877"), ("East", "2,954")]),
                    ("Budget lines", [("Schools", "12.4m"), ("Roads", "8.1m"), ("Parks", "1.9m")])]
