"""Phrase banks for spamgen.py: spam vocabularies of families the bundled word lists do not cover, and the
hard-negative material (real site names, news prose in several languages) that must never be flagged.

Written for this generator; none of it comes from shared/spam/lexicons. Each bank is split in two halves by
spamgen.py (tune / held-out), so the held-out negatives use other words than the tuned ones.
"""

# --- spam families -------------------------------------------------------------------------------------------

TH_GAMBLING = [  # Thai online gambling
    "สล็อตเว็บตรง", "แทงบอลออนไลน์", "บาคาร่าออนไลน์", "คาสิโนออนไลน์", "ฝากถอนไม่มีขั้นต่ำ", "เว็บพนันออนไลน์",
    "สล็อตแตกง่าย", "เครดิตฟรี", "หวยออนไลน์", "ยิงปลาได้เงินจริง", "รับโบนัส 100%", "สมัครสมาชิกใหม่",
    "ทางเข้าเล่น", "เว็บตรงไม่ผ่านเอเย่นต์", "แจกเครดิตฟรีไม่ต้องฝาก", "ฝาก 10 รับ 100", "เกมสล็อตยอดนิยม",
    "แทงหวยลาว", "ไฮโลออนไลน์", "ป๊อกเด้งออนไลน์", "สล็อตทดลองเล่นฟรี", "เว็บแทงบอลที่ดีที่สุด",
]
RU_PHARMA = [  # Russian pharmacy, loans, casino, escorts
    "купить виагру без рецепта", "онлайн казино на деньги", "займ на карту без отказа", "таблетки для похудения",
    "ставки на спорт онлайн", "игровые автоматы бесплатно", "кредит без справок", "скачать бесплатно без регистрации",
    "индивидуалки москвы", "эскорт услуги недорого", "купить диплом недорого", "накрутка подписчиков",
    "аптека дешево доставка", "быстрый займ онлайн", "вулкан казино зеркало", "лучшие букмекеры",
]
EN_UNSEEN = [  # English spam with vocabulary outside the bundled lists
    "buy instagram followers cheap", "best crypto signals telegram", "essay writing service uk", "cbd gummies for sleep",
    "cheap vpn lifetime deal", "forex robot download", "seo backlinks package", "tiktok likes free trial",
    "custom term papers", "hire a hacker online", "fake id maker", "weight loss patches", "keto pills reviews",
    "buy youtube views", "bitcoin doubler legit", "spotify plays cheap", "google reviews for sale", "aged gmail accounts",
    "cloned credit cards shop", "ghostwriter thesis fast",
]
KO_GAMBLING = [  # Korean betting and massage-parlour spam (held out)
    "토토사이트 추천", "안전놀이터", "메이저사이트", "카지노사이트", "바카라사이트", "먹튀검증", "스포츠토토",
    "파워볼 사이트", "슬롯사이트 순위", "온라인카지노 가입쿠폰", "사설토토", "출장안마", "오피사이트", "홀덤사이트",
    "꽁머니 지급", "토토 분석", "에볼루션카지노", "실시간 배팅",
]
VI_GAMBLING = [  # Vietnamese betting spam: Latin script, another language (held out)
    "nhà cái uy tín", "cá cược bóng đá", "nổ hũ đổi thưởng", "tài xỉu online", "đá gà trực tuyến",
    "game bài đổi thưởng", "soi kèo hôm nay", "link vào nhà cái", "khuyến mãi nạp đầu", "lô đề online",
    "bắn cá đổi thưởng", "casino trực tuyến", "tải app nhận 100k", "đăng ký nhận thưởng", "kèo nhà cái",
    "xổ số miền bắc", "rút tiền nhanh", "nhà cái hàng đầu châu á",
]
ES_SPAM = [  # Spanish loans, followers, betting (held out)
    "préstamos rápidos sin aval", "comprar seguidores baratos", "apuestas deportivas online", "tragamonedas gratis",
    "pastillas para adelgazar", "escorts en madrid", "casino online dinero real", "bono sin depósito",
    "comprar carnet de conducir", "créditos urgentes online", "ver fútbol gratis", "réplicas de relojes",
    "comprar títulos universitarios", "curso de trading gratis",
]
EN_LOCAL_SEO = [  # English local-service SEO stuffing (held out)
    "emergency locksmith near me", "best plumber in leeds", "cheap car insurance quotes", "roof repair manchester",
    "carpet cleaning services", "personal injury lawyer", "dentist open saturday", "garage door repair",
    "moving company cheap", "water damage restoration", "hvac repair cost", "junk removal same day",
    "tree removal quote", "window tinting near me", "tow truck 24 hours", "affordable web design agency",
]

SPAM_HOST_WORDS = ["bet", "win", "lucky", "vip", "pro", "best", "top", "club", "hub", "zone", "max", "star", "king",
                   "go", "fast", "online", "shop", "deal", "cheap", "mega"]
