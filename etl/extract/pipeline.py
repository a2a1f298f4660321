"""Assemble a contract ``Report`` from a ``Document``: dates, events, figures, places, parts, flags.

Everything is matched on ``fold(doc.text)`` (same length as the text), so every
evidence span is ``[start, end)`` into ``Document.text``.  Each language part is
read on its own and the parts are merged (``merge.py``): a bilingual report
yields its events once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, TypeVar

from etl.contract import Event, Project, QualityFlag, Report, Source
from etl.documents import Document
from etl.documents.boilerplate import masked_text
from etl.extract import dates as dates_mod
from etl.extract.events import EventDraft, event_date_candidates, pick_date, resolve, split_events
from etl.extract.events_dates import date_next_days
from etl.extract.events_frames import absorb_within_days, date_days_of
from etl.extract.events_timing import keep_in_time, long_before
from etl.extract.events_until import date_until
from etl.extract.flags import dedupe, event_flags, sex_split_flags
from etl.extract.indicators import IndicatorMention, find_indicators
from etl.extract.merge import Part, guess_language, guess_parts, merge_parts
from etl.extract.numbers import NumberMention, find_numbers
from etl.extract.segments import sentences
from etl.reference.organizations import OrgMention, find_organizations, find_projects
from etl.reference.places import PlaceMention, find_places
from etl.text import fold_text

T = TypeVar("T")

# Bump whenever the output for the same document can change: the warehouse re-extracts older ones.
EXTRACTOR_VERSION = "0.15.0"

_PERSON_INDICATORS = {"participants", "officials_participants", "people_trained", "beneficiaries",
                      "sessions_held", "grants_awarded", "funding_amount"}
_ANNOUNCEMENT_SLACK_DAYS = 31
_BACKGROUND_TRIES = 4  # background dates to pass over before an event is left undated


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and value > 0:
        return datetime.fromtimestamp(value).date()
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _parts(doc: Document) -> list[Part]:
    if doc.parts:
        return [Part(p.lang, p.start, p.end) for p in doc.parts]
    return guess_parts(doc.text)


def _headline(text: str, part: Part, title: str | None) -> tuple[int, int] | None:
    if title:
        pos = text.find(title, part.start, part.end)
        if pos >= 0:
            return pos, pos + len(title)
    a = part.start
    while a < part.end and text[a].isspace():
        a += 1
    b = text.find("\n", a, part.end)
    b = part.end if b < 0 else b
    line = text[a:b].strip()
    if line and len(line) <= 250 and not line.endswith((".", ":")):
        return a, b
    return None


def _title(doc: Document) -> str | None:
    if doc.title:
        return doc.title
    first = doc.text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 250 and not first.endswith(".") else None


class _Context:
    """What every part of one document shares: folded text, sentences, mentions found once."""

    def __init__(self, doc: Document, project_text: str | None = None) -> None:
        self.text = doc.text
        self.folded = fold_text(doc.text)
        self.sents = sentences(doc.text)
        self.dates = dates_mod.find_dates(self.folded)
        self.dateline = dates_mod.find_dateline(self.folded, self.dates)
        self.numbers = _outside(find_numbers(self.folded), [d.span for d in self.dates])
        self.places: list[PlaceMention] = find_places(doc.text)
        self.orgs: list[OrgMention] = find_organizations(doc.text)
        self.projects: list[Project] = find_projects(project_text or doc.text)
        self.published = self._published(doc)
        self.reference, self.slack = self._reference(doc)
        self.date_cands = event_date_candidates(self.folded, self.dates, self.sents, self.dateline)
        # both lists are in text order: a part's share is one slice (see _read_part)
        self.sent_starts = [s[0] for s in self.sents]
        self.number_starts = [n.start for n in self.numbers]

    def _reference(self, doc: Document) -> tuple[date | None, int]:
        """What a date without its year is read against, in order: the report's own date (an
        announcement may be a month ahead), the file's dates, the end of the latest year the text
        names; else nothing, and such a date keeps its year unknown (flag ``year_unknown``)."""
        if self.published:
            return self.published, _ANNOUNCEMENT_SLACK_DAYS
        file_date = _as_date(doc.metadata.get("mtime")) or _as_date(doc.metadata.get("created"))
        if file_date:
            return file_date, 0
        years = [y for d in self.dates if d.kind != "years" for y in (d.y1, d.y2) if y is not None]
        return (date(max(years), 12, 31), 0) if years else (None, 0)

    def _published(self, doc: Document) -> date | None:
        if self.dateline is not None:
            r = self.dateline.resolve()
            if r is not None:
                return r[0]
        return _as_date(doc.metadata.get("published"))


def _outside(numbers: list[NumberMention], spans: list[tuple[int, int]]) -> list[NumberMention]:
    """The numbers that do not start inside a date (``spans`` sorted and disjoint)."""
    ends = [b for _, b in spans]
    out = []
    for n in numbers:
        i = bisect_right(ends, n.start)  # the first date ending after the number's start
        if i == len(spans) or n.start < spans[i][0]:
            out.append(n)
    return out


def _in(span: tuple[int, int] | None, draft: EventDraft) -> bool:
    return span is not None and draft.contains(span[0])


def _read_part(ctx: _Context, part: Part, title: str | None
               ) -> tuple[list[Event], list[IndicatorMention], list[QualityFlag]]:
    # the sentences and numbers that start in the part (both sorted by start)
    sents = ctx.sents[bisect_left(ctx.sent_starts, part.start):bisect_left(ctx.sent_starts, part.end)]
    numbers = ctx.numbers[bisect_left(ctx.number_starts, part.start):bisect_left(ctx.number_starts, part.end)]
    mentions = find_indicators(ctx.folded, sents, numbers, ctx.text)
    cands = [(s, d) for s, d in ctx.date_cands if part.start <= d.span[0] < part.end]

    def has_own(a: int, b: int, date_only: bool = False) -> bool:
        if any(a <= d.span[0] < b and d.precision in ("day", "month") for _, d in cands):
            return True
        return not date_only and any(m.indicator.span is not None and a <= m.indicator.span[0] < b
                   and m.indicator.indicator in _PERSON_INDICATORS for m in mentions)

    headline = _headline(ctx.text, part, title)
    drafts = split_events(ctx.folded, (part.start, part.end), sents, headline, has_own)
    main_places = [pm.place for pm in ctx.places if _in(pm.place.span, drafts[0])
                   or not any(_in(pm.place.span, d) for d in drafts)]
    in_part = [om.organization for om in ctx.orgs if om.organization.span is None
               or part.start <= om.organization.span[0] < part.end]
    projects = [p for p in ctx.projects if p.span is None or part.start <= p.span[0] < part.end]
    dated = _on_the_day_of_split(ctx.folded, drafts, [_date_of(ctx, cands, d, part) for d in drafts], headline)
    drafts, dated = keep_in_time(drafts, dated, ctx.published, ctx.folded)
    drafts, dated = absorb_within_days(ctx.folded, drafts, dated)
    events: list[Event] = []
    for k, (draft, (chosen, r)) in enumerate(zip(drafts, dated, strict=True)):
        ev = Event(event_type=draft.event_type)
        if chosen is not None and r is not None:
            ev.start_date, ev.end_date, ev.date_precision, ev.year_inferred = r
        if chosen is not None and (r is not None or not chosen.has_year):  # a year left unknown shows its evidence
            ev.date_evidence = ctx.text[chosen.span[0]:chosen.span[1]]
            ev.date_span = chosen.span
        own_places = [pm.place for pm in ctx.places if _in(pm.place.span, draft)]
        ev.places = _first_per_key(own_places if k and own_places else (own_places + main_places if not k
                                                                         else main_places),
                                    lambda p: p.key)
        ev.organizations = _first_per_key(in_part, lambda o: (o.name, o.role))
        ev.projects = _first_per_key(projects, lambda p: p.name)
        ev.indicators = _first_per_key([m.indicator for m in mentions if _in(m.indicator.span, draft)],
                                       lambda i: (i.indicator, i.sex, float(i.value), i.unit))
        events.append(ev)
    date_next_days(ctx.folded, sents, drafts, events, cands)
    date_days_of(ctx.folded, sents, drafts, events)
    date_until(ctx.folded, sents, drafts, events, [d for d in ctx.dates if part.start <= d.span[0] < part.end])
    return events, mentions, sex_split_flags(mentions)


def _date_of(ctx: _Context, cands: list[tuple[float, dates_mod.DateMention]], draft: EventDraft, part: Part
             ) -> tuple[dates_mod.DateMention | None, tuple[str, str, str, bool] | None]:
    """The date an event takes (its mention and its resolution), from its own text or the event it was
    told within; never a date a year or more before the report's own ("программа, запущенная 1 февраля
    2024 года" under a dateline of 2025): when the event's sentence gives none, that is background."""
    passed: tuple[str, str, str, bool] | None = None  # the first background date passed over
    for _ in range(_BACKGROUND_TRIES):
        found = pick_date(cands, draft)
        if found is None and draft.split_from is not None and passed is None:
            # "During the visit … opened a kindergarten": told within an event, on its day (not when it gave
            # a background date of its own)
            found = pick_date(cands, draft.split_from)
        chosen = _year_from_text(ctx, found, part) if found is not None and not found.has_year else found
        r = resolve(chosen, ctx.reference, ctx.slack) if chosen is not None else None
        if chosen is None:
            return None, passed
        if not long_before(r, ctx.published):
            return chosen, r
        passed = passed or r
        cands = [c for c in cands if c[1] is not found]
    return None, passed  # no date of its own; the background one tells keep_in_time what this event is


