"""Which dates may be an event's, and the one each event takes.

A date scores by its precision, a verb saying the event took place and an event word in its
sentence.  The report's own date (its dateline, also where a second language part repeats it),
headlines in a list of other news and dates under a "What's next" heading are no event dates;
"today"/"yesterday" in the event's sentence date it from the dateline.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from etl.extract.dateline import repeats_dateline
from etl.extract.dates import DateMention, looks_like_dateline, non_event_reason, text_stamp
from etl.extract.event_keywords import HAPPENED_SCAN, keyword_types
from etl.extract.segments import sentence_of
from etl.gates import Gate
from etl.reference.scan import match_key

if TYPE_CHECKING:
    from etl.contract import Event
    from etl.extract.events import EventDraft

# "last month", "в прошлом году", "былтыр": an earlier event told in passing (no anchor of its own)
EARLIER_TIME = re.compile(
    r"(?<![а-яa-z])(?:last\s+(?:month|week|year)|(?:a|one|two|three|several)\s+(?:weeks?|months?)\s+ago|"
    r"в\s+прошлом\s+(?:месяце|году)|на\s+прошлой\s+неделе|в\s+прошедшем\s+году|"
    r"отк[оа]н\s+(?:айда|жумада|жылы)|былтыр|(?:has|have)\s+since|since\s+then|с\s+тех\s+пор|"
    r"ошондон\s+(?:бери|баштап)|андан\s+бери)(?![а-яa-z])")
# "подобный тренинг уже прошел", "a similar training was held", "мындай тренинг … да өткөн": another
# occasion of the same kind, whose date is not the reported event's when the text gives another
_ANOTHER_OCCASION = re.compile(r"(?<![а-яa-z])(?:аналогичн[а-я]*|подобн[а-я]*|таки[ея]\s+же|такой\s+же|такая\s+же|"
                               r"уже\s+(?:прош|провод|состоял)[а-я]*|similar|likewise|ушундай\s+эле|окшош)(?![а-яa-z])")
_OTHER_OCCASION_PENALTY = 4.0
_PRECISION_SCORE = {"day": 3.0, "month": 2.0, "year": 1.0}
_RELATIVE_DAY = re.compile(r"(?<![а-яa-z])(?:(?P<today>today|сегодня|бугун)|yesterday|вчера|кечээ)(?![а-яa-z])")


def event_date_candidates(folded: str, mentions: list[DateMention], sents: list[tuple[int, int]],
                          dateline: DateMention | None) -> list[tuple[float, DateMention]]:
    """Dates that may be an event's, with a score: precision, said-to-happen, event words nearby."""
    out: list[tuple[float, DateMention]] = []
    clause_memo: dict[tuple[int, int], bool] = {}
    said: dict[tuple[int, int], tuple[bool, bool, bool]] = {}  # per sentence: (happened, keyword, other occasion)
    plans = _PLANS_HEADING.search(folded) if mentions and _PLANS_GATE.any_in(folded) else None
    plans_from = plans.start() if plans else len(folded)
    for d in mentions:
        if d.span[0] >= plans_from:
            break  # under "What's next" / "Дальнейшие планы": what is to come, no event held
        if dateline is not None and (d.span == dateline.span or (
                (d.y1, d.m1, d.d1) == (dateline.y1, dateline.m1, dateline.d1) and looks_like_dateline(folded, d))
                or repeats_dateline(folded, d, dateline)):
            continue  # the report's own date, or the same dateline repeated over another language part
        if text_stamp(folded, d):
            continue  # "Updated: 15.03.2025", "Составила: … Дата: 28.10.2024": when the text was written
        if _listed_item_date(folded, d):
            continue
        sent = sentence_of(sents, d.span[0])
        if non_event_reason(folded, d, sent, clause_memo) is not None:
            continue
        if sent not in said:
            said[sent] = (HAPPENED_SCAN.search(folded, sent[0], sent[1], HAPPENED_SCAN.starts(match_key(folded)))
                          is not None,
                          bool(keyword_types(folded, sent[0], sent[1])),
                          EARLIER_TIME.search(folded, *sent) is not None
                          or _ANOTHER_OCCASION.search(folded, *sent) is not None)
        happened, keyword, other_occasion = said[sent]
        if d.precision == "year" and not (happened and keyword):
            continue  # a bare year is an event date only in a sentence saying the event took place
        score = _PRECISION_SCORE[d.precision] + (3.0 if happened else 0.0) + (2.0 if keyword else 0.0)
        out.append((score - (_OTHER_OCCASION_PENALTY if other_occasion else 0.0), d))
    if dateline is not None:
        out.extend(_dated_today(folded, sents, dateline))
    return out


# "Министр провёл совещание … · 18.05.2026", "… пайдаланууга берилди (10.06.2024)": a headline in a list
# of other news, its date set after a separator at the end of the line
_ITEM_SEPARATOR = re.compile(r"[^\s.!?:][^\S\n]*(?:[·|•]|[^\S\n]\()[^\S\n]*$")


_PLANS_HEADING = re.compile(
    r"^[ \t#*_]*(?:what'?s\s+next|next\s+steps|upcoming(?:\s+events)?|дальнейшие\s+(?:планы|шаги)|следующие\s+шаги|"
    r"планы(?:\s+на\s+будущее)?|кийинки\s+(?:кадамдар|пландар)|алдыдагы\s+пландар)[ \t*_:.]*$", re.MULTILINE)


_PLANS_WORDS = ("next", "upcoming", "планы", "шаги", "кийинки", "пландар")
_PLANS_GATE = Gate(_PLANS_WORDS)


