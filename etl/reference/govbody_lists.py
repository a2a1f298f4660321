"""Local bodies named several at once, and the name an ayil okmotu takes from how it is written.

"Сокулук жана Аламүдүн райондук мамлекеттик администрациялары" names two district administrations,
"Кызыл-Суу жана Барскоон айыл өкмөттөрү" two ayil okmotus, "the heads of the ayil okmotus, including
Papan and Nurabad" two more.  Split from ``govbodies`` (which calls these), which was near 400 lines.
"""

from __future__ import annotations

import re

from etl.reference.govbody_places import HIGH, LOW, RU_ADJ_END, latin_place, place_name, vowel_variant

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
# "Токмокто айыл өкмөтү" is "the ayil okmotu in Tokmok": a case form is no name of its own.
# A plural in the accusative ("Сунуштарды айыл өкмөтүнө бериңиз") is a sentence's object, no place.
KY_CASE_END = re.compile(r"(?:[дт][аеоө]|[дтн][ыиуү]н|[дтн][аеоө]н|[дт][аеоө]г[ыиуү]|(?<=[аеоөуүыияюэ])н[ыиуү]"
                         r"|[лдт][аеоө]р[дн][ыиуү])$")


# "Эртеси айыл өкмөтүнүн залында" (the next day, in the ayil okmotu's hall): a possessive word no
# gazetteer knows is no renamed ayil aimak
_POSSESSIVE_END = re.compile(r"[аеиоуыэөүя]с[ыиуү]$")
# "Жыйынды айыл өкмөтүнүн башчысы ачты" (the meeting, accusative), "Бирок айыл өкмөтүнүн сессиясына" (but):
# a one-word object in the accusative or a conjunction or adverb opening the sentence is no renamed aimak
_ACCUSATIVE_END = re.compile(r"(?:(?<=[бвгджзйклмнпрстфхцчшщң])[дт]|(?<=[аеёиоуыэюяөү])н)[ыиуү]$", re.IGNORECASE)
# (and words that qualify the body, "«Мыкты айыл өкмөтү» сынагы", the best one): shared with govbodies
NOT_NAMES = frozenset(
    "бирок ошондой ошентип андан ошол бул ал анын азыр кийин быйыл мындан ошону ошондуктан ушул мына эми кошумча "
    "жалпы алардын биздин силердин менин ар мыкты жаны жаңы мурда жергиликтүү жергиликтуу эгер дагы ошого демек "
    "ага аларга учурда азыркы акыркы ар-бир бардык көп коп көптөгөн коптогон бир эки үч уч".split()) | {"ал эми"}
_CYRILLIC_NAME = re.compile(r"[А-ЯЁӨҮҢ][а-яёөүң]*(?:[-‐–][А-ЯЁӨҮҢа-яёөүң][а-яёөүң]*)*")


def ayil_okmotu_name(written: str, whole: str) -> str | None:
    place = place_name(written, LOW + HIGH)
    kyrgyz_form = re.search(r"[өo]км[өo]т|okmot", whole) is not None and not KY_CASE_END.search(written) \
        and not written.lower().endswith("ск")
    if place is None and kyrgyz_form and not _POSSESSIVE_END.search(written) and written.lower() not in NOT_NAMES \
            and not ("-" not in written and _ACCUSATIVE_END.search(written)):
        place = latin_place(written)  # Kyrgyz "X айыл өкмөтү": ayil aimaks renamed after SOATE
    elif place is not None and kyrgyz_form and _CYRILLIC_NAME.fullmatch(written) and re.search(r"[өо]км[өо]т", whole):
        # "Көк-Ой айыл өкмөтү" is Kok-Oy, not the Russian-spelt village Kek-Oy; "Баетов айыл өкмөтү" is
        # the Baetov ayil aimak's body, not named after its main village Baetovo: the name as written
        place = latin_place(written)
    elif place is not None and _CYRILLIC_NAME.fullmatch(stem := RU_ADJ_END.sub("", written)) and vowel_variant(stem):
        # "Кок-Серекского айыл окмоту" is Kok-Serek as written, not SOATE's Russian-spelt Kek-Serek
        place = latin_place(stem)
    return f"{place} ayil okmotu" if place else None


# "Сокулук жана Аламүдүн райондук мамлекеттик администрациялары": the plural covers a list.
# Kyrgyz plural before any case ending ("администрацияларынын"), Russian plural endings.
_PLURAL_END = re.compile(r"(?:[лдт][аеоө]р\w*|ях|ии|ий|ы)$")
_LIST_BEFORE = re.compile(rf"({_NAME})\s*(?:,|\bжана\b|\bи\b)\s*$")


_LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
_LATIN_LIST = rf"{_LATIN_NAME}(?:\s*,\s*{_LATIN_NAME})*,?\s+and\s+{_LATIN_NAME}"
# English names several ayil okmotus at once: "the heads of the ayil okmotus, including X and Y",
# "the X, Y and Z ayil okmotus".
# "ayil okmotus of Chui and Talas oblasts" names oblasts, not ayil okmotus.
_ENGLISH_OKMOTUS = re.compile(
    rf"(?:ayil|aiyl)\s+okmotus\b[^.\n]{{0,40}}?\b(?:including|such\s+as|namely|of)\s+({_LATIN_LIST})(?![\w-])"
    rf"(?!\s+(?:[Oo]blast|[Dd]istrict|[Rr]egion|[Pp]rovince|[Rr]ayon|cit|town|village))"
    rf"|\b({_LATIN_LIST})\s+(?:ayil|aiyl)\s+okmotus\b")


def english_okmotus(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ENGLISH_OKMOTUS.finditer(text):
        group = 1 if m.group(1) else 2
        for name in re.finditer(_LATIN_NAME, m.group(group)):
            if name.group() == "And":
                continue
            place = place_name(name.group(), LOW)
            if place:
                start = m.start(group) + name.start()
                out.append((start, start + len(name.group()), f"{place} ayil okmotu"))
    return out


def listed_before(text: str, m: re.Match[str], name: str) -> list[tuple[int, int, str]]:
    """Other places listed before a plural body ("Сокулук жана Аламүдүн ... администрациялары")."""
    if m.re.groups < 1 or m.group(1) is None or m.start(1) != m.start():
        return []
    written = m.group(1)
    adjective = RU_ADJ_END.search(written)
    if not (_PLURAL_END.search(m.group(0)) or adjective):
        return []
    okmotu = name.endswith(" ayil okmotu")
    out = []
    pos = m.start()
    for _ in range(6):
        prev = _LIST_BEFORE.search(text, max(0, pos - 60), pos)
        if not prev:
            break
        if adjective and not prev.group(1).endswith(adjective.group()):
            # "Долонского, Кара-Суйского и Калбинского айыл окмоту": Russian adjectives in one case
            # before one noun each name a body; a word in another form is no item of that list
            break
        if okmotu:  # "Кызыл-Суу жана Барскоон айыл өкмөттөрү": villages and ayil aimaks, named as written
            listed = ayil_okmotu_name(prev.group(1), m.group(0)) if place_name(prev.group(1), LOW) else None
            if listed is None:
                break
            out.append((prev.start(1), prev.end(1), listed))
            pos = prev.start()
            continue
        other = place_name(prev.group(1), HIGH)
        if other is None:
            break
        own = place_name(written, HIGH)
        out.append((prev.start(1), prev.end(1), name.replace(own, other, 1) if own else name))
        pos = prev.start()
    return out


# "сотрудники мэрий Таш-Кумыра, Кара-Куля и Майлуу-Суу": the plural names one city hall per listed city
_CITY_HALLS_AFTER = re.compile(rf"(?<![\w-])[Мм]эри(?:й|ям|ями|ях)\s+((?:{_NAME}\s*,\s*)*{_NAME}\s+и\s+{_NAME})")
# "Таш-Көмүр, Кара-Көл жана Майлуу-Суу шаарларынын мэрияларынын": the Kyrgyz list before its plural
_CITY_HALLS_BEFORE = re.compile(rf"((?:{_NAME}\s*,\s*)*{_NAME}\s+жана\s+{_NAME})\s+(?:шаарлар\w*\s+)?мэриялар\w*")
_LIST_ITEM = re.compile(_NAME)


def listed_city_halls(text: str) -> list[tuple[int, int, str]]:
    """One city hall for each city a plural "мэрий"/"мэриялары" lists; a list with an unknown name is none."""
    out: list[tuple[int, int, str]] = []
    for pattern, genitive in ((_CITY_HALLS_AFTER, True), (_CITY_HALLS_BEFORE, False)):
        for m in pattern.finditer(text):
            items = [(w.start(), w.end(), place_name(w.group(), ("city", "town"), genitive=genitive))
                     for w in _LIST_ITEM.finditer(m.group(1))]
            if all(name for _, _, name in items):
                out += [(m.start(1) + s, m.start(1) + e, f"{name} City Hall") for s, e, name in items]
    return out
