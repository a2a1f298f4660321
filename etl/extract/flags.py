"""Quality flags: what is inconsistent or guessed, recorded without changing any figure."""

from __future__ import annotations

from etl.contract import Event, QualityFlag
from etl.extract.indicators import IndicatorMention


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def sex_split_flags(mentions: list[IndicatorMention]) -> list[QualityFlag]:
    """``sex_split_mismatch`` where women + men stated for a total do not add up to it."""
    flags: list[QualityFlag] = []
    by_parent: dict[int, list[IndicatorMention]] = {}
    for m in mentions:
        if m.parent is not None:
            by_parent.setdefault(m.parent, []).append(m)
    for parent_idx, children in by_parent.items():
        total = mentions[parent_idx].indicator
        female = [c.indicator.value for c in children if c.indicator.sex == "female"]
        male = [c.indicator.value for c in children if c.indicator.sex == "male"]
        parts = female[:1] + male[:1]
        s = sum(parts)
        if (female and male and s != total.value) or s > total.value:
            flags.append(QualityFlag(
                "sex_split_mismatch",
                f"{' + '.join(_fmt(v) for v in parts)} != {_fmt(total.value)} ({total.indicator}: "
                f"{total.evidence})"))
    return flags


def _no_day(e: Event) -> bool:
    """A date no closer than a month ("в июне 2025 года") or a season ("2024-жылдын жазында")."""
    return e.date_precision in ("month", "year") and bool(e.start_date)


def _span_word(e: Event) -> str:
    if e.date_precision == "year":
        return "year"
    months = 1 + (int(e.end_date[:4]) * 12 + int(e.end_date[5:7])) - (int(e.start_date[:4]) * 12 + int(e.start_date[5:7])) \
        if e.start_date and e.end_date else 1
    return "season" if months == 3 else "month" if months == 1 else "span of months"


def event_flags(events: list[Event]) -> list[QualityFlag]:
    flags: list[QualityFlag] = []
    if events and all(e.start_date is None or _no_day(e) for e in events):
        # a month or a season says when, but gives the donor report no event date: with no event dated to
        # the day, the report has none (the guide lists only day-precise starts as event dates)
        flags.extend(QualityFlag("no_event_date", f"{e.event_type}: only a {_span_word(e)} "
                                 f"('{e.date_evidence}'), no day of the event in the text") for e in events if e.start_date)
    for e in events:
        if e.start_date is None and e.date_evidence:
            flags.append(QualityFlag("year_unknown", f"{e.event_type}: '{e.date_evidence}' has no year, and "
                                     "neither the report nor its file has a date to infer it from"))
        elif e.start_date is None:
            if not any(o.start_date for o in events):
                # one dated event dates the report; a visit "the next day" has no day of its own to flag
                flags.append(QualityFlag("no_event_date", f"{e.event_type}: no date of the event in the text"))
        elif e.year_inferred:
            flags.append(QualityFlag("year_inferred",
                                     f"{e.event_type}: year not in the text, inferred {e.start_date[:4]}"
                                     + (f" from '{e.date_evidence}'" if e.date_evidence else "")))
    return flags


def dedupe(flags: list[QualityFlag]) -> list[QualityFlag]:
    seen: set[tuple[str, str | None]] = set()
    out: list[QualityFlag] = []
    for f in flags:
        if (f.code, f.detail) not in seen:
            seen.add((f.code, f.detail))
            out.append(f)
    return out
