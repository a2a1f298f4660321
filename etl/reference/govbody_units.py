"""District, city and oblast units of national services named by their short forms and set phrases.

Every national service has a unit in each district, city and oblast, and reports name the unit, not the
service: "Сузакского РОВД" is the Suzak district police ("Suzak District Internal Affairs Department"),
"Ноокатского РайОНО" the district education department, "ЦСМ Ак-Суйского, Джети-Огузского и Тюпского
районов" three district family medicine centres, "Управление социального развития по Ноокатскому району"
the Nookat district's department, "Джалал-Абадская городская ТИК" and "Жалал-Абад шаардык аймактык шайлоо
комиссиясы" the city's territorial election commission.  An analyst names each after its place and level
("Jalal-Abad City Territorial Election Commission"), as the labelling guide writes descriptive names.
A city council written without its city ("представители мэрии, городского кенеша") is the council of the
city the text just named, as "мэрия города" is its city hall.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gates import gated_rules, named_matches
from etl.reference.govbody_departments import SECTORS_KY, SECTORS_RU, alternatives, by_prefix, sector
from etl.reference.govbody_places import place_name
from etl.reference.govbody_sanitary import SANITARY_RULES
from etl.reference.org_municipal import city_named_before

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_LEVEL_UNITS = {"Oblast": ("oblast",), "District": ("rayon",), "City": ("city", "town")}
_RU_LEVEL = {"областн": "Oblast", "районн": "District", "городск": "City", "област": "Oblast", "район": "District",
             "город": "City", "г.": "City"}
# a short form and the body it names; a level the short form itself says (Р- district, Г- city, обл- oblast)
_ABBREVIATIONS = (
    (r"РОВД", "Internal Affairs Department", "District"), (r"ГОВД", "Internal Affairs Department", "City"),
    (r"ГУВД", "Main Department of Internal Affairs", ""), (r"УВД|ОВД", "Internal Affairs Department", ""),
    (r"Р[Оо]ОНО|Р[Аа][Йй]ОНО|[Рр]айОНО|РОО", "Education Department", "District"),
    (r"Г[Оо][Рр]ОНО|[Гг]орОНО|ГОО", "Education Department", "City"), (r"[Оо]блОНО", "Education Department", "Oblast"),
    (r"ТИК", "Territorial Election Commission", ""), (r"ЦСМ", "Family Medicine Centre", ""),
    (r"ЦОВП", "General Practice Centre", ""),
)
_ABBR = "|".join(f"(?:{p})" for p, _, _ in _ABBREVIATIONS)
_ADJ = rf"{_NAME}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)"


def _body(abbr: str) -> tuple[str, str]:
    return next((body, level) for p, body, level in _ABBREVIATIONS if re.fullmatch(p, abbr))


def _named(written: str, level: str, body: str) -> str | None:
    place = place_name(written, _LEVEL_UNITS.get(level, ("rayon", "city", "town", "oblast")))
    if place is None:
        return None
    return f"{place} {level} {body}".replace("  ", " ") if level else f"{place} {body}"


def _abbreviation_after_place(m: re.Match[str]) -> str | None:
    """"Сузакского РОВД", "Джалал-Абадской городской ТИК", "Ошского ГУВД": the place's adjective first."""
    body, own_level = _body(m.group("abbr"))
    level = by_prefix(_RU_LEVEL, m.group("lvl")) if m.group("lvl") else own_level
    if not level:
        # a bare "Ошского ОВД" or "Ошской ТИК" may be the city's or the district's: only a district's
        # centre and police are named so often enough to read it as the district's
        if body not in ("Family Medicine Centre", "Internal Affairs Department"):
            return None
        # "Кара-Балтинский ЦСМ", "Ошского ОВД": a town that is no district's centre is the city's
        return _named(m.group("place"), "District", body) or _named(m.group("place"), "City", body)
    return _named(m.group("place"), level, body)


def _abbreviation_before_place(m: re.Match[str]) -> str | None:
    """"УВД Ошской области", "ТИК города Джалал-Абад", "РОВД Сузакского района"."""
    body, own_level = _body(m.group("abbr"))
    if m.group("city"):
        place = place_name(m.group("city"), ("city", "town"), genitive=True)
        return f"{place} City {body}" if place else None
    level = by_prefix(_RU_LEVEL, m.group("lvl"))
    if own_level and own_level != level:
        return None  # "РОВД Ошской области" is no unit of the oblast
    return _named(m.group("place"), level, body)


_ITEM = re.compile(_ADJ)


