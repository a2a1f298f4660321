"""Sector departments of local state bodies: the sector and level words and the rules that name a department.

"Талас облустук билим берүү башкармалыгы" → "Talas Oblast Education Department" (the rules in
``govbodies``); here the forms that name the department by an adjective or without a level word:
"Ак-Талинского районного финансового отдела" → "Ak-Talaa District Finance Department",
"Кочкорского отдела поддержки семьи и детей" → "Kochkor Family and Child Support Department"; and
district veterinary stations.  (The Kyrgyz "X райондук мамлекеттик администрациясынын айыл чарба
бөлүмүнүн башчысы" is labelled as the district state administration in 14 texts, as the department in 4
(counted in session 16): it stays the administration.)
The department took part, its owner did not: the longer name wins the overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.reference.govbody_places import place_name
from etl.reference.org_municipal import city_named_before
from etl.text import fold

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"


def _unmarked_too(pattern: str) -> str:
    """A Kyrgyz word pattern that also matches the word typed without its marks (өнүктүрүү as онуктуруу):
    many posts and Telegram channels write ө/ү/ң as о/у/н, and the rules run on the text as written."""
    return pattern.replace("ө", "[өо]").replace("ү", "[үу]").replace("ң", "[ңн]")


SECTORS_KY = tuple((_unmarked_too(p), name) for p, name in (
    # the combined department of many districts, before its parts: "жаштар иштери, дене тарбия жана спорт бөлүмү"
    (r"жаштар\s+иштери,?\s+дене\s+тарбия\s+жана\s+спорт", "Youth Affairs, Physical Culture and Sports"),
    (r"билим\s+берүү", "Education"), (r"саламаттык(?:ты)?\s+сактоо", "Health"), (r"айыл\s+чарбасын\s+өнүктүрүү", "Agricultural Development"),
    (r"айыл\s+чарба", "Agriculture"),
    (r"суу\s+чарба", "Water Management"), (r"социалдык\s+өнүктүрүү", "Social Development"),
    (r"социалдык\s+өнүгүү", "Social Development"),
    (r"социалдык\s+коргоо", "Social Protection"), (r"маданият", "Culture"), (r"жаштар\s+иштери", "Youth Affairs"),
    (r"ички\s+иштер", "Internal Affairs"), (r"финансы", "Finance"), (r"экономика", "Economy"),
    (r"агрардык\s+өнүктүрүү", "Agrarian Development"),
    (r"ветеринардык", "Veterinary"),
    # "Нарын облустук дене тарбия жана спорт башкармалыгы": the state's sports department in every oblast and district
    (r"дене\s+тарбия\s+жана\s+спорт", "Physical Culture and Sports"),
    (r"архитектура\s+жана\s+курулуш", "Architecture and Construction"), (r"архитектура", "Architecture"),
    (r"статистика", "Statistics"), (r"юстиция", "Justice"), (r"жер\s+ресурстары", "Land Resources"),
    (r"үй-бүлөнү\s+жана\s+балдарды\s+колдоо", "Family and Child Support"),
    (r"туризм", "Tourism"), (r"жайыт", "Pasture"), (r"токой\s+чарба", "Forestry"),
    (r"патрулдук\s+милиция", "Patrol Police"),
))
SECTORS_RU = (
    # before "сельского хозяйства": "районное управление развития сельского хозяйства" (an analyst writes it as
    # Kyrgyz "айыл чарбасын өнүктүрүү" is written)
    (r"развития\s+сельского\s+хозяйства", "Agricultural Development"),
    # "отдел по делам молодёжи, физической культуры и спорта": the combined department, before "по делам молодёжи"
    (r"по\s+делам\s+молод[её]жи,?\s+физической\s+культуры\s+и\s+спорта", "Youth Affairs, Physical Culture and Sports"),
    (r"образования", "Education"), (r"здравоохранения", "Health"), (r"сельского\s+хозяйства", "Agriculture"),
    (r"водного\s+хозяйства", "Water Management"), (r"социального\s+развития", "Social Development"),
    (r"социальной\s+защиты", "Social Protection"), (r"культуры", "Culture"),
    (r"по\s+делам\s+молод[её]жи", "Youth Affairs"), (r"внутренних\s+дел", "Internal Affairs"),
    (r"финансов", "Finance"), (r"экономики", "Economy"), (r"аграрного\s+развития", "Agrarian Development"),
    (r"поддержки\s+семьи\s+и\s+детей", "Family and Child Support"),
    # sectors a district or city body takes its name from as a noun in the genitive ("управление ветеринарии",
    # "управление пастбищ", "управление туризма мэрии")
    (r"туризма", "Tourism"), (r"ветеринарии", "Veterinary"), (r"пастбищ", "Pasture"),
    (r"физической\s+культуры\s+и\s+спорта", "Physical Culture and Sports"),
    (r"архитектуры\s+и\s+градостроительства", "Architecture and Urban Planning"),
    (r"архитектуры\s+и\s+строительства", "Architecture and Construction"), (r"статистики", "Statistics"),
    (r"юстиции", "Justice"), (r"по\s+чрезвычайным\s+ситуациям", "Emergency Situations"),
    # the traffic police's city and district units: "Джалал-Абадский городской отдел патрульной милиции"
    (r"патрульной\s+милиции", "Patrol Police"),
)
# the sector as an adjective before the unit: "районный финансовый отдел", "районное сельскохозяйственное управление"
_SECTORS_RU_ADJ = (("финансов", "Finance"), ("сельскохозяйственн", "Agriculture"))
KY_LEVEL = {"облустук": "Oblast", "райондук": "District", "шаардык": "City",
            "облусунун": "Oblast", "районунун": "District", "шаарынын": "City"}
RU_LEVEL = {"областн": "Oblast", "районн": "District", "городск": "City"}
KY_UNIT = {"башкармалыг": "Department", "бөлүм": "Department", "борбор": "Centre"}
RU_UNIT = {"управлени": "Department", "отдел": "Department", "департамент": "Department", "центр": "Centre"}


def alternatives(pairs: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{p})" for p, _ in pairs)


def sector(pairs: tuple[tuple[str, str], ...], words: str) -> str:
    return next(name for p, name in pairs if re.fullmatch(p, words, re.IGNORECASE))


def by_prefix(table: dict[str, str], word: str) -> str:
    low = fold(word)
    return next(v for k, v in table.items() if low.startswith(fold(k)))


def _adjective_ru(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1))
    return f"{place} {by_prefix(RU_LEVEL, m.group(2))} {by_prefix(dict(_SECTORS_RU_ADJ), m.group(3))} Department" \
        if place else None


def _family_support_ru(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1))
    return f"{place} Family and Child Support Department" if place else None


_VET_UNIT = {"станци": "Station", "станция": "Station", "служб": "Service", "кызмат": "Service", "лаборатори": "Laboratory",
             "station": "Station", "service": "Service", "laboratory": "Laboratory"}
_VET_LEVEL = {**RU_LEVEL, **KY_LEVEL, "district": "District", "oblast": "Oblast", "city": "City"}


def _veterinary(m: re.Match[str]) -> str | None:
    """A district's or oblast's veterinary station or service: "Ак-Суйской районной ветеринарной станции"."""
    place = place_name(m.group(1))
    if place is None:
        return None
    return f"{place} {by_prefix(_VET_LEVEL, m.group(2))} Veterinary {by_prefix(_VET_UNIT, m.group(3))}"


def _legal_aid(m: re.Match[str]) -> str | None:
    """A district's centre of state-guaranteed legal aid (the Ministry of Justice's local office)."""
    place = place_name(m.group(1))
    return f"{place} District State Guaranteed Legal Aid Centre" if place else None


def _department_of_named_city(m: re.Match[str]) -> str | None:
    """"Управления социального развития города" with no name after it: the city the text named before."""
    place = city_named_before(m)
    return f"{place} City {sector(SECTORS_RU, m.group(2))} {by_prefix(RU_UNIT, m.group(1))}" if place else None


# (keyword the folded text must hold near the match, pattern, name of the match or None)
DEPARTMENT_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    ("ветеринар", re.compile(rf"({_NAME})ск\w+\s+(районн|областн|городск)\w*\s+ветеринарн\w+\s+"
                             rf"(станци|служб|лаборатори)\w*"), _veterinary),
    ("ветеринар", re.compile(rf"({_NAME})\s+(райондук|облустук|шаардык)\s+ветеринардык\s+(станция|кызмат|лаборатори)\w*"),
     _veterinary),
    ("veterinary", re.compile(rf"({_NAME})\s+([Dd]istrict|[Oo]blast|[Cc]ity)\s+[Vv]eterinary\s+"
                              rf"([Ss]tation|[Ss]ervice|[Ll]aboratory)"), _veterinary),
    # a district's or city's, not an oblast's: "бывший начальник областного финансового управления" is a trainer's past
    *((keyword, re.compile(rf"({_NAME})ск\w+\s+(районн|городск)\w*\s+(финансов|сельскохозяйственн)\w*\s+"
                           rf"(?:отдел|управлени)\w*"), _adjective_ru) for keyword in ("отдел", "управлени")),
    # "Ак-Талаа райондук мамлекеттик кепилденген юридикалык жардам борбору", "Ак-Талинский районный центр
    # гарантированной государством юридической помощи"
    ("юридикалык", re.compile(rf"({_NAME})\s+райондук\s+мамлекеттик\s+кепилденген\s+юридикалык\s+жардам\s+борбор\w*"),
     _legal_aid),
    ("юридической", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+центр\w*\s+гарантированной\s+государством\s+"
                               rf"юридической\s+помощи"), _legal_aid),
    # no level word: "Сулюктинского отдела поддержки семьи и детей"
    ("поддержки", re.compile(rf"({_NAME})ск\w+\s+(?:отдел|управлени)\w*\s+поддержки\s+семьи\s+и\s+детей"),
     _family_support_ru),
    *((keyword, re.compile(rf"((?<!\w)[Уу]правлени\w*|(?<!\w)[Оо]тдел\w*|(?<!\w)[Дд]епартамент\w*)\s+"
                           rf"({alternatives(SECTORS_RU)})\s+(?:мэрии\s+)?города(?!\s*(?:[A-ZА-ЯЁӨҮҢ]|г\.))"),
       _department_of_named_city) for keyword in ("управлени", "отдел", "департамент")),
)
