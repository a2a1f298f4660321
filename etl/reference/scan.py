"""Fast scanning for regexes that only match at a word start beginning with a known literal.

Python's ``re`` tries a pattern such as ``(?<!\\w)(?:тарабынан|каржыл\\w*|…)`` at every
character of the text, which for the cue and form patterns of this package costs more
than all the rest of the matching.  ``Triggered`` finds the few positions where one of
the pattern's literal prefixes starts a word (one Aho-Corasick pass) and runs the full
pattern only there, with ``finditer`` semantics: leftmost, non-overlapping, alternatives
in order.  The prefixes are read from the pattern itself, so editing a pattern keeps the
trigger list in step; a pattern with an alternative that does not start with a literal
is refused when the module is imported.

``windows`` gives the other shape of shortcut: regexes anchored on a keyword in the
middle ("Кара-Булак айыл өкмөтү") run only in merged windows around the keyword.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate

import ahocorasick

from etl.reference.scan_order import stop_keys, trie_order

_META = set("\\[](){}.*+?|^$")


def _top_level_alternatives(src: str) -> list[str]:
    out, depth, cur, i = [], 0, [], 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            cur.append(src[i:i + 2])
            i += 2
            continue
        if ch == "[":  # a class may hold | and ( literally
            j = src.index("]", i + 2 if src[i + 1:i + 2] == "]" else i + 1)
            cur.append(src[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def _strip_group(alt: str) -> str:
    """``(?P<x>(?<!\\w)(?:a|b))`` and ``(?<!\\w)(?:a|b)`` -> ``a|b`` when the group spans the alternative;
    any look-behind that opens it is dropped (it consumes nothing: the match still starts with ``a`` or ``b``)."""
    alt = alt.strip()
    while True:
        if alt.startswith(("(?<!", "(?<=")) and (close := _closing(alt, 0)) > 0:
            alt = alt[close + 1:]
            continue
        m = re.match(r"\((?:\?P<\w+>|\?:)?", alt)
        if m and m.end() > 0 and alt.endswith(")") and _closing(alt, 0) == len(alt) - 1:
            alt = alt[m.end():-1]
            continue
        return alt


def _closing(src: str, open_at: int) -> int:
    depth, i = 0, open_at
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = src.index("]", i + 2 if src[i + 1:i + 2] == "]" else i + 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def literal_prefixes(src: str) -> set[str]:
    """The literal each top-level alternative of ``src`` starts with (recursing into groups
    that span a whole alternative; ``\\s+`` between words kept as one space, a leading
    ``[Оо]`` class taken in lower case).  Raises ValueError when some alternative has none."""
    out: set[str] = set()
    for alt in _top_level_alternatives(src):
        inner = _strip_group(alt)
        if inner != alt.strip() and len(_top_level_alternatives(inner)) > 1:
            out |= literal_prefixes(inner)
            continue
        lead = re.match(r"\((?:\?:)?", inner)
        if lead and (close := _closing(inner, 0)) > 0 and inner[close + 1:close + 2] not in ("?", "*", "{"):
            # "(?:presented|handed\s+over)\s+grants?": a match starts with one of the group's prefixes
            out |= literal_prefixes(inner[lead.end():close])
            continue
        lit: list[str] = []
        i = 0
        while i < len(inner):
            ch = inner[i]
            if ch == "[" and not lit:  # "[Оо]бщественн": one letter in either case
                j = inner.index("]", i)
                letters = {c.lower() for c in inner[i + 1:j]}
                if len(letters) != 1 or j + 1 < len(inner) and inner[j + 1] in "?*{":
                    break
                lit.append(letters.pop())
                i = j + 1
                continue
            if inner.startswith("\\s+", i) and lit and lit[-1] != " ":
                lit.append(" ")
                i += 3
                continue
            if ch in _META or ch.isspace():
                if ch in "?*{" and lit:
                    lit.pop()  # "partners?": the s is optional
                break
            lit.append(ch)
            i += 1
        # the scanned key text has dashes as spaces ("мастер-класс" is "мастер класс" there)
        prefix = "".join(lit).rstrip().translate(_DASHES_TO_SPACE)
        if not prefix:
            raise ValueError(f"alternative without a literal prefix: {alt!r}")
        out.add(prefix.lower())
    return out


# Payload kinds of the automaton (see ``Scanner._build``).
_MANY, _ONE_KEY, _ONE_TRIGGER, _ONE_TRIGGER_ANYWHERE = 0, 1, 2, 3


class Scanner:
    """One Aho-Corasick pass over a folded text for every consumer of this package: pattern
    triggers, the organization and project registries and the gazetteer's names (a pass costs
    about as much as its text is long, whatever the number of keys, so one pass serves all).

    A trigger "при финансов" (a short first word, then a longer one) is looked for as its
    second word; the start is then the word before it, so frequent short words ("в", "с",
    "при") cost nothing.  ``scan`` gives, per trigger consumer, the sorted word starts where
    one of its triggers begins (the matcher runs the full pattern only there), and per key
    consumer the ``(end index, value)`` of every occurrence of its keys, in text order.  A trigger
    consumer added ``anywhere`` gets every occurrence of its triggers' first words, at a word start
    or not, for patterns whose own look-behind is not a word start ("(?<![а-яa-z])" lets "5акция" in).
    """

    def __init__(self) -> None:
        self._triggers: dict[str, set[str]] = {}
        self._anywhere: set[str] = set()
        self._key_sources: dict[str, Callable[[], dict[str, object]]] = {}
        # A consumer imported after the first scan rebuilds the automaton; its key sources (the
        # registry's ~2,000 aliases compile a regex each, ~0.8 s) are not read a second time.
        self._key_values: dict[str, dict[str, object]] = {}
        self._auto: tuple[ahocorasick.Automaton, list[str], list[str]] | None = None
        # Extraction runs in threads too (concurrent loads, Airflow): the automaton is built under a
        # lock, and the last scan is remembered per thread as one (text, result) pair, read once.
        self._lock = threading.Lock()
        self._local = threading.local()
        self._generation = 0  # bumped when consumers are added, so older per-thread scans are stale

    def add(self, name: str, triggers: Iterable[str], anywhere: bool = False) -> None:
        with self._lock:
            self._triggers.setdefault(name, set()).update(triggers)
            if anywhere:
                self._anywhere.add(name)
            self._auto = None
            self._generation += 1

    def add_keys(self, name: str, source: Callable[[], dict[str, object]]) -> None:
        """Keys looked for anywhere (``source`` is called when the automaton is built)."""
        with self._lock:
            self._key_sources[name] = source
            self._key_values.pop(name, None)
            self._auto = None
            self._generation += 1

    def _build(self) -> tuple[ahocorasick.Automaton, list[str], list[str]]:
        """The automaton, and the consumer names its payloads index: a payload is ``(_MANY, keyed,
        triggered)``, ``keyed`` holding ``(key consumer index, value)`` and ``triggered`` ``(trigger
        consumer index, key length, mode)``, mode 0 a word start, 1 a second word, 2 anywhere, so a scan
        touches no dictionary per hit; a key of one key consumer only has the payload ``(_ONE_KEY, index,
        value)``, a key that is one consumer's trigger only ``(_ONE_TRIGGER[_ANYWHERE], index, length)``."""
        trigger_names, key_names = list(self._triggers), list(self._key_sources)
        keyed: dict[str, list[tuple[int, object]]] = {}
        triggered: dict[str, list[tuple[int, int, int]]] = {}
        for slot, name in enumerate(trigger_names):
            seen = set()
            for t in self._triggers[name]:
                first, _, rest = t.partition(" ")
                second = rest.split(" ")[0]
                if name in self._anywhere:
                    key, mode = first, 2
                elif len(first) <= 3 and len(second) > len(first):
                    key, mode = second, 1
                else:
                    key, mode = first, 0
                if (key, mode) not in seen:
                    seen.add((key, mode))
                    triggered.setdefault(key, []).append((slot, len(key), mode))
        for slot, name in enumerate(key_names):
            if name not in self._key_values:
                self._key_values[name] = self._key_sources[name]()
            for key, value in self._key_values[name].items():
                keyed.setdefault(key, []).append((slot, value))
        auto = ahocorasick.Automaton()
        keys = keyed.keys() | triggered.keys()
        stops = stop_keys(keys)  # a node at the root for each frequent character that begins no key
        for key in sorted(keys | stops, key=trie_order):  # frequent characters first in every node (scan_order.py)
            if key in stops:
                auto.add_word(key, (_MANY, (), ()))
                continue
            entries, triggers = keyed.get(key, []), triggered.get(key, [])
            # most hits are one consumer's key or one pattern's trigger: read without inner loops
            if len(entries) == 1 and not triggers:
                auto.add_word(key, (_ONE_KEY, *entries[0]))
            elif not entries and len(triggers) == 1 and triggers[0][2] != 1:
                slot, n, mode = triggers[0]
                auto.add_word(key, (_ONE_TRIGGER_ANYWHERE if mode == 2 else _ONE_TRIGGER, slot, n))
            else:
                auto.add_word(key, (_MANY, tuple(entries), tuple(triggers)))
        auto.make_automaton()
        return auto, trigger_names, key_names

    def _automaton(self) -> tuple[ahocorasick.Automaton, int, list[str], list[str]]:
        with self._lock:
            if self._auto is None:
                self._auto = self._build()
            auto, trigger_names, key_names = self._auto
            return auto, self._generation, trigger_names, key_names

    def scan(self, ft: str) -> dict[str, list]:  # type: ignore[type-arg]
        last_scan = getattr(self._local, "last", None)
        if last_scan is not None and (last_scan[0] is ft or last_scan[0] == ft) and last_scan[1] == self._generation:
            return last_scan[2]  # an equal text (a caller that made its own copy of the key) is compared in C
        auto, generation, trigger_names, key_names = self._automaton()
        found: list[set[int]] = [set() for _ in trigger_names]
        raw: list[list[tuple[int, object]]] = [[] for _ in key_names]
        appends = [r.append for r in raw]
        adds = [f.add for f in found]
        for last, (kind, keyed, triggered) in auto.iter(ft):
            if kind == _ONE_KEY:
                appends[keyed]((last, triggered))
                continue
            if kind == _ONE_TRIGGER:  # keyed is the consumer, triggered the key's length
                s = last - triggered + 1
                if s == 0 or not ((ch := ft[s - 1]).isalnum() or ch == "_"):
                    adds[keyed](s)
                continue
            if kind == _ONE_TRIGGER_ANYWHERE:
                adds[keyed](last - triggered + 1)
                continue
            for slot, value in keyed:
                raw[slot].append((last, value))
            for slot, n, mode in triggered:
                s = last - n + 1
                if mode == 2:
                    found[slot].add(s)
                elif mode:  # the key is a second word: the start is the word before it
                    if s == 0 or not ft[s - 1].isspace():
                        continue
                    s -= 1
                    while s > 0 and ft[s - 1].isspace():
                        s -= 1
                    ch = ft[s - 1] if s else " "
                    if not (ch.isalnum() or ch == "_"):  # a word character, tested inline: this runs per hit
                        continue
                    while s > 0 and ((ch := ft[s - 1]).isalnum() or ch == "_"):
                        s -= 1
                    found[slot].add(s)
                elif s == 0 or not (ft[s - 1].isalnum() or ft[s - 1] == "_"):
                    found[slot].add(s)
        out: dict[str, list] = {name: sorted(v) for name, v in zip(trigger_names, found, strict=True)}  # type: ignore[type-arg]
        out.update(zip(key_names, raw, strict=True))
        self._local.last = (ft, generation, out)
        return out

    def last_scan(self) -> tuple[str, dict[str, list]] | None:  # type: ignore[type-arg]
        """This thread's last scanned text and its result, while no consumer was added since."""
        last = getattr(self._local, "last", None)
        return (last[0], last[2]) if last is not None and last[1] == self._generation else None


