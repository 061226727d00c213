"""Phrase banks of the fresh held-out set (spamgen.py --set fresh, session 12): spam families that no detector
change was written on, decided and frozen before any tuning of session 12. Written for this generator.

Never tune on the cases these make: score them, totals only.
"""

FR_SPAM = [  # French casino, credit and pharmacy spam
    "casino en ligne fiable", "machines à sous gratuites", "crédit rapide sans justificatif", "rachat de crédit",
    "paris sportifs en ligne", "acheter followers instagram", "pilule minceur efficace", "bonus de bienvenue 200%",
    "prêt entre particulier", "voyance gratuite en ligne", "streaming foot gratuit", "permis de conduire sans examen",
    "rencontre coquine gratuite", "meilleur site de pronostic", "jeux de grattage argent réel", "poker en ligne france",
    "retrait immédiat casino", "comprimés pour maigrir",
]
NL_SPAM = [  # Dutch loans, betting and followers spam
    "snel geld lenen zonder bkr", "online gokken ideal", "gratis spins zonder storting", "volgers kopen goedkoop",
    "afvallen zonder dieet", "beste online bookmaker", "lenen zonder inkomen", "sportweddenschappen bonus",
    "crypto verdienen thuis", "goedkope zonnepanelen offerte", "rijbewijs kopen online", "live casino nederland",
    "direct uitbetalen gokkast", "diploma kopen zonder studie", "gratis belminuten",
]
HE_GAMBLING = [  # Hebrew betting and escort spam (a script no other family uses)
    "הימורי ספורט אונליין", "קזינו אונליין בעברית", "אתר הימורים מומלץ", "בונוס הרשמה ללא הפקדה", "פוקר אונליין",
    "נערות ליווי בתל אביב", "הלוואה מהירה ללא ערבים", "משחקי מזל בכסף אמיתי", "טוטו כדורגל ניחושים",
    "סלוטים חינם", "מכונות מזל אונליין", "דירות דיסקרטיות", "הימורים בטלגרם", "משיכה מיידית",
]
EN_CRYPTO = [  # English investment and crypto scam phrases, vocabulary in none of the bundled lists
    "guaranteed passive income daily", "ai trading bot profits", "double your usdt", "pump signals vip group",
    "airdrop claim free tokens", "recover stolen crypto fast", "nft mint whitelist spots", "binary options mentor",
    "wallet recovery phrase service", "forex account management", "make money from home today", "cashapp flip legit",
    "gift card generator", "free robux no verification", "onlyfans leaks free", "sugar daddy apply now",
    "credit repair secrets", "unclaimed money finder",
]
SPAM_HOST_WORDS = ["cash", "coin", "fortune", "spin", "jackpot", "prime", "rich", "gold", "easy", "quick", "smart",
                   "flash", "royal", "nova", "pulse"]
SPAM_TLDS = ["biz", "pro", "live", "fun", "icu", "buzz", "cyou", "rest", "monster", "sbs"]
