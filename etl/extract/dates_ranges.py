"""Day ranges whose two ends each carry their year: "с 28 декабря 2024 года по 3 января 2025 года",
"2024-жылдын 28-декабрынан 2025-жылдын 3-январына чейин", "December 28, 2024 – January 3, 2025".

The grammar reads each end as a date of its own; joined, they are one range that crosses a year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.extract.dates_grammar import DateMention

# Between the two ends: the first end's year word, then "по", "до", "to", a dash; in Kyrgyz the first
# end's ablative ("28-декабрынан") needs no word, its "чейин" follows the second end.
_YEAR_WORD = r"(?:\s*-?\s*(?:жыл[а-я]*\.?|ж\.)|\s*(?:года|г\.))?"
_CONNECTOR = re.compile(_YEAR_WORD + r"\s*(?:[-–—]|по|до|to|till|until|through)\s*")
_ABLATIVE_GAP = re.compile(_YEAR_WORD + r"\s+")
_ABLATIVE = re.compile(r"(?:[нтд][аеоы]н|жылдан)$")
_MAX_RANGE_DAYS = 92  # longer is a period (a project's, a season's), not one event's days


def _single_day(d: DateMention) -> bool:
    return (d.precision == "day" and d.y1 is not None and d.d1 is not None and d.d2 is None
            and d.y2 is None and d.m2 in (None, d.m1))


def _day(d: DateMention) -> date | None:
    try:
        return date(d.y1, d.m1, d.d1)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def join_year_ranges(folded: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with each "day year – day year" pair made one range."""
    if len(found) < 2:
        return found
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        d = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and _single_day(d) and _single_day(nxt):
            gap = folded[d.span[1]:nxt.span[0]]
            joined = _CONNECTOR.fullmatch(gap) or (
                _ABLATIVE.search(folded, d.span[0], d.span[1]) and _ABLATIVE_GAP.fullmatch(gap))
            start, end = _day(d), _day(nxt)
            if joined and start and end and 0 < (end - start).days <= _MAX_RANGE_DAYS:
                out.append(replace(d, span=(d.span[0], nxt.span[1]), y2=nxt.y1, m2=nxt.m1, d2=nxt.d1))
                k += 2
                continue
        out.append(d)
        k += 1
    return out