SPAM_TLDS = ["com", "net", "xyz", "site", "online", "top", "info", "club", "vip", "shop", "io", "cc"]

# --- hard negatives ------------------------------------------------------------------------------------------

BLOGROLL = [  # real sites with their real hosts
    ("Marginal Revolution", "marginalrevolution.com"), ("Kottke", "kottke.org"), ("Daring Fireball", "daringfireball.net"),
    ("Stratechery", "stratechery.com"), ("Boing Boing", "boingboing.net"), ("Lifehacker", "lifehacker.com"),
    ("MetaFilter", "metafilter.com"), ("Hacker News", "news.ycombinator.com"), ("Ars Technica", "arstechnica.com"),
    ("Calculated Risk", "calculatedriskblog.com"), ("Naked Capitalism", "nakedcapitalism.com"),
    ("Crooked Timber", "crookedtimber.org"), ("Language Log", "languagelog.ldc.upenn.edu"),
    ("Astral Codex Ten", "astralcodexten.com"), ("Slow Boring", "slowboring.com"), ("Nieman Lab", "niemanlab.org"),
    ("Poynter", "poynter.org"), ("Columbia Journalism Review", "cjr.org"), ("Longreads", "longreads.com"),
    ("Aeon", "aeon.co"), ("Quanta Magazine", "quantamagazine.org"), ("Open Culture", "openculture.com"),
    ("The Marginalian", "themarginalian.org"), ("Atlas Obscura", "atlasobscura.com"), ("Hyperallergic", "hyperallergic.com"),
    ("Bellingcat", "bellingcat.com"), ("ProPublica", "propublica.org"), ("The Markup", "themarkup.org"),
    ("Rest of World", "restofworld.org"), ("Lawfare", "lawfaremedia.org"), ("SCOTUSblog", "scotusblog.com"),
    ("FiveThirtyEight", "fivethirtyeight.com"),
]
PARTNERS = [
    ("Reuters", "reuters.com"), ("AFP", "afp.com"), ("Associated Press", "apnews.com"), ("Deutsche Welle", "dw.com"),
    ("NHK World", "www3.nhk.or.jp"), ("Le Monde", "lemonde.fr"), ("El País", "elpais.com"), ("Corriere della Sera", "corriere.it"),
    ("Süddeutsche Zeitung", "sueddeutsche.de"), ("The Straits Times", "straitstimes.com"), ("Yonhap", "yna.co.kr"),
    ("Bangkok Post", "bangkokpost.com"), ("VnExpress", "vnexpress.net"), ("Kompas", "kompas.com"),
    ("联合早报", "zaobao.com.sg"), ("朝日新聞", "asahi.com"), ("Folha de S.Paulo", "folha.uol.com.br"),
    ("The Hindu", "thehindu.com"), ("Dawn", "dawn.com"), ("Mail & Guardian", "mg.co.za"),
]
SWITCHER_LABELS = ["English", "Español", "Français", "Deutsch", "Português", "Italiano", "中文", "日本語", "한국어",
                   "Русский", "ไทย", "Tiếng Việt", "Bahasa Indonesia", "العربية", "Türkçe", "Polski", "Nederlands"]

