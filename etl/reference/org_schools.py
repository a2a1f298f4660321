"""Schools, lyceums, colleges and kindergartens named by their place, number or namesake.

An analyst names one institution the way the English press does: its place, the kind as written, and its
number ("Петропавловка орто мектебинин" → "Petropavlovka Secondary School", "Талас шаарындагы №63 кесиптик
лицейи" → "Talas Vocational Lyceum No. 63", "Кызыл-Туйской средней школы" → "Kyzyl-Tuu Secondary School",
"школу № 3 в селе Кара-Бак" → "Kara-Bak School No. 3", "Naryn Medical College"); a school named after a
person carries that name instead of its village ("Ш. Шабданов атындагы орто мектеп" → "Sh. Shabdanov
Secondary School").  Without a place, number or namesake the words name no one institution ("мектептин
мугалимдери", "в школах района"), and plurals name several: neither is read.  A venue ("мектепте",
"в лицее № 5") is where the event was held, not a body taking part, so the Kyrgyz locative and a Russian
head after "в" are left out; ``organizations`` keeps a school only where a sentence gives it a role
(its teachers took part, it co-organized), as it does every descriptive phrase.
"""

from __future__ import annotations

import re

from etl.reference.org_phrase_words import Phrase
from etl.reference.org_places import place_name
from etl.reference.unseen_names import latin_name

_W = r"[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢа-яёөүң][а-яёөүң]+)*"  # a capitalized Cyrillic word, hyphens kept
_G = r"[^\S\n]+"
_NUM = r"№[^\S\n]*(?P<{}>\d{{1,3}})(?!\d)"
_PERSON_KY = rf"(?P<person>(?:[А-ЯЁӨҮҢ]\.[^\S\n]?){{1,2}}{_W}){_G}атындагы{_G}"
_PERSON_RU = rf"{_G}имени{_G}(?P<person>(?:[А-ЯЁӨҮҢ]\.[^\S\n]?){{1,2}}{_W})"

# Kyrgyz kinds: the head, its English, and the descriptors written before it.
_KY_DESC = {"орто": "Secondary", "кесиптик": "Vocational", "медициналык": "Medical",
            "педагогикалык": "Pedagogical", "техникалык": "Technical", "негизги": "Basic"}
_KY_HEADS = {"мектеп": "School", "мектеб": "School", "лицей": "Lyceum", "гимназия": "Gymnasium",
             "колледж": "College", "бала бакча": "Kindergarten"}
# possessive, genitive and accusative endings: never the locative (a venue), the dative (what a school was
# given, where a delegation went: "мектепке тапшырылды") or the plural
_KY_TAIL = r"(?:и|ы|у|си|сы|су)?(?:нин|нын|нун|ни|ны|ну|дин|дын|тин|тын|ди|ды|ти|ты)?(?!\w)"
_KY_PLACE = (rf"(?P<place>{_W}){_G}(?:(?P<loc>шаарындагы|айылындагы|районундагы|шаарчасындагы|кыштагындагы)"
             rf"|(?:шаардык|райондук|облустук|шаарынын|айылынын)){_G}")
_KY = re.compile(
    rf"(?:{_NUM.format('num0')}{_G})?(?:{_KY_PLACE}|(?P<bare>{_W}){_G})?(?:{_NUM.format('num')}{_G}|(?P<dash>\d{{1,3}})-)?"
    rf"(?:{_PERSON_KY})?"
    rf"(?:{_NUM.format('num2')}{_G})?(?P<desc>(?:(?:{'|'.join(_KY_DESC)}){_G})*)"
    rf"(?P<head>мектеп|мектеб|лицей|гимназия|колледж|бала{_G}бакча)(?P<tail>\w*)")

_RU_DESC = {"средн": "Secondary", "общеобразовательн": "", "профессиональн": "Vocational",
            "медицинск": "Medical", "педагогическ": "Pedagogical", "техническ": "Technical"}
