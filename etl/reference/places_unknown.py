"""Places below the gazetteer: a capitalised name with a settlement, village or ayil aimak
level word ("Ак-Тилек жаңы конушу", "жилмассив Ак-Бата") that no gazetteer unit fits is
kept with soate null, its name in Latin and the nearest enclosing unit named as parent."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from etl.contract import Place
from etl.reference.gazetteer import gazetteer
from etl.reference.morph import NOT_A_NAME, NOT_A_NAME_STEMS
from etl.reference.places_aside import passing_mention
from etl.reference.places_context import STREET_BEFORE, SURNAME_AFTER, introduces_person, not_held_clause
from etl.reference.places_discourse import discourse_word
from etl.reference.places_match import INITIAL_BEFORE, PlaceMention, Raw
from etl.reference.places_samename import respelled_in_district
from etl.reference.places_spelling import respelled_unit
from etl.reference.scan import SCANNER, Cover
from etl.reference.translit import name_key, to_latin
from etl.text import fold

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w’']*(?:[-‐–][\w]+)*(?:[\s-]\d{1,2}\b)?"
_POST_TRIGGERS = ("конуш", "айыл", "кичи район", "микрорайон", "жилмассив", "кыштаг", "new settlement", "settlement",
                  "microdistrict")
_PRE_TRIGGERS = ("село ", "селе ", "села ", "сел ", "селах ", "поселк", "поселок ", "посел", "жилмассив", "микрорайон",
                 "мкр", "ж/м ", "новостройк", "жилой массив", "жилом массив", "жилого массив", "жилых массив",
                 "village of ", "settlement of ", "microdistrict of ")
_PRE_LIST_NEXT = re.compile(rf"\s*(?:,|\bи\b|\band\b)\s*({_NAME})")
_NAME_AT_END = re.compile(rf"({_NAME})[»”\"]?\s*$")  # «Маданият» жаңы конушунда: a quoted name
_SEP_AT_END = re.compile(r"(?:,|\bжана|\bи)\s*$")
# A bare "айыл" is a level word only before punctuation: "айыл аялдары", "айыл чарба" qualify a noun.
# A name takes the possessive ("Тепе-Коргон айыл аймагында"); "айыл аймактагы 60 үй-бүлө" (the families in
# the aimak) has none, so the capitalised word before it opens the sentence ("Программа айыл аймактагы ...").
_AYIL_LEVEL = re.compile(r"айыл(?:(?![\w])(?![^\S\n]*[а-яa-z])|ы\w*|дар\w*|\s+аймаг\w*|\s+аймак(?:тар\w*)?(?![а-я])|\s+окмот\w*)")
_NAME_AT_START = re.compile(rf"[^\S\n]*[«“\"„]?({_NAME})")  # "жилмассив «Ынтымак»": a quoted name after the level word
# A settlement's own name before "конушу" is nominative; "Кыргызстандагы жаңы конуштар" is not a name, nor
# a dative ("Сынакка айыл аймагынын 7 айылы катышты": the contest drew the aimak's villages).
_NOT_NOMINATIVE = re.compile(
    r"\w{3,}(?:[дт][аеоө]г[ыиуү]|[дтн][ыиуү]н|[дт][аеоө]н|кк[аеоө]|гг[аеоө])$|\w{4,}[лдт][аеоө]р$"
    r"|\w{4,}(?:ами|ями|ого|ему|ому|ыми|ими|ики|ники)$|\w{5,}(?:ов|ев|ей|ых|их)$|\w{3,}[лдт][аеоө]р(?:[гк][аеоө]|[дт][аеоө])$", re.IGNORECASE)
_COUNTED_NAME = re.compile(r"[^\S\n]\d{1,2}$")
_PLURAL_LEVEL = re.compile(r"(?:айыл|конуш|кыштак)[дтл][аео]р|айыл\s+аймакт[аео]р")


def _opens_sentence(text: str, pos: int, start: int) -> bool:
    before = text[max(start, pos - 3):pos].rstrip(" \t\u00a0«\"“")
    return not before or before[-1] in ".!?\n:—–-"


_LEVEL_PHRASE = re.compile(r"\w+(?:[^\S\n]+(?:аймаг|окмот|район)\w*)?")  # "айыл аймагынын", "конушунун"
_COUNTRY = re.compile(r"кыргызстан|кыргыз республик|киргиз|kyrgyz")
_KY_LOCATIVE = re.compile(r"\w{3,}(?:[дт][аеоө])$")


_UNKNOWN_LEVEL_WORDS = (("айыл аймаг", "ayil_aimak"), ("айыл аймак", "ayil_aimak"), ("айыл окмот", "ayil_aimak"), ("айыл", "village"),
                        ("кыштаг", "village"), ("сел", "village"), ("пос", "village"), ("village", "village"))
_WIDER_LEVELS = frozenset({"oblast", "city", "rayon", "city_district"})
_PARENT_LEVELS = {"settlement": ("ayil_aimak", "town", "city", "city_district", "rayon"),
                  "village": ("ayil_aimak", "town", "city", "rayon"),
                  "ayil_aimak": ("rayon",)}


def unknown_places(text: str, ft: str, start: int, end: int, raws: list[Raw],
                    blocked: list[tuple[int, int]], accepted: frozenset[int] = frozenset()) -> list[PlaceMention]:
    """``accepted``: starts of the names already kept as event places (a parent is looked for among
    them first: "Посольство в Бишкеке" names a seat, not the city a microdistrict of Tokmok lies in)."""
    known = [(r.start, r.end) for r in raws if r.uid is not None]
    out: list[PlaceMention] = []
    items: list[tuple[int, int, int]] = []  # (start, end, level-word position)
    for lw, _n in _word_starts(ft, _POST_TRIGGERS, start, end):
        if ft.startswith("айыл", lw) and not _AYIL_LEVEL.match(ft, lw):
            continue  # "айылдын", "айыл чарба": not a name's level word
        pos = lw
        k = _prev_word_start(text, pos, start)
        if ft.startswith("жаны", k) and text[k + 4:k + 5].isspace():  # "Алай-2 жаңы конуштарынын", not "Жаңы-Жер"
            pos = k
            k = _prev_word_start(text, pos, start)
        if text[k] in "»”\"" and k > start:  # «Маданият» жаңы конушу
            k = _prev_word_start(text, k, start)
        if not (text[k].isupper() or text[k].isdigit()):
            continue
        named: list[tuple[int, int, int]] = []
        for _ in range(8):  # a list of names sharing the level word, read backwards
            nm = _NAME_AT_END.search(text, max(start, pos - 60), pos)
            if not nm:
                break
            named.append((nm.start(1), nm.end(1), lw))
            sep = _SEP_AT_END.search(text, max(start, nm.start() - 8), nm.start())
            if not sep:
                break
            pos = sep.start()
        if len(named) == 1 and _PLURAL_LEVEL.match(ft, lw) and _opens_sentence(text, named[0][0], start):
            continue  # "Көптөгөн айылдарда", "Мындай конуштарда": a capitalised first word, not a list of names
        items.extend(named)
    for lw, n in _word_starts(ft, _PRE_TRIGGERS, start, end):
        after = ft.find(" ", lw + n - 1, end)  # the name follows the whole level word ("жилом массиве Ай-Тилек")
        if after < 0 or (after - lw > 5 and text[after - 1] in ".!?"):
            continue  # "в новостройках. Мероприятие ...": the sentence ended; "мкр. Ак-Тилек" is an abbreviation
        nm = _NAME_AT_START.match(text, after, end)
        while nm:  # "жилмассивов Ак-Тилек, Ынтымак и Учкун"
            items.append((nm.start(1), nm.end(1), lw))
            nm = _PRE_LIST_NEXT.match(text, nm.end(), end)
    taken = Cover(known + blocked)
    units = gazetteer().units
    # "В жилмассивах Бишкека": an inflected city's or district's name after a level word is the
    # unit the settlements lie in, not a settlement of that name
    wider = {r.start for r in raws if r.uid is None and r.entries and r.end - r.start > r.key_len
             and all(units[u].level in _WIDER_LEVELS for u, _k in r.entries if u in units)}
    extents: dict[int, tuple[int, int]] = {}  # per level word: the names sharing it, as one list
    for s, e, lw in items:
        lo, hi = extents.get(lw, (s, max(e, lw)))
        extents[lw] = (min(lo, s), max(hi, e))
    for s, e, lw in items:
        name = text[s:e]
        if s in wider or taken.overlaps(s, e) or not_held_clause(ft, *extents[lw]) or introduces_person(text, ft, s, e if lw < s else _LEVEL_PHRASE.match(ft, lw).end()):  # type: ignore[union-attr]
            continue
        latin = _unknown_name(name)
        if latin is None or _COUNTED_NAME.search(name) or discourse_word(name):
            continue  # "Жыйынга 8 айыл аймактан": a count after a word, not "Алай-2"; "Мисалы, ...": an adverb
        if s > 0 and text[s - 1] in "«“\"„'‘" and not (lw > e and text[e:e + 1] in "»”\"" and
                                                       fold(text[e + 1:lw].strip()) in ("", "жаны")) and not (
                lw < s and text[e:e + 1] in "»”“\""):
            continue  # a quoted name is an organization's or a project's unless the level word is next to it
        if INITIAL_BEFORE.search(text[max(0, s - 6):s]):
            continue
        if lw > e and name.isupper() and len(name) <= 5 and not text[lw:lw + 4].isupper():
            continue  # "ТОС микрорайонов Амир-Темир, Туран": an acronym before lowercase words is a body's
        if lw > e and text[lw:lw + 4].isupper():
            continue  # "КЛИМАТКА ЫЛАЙЫКТАШКАН АЙЫЛ ЧАРБАГА": in capitals a capital says nothing of a name
        probe = ft[lw:lw + 30].lstrip()
        if probe.startswith("айыл окмот"):
            continue  # "Спасибо айыл окмоту", "АК-БУЛУҢ АЙЫЛ ӨКМӨТҮ": a body's name; every ayil aimak is in SOATE
        if lw < s and SURNAME_AFTER.match(text, e):
            continue  # "жительница села Мээрим Асанова": the word after the level word is a first name
        if passing_mention(text, ft, s, e, lw > e):
            continue
        level = "settlement"
        for word, lvl in _UNKNOWN_LEVEL_WORDS:
            if probe.startswith(word):
                level = lvl
                break
        parent = _enclosing(raws, s, level, text, e, accepted)
        # a settlement (конуш) is looked for in its own aimak only: a village of that name in a neighbouring
        # aimak is another place ("Арал айылынан жана Кок-Токой, Орто-Арал конуштарынан")
        known_uid = respelled_unit(name, level, parent) or (
            respelled_in_district(name, level, parent) if level != "settlement" else None)
        if known_uid is not None:  # "Гүлчө айылы" in Alay district is the gazetteer's Гульча
            unit = gazetteer().units[known_uid]
            out.append(PlaceMention(Place(soate=unit.soate, name=unit.name, level=unit.level,
                                          parent_soate=unit.parent, evidence=name, span=(s, e))))
            continue
        out.append(PlaceMention(Place(soate=None, name=latin, level=level,
                                      parent_soate=parent, evidence=name, span=(s, e))))
    return _same_parent(out)


@lru_cache(maxsize=4096)
def _unknown_name(name: str) -> str | None:
    """The Latin name of a capitalised word before/after a level word, or None when the word is
    no place's name (a pronoun or title, a case form, the country); depends on the word only."""
    key = name_key(name)
    if key in NOT_A_NAME or key.startswith(NOT_A_NAME_STEMS) or _NOT_NOMINATIVE.search(name.rstrip(" -0123456789")) or _COUNTRY.match(fold(name)):
        return None
    if _KY_LOCATIVE.search(name) and name_key(name[:-2]) in gazetteer().keys:
        return None  # "Токмокто айыл өкмөтү": the ayil okmotu in Tokmok, no place called Tokmokto
    return to_latin(re.sub(r"[\s‐–-]+", "-", name))


