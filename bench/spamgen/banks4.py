"""Phrase banks of the novel untouched tier (spamgen.py --set novel, seed 31, session 16): spam families,
languages and honest lookalikes that no earlier tier (tune, tune2, heldout, fresh) draws from, designed from what
real SEO spam looks like before any detector change of session 16 and frozen. Written for this generator.

Never tune on the cases these make, never open them: score them, totals only.
"""

# --- spam families -------------------------------------------------------------------------------------------

ZH_GAMBLING = [  # Simplified Chinese: casinos, lottery results, private game servers, fake invoices and diplomas
    "澳门新葡京娱乐城", "六合彩开奖结果查询", "北京赛车pk10计划", "正规网赌平台推荐", "百家乐必胜技巧",
    "传奇私服新开网站", "代开增值税发票", "办理文凭毕业证", "彩票app下载送彩金", "皇冠体育开户",
    "棋牌游戏真人现金", "网站快速排名优化", "黑帽seo蜘蛛池", "老虎机注册送38元", "微信刷单兼职日结",
    "时时彩稳赚方法", "足球投注网址大全", "真人视讯娱乐平台",
]
FA_BETTING = [  # Persian: betting sites, crash games, followers, loans, degrees
    "سایت شرط بندی معتبر", "بازی انفجار با پول واقعی", "بونوس ثبت نام رایگان", "خرید فالوور ایرانی",
    "وام فوری بدون ضامن", "پیش بینی فوتبال رایگان", "کازینو آنلاین فارسی", "خرید مدرک دانشگاهی",
    "قرص لاغری گیاهی", "دانلود اپلیکیشن بت", "پوکر آنلاین با کارت بانکی", "تخته نرد شرطی آنلاین",
    "بهترین سایت پیش بینی", "شارژ رایگان ایرانسل",
]
TL_SABONG = [  # Filipino and Taglish: online cockfighting, e-wallet casinos, quick loans
    "online sabong live ngayon", "libreng 100 pesos sa pag register", "e-sabong taya gcash",
    "pautang online mabilis approval", "jili slot libreng spin", "casino app na nagbabayad",
    "kumita ng pera sa bahay", "lotto result ngayong araw", "pampapayat na tsaa mabisa",
    "bumili ng followers sa facebook", "tongits go totoong pera", "color game panalo tips",
    "sugal online gcash deposit", "walang deposito bonus ngayon",
]
RO_SPAM = [  # Romanian: loans, slot machines, betting, pills, diplomas
    "credit rapid fără acte", "păcănele online gratis", "pariuri sportive bonus fără depunere",
    "pastile de slăbit rapid", "împrumut urgent fără verificare", "cumpără urmăritori instagram",
    "rotiri gratuite la înregistrare", "cazino online cu bani reali", "permis de conducere fără examen",
    "câștigă bani de acasă", "lucrare de licență la comandă", "ceasuri replici ieftine",
    "credit nebancar aprobare instantă",
]
UK_CASINO = [  # Ukrainian (Cyrillic, not Russian): casinos, loans, followers, diplomas
    "онлайн казино на гроші", "ігрові автомати безкоштовно", "кредит онлайн без відмови", "ставки на спорт бонус",
    "швидкі гроші на картку", "купити підписників інстаграм", "слоти з виведенням коштів",
    "позика без довідки про доходи", "таблетки для схуднення швидко", "бездепозитний бонус за реєстрацію",
    "купити диплом недорого", "заробіток в інтернеті без вкладень", "рулетка онлайн україна",
]
EN_REVIEW = [  # English fake-review and affiliate titles, written in Title Case as such link lists are
    "Best CBD Oil For Anxiety 2026 Reviews", "Top 10 Keto Pills That Actually Work", "Prodentim Reviews Scam Or Legit",
    "Java Burn Customer Reviews And Complaints", "Best VPN Deals Cheap Lifetime Subscription",
    "Alpilean Weight Loss Honest Review", "Puravive Reviews Real Or Fake", "Sight Care Supplement Reviews 2026",
    "Best Penny Stocks To Buy Now", "Gluco Trust Official Website Discount", "Top Rated Essay Writing Services",
    "Best Hair Growth Gummies For Women", "Quietum Plus Reviews Tinnitus Relief", "Cheap Car Insurance Quotes Near Me",
    "Best Mattress For Back Pain Under 500", "Ikaria Lean Belly Juice Reviews", "Leptitox Real Customer Results",
]
# English crypto-investment and fund-recovery scam prose: whole sentences, as testimonial comment spam is written
RECOVERY_NAMES = ["Mrs Evelyn Carter", "Dr Marcus Hale", "Jennifer Brooks", "Mr Liam Walker", "Agent Sophia Reyes",
                  "Captain Daniel Moore"]