SCANNER = Scanner()


class Triggered:
    """``pattern`` whose matches all start at a word start (or, ``anywhere``, at any position)
    with one of its literal prefixes (taken from the pattern, or given).  Candidate starts come
    from ``SCANNER`` on the folded text; the pattern may be matched on the original text (same
    offsets)."""

    __slots__ = ("name", "pattern")

    def __init__(self, name: str, pattern: re.Pattern[str], triggers: Iterable[str] | None = None,
                 anywhere: bool = False) -> None:
        self.name = name
        self.pattern = pattern
        SCANNER.add(name, literal_prefixes(pattern.pattern) if triggers is None else triggers, anywhere)

    def starts(self, ft: str) -> list[int]:
        return SCANNER.scan(ft)[self.name]

    def finditer(self, text: str, lo: int = 0, hi: int | None = None,
                 starts: list[int] | None = None) -> list[re.Match[str]]:
        """Same matches as ``pattern.finditer(text, lo, hi)`` (given the word-start condition);
        ``starts`` from ``self.starts`` of the folded text, else of ``text`` itself."""
        hi = len(text) if hi is None else hi
        match = self.pattern.match
        out = []
        last_end = lo
        starts = self.starts(text) if starts is None else starts
        for i in range(bisect_left(starts, lo), len(starts)):  # no copy of the rest of the list per call
            s = starts[i]
            if s < last_end:
                continue
            if s >= hi:
                break
            m = match(text, s, hi)
            if m:
                out.append(m)
                last_end = m.end() if m.end() > s else s + 1
        return out

    def search(self, text: str, lo: int = 0, hi: int | None = None,
               starts: list[int] | None = None) -> re.Match[str] | None:
        """Same as ``pattern.search(text, lo, hi)`` for a pattern that never matches empty: per sentence,
        the pattern is tried at the few candidate starts instead of at every character."""
        hi = len(text) if hi is None else hi
        starts = self.starts(text) if starts is None else starts
        match = self.pattern.match
        for i in range(bisect_left(starts, lo), len(starts)):
            s = starts[i]
            if s >= hi:
                break
            m = match(text, s, hi)
            if m:
                return m
        return None


