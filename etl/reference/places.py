"""Place mentions from text: gazetteer names in Kyrgyz, Russian and Latin spelling, with levels.

How a mention is read:

1. Aho-Corasick over the folded text (hyphens as spaces) finds gazetteer keys at a
   word start; the rest of the word must be an inflection (Бишкекте, Ошто, Баткенской).
   Longest match wins (Манас-Ата before Манас). Cyrillic/Latin names must be capitalised.
2. The level comes from the word after the name (шаарында, облусу, району, айыл
   аймагы, айылы, конушу, области, district...) or before it (город, г., село,
   жилмассив, микрорайон). A level word after a list ("Кара-Булак, Дара, Төрт-Гүл
   айыл аймактарында", "Жалал-Абад жана Ысык-Көл облустарында") applies to each item.
3. Without a level word a name means, in order: city > oblast > town > rayon (a bare
   "Ош" is Osh city, never the oblast; "Ош облусу" is the oblast). A bare ayil aimak,
   village or settlement name is accepted only when one of its ancestors is named
   in the sentence, the region or the document (it is too often a word or a person).
4. Repeated names (Кара-Булак is 9 units) go to the candidate whose closest ancestor
   is named nearest (same sentence, then the region, then the whole text). When that
   does not decide, the mention is ``ambiguous`` with its ``candidates``, and the place
   given is their lowest common ancestor below the country if there is one, else the
   first candidate in code order (a best guess the extractor flags ``ambiguous_place``).
5. A capitalised name followed by a settlement/village/ayil aimak level word that is
   not in the gazetteer is kept: soate null, name in Latin, parent the nearest enclosing
   unit named in context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from etl.contract import Place
from etl.reference.gazetteer import Unit, gazetteer
from etl.reference.morph import (
    LEVEL_ADMITS,
    LIST_GAP,
    LIST_TAIL_NAME,
    NOT_A_NAME,
    POST_LEVEL,
    PRE_LEVEL,
    suffix_ok,
)
from etl.reference.scan import SCANNER, Cover
from etl.reference.translit import name_key, to_latin
from etl.text import fold


@dataclass(slots=True)
class PlaceMention:
    place: Place  # carries evidence and span (offsets into the text passed in)
    ambiguous: bool = False  # more than one gazetteer unit fits and context did not decide
    candidates: tuple[str, ...] = ()  # SOATE codes considered when ambiguous


_LEVEL_PREFERENCE = {"city": 0, "oblast": 1, "town": 2, "rayon": 3, "ayil_aimak": 4, "village": 5,
                     "settlement": 6, "city_district": 7}
_HIGH = frozenset({"city", "oblast", "town", "rayon"})
_LOW = frozenset({"ayil_aimak", "village", "settlement"})
_DASHES = "-‐‑‒–—"
_MATCH_TABLE = str.maketrans({ch: " " for ch in _DASHES + "\u00a0"})
# One character class first: re then skips to candidates in C instead of trying every position.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])\s+(?=[^\w]*[A-ZА-ЯЁӨҮҢ]))")
_WORD_TAIL = re.compile(r"[^\W\d_]*")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁӨҮҢ]\.\s*$")
_NAME = r"[A-ZА-ЯЁӨҮҢ][\w’']*(?:[-‐–][\w]+)*(?:[\s-]\d{1,2}\b)?"
_POST_TRIGGERS = ("конуш", "айыл", "кичи район", "микрорайон", "жилмассив", "кыштаг")
_PRE_TRIGGERS = ("село ", "селе ", "села ", "сел ", "селах ", "поселк", "поселок ", "посел", "жилмассив", "микрорайон",
                 "мкр", "ж/м ")
_PRE_LIST_NEXT = re.compile(rf"\s*(?:,|\bи\b|\band\b)\s*({_NAME})")
_NAME_AT_END = re.compile(rf"({_NAME})[»”\"]?\s*$")  # «Маданият» жаңы конушунда: a quoted name
_SEP_AT_END = re.compile(r"(?:,|\bжана|\bи)\s*$")
_AYIL_LEVEL = re.compile(r"айыл(?:\b|ы\w*|дар\w*|\s+аймаг\w*|\s+окмот\w*)")
_NAME_AT_START = re.compile(rf"[^\S\n]*({_NAME})")
# A settlement's own name before "конушу" is nominative; "Кыргызстандагы жаңы конуштар" is not a name.
_NOT_NOMINATIVE = re.compile(
    r"\w{3,}(?:[дт][аеоө]г[ыиуү]|[дтн][ыиуү]н|[дт][аеоө]н)$|\w{4,}[лдт][аеоө]р$"
    r"|\w{4,}(?:ами|ями|ого|ему|ому|ыми|ими|ики|ники)$|\w{3,}[лдт][аеоө]р(?:[гк][аеоө]|[дт][аеоө])$", re.IGNORECASE)
_COUNTRY = re.compile(r"кыргызстан|кыргыз республик|киргиз|kyrgyz")


@cache
def _automaton() -> ahocorasick.Automaton:
    """Keys as capitalised words: names are written capitalised, so matching only capitalised
    word starts skips most of the text (10x fewer hits than folded lowercase keys)."""
    auto = ahocorasick.Automaton()
    variants: dict[str, list[tuple[str, str]]] = {}
    for key, entries in gazetteer().keys.items():
        for v in (key[:1].upper() + key[1:], " ".join(w[:1].upper() + w[1:] for w in key.split(" "))):
            variants.setdefault(v, []).extend(e for e in entries if e not in variants.get(v, ()))
    for v, entries in variants.items():
        auto.add_word(v, (len(v), tuple(entries)))
    auto.make_automaton()
    return auto


_CASE_KEEPING = (("ң", "н"), ("ө", "о"), ("ү", "у"), ("ё", "е"), ("Ң", "Н"), ("Ө", "О"), ("Ү", "У"), ("Ё", "Е"),
                 ("-", " "), ("–", " "), ("—", " "), ("‐", " "), ("‑", " "), ("‒", " "), ("\u00a0", " "))


def _case_text(text: str) -> str:
    """Same-length key text that keeps case: Kyrgyz letters merged, dashes as spaces."""
    for a, b in _CASE_KEEPING:
        if a in text:
            text = text.replace(a, b)
    return text


_FAST_REPLACE = (("ң", "н"), ("ө", "о"), ("ү", "у"), ("ё", "е"), ("-", " "), ("–", " "), ("—", " "),
                 ("‐", " "), ("‑", " "), ("‒", " "), ("\u00a0", " "))


def _match_text(text: str) -> str:
    """``fold`` plus dashes as spaces; same length as ``text`` (str.replace is much faster than translate)."""
    low = text.lower()
    if len(low) != len(text):
        return fold(text).translate(_MATCH_TABLE)
    for a, b in _FAST_REPLACE:
        if a in low:
            low = low.replace(a, b)
    return low


@dataclass(slots=True)
class _Raw:
    start: int
    end: int  # end of the word including its inflection
    entries: tuple[tuple[str, str], ...]
    level: str | None = None
    level_end: int | None = None  # end of a level word directly after this item
    uid: str | None = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    key_len: int = 0  # for equal spans the longer key wins: "Нарын"+"да" over "Нары"+"нда"
    pre_level: str | None = None  # a level word before the name, when a list's level word follows it


def _copy(r: _Raw) -> _Raw:
    """A region's private copy of a first-pass mention (dataclasses.replace is ten times slower)."""
    return _Raw(r.start, r.end, r.entries, r.level, r.level_end, r.uid, r.ambiguous, r.candidates, r.key_len,
                r.pre_level)


