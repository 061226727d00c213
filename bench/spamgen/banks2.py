"""Phrase banks for spamgen.py's second tuned set (tune2, session 9): spam families in languages and scripts the
first sets do not have, and honest material that looks like them (foreign-language headline lists, link lists of
real institutions, prose in more languages, listings without full stops). Used only for tuning and training: the
held-out set (spamgen.py's heldout/) never draws from these banks.

Written for this generator; none of it comes from shared/spam/lexicons.
"""

# --- spam families (tune2) ------------------------------------------------------------------------------------

DE_SPAM = [  # German: loans, pills, betting, fake reviews
    "günstige kredite ohne schufa", "sofortkredit trotz negativer auskunft", "potenzmittel rezeptfrei bestellen",
    "sportwetten ohne limit", "follower kaufen deutschland", "abnehmen ohne sport tabletten",
    "führerschein kaufen ohne prüfung", "spielautomaten kostenlos spielen", "wettanbieter bonus ohne einzahlung",
    "replica uhren günstig", "hausarbeit schreiben lassen billig", "bewertungen kaufen google",
    "krypto bot gewinne täglich", "schlankheitspillen extrem stark", "online spielothek echtgeld",
    "privatkredit sofort auszahlung", "likes kaufen echt", "diät tropfen erfahrungen",
]
PT_SPAM = [  # Portuguese (Brazil): loans, followers, betting, slimming
    "empréstimo na hora sem consulta", "comprar seguidores instagram barato", "apostas esportivas bônus grátis",
    "remédio para emagrecer rápido", "ganhar dinheiro em casa agora", "cassino online com pix",
    "rastreador de celular grátis", "plataforma nova pagando muito", "jogo do tigrinho estratégia",
    "curtidas baratas entrega imediata", "crédito consignado fácil", "chá secar barriga em 7 dias",
    "cartão de crédito sem análise", "bet com bônus de cadastro", "renda extra garantida online",
    "cápsulas naturais emagrecedoras", "seguidores reais brasileiros", "saque rápido sem taxa",
]
IT_SPAM = [  # Italian
    "prestiti senza busta paga", "comprare follower veri", "scommesse online bonus senza deposito",
    "pillole dimagranti efficaci", "guadagnare online da casa", "orologi replica perfetti",
    "tesi di laurea su commissione", "patente senza esame", "casinò online soldi veri",
    "finanziamento immediato senza garanzie", "recensioni positive a pagamento", "slot gratis senza registrazione",
    "dimagrire velocemente senza dieta", "mi piace facebook economici", "trading automatico guadagni sicuri",
]
ID_GAMBLING = [  # Indonesian gambling
    "situs slot gacor hari ini", "daftar judi bola terpercaya", "link alternatif login terbaru", "bandar togel online resmi",
    "bocoran rtp live tertinggi", "deposit pulsa tanpa potongan", "pola maxwin terbaru", "agen casino online terbesar",
    "slot deposit dana 10 ribu", "prediksi togel jitu malam ini", "situs resmi anti rungkad", "bonus new member 100",
    "akun pro thailand", "scatter hitam mahjong ways", "daftar sekarang menang besar",
]
TR_BETTING = [  # Turkish betting, followers, escorts
    "deneme bonusu veren siteler", "canlı bahis giriş adresi", "kaçak iddaa siteleri", "bedava bonus veren casino",
    "takipçi satın al ucuz", "güvenilir bahis siteleri listesi", "yasal olmayan bahis giriş", "slot oyunları bedava",
    "beğeni hilesi ücretsiz", "escort bayan ilanları", "kredi kartına taksitli bahis", "çevrimsiz deneme bonusu",
    "zayıflama hapı kesin sonuç", "instagram takipçi hilesi",
]
PL_SPAM = [  # Polish
    "chwilówki bez bik", "kasyno online bez depozytu", "tabletki na odchudzanie apteka", "kupię lajki na facebooku",
    "zakłady bukmacherskie bonus", "pożyczka przez internet od ręki", "prawo jazdy bez egzaminu", "darmowe spiny za rejestrację",
    "tanie zegarki repliki", "szybka pożyczka na dowód", "sterydy sklep internetowy", "obserwujący na instagram tanio",
]
AR_PHARMA = [  # Arabic: pills, casino, loans, followers
    "شراء فياجرا بدون وصفة", "كازينو اون لاين بمال حقيقي", "قرض سريع بدون ضمان", "حبوب تخسيس الوزن بسرعة",
    "مراهنات رياضية مباشرة", "زيادة متابعين انستقرام", "شراء شهادات جامعية", "ربح المال من الانترنت بسهولة",
    "حبوب تكبير مضمونة", "بطاقات ائتمان مجانية", "افضل موقع رهان", "تحميل العاب مهكرة مجانا",
]
HI_SPAM = [  # Hindi (Devanagari): satta, loans, pills
    "ऑनलाइन सट्टा बाजार", "सट्टा मटका रिजल्ट आज", "तुरंत लोन बिना दस्तावेज", "वजन घटाने की दवा",
    "ऑनलाइन कैसीनो बोनस", "फ्री रिचार्ज ट्रिक", "लॉटरी जीतने का मंत्र", "पैसे कमाने वाला ऐप",
    "मर्दाना ताकत की गोली", "इंस्टाग्राम फॉलोअर्स खरीदें", "सट्टा किंग चार्ट", "तीन पत्ती असली पैसे",
]
JA_SPAM = [  # Japanese: casino, loans, counterfeit goods, dating
    "オンラインカジノ 入金不要ボーナス", "即日融資 審査なし", "ダイエットサプリ 最安値", "ブランドコピー 激安 通販",
    "出会い系 無料 登録", "バイアグラ 通販 格安", "スーパーコピー 時計 代引き", "副業 日給 即金",
    "パチンコ 必勝法 攻略", "フォロワー 購入 日本人", "闇金 即日 ブラックOK", "精力剤 最強 ランキング",
]
EL_SPAM = [  # Greek
    "καζίνο online μπόνους", "δάνεια χωρίς εγγυητή", "αγορά followers φθηνά", "στοιχήματα ζωντανά απόψε",
    "χάπια αδυνατίσματος γρήγορα", "κέρδη από το σπίτι", "φουλ δωρεάν περιστροφές", "viagra χωρίς συνταγή",
    "πτυχία προς πώληση", "ρολόγια ρέπλικα φθηνά",
]
EN_UNSEEN2 = [  # English spam with vocabulary outside the bundled lists and outside EN_UNSEEN
    "cheap dissertation help overnight", "buy verified paypal accounts", "twitch viewer bot free", "sugar daddy site free",
    "psychic reading online cheap", "replica sneakers wholesale", "sportsbook promo code today", "instant payday advance",
    "anabolic steroids for sale", "netflix account generator", "free robux no verification", "leaked premium accounts",
    "buy soundcloud plays", "unlock any phone free", "wholesale vape juice cheap", "fake doctors note template",
    "hack whatsapp remotely", "best kratom vendor", "credit repair secret trick", "gift card generator working",
]

