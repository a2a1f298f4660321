"""One report, several language parts: each event once.

A Kyrgyz part and a Russian part of the same news are extracted separately and
then matched event to event (type, then date, then order).  Places,
organizations and projects are united by identity; indicators are de-duplicated
by (indicator, sex, value, unit).  A figure that the two parts state differently
is kept from both and flagged ``language_parts_disagree`` — never "fixed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.contract import Event, Indicator, QualityFlag
from etl.extract.events import PRECEDENCE

_KY_LETTERS = re.compile(r"[ңөүҢӨҮ]")
_KY_WORDS = re.compile(r"(?<![а-яё])(?:жана|менен|үчүн|учун|болуп|боюнча|тарабынан|бул|жылдын|жылы|катышты|"
                       r"өттү|отту|болду|алкагында|долбоорунун|аркылуу|дагы|деп|эле)(?![а-яё])", re.I)
_RU_WORDS = re.compile(r"(?<![а-яё])(?:и|в|на|с|по|для|что|был|была|были|года|это|которые|также|из|от|при|"
                       r"о|об|к|не|как|проекта|участие)(?![а-яё])", re.I)
_EN_WORDS = re.compile(r"(?<![a-z])(?:the|and|of|to|in|for|with|was|were|is|on)(?![a-z])", re.I)


def guess_language(text: str) -> str | None:
    """ky / ru / en for a stretch of text, by marker letters and function words; None if unsure."""
    ky = 3 * len(_KY_LETTERS.findall(text)) + 2 * len(_KY_WORDS.findall(text))
    ru = len(_RU_WORDS.findall(text)) + 2 * text.count("ы") * 0
    en = len(_EN_WORDS.findall(text))
    best = max((ky, "ky"), (ru, "ru"), (en, "en"))
    return best[1] if best[0] >= 2 else None


@dataclass(slots=True)
class Part:
    lang: str | None
    start: int
    end: int


def guess_parts(text: str) -> list[Part]:
    """Language parts by paragraph, for documents whose reader gave none; runs of one language join."""
    parts: list[Part] = []
    pos = 0
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        lang = guess_language(para.group(0))
        if lang is None:
            continue
        if parts and (parts[-1].lang == lang):
            parts[-1].end = para.end()
        else:
            if parts:
                parts[-1].end = max(parts[-1].end, para.start())
            parts.append(Part(lang, pos if not parts else para.start(), para.end()))
        pos = para.end()
    if not parts:
        return [Part(None, 0, len(text))]
    parts[0].start = 0
    parts[-1].end = len(text)
    # a tiny part (a hashtag line, a caption) is not a language version of the news
    return [p for p in parts if p.end - p.start >= 80] or parts


def _ind_key(i: Indicator) -> tuple[str, str, float, str]:
    return (i.indicator, i.sex, float(i.value), i.unit)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def merge_event(into: Event, other: Event, into_lang: str, other_lang: str,
                stated: dict[str, set[float]] | None = None) -> list[QualityFlag]:
    """Fold ``other`` (the same event read from another language part) into ``into``.

    ``stated`` holds the numbers each language part writes: when each part also writes the figure the
    other was read as, the texts agree and only the reading differs ("8 айыл аймагы катышып, 5 айыл
    өкмөтү финалга чыкты" / "участвовали все 8 …, в финал вышли 5"), which is no contradiction to flag."""
    flags: list[QualityFlag] = []
    if into.start_date is None and other.start_date is not None:
        into.start_date, into.end_date = other.start_date, other.end_date
        into.date_precision, into.year_inferred = other.date_precision, other.year_inferred
        into.date_evidence, into.date_span = other.date_evidence, other.date_span
    elif other.start_date is not None and (into.start_date, into.end_date) != (other.start_date, other.end_date):
        if into.date_precision == other.date_precision:
            flags.append(QualityFlag("language_parts_disagree",
                                     f"{into.event_type} date: {into_lang} {into.start_date}..{into.end_date}, "
                                     f"{other_lang} {other.start_date}..{other.end_date}"))
        elif PRECISION_RANK[other.date_precision] > PRECISION_RANK[into.date_precision]:
            into.start_date, into.end_date = other.start_date, other.end_date
            into.date_precision, into.year_inferred = other.date_precision, other.year_inferred
            into.date_evidence, into.date_span = other.date_evidence, other.date_span
    if into.event_type == "other" and other.event_type != "other":
        into.event_type = other.event_type
    keys = {p.key for p in into.places}
    into.places.extend(p for p in other.places if p.key not in keys and not keys.add(p.key))  # type: ignore[func-returns-value]
    org_keys = {(o.name, o.role) for o in into.organizations}
    for o in other.organizations:
        if (o.name, o.role) not in org_keys:
            org_keys.add((o.name, o.role))
            into.organizations.append(o)
    proj = {p.name for p in into.projects}
    for p in other.projects:
        if p.name not in proj:
            proj.add(p.name)
            into.projects.append(p)
    mine: dict[tuple[str, str, str], set[float]] = {}
    theirs: dict[tuple[str, str, str], set[float]] = {}
    for i in into.indicators:
        mine.setdefault((i.indicator, i.sex, i.unit), set()).add(float(i.value))
    for i in other.indicators:
        theirs.setdefault((i.indicator, i.sex, i.unit), set()).add(float(i.value))
    have = {_ind_key(i) for i in into.indicators}
    for i in other.indicators:
        if _ind_key(i) not in have:
            have.add(_ind_key(i))
            into.indicators.append(i)
    for key in sorted(set(mine) & set(theirs)):
        a, b = mine[key], theirs[key]
        if len(a) == 1 and len(b) == 1 and a != b and not _both_told(a, b, into_lang, other_lang, stated):
            flags.append(QualityFlag("language_parts_disagree",
                                     f"{key[0]}/{key[1]}: {into_lang} {_fmt(next(iter(a)))}, "
                                     f"{other_lang} {_fmt(next(iter(b)))}"))
    return flags


PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}