def _raw_mentions(text: str, ft: str, start: int, end: int) -> list[_Raw]:
    found: list[_Raw] = []
    for last, (klen, entries) in _automaton().iter(_case_text(text), start, end):
        s = last - klen + 1
        if s > 0 and (ft[s - 1].isalnum() or (text[s - 1] in _DASHES and s > 1 and text[s - 2].isalnum())):
            continue
        e = last + 1
        j = _WORD_TAIL.match(ft, e, end).end()  # type: ignore[union-attr]
        if j < len(ft) and ft[j].isdigit():
            continue
        suffix = ft[e:j]
        ok = tuple(en for en in entries if suffix_ok(en[1], suffix))
        if ok and not _INITIAL_BEFORE.search(text[max(0, s - 6):s]):
            found.append(_Raw(s, j, ok, key_len=klen))
    found.sort(key=lambda r: (-(r.end - r.start), -r.key_len, r.start))
    chosen: list[_Raw] = []
    taken: list[tuple[int, int]] = []
    for r in found:
        if all(r.end <= a or r.start >= b for a, b in taken):
            chosen.append(r)
            taken.append((r.start, r.end))
    chosen.sort(key=lambda r: r.start)
    return chosen


def _assign_levels(text: str, ft: str, raws: list[_Raw], end: int) -> None:
    i = 0
    while i < len(raws):
        j = i
        while j + 1 < len(raws):
            gap = LIST_GAP.fullmatch(ft, raws[j].end, raws[j + 1].start)
            if not gap or raws[j + 1].start - raws[j].end > 8:
                break
            j += 1
        pos = raws[j].end
        while pos < end and ft[pos] in " \t":
            pos += 1
        post = POST_LEVEL.match(ft, pos) if pos < end else None
        if post is None:
            tail_end = raws[j].end
            while (tail := LIST_TAIL_NAME.match(text, tail_end, end)) is not None:
                tail_end = tail.end()
            if tail_end > raws[j].end:
                post = POST_LEVEL.match(ft, tail_end + len(ft[tail_end:end]) - len(ft[tail_end:end].lstrip()))
        pre = PRE_LEVEL.search(ft, max(0, raws[i].start - 40), raws[i].start)
        level = post.lastgroup if post else (pre.lastgroup if pre else None)
        for r in raws[i:j + 1]:
            r.level = level
        if post and pre and pre.lastgroup != level:
            raws[i].pre_level = pre.lastgroup  # "the village of Ak-Tal, Ak-Talaa district"
        if post and post.end() <= end:
            raws[j].level_end = post.end()
        i = j + 1


