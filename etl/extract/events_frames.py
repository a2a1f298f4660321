"""A meeting dated on a day a visit itself spans: "visited Chatkal district on 6–7 October … On 7 October
the delegation met the heads of the ayil okmotus".

Meetings held during a visit are the visit (labelling guide), whether or not the text gives their
day: a day within the visit's days sets nothing apart.  A day outside them ("the next day", after a
one-day visit) still makes the meeting an event of its own.  A presentation at a conference or a
contest at a forum told with a day of its own stays an event of its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from etl.gates import Gate

if TYPE_CHECKING:
    from etl.contract import Event
    from etl.extract.events import EventDraft
    from etl.extract.events_timing import Resolution


_HELD_DURING = frozenset({("visit", "meeting")})
_DAY_GATE = Gate(("day", "день", "кун"))


def _within(inner: Resolution, outer: Resolution) -> bool:
    return inner[2] == "day" and outer[2] == "day" and outer[0] <= inner[0] and inner[1] <= outer[1]


# "Во второй день участники конференции посетили гостевые дома": an outing of the participants of an event
# of several days, within those days, is part of its programme, not a visit of its own
_PARTICIPANTS_OUTING = re.compile(r"(?<![а-яa-z])(?:катышуучу|участник|участниц|слушател|делегат|participants|"
                                  r"trainees|attendees|delegates)[а-яa-z]*(?![а-яa-z])")
_OUTING_REACH = 80  # the participants are the subject, near the sentence's start


def _outing_of(folded: str, draft: EventDraft, d: Resolution | None, host: EventDraft,
               r: Resolution | None) -> bool:
    if draft.event_type != "visit" or host.event_type == "visit" or not draft.segments:
        return False
    if r is None or r[2] != "day" or r[0] == r[1]:
        return False  # "Эртеси күнү катышуучулар … барышты" after a one-day training: a visit of its own
    a = draft.segments[0][0]
    # a year or a month only ("посетили хвостохранилище, где в 2024 году завершены работы") dates no day
    # outside the host's: it is of the place visited, or too coarse to set the outing apart
    return _PARTICIPANTS_OUTING.search(folded, a, a + _OUTING_REACH) is not None and (
        d is None or d[2] != "day" or _within(d, r))


def _told_again(host: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft`` may be ``host`` told again: the same kind, set apart by nothing but its day (events
    of no other type are many kinds: goods handed over at a fair are a handover of their own)."""
    return host.event_type == draft.event_type != "other" and draft.split_from is None


# "10 декабря … состоялось итоговое мероприятие с концертом", "the campaign's closing event", "жыйынтыктоочу
# иш-чара": the closing event of a campaign or a series, held within its days, is the last of its activities
_CLOSING_EVENT = re.compile(r"(?<![а-яa-z])(?:итогов[а-я]*|заключительн[а-я]*|финальн[а-я]*|closing|final|"
                            r"жыйынтыктоочу)\s+(?:[а-яa-z-]+\s+)?(?:мероприяти|событи|event|ceremony|иш-чара|"
                            r"церемони)[а-яa-z]*")
_CLOSING_REACH = 200  # in the sentence that tells it


def _closing_of(folded: str, draft: EventDraft, host: EventDraft) -> bool:
    if host.event_type != "campaign" or not draft.segments:
        return False
    a = draft.segments[0][0]
    return _CLOSING_EVENT.search(folded, a, a + _CLOSING_REACH) is not None


def absorb_within_days(folded: str, drafts: list[EventDraft], dated: list[tuple[Any, Resolution | None]]
                       ) -> tuple[list[EventDraft], list[tuple[Any, Resolution | None]]]:
    """The drafts without the parts of an earlier event held during its days (a visit's meetings, the
    participants' outing, a day of a training told again: "12–13 марта прошел тренинг … На следующий день,
    13 марта, участники тренинга прошли практику"); each one's text goes back to that event."""
    if len(drafts) < 2:
        return drafts, dated
    kept, kept_dated = [drafts[0]], [dated[0]]
    for draft, d in zip(drafts[1:], dated[1:], strict=True):
        host = next((k for k, (e, (_, r)) in enumerate(zip(kept, kept_dated, strict=True))
                     if ((e.event_type, draft.event_type) in _HELD_DURING or _told_again(e, draft)
                         or _closing_of(folded, draft, e))
                     and r is not None and d[1] is not None
                     and _within(d[1], r)), None)
        if host is None and _outing_of(folded, draft, d[1], kept[-1], kept_dated[-1][1]):
            host = len(kept) - 1
        if host is None:
            kept.append(draft)
            kept_dated.append(d)
        else:
            kept[host].segments = sorted(kept[host].segments + draft.segments)
    return kept, kept_dated


# "On the first day of the visit", "В первый день форума", "Биринчи күнү", "On its second day": the
# day of a several days' event a part of it took place on (0 first, -1 last)
_DAY_OF = re.compile(
    r"(?<![а-яa-z])(?:(?:on\s+)?(?:the|its)\s+(?P<en>first|second|third|last|final|closing)\s+day|"
    r"(?:в|во)\s+(?P<ru>первый|второй|третий|последний|заключительный)\s+день|"
    r"(?P<ky>биринчи|экинчи|учунчу|акыркы)\s+кун[уу]?[а-я]*)(?![а-яa-z])")
_ORDINAL = {"first": 0, "second": 1, "third": 2, "last": -1, "final": -1, "closing": -1, "первый": 0,
            "второй": 1, "третий": 2, "последний": -1, "заключительный": -1, "биринчи": 0, "экинчи": 1,
            "учунчу": 2, "акыркы": -1}
_LEAD_REACH = 60  # the phrase opens the sentence that tells the part


def date_days_of(folded: str, sents: list[tuple[int, int]], drafts: list[EventDraft], events: list[Event]) -> None:
    """An event told within a several days' event, whose sentence opens on which of those days it was,
    takes that one day: not the whole span it took from that event, nor a day a later sentence of its
    text gives something else ("On 19 June the delegation met …")."""
    if not _DAY_GATE.any_in(folded):
        return
    for k, (draft, ev) in enumerate(zip(drafts, events, strict=True)):
        if not k or not draft.segments:
            continue
        a = draft.segments[0][0]
        m = _DAY_OF.search(folded, a, a + _LEAD_REACH)
        if m is None:
            continue
        lead_end = next((s1 for s0, s1 in sents if s0 <= a < s1), a + _LEAD_REACH)
        if ev.date_span is not None and a <= ev.date_span[0] < lead_end:
            continue  # its own sentence dates it
        host = next((e for e in reversed(events[:k]) if e.date_precision == "day" and e.start_date
                     and e.end_date and e.start_date != e.end_date), None)
        if host is None or host.start_date is None or host.end_date is None:
            continue
        n = _ORDINAL[m.group("en") or m.group("ru") or m.group("ky")]
        start, end = date.fromisoformat(host.start_date), date.fromisoformat(host.end_date)
        day = end if n < 0 else start + timedelta(days=n)
        if day <= end:
            ev.start_date = ev.end_date = day.isoformat()
            ev.date_precision, ev.year_inferred = "day", host.year_inferred
            ev.date_evidence, ev.date_span = host.date_evidence, host.date_span  # the days it is one of