FOREIGN_PROSE = {  # news prose
    "th": ["รัฐบาลประกาศเพิ่มงบประมาณสำหรับโครงการรถไฟความเร็วสูงในปีหน้า เพื่อเชื่อมต่อกรุงเทพฯ กับภาคตะวันออกเฉียงเหนือ",
           "นักเศรษฐศาสตร์คาดว่าการส่งออกจะฟื้นตัวในไตรมาสที่สาม หลังจากความต้องการจากต่างประเทศเริ่มกลับมา",
           "ผู้ว่าราชการจังหวัดเชียงใหม่กล่าวว่า ปัญหาฝุ่นควันในปีนี้ลดลงเมื่อเทียบกับปีที่แล้ว แต่ยังต้องเฝ้าระวังต่อไป",
           "โรงเรียนหลายแห่งในพื้นที่น้ำท่วมได้เลื่อนการเปิดภาคเรียนออกไปอีกสองสัปดาห์"],
    "ko": ["정부는 내년부터 중소기업에 대한 지원을 확대하겠다고 밝혔다. 이번 조치는 수출 감소에 대응하기 위한 것이다.",
           "서울시는 대중교통 요금을 다음 달부터 인상한다고 발표했다. 시민들은 부담이 커질 것이라고 우려했다.",
           "한국은행은 기준금리를 동결하기로 결정했다. 전문가들은 물가 상승세가 둔화되고 있다고 분석했다.",
           "태풍의 영향으로 남부 지방에 많은 비가 내리면서 일부 도로가 통제되었다."],
    "vi": ["Chính phủ cho biết sẽ tăng đầu tư vào hạ tầng giao thông trong năm tới để thúc đẩy tăng trưởng kinh tế.",
           "Theo Tổng cục Thống kê, kim ngạch xuất khẩu của Việt Nam trong quý hai tăng hơn mười phần trăm so với cùng kỳ.",
           "Người dân Hà Nội phải đối mặt với tình trạng ô nhiễm không khí nghiêm trọng trong những ngày gần đây.",
           "Các trường đại học đã công bố điểm chuẩn, nhiều ngành có mức điểm cao hơn năm ngoái."],
    "ru": ["Правительство объявило о расширении программы поддержки малого бизнеса в следующем году.",
           "По словам экономистов, инфляция в стране начала замедляться после повышения ключевой ставки.",
           "Жители города жалуются на пробки, которые усилились после закрытия моста на ремонт.",
           "Министерство образования сообщило, что новые учебники появятся в школах уже осенью."],
    "es": ["El Gobierno anunció que ampliará las ayudas a las pequeñas empresas a partir del próximo año.",
           "Según los economistas, la inflación empezó a moderarse después de la subida de los tipos de interés.",
           "Los vecinos del barrio denuncian que el ruido de las obras se prolonga hasta altas horas de la noche.",
           "El ayuntamiento aprobó un nuevo plan para reducir el tráfico en el centro de la ciudad."],
    "zh": ["政府表示，明年将扩大对中小企业的补贴，以应对出口下滑带来的压力。",
           "经济学家认为，随着外部需求逐步恢复，第三季度的出口有望回升。",
           "市民反映，新地铁线路开通后，他们的通勤时间缩短了将近一半。",
           "教育部门宣布，今年的高考将在六月初如期举行。"],
}
TOPIC_PROSE = [  # journalism about gambling, betting and adult industries, in several languages
    "The state gaming commission fined two online casino operators for letting self-excluded players open new "
    "accounts, the regulator said on Tuesday.",
    "Sports betting revenue rose sharply after the new law took effect, but addiction charities warn that free bets "
    "and bonus offers are aimed at young men.",
    "Lawmakers are debating whether adult websites should be required to verify the age of their users, a rule "
    "that privacy groups say could expose sensitive data.",
    "OnlyFans said creators earned more than five billion dollars last year, as the platform tries to court "
    "mainstream celebrities and sports stars.",
    "Police in Manila raided an offshore gaming hub that ran online slots and baccarat for players in China, "
    "detaining hundreds of workers.",
    "Macau's casino revenue recovered to about eighty percent of its pre-pandemic level, helped by mass-market "
    "visitors from the mainland.",
    "ตำรวจบุกจับเครือข่ายเว็บพนันออนไลน์ที่มีเงินหมุนเวียนกว่าพันล้านบาท และยึดทรัพย์สินของผู้ต้องหาหลายรายการ",
    "경찰은 불법 스포츠토토 사이트를 운영한 일당을 검거했다고 밝혔다. 이들은 수백억 원의 도박 자금을 챙긴 혐의를 받고 있다.",
    "Bộ Công an cho biết đã triệt phá đường dây cá cược bóng đá trực tuyến với tổng số tiền giao dịch hàng nghìn tỷ đồng.",
    "La Dirección General de Ordenación del Juego multó a varias casas de apuestas por publicidad dirigida a menores.",
    "В Госдуме предложили ужесточить наказание за рекламу онлайн-казино в социальных сетях.",
    "A court ruled that the payday lender had misled borrowers about the true cost of its loans and ordered refunds.",
]
CELEBRITY = [  # entertainment prose and listings
    "The actress, who stars in the new Netflix thriller, told reporters she had spent months learning to fly a plane "
    "for the role.",
    "Fans can watch the trailer online now, and the film opens in cinemas across the country on Friday before "
    "streaming free for subscribers in the spring.",
    "The pop star announced a surprise world tour on Instagram, sending tickets for the London dates to resale sites "
    "within minutes.",
    "Critics praised the series finale, though some viewers complained that the last episode left too many questions "
    "unanswered.",
    "The couple were photographed leaving a restaurant in West Hollywood, weeks after rumours of a split.",
    "Now showing: Dune: Part Two (12A) 14:30 17:45 20:50 | Wicked (PG) 13:00 16:15 | Gladiator II (15) 19:30 | "
    "Paddington in Peru (PG) 11:00 13:40",
    "Box office: Inside Out 2 took $100 million in its opening weekend, the best start of the year for an animated film.",
    "The rapper's new album, streaming on all platforms from midnight, features guest appearances from several "
    "Grammy winners.",
]
TAGS = ["Politics", "Economy", "World", "Climate", "Technology", "Health", "Science", "Culture", "Sport", "Opinion",
        "Elections", "Europe", "Asia", "Markets", "Energy", "Education", "Transport", "Housing"]
EN_PARALLEL = [  # English sentences to pair with FOREIGN_PROSE on bilingual pages
    "The government said it would expand support for small businesses from next year.",
    "Economists said inflation had begun to slow after the rise in interest rates.",
    "Residents complained about traffic jams that worsened after the bridge closed for repairs.",
    "The education ministry said new textbooks would reach schools in the autumn.",
]
