"""Inflection endings and level words of Kyrgyz, Russian and English, on folded text.

All sets and patterns here work on ``etl.text.fold`` output with hyphens/dashes
turned into spaces (see ``organizations._match_text``): ө→о, ү→у, ң→н, lowercase.
"""

from __future__ import annotations

import re
from itertools import product

_V = "аео"  # folded a/e/o/ө
_U = "ыиу"  # folded ы/и/у/ү


def _kyrgyz_endings() -> frozenset[str]:
    loc = {c + v for c in "дт" for v in _V}
    gen = {c + u + "н" for c in "дтн" for u in _U}
    dat = {c + v for c in "гк" for v in _V} | {"на", "не", "но"}
    acc = {c + u for c in "дтн" for u in _U}
    abl = {c + v + "н" for c in "дтн" for v in _V}
    loc_attr = {"дагы", "деги", "догу", "тагы", "теги", "тогу", "ндагы", "ндеги", "ндогу"}
    poss_loc = {"нда", "нде", "ндо", "нан", "нен", "нон"}
    adj = {c + u + "к" for c in "лдт" for u in _U}
    plural = {c + v + "р" for c in "лдт" for v in _V}
    cases = loc | gen | dat | acc | abl | loc_attr | poss_loc
    out = set(cases) | adj | plural | {"ча", "че", "чо"}
    for a, p in product(adj, plural):
        out.add(a + p)
    for head, case in product(adj | plural, cases):
        out.add(head + case)
    for a, p, case in product(adj, plural, cases):
        out.add(a + p + case)
    for la, p in product(loc_attr, plural):  # Бишкектегилер
        out.add(la + p)
    return frozenset(out)


KY_ENDINGS = _kyrgyz_endings()
RU_NOUN_ENDINGS = frozenset({"а", "у", "е", "ом", "ем", "ой", "ы", "и", "ю", "ах", "ам", "ами", "ов"})
RU_STEM_A_ENDINGS = frozenset({"е", "у", "ы", "ой", "ою", "и"})
RU_ADJ_ENDINGS = frozenset(
    pre + end
    for pre in ("ск", "ьск", "инск", "нск")
    for end in ("ий", "ая", "ое", "ой", "ого", "ому", "ом", "им", "ую", "ие", "их", "ими", "ою")
)
EN_ENDINGS = frozenset({"'s", "s"})

NOUN_ENDINGS = KY_ENDINGS | RU_NOUN_ENDINGS | RU_ADJ_ENDINGS | frozenset({""})


def suffix_ok(kind: str, suffix: str) -> bool:
    if kind == "adj":
        return suffix in RU_ADJ_ENDINGS and suffix.startswith("ск")
    if kind == "stem_a":
        return suffix in RU_STEM_A_ENDINGS
    return suffix in NOUN_ENDINGS


# Level word right after a name (Kyrgyz, Russian adjective + noun, English). Order matters:
# "кичи район" (microdistrict) before "район", "айыл аймагы" before "айыл".
POST_LEVEL = re.compile(
    r"""
    (?P<settlement>(?:жаны\s+)?конуш\w*|кичи\s+район\w*|жилмассив\w*|ж/м\b|микрорайон\w*|мкр\b\.?
        |новостройк\w*|жилой\s+массив\w*|settlements?\b|microdistricts?\b|new\s+settlements?\b)
    |(?P<ayil_aimak>айыл(?:ь?н(?:ый|ого|ому|ом|ых|ым|ыми|ое|ая|ые)|дык)?\s+(?:аймаг|аймак|окмот|кенеш)\w*|а/а\b
        |aiyl\s+aimak\w*|ayil\s+aimak\w*|aiyl\s+okmotu\b|ayil\s+okmotu\b|municipalit\w*|муниципалитет\w*)
    |(?P<village>айыл(?!\s+чарба)\w*|кыштак\w*|село\b|селе\b|села\b|селом\b|селах\b|villages?\b)
    |(?P<oblast>облус\w*|облуст\w*|област\w*|обл\b\.?|regions?\b|oblasts?\b|province\b)
    |(?P<rayon>район\w*|р\s+н\w*|districts?\b|rayons?\b|raions?\b)
    |(?P<city>шаар\w*|город\w*|city\b|town\b)
    """,
    re.X,
)

