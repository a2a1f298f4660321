"""A number that is the minutes of a clock time ("29.08.2025 · 16:40 · Аймактар", "at 10:30 participants")
counts nothing, whatever word follows it: page furniture and schedules carry times next to section names."""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_CLOCK_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.]$")
_CLOCK_MINUTES = re.compile(r"[0-5]\d(?![\d:.,]\d)")


def drop_clock_minutes(folded: str, counts: list[Count]) -> None:
    """Unset counts whose number is the minutes of an ``HH:MM`` time."""
    for c in counts:
        if c.indicator is None or c.num.start < 2:
            continue
        if folded[c.num.start - 1] == ":" and _CLOCK_BEFORE.search(folded, max(0, c.num.start - 3), c.num.start) \
                and _CLOCK_MINUTES.fullmatch(folded, c.num.start, c.num.end):
            c.indicator = None
