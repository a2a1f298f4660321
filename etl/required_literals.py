"""Literals every match of a pattern holds: a test in C that a span can hold no match at all.

A rule that searches a clause or a sentence with a pattern of many alternatives behind a look-behind
(``(?<![а-яa-z])(?:планиру\\w*|запланирован\\w*|…)``) makes ``re`` try every alternative at every word of
the span, and most spans hold none of them.  ``required_literals`` reads from the parsed pattern a few
literals of which every match must hold one: a run of literal characters in a sequence is needed; a
group, an atomic group or a repeat of at least once needs what its body needs; a branch needs one of
its alternatives' sets; look-arounds and anchors consume nothing and give nothing.  When none of them
occurs in the span (``str.find``), ``search`` cannot match there and is not run: ``holds_any`` is the
test, and callers write ``holds_any(ft, LITS, a, b) and PATTERN.search(ft, a, b)``.

Case-insensitive patterns (or groups) give nothing: a literal then stands for several characters.
It uses the private parser of the running CPython (as ``etl/first_chars.py`` does).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

C: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Literals of which every match of ``pattern`` holds one (the most selective such set found);
    ValueError when the pattern has none (a case-insensitive one, or an alternative of classes only)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if (tree.state.flags | pattern.flags) & re.IGNORECASE:
        raise ValueError(f"case-insensitive: {pattern.pattern[:60]!r}")
    found = _of_sequence(tree.data)
    if not found:
        raise ValueError(f"no literal every match holds: {pattern.pattern[:60]!r}")
    # a literal that holds another ("жительница", "житель") is found whenever that one is: one find less
    return tuple(sorted(lit for lit in found if not any(o != lit and o in lit for o in found)))


def holds_any(text: str, literals: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """Some literal of ``literals`` lies wholly in ``text[start:end]`` (``start`` below 0 read as 0, as
    ``re`` reads ``pos``; ``str.find`` would count it from the end)."""
    start = max(start, 0)
    end = len(text) if end is None else end
    find = text.find
    for lit in literals:
        if find(lit, start, end) >= 0:
            return True
    return False


def _of_sequence(items: Any) -> set[str] | None:
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        sub: set[str] | None = None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if not add_flags & re.IGNORECASE:
                sub = _of_sequence(body)
        elif op is C.ATOMIC_GROUP:
            sub = _of_sequence(av)
        elif op is C.BRANCH:
            alternatives = [_of_sequence(alt) for alt in av[1]]
            if all(alternatives):
                sub = set().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            sub = _of_sequence(av[2])
        if sub:
            options.append(sub)
    if run:
        options.append({"".join(run)})
    # the set whose shortest literal is longest (rarest in text), then the smallest set
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)