_DASHES_AS_SPACE = ("-", "–", "—", "‐", "‑", "‒", "\u00a0")
_DASHES_TO_SPACE = str.maketrans(dict.fromkeys(_DASHES_AS_SPACE, " "))


_LAST_KEY = threading.local()


def match_key(folded: str) -> str:
    """The scanner's key text (dashes and no-break spaces as spaces, same length) from ``fold(text)``:
    equal to the key the organization, project and place matchers scan, so a scan of it is the
    scan they made.  The last one is kept per thread: rules that ask per sentence get it for free."""
    last = getattr(_LAST_KEY, "last", None)
    if last is not None and last[0] is folded:
        return last[1]  # type: ignore[no-any-return]
    key = folded
    for dash in _DASHES_AS_SPACE:
        if dash in key:
            key = key.replace(dash, " ")
    _LAST_KEY.last = (folded, key)
    return key


def windows(positions: Iterable[int], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """Merged ``[p - before, p + after)`` windows clipped to the text."""
    out: list[tuple[int, int]] = []
    for p in sorted(positions):
        lo, hi = max(0, p - before), min(length, p + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def find_all(text: str, word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(text) if hi is None else hi
    out = []
    i = text.find(word, lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1, hi)
    return out


class Cover:
    """Which positions fall inside any of some spans (overlapping or not): one bisection per
    question instead of a pass over every span."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # furthest end among ordered[:i + 1]

    def covers(self, pos: int) -> bool:
        """Some span has ``start <= pos < end``."""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > pos

    def overlaps(self, s: int, e: int) -> bool:
        """Some span has ``start < e and end > s``."""
        i = bisect_left(self._starts, e)
        return i > 0 and self._reach[i - 1] > s
