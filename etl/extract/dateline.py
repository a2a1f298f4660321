"""The report's own date (its dateline), as opposed to the dates of the events it reports."""

from __future__ import annotations

import re

from etl.extract.dates_grammar import DateMention

_TIME_AFTER = re.compile(r"[ ,|\-–—]*(?:в\s+|at\s+)?\d{1,2}:\d\d")
_DATELINE_CUE = re.compile(r"(?:опубликовано|дата публикации|published|posted|жарыяланды|жарыяланган)\W*$")
_DATELINE_WINDOW = 400
_PLACE_PREFIX = re.compile(r"^[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?\s*,$")
_DASH_AFTER = re.compile(r"\s*(?:г\.|года)?\s*[*_]*\s*[—–]\s")


def find_dateline(folded: str, mentions: list[DateMention]) -> DateMention | None:
    """The report's own date near the top: a full date followed by a time, alone on its
    line, or after "published"; ``None`` when the text has none."""
    for d in mentions:
        a, b = d.span
        if a > _DATELINE_WINDOW:
            break
        if d.precision != "day" or not d.has_year or d.d2 not in (None, d.d1) or d.kind == "years":
            continue
        line_start = folded.rfind("\n", 0, a) + 1
        line_end = folded.find("\n", b)
        line_end = len(folded) if line_end < 0 else line_end
        before = folded[line_start:a].strip(" \t,|-–—•·*_#")
        after_time = _TIME_AFTER.match(folded, b)
        rest = folded[(after_time.end() if after_time else b):line_end].strip(" \t,.|-–—•·*_")
        placed = bool(_PLACE_PREFIX.match(before + ","))  # "Karakol, 13 September 2023"
        if after_time or _DATELINE_CUE.search(folded[line_start:a]):
            return d
        if (not before or placed) and (not rest or _DASH_AFTER.match(folded, b)):
            return d
    return None
