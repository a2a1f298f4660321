"""First pass of the place matcher: gazetteer names found in the text, their level words, and
the choice among the units a name may mean (see ``places`` for the rules in order)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.contract import Place
from etl.reference.gazetteer import Unit, gazetteer
from etl.reference.morph import LEVEL_ADMITS, LIST_GAP, LIST_TAIL_NAME, POST_LEVEL, PRE_LEVEL, suffix_ok
from etl.reference.places_samename import prefer_same_named_aimak
from etl.reference.places_seats import bare_seat
from etl.reference.scan import SCANNER

LEVEL_PREFERENCE = {"city": 0, "oblast": 1, "town": 2, "rayon": 3, "ayil_aimak": 4, "village": 5,
                    "settlement": 6, "city_district": 7}
HIGH = frozenset({"city", "oblast", "town", "rayon"})
LOW = frozenset({"ayil_aimak", "village", "settlement"})
DASHES = "-‐‑‒–—"
_WORD_TAIL = re.compile(r"[^\W\d_]*")
# "Нариман, Папан жана дагы эки айыл аймагы", "Боконбаево и ещё три села", "Kant and two other towns":
# the level word after a count of other units is the listed names' too.
_AND_OTHERS = re.compile(r"(?:,\s*)?(?:жана|и|and)\s+(?:дагы|ещ[её]|another)?\s*"
                         r"(?:эки|уч|торт|беш|алты|два|две|три|четыре|пять|шесть|two|three|four|five|six|\d{1,2})"
                         r"\s+(?:other\s+)?")
INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁӨҮҢ]\.\s*$")


@dataclass(slots=True)
class PlaceMention:
    place: Place  # carries evidence and span (offsets into the text passed in)
    ambiguous: bool = False  # more than one gazetteer unit fits and context did not decide
    candidates: tuple[str, ...] = ()  # SOATE codes considered when ambiguous

def _name_keys() -> dict[str, object]:
    """Gazetteer keys for the shared scan of the folded text (one Aho-Corasick pass serves places,
    organizations and projects); a hit counts only where the text writes the name capitalised, as
    one of ``variants`` ("Кара-Булак", "Кара-булак"): lowercase words are not names."""
    out: dict[str, object] = {}
    for key, entries in gazetteer().keys.items():
        variants = {key[:1].upper() + key[1:], " ".join(w[:1].upper() + w[1:] for w in key.split(" "))}
        out[key] = (len(key), frozenset(variants), tuple(entries))
    return out


SCANNER.add_keys("place_names", _name_keys)


_CASE_KEEPING = (("ң", "н"), ("ө", "о"), ("ү", "у"), ("ё", "е"), ("Ң", "Н"), ("Ө", "О"), ("Ү", "У"), ("Ё", "Е"),
                 ("-", " "), ("–", " "), ("—", " "), ("‐", " "), ("‑", " "), ("‒", " "), ("\u00a0", " "))


def _case_text(text: str) -> str:
    """Same-length key text that keeps case: Kyrgyz letters merged, dashes as spaces."""
    for a, b in _CASE_KEEPING:
        if a in text:
            text = text.replace(a, b)
    return text


@dataclass(slots=True)
class Raw:
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
    matched: str = ""  # the folded key as found (its spelling tells a seat's own name from an alias)


def copy_raw(r: Raw) -> Raw:
    """A region's private copy of a first-pass mention (dataclasses.replace is ten times slower)."""
    return Raw(r.start, r.end, r.entries, r.level, r.level_end, r.uid, r.ambiguous, r.candidates, r.key_len,
                r.pre_level, r.matched)


def _raw_mentions(text: str, ft: str, start: int, end: int) -> list[Raw]:
    found: list[Raw] = []
    ct = ""  # the case-keeping key text, made for the first name at a word start
    for last, (klen, variants, entries) in SCANNER.scan(ft)["place_names"]:
        s = last - klen + 1
        if s < start or last >= end:
            continue
        if s > 0 and (ft[s - 1].isalnum() or (text[s - 1] in DASHES and s > 1 and text[s - 2].isalnum())):
            continue
        ct = ct or _case_text(text)
        if ct[s:last + 1] not in variants:
            continue
        e = last + 1
        j = _WORD_TAIL.match(ft, e, end).end()  # type: ignore[union-attr]
        if j < len(ft) and ft[j].isdigit():
            continue
        suffix = ft[e:j]
        ok = tuple(en for en in entries if suffix_ok(en[1], suffix))
        if ok and not INITIAL_BEFORE.search(text[max(0, s - 6):s]):
            found.append(Raw(s, j, ok, key_len=klen, matched=ft[s:last + 1]))
    found.sort(key=lambda r: (-(r.end - r.start), -r.key_len, r.start))
    chosen: list[Raw] = []
    taken: list[tuple[int, int]] = []
    for r in found:
        if all(r.end <= a or r.start >= b for a, b in taken):
            chosen.append(r)
            taken.append((r.start, r.end))
    chosen.sort(key=lambda r: r.start)
    return chosen