RECOVERY_SERVICES = ["Crypto Asset Recovery Team", "SwiftRecover Hack", "Trust Recovery Bureau", "Digital Fund Retrieval",
                     "Chain Reclaim Experts"]
RECOVERY_CONTACTS = ["+1 (561) 404-7810", "+44 7418 362915", "+1 (972) 555-0143", "+1 (646) 238-9051"]
RECOVERY_MAILS = ["recoverywizard at consultant dot com", "swiftreclaim247 at gmail dot com",
                  "fundtracer (at) proton mail", "chainreclaim.support@outlook.com"]
RECOVERY_SENTENCES = [
    "I lost about ${n} to a fake crypto trading platform until I found {svc}, who helped me get all my funds back "
    "within 48 hours.",
    "My name is {name} and I want to testify about {svc}.",
    "I invested {n} USDT with a broker who promised 30% weekly returns, and when I could not withdraw I contacted "
    "{svc}.",
    "Contact them on WhatsApp {tel} or email {mail}, they are legit and trustworthy.",
    "I never believed in online investment until I met {name}, who showed me how to earn ${n} every week trading "
    "bitcoin from home.",
    "Thanks to {name} I now earn a steady passive income; you can reach her on Telegram at {tel}.",
    "Do not fall for fake hackers, if you need to recover stolen cryptocurrency reach out to {svc} at {mail}.",
    "Within a month my portfolio grew from ${n} to more than six figures with the signals of {name}.",
    "God bless {name} for the good work, I received my profit of ${n} without any stress.",
]
# the page's own words with SEO modifiers, in the page's own capitalization (stuff_title)
SEO_MODIFIERS = ["2026", "latest", "news", "today", "live", "update", "online", "free", "video", "full", "near me",
                 "official", "best", "review"]

SPAM_HOST_WORDS = ["gacor", "hoki", "cuan", "sultan", "jitu", "vega", "orbit", "nexa", "delta", "apex", "lotus",
                   "hydra", "cobra"]
SPAM_TLDS = ["click", "autos", "lol", "skin", "quest", "homes", "bond", "mom", "beauty", "hair", "makeup", "boats"]

# --- honest lookalikes (hard negatives only this tier draws) ---------------------------------------------------