def _both_told(a: set[float], b: set[float], a_lang: str, b_lang: str,
               stated: dict[str, set[float]] | None) -> bool:
    if not stated or a_lang == b_lang:
        return False
    return a <= stated.get(b_lang, set()) and b <= stated.get(a_lang, set())


def _compatible(a: Event, b: Event) -> bool:
    return a.start_date is None or b.start_date is None or a.start_date == b.start_date


def merge_parts(per_part: list[tuple[str, list[Event]]],
                stated: dict[str, set[float]] | None = None) -> tuple[list[Event], list[QualityFlag]]:
    """Events of the whole report from each part's events; the first part with events leads."""
    flags: list[QualityFlag] = []
    parts = [(lang, evs) for lang, evs in per_part if evs]
    if not parts:
        return [], flags
    lead_lang, merged = parts[0]
    merged = list(merged)
    for lang, events in parts[1:]:
        used: set[int] = set()
        for k, ev in enumerate(events):
            target = _match(merged, ev, used, k, len(events))
            _drop_told_elsewhere(ev, merged, target)
            if target is None:
                merged.append(ev)
                used.add(len(merged) - 1)
                continue
            used.add(target)
            lead = merged[target]
            if lead.event_type != ev.event_type and ev.event_type != "other" and \
                    PRECEDENCE.index(ev.event_type) < PRECEDENCE.index(lead.event_type) and len(events) == 1:
                lead.event_type = ev.event_type  # the stronger reading ("visit" over its "meetings")
            flags.extend(merge_event(lead, ev, lead_lang, lang, stated))
    return merged, flags


def _drop_told_elsewhere(ev: Event, merged: list[Event], target: int | None) -> None:
    """A figure the other part already gave to another of its events is that figure again, not a second
    one: the parts split the text into events differently ("также состоялся тренинг" before or after it)."""
    elsewhere = {_ind_key(i) for n, e in enumerate(merged) if n != target for i in e.indicators}
    if elsewhere:
        own = set() if target is None else {_ind_key(i) for i in merged[target].indicators}
        ev.indicators = [i for i in ev.indicators if _ind_key(i) not in elsewhere or _ind_key(i) in own]


def _match(merged: list[Event], ev: Event, used: set[int], k: int, n: int) -> int | None:
    free = [i for i in range(len(merged)) if i not in used]
    for i in free:  # same type, compatible dates
        if merged[i].event_type == ev.event_type and _compatible(merged[i], ev):
            return i
    for i in free:  # same date, types read differently
        if ev.start_date is not None and merged[i].start_date == ev.start_date:
            return i
    if len(merged) == n and k < len(merged) and k in free and _compatible(merged[k], ev):
        return k  # same number of events: the k-th tells of the k-th
    if len(merged) == 1 and _compatible(merged[0], ev):
        return 0  # the other part split one event where the lead did not
    if ev.start_date is None and free:
        return free[0]
    return None
