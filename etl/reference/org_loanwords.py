"""English words that firms and NGOs write in Cyrillic, spelt back in English.

"ОсОО «Ак-Жол Трейд»" is Ak-Jol Trade LLC, not "Ak-Jol Treyd"; "компания «Нур Фудс Групп»" is Nur
Foods Group.  Only whole words, and only loanwords no Kyrgyz or Russian word is spelt like.
"""

from __future__ import annotations

import re

_LOANWORDS = {
    "трейд": "Trade", "трейдинг": "Trading", "групп": "Group", "груп": "Group", "сервис": "Service",
    "сервиc": "Service", "холдинг": "Holding", "инвест": "Invest", "консалтинг": "Consulting",
    "медиа": "Media", "тревел": "Travel", "фуд": "Food", "фудс": "Foods", "системс": "Systems",
    "технолоджис": "Technologies", "ботлерс": "Bottlers", "кока-кола": "Coca-Cola", "майнинг": "Mining",
    "девелопмент": "Development", "интернешнл": "International", "партнерс": "Partners",
    "солюшнс": "Solutions", "энерджи": "Energy", "аква": "Aqua", "агро": "Agro", "маркет": "Market",
    "хаб": "Hub", "дебат": "Debate", "дебаттар": "Debates", "смарт": "Smart", "стартап": "Startup",
    "диджитал": "Digital", "коворкинг": "Coworking", "лаб": "Lab", "хакспейс": "Hackspace",
    "туризм": "Tourism", "полиси": "Policy", "плюс": "Plus", "бизнес": "Business", "консалт": "Consult",
    "телеком": "Telecom", "инжиниринг": "Engineering", "логистик": "Logistic", "логистикс": "Logistics",
    "текстиль": "Textile", "голд": "Gold", "компани": "Company", "фарм": "Pharm", "фарма": "Pharma",
    "евразия": "Eurasia",
}
# Words that are also Russian words in lower case ("тех" = "of those"): English only when capitalized in a name.
_CAPITALIZED = {"Тех": "Tech", "Ай-Ти": "IT", "Айти": "IT", "Тур": "Tour"}  # "тур" is also a round
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")


def english_loanwords(name: str) -> str:
    """``name`` with its Cyrillic-spelt English loanwords written in English (others untouched)."""
    def word(m: re.Match[str]) -> str:
        whole = _CAPITALIZED.get(m.group()) or _LOANWORDS.get(m.group().lower().replace("ё", "е"))
        if whole:
            return whole
        return "-".join(_LOANWORDS.get(p.lower().replace("ё", "е"), p) for p in m.group().split("-"))

    return _WORD.sub(word, name)


def is_loanword(word: str) -> bool:
    """A Cyrillic-spelt English word of a firm's name ("Текстиль", "Инжиниринг"), not a Russian word."""
    return word in _CAPITALIZED or word.lower().replace("ё", "е") in _LOANWORDS