def _score(unit: Unit, anchors: set[str]) -> int:
    for depth, anc in enumerate(unit.ancestors):
        if anc in anchors:
            return 100 - depth
    return 0


def _resolve(r: _Raw, tiers: list[set[str]] | None) -> None:
    """Pick r.uid from r.entries; with ``tiers`` None only context-free decisions are made."""
    units = gazetteer().units
    cands = sorted({uid for uid, kind in r.entries
                    if kind != "adj" or r.level or units[uid].level in ("oblast", "rayon")})
    if r.level and r.pre_level and not any(units[c].level in LEVEL_ADMITS[r.level] for c in cands):
        r.level = r.pre_level
    if r.level:
        admitted = [c for c in cands if units[c].level in LEVEL_ADMITS[r.level]]
        if not admitted and r.level in ("village", "settlement", "ayil_aimak"):
            return  # a level word the gazetteer does not know for this name: left to the unknown-place pass
        if admitted:
            cands = admitted
        else:
            r.level = None
    if not r.level:
        cands = [c for c in cands if units[c].level != "city_district"]
        high = [c for c in cands if units[c].level in _HIGH and not units[c].needs_context]
        if high:
            best = min(_LEVEL_PREFERENCE[units[c].level] for c in high)
            cands = [c for c in high if _LEVEL_PREFERENCE[units[c].level] == best]
        elif tiers is None:
            return  # low-level bare names need context
    low_level_word = r.level in ("village", "settlement")
    if len(cands) == 1 and ((r.level and not low_level_word)
                            or (units[cands[0]].level in _HIGH and not units[cands[0]].needs_context)):
        r.uid = cands[0]
        return
    if tiers is None or not cands:
        return
    if not r.level and all(units[c].needs_context for c in cands):
        tiers = tiers[:1]  # a name that is also a common word needs its parent in the same sentence
    for anchors in tiers:
        scored = sorted(((_score(units[c], anchors), c) for c in cands), reverse=True)
        if scored[0][0] > 0:
            top = [c for s, c in scored if s == scored[0][0]]
            top.sort(key=lambda c: _LEVEL_PREFERENCE[units[c].level])
            r.uid = top[0]
            return
        if r.level in ("village", "settlement", "ayil_aimak") and any(
                units[a].level in ("rayon", "city") for a in anchors):
            return  # the enclosing unit is named and holds no such place: an unknown place in it
    if len(cands) == 1 and r.level:
        r.uid = cands[0]
        return
    if not r.level and not any(units[c].level in _HIGH and not units[c].needs_context for c in cands):
        return  # bare low-level name with no ancestor in context: not a place mention
    r.ambiguous, r.candidates = True, tuple(cands)
    r.uid = _common_ancestor(cands) or cands[0]