_RU_HEADS = {"школ": "School", "лице": "Lyceum", "гимнази": "Gymnasium", "колледж": "College",
             "детск": "Kindergarten"}
_RU_ADJ = r"(?:ая|яя|ой|ей|ую|юю|ий|ый|ого|его|ому|ему|им|ым|ом|ем|ое|ее)"
_RU_HEAD_END = {"School": r"(?:а|ы|е|у|ой)", "Lyceum": r"(?:й|я|ю|ем|е)", "Gymnasium": r"(?:я|и|ю|ей)",
                "College": r"(?:|а|у|ем|е)", "Kindergarten": rf"{_RU_ADJ}{_G}(?:сад|сада|саду|садом|саде)"}
_RU = re.compile(
    rf"(?<![\w-])(?:(?P<place>{_W})(?:ск|цк){_RU_ADJ}{_G})?(?P<desc>(?:(?i:{'|'.join(_RU_DESC)}){_RU_ADJ}{_G})*)"
    rf"(?P<head>[Шш]кол(?:а|ы|е|у|ой)|[Лл]ице(?:й|я|ю|ем|е)|[Гг]имнази(?:я|и|ю|ей)|[Кк]олледж(?:а|у|ем|е)?"
    rf"|[Дд]етск{_RU_ADJ}{_G}сад(?:а|у|ом|е)?)(?!\w)"
    rf"(?:[^\S\n]*{_NUM.format('num')})?(?:{_PERSON_RU})?"
    rf"(?:{_G}(?:села|с\.|города|г\.)[^\S\n]*(?P<after>{_W}))?")
_RU_VENUE = re.compile(r"(?:^|[^\w])(?:в|во|на)[^\S\n]+$", re.IGNORECASE)
_RU_PLURAL_GEN = re.compile(r"[Гг]имназии$")  # "школы и гимназии": several

_EN = re.compile(
    r"(?<![\w-])(?:the[^\S\n]+)?(?P<place>[A-Z][a-z]+(?:-[A-Z][a-z]+)*)[^\S\n]+"
    r"(?P<desc>(?:(?:Secondary|Vocational|Medical|Pedagogical|Technical)[^\S\n]+)?)"
    r"(?P<head>School|Lyceum|Gymnasium|College|Kindergarten)(?![\w-])(?:[^\S\n]+No\.[^\S\n]*(?P<num>\d{1,3}))?")

_TOWN_LEVELS = ("city", "town")
_VILLAGE_LEVELS = ("village", "ayil_aimak", "rayon")


def _place(written: str, genitive: bool = False) -> str | None:
    """A town first: "Кызыл-Кыя" is the city, not a village of the same name."""
    return place_name(written, _TOWN_LEVELS, genitive) or place_name(written, _VILLAGE_LEVELS, genitive)


def school_bodies(text: str) -> list[Phrase]:
    """Every school, lyceum, college or kindergarten named as one institution in ``text``."""
    return [p for p in _found(text) if not _not_body(text, p.start, p.end)]


def _found(text: str) -> list[Phrase]:
    out: list[Phrase] = []
    low = text.lower()
    if any(w in low for w in ("мектеп", "мектеб", "лицей", "гимназия", "колледж", "бала бакча")):
        out += [p for m in _KY.finditer(text) if (p := _kyrgyz(m)) is not None]
    if any(w in low for w in ("школ", "лице", "гимназ", "колледж", "детск")):
        out += [p for m in _RU.finditer(text) if (p := _russian(text, m)) is not None]
    if any(w in text for w in ("School", "Lyceum", "Gymnasium", "College", "Kindergarten")):
        out += [p for m in _EN.finditer(text) if (p := _english(m)) is not None]
    return out


