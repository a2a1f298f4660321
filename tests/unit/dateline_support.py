"""What the dateline tests read from a text: the report's own day, or ``--MM-DD`` when it names no year."""

from __future__ import annotations

from etl.extract.dates import find_dateline, find_dates
from etl.text import fold


def dateline_of(text: str) -> str | None:
    folded = fold(text)
    d = find_dateline(folded, find_dates(folded))
    if d is None:
        return None
    r = d.resolve()
    return r[0].isoformat() if r else f"--{d.m1:02d}-{d.d1:02d}"