def _common_ancestor(cands: list[str]) -> str | None:
    units = gazetteer().units
    chains = [set(units[c].ancestors) for c in cands]
    common = set.intersection(*chains) if chains else set()
    if not common:
        return None
    return max(common, key=lambda uid: len(units[uid].ancestors))


def _first_pass(text: str, ft: str, start: int, end: int) -> list[_Raw]:
    raws = _raw_mentions(text, ft, start, end)
    _assign_levels(text, ft, raws, end)
    for r in raws:
        _resolve(r, None)
    return raws


@dataclass(slots=True)
class _Doc:
    ft: str
    raws: list[_Raw]  # first pass over the whole text: context-free decisions only
    anchors: frozenset[str]  # units named unambiguously anywhere in the text
    sentence_starts: list[int]
    aside: int  # where "read also" / related-news furniture starts (len(text) if none)
    contact_lines: list[tuple[int, int]]


@lru_cache(maxsize=8)
def _document(text: str) -> _Doc:
    """One pass over the whole text, shared by every region of it the extractor asks about."""
    ft = _shared_match_text(text)
    raws = _first_pass(text, ft, 0, len(text))
    starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
    aside = _ASIDE.search("\n" + text)  # the text's first line is a line too (offsets shift by one)
    contacts = [(a - 1, b - 1) for a, b in (m.span() for m in _CONTACT_LINE.finditer("\n" + text))]
    return _Doc(ft, raws, frozenset(r.uid for r in raws if r.uid), starts,
                aside.start() if aside else len(text), contacts)


