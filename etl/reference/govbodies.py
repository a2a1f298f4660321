"""State and local-government bodies named after their place, in Kyrgyz, Russian and English.

"Кара-Булак айыл өкмөтү" → "Kara-Bulak ayil okmotu", "Сузак райондук мамлекеттик
администрациясы" → "Suzak District State Administration", "мэрия города Нарын" → "Naryn City
Hall", "Талас облустук билим берүү башкармалыгы" → "Talas Oblast Education Department",
"глава администрации Свердловского района" → "Sverdlovsky District Administration of Bishkek".
The place must be in the gazetteer (an ayil okmotu written in Kyrgyz may also be an ayil aimak
renamed after the SOATE copy).  Rayon names are spelled from their Kyrgyz name
(Тоң → Ton, Чоң-Алай → Chon-Alay), cities and oblasts by their English name (Kyzyl-Kiya, Issyk-Kul).

Each pattern holds a keyword; it runs only in windows around that keyword's occurrences in the
folded text, so a document without "окмот" never tries the ayil okmotu patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from etl.reference.govbody_branches import oblast_administration
from etl.reference.govbody_courts import COURT_RULES
from etl.reference.govbody_departments import (
    DEPARTMENT_RULES,
    KY_LEVEL,
    KY_UNIT,
    RU_LEVEL,
    RU_UNIT,
    SECTORS_KY,
    SECTORS_RU,
    alternatives,
    by_prefix,
    sector,
)
from etl.reference.govbody_lists import (
    KY_CASE_END,
    NOT_NAMES,
    ayil_okmotu_name,
    english_okmotus,
    listed_before,
    listed_city_halls,
)
from etl.reference.govbody_places import HIGH, LOW, RU_ADJ_END, english, place_name, simple_name
from etl.reference.govbody_unnamed_okmotu import UNNAMED_HEAD, okmotu_of_named_aimak
from etl.reference.org_municipal import CITY_HALL_UNNAMED, CITY_MAYOR_UNNAMED, city_hall_of_named_city
from etl.reference.scan import SCANNER, windows
from etl.reference.translit import ky_variants, to_latin

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁӨҮҢ]\.\s*$")

@dataclass(frozen=True, slots=True)
class _Rule:
    keyword: str  # folded; the pattern runs only near its occurrences
    pattern: re.Pattern[str]
    name: Callable[[re.Match[str]], str | None]
    # A literal part every match contains: a window without it is skipped in one C search (the
    # rule patterns open with a name or a word and cost far more when tried at every position).
    core: re.Pattern[str] | None = None


_KENESH_NAME = simple_name("{} Ayil Kenesh", LOW + HIGH)
_DEPUTIES_OF = re.compile(r"(?:депутат|депутаттар)\w*\s+(?:\w+\s+)?$", re.IGNORECASE)


def _ayil_kenesh(m: re.Match[str]) -> str | None:
    """The council as a body (its session, its decision); "5 депутатов Петровского айылного кенеша"
    are its members present in person, which the labels do not count as the body taking part."""
    if _DEPUTIES_OF.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return _KENESH_NAME(m)


def _ayil_okmotu(m: re.Match[str]) -> str | None:
    written = m.group(1)
    if written.lower() in NOT_NAMES:
        return None  # "Эми айыл өкмөтү жер берди" (now the ayil okmotu gave land), «Мыкты айыл өкмөтү» (the best)
    if place_name(written, LOW + HIGH) is None:
        # "башчысы Мирлан Эргешов айыл өкмөтү …": a surname after a given name, then the body as the next
        # clause's subject; an ayil aimak renamed after SOATE is named alone, never after another capital
        if _named_before(m) or _VERBAL_NOUN.fullmatch(written):
            return None  # "Тааныштыруу айыл өкмөтүнүн залында болду": the event (a verbal noun) opens the sentence
    return ayil_okmotu_name(written, m.group(0))


_WORD_BEFORE = re.compile(r"([\w-]+)[^\S\n]+$")
_VERBAL_NOUN = re.compile(r"[А-ЯӨҮҢ][а-яөүң]{3,}(?:уу|үү|оо|өө)")
_HEAD_WORD = re.compile(r"(?i)глав\w*|аким\w*|башчы\w*|руковод\w*|председател\w*|töraga|торага\w*")


def _named_before(m: re.Match[str]) -> bool:
    """A capitalised word right before the match that is no head's title ("глава", "башчысы"): a name."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    return before is not None and before.group(1)[:1].isupper() and not _HEAD_WORD.fullmatch(before.group(1))