def _listed(m: re.Match[str], name: str) -> list[tuple[int, int, str]]:
    """"ЦСМ Ак-Суйского, Джети-Огузского и Тюпского районов": one body per adjective before the plural; each
    its own span (the first from the short form on, the last to the level word), so none overlaps another."""
    if not m.group("list"):
        return [(m.start(), m.end(), name)]
    own = place_name(m.group("place"), _LEVEL_UNITS[by_prefix(_RU_LEVEL, m.group("lvl"))])
    out: list[tuple[int, int, str]] = []
    for item in _ITEM.finditer(m.string, m.start("list"), m.end("list")):
        if name.endswith("Administration") or " Administration of " in name:
            stem = _ADJ_STEM.fullmatch(item.group())
            listed = _district_administration_of(stem) if stem else None
            if listed is None:
                return [(m.start(), m.end(), name)]
            out.append((item.start() if out else m.start(), item.end(), listed))
            continue
        other = place_name(item.group(), _LEVEL_UNITS[by_prefix(_RU_LEVEL, m.group("lvl"))])
        if other is None or own is None:
            return [(m.start(), m.end(), name)]
        out.append((item.start() if out else m.start(), item.end(), name.replace(own, other, 1)))
    return [*out, (m.start("place"), m.end(), name)]


def _family_medicine(m: re.Match[str]) -> str | None:
    level = by_prefix(_RU_LEVEL | {"райондук": "District", "шаардык": "City", "облустук": "Oblast"}, m.group("lvl"))
    return _named(m.group("place"), level, "Family Medicine Centre")


def _ky_police(m: re.Match[str]) -> str | None:
    level = {"Р": "District", "Ш": "City", "О": "Oblast"}[m.group("abbr")[0]]
    return _named(m.group("place"), level, "Internal Affairs Department")


_ADJ_STEM = re.compile(rf"({_NAME})(?:ск|цк)\w+")


def _district_administration(m: re.Match[str]) -> str | None:
    """A rayon's state administration, or a Bishkek or Osh city district's administration."""
    stem = _ADJ_STEM.fullmatch(m.group("place"))
    return _district_administration_of(stem) if stem else None


def _district_administration_of(stem: re.Match[str]) -> str | None:
    from etl.reference.govbodies import district_admin_ru

    return district_admin_ru(stem)


def _treasury(m: re.Match[str]) -> str | None:
    level = by_prefix(_RU_LEVEL | {"райондук": "District", "шаардык": "City", "облустук": "Oblast"}, m.group("lvl"))
    return _named(m.group("place"), level, "Treasury Office")


_PLACE_BEFORE = {
    "District": re.compile(rf"({_NAME})\s+(?:райондук|район[уы]\w*)|({_NAME})(?:ск|цк)\w+\s+район\w*"),
    "Oblast": re.compile(rf"({_NAME})\s+(?:облустук|облус\w*)|({_NAME})(?:ск|цк)\w+\s+област\w*"),
}
_KY_SECTOR = (("зг", "Emergency Situations"), ("айыл", "Agriculture"), ("билим", "Education"),
              ("саламат", "Health"), ("ички", "Internal Affairs"))


def _ministry_unit_of_named_place(m: re.Match[str]) -> str | None:
    """The unit of the district or oblast the text named last before it (within 300 characters)."""
    level = "District" if m.group("lvl").lower().startswith("район") else "Oblast"
    for found in reversed(list(_PLACE_BEFORE[level].finditer(m.string, max(0, m.start() - 300), m.start()))):
        place = place_name(found.group(1) or found.group(2), _LEVEL_UNITS[level])
        if place:
            sector_name = next(name for key, name in _KY_SECTOR if key in m.group("sector").lower())
            return f"{place} {level} {sector_name} Department"
    return None


def _ky_department_for_region(m: re.Match[str]) -> str | None:
    level = {"облусу": "Oblast", "району": "District", "шаары": "City"}[m.group("lvl").lower()]
    return _named(m.group("place"), level, f"{sector(SECTORS_KY, m.group('sector'))} Department")


def _envoy(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1).title(), ("oblast",))
    return f"Office of the Presidential Envoy in {place} Oblast" if place else None


def _sector_by_region(m: re.Match[str]) -> str | None:
    """"Управление социального развития по Ноокатскому району": the sector department of that district."""
    level = "Oblast" if m.group("lvl").startswith("ской") else "District"
    place = place_name(m.group(3), _LEVEL_UNITS[level])
    if place is None:
        return None
    unit = "Main Department" if m.group(1).lower().startswith("главн") else "Department"
    return f"{place} {level} {sector(SECTORS_RU, m.group(2))} {unit}"


