"""Events a report tells as plans or as background, recognised by their tense or by their date.

A verb saying an event took place ("opened", "held", "провели") also appears in a plan ("a plot is
expected to be opened", "the project plans to hold", "намерены провести"): a modal or an infinitive
before it makes the sentence a plan, not an anchor.  And whatever the wording, an event other than the
report's main one that is dated after the report's own date has not taken place yet, while one dated
more than a year before it is background ("the councils were set up after a forum held on 8 March
2019"): neither is an event the report reports.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from etl.extract.events import EventDraft

Resolution = tuple[str, str, str, bool]  # start, end, precision, year inferred

# A plan or a wish governs the verb after it: "will be opened", "plans to hold", "is expected to be
# opened", "intends to have completed", "будут открыты", "планирует провести", "намерены открыть".
PLAN_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:будут|будет|will|shall|would|(?:plan|intend|aim|hope|expect|want)(?:s|ed)?\s+to|"
    r"(?:is|are|was|were)\s+(?:expected|scheduled|planned|set|due|going|intended|supposed|likely)\s+to|"
    r"to\s+be|to\s+have\s+been|планиру[а-я]*|намерен[аы]?|собира[а-я]*ся|предполага[а-я]*|предстоит|"
    r"хотят|хочет|долж(?:ен|на|ны|но)\s+быть)\s+(?:[^\s.!?]+\s+){0,2}$")
_PLAN_REACH = 45  # characters before the verb where the modal stands

# A report follows its event within days; an event told as the report's more than this long before its
# own date is history the text recalls, not news it reports.
BACKGROUND_DAYS = 366


def told_as_plan(folded: str, sentence_start: int, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` is governed by a plan or a wish just before it."""
    return PLAN_BEFORE.search(folded, max(sentence_start, verb_at - _PLAN_REACH), verb_at) is not None


def out_of_time(r: Resolution | None, published: date | None) -> bool:
    """Whether an event dated ``r`` is dated after the report's own date (a plan) or more than a year
    before it (background)."""
    if published is None or r is None or r[2] not in ("day", "month", "year"):
        return False
    return date.fromisoformat(r[0]) > published or long_before(r, published)


def long_before(r: Resolution | None, published: date | None) -> bool:
    """Whether an event dated ``r`` ended more than a year before the report's own date."""
    if published is None or r is None or r[2] not in ("day", "month", "year"):
        return False
    return date.fromisoformat(r[1]) < published - timedelta(days=BACKGROUND_DAYS)


# A report dated the day its first event began sometimes tells, in the past tense, what followed on the next
# days ("14.10.2025 17:42 … На следующий день, 15–16 октября, прошёл двухдневный тренинг"): it was finished
# after the day its dateline gives.  Within these days of the dateline such an event took place; a plan
# ("следующая встреча пройдёт 20 октября", "will be held") keeps its future verb.
_DAYS_PAST_DATELINE = 3
_PAST_VERB = re.compile(
    r"(?<![а-яa-z])(?:прош(?:[её]л|л[аио])|состоял(?:ся|ась|ись|ось)|проведен[аоы]?|провел[аи]?|организовал[аи]?|"
    r"открыл(?:ся|ась|ись|ось)|завершил(?:ся|ась|ись|ось)|took\s+place|(?:was|were)\s+held|held|hosted|ran|"
    r"conducted|organi[sz]ed|opened|отт[уу]|болуп\s+отт[уу]|откорулд[уу]|уюштурулд[уу]|ачылд[ыы])(?![а-яa-z])")
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _told_past_after(folded: str | None, chosen: Any, r: Resolution | None, main: Resolution | None,
                     published: date) -> bool:
    if folded is None or chosen is None or r is None or r[2] != "day" or main is None or main[2] != "day":
        return False
    start = date.fromisoformat(r[0])
    if not (published < start <= published + timedelta(days=_DAYS_PAST_DATELINE)) or \
            date.fromisoformat(main[0]) > published:
        return False
    a, b = chosen.span
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(folded, max(0, a - 300), a)), default=max(0, a - 300))
    stop = _SENTENCE_STOP.search(folded, b, b + 300)
    hi = stop.start() if stop else min(len(folded), b + 300)
    return any(not PLAN_BEFORE.search(folded, max(lo, v.start() - _PLAN_REACH), v.start())
               for v in _PAST_VERB.finditer(folded, lo, hi))


def keep_in_time(drafts: list[EventDraft], dated: list[tuple[Any, Resolution | None]], published: date | None,
                 folded: str | None = None) -> tuple[list[EventDraft], list[tuple[Any, Resolution | None]]]:
    """The drafts without the events after the main one that are out of time; the text of each goes back
    to the event told before it (its figures and places were that event's before it split off), which
    keeps its own date.  An announcement, whose main event is itself still to come, keeps them all."""
    main = dated[0][1]
    if published is None or len(drafts) < 2 or (main is not None and date.fromisoformat(main[0]) > published):
        return drafts, dated
    kept, kept_dated = [drafts[0]], [dated[0]]
    for draft, d in zip(drafts[1:], dated[1:], strict=True):
        if out_of_time(d[1], published) and not _told_past_after(folded, d[0], d[1], main, published):
            kept[-1].segments = sorted(kept[-1].segments + draft.segments)
        else:
            kept.append(draft)
            kept_dated.append(d)
    return kept, kept_dated


# The routine of a series: "Groups met every two weeks", "занятия проходили каждую неделю", "ар жумада
# чогулушту".  Such a sentence tells how the series' sessions went, not another event (a meeting of
# the training's groups is the training).
_ROUTINE = re.compile(
    r"(?<![а-яa-z])(?:every\s+(?:(?:two|three|other|few)\s+)?(?:weeks?|months?|days?)|weekly|fortnightly|monthly|"
    r"каждую\s+неделю|каждые\s+(?:две|три|несколько)\s+недели|каждый\s+(?:месяц|день)|еженедельно|ежемесячно|"
    r"раз\s+в\s+(?:неделю|месяц|две\s+недели)|ар\s+(?:жумада|айда|куну)|(?:жума|ай)\s+сайын|"
    r"(?:эки|уч)\s+жумада\s+бир)(?![а-яa-z])")


def routine_of_series(folded: str, a: int, b: int) -> bool:
    """``folded[a:b]`` tells how often a series' sessions met."""
    return _ROUTINE.search(folded, a, b) is not None