def _known_ayil_okmotu(m: re.Match[str]) -> str | None:
    if _named_before(m):
        return None  # "Кара-Суу айыл өкмөтү Жаңы-Жер айылында": the name before is the body's
    written = m.group(1)
    if RU_ADJ_END.search(written) or KY_CASE_END.search(written):
        return None  # "14 айыл окмоту Сузакского района": a district's adjective, no ayil okmotu's name
    place = place_name(written, LOW)
    return f"{place} ayil okmotu" if place else None


def _department_ky(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1))
    if place is None:
        return None
    return (f"{place} {KY_LEVEL[m.group(2).lower()]} {sector(SECTORS_KY, m.group(3))} "
            f"{by_prefix(KY_UNIT, m.group(4))}")


def _department_ru_adj(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1))
    if place is None:
        return None
    return (f"{place} {by_prefix(RU_LEVEL, m.group(2))} {sector(SECTORS_RU, m.group(4))} "
            f"{by_prefix(RU_UNIT, m.group(3))}")


def _department_ru_gen(m: re.Match[str]) -> str | None:
    written, level = (m.group(3), "Oblast") if m.group(3) else (m.group(4), "District")
    place = place_name(written)
    if place is None:
        return None
    return f"{place} {level} {sector(SECTORS_RU, m.group(2))} {by_prefix(RU_UNIT, m.group(1))}"


def _department_en(m: re.Match[str]) -> str | None:
    place = place_name(m.group(1))
    if place is None:
        return None
    return f"{place} {m.group(2).title()} {m.group(3)} {'Centre' if m.group(4) == 'Center' else m.group(4)}"


def _department_ru_city(m: re.Match[str]) -> str | None:
    place = place_name(m.group(3), ("city", "town")) if m.group(3) else \
        place_name(m.group(4), ("city", "town"), genitive=True)
    if place is None:
        return None
    return f"{place} City {sector(SECTORS_RU, m.group(2))} {by_prefix(RU_UNIT, m.group(1))}"


def district_admin_ru(m: re.Match[str]) -> str | None:
    """"администрация Свердловского района" is a Bishkek city district's; elsewhere a rayon's."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    for key in sorted(ky_variants(m.group(1))):
        for uid, kind in gaz.keys.get(key, []):
            unit = gaz.units[uid]
            if unit.level == "city_district" and kind == "adj" and unit.parent:
                return f"{to_latin(m.group(1))}sky District Administration of {english(unit.parent)}"
    place = place_name(m.group(1), ("rayon",))
    return f"{place} District State Administration" if place else None


def _district_admin_en(m: re.Match[str]) -> str | None:
    """"the Oktyabrsky District Administration": a Bishkek city district's by its Russian adjective; else a rayon's."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    written = m.group(1)
    if re.search(r"sk(?:y|iy|ii|i)$", written):
        for unit in gaz.units.values():
            if unit.level == "city_district" and unit.parent and written.lower().startswith(unit.name.lower()[:5]):
                return f"{to_latin(unit.name_ru.split()[0][:-4])}sky District Administration of {english(unit.parent)}"
    return simple_name("{} District State Administration")(m)


_OBLAST_BEFORE = re.compile(rf"({_NAME})\s+облус\w*|({_NAME})(?:ск|цк)\w+\s+област\w*")


def _envoy_of_named_oblast(m: re.Match[str]) -> str | None:
    """The envoy "in the oblast" is the envoy of the oblast the text named last before (within 400
    characters): "Нарын облусуна иш сапары менен барды. Элчи облустагы ыйгарым укуктуу өкүлдүн …"."""
    named = list(_OBLAST_BEFORE.finditer(m.string, max(0, m.start() - 400), m.start()))
    for found in reversed(named):
        place = place_name(found.group(1) or found.group(2), ("oblast",))
        if place:
            return f"Office of the Presidential Envoy in {place} Oblast"
    return None


