"""Regional branches of state bodies that ``govbodies`` does not name: a ministry's oblast or district
department, forestry enterprises, and family medicine centres named several at once.

"Өзгөчө кырдаалдар министрлигинин Жалал-Абад облустук башкармалыгы" (the ministry's Jalal-Abad oblast
department) → "Jalal-Abad Oblast Emergency Situations Department", as "Жалал-Абад облустук өзгөчө
кырдаалдар башкармалыгы" is; "Нарынское областное управление МЧС" the same in Russian; "Ысык-Көл
райондук токой чарбасы", "Ат-Башинский лесхоз" → "… District Forestry Enterprise", "At-Bashy Forestry
Enterprise"; "Талас, Манас жана Бакай-Ата райондук үй-бүлөлүк медицина борборлору" → three district
family medicine centres.  Kyrgyz typed without ө/ү/ң is matched too ("озгочо кырдаалдар").
Every rule is gated by a cheap substring test on the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gates import gated_rules, named_matches
from etl.reference.govbody_lists import listed_before
from etl.reference.govbody_places import place_name
from etl.reference.govbody_units import unit_bodies

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_KY_LEVEL = {"облуст": "Oblast", "район": "District", "шаар": "City"}
_RU_LEVEL = {"област": "Oblast", "районн": "District", "городск": "City"}
_EN_LEVEL = {"oblast": "Oblast", "district": "District", "city": "City", "region": "Oblast"}
_LEVEL_UNITS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town"), "": ("rayon", "city", "town", "oblast")}
# A ministry's words in Kyrgyz (ө ү optional: texts typed on a Russian keyboard) → the department's sector
_KY_MINISTRIES = (
    (r"[өо]зг[өо]ч[өо]\s+кырдаалдар", "Emergency Situations"), (r"айыл\s+чарба", "Agriculture"),
    (r"билим\s+бер[үу][үу]", "Education"), (r"саламаттык(?:ты)?\s+сактоо", "Health"), (r"ички\s+иштер", "Internal Affairs"),
    # the labour and social ministry's district office is the district's social development department
    (r"эмгек,?\s+социалдык\s+камсыздоо\s+жана\s+миграция|социалдык\s+[өо]н[үу]кт[үу]р[үу][үу]", "Social Development"),
)
_RU_MINISTRIES = (
    (r"МЧС|[Мм]инистерства\s+чрезвычайных\s+ситуаций", "Emergency Situations"),
    (r"[Мм]инистерства\s+сельского\s+хозяйства", "Agriculture"),
    (r"[Мм]инистерства\s+образования", "Education"), (r"[Мм]инистерства\s+здравоохранения", "Health"),
    (r"МВД|[Мм]инистерства\s+внутренних\s+дел", "Internal Affairs"),
    (r"[Мм]инистерства\s+труда,?\s+социального\s+обеспечения\s+и\s+миграции|[Мм]инистерства\s+социального\s+развития",
     "Social Development"),
    (r"ГКНБ|(?:[Гг]осударственного\s+комитета|[Гг]оскомитета)\s+национальной\s+безопасности",
     "State Committee for National Security"),
)


def _level(table: dict[str, str], word: str) -> str:
    low = word.lower()
    return next((v for k, v in table.items() if low.startswith(k)), "")


def _sector(pairs: tuple[tuple[str, str], ...], words: str) -> str:
    return next(name for p, name in pairs if re.match(p, words, re.IGNORECASE))


def _named(place_group: int, level: str, template: str, villages: bool = False) -> Callable[[re.Match[str]], str | None]:
    """``template`` with the place and the level ("{place} {level} …"); None for an unknown place."""
    def name(m: re.Match[str]) -> str | None:
        lvl = _level(_KY_LEVEL | _RU_LEVEL | _EN_LEVEL, m.group(level)) if m.group(level) else ""
        place = place_name(m.group(place_group), _LEVEL_UNITS[lvl])
        if place is None and villages and not lvl:
            place = place_name(m.group(place_group), ("village", "ayil_aimak"))
        if place is None:
            return None
        sector = ""
        if "sector" in m.re.groupindex:
            sector = _sector(_KY_MINISTRIES + _RU_MINISTRIES, m.group("sector"))
        return " ".join(template.format(place=place, level=lvl, sector=sector).split())
    return name


def _alternatives(pairs: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{p})" for p, _ in pairs)


# (folded gate: "a|b&c" = a or b, and c; pattern; namer): group 1 is always the place as written, so a list before it is found
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    # the ministry's regional department: only the department's own words are its span
    ("министрлигинин", re.compile(
        rf"(?P<sector>(?i:{_alternatives(_KY_MINISTRIES)}))\s+министрлигинин\s+(?P<own>({_NAME})\s+"
        rf"(?P<lvl>облустук|райондук|шаардык)\s+(?:башкармалыг|бөлүм|болум)\w*)"),
     _named(3, "lvl", "{place} {level} {sector} Department")),
    ("мчс&областн|городск", re.compile(rf"({_NAME}(?:ск|цк)\w+)\s+(?P<lvl>областн|городск)\w+\s+(?:управлени\w+|отдел\w*)\s+"
                       rf"(?P<sector>{_alternatives(_RU_MINISTRIES[:1])})"),
     _named(1, "lvl", "{place} {level} {sector} Department")),
    ("министерства|мвд|гкнб|национальной безопасности&областн|районн|городск", re.compile(rf"({_NAME}(?:ск|цк)\w+)\s+(?P<lvl>областн|районн|городск)\w+\s+(?:управлени\w+|отдел\w*)\s+"
                                rf"(?P<sector>{_alternatives(_RU_MINISTRIES)})"),
     _named(1, "lvl", "{place} {level} {sector} Department")),
    # "управление МЧС по Нарынской области": the whole phrase is the unit, so the ministry inside it is no body of
    # its own ("Партнёром выступило Главное управление МЧС по Баткенской области")
    ("управлени&ской области|скому району", re.compile(rf"(?<!\w)(?:[Гг]лавн\w+\s+)?[Уу]правлени\w*\s+(?P<sector>{_alternatives(_RU_MINISTRIES)})"
                       rf"(?:\s+КР|\s+Кыргызской\s+Республики)?\s+по\s+({_NAME})(?P<lvl>ской\s+области|скому\s+району)"),
     lambda m: _branch_by_region(m)),
    # forestry enterprises (лесхоз, токой чарбасы)
    # a forestry enterprise is named after its district, town or the village it sits in ("Арсланбобского лесхоза",
    # "«Кара-Алма» токой чарбасы")
    ("токой чарба", re.compile(rf"[«\"]?({_NAME})[»\"]?\s+(?:(?P<lvl>райондук|облустук)\s+)?(?:мамлекеттик\s+)?"
                               rf"токой\s+чарба\w*"),
     _named(1, "lvl", "{place} {level} Forestry Enterprise", villages=True)),
    ("лесхоз|лесн", re.compile(rf"({_NAME}(?:ск|цк)\w+)\s+(?:(?P<lvl>районн)\w+\s+)?(?:государственн\w+\s+)?"
                       rf"(?:лесхоз\w*|лесн\w+\s+хозяйств\w*)"),
     _named(1, "lvl", "{place} {level} Forestry Enterprise", villages=True)),
    ("forestry", re.compile(rf"({_NAME})\s+(?:(?P<lvl>[Dd]istrict|[Oo]blast)\s+)?(?:[Ss]tate\s+)?[Ff]orestry\s+[Ee]nterprise"),
     _named(1, "lvl", "{place} {level} Forestry Enterprise")),
    ("leskhoz", re.compile(rf"({_NAME})\s+(?:(?P<lvl>[Dd]istrict)\s+)?[Ll]eskhoz"),
     _named(1, "lvl", "{place} {level} Forestry Enterprise")),
    # family medicine centres named several at once (one is found by ``org_phrases``): "Талас жана Манас
    # райондук үй-бүлөлүк медицина борборлору", "Талас, Манас жана Бакай-Ата райондорунун … борборлорунун"
    ("медицина борборлор", re.compile(
        rf"({_NAME})\s+(?P<lvl>райондук|облустук|шаардык|райондорунун|облустарынын|шаарларынын)\s+"
        rf"[үу]й-б[үу]л[өо]л[үу]к\s+медицина\s+борборлор\w*"),
     _named(1, "lvl", "{place} {level} Family Medicine Centre")),
    ("центры семейной", re.compile(rf"({_NAME}(?:ск|цк)\w+)\s+(?P<lvl>районн|областн|городск)\w+\s+центр\w*\s+семейной\s+медицины"),
     _named(1, "lvl", "{place} {level} Family Medicine Centre")),
)


def _branch_by_region(m: re.Match[str]) -> str | None:
    level = "Oblast" if m.group("lvl").startswith("ской") else "District"
    place = place_name(m.group(m.re.groupindex["lvl"] - 1), _LEVEL_UNITS[level])
    if place is None:
        return None
    return f"{place} {level} {_sector(_RU_MINISTRIES, m.group('sector'))} Department"


_GATED = gated_rules(_RULES)


def branch_bodies(text: str, ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of the regional branches above (``ft``: the folded text)."""
    out: list[tuple[int, int, str]] = []
    for m, name in named_matches(_GATED, text, ft):
        own = "own" in m.re.groupindex
        out.append((m.start("own"), m.end("own"), name) if own else (m.start(), m.end(), name))
        if not own:
            out.extend(listed_before(text, m, name))
    return out + unit_bodies(text, ft)


_STATE_WORD = re.compile(r"мамлекеттик|государственн|\b[Ss]tate\b")


def oblast_administration(m: re.Match[str]) -> str | None:
    """An oblast administration keeps "State" when the text writes it ("облустук мамлекеттик
    администрациясы" → "Talas Oblast State Administration"): the guide translates the words as written."""
    place = place_name(m.group(1), ("oblast",))
    if place is None:
        return None
    return f"{place} Oblast {'State ' if _STATE_WORD.search(m.group(0)) else ''}Administration"