def _listed_item_date(folded: str, d: DateMention) -> bool:
    a, b = d.span
    line_end = folded.find("\n", b)
    line_end = len(folded) if line_end < 0 else line_end
    if folded[b:line_end].strip(" \t)") or a - folded.rfind("\n", 0, a) > 200:
        return False
    return _ITEM_SEPARATOR.search(folded, max(0, a - 8), a) is not None


def _dated_today(folded: str, sents: list[tuple[int, int]], dateline: DateMention
                 ) -> list[tuple[float, DateMention]]:
    """"BISHKEK, 21 September 2023 – WFP … today presented": the event is on the report's own day
    ("вчера": the day before), scored below any date the text gives the event itself."""
    if _RELATIVE_DAY.search(folded) is None:
        return []  # most texts say neither: one scan instead of one per sentence
    for s in sents:
        rel = _RELATIVE_DAY.search(folded, *s)
        if rel is None or not (HAPPENED_SCAN.search(folded, *s, HAPPENED_SCAN.starts(match_key(folded)))
                               and keyword_types(folded, *s)):
            continue
        if rel.group("today"):
            return [(_PRECISION_SCORE["day"], dateline)]
        r = dateline.resolve()
        if r is not None:  # "Вчера в Оше прошла встреча": the day before the report's own
            day = r[0] - timedelta(days=1)
            return [(_PRECISION_SCORE["day"], DateMention("relative", rel.span(), day.year, day.month, day.day))]
    return []


def pick_date(cands: list[tuple[float, DateMention]], event: EventDraft) -> DateMention | None:
    own = [(s, d) for s, d in cands if event.contains(d.span[0])]
    if not own:
        return None
    best = max(s for s, _ in own)
    tied = [d for s, d in own if s == best]
    # "В первом квартале 2026 года … провёл серию тренингов … С 10.02.2026 по 12.02.2026 проведены три
    # тренинга": of dates told alike, the day says when the event took place, the year only its period
    return next((d for d in tied if d.precision == "day"), tied[0])  # earliest among the best


def resolve(d: DateMention, reference: date | None, slack: int) -> tuple[str, str, str, bool] | None:
    r = d.resolve(reference, slack)
    if r is None:
        return None
    start, end, inferred = r
    return start.isoformat(), end.isoformat(), d.precision, inferred


# "Эртеси …", "На следующий день …", "The next day …": what the sentence tells took place the day after
# the event told before it
_NEXT_DAY = re.compile(r"(?<![а-яa-z])(?:на\s+(?:следующий|другой)\s+день|назавтра|эртеси[а-я]*|кийинки\s+кун[уу]|"
                       r"(?:the\s+)?(?:next|following)\s+day|the\s+day\s+after|(?:a|one)\s+day\s+later|бир\s+кундон\s+кийин|"
                       r"спустя\s+(?:один\s+)?день)(?![а-яa-z])")
_NEXT_DAY_WORDS = ("эртеси", "следующий день", "другой день", "назавтра", "кийинки кун", "next day",
                   "following day", "day after", "day later", "кундон кийин", "спустя")
_NEXT_DAY_GATE = Gate(_NEXT_DAY_WORDS)


def next_day_leads(folded: str, sents: list[tuple[int, int]], segments: list[tuple[int, int]]) -> list[int]:
    """Starts of the sentences in ``segments`` that open on "the next day" (within their first words)."""
    if not _NEXT_DAY_GATE.any_in(folded):
        return []  # most texts say none: no scan
    return [s0 for s0, s1 in sents if any(a <= s0 < b for a, b in segments)
            and _NEXT_DAY.search(folded, s0, min(s1, s0 + 30)) is not None]


def day_after(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


# "Эртеси катышуучулар … барып", "На следующий день участники посетили": an outing of the event's own
# participants, a part of its programme whose day the report does not give as an event date
_PARTICIPANTS_LEAD = re.compile(r"(?<![а-яa-z])(?:катышуучу|участник|участниц|слушател|participants|trainees|"
                                r"attendees)[а-яa-z]*(?![а-яa-z])")


def date_next_days(folded: str, sents: list[tuple[int, int]], drafts: list[EventDraft], events: list[Event],
                   cands: list[tuple[float, DateMention]]) -> None:
    """Dates told as "the next day": an event opening on it with no date of its own is on the day after
    the one told before ("Эртеси министр мектептин ачылышына катышты"); an event dated to one day whose
    text goes on "the next day" with no new date lasts two ("Эртеси өкүл Кажы-Сай айылында тургундарды
    кабыл алды")."""
    for k, (draft, ev) in enumerate(zip(drafts, events, strict=True)):
        leads = next_day_leads(folded, sents, draft.segments)
        if not leads:
            continue
        prev = events[k - 1] if k else None
        if ev.start_date is None:
            if prev is not None and prev.end_date and prev.date_precision == "day" \
                    and leads[0] < draft.segments[0][0] + 5 \
                    and _PARTICIPANTS_LEAD.search(folded, leads[0], leads[0] + 60) is None:
                ev.start_date = ev.end_date = day_after(prev.end_date)
                ev.date_precision, ev.year_inferred = "day", prev.year_inferred
            continue
        if ev.date_precision != "day" or ev.start_date != ev.end_date or ev.date_span is None:
            continue
        for s0 in leads:
            s1 = next(b for a, b in sents if a == s0)
            if s0 > ev.date_span[0] and not any(s0 <= d.span[0] < s1 for _, d in cands):
                ev.end_date = day_after(ev.start_date)
                break