def _assign_levels(text: str, ft: str, raws: list[Raw], end: int) -> list[tuple[int, int]]:
    """Level words for each list of names (one level word after a list applies to every item);
    returns the lists as ``(first, last)`` indices."""
    lists = []
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
        if pos + 1 < end and ft[pos] == "\n" and text[pos + 1].islower():  # a line wrapped before the level word
            pos += 1
        post = POST_LEVEL.match(ft, pos) if pos < end else None
        if post is None and (others := _AND_OTHERS.match(ft, pos, end)):
            post = POST_LEVEL.match(ft, others.end())  # "Нариман, Папан жана дагы эки айыл аймагы"
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
        if post and j > i and ft.startswith(("район", "област"), post.start()):
            noun_items(raws[i:j + 1])
        if post and pre and pre.lastgroup != level:
            raws[i].pre_level = pre.lastgroup  # "the village of Ak-Tal, Ak-Talaa district"
        if post and post.end() <= end:
            raws[j].level_end = post.end()
        lists.append((i, j))
        i = j + 1
    return lists


def noun_items(items: list[Raw]) -> None:
    """"из Нарына, Бишкека, Ат-Башинского и Кочкорского районов": a Russian district is an adjective before
    its level word, so a bare noun item among adjectives is no district (Naryn here is the city)."""
    if any(any(kind == "adj" for _, kind in r.entries) for r in items):
        for r in items:
            if all(kind != "adj" for _, kind in r.entries):
                r.level = None


def _same_level_in_lists(raws: list[Raw], lists: list[tuple[int, int]]) -> None:
    """Bare names listed together are units of one level: "in Chui and Talas" names two oblasts,
    though a bare "Talas" alone is the city."""
    units = gazetteer().units
    for i, j in lists:
        items = raws[i:j + 1]
        if j == i or any(r.level for r in items):
            continue
        if not any(r.uid and units[r.uid].level == "oblast" for r in items):
            continue
        for r in items:
            if r.uid and units[r.uid].level in ("city", "town") and not r.ambiguous:
                oblasts = [uid for uid, kind in r.entries if units[uid].level == "oblast"]
                if len(oblasts) == 1:
                    r.uid = oblasts[0]


def _score(unit: Unit, anchors: set[str]) -> int:
    """How well the named units place ``unit``: a more specific anchor first (a village of the named
    Aksy district over a town that only shares the named Jalal-Abad oblast), then a closer one."""
    units = gazetteer().units
    for depth, anc in enumerate(unit.ancestors):
        if anc in anchors:
            return 100 * (len(units[anc].ancestors) + 1) + 50 - depth
    return 0


def _village_in_context(villages: list[str], towns: list[str], tiers: list[set[str]]) -> str | None:
    """The village a bare name means when a unit enclosing it is named more specifically (or nearer)
    than any unit enclosing the town of the same name ("Jeti-Oguz district ... in Kyzyl-Suu" is the
    district's village, not the town near Jalal-Abad)."""
    units = gazetteer().units
    for anchors in tiers:
        town = max(_score(units[c], anchors) for c in towns)
        scored = sorted(((_score(units[c], anchors), c) for c in _own_village_over_aimak(villages)), reverse=True)
        if scored and scored[0][0] > town:
            top = [c for sc, c in scored if sc == scored[0][0]]
            return top[0] if len(top) == 1 else None
        if town or scored and scored[0][0]:
            return None
    return None


def _own_village_over_aimak(cands: list[str]) -> list[str]:
    """A bare name that is both an ayil aimak and the village it is named after ("Ivanovka") is the
    village: the aimak borrows the village's name, and texts add "айыл аймагы" when they mean it."""
    units = gazetteer().units
    parents = {units[c].parent for c in cands if units[c].level == "village"}
    return [c for c in cands if not (units[c].level == "ayil_aimak" and c in parents)]