def district_of_settlements(out: list[PlaceMention], raws: list[Raw]) -> None:
    """A settlement the gazetteer places in a city ("жилмассив Ак-Бата", Bishkek) written right
    before one of that city's districts ("Ак-Бата Свердловского района") lies in the district."""
    units = gazetteer().units
    found: dict[str, str] = {}
    for m in out:
        pl = m.place
        if pl.soate is not None or pl.level != "settlement" or not pl.span:
            continue
        nxt = next((r.uid for r in raws if r.uid and r.start >= pl.span[1] and r.start - pl.span[1] <= 2), None)
        if nxt and units[nxt].level == "city_district" and pl.parent_soate in units[nxt].ancestors:
            found[pl.name] = nxt
    for m in out:
        if m.place.soate is None and m.place.name in found:
            m.place.parent_soate = found[m.place.name]


def district_in_sentence(out: list[PlaceMention], raws: list[Raw],
                         sentence: Callable[[int], tuple[int, int]]) -> None:
    """A settlement still placed in a whole city lies in that city's district when its sentence names
    exactly one ("Бишкектин Свердлов районундагы Ак-Бата конушунда", "в Свердловском районе
    Бишкека, в жилмассиве Ак-Бата"); every mention of the same name follows."""
    units = gazetteer().units
    districts = [(r.start, r.uid) for r in raws if r.uid and units[r.uid].level == "city_district"]
    if not districts:
        return
    found: dict[str, str] = {}
    for m in out:
        pl = m.place
        if pl.soate is not None or pl.level != "settlement" or not pl.span or pl.parent_soate not in units \
                or units[pl.parent_soate].level != "city":
            continue
        lo, hi = sentence(pl.span[0])
        named = {uid for pos, uid in districts if lo <= pos < hi and units[uid].parent == pl.parent_soate}
        if len(named) == 1:
            found.setdefault(name_key(pl.name), named.pop())
    for m in out:
        pl = m.place
        district = found.get(name_key(pl.name))
        if pl.soate is None and district and pl.parent_soate == units[district].parent:
            pl.parent_soate = district


