"""An event's end told apart from its start: "7 апреля стартовала кампания … Кампания продлится до 21
апреля", "Акция 10-майга чейин уланат", "The campaign runs until 21 April".

A campaign, an action, a fair or a course that opens on one day and is said elsewhere to last until
another has both days; its start alone would tell a one-day event.  A deadline for applications is no
event's end ("Прием заявок продлится до 21 апреля").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING

from etl.extract.event_keywords import keyword_types
from etl.gates import Gate

if TYPE_CHECKING:
    from etl.contract import Event
    from etl.extract.dates_grammar import DateMention
    from etl.extract.events import EventDraft

# A verb of lasting, then "until" just before the date ("продлится до", "will run until", "continues
# through"); a few words may stand between ("продлится в районе до")
_LAST_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:продл(?:ится|ятся|илс[яь]|ил[аио]сь)|продолж(?:ится|атся|ается|аются|ал[аио]?сь)|"
    r"(?:будет|будут)\s+(?:длиться|проходить|продолжаться|работать)|длил[аио]?сь|длится|продлевается|"
    r"(?:will\s+)?(?:run|last|continue)s?|(?:ran|lasted|continued)|will\s+be\s+(?:held|open)|(?:is|was)\s+open)"
    r"\s+(?:[^\s.!?]+\s+){0,3}?(?:до|по|until|till|through|to)\s+$")
# Kyrgyz: the date in the dative, "чейин", then the verb of lasting ("10-майга чейин уланат")
_LAST_AFTER = re.compile(
    r"\s+чейин\s+(?:[^\s.!?]+\s+){0,2}?(?:улан|созул|жур|отот|отту|откор)[а-я]*(?![а-яa-z])")
# An intake's or a registration's deadline, not the event's own end
_DEADLINE = re.compile(r"(?<![а-яa-z])(?:при[её]м|заявк|регистрац|документ|табыштам|арыз|каттоо|applications?|"
                       r"registration|submissions?|deadline)")
_LASTING = frozenset({"campaign", "other", "competition", "training", "forum"})
_MAX_DAYS = 92  # longer is a programme's or a season's span, not one event's days

_UNTIL_GATE = Gate(("до ", "по ", "чейин", "until", "till", "through", "to "))


def _until(folded: str, d: DateMention, s0: int, s1: int) -> bool:
    """Whether the day ``d`` (in the sentence ``[s0, s1)``) is told as the day something lasts until."""
    a, b = d.span
    if d.precision != "day" or d.d2 not in (None, d.d1) or d.m2 not in (None, d.m1):
        return False
    return bool(_LAST_BEFORE.search(folded, max(s0, a - 60), a) or _LAST_AFTER.match(folded, b, min(s1, b + 50)))


def _end_day(d: DateMention, start: date) -> date | None:
    """``d`` on or after ``start``: a yearless end takes the start's year (the next one across New Year)."""
    year = d.y1 if d.y1 is not None else start.year + (1 if d.m1 is not None and d.m1 < start.month else 0)
    try:
        end = date(year, d.m1 or 0, d.d1 or 0)
    except ValueError:
        return None
    return end if 0 < (end - start).days <= _MAX_DAYS else None


def date_until(folded: str, sents: list[tuple[int, int]], drafts: list[EventDraft], events: list[Event],
               mentions: list[DateMention]) -> None:
    """Give each lasting event dated to one day the end a sentence of lasting "until" tells: the event
    that sentence names by its kind, else the event whose text it belongs to."""
    if not mentions or not _UNTIL_GATE.any_in(folded):
        return
    starts = [s0 for s0, _ in sents]
    for d in mentions:
        k = bisect_right(starts, d.span[0]) - 1
        if k < 0:
            continue
        s0, s1 = sents[k]
        if not _until(folded, d, s0, s1) or _DEADLINE.search(folded, s0, s1):
            continue
        named = {t for _, t in keyword_types(folded, s0, s1)}
        for draft, ev in zip(drafts, events, strict=True):
            if ev.event_type not in _LASTING or not (ev.event_type in named or (not named and draft.contains(s0))):
                continue
            if ev.date_precision != "day" or not ev.start_date or ev.end_date != ev.start_date:
                continue
            end = _end_day(d, date.fromisoformat(ev.start_date))
            if end is not None and (ev.date_span is None or ev.date_span[0] < d.span[0]):
                ev.end_date = end.isoformat()
                break
