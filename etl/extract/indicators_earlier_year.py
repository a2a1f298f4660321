"""A figure told of an earlier year than the report's: the last year named before it in its sentence.

"В 2023 году фонд выделил …", "in 2024 the district received …", "2022-жылы …", and a span of years over by
the event's year ("In its first phase, in 2022–2023, it equipped 31 posts", "В 2023–2024 годах направлено
12 млн сомов").  A span running to now ("Since the programme started in 2021") or a turn to now after the
year ("…, а сейчас") leaves the figure alone.  Folded text (ң→н, ө→о, ү→у, ё→е) is read.
"""

from __future__ import annotations

import re

# A year the sentence reports on: "за 2024 год", "в 2023 году", "in 2024", "2022-жылы"; of a span of years
# ("in 2023–2024", "в 2024–2025 годах", "2023–2024-жылдары") its last year, so a span over by the event's
# year is an earlier time as well (a project's first phase, last years' spending).
_YEAR_TOLD = re.compile(r"(?<![а-я])в\s+((?:19|20)\d\d)\s*(?:год[ау]?|г\.)(?![а-я])|(?<![a-z])in\s+((?:19|20)\d\d)(?![\d–—-])|"
                        r"(?<!\d)((?:19|20)\d\d)-?жылы(?![а-я])|"
                        r"(?:(?<![а-я])в|(?<![a-z])in)\s+(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)(?!\d)"
                        r"(?:\s*(?:годах|годы|гг?\.))?|(?<!\d)(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)-?жылдары(?![а-я])")
_SPAN_START = re.compile(r"since|started|launched|начал[аиоь]?|запущен|стартовал|башталган|бери")
_THIS_TIME = re.compile(r"быйыл|в\s+этом\s+году|this\s+year|(?<![а-я])сейчас|азыр|now|today|сегодня|бугун")


def told_of_earlier_year(folded: str, s_start: int, pos: int, main_year: int) -> bool:
    """The last year named before the number is earlier than the report's, and nothing turns to now."""
    years = list(_YEAR_TOLD.finditer(folded, max(s_start, pos - 160), pos))
    if not years:
        return False
    last = years[-1]
    if int(next(y for y in last.groups() if y)) >= main_year:
        return False
    if _SPAN_START.search(folded, max(s_start, last.start() - 40), last.start()):
        return False  # "Since the programme started in 2021, …": a span to now, not that year
    return not _THIS_TIME.search(folded, last.end(), pos)