def _sentence_of(doc: _Doc, pos: int) -> tuple[int, int]:
    i = bisect_right(doc.sentence_starts, pos) - 1
    nxt = doc.sentence_starts[i + 1] if i + 1 < len(doc.sentence_starts) else len(doc.ft)
    return doc.sentence_starts[i], nxt


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places mentioned in ``text[start:end]``; spans are offsets into ``text``."""
    end = len(text) if end is None else end
    doc = _document(text)
    raws = [_copy(r) for r in doc.raws if start <= r.start and r.end <= end]
    for r in raws:
        if r.level_end and r.level_end > end:
            r.level_end = None
    region_anchors = {r.uid for r in raws if r.uid}
    blocked = _org_spans(text, start, end)
    out: list[PlaceMention] = []
    units = gazetteer().units
    doc_anchors = set(doc.anchors)
    by_sentence: dict[int, set[str]] | None = None
    for r in raws:
        if r.uid is None:
            if by_sentence is None:  # units resolved so far, per sentence (only when some name needs them)
                by_sentence = {}
                for o in raws:
                    if o.uid:
                        by_sentence.setdefault(_sentence_of(doc, o.start)[0], set()).add(o.uid)
            lo, _hi = _sentence_of(doc, r.start)
            sentence = by_sentence.setdefault(lo, set())
            _resolve(r, [sentence, region_anchors, doc_anchors])
            if r.uid:
                sentence.add(r.uid)
    explicit = {r.entries: r.uid for r in raws if r.uid and r.level and not r.ambiguous
                and units[r.uid].level in _LOW}
    in_org = Cover(blocked)
    # "офис ОБСЕ в Бишкеке": where " в " after an organization ends (a place starts with a letter,
    # so the pattern's trailing spaces end exactly there)
    seat = {m.end() for _, b in blocked if (m := _ORG_SEAT.match(text, b))}
    for r in raws:
        if r.uid is None:
            continue
        if not r.level and explicit.get(r.entries, r.uid) != r.uid:
            r.uid, r.ambiguous = explicit[r.entries], False  # a bare "Ak-Tal" is the unit "the village of Ak-Tal" is
        unit = units[r.uid]
        if in_org.covers(r.start) or r.start in seat:
            continue  # "ОФ «Иссык-Кульский центр медиации»", "офис ОБСЕ в Бишкеке": a place inside a name is no place
        if not _is_mention(text, doc, r):
            continue
        span_end = r.level_end if r.level_end else r.end
        out.append(PlaceMention(_place(unit, text, r.start, span_end), r.ambiguous, r.candidates))
    _district_of_settlements(out, raws)
    out.extend(m for m in _unknown_places(text, doc.ft, start, end, raws, blocked)
               if m.place.span and m.place.span[0] < doc.aside)
    out.sort(key=lambda m: m.place.span[0] if m.place.span else 0)
    return out


_KY_LOCATIVE = re.compile(r"\w{3,}(?:[дт][аеоө])$")
_ORG_SEAT = re.compile(r"[^\S\n]+(?:в|во|in)[^\S\n]+")
# A level word in adjective form makes the name part of an institution's name ("Талас облустук
# жаштар ресурстук борбору", "Баткен облустук суу чарба башкармалыгы", "Джалал-Абадского
# областного центра"); the labelling guide does not count places inside organization names.
_INSTITUTION_LEVEL = ("облустук", "райондук", "шаардык", "областн", "районн", "городск")
# Page furniture after which places are links to other stories or the publisher's address.
_ASIDE = re.compile(  # each opens with the line break: re then jumps from one line to the next in C
    r"\n[^\S\n]*(?:читайте\s+также|связанные\s+новости|похожие\s+новости|другие\s+новости|"
    r"последние\s+новости|новости\s+по\s+теме|read\s+also|related\s+(?:news|stories|articles)|more\s+news|"
    r"see\s+also|окшош\s+жаңылыктар|башка\s+жаңылыктар|тектеш\s+жаңылыктар|дагы\s+окуңуз|"
    r"ошондой\s+эле\s+окуңуз|акыркы\s+жаңылыктар)\b[^\n]{0,20}(?=\n|$)",
    re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"\n[^\S\n]*(?:контакты|контактная\s+информация|адрес|media\s+contacts?|contacts?|address|байланыш\w*|"
    r"дарек\w*|тел\.?|phone)\b[^\n]*", re.IGNORECASE)
# "Naryn, 16 May 2023." / "Бишкек, 14-март — Кабар": where the release was written, not the event.
_DATELINE_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?:\d|[^\W\d_]+[^\S\n]+\d)")
_STREET_AFTER = re.compile(r"[^\S\n]+(?:avenue|street|str\.|ave\.|проспект\w*|пр\.|көчөсү\w*|кочосу\w*|"
                           r"бульвар\w*|blvd)", re.IGNORECASE)
_STREET_BEFORE = re.compile(r"(?:\bул\.|\bулиц\w+|\bпр\.|\bпр-т|\bпроспект\w*|\bбульвар\w*)\s*$", re.IGNORECASE)
# "Бакыт Осмонов", "Ош Асанов": a first name that is also a place name, then a surname.
_SURNAME_AFTER = re.compile(r"[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|уулу|кызы)\b")


# A clause about a plan, a next stage or a cancelled session names where nothing took place
# ("следующий этап пройдет в Сулюкте", "планируется в Нарынской области", "will be held in Osh").
_NOT_HELD = re.compile(
    r"(?<![а-яa-z])(?:планиру\w*|запланирован\w*|предстоит|пройдет|пройдут|состоится|состоятся|"
    r"будет\s+(?:проходить|проведен\w*|организован\w*)|будут\s+(?:проходить|проведен\w*|организован\w*)|"
    r"следующ\w+\s+(?:этап|встреч|тренинг|семинар|сесси|форум)\w*|отмен[её]н\w*|перенесен\w*|"
    r"пландалууда|пландаштырылууда|откорулот|откорулмокчу|кийинки\s+(?:этап|жолугушуу|тренинг)\w*|"
    r"жокко\s+чыгарылд\w*|will\s+(?:be\s+held|take\s+place)|plans?\s+to\s+hold|"
    r"next\s+(?:stage|phase|session|meeting|training)|cancell?ed|postponed)"
    r"(?![а-яa-z])")
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def _in_plan_clause(ft: str, pos: int, end: int) -> bool:
    lo = max(0, pos - 120)
    head = ft[lo:pos]
    cut = max(head.rfind(c) for c in ",;:.!?\n")
    m = _CLAUSE_END.search(ft, end, min(len(ft), end + 120))
    return bool(_NOT_HELD.search(ft, lo + cut + 1, m.start() if m else min(len(ft), end + 120)))


def _is_mention(text: str, doc: _Doc, r: _Raw) -> bool:
    """Rules that read the words around a resolved name (see the constants above)."""
    if r.start >= doc.aside or any(a <= r.start < b for a, b in doc.contact_lines):
        return False
    if _in_plan_clause(doc.ft, r.start, r.level_end or r.end):
        return False
    if r.level_end and doc.ft.startswith(_INSTITUTION_LEVEL, r.end + len(doc.ft[r.end:r.level_end]) -
                                         len(doc.ft[r.end:r.level_end].lstrip())):
        return False
    line_start = text.rfind("\n", 0, r.start) + 1
    if not text[line_start:r.start].strip() and _DATELINE_AFTER.match(text, r.end):
        return False
    if _STREET_AFTER.match(text, r.end) or _STREET_BEFORE.search(text, max(0, r.start - 12), r.start):
        return False
    return bool(r.level_end or not _SURNAME_AFTER.match(text, r.end))


def _place(unit: Unit, text: str, s: int, e: int) -> Place:
    parent = unit.parent
    return Place(soate=unit.soate, name=unit.name, level=unit.level, parent_soate=parent,
                 evidence=text[s:e], span=(s, e))


_UNKNOWN_LEVEL_WORDS = (("айыл аймаг", "ayil_aimak"), ("айыл окмот", "ayil_aimak"), ("айыл", "village"),
                        ("кыштаг", "village"), ("сел", "village"), ("пос", "village"))
_PARENT_LEVELS = {"settlement": ("ayil_aimak", "town", "city", "city_district", "rayon"),
                  "village": ("ayil_aimak", "town", "city", "rayon"),
                  "ayil_aimak": ("rayon",)}


def _unknown_places(text: str, ft: str, start: int, end: int, raws: list[_Raw],
                    blocked: list[tuple[int, int]]) -> list[PlaceMention]:
    known = [(r.start, r.end) for r in raws if r.uid is not None]
    out: list[PlaceMention] = []
    items: list[tuple[int, int, int]] = []  # (start, end, level-word position)
    for lw in _word_starts(ft, _POST_TRIGGERS, start, end):
        if ft.startswith("айыл", lw) and not _AYIL_LEVEL.match(ft, lw):
            continue  # "айылдын", "айыл чарба": not a name's level word
        pos = lw
        k = _prev_word_start(text, pos, start)
        if ft.startswith("жаны", k):  # "Алай-2 жаңы конуштарынын"
            pos = k
            k = _prev_word_start(text, pos, start)
        if text[k] in "»”\"" and k > start:  # «Маданият» жаңы конушу
            k = _prev_word_start(text, k, start)
        if not (text[k].isupper() or text[k].isdigit()):
            continue
        for _ in range(8):  # a list of names sharing the level word, read backwards
            nm = _NAME_AT_END.search(text, max(start, pos - 60), pos)
            if not nm:
                break
            items.append((nm.start(1), nm.end(1), lw))
            sep = _SEP_AT_END.search(text, max(start, nm.start() - 8), nm.start())
            if not sep:
                break
            pos = sep.start()
    for lw in _word_starts(ft, _PRE_TRIGGERS, start, end):
        after = ft.find(" ", lw, end)
        if after < 0:
            continue
        nm = _NAME_AT_START.match(text, after, end)
        while nm:  # "жилмассивов Ак-Тилек, Ынтымак и Учкун"
            items.append((nm.start(1), nm.end(1), lw))
            nm = _PRE_LIST_NEXT.match(text, nm.end(), end)
    taken = Cover(known + blocked)
    for s, e, lw in items:
        name = text[s:e]
        if taken.overlaps(s, e):
            continue
        latin = _unknown_name(name)
        if latin is None:
            continue
        if s > 0 and text[s - 1] in "«“\"„'‘" and not (lw > e and text[e:e + 1] in "»”\"" and
                                                       fold(text[e + 1:lw].strip()) in ("", "жаны")):
            continue  # a quoted name is an organization's or a project's unless the level word follows it
        if _INITIAL_BEFORE.search(text[max(0, s - 6):s]):
            continue
        probe = ft[lw:lw + 30].lstrip()
        level = "settlement"
        for word, lvl in _UNKNOWN_LEVEL_WORDS:
            if probe.startswith(word):
                level = lvl
                break
        parent = _enclosing(raws, s, level, text, e)
        out.append(PlaceMention(Place(soate=None, name=latin, level=level,
                                      parent_soate=parent, evidence=name, span=(s, e))))
    return _same_parent(out)


@lru_cache(maxsize=4096)
def _unknown_name(name: str) -> str | None:
    """The Latin name of a capitalised word before/after a level word, or None when the word is
    no place's name (a pronoun or title, a case form, the country); depends on the word only."""
    if name_key(name) in NOT_A_NAME or _NOT_NOMINATIVE.search(name.rstrip(" -0123456789")) or _COUNTRY.match(fold(name)):
        return None
    if _KY_LOCATIVE.search(name) and name_key(name[:-2]) in gazetteer().keys:
        return None  # "Токмокто айыл өкмөтү": the ayil okmotu in Tokmok, no place called Tokmokto
    return to_latin(re.sub(r"[\s‐–-]+", "-", name))


