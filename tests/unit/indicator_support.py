"""What the indicator tests read from a text: the mentions, their evidence checked against the spans."""

from __future__ import annotations

from etl.extract.dates import find_dates
from etl.extract.indicators import IndicatorMention, find_indicators
from etl.extract.numbers import find_numbers
from etl.extract.segments import sentences
from etl.text import fold


def indicator_mentions(text: str, skip_dates: bool = False) -> list[IndicatorMention]:
    """``skip_dates``: drop the numbers inside dates first, as the pipeline does."""
    folded = fold(text)
    numbers = find_numbers(folded)
    if skip_dates:
        spans = [d.span for d in find_dates(folded)]
        numbers = [n for n in numbers if not any(a <= n.start < b for a, b in spans)]
    found = find_indicators(folded, sentences(text), numbers, text)
    for m in found:
        a, b = m.indicator.span  # type: ignore[misc]
        assert text[a:b] == m.indicator.evidence
    return found


def indicator_tuples(text: str, skip_dates: bool = False) -> list[tuple[str, str, float, str]]:
    return [(m.indicator.indicator, m.indicator.sex, m.indicator.value, m.indicator.unit)
            for m in indicator_mentions(text, skip_dates)]