def _on_the_day_of_split(folded: str, drafts: list[EventDraft], dated: list[tuple[dates_mod.DateMention | None, Any]],
                         headline: tuple[int, int] | None) -> list[tuple[dates_mod.DateMention | None, Any]]:
    """An event only the headline tells ("Гранттар ыйгарылды"), whose body goes on with an event told
    within it on its day ("17-мартында … сынагынын жыйынтыгы чыгарылды"), shares that day: the headline's
    event is never told apart from it."""
    out = list(dated)
    if headline is None:
        return out
    for k, draft in enumerate(drafts):
        if out[k][0] is not None or not draft.segments or \
                any(a < headline[0] or folded[headline[1]:b].strip() for a, b in draft.segments):
            continue
        told = next((dated[j] for j, d in enumerate(drafts) if d.split_from is draft and dated[j][1] is not None
                     and dated[j][1][2] == "day"), None)
        if told is not None:
            out[k] = told
    return out


def _year_from_text(ctx: _Context, d: dates_mod.DateMention, part: Part) -> dates_mod.DateMention:
    """"Эртеси, 4-мартта" after "2021-жылдын 3-мартында": the year the text itself gave just before."""
    prev = [m for m in ctx.dates if part.start <= m.span[0] < d.span[0] and m.has_year
            and m.kind != "years" and m is not ctx.dateline and m.precision != "year"]
    # "Обновлено: 15.03.2025" gives no event its year (the nearest first: one check for most texts).  An
    # event's day gives it before a month or a season: "15 апреля 2026 года … опрос осенью 2025 года … В
    # следующие два дня, 16–17 апреля" goes on from the day told, not from the survey's season
    told = [m for m in reversed(prev) if not dates_mod.dateline_like(ctx.folded, m)]
    ref = next((m for m in told if m.precision == "day"), told[0] if told else None)
    if ref is None:
        return d
    year = ref.y2 or ref.y1
    assert year is not None
    if d.m1 is not None and ref.m1 is not None and d.m1 < ref.m1 - 6:
        year += 1  # "28 декабря 2022 … 3 января": the next year
    return replace(d, y1=year)