_KY_SECTOR_UNITS = r"(башкармалыг\w*|б[өо]л[үу]м\w*|борбор\w*)"
_RULES: tuple[_Rule, ...] = (
    _Rule("окмот", re.compile(rf"({_NAME})\s+айыл(?:дык)?\s+[өо]км[өо]т\w*"), _ayil_okmotu),
    _Rule("окмот", re.compile(rf"({_NAME})ск\w+\s+айыл\w*\s+окмот\w*"), _ayil_okmotu),
    # The ayil okmotu through its head or its short form: "Ак-Суу айыл аймагынын башчысы",
    # "глава Ак-Суйского айылного аймака", "Ак-Суйского АО", "Ак-Суу АӨ".
    # "глава айыл окмоту Ак-Суу": the place after; a capitalized word after it makes it a person's name
    _Rule("окмот", re.compile(rf"(?<![\w-])айыл\w*\s+[өо]км[өо]т[уү]\s+«?({_NAME})»?(?!\s+[A-ZА-ЯЁӨҮҢ])"),
          lambda m: _known_ayil_okmotu(m)),
    _Rule("аймаг", re.compile(rf"({_NAME})\s+айыл\s+аймагынын\s+башчы\w*"), _ayil_okmotu),
    _Rule("аймак", re.compile(rf"[Гг]лав\w+\s+({_NAME})ск\w+\s+айыльн\w+\s+аймак\w*"), _ayil_okmotu),
    # the okmotu named by its aimak: "Айыл окмоту Тюпского айылного аймака", "Тюп айыл аймагынын айыл өкмөтү"
    _Rule("аймак", re.compile(rf"(?<![\w-])[Аа]йыл\s+окмот\w*\s+({_NAME})(?:ск|цк)\w+\s+айыл[ьн]\w+\s+аймак\w*"),
          _ayil_okmotu),
    _Rule("аймаг", re.compile(rf"({_NAME})\s+айыл\s+аймагынын\s+айыл\s+[өо]км[өо]т\w*"), _ayil_okmotu),
    _Rule("ао", re.compile(rf"({_NAME})ск\w+\s+АО(?![\w«\"])(?!\s*[«\"])"), _ayil_okmotu),
    _Rule("ао", re.compile(rf"({_NAME})\s+АӨ(?:[а-яөүң]{{0,5}})(?!\w)"), _ayil_okmotu),
    _Rule("okmot", re.compile(rf"({_NAME})\s+(?:ayil|aiyl|aiyl)\s+okmotu\b"), _ayil_okmotu),
    _Rule("администрац", re.compile(rf"({_NAME})\s+райондук\s+мамлекеттик\s+администрация\w*"),
          simple_name("{} District State Administration")),
    _Rule("администрац", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+государственн\w+\s+администраци\w*"),
          simple_name("{} District State Administration")),
    _Rule("рга", re.compile(rf"({_NAME})ск\w+\s+РГА\b"), simple_name("{} District State Administration")),
    # district and city police and emergency services by their abbreviations (Чон-Алайский районный ОВД)
    _Rule("овд", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+(?:ОВД|УВД)\b"),
          simple_name("{} District Internal Affairs Department")),
    _Rule("овд", re.compile(rf"({_NAME})ск\w+\s+городск\w+\s+(?:ОВД|УВД)\b"),
          simple_name("{} City Internal Affairs Department", ("city", "town"))),
    # "районная служба МЧС" is the same district office under its other name
    _Rule("мчс", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+(?:управлени\w+|отдел\w*|служб\w+)\s+МЧС\b"),
          simple_name("{} District Emergency Situations Department")),
    # the ayil kenesh, the council beside the ayil okmotu (Кара-Булакский айылный кенеш, Кара-Булак айылдык кеңеши)
    _Rule("кенеш", re.compile(rf"({_NAME})ск\w+\s+айыл[ьн]\w+\s+кенеш\w*"), _ayil_kenesh),
    _Rule("кенеш", re.compile(rf"({_NAME})\s+айыл(?:дык)?\s+ке[ңн]еш\w*"), _ayil_kenesh),
    _Rule("kenesh", re.compile(rf"({_NAME})\s+(?:[Aa]yil|[Aa]iyl)\s+[Kk]enesh(?!\w)"), _ayil_kenesh),  # English texts
    # the council named right after its ayil okmotu takes the okmotu's name: "Авлетим айыл өкмөтү жана
    # айылдык кеңеш", "Авлетимский айыл окмоту и айылный кенеш" (the span is the council's words only)
    _Rule("кенеш", re.compile(rf"({_NAME})\s+айыл\s+[өо]км[өо]т\w*\s+(?:жана|менен)\s+(?P<own>айыл\w*\s+ке[ңн]еш\w*)"),
          _ayil_kenesh),
    _Rule("кенеш", re.compile(rf"({_NAME})ск\w+\s+айыл\w*\s+[өо]км[өо]т\w*\s+и\s+(?P<own>айыл[ьн]\w+\s+кенеш\w*)"),
          _ayil_kenesh),
    # the one-word short form the press writes: "Алайской райгосадминистрации", "Ак-Суйская райгосадминистрация"
    _Rule("райгосадминистрац", re.compile(rf"({_NAME})ск\w+\s+райгосадминистраци\w*"),
          simple_name("{} District State Administration")),
    _Rule("райадминистрац", re.compile(rf"({_NAME})ск\w+\s+райадминистраци\w*"),
          simple_name("{} District State Administration")),
    # the news-agency short form: "глава Ноокенской районной госадминистрации"
    _Rule("госадминистрац", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+госадминистраци\w*"),
          simple_name("{} District State Administration")),
    _Rule("рма", re.compile(rf"({_NAME})\s+РМА(?:[а-яөүң]{{0,5}})(?!\w)"), simple_name("{} District State Administration")),
    _Rule("акимчили", re.compile(rf"({_NAME})\s+(?:райондук|районунун)\s+акимчилиг\w*"),
          simple_name("{} District State Administration")),
    _Rule("администрац", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+администраци\w*"),
          simple_name("{} District State Administration")),
    _Rule("administration", re.compile(rf"({_NAME})\s+[Dd]istrict\s+(?:[Ss]tate\s+)?[Aa]dministration"),
          _district_admin_en),
    _Rule("мэри", re.compile(rf"({_NAME})\s+шаардык\s+мэрия\w*"), simple_name("{} City Hall")),
    _Rule("council", re.compile(rf"({_NAME})\s+(?:[Cc]ity|[Tt]own)\s+[Cc]ouncil"), simple_name("{} City Council")),
    # the police as English texts name it: "the Karakol city police department"
    _Rule("police", re.compile(rf"({_NAME})\s+[Cc]ity\s+[Pp]olice\s+[Dd]epartment"),
          simple_name("{} City Internal Affairs Department")),
    _Rule("police", re.compile(rf"({_NAME})\s+[Dd]istrict\s+[Pp]olice\s+[Dd]epartment"),
          simple_name("{} District Internal Affairs Department")),
    _Rule("administration", re.compile(rf"({_NAME})\s+[Oo]blast\s+(?:[Ss]tate\s+)?[Aa]dministration"),
          oblast_administration),
    # and in Kyrgyz and Russian: "Нарын облустук администрациясы", "Нарынская областная администрация",
    # "администрация Таласской области"
    _Rule("администрац", re.compile(rf"({_NAME})\s+облустук\s+(?:мамлекеттик\s+)?администрация\w*"),
          oblast_administration),
    _Rule("администрац", re.compile(rf"({_NAME})(?:ск|цк)\w+\s+областн\w+\s+(?:государственн\w+\s+)?администраци\w*"),
          oblast_administration),
    _Rule("администрац", re.compile(rf"(?<![\w-])[Аа]дминистраци\w+\s+({_NAME})(?:ск|цк)ой\s+области"),
          oblast_administration),
    # "Ошской городской мэрии": the city as an adjective
    _Rule("мэри", re.compile(rf"({_NAME})ск\w+\s+городск\w+\s+мэри\w*"), simple_name("{} City Hall", ("city", "town"))),
    _Rule("hall", re.compile(rf"({_NAME})\s+[Cc]ity\s+[Hh]all"), simple_name("{} City Hall")),
    _Rule("аким", re.compile(rf"[Аа]ким\w*\s+({_NAME})ского\s+района"), simple_name("{} District State Administration")),
    _Rule("глав", re.compile(rf"[Гг]лав\w+\s+({_NAME})ского\s+района"), simple_name("{} District State Administration")),
    _Rule("администрац", re.compile(rf"администраци\w+\s+({_NAME})ского\s+района"), district_admin_ru),
    _Rule("аким", re.compile(rf"({_NAME})\s+районунун\s+акими\w*"), simple_name("{} District State Administration")),
    _Rule("мэри", re.compile(rf"({_NAME})\s+шаарынын\s+(?:вице-)?мэри\w*"), simple_name("{} City Hall")),
    # The body through its head: "мэр города Каракол", "вице-мэр Оша", "Каракол шаарынын мэри" (above).
    _Rule("мэр", re.compile(rf"(?<![\w-])(?:[Вв]ице-)?[Мм]эр(?:а|у|ом|е)?\s+(?:города\s+|г\.\s*)({_NAME})"),
          simple_name("{} City Hall", ("city", "town"))),
    _Rule("мэр", re.compile(rf"(?<![\w-])(?:[Вв]ице-)?[Мм]эр(?:а|у|ом|е)?\s+({_NAME})"),
          simple_name("{} City Hall", ("city", "town"), genitive=True)),
    _Rule("mayor", re.compile(rf"(?:[Vv]ice-)?[Mm]ayor\s+of\s+({_NAME})"), simple_name("{} City Hall", ("city", "town"))),
    # the district through its head in English: "the akim of Manas district", "the Kochkor District akim"
    _Rule("akim", re.compile(rf"(?:[Dd]eputy\s+)?[Aa]kim\s+of\s+(?:the\s+)?({_NAME})\s+[Dd]istrict"),
          simple_name("{} District State Administration")),
    _Rule("akim", re.compile(rf"({_NAME})\s+[Dd]istrict\s+(?:[Dd]eputy\s+)?[Aa]kim(?!\w)"),
          simple_name("{} District State Administration")),
    _Rule("аким", re.compile(rf"({_NAME})ск\w+\s+районн\w+\s+акимиат\w*"),
          simple_name("{} District State Administration")),
    _Rule("мэри", re.compile(rf"[Мм]эри\w+\s+(?:города|г\.)\s*({_NAME})"), simple_name("{} City Hall")),
    # "построен мэрией Каракола": the city in the genitive, no "города"
    _Rule("мэри", re.compile(rf"(?<![\w-])[Мм]эри(?:я|и|ю|ей)\s+({_NAME})"),
          simple_name("{} City Hall", ("city", "town"), genitive=True)),
    _Rule("руковод", re.compile(rf"[Рр]уководств\w+\s+города\s+({_NAME})"), simple_name("{} City Hall")),
    _Rule("мэри", CITY_HALL_UNNAMED, city_hall_of_named_city),  # "с мэрией города": the city just named
    _Rule("мэр", CITY_MAYOR_UNNAMED, city_hall_of_named_city),  # "шаардын мэри Т. Ж.": the city just named
    _Rule("окмот", UNNAMED_HEAD, okmotu_of_named_aimak),  # "айыл өкмөтүнүн башчысы": the aimak just named
    _Rule("mayor", re.compile(rf"({_NAME})\s+(?:[Mm]ayor['’]s\s+[Oo]ffice|[Cc]ity\s+[Hh]all)"), simple_name("{} City Hall")),
    _Rule("mayor", re.compile(rf"[Mm]ayor['’]s\s+[Oo]ffice\s+of\s+({_NAME})"), simple_name("{} City Hall")),
    _Rule("кенеш", re.compile(rf"({_NAME})\s+шаардык\s+[Кк]е[ңн]еш\w*"), simple_name("{} City Council")),
    _Rule("кенеш", re.compile(rf"({_NAME})ск\w+\s+городск\w+\s+[Кк]ене[шж]\w*"), simple_name("{} City Council")),
    # the press's one-word short form: "депутаты Балыкчинского горкенеша"
    _Rule("кенеш", re.compile(rf"({_NAME})(?:ск|цк)\w+\s+[Гг]оркене[шж]\w*"), simple_name("{} City Council", ("city", "town"))),
    # the envoy is the President's, or (the title since 2021) the Government's / the Cabinet's
    _Rule("ыйгарым", re.compile(rf"({_NAME})\s+облусундагы\s+(?:(?:Кыргыз\s+Республикасынын\s+)?(?:Президент\w*|[ӨО]км[өо]т\w*"
                                rf"|Министрлер\s+Кабинетин\w*)\s+)?ыйгарым\s+укуктуу\s+[өо]к[үу]л\w*"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    # "облустагы ыйгарым укуктуу өкүл", "полпредство в области": the oblast the text named before
    _Rule("ыйгарым", re.compile(r"(?<![\w-])облустагы\s+(?:(?:Президент|[ӨО]км[өо]т)\w*\s+)?ыйгарым\s+укуктуу\s+[өо]к[үу]л\w*"),
          _envoy_of_named_oblast),
    _Rule("представител", re.compile(r"[Пп]олномочн\w+\s+представител\w+\s+(?:(?:[Пп]резидента|[Пп]равительства|Кабинета\s+"
                                     r"[Мм]инистров)\s+(?:КР\s+|Кыргызской\s+Республики\s+)?)?в\s+области"), _envoy_of_named_oblast),
    _Rule("полпред", re.compile(r"[Пп]олпред\w*\s+(?:[Пп]резидента\s+)?в\s+области"), _envoy_of_named_oblast),
    _Rule("ыйгарым", re.compile(rf"({_NAME})\s+облусундагы\s+ыйгарым\s+укуктуу\s+өкүл\w*"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("представител",
          re.compile(rf"[Пп]олномочн\w+\s+представител\w+\s+[^.]{{0,60}}?\s+в\s+({_NAME})ской\s+области"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("полпред", re.compile(rf"[Пп]олпред\w*\s+(?:[^.]{{0,40}}?\s+)?в\s+({_NAME})ской\s+области"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("губернатор", re.compile(rf"[Гг]убернатор\w*\s+({_NAME})ской\s+области"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("губернатор", re.compile(rf"({_NAME})\s+облусунун\s+губернатор\w*"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("envoy", re.compile(rf"[Pp]residential\s+[Ee]nvoy\s+(?:in|to|for)\s+(?:the\s+)?({_NAME})\s+(?:[Oo]blast|[Rr]egion)"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    # The envoy's English titles besides "envoy": "the Plenipotentiary Representative of the President in
    # Batken Oblast", "the Presidential Plenipotentiary in …", "the Governor of Naryn Oblast", "the Osh Oblast Governor"
    *(_Rule(keyword, re.compile(
        rf"(?:[Pp]lenipotentiary\s+[Rr]epresentative\s+of\s+the\s+[Pp]resident(?:\s+of\s+the\s+Kyrgyz\s+Republic)?"
        rf"|[Pp]residential\s+[Pp]lenipotentiary(?:\s+[Rr]epresentative)?|[Gg]overnor(?:['’]s\s+[Oo]ffice)?)"
        rf"\s+(?:in|to|for|of)\s+(?:the\s+)?({_NAME})\s+(?:[Oo]blast|[Rr]egion)"),
        simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))) for keyword in ("plenipotentiary", "governor")),
    _Rule("governor", re.compile(rf"({_NAME})\s+[Oo]blast\s+[Gg]overnor"),
          simple_name("Office of the Presidential Envoy in {} Oblast", ("oblast",))),
    _Rule("облустук", re.compile(rf"({_NAME})\s+(облустук)\s+({alternatives(SECTORS_KY)})\s+{_KY_SECTOR_UNITS}"),
          _department_ky),
    _Rule("райондук", re.compile(rf"({_NAME})\s+(райондук)\s+({alternatives(SECTORS_KY)})\s+{_KY_SECTOR_UNITS}"),
          _department_ky),
    _Rule("шаардык", re.compile(rf"({_NAME})\s+(шаардык)\s+({alternatives(SECTORS_KY)})\s+{_KY_SECTOR_UNITS}"),
          _department_ky),
    # "Ош облусунун билим берүү башкармалыгы": the region's department, never the ministry
    *(_Rule(keyword, re.compile(rf"({_NAME})\s+(облусунун|районунун|шаарынын)\s+({alternatives(SECTORS_KY)})\s+"
                                rf"{_KY_SECTOR_UNITS}"), _department_ky) for keyword in ("облусунун", "районунун", "шаарынын")),
    # "Управление социального развития (мэрии) г. Балыкчы", "Департамент здравоохранения мэрии Бишкека"
    *(_Rule(keyword, re.compile(
        rf"((?<!\w)[Уу]правлени\w*|(?<!\w)[Оо]тдел\w*|(?<!\w)[Дд]епартамент\w*)\s+({alternatives(SECTORS_RU)})\s+"
        rf"(?:(?:мэри\w+\s+)?(?:города\s+|г\.\s*)({_NAME})|(?=мэри\w+\s+({_NAME})))"), _department_ru_city,
        re.compile(r"мэри\w+\s+\w|(?:города\s|г\.)"))
      for keyword in ("управлени", "отдел", "департамент")),
    *(_Rule(keyword, re.compile(
        rf"({_NAME})\s+(Oblast|District|City|oblast|district|city)\s+({'|'.join(sorted({n for _, n in SECTORS_KY}))})"
        rf"\s+(Department|Centre|Center)"), _department_en) for keyword in ("department", "centre", "center")),
    # "отдел образования …" as well as "управление образования …": one rule per keyword
    *(_Rule(keyword, re.compile(
        rf"({_NAME})ск\w+\s+(областн\w*|районн\w*|городск\w*)\s+(управлени\w*|отдел\w*|центр\w*)\s+"
        rf"({alternatives(SECTORS_RU)})", re.IGNORECASE), _department_ru_adj,
        re.compile(r"(?:областн|районн|городск)\w*\s+(?:управлени|отдел|центр)", re.IGNORECASE))
      for keyword in ("управлени", "отдел")),
    *(_Rule(keyword, re.compile(
        rf"((?<!\w)[Уу]правлени\w*|(?<!\w)[Оо]тдел\w*)\s+({alternatives(SECTORS_RU)})\s+"
        rf"(?:({_NAME})ской\s+области|({_NAME})ского\s+района)"), _department_ru_gen,
        re.compile(r"ской\s+области|ского\s+района"))
      for keyword in ("управлени", "отдел")),
)
_RULES += tuple(_Rule(keyword, pattern, name) for keyword, pattern, name in (*DEPARTMENT_RULES, *COURT_RULES))
SCANNER.add_keys("government_keywords", lambda: {rule.keyword: rule.keyword for rule in _RULES})
def government_bodies(text: str, ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of every local or regional state body named after its place."""
    out: list[tuple[int, int, str]] = []
    at: dict[str, list[int]] = {}
    for last, keyword in SCANNER.scan(ft)["government_keywords"]:  # one shared pass, not one per keyword
        at.setdefault(keyword, []).append(last - len(keyword) + 1)
    near: dict[str, list[tuple[int, int]]] = {}  # several rules share a keyword: its windows are found once
    for rule in _RULES:
        if rule.keyword not in at:
            continue
        if rule.keyword not in near:
            found = at[rule.keyword]
            if rule.keyword in ("рга", "рма", "ао"):  # the acronym, not "организация" or "Каракол"
                n = len(rule.keyword)
                found = [k for k in found if (k == 0 or not ft[k - 1].isalnum()) and text[k:k + n].isupper()
                         and not (ft[k + n:k + n + 1].isalnum() and text[k + n:k + n + 1].isupper())]
            near[rule.keyword] = _word_windows(text, found, 120, 200) if found else []
        for lo, hi in near[rule.keyword]:
            if rule.core is not None and not rule.core.search(text, lo, hi):
                continue
            for m in rule.pattern.finditer(text, lo, hi):
                if _INITIAL_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue  # "Н.А. Кулматова шаардык Кеңештин депутаты": a person
                name = rule.name(m)
                if name is None:
                    continue
                own = "own" in rule.pattern.groupindex  # the body's own words within a longer match
                out.append((m.start("own"), m.end("own"), name) if own else (m.start(), m.end(), name))
                out.extend(listed_before(text, m, name))
    if "okmotus" in ft:
        out.extend(english_okmotus(text))
    if "мэрий" in ft or "мэриялар" in ft:
        out.extend(listed_city_halls(text))
    return out


def _word_windows(text: str, positions: list[int], before: int, after: int) -> list[tuple[int, int]]:
    """Windows around ``positions``, widened to whole words at both ends."""
    out = []
    for lo, hi in windows(positions, before, after, len(text)):
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        out.append((lo, hi))
    return out
