"""Project names that belong to no reported event: the past, the background, a contest entry.

A project is the event's when some mention of it sits in the report's own story.  It is dropped when
every mention of it is one of:

- a finished project: its sentence gives a span of years that ended before the report's year
  ("Дүйнөлүк банктын «…» долбоору 2019-2024-жылдары 19 айылда суу түтүктөрүн курган", "в 2018–2022
  годах проект «…» построил") or opens on an earlier time ("Ранее …", "Буга чейин …");
- a past project told in a background paragraph ("Маалымат үчүн:", "Справка", "О программе", "About
  the project", "Background", "Notes to editors"): its sentence names only years before the report's
  ("2022-жылы … долбоорунун алкагында … орнотулган").  The project such a paragraph presents as running
  ("Программа «…» реализуется с 2024 года", "долбоору 2023–2026-жылдарга эсептелген", "is implemented
  by the ILO in 2025–2028") is the one the event belongs to, and analysts name it;
- a quoted name in lower case («акылдуу сугат» долбоору): a pupil's or team's entry described by
  its idea, not a programme's title, which is capitalized.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from etl.reference.org_roles_support import background_sentence
from etl.reference.roles import sentence_of
from etl.text import main_year

_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|\s)\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "с 2024 года", "since 2019", "2019-жылдан бери": a project running since then, not a finished one
_SINCE_YEAR = re.compile(r"(?:(?<![а-яa-z])(?:с|со|since|from|начиная\s+с)\s+(?:19|20)\d\d"
                         r"|(?:19|20)\d\d\S*\s+(?:бери|баштап))")
_BACKGROUND_HEAD = re.compile(
    r"(?:маалымат\s+учун|справка|для\s+справки|о\s+проекте|о\s+программе|about\s+the\s+(?:project|programme|program)"
    r"|background|notes\s+to\s+editors|долбоор\s+жонундо|программа\s+жонундо)\b")


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n[^\S\n]*\n", text)]


def _past_sentence(ft: str, lo: int, hi: int, year: int | None) -> bool:
    if background_sentence(ft, lo, hi):
        return True
    # a project that ended before the report's year
    return any(year is not None and int(m.group(1)) < int(m.group(2)) < year for m in _YEAR_SPAN.finditer(ft, lo, hi))


def _in_background(text: str, ft: str, starts: list[int], paras: list[int], s: int, year: int | None,
                   past: dict[tuple[int, int], bool]) -> bool:
    lo, hi = sentence_of(starts, s, len(text))
    if (lo, hi) not in past:  # one look per sentence: a sentence listing many names stays linear
        past[lo, hi] = _past_sentence(ft, lo, hi, year)
    if past[lo, hi]:
        return True
    para = paras[bisect_right(paras, s) - 1]
    if _BACKGROUND_HEAD.match(ft, para, min(len(ft), para + 40)) is None:
        return False
    years = [int(y) for y in _YEAR.findall(ft, lo, hi)]
    return bool(years) and year is not None and max(years) < year and _SINCE_YEAR.search(ft, lo, hi) is None


def background_projects(text: str, ft: str, starts: list[int], found: list[tuple[int, int, str | None, str]],
                        key: object) -> set[str]:
    """Keys (``key(name)``) of unregistered projects whose every mention is background or a contest entry."""
    year = main_year(ft)
    paras = _paragraph_starts(text)
    past: dict[tuple[int, int], bool] = {}
    story: set[str] = set()
    seen: set[str] = set()
    for s, _e, pid, name in found:
        k = key(name)  # type: ignore[operator]
        seen.add(k)
        lower_entry = pid is None and name[:1].islower()
        if not lower_entry and not _in_background(text, ft, starts, paras, s, year, past):
            story.add(k)
    return seen - story
