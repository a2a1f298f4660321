"""An earlier event recalled ("Напомним", "Буга чейин", "Earlier"): its paragraph's dates and figures are
no event's of this report (split from ``events``)."""

from __future__ import annotations

import re

_RECALLED = re.compile(r"[\W\d]{0,3}(?:ранее|напомним|напоминаем|напомню|как\s+сообщалось|earlier|previously|"
                       r"as\s+reported|as\s+a\s+reminder|эске\s+сал[а-я]*|эскерте\s+кет[а-я]*|буга\s+чейин|мурда|"
                       r"мурун|маалым\s+болгондой)(?![а-яa-z])")
# "Мурда таштанды айына бир жолу чыгарылчу, азыр жумасына эки жолу чыгат", "Раньше …, теперь …": then set
# against now, about what the event brought, not an earlier event recalled
_NOW_AGAINST = re.compile(r"[,;—–-]\s*(?:а\s+|ал\s+эми\s+|but\s+)?(?:азыр|эми|теперь|сейчас|now|today)(?![а-яa-z])")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
# The same opening behind a line break: one search finds, in C, the next line that opens so, where
# ``recalled_paragraphs`` called ``recalls`` once per line (same text and end: the same matches).
_RECALLED_AFTER_BREAK = re.compile("\n(?:" + _RECALLED.pattern + ")")


def recalls(folded: str, at: int) -> bool:
    if _RECALLED.match(folded, at) is None:
        return False
    stop = _SENTENCE_STOP.search(folded, at)
    return _NOW_AGAINST.search(folded, at, stop.start() if stop else len(folded)) is None


def recalled_paragraphs(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs after ``start`` that open on "Напомним", "Буга чейин", "Earlier": an earlier event
    recalled, whether or not a verb the anchors know tells it ("… тегерек стол өткөн, ага 25 директор
    катышкан" has only participles), so none of its figures is the current event's."""
    out = []
    search = _RECALLED_AFTER_BREAK.search
    at = start
    while (m := search(folded, at)) is not None and (ps := m.start()) < end:
        if recalls(folded, ps + 1):
            pe = folded.find("\n", ps + 1, end)
            out.append((ps + 1, end if pe < 0 else pe))
        at = ps + 1
    return out


def cut_out(segs: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    for h0, h1 in holes:
        segs = [piece for a, b in segs for piece in ((a, min(b, h0)), (max(a, h1), b)) if piece[0] < piece[1]]
    return segs