def _election_commission(m: re.Match[str]) -> str | None:
    level = {"шаардык": "City", "райондук": "District", "облустук": "Oblast"}.get(m.group(2).lower())
    if level is None:
        level = by_prefix(_RU_LEVEL | {"city": "City", "district": "District", "town": "City", "oblast": "Oblast"},
                          m.group(2).lower())
    return _named(m.group(1), level, "Territorial Election Commission")


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


# the council's people named as taking part: "представители мэрии, городского кенеша", "шаардык кеңештин
# өкүлдөрү"; its deputies alone ("депутаты городского кенеша") or the council a resolution goes to are not the
# body taking part, as the labels count them
_PEOPLE_BEFORE = re.compile(r"(?:представител|сотрудник|специалист|руководител)\w*\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:[өо]к[үу]л|кызматкер|адис|жетекчи)\w*")


def _council_of_named_city(m: re.Match[str]) -> str | None:
    """"городского кенеша" with no city before it: the council of the city the text named last."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if before is not None and before.group(1)[:1].isupper() and place_name(before.group(1)) is not None:
        return None  # "Ошского городского кенеша", "Ош шаардык кеңеши": the rules that read the place name it
    if _PEOPLE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is None \
            and _PEOPLE_AFTER.match(m.string, m.end()) is None:
        return None
    place = city_named_before(m)
    return f"{place} City Council" if place else None


# the short forms' letters in the folded text (lower case): a text without any never runs their rules
_ABBR_GATE = "овд|увд|оно|роо|гоо|тик|цсм|цовп"
_PO = r"(?:\s+КР|\s+Кыргызской\s+Республики)?\s+по\s+"
# (keyword the folded text must hold near the match, pattern, name of the match or None)
UNIT_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (_ABBR_GATE, re.compile(rf"(?P<place>{_ADJ})\s+(?:(?P<lvl>районн|городск|областн)\w*\s+)?(?:территориальн\w+\s+)?"
                            rf"(?P<abbr>{_ABBR})(?![\w«])"), _abbreviation_after_place),
    (_ABBR_GATE, re.compile(rf"(?<![\w-])(?P<abbr>{_ABBR})\s+(?:(?:города|г\.)\s*(?P<city>{_NAME})|"
                            rf"(?P<list>(?:{_ADJ}\s*,\s*)*(?:{_ADJ}\s+и\s+)?)(?P<place>{_ADJ})\s+"
                            rf"(?P<lvl>района|районов|области|областей))"), _abbreviation_before_place),
    # Kyrgyz short forms after the place: "Сузак РИИБ" (райондук ички иштер бөлүмү), "Ош ШИИБ" (шаардык …)
    ("рииб|шииб|оииб", re.compile(rf"(?P<place>{_NAME})\s+(?P<abbr>РИИБ|ШИИБ|ОИИБ)(?![А-ЯӨҮҢ])"), _ky_police),
    # the sector department of a district or oblast named with "по": "Главное управление образования по Ошской
    # области", "отдел социального развития по Ноокатскому району"
    ("управлени|отдел|департамент&скому району|ской области", re.compile(
        rf"((?<!\w)(?:[Гг]лавн\w+\s+)?(?:[Уу]правлени\w*|[Оо]тдел\w*|[Дд]епартамент\w*))\s+"
        rf"({alternatives(SECTORS_RU)}){_PO}({_NAME})(?P<lvl>ской\s+области|скому\s+району)"), _sector_by_region),
    # a district's, city's or oblast's family medicine centre named in full, whatever follows it ("специалисты
    # Кадамжайского районного центра семейной медицины по оказанию первой помощи"); a numbered one is the
    # descriptive reader's ("Нарынский городской центр семейной медицины №2")
    ("семейной медицины", re.compile(rf"(?P<place>{_ADJ})\s+(?P<lvl>районн|городск|областн)\w*\s+центр\w*\s+"
                                     rf"семейной\s+медицины(?!\s*№)"), _family_medicine),
    ("медицина борбор", re.compile(rf"(?P<place>{_NAME})\s+(?P<lvl>райондук|шаардык|облустук)\s+[үу]й-б[үу]л[өо]л[үу]к\s+"
                                   rf"медицина\s+борбор\w*(?!\s*№)"), _family_medicine),
    # the envoy's office as its letterhead writes it, in capitals, and with the spelling "ыйгарымдуу": "КЫРГЫЗ
    # РЕСПУБЛИКАСЫНЫН ПРЕЗИДЕНТИНИН БАТКЕН ОБЛУСУНДАГЫ ЫЙГАРЫМДУУ ӨКҮЛҮНҮН …", "ПОЛНОМОЧНОЕ ПРЕДСТАВИТЕЛЬСТВО
    # ПРЕЗИДЕНТА КЫРГЫЗСКОЙ РЕСПУБЛИКИ В БАТКЕНСКОЙ ОБЛАСТИ"
    ("ыйгарымдуу", re.compile(r"(?i:([\w-]+)\s+облусундагы\s+ыйгарымдуу\s+[өо]к[үу]л\w*)"), _envoy),
    ("представительств", re.compile(
        r"(?i:полномочн\w+\s+представительств\w*\s+президента\s+(?:кыргызской\s+республики\s+|кр\s+)?"
        r"в\s+([\w-]+?)(?:ск|цк)ой\s+области)"), _envoy),
    # the Finance Ministry's treasury in each oblast and district: "Баткен облустук казыналыгы", "Ноокатское районное
    # казначейство" (the labels' "Batken Oblast Treasury Office")
    ("казынал", re.compile(rf"(?P<place>{_NAME})\s+(?P<lvl>облустук|райондук|шаардык)\s+казыналы[гк]\w*"), _treasury),
    ("казначейств", re.compile(rf"(?P<place>{_ADJ})\s+(?P<lvl>областн|районн|городск)\w*\s+казначейств\w*"), _treasury),
    # a ministry's district or oblast unit named without its place, after the text has named it ("Токтогул
    # райондук мамлекеттик администрациясынын, Өзгөчө кырдаалдар министрлигинин райондук бөлүмүнүн …")
    ("министрлигинин", re.compile(r"(?P<sector>(?i:[өо]зг[өо]ч[өо]\s+кырдаалдар|айыл\s+чарба|билим\s+бер[үу][үу]|"
                                  r"саламаттыкты\s+сактоо|ички\s+иштер))\s+министрлигинин\s+"
                                  r"(?P<lvl>райондук|облустук)\s+(?:башкармалыг|б[өо]л[үу]м)\w*"), _ministry_unit_of_named_place),
    # the Kyrgyz "for the oblast" form: "Талас облусу боюнча Айыл чарба министрлигинин токой чарба башкармалыгы",
    # "Ош облусу боюнча билим берүү башкармалыгы"
    ("боюнча", re.compile(rf"(?P<place>{_NAME})\s+(?P<lvl>облусу|району|шаары)\s+боюнча\s+(?:(?:[\w-]+,?\s+){{1,5}}?"
                          rf"министрлигинин\s+)?(?P<sector>{alternatives(SECTORS_KY)})\s+(?:башкармалыг|б[өо]л[үу]м)\w*"),
     _ky_department_for_region),
    # several district administrations at once: "администраций Ленинского, Октябрьского и Свердловского районов"
    ("администрац", re.compile(rf"(?<![\w-])[Аа]дминистраци(?:й|ями|ям|ях|и)\s+(?P<list>(?:{_ADJ}\s*,\s*)*(?:{_ADJ}\s+и\s+))"
                               rf"(?P<place>{_ADJ})\s+(?P<lvl>районов)"), _district_administration),
    # the territorial election commission: "Джалал-Абадская городская территориальная избирательная комиссия",
    # "Ош шаардык аймактык шайлоо комиссиясы", "шайлоо жана референдум өткөрүү боюнча Ош шаардык аймактык
    # комиссиясы", "the Osh City Territorial Election Commission"
    ("избирательн", re.compile(rf"({_NAME})(?:ск|цк)\w+\s+(городск|районн|областн)\w+\s+территориальн\w+\s+"
                               rf"избирательн\w+\s+комисси\w*"), _election_commission),
    ("комиссия", re.compile(rf"({_NAME})\s+(шаардык|райондук|облустук)\s+аймактык\s+(?:шайлоо\s+)?комиссия\w*"),
     _election_commission),
    ("commission", re.compile(rf"({_NAME})\s+(City|District|Town|Oblast)\s+(?:Territorial\s+)?Election\s+Commission"),
     _election_commission),
    # a city council the text names without its city, after naming the city ("в мэрии города Ош …
    # представители мэрии, городского кенеша")
    ("кенеш", re.compile(r"(?<![\w-])(?:городск(?:ой|ого|ому|им|ом)\s+[Кк]ене[шж]\w*|шаардык\s+[Кк]е[ңн]еш(?!ме)\w*)"),
     _council_of_named_city),
)


_GATED = gated_rules(UNIT_RULES + SANITARY_RULES)


def unit_bodies(text: str, ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of the units above (``ft``: the folded text)."""
    out: list[tuple[int, int, str]] = []
    for m, name in named_matches(_GATED, text, ft):
        out.extend(_listed(m, name) if "list" in m.re.groupindex else [(m.start(), m.end(), name)])
    return out