def resolve(r: Raw, tiers: list[set[str]] | None) -> None:
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
            # "жилмассив Кок-Жар" is the Bishkek settlement, not a village of the same name elsewhere
            exact = [c for c in admitted if units[c].level == r.level]
            cands = exact if r.level == "settlement" and exact else admitted
        else:
            r.level = None
    if not r.level:
        cands = [c for c in cands if units[c].level != "city_district"]
        high = [c for c in cands if units[c].level in HIGH and not units[c].needs_context]
        if high:
            best = min(LEVEL_PREFERENCE[units[c].level] for c in high)
            best_high = [c for c in high if LEVEL_PREFERENCE[units[c].level] == best]
            villages = [c for c in cands if units[c].level in LOW]
            if villages and all(units[c].level == "town" for c in best_high):
                if tiers is None:
                    return  # "in Kyzyl-Suu": a small town's name is also many villages' (decided in context)
                village = _village_in_context(villages, best_high, tiers)
                if village:
                    r.uid = village
                    return
            cands = best_high
        elif tiers is None:
            return  # low-level bare names need context
    low_level_word = r.level in ("village", "settlement")
    if len(cands) == 1 and ((r.level and not low_level_word) or (
            units[cands[0]].level in HIGH and not units[cands[0]].needs_context and r.level != "settlement")):
        r.uid = cands[0]
        return
    if tiers is None or not cands:
        return
    if not r.level and all(units[c].needs_context for c in cands):
        tiers = tiers[:1]  # a name that is also a common word needs its parent in the same sentence
    if not r.level and not any(kind == "adj" for _uid, kind in r.entries):
        cands = _own_village_over_aimak(cands)  # "Папанский" (an adjective) is the aimak's, not the village's
    own = {uid for uid, _kind in r.entries if units[uid].level in LOW}
    for i, anchors in enumerate(tiers):
        if own & anchors:  # the name's own other unit (the aimak of "Папан айыл аймагы") places none of its units
            anchors = anchors - own
        scored = sorted(((_score(units[c], anchors), c) for c in cands), reverse=True)
        if scored[0][0] > 0:
            top = [c for s, c in scored if s == scored[0][0]]
            if r.level == "settlement" and _city_microdistrict(top, anchors):
                return  # "жители микрорайонов Кызыл-Жылдыз и Мурас" of Naryn: the city's, not a village of the oblast
            top.sort(key=lambda c: LEVEL_PREFERENCE[units[c].level])
            r.uid = prefer_same_named_aimak(top)[0] if len(top) > 1 else top[0]
            return
        if r.level in ("village", "settlement", "ayil_aimak") and any(
                units[a].level in ("rayon", "city") for a in anchors) and not _district_named_later(cands, tiers[i + 1:]):
            return  # the enclosing unit is named and holds no such place: an unknown place in it
    if r.level == "settlement" and units[cands[0]].level != "settlement":
        return  # "жилмассив Жаңы-Жер" with nothing around: a settlement the gazetteer lacks, not a far village
    if len(cands) == 1 and r.level:
        r.uid = cands[0]
        return
    if not r.level and not any(units[c].level in HIGH and not units[c].needs_context for c in cands):
        # bare low-level name with no ancestor in context: not a place mention, unless a district's seat
        r.uid = bare_seat(cands, r.matched) if r.matched else None
        return
    r.ambiguous, r.candidates = True, tuple(cands)
    r.uid = _common_ancestor(cands) or cands[0]


def _city_microdistrict(top: list[str], anchors: set[str]) -> bool:
    """The context names a city and a settlement word's candidates lie outside it and outside every district
    it names: the settlement is the city's own (below SOATE), left to the unknown-place pass."""
    units = gazetteer().units
    cities = {a for a in anchors if a in units and units[a].level in ("city", "city_district")}
    if not cities:
        return False
    narrow = {a for a in anchors if a in units and units[a].level in ("rayon", "ayil_aimak", "town", "village")}
    return not any(set(units[c].ancestors) & (cities | narrow) for c in top)


def _district_named_later(cands: list[str], tiers: list[set[str]]) -> bool:
    """A wider tier names the district (or a more specific unit) of one candidate: "Гранты получили группы
    из Токмока, сел Кегети и Шамшы" in a report that names the Kegeti aimak elsewhere is that aimak's
    village, not an unknown place in Tokmok, the city the sentence names for another group."""
    units = gazetteer().units
    return any(_score(units[c], anchors) >= 200 for anchors in tiers for c in cands)


def _common_ancestor(cands: list[str]) -> str | None:
    units = gazetteer().units
    chains = [set(units[c].ancestors) for c in cands]
    common = set.intersection(*chains) if chains else set()
    if not common:
        return None
    return max(common, key=lambda uid: len(units[uid].ancestors))


def first_pass(text: str, ft: str, start: int, end: int) -> list[Raw]:
    raws = _raw_mentions(text, ft, start, end)
    lists = _assign_levels(text, ft, raws, end)
    for r in raws:
        resolve(r, None)
    _same_level_in_lists(raws, lists)
    return raws
