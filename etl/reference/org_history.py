"""Organizations a report names only in its history: what was done before, not at this event.

"В 2023 году мы вместе с Фондом «Сорос-Кыргызстан» уже проводили опрос", "Ранее, в 2019–2022 годах,
аналогичную программу реализовывал Всемирный банк", "2022-жылы ушул эле грантты Ак-Суу айыл өкмөтү
алган", "In 2021 the project was piloted with UNICEF", "Как ранее писал Turmush, в 2023 году ОФ X вместе
с ПРООН провёл …", "Он напомнил, что в 2024 году комитет ООН …": a sentence that opens on an earlier
time tells the story of the project or of a speaker; a body named only in such sentences took no part
in the event, so it is not labelled (another mention that gives it a role keeps it).

A bare year ("В 2023 году", "2023-жылы", "In 2023") opens history only when it is earlier than the
latest year the report names: the event's own year opens event sentences in reports that give no day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from etl.reference.org_roles_support import background_sentence

# Folded text (lower case, dashes as spaces).  What may come before the time: a quote dash, "and",
# "as X reported earlier," or "he recalled that".
_LEAD = (r"[\W_]*(?:(?:а|и|но|and|but|also)\s+)?"
         r"(?:как\s+(?:ранее\s+)?(?:писал\w*|сообщал\w*|сообщалось)[^,]{0,40},\s*"
         r"|(?:[\w.]+\s+){0,3}?(?:напомнил\w*|recalled|эскерт\w*)\s*,?\s*(?:что|that)?\s*"
         r"|as\s+[\w.]+\s+(?:reported|wrote)\s+(?:earlier|before|previously)\s*,\s*)?")
_YEAR = r"(20[0-3]\d)"
_YEAR_OPENING = re.compile(
    _LEAD + r"(?:(?:в|с|since|in|from|between)\s+)?" + _YEAR
    + r"(?:\s*[\s–—-]\s*20[0-3]\d)?(?>\s*(?:году|годах|годы|г\.|жыл\w*+|(?=[\s,])))"
    # "2025-жылдын 6-февралында": a year with its day is the event's date, not its history
    r"(?![\s,]*\d)")
_REPORTED_OPENING = re.compile(
    r"[\W_]*(?:как\s+(?:ранее\s+)?(?:писал\w*|сообщал\w*|сообщалось)|as\s+[\w.]+\s+(?:reported|wrote)\s+"
    r"(?:earlier|before|previously)|(?:\w+\s+)?мурда\s+жазгандай)(?!\w)")
_ANY_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
# "«Мурда бейтаптар 60 чакырым жол жүрүшчү», — деди Карасаев айыл өкмөтүнүн башчысы": the speaker's
# body is named in the attribution after the quote; "мурда" opens what the speaker recalls, and the
# attribution says who spoke at the event.
# Folded text may carry the dash as a space: "»,   деди".
_ATTRIBUTION = re.compile(r"[»”\"]\s*(?:,\s*[—–-]?|[—–-])\s*")


@lru_cache(maxsize=8)
def latest_year(text: str) -> int | None:
    """The latest year the report names (its event's year or later)."""
    years = [int(y) for y in _ANY_YEAR.findall(text)]
    return max(years) if years else None


def history_sentence(ft: str, lo: int, hi: int, latest: Callable[[], int | None], pos: int | None = None) -> bool:
    """The sentence ``ft[lo:hi]`` recalls an earlier time: "ранее", "буга чейин", "last year", "as X
    reported earlier", or a year before ``latest`` at its opening.  The sentence splitter wants a capital
    after a full stop, so a sentence opening on a year ("… өткөрдү. 2022-жылы …") is found from the last
    full stop before the name at ``pos``."""
    if pos is not None:
        lo = _after_last_attribution(ft, lo, pos)
    if background_sentence(ft, lo, hi) or _REPORTED_OPENING.match(ft, lo, hi):
        return True
    stop = ft.rfind(". ", lo, hi if pos is None else pos)
    opening = stop + 2 if stop >= 0 and ft[stop + 2:stop + 3].isdigit() else lo
    m = _YEAR_OPENING.match(ft, opening, hi)
    if m is None:
        return False
    year = latest()
    return year is not None and int(m.group(1)) < year


def _after_last_attribution(ft: str, lo: int, pos: int) -> int:
    """Where the attribution that names the speaker at ``pos`` starts, when a quote opens the sentence."""
    if ft[lo:lo + 1] not in "«“\"—–-":
        return lo
    found = lo
    for m in _ATTRIBUTION.finditer(ft, lo, pos):
        found = m.end()
    return found


# "the OSCE has supported community policing since 2003", "с 2002 года DVV поддерживает …", "2003-жылдан бери
# колдоп келет": what a body has done since an earlier year is its programme's story (folded text).
_SINCE_YEAR = re.compile(r"(?<!\w)(?:since|с)\s+(?:the\s+year\s+)?(19\d\d|20[0-3]\d)(?!\d)(?!\s*[-–—]\s*\d)"
                         r"|(?<!\d)(19\d\d|20[0-3]\d)\s*(?:-|\s)?жыл(?:дан|дардан)\s+бери(?!\w)")


def since_sentence(ft: str, lo: int, hi: int, latest: int | None) -> bool:
    """The sentence ``ft[lo:hi]`` tells what has gone on since a year before ``latest``."""
    return latest is not None and any(int(m.group(1) or m.group(2)) < latest for m in _SINCE_YEAR.finditer(ft, lo, hi))