# --- honest material (tune2) ----------------------------------------------------------------------------------

FOREIGN_HEADLINES = {  # headlines of a partner edition, linked to that edition's own site
    ("ru", "ria.example.ru"): [
        "Правительство утвердило план развития железных дорог до 2035 года",
        "В Москве открылась выставка современного искусства", "Центробанк сохранил ключевую ставку",
        "Учёные обнаружили новый вид глубоководных рыб", "Сборная выиграла золото на чемпионате Европы",
        "Цены на жильё в регионах выросли за год на восемь процентов"],
    ("ko", "news.example.kr"): [
        "정부, 청년 주거 지원 대책 발표", "서울 아파트 거래량 석 달 연속 증가", "프로야구 개막전 관중 역대 최다",
        "기상청 \"이번 주말 전국에 비\"", "반도체 수출 두 달째 반등", "국회, 예산안 처리 놓고 여야 대치"],
    ("th", "news.example.co.th"): [
        "ครม.อนุมัติงบประมาณโครงการน้ำประปาชนบท", "กรมอุตุฯ เตือนฝนตกหนักภาคใต้", "ตลาดหุ้นไทยปิดบวกตามตลาดเอเชีย",
        "นักวิทยาศาสตร์ไทยคว้ารางวัลระดับโลก", "เปิดเทศกาลดอกไม้บานที่เชียงใหม่", "ราคาทองคำวันนี้ปรับลดลงเล็กน้อย"],
    ("ar", "akhbar.example.com"): [
        "الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة", "افتتاح معرض الكتاب الدولي بمشاركة واسعة",
        "البنك المركزي يبقي على أسعار الفائدة دون تغيير", "ارتفاع درجات الحرارة في معظم المناطق",
        "المنتخب يتأهل إلى نهائيات كأس آسيا", "وزارة الصحة تطلق حملة تطعيم موسعة"],
    ("ja", "news.example.jp"): [
        "政府、新たな経済対策を閣議決定", "東京で桜が満開に　平年より早く", "日銀、金融政策の現状維持を決定",
        "高校野球、決勝は延長戦の末に決着", "新幹線の延伸区間が開業へ", "台風接近、週末は大雨の恐れ"],
    ("zh", "news.example.cn"): [
        "国务院常务会议部署稳就业措施", "全国夏粮收购进度快于去年", "新一代高铁列车完成试验运行",
        "多地迎来今年首场降雪", "博物馆推出夜间开放活动", "一季度外贸进出口保持增长"],
    ("hi", "khabar.example.in"): [
        "सरकार ने किसानों के लिए नई योजना की घोषणा की", "राजधानी में बारिश से तापमान में गिरावट",
        "रिज़र्व बैंक ने ब्याज दरें स्थिर रखीं", "भारतीय टीम ने श्रृंखला पर कब्ज़ा किया",
        "शहर में नई मेट्रो लाइन का उद्घाटन", "परीक्षा परिणाम अगले सप्ताह घोषित होंगे"],
    ("el", "eidiseis.example.gr"): [
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης", "Ανοίγει το νέο μουσείο στη Θεσσαλονίκη",
        "Σε άνοδο ο τουρισμός τον Ιούνιο", "Καύσωνας με θερμοκρασίες έως 40 βαθμούς",
        "Νίκη της Εθνικής στον προκριματικό", "Νέο πρόγραμμα για τους νέους αγρότες"],
    ("de", "nachrichten.example.de"): [
        "Bundestag beschließt neues Heizungsgesetz", "Bahn kündigt Ausbau der Strecke nach Prag an",
        "Inflation sinkt im Mai auf drei Prozent", "Hitzewelle erreicht den Südwesten",
        "Museumsinsel zeigt neue Ausstellung", "Tarifeinigung im öffentlichen Dienst erzielt"],
    ("pt", "noticias.example.com.br"): [
        "Governo anuncia novo programa de habitação", "Chuvas fortes atingem o litoral paulista",
        "Banco Central mantém taxa de juros", "Seleção vence amistoso em São Paulo",
        "Festival de cinema abre inscrições", "Safra de soja deve bater recorde"],
    ("tr", "haber.example.com.tr"): [
        "Meclis yeni vergi düzenlemesini kabul etti", "İstanbul'da metro hattı hizmete açıldı",
        "Merkez Bankası faiz kararını açıkladı", "Milli takım hazırlık maçında galip geldi",
        "Kar yağışı nedeniyle okullar tatil edildi", "Turizm gelirleri ilk çeyrekte arttı"],
}
RESOURCE_LINKS = [  # institutions, with their real hosts: honest link lists to many other sites
    ("World Health Organization", "who.int"), ("Centers for Disease Control and Prevention", "cdc.gov"),
    ("NHS", "nhs.uk"), ("United Nations", "un.org"), ("European Commission", "commission.europa.eu"),
    ("GOV.UK", "gov.uk"), ("NASA", "nasa.gov"), ("NOAA", "noaa.gov"), ("International Monetary Fund", "imf.org"),
    ("World Bank", "worldbank.org"), ("OECD", "oecd.org"), ("Wikipedia", "en.wikipedia.org"),
    ("Internet Archive", "archive.org"), ("Red Cross", "redcross.org"), ("UNICEF", "unicef.org"),
    ("Mayo Clinic", "mayoclinic.org"), ("National Weather Service", "weather.gov"), ("Eurostat", "ec.europa.eu"),
    ("Bureau of Labor Statistics", "bls.gov"), ("Office for National Statistics", "ons.gov.uk"),
    ("Federal Reserve", "federalreserve.gov"), ("Smithsonian", "si.edu"), ("Library of Congress", "loc.gov"),
    ("Samaritans", "samaritans.org"), ("Gamblers Anonymous", "gamblersanonymous.org"), ("BeGambleAware", "begambleaware.org"),
]
FOREIGN_PROSE2 = {  # news prose in more languages
    "de": ["Die Regierung will im kommenden Jahr mehr Geld in den Ausbau der Bahn stecken, teilte das Ministerium mit.",
           "Nach Angaben der Polizei wurde bei dem Unfall auf der Autobahn niemand schwer verletzt."],
    "fr": ["Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs touchés par la sécheresse.",
           "Selon la mairie, les travaux sur la ligne de tramway devraient durer jusqu'à la fin de l'année."],
    "pt": ["O governo anunciou nesta terça-feira um novo programa para ampliar o acesso à moradia nas grandes cidades.",
           "Segundo os meteorologistas, a frente fria deve trazer chuva para a região nos próximos dias."],
    "it": ["Il governo ha approvato un decreto che prevede nuovi fondi per le scuole delle aree interne.",
           "Secondo i sindacati, lo sciopero dei trasporti ha avuto un'adesione molto alta in tutte le città."],
    "id": ["Pemerintah akan menambah anggaran untuk perbaikan jalan di daerah terpencil pada tahun depan.",
           "Menurut badan meteorologi, hujan lebat diperkirakan turun di sebagian besar wilayah Jawa minggu ini."],
    "tr": ["Hükümet, gelecek yıl küçük işletmelere yönelik destek programını genişleteceğini açıkladı.",
           "Meteoroloji, hafta sonu kıyı kesimlerde kuvvetli yağış beklendiği uyarısında bulundu."],
    "pl": ["Rząd zapowiedział, że w przyszłym roku zwiększy wydatki na budowę nowych linii kolejowych.",
           "Według synoptyków w weekend w całym kraju będzie padać deszcz, a temperatura spadnie."],
    "ar": ["أعلنت الحكومة أنها ستزيد الإنفاق على مشاريع البنية التحتية في العام المقبل لدعم النمو الاقتصادي.",
           "وقال مسؤولون إن الأمطار الغزيرة تسببت في إغلاق عدد من الطرق الرئيسية في المدينة."],
    "hi": ["सरकार ने कहा है कि अगले साल ग्रामीण सड़कों के निर्माण पर खर्च बढ़ाया जाएगा।",
           "मौसम विभाग के अनुसार अगले दो दिनों में कई राज्यों में भारी बारिश हो सकती है।"],
    "ja": ["政府は来年度から地方の鉄道路線への支援を拡大すると発表した。",
           "気象庁によると、週末にかけて西日本を中心に大雨となる見込みだ。"],
    "el": ["Η κυβέρνηση ανακοίνωσε ότι θα αυξήσει τις δαπάνες για τις δημόσιες συγκοινωνίες το επόμενο έτος.",
           "Σύμφωνα με την ΕΜΥ, τις επόμενες ημέρες αναμένονται ισχυρές βροχές στα δυτικά."],
}
LISTINGS = [  # honest lines without full stops, in English: hours, fixtures, results, weather, tickets
    ["Opening hours", "Monday to Friday 9am - 5.30pm", "Saturday 10am - 4pm", "Sunday and bank holidays closed"],
    ["Fixtures", "Sat 14 Sep Leeds v Stoke 15:00", "Tue 17 Sep Hull v Leeds 19:45", "Sat 21 Sep Leeds v Millwall 12:30"],
    ["Results", "Arsenal 2 Chelsea 1", "Everton 0 Fulham 0", "Brighton 3 Wolves 2", "Spurs 1 Villa 4"],
    ["Weather", "Today sunny spells 18C", "Tonight clear and cold 6C", "Tomorrow showers later 15C"],
    ["Tickets", "Adults 12 pounds", "Children under 16 free", "Concessions 8 pounds", "Family ticket 30 pounds"],
    ["Markets", "FTSE 100 7,412 up 0.4%", "Dow Jones 38,904 down 0.2%", "Brent crude 82.10 dollars", "Pound 1.27 dollars"],
    ["Contact us", "Newsroom 020 7946 0000", "Advertising sales", "Corrections and complaints", "Work for us"],
    ["Most read", "Council tax bills to rise again", "Man rescued from cliff", "New school opens in town",
     "Road closed after crash", "Bus fares frozen for a year"],
]