def _district_of_settlements(out: list[PlaceMention], raws: list[_Raw]) -> None:
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


def _word_starts(ft: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Word starts of ``words`` in ``ft[start:end]`` (from the shared scan of the text)."""
    post = words is _POST_TRIGGERS
    out = []
    for last, (n, in_post, in_pre) in SCANNER.scan(ft)["place_level_words"]:
        i = last - n + 1
        if (in_post if post else in_pre) and start <= i and last < end and (i == 0 or not ft[i - 1].isalnum()):
            out.append(i)
    return sorted(out)


def _prev_word_start(text: str, pos: int, start: int) -> int:
    k = pos - 1
    while k > start and text[k] in " \t\u00a0":
        k -= 1
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "-‐–"):
        k -= 1
    return k


def _enclosing(raws: list[_Raw], pos: int, level: str, text: str = "", name_end: int = -1) -> str | None:
    """The nearest named unit that can contain an unknown place, preferring one written right after
    the name ("жилмассив Ак-Бата Свердловского района"), then ones before it."""
    units = gazetteer().units
    ok = _PARENT_LEVELS.get(level, ())
    best: tuple[int, str] | None = None
    for r in raws:
        if r.uid is None or units[r.uid].level not in ok or units[r.uid].soate is None:
            continue
        if name_end >= 0 and r.start >= name_end and not text[name_end:r.start].strip():
            return r.uid
        dist = pos - r.start if r.start <= pos else 10_000 + r.start - pos
        if best is None or dist < best[0]:
            best = (dist, r.uid)
    return best[1] if best else None


def _shared_match_text(text: str) -> str:
    from etl.reference.organizations import _match_text as org_match_text  # the same key, cached per text

    return org_match_text(text)


# A local self-government body's territory is covered by its taking part ("Бишкек шаарынын
# мэриясы", "руководство города Каракол"): the place in its name counts (the labels do so);
# places in any other organization's name do not.
_TERRITORIAL = ("City Hall", "City Council", "District State Administration")


def _org_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from etl.reference.organizations import find_organizations

    return [m.organization.span for m in find_organizations(text, start, end, include_incidental=True)
            if m.organization.span and not m.organization.name.endswith(_TERRITORIAL)]