# A school that is a building ("жаңы орто мектептин ачылышы", "открытие отремонтированного детского сада") or
# whose team won ("№3 орто мектептин командасы биринчи орунду алды") is no body taking part in the event.
_BUILDING_BEFORE = re.compile(
    r"(?:жа[ңн]ы|нов\w+|new|отремонтированн\w+|построенн\w+|реконструированн\w+|открыти\w+|ачылыш\w*|строительств\w+"
    r"|ремонт\w*|курулуш\w*|opening|built|renovated)[^\S\n]+(?:[\w.№-]+[^\S\n]+){0,3}$", re.IGNORECASE)
_AFTER_NOT_BODY = re.compile(
    r"[^\S\n]+(?:команда\w*|team|ачыл\w*|курул\w*|открыл\w*|построен\w*|имарат\w*|здани\w*|building)", re.IGNORECASE)


def _not_body(text: str, start: int, end: int) -> bool:
    return bool(_BUILDING_BEFORE.search(text, max(0, start - 60), start) or _AFTER_NOT_BODY.match(text, end))


def _name(place: str | None, person: str | None, desc: list[str], head: str, num: str | None) -> str | None:
    words = [w for w in desc if w]
    if person:  # the namesake names it; "Secondary" is how the English press writes a named school
        return " ".join([latin_name(person), *(words or ["Secondary"]), head] + ([f"No. {num}"] if num else []))
    if place is None:
        return None
    return " ".join([place, *words, head] + ([f"No. {num}"] if num else []))


def _kyrgyz(m: re.Match[str]) -> Phrase | None:
    head = _KY_HEADS[re.sub(r"\s+", " ", m.group("head"))]
    tail = m.group("tail")
    if not re.fullmatch(_KY_TAIL, tail) or tail.startswith(("лер", "лар", "тер", "тар")):
        return None  # "мектептер", "мектепте", "лицейде": several, or the venue
    num = m.group("num0") or m.group("num") or m.group("num2") or m.group("dash")
    desc = [_KY_DESC[w] for w in m.group("desc").split()]
    written = m.group("place") or m.group("bare")
    place = _place(written) if written else None
    person = m.group("person")
    if person is None and (place is None or (m.group("bare") and not (num or desc))):
        return None  # "Бүгүн мектепке": a capitalized word before a bare head is no school's place
    name = _name(None if person else place, person, desc, head, num)
    if name is None:
        return None
    # "Боконбаево айылындагы Ш. Шабданов атындагы орто мектеп": the village is where the namesake's school is
    start = m.start()
    if person:
        start = min(m.start(g) for g in ("num0", "num", "dash", "person") if m.group(g))
    return Phrase(start, m.end(), name, "academic")


def _russian(text: str, m: re.Match[str]) -> Phrase | None:
    if _RU_VENUE.search(text, max(0, m.start() - 4), m.start()):
        return None
    head = next(v for k, v in _RU_HEADS.items() if m.group("head").lower().startswith(k))
    if head == "Gymnasium" and _RU_PLURAL_GEN.search(m.group("head")) and not m.group("num"):
        return None
    desc = [v for w in m.group("desc").split() for k, v in _RU_DESC.items() if w.lower().startswith(k)]
    place = None
    if m.group("place"):
        place = _place(m.group("place") + "ский")
    if place is None and m.group("after"):
        place = _place(m.group("after"), genitive=True)
    person = m.group("person")
    if person:
        person = re.sub(r"(?<=[оеи]в)а$|(?<=ин)а$", "", person)  # имени А. Осмонова → А. Осмонов
    name = _name(None if person else place, person, desc, head, m.group("num"))
    if name is None or (m.group("place") and place is None):
        return None
    start = m.start() if m.group("place") or not m.group("desc") else m.start("desc")
    return Phrase(start, m.end(), name, "academic")


def _english(m: re.Match[str]) -> Phrase | None:
    place = _place(m.group("place"))
    if place is None:
        return None
    name = _name(place, None, m.group("desc").split(), m.group("head"), m.group("num"))
    return Phrase(m.start("place"), m.end(), name, "academic") if name else None
