r"""Window searches ruled out by their last word: ``ft.endswith(last_words(P), lo, word_end(ft, lo, hi))``.

Many rules ask whether the words just before a name or a count read a certain way, with a pattern that
ends in trailing spaces and ``$`` ("…(?:акима|мэра)[^\S\n]+$") searched over the 50-80 characters before
it.  Such a pattern mostly opens with a look-behind and a long alternation, so ``re`` runs it at nearly
every character of the window, and almost always in vain.  Every match ends at the window's end, after
its last word and then only spaces: so the window, its trailing spaces left out, ends with one of the
strings that word can end with.  ``last_words`` reads those strings from the parsed pattern (as
``first_chars`` reads first characters), ``word_end`` finds where the trailing spaces begin, and one
``str.endswith`` in C (a few hundred instructions less than the search it spares) rules the search out
when none fits.  The answer is always the search's own: only searches that cannot match are skipped.

Exact for ``search``/``match``/``fullmatch``/``finditer`` over ``[lo, hi)`` (``$`` then stands at ``hi`` or
before a newline there): a match ends with ``w + s``, ``s`` the spaces its last items match and ``w``
ending in a non-space character of one of the strings, so ``word_end`` is ``w``'s end.  A pattern whose
last word cannot be read (``\w*`` before the spaces, IGNORECASE, MULTILINE, ``$`` in one alternative
only) is refused when the module is imported, so every gate written stays exact after a pattern is edited
(``tests/unit/test_speed_s17.py`` checks every gate against its search).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

C: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")

_MAX_LEN = 6  # characters kept per string: enough to tell the words apart
_MAX_STRINGS = 48  # more, and the strings are cut shorter (a weaker but still exact test)
_BUDGET = 20000  # parse steps per pattern
_SPACE_CATEGORIES = frozenset({"CATEGORY_SPACE", "CATEGORY_LINEBREAK"})


class LastWords(tuple[str, ...]):
    """The strings a window pattern's last word can end with (a tuple, as ``str.endswith`` takes it);
    ``pattern`` is kept for the tests."""

    pattern: re.Pattern[str]


GATES: list[LastWords] = []  # every gate made, for the tests


class _Unreadable(Exception):
    pass


def last_words(pattern: re.Pattern[str]) -> LastWords:
    """The strings every match of ``pattern`` ends with before its trailing spaces (see the module's doc);
    ``ValueError`` for a pattern whose last word cannot be read."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.MULTILINE | re.IGNORECASE | re.LOCALE):
        raise ValueError(f"not a case-sensitive, single-line str pattern: {pattern.pattern!r}")
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    if not items or items[-1][0] is not C.AT or items[-1][1] not in (C.AT_END, C.AT_END_STRING):
        raise ValueError(f"does not end with $: {pattern.pattern!r}")
    items.pop()
    try:
        found = _ends(items, frozenset([""]), [_BUDGET])
    except _Unreadable:
        found = None
    if not found or "" in found or any(s[-1].isspace() for s in found):
        raise ValueError(f"no last word to read: {pattern.pattern!r}")
    width = _MAX_LEN
    while True:
        cut = {s[-width:] for s in found}
        kept = sorted(s for s in cut if not any(s != t and s.endswith(t) for t in cut))
        if len(kept) <= _MAX_STRINGS or width == 1:
            break
        width -= 1
    out = LastWords(kept)
    out.pattern = pattern
    GATES.append(out)
    return out


def word_end(text: str, lo: int, hi: int) -> int:
    """Where the spaces that end ``text[lo:hi]`` begin (``hi`` when it does not end with one)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _spaces_only(op: Any, av: Any) -> bool:
    """The item matches nothing but whitespace (``\\s``, ``[^\\S\\n]``, ``[ \\t]``, repeated or not)."""
    if op is C.LITERAL:
        return chr(av).isspace()
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:  # [^\S…]: not a non-space, so a space
            return any(o is C.CATEGORY and str(a) == "CATEGORY_NOT_SPACE" for o, a in av[1:])
        return all(o is C.CATEGORY and str(a) in _SPACE_CATEGORIES or o is C.LITERAL and chr(a).isspace()
                   for o, a in av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return all(_spaces_only(o, a) for o, a in av[2].data)
    if op is C.SUBPATTERN:
        return all(_spaces_only(o, a) for o, a in av[3].data)
    return False


def _class_chars(av: Any) -> set[str] | None:
    """The characters of a small class of literals and short ranges, else None."""
    out: set[str] = set()
    for o, a in av:
        if o is C.LITERAL:
            out.add(chr(a))
        elif o is C.RANGE and a[1] - a[0] <= 8:
            out.update(chr(c) for c in range(a[0], a[1] + 1))
        else:
            return None
    return out if len(out) <= 12 else None


def _ends(items: list[Any], acc: frozenset[str], budget: list[int]) -> frozenset[str] | None:
    """Strings every match of ``items`` followed by one of ``acc`` ends with (None: any ending)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unreadable
    if not items or all(len(a) >= _MAX_LEN for a in acc):
        return acc
    if "" in acc and len(acc) > 1:  # the paths that matched nothing yet apart, see below
        empty, other = _ends(items, frozenset([""]), budget), _ends(items, acc - {""}, budget)
        return None if empty is None or other is None else empty | other
    op, av = items[-1]
    rest = items[:-1]
    if acc == {""} and _spaces_only(op, av):
        return _ends(rest, acc, budget)  # spaces after the last word ("(?:г\.[^\S\n]*)?$"): word_end drops them
    if op is C.LITERAL:
        return _ends(rest, frozenset(chr(av) + a for a in acc), budget)
    if op is C.IN:
        chars = _class_chars(av)
        if chars is None:
            return None if "" in acc else acc
        return _ends(rest, frozenset(c + a for c in chars for a in acc), budget)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _ends(rest, acc, budget)  # consumes nothing: dropping it only widens what may match
    if op is C.SUBPATTERN:
        if (av[1] | av[2]) & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE | C.SRE_FLAG_MULTILINE):
            raise _Unreadable
        return _ends(rest + list(av[3].data), acc, budget)
    if op is C.ATOMIC_GROUP:
        return _ends(rest + list(av.data), acc, budget)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _ends(rest + list(alt.data), acc, budget)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out = set()
        if lo == 0:  # no repetition at all
            found = _ends(rest, acc, budget)
            if found is None:
                return None
            out |= found
        if hi != 0:  # the last repetition, after the others
            more = hi - 1 if hi != C.MAXREPEAT else hi
            again = [(op, (max(lo - 1, 0), more, sub))] if more else []
            found = _ends(rest + again + list(sub.data), acc, budget)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None if "" in acc else acc  # any character, a category, a back-reference: the known end stops here