def _same_parent(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """One unknown place named several times ("жилмассив Ак-Бата" in the title, then "в жилмассиве
    Ак-Бата Свердловского района") lies in the most specific unit any of its mentions gives."""
    units = gazetteer().units
    best: dict[str, str] = {}
    for m in mentions:
        key, parent = name_key(m.place.name), m.place.parent_soate
        if parent is None:
            continue
        old = best.get(key)
        if old is None or (parent in units and old in units[parent].ancestors):
            best[key] = parent
    for m in mentions:
        parent = best.get(name_key(m.place.name))
        if parent and (m.place.parent_soate is None or m.place.parent_soate in units[parent].ancestors):
            m.place.parent_soate = parent
    return mentions


def _level_word_keys() -> dict[str, object]:
    return {w: (len(w), w in _POST_TRIGGERS, w in _PRE_TRIGGERS) for w in (*_POST_TRIGGERS, *_PRE_TRIGGERS)}


SCANNER.add_keys("place_level_words", _level_word_keys)


def _word_starts(ft: str, words: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """Word starts of ``words`` in ``ft[start:end]`` with the length of the word found there
    (from the shared scan of the text)."""
    post = words is _POST_TRIGGERS
    out = []
    for last, (n, in_post, in_pre) in SCANNER.scan(ft)["place_level_words"]:
        i = last - n + 1
        if (in_post if post else in_pre) and start <= i and last < end and (i == 0 or not ft[i - 1].isalnum()):
            out.append((i, n))
    return sorted(out)


def _prev_word_start(text: str, pos: int, start: int) -> int:
    k = pos - 1
    while k > start and text[k] in " \t\u00a0":
        k -= 1
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "-‐–"):
        k -= 1
    return k


_PEER_BETWEEN = re.compile(r"(?<![\w])(?:и|and|жана|соседн\w*|neighbou?ring|коншу\w*)(?![\w])", re.IGNORECASE)


def _enclosing(raws: list[Raw], pos: int, level: str, text: str = "", name_end: int = -1,
               accepted: frozenset[int] = frozenset()) -> str | None:
    """The nearest named unit that can contain an unknown place, preferring one written right after
    the name ("жилмассив Ак-Бата Свердловского района"), then ones before it."""
    units = gazetteer().units
    ok = _PARENT_LEVELS.get(level, ())
    best: tuple[int, str] | None = None
    for r in raws:
        if r.uid is None or units[r.uid].level not in ok or units[r.uid].soate is None:
            continue
        if text and STREET_BEFORE.search(text, max(0, r.start - 12), r.start):
            continue  # "по улице Ленина": a street named after a person, not the unit of that name
        if name_end >= 0 and r.start >= name_end and not text[name_end:r.start].strip():
            return r.uid
        if name_end >= 0 and r.start >= name_end and _PEER_BETWEEN.search(text, name_end, r.start):
            continue  # "жилмассива «Ынтымак» и соседнего поселка Караван": a neighbour, not the parent
        dist = pos - r.start if r.start <= pos else 10_000 + r.start - pos
        if accepted and r.start not in accepted:
            dist += 1_000_000
        if best is None or dist < best[0]:
            best = (dist, r.uid)
    return best[1] if best else None