# Level word right before a name (Russian and English word order).
PRE_LEVEL = re.compile(
    r"""(?:^|[^\w])(?:
    (?P<city>город\w*|г\.|гор\.|city\s+of)
    |(?P<village>село|селе|села|селом|сел|селах|селам|с\.|поселок|поселке|поселка|пос\.|пгт|деревн\w*|villages?\s+of)
    |(?P<settlement>жилмассив\w*|ж/м|микрорайон\w*|мкр\.?|новостройк\w*|жилой\s+массив\w*)
    |(?P<ayil_aimak>айыл\w*\s+аймак\w*|а/а|аймак\w*)
    )\s*(?:\([^()]{0,25}\)\s*)?$""",
    re.X,
)

# Which gazetteer levels a level word admits.
LEVEL_ADMITS: dict[str, tuple[str, ...]] = {
    "oblast": ("oblast",),
    "rayon": ("rayon", "city_district"),
    "city": ("city", "town"),
    "ayil_aimak": ("ayil_aimak",),
    "village": ("village", "town", "settlement"),
    "settlement": ("settlement", "village", "town"),
}

# Between items of a list sharing one level word: "Кара-Булак, Дара,Төрт-Гүл ... айыл аймактарында".
LIST_GAP = re.compile(r"\s*(?:,|;|/|\bжана\b|\bи\b|\band\b|&)\s*")
# An unknown capitalised name continuing a list ("Ак-Тал, Жаңы-Таш жана Кызыл-Үй конуштарында").
LIST_TAIL_NAME = re.compile(r"\s*(?:,|\bжана\b|\bи\b|\band\b)\s*[A-ZА-ЯЁӨҮҢ][\w\-‐–]*(?:\s\d{1,2}\b)?")

# Capitalised words that name no place even when a level word follows ("Турак-жай конуштары").
NOT_A_NAME = frozenset({
    "бул", "ал", "ошол", "ушул", "жаны", "турак жай", "пилоттук", "максаттуу", "ар", "бардык", "бир",
    "эки", "уч", "торт", "беш", "алты", "жети", "сегиз", "тогуз", "он", "айрым", "башка", "ушундай",
    "борбордун", "шаардык", "айыл", "жергиликтуу", "калктуу", "чакан", "алыскы", "тоолуу", "чек ара",
    "чек арадагы", "в", "во", "на", "из", "по", "для", "все", "эти", "этих", "новые", "новых", "целевых",
    "пилотных", "этот", "данных", "the", "in", "of", "new", "target", "pilot", "all", "these",
    "кыргызстан", "кыргызстандын", "республиканын", "облустун", "райондун", "ошондой", "анын", "алардын",
    # titles that open a sentence before a level word ("Аким айыл аймактарында ...")
    "аким", "акими", "мэр", "мэри", "глава", "башчы", "башчысы", "торага", "депутат", "депутаттар",
    "жамаат", "жамааттар", "тургундар", "жашоочулар", "жители", "жителей",
    # determiners and adjectives that open a sentence before a level word ("Өз айылында", "Кошуна айыл аймактары")
    "оз", "биздин", "сиздин", "менин", "мындай", "кошуна", "жакынкы", "коптогон", "копчулук", "ички", "кийинки",
    "мурдагы", "азыркы", "айланадагы", "тегеректеги",
})
# Words for people and bodies that open a sentence before a level word ("Сотрудников айыл окмоту
# Кеминского района обучили", "Кызматкерлери айыл аймагынын"): any form of them names no place.
NOT_A_NAME_STEMS = (
    "сотрудник", "представител", "специалист", "руководител", "работник", "жител", "глав", "депутат",
    "кызматкер", "окул", "адис", "тургун", "жашоочу", "мугалим", "аким", "башчы", "жетекчи", "лидер",
    "активист", "волонтер", "участни", "катышуучу", "staff", "residents", "head", "representative",
)
