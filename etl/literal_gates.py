"""Searches skipped where the span holds none of the literals every match needs.

The rules search the clause or sentence around each place name, organization and count with patterns
of word alternatives (``(?<![а-яa-z])(?:каждый\\s+год|ежегодно|every\\s+year|…)``); a typical report runs
~900 such searches, a third of its instructions, and ~70 % of the searched characters lie in spans that
hold none of the words the pattern's matches are made of.  ``re`` still walks every character of such a
span (testing each against the pattern's first characters and trying the alternatives at each word).

``gated`` wraps a pattern whose every match holds one of a few literals (``required_literals``: read from
the parsed pattern, case-sensitive patterns only) so that ``search``, ``finditer`` and ``findall`` first
ask ``str.find`` (C, no per-character dispatch) whether one of them lies wholly inside
``string[pos:endpos]``: when none does, no match can lie there, and the answer is the empty one ``re``
would give (``None``, no matches).  Otherwise the pattern's own method runs on the same arguments, so
every answer is the pattern's.  Look-arounds may read outside the span, but they consume nothing and
give no literal.  ``match``, ``fullmatch`` and the rest are the pattern's own bound methods (a match at
one position fails at once in C; a Python test first would cost more).

Only patterns with at most ``_MAX_LITERALS`` literals of at least ``_MIN_LENGTH`` characters are gated
(more, or shorter and so frequent, finds would cost what they save).  ``first_chars.install`` applies it
to every module-level pattern with the first-character speed-up; ``ETL_PLAIN_REGEX=1`` turns both off.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from etl.required_literals import required_literals

_MAX_LITERALS = 16
_MIN_LENGTH = 3
_EMPTY: tuple[()] = ()


class GatedPattern:
    """``pattern`` with ``search``/``finditer``/``findall`` skipped on spans without any of ``literals``."""

    __slots__ = ("_literals", "_pattern", "findall_plain", "finditer_plain", "flags", "fullmatch", "groupindex",
                 "groups", "match", "pattern", "scanner", "search_plain", "split", "sub", "subn")

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self._pattern = pattern
        self._literals = literals
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self.sub = pattern.sub
        self.subn = pattern.subn
        self.split = pattern.split
        self.scanner = pattern.scanner  # type: ignore[attr-defined]
        self.search_plain = pattern.search
        self.finditer_plain = pattern.finditer
        self.findall_plain = pattern.findall

    def _holds(self, string: str, pos: int, endpos: int) -> bool:
        find = string.find
        lo = pos if pos > 0 else 0  # re reads a negative pos as 0; str.find would count it from the end
        hi = endpos if endpos > 0 else 0
        for lit in self._literals:
            if find(lit, lo, hi) >= 0:
                return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._holds(string, pos, endpos):
            return self.search_plain(string, pos, endpos)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._holds(string, pos, endpos):
            return self.finditer_plain(string, pos, endpos)
        return iter(_EMPTY)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._holds(string, pos, endpos):
            return self.findall_plain(string, pos, endpos)
        return []

    def __repr__(self) -> str:
        return f"GatedPattern({self._pattern!r}, {self._literals!r})"

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, GatedPattern) else other)

    def __hash__(self) -> int:
        return hash(self._pattern)


def gated(pattern: re.Pattern[str]) -> Any:
    """``pattern`` as a ``GatedPattern`` when a few long enough literals gate it, else itself."""
    if not isinstance(pattern.pattern, str):
        return pattern
    try:
        literals = required_literals(pattern)
    except (ValueError, re.error, RecursionError):
        return pattern
    if len(literals) > _MAX_LITERALS or min(map(len, literals)) < _MIN_LENGTH:
        return pattern
    return GatedPattern(pattern, literals)