def _first_per_key(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """Items in order, keeping the first of those that share a key (a place, org+role, project...)."""
    seen: set[Hashable] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _stated_numbers(ctx: _Context, parts: list[Part]) -> dict[str, set[float]]:
    """The numbers each language part writes (a figure read differently is not a figure told differently)."""
    out: dict[str, set[float]] = {}
    for p in parts:
        lo, hi = bisect_left(ctx.number_starts, p.start), bisect_left(ctx.number_starts, p.end)
        out.setdefault(p.lang or "?", set()).update(n.value for n in ctx.numbers[lo:hi])
    return out


def extract(doc: Document) -> Report:
    # a closing "About the project" / "Справка" paragraph names the project the event belongs to, though
    # its figures and places are background; page furniture and related links stay masked for projects too
    project_text = None
    if any(kind == "closing_section" for _, _, kind in doc.skip_spans):
        project_text = masked_text(doc.text, [sp for sp in doc.skip_spans if sp[2] != "closing_section"])
    if doc.skip_spans:  # boilerplate blanked, same length: every span still indexes the original text
        doc = replace(doc, text=masked_text(doc.text, doc.skip_spans), skip_spans=[])
    ctx = _Context(doc, project_text)
    title = _title(doc)
    parts = _parts(doc)
    languages: list[str] = []
    for p in parts:
        lang = p.lang or guess_language(doc.text[p.start:p.end])
        if lang and lang not in languages:
            languages.append(lang)
    flags: list[QualityFlag] = []
    per_part: list[tuple[str, list[Event]]] = []
    for p in parts:
        events, _, part_flags = _read_part(ctx, p, title)
        flags.extend(part_flags)
        per_part.append((p.lang or "?", events))
    events, merge_flags = merge_parts(per_part, _stated_numbers(ctx, parts) if len(parts) > 1 else None)
    if not events:
        events = [Event(event_type="other")]
    flags.extend(merge_flags)
    flags.extend(event_flags(events))
    for pm in ctx.places:
        if pm.ambiguous:
            flags.append(QualityFlag("ambiguous_place",
                                     f"{pm.place.evidence or pm.place.name}: {', '.join(pm.candidates)}"))
    return Report(
        source=Source(path=doc.path, sha256=doc.sha256, format=doc.format, size_bytes=doc.size_bytes),
        languages=languages,
        published_date=ctx.published.isoformat() if ctx.published else None,
        events=events,
        quality_flags=dedupe(flags),
        title=title,
        extractor_version=EXTRACTOR_VERSION,
    )
