"""Sentences of a text span: offsets only, so every later span stays a span of the document."""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # private, stable within a minor version: see _after_break
_constants: Any = importlib.import_module("re._constants")

# A sentence ends at . ! ? … followed by space and a capital, digit, quote or bullet, or at a
# line break.  Initials and short abbreviations ("Н.А. Кулматова", "м.и.", "г.") do not end one.
# Written to start with one character class, which the regex engine scans for in C (~4x faster
# than "[.!?…]+…(?=…)|\n+", same matches).  A run of marks is tried from its first mark only and
# never backtracked into: a shorter run can never be followed by the space the lookahead needs, and
# retrying inside the run made "....." (1 MB of dots) quadratic.
# The spaces after it are taken whole (\s++): giving some back only leaves a space where the lookahead
# needs a capital, and over a run of spaces left by masked boilerplate that retrying was quadratic.
_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])(?<![.!?…].)[.!?…]*+[\"»”')]*+(?=\s++[\"«“(•\-–—]?\s*[A-ZА-ЯЁӨҮҢ0-9])"
                  r"|(?<=\n)\n*)")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each non-blank sentence in ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = start
    # _add and _short_word_before inlined: this loop runs once per line break and stop mark
    for m in _END.finditer(text, start, end):
        at = m.start()
        if text[at] == "\n":
            b = at
        else:
            # _short_word_before(text, max(start, at - 12), at), inline
            lo = max(start, at - 12)
            e = at - 1 if at > lo and text[at - 1] == "\n" else at
            k = e
            while k > lo and e - k < 3 and ((ch := text[k - 1]).isalnum() or ch == "_"):
                k -= 1
            if 0 < e - k <= 2 and not text[k:e].isdigit():
                continue
            b = m.end()
        seg = text[pos:b]  # _add(text, pos, b, spans), inline
        kept = seg.strip()
        if kept:
            a = pos + len(seg) - len(seg.lstrip())
            append((a, a + len(kept)))
        pos = m.end()
    _add(text, pos, end, spans)
    return _rejoin_wrapped(text, spans)


def _short_word_before(text: str, lo: int, hi: int) -> bool:
    r"""The word that ends ``text[lo:hi]`` (as ``re.search(r"(\w+)$")`` finds it) has one or two
    characters and is no number ("Н.А.", "м.и.", "г."): the test without a regex search per stop."""
    e = hi
    if e > lo and text[e - 1] == "\n":
        e -= 1  # "$" also matches before a newline that ends the searched range
    k = e
    while k > lo and e - k < 3 and ((ch := text[k - 1]).isalnum() or ch == "_"):
        k -= 1
    return 0 < e - k <= 2 and not text[k:e].isdigit()


def _rejoin_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut by a hard line wrap (PDF text layers, wrapped e-mail) joined again.

    A line that ends without punctuation and a next line that goes on in lower case or with a number
    ("… жалпы суммасы 184449\nдоллар түздү", "Среди\nучастников — 80") are one sentence; a heading,
    a short line, a table row or a list item stays apart.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _wrapped(text, out[-1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _wrapped(text: str, prev: tuple[int, int], a: int) -> bool:
    gap = text[prev[1]:a]
    if gap.count("\n") != 1 or gap.strip() or a >= len(text):
        return False  # a blank line ends a paragraph
    line = text[text.rfind("\n", 0, prev[1]) + 1:prev[1]]
    if len(line) < 30 or line[-1] in ".!?:;…»\"”)" or "\t" in line or "|" in line:
        return False  # headings and labels are short; table rows hold tabs or bars
    first = text[a]
    if first.isdigit():
        # the first line of a text or paragraph before a number is a title above a dateline
        # ("Конференция по планированию бюджета\n27 декабря … состоялась"), not a wrapped sentence
        return not _opens_block(text, prev[0]) and line.lstrip()[:1] not in "•-–—*"
    return first.islower()


def _opens_block(text: str, a: int) -> bool:
    """Whether ``a`` starts the text or a paragraph (only blanks between it and a blank line)."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip():
        return False
    return line_start == 0 or not text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    seg = text[a:b]
    kept = seg.strip()  # str.strip() drops exactly the characters str.isspace() accepts
    if kept:
        a += len(seg) - len(seg.lstrip())
        spans.append((a, a + len(kept)))


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span holding ``pos`` (binary search over sorted spans)."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        a, b = spans[mid]
        if pos < a:
            hi = mid - 1
        elif pos >= b:
            lo = mid + 1
        else:
            return a, b
    return (pos, pos)


def line_start_matches(pattern: re.Pattern[str], text: str, first: bool = False) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` (``first``: at most the first) for a pattern that opens with a
    multiline "^" and never matches empty: tried at each line start only, where ``finditer`` tries
    every position of the text (same matches, a fraction of the work).  The line starts after the
    first are found by one search of the pattern's body behind a line break (``_after_break``), which
    ``re`` scans for in C, instead of a Python call per line; each one found is matched again by the
    pattern itself, so the matches are the pattern's own."""
    out = []
    match = pattern.match
    after_break = _after_break(pattern)
    if after_break is None:
        pos = last_end = 0
        while True:
            if pos >= last_end and (m := match(text, pos)) is not None:
                out.append(m)
                if first:
                    return out
                last_end = m.end()
            nl = text.find("\n", pos)
            if nl < 0:
                return out
            pos = nl + 1
    last_end = 0
    if (m := match(text, 0)) is not None:  # the text's first line: no line break before it
        out.append(m)
        if first:
            return out
        last_end = m.end()
    search = after_break.search
    at = max(last_end - 1, 0)  # the break before a line start q >= last_end lies at q - 1
    while (hit := search(text, at)) is not None:
        q = hit.start() + 1
        m = match(text, q)
        if m is None:  # cannot happen (same body, same text, "^" holds after a break): stay exact anyway
            at = q
            continue
        out.append(m)
        if first:
            return out
        last_end = m.end()
        at = max(q, last_end - 1)
    return out


# pattern -> its body behind a line break ("\n(?:body)"), or None when it does not open with a multiline
# "^" over the whole pattern (a top-level alternative would not be anchored)
_AFTER_BREAK: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def _after_break(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if pattern in _AFTER_BREAK:
        return _AFTER_BREAK[pattern]
    derived = None
    src = pattern.pattern
    body = src[4:] if src.startswith("(?m)") else src
    if pattern.flags & re.MULTILINE and body.startswith("^") and not body.startswith("^*"):
        try:
            tree = _parser.parse(src, pattern.flags)
            top = tree.data[0] if tree.data else None
            if top == (_constants.AT, _constants.AT_BEGINNING) and len(tree.data) > 1:
                derived = re.compile("\n(?:" + body[1:] + ")", pattern.flags)
                if derived.groups != pattern.groups or derived.groupindex != pattern.groupindex:
                    derived = None
        except Exception:  # noqa: BLE001 - a private parser: on any surprise the per-line loop is used
            derived = None
    _AFTER_BREAK[pattern] = derived
    return derived
