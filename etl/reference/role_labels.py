"""Role labels heading a sentence or a list ("Донор — X.", "Каржылоочу: Y.", "Партнёры:" over bulleted
lines), and the ``Cue`` every role word of a sentence becomes (see ``roles``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.reference.role_cues import LABEL_WORDS


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    role: str
    post: bool
    label: bool = False  # "Донор — X.", "Уюштуруучу: Y.": the heading word decides the sentence


_LABEL = re.compile(
    r"[^\S\n]*(?:[•·*▪◦►\-–—]|\d{1,2}[.)])?[^\S\n]*(?:[\w-]+(?:нын|нин|дын|дин|тын|тин|нун|дун|тун)\s+)?(?:"
    + "|".join(f"(?P<{role}>{pat})" for role, pat in LABEL_WORDS)
    + r")(?:\s+[^\W\d]+){0,2}?(?P<sep>[^\S\n]*(?::|[^\S\n][—–-](?=\s))|[^\S\n]{2,})[^\S\n]*")
# The folded text turns dashes into spaces: a list line starts with a bullet, a number or that space.
_BULLET_LINE = re.compile(r"[^\S\n]*(?:[•·*▪◦►]|\d{1,2}[.)])[^\S\n]+|[^\S\n]+")
_LABEL_SEP = re.compile(r"[^\S\n]*(?::|[—–-])")


def _label(text: str, ft: str, lo: int, hi: int) -> re.Match[str] | None:
    m = _LABEL.match(ft, lo, hi)
    if m is None or not _LABEL_SEP.match(text, m.start("sep"), m.end()):
        return None
    return m


def _role_of(m: re.Match[str]) -> str:
    return next(role for role, _ in LABEL_WORDS if m.group(role) is not None)


def label_at(text: str, ft: str, lo: int, hi: int, memo: dict[int, str | None] | None = None) -> Cue | None:
    """The role label heading the sentence at ``lo``; the line right under a label line that
    ends with its colon ("Организатор:" then "ОФ «Алга»"), and every bulleted line of a list
    under it ("Партнёры:" then "- ОФ X" lines), is governed by that label."""
    m = _label(text, ft, lo, hi)
    if m:
        return Cue(m.start(), m.end(), _role_of(m), False, label=True)
    line_start = ft.rfind("\n", 0, lo) + 1
    if not _BULLET_LINE.match(ft, lo, hi):
        if ft[line_start:lo].strip() or line_start == 0:
            return None
        prev = ft.rfind("\n", 0, line_start - 1) + 1
        head = _label(text, ft, prev, line_start - 1)
        if head and head.end() == line_start - 1 and text[prev:line_start - 1].rstrip().endswith(":"):
            return Cue(lo, lo, _role_of(head), False, label=True)
        return None
    role = _list_head(text, ft, line_start, {} if memo is None else memo)
    return Cue(lo, lo, role, False, label=True) if role else None


def _list_head(text: str, ft: str, line_start: int, memo: dict[int, str | None]) -> str | None:
    """Role of the label line heading the bulleted list whose line starts at ``line_start``
    (None when the list has no label head); ``memo`` remembers it for every line walked over,
    so each line of a long list is read once."""
    walked: list[int] = []
    role: str | None = None
    while True:
        if line_start in memo:
            role = memo[line_start]
            break
        walked.append(line_start)
        if line_start == 0:
            break
        prev = ft.rfind("\n", 0, line_start - 1) + 1
        end = line_start - 1
        if not ft[prev:end].strip():
            break
        if not _BULLET_LINE.match(ft, prev, end):
            head = _label(text, ft, prev, end)
            if head and head.end() == end and text[prev:end].rstrip().endswith(":"):
                role = _role_of(head)
            break
        line_start = prev
    for k in walked:
        memo[k] = role
    return role
