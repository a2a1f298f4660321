"""The clause a count stands in: the words after it up to a boundary or the next count (parentheses skipped),
the words before it back to a cut, and the clause's own part before a contrastive turn."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.indicators_number_context import CLAUSE_CUT, CLAUSE_STOP


def clause_after(folded: str, pos: int, limit: int, next_start: int) -> str:
    """The clause after ``pos`` up to a boundary or the next count; parentheses are skipped."""
    out: list[str] = []
    i = pos
    stop = min(limit, next_start, pos + 160)
    while i < stop:
        m = CLAUSE_STOP.search(folded, i, stop)
        if m is None:
            out.append(folded[i:stop])
            break
        j = m.start()
        out.append(folded[i:j])
        if folded[j] != "(":
            break
        close = folded.find(")", j, min(limit, j + 120))
        if close < 0:
            break
        i = close + 1
        stop = min(limit, max(stop, _next_after(close, next_start, limit)), i + 160)
    return "".join(out)


def own_clause(after: str) -> str:
    """``after`` up to a contrastive turn: "12 работодателей предложили …, а консультанты провели …"."""
    turn = _CONTRAST.search(after)
    return after[:turn.start()] if turn else after


# A contrastive conjunction after a comma opens a clause with its own subject and predicate.
_CONTRAST = re.compile(r",\s*(?:а|но|but|while|whereas|ал\s+эми|бирок)\s")


def _next_after(close: int, next_start: int, limit: int) -> int:
    return next_start if next_start > close else limit


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def clause_before(folded: str, pos: int, floor: int) -> str:
    start = max(floor, pos - 90)
    seg = folded[start:pos]
    cuts = [m.start() for m in CLAUSE_CUT.finditer(seg)]
    cut = cuts[-1] if cuts else -1
    if cut >= 0 and seg[cut] == ":" and not seg[cut + 1:].strip():
        cut = cuts[-2] if len(cuts) > 1 else -1  # "Иш-чарага катышкандар: 56 адам": the label is the clause
    seg = seg[cut + 1:]
    conj = max(seg.rfind(" жана "), seg.rfind(" and "))
    return seg[conj + 1:] if conj >= 0 else seg