NOVEL_PROSE = {  # news prose in the new families' languages
    "zh": ["市政府周二宣布，将在明年完成老旧小区改造工程，预计惠及超过十万户居民。",
           "据气象部门介绍，受冷空气影响，本周末北方大部分地区气温将下降八至十度，请市民注意防寒保暖。",
           "该博物馆负责人表示，新展厅将展出近两百件首次公开的文物，参观需提前在网上预约。"],
    "fa": ["شهرداری تهران اعلام کرد که کار ساخت خط جدید مترو تا پایان سال آینده به پایان می‌رسد.",
           "به گفته سازمان هواشناسی، از فردا بارش باران در بیشتر مناطق شمالی کشور آغاز می‌شود.",
           "وزیر آموزش و پرورش گفت که برنامه تازه‌ای برای بازسازی مدرسه‌های روستایی در دست اجراست."],
    "uk": ["Міська рада ухвалила програму ремонту шкіл, яка триватиме до кінця наступного року.",
           "За даними синоптиків, у вихідні на заході країни очікуються сильні дощі та пориви вітру.",
           "Директор музею розповів, що нова виставка присвячена історії міста та його мешканців."],
    "ro": ["Primăria a anunțat că lucrările la noul pod peste râu vor fi finalizate până la sfârșitul verii.",
           "Potrivit meteorologilor, în weekend sunt așteptate ploi însemnate în vestul țării.",
           "Ministrul educației a declarat că programul de burse va fi extins și în mediul rural."],
    "tl": ["Inanunsyo ng lokal na pamahalaan na bubuksan ang bagong ospital sa susunod na buwan.",
           "Ayon sa PAGASA, magdadala ng malakas na ulan ang bagyo sa hilagang bahagi ng bansa ngayong linggo.",
           "Sinabi ng alkalde na dadagdagan ang mga bus sa mga pangunahing ruta upang mabawasan ang trapiko."],
}
CRYPTO_NEWS = [  # journalism about crypto scams and fund-recovery fraud
    "Regulators warned on Tuesday that so-called recovery services, which promise to retrieve stolen "
    "cryptocurrency for an upfront fee, are often run by the same groups behind the original fraud.",
    "Victims described being added to messaging groups where strangers posted screenshots of large profits and "
    "urged them to deposit more money with a trading platform that later vanished.",
    "The agency said it had received more than 4,000 complaints last year about fake investment apps, with median "
    "losses of about $9,000 per person.",
    "Police advised anyone contacted by a self-described hacker offering to recover lost funds to stop replying and "
    "report the messages.",
]
REVIEW_ROUNDUP = [  # a deals column's honest retailer links (title, retailer host)
    ("Apple AirPods Pro (2nd generation) for $189 at Amazon", "amazon.com"),
    ("Samsung 65-inch OLED TV, now $1,299 at Best Buy", "bestbuy.com"),
    ("Dyson V15 Detect cordless vacuum at Target", "target.com"),
    ("Instant Pot Duo 7-in-1 at Walmart", "walmart.com"),
    ("Kindle Paperwhite Signature Edition at Amazon", "amazon.com"),
    ("Lego Botanical Collection bouquet at John Lewis", "johnlewis.com"),
    ("Nintendo Switch OLED bundle at Argos", "argos.co.uk"),
    ("Patagonia Better Sweater fleece at REI", "rei.com"),
    ("Le Creuset cast iron casserole at Currys", "currys.co.uk"),
    ("Garmin Forerunner 265 running watch at Best Buy", "bestbuy.com"),
]
FAQ = [  # a page's honest questions and answers, folded in <details>
    ("How do I register to vote?", "You can register online until 11 days before polling day; you will need your "
     "National Insurance number."),
    ("When will the road reopen?", "The council expects the bridge to reopen to traffic at the end of March, "
     "weather permitting."),
    ("Is the exhibition free?", "Entry is free for under-18s; adult tickets cost 12 pounds and must be booked in "
     "advance."),
    ("Where can I get help with gambling?", "Free, confidential support is available from the national gambling "
     "helpline, open 24 hours a day."),
    ("What does the new rate mean for my mortgage?", "Tracker mortgages follow the base rate within a month; fixed "
     "deals are unaffected until they end."),
]
ARIA_DECOR = [  # honest text hidden from screen readers or shown twice for a design
    "Advertisement", "Scroll to continue reading", "Breaking news Breaking news Breaking news", "Live updates",
    "Story continues below", "Photo: Reuters", "Sponsored content", "Listen to this article 4 min",
]
HASHTAGS = [  # an article's honest hashtag lines
    "#Election2026 #Politics #Vote", "#ClimateCrisis #COP31 #Environment", "#WorldCup #Football #Qatar",
    "#Budget2026 #Economy #Tax", "#Oscars #Film #RedCarpet", "#Wimbledon #Tennis", "#MentalHealth #Wellbeing",
]
RELATED_HEADLINES = [  # the site's own related stories, in Title Case as many sites write them
    "What The New Budget Means For Your Household Bills", "Five Things We Learned From The Debate",
    "How The Heatwave Is Changing Summer Holidays", "Inside The Race To Build Cheaper Batteries",
    "Why House Prices Are Falling In The North", "The Best Walks Within An Hour Of The City",
    "Analysis: Can The Coalition Survive The Winter?", "Live Scores And Results From The Weekend",
]
TABLE_ROWS = [  # honest tables: exchange rates, fixtures, opening hours
    [("US dollar", "1.2714"), ("Euro", "1.1702"), ("Japanese yen", "191.35"), ("Swiss franc", "1.1231")],
    [("Arsenal v Chelsea", "Sat 12:30"), ("Leeds v Everton", "Sat 15:00"), ("Spurs v Fulham", "Sun 14:00")],
    [("Monday to Friday", "9am to 5pm"), ("Saturday", "10am to 4pm"), ("Sunday and bank holidays", "Closed")],
]
