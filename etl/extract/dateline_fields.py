"""A date under a "Date:" label: the event's date in a fact sheet, the report's own at its foot.

An announcement or event sheet heads its text with labelled fields ("Дата: 27 ноября 2024 г.",
"Место: Бишкек", "Организатор: …"): that date is when the event took place, not when the text was
published.  A monthly report or a letter ends with its author and its own date ("Составила:
координатор проекта …  Дата: 28.10.2024", "Prepared by: … Date: 3 May 2025"): that is the
report's date, the dateline it has no room for at the top.
"""

from __future__ import annotations

import re

from etl.extract.dates_grammar import DateMention

# The label just before the date on its line: "Дата:", "**Date:**", "Күнү:", "Дата проведения:".
_DATE_LABEL = re.compile(r"(?<![а-яa-z])(?:дата(?:\s+[а-я]+){0,2}|date(?:\s+[a-z]+){0,2}|кун[уу]|датасы|"
                         r"мерзими)\s*[*_]*\s*:\s*[*_]*\s*$")
# Sibling fields of an event sheet: where, who organises, at what time, the venue.
_EVENT_FIELD = re.compile(
    r"^[ \t>*_#•\-–]*(?:место(?:\s+проведения)?|время(?:\s+проведения)?|организатор[а-я]*|соорганизатор[а-я]*|"
    r"venue|location|place|time|organi[sz]er[s]?|host(?:ed\s+by)?|орун[уу]?|орд[уу]|жери|откорулуучу\s+жер[а-я]*|"
    r"уюштуруучу(?:лар)?[а-я]*|убакыт[а-я]*|формат|format|участники|participants|катышуучулар)"
    r"\s*[*_]*\s*:", re.MULTILINE)
_FIELD_LINES = 4  # how far (in lines) the sibling fields of one sheet sit from the date
# Who wrote the report: the signature that a foot date belongs to.
_SIGNED = re.compile(r"(?<![а-яa-z])(?:составил[аи]?|подготовил[аи]?|(?:отч[её]т\s+)?(?:подготовлен|составлен)|исполнител[ья]|отч[её]т\s+подготовил[аи]?|"
                     r"prepared\s+by|compiled\s+by|submitted\s+by|даярдаган|туздо|тузгон|аткаруучу)(?![а-яa-z])")
_FOOT_CHARS = 300  # a foot date sits in the last lines of the text, below the body
# "Дата проведения:", "Date of the event:": a label naming the event's own day
_EVENT_LABEL = re.compile(r"(?:проведени|мероприяти|event|session|откорул|иш-чара)")


_REACH = 300  # a label, a signature or a field sits within this many characters of the date


def _line(folded: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - _REACH)
    start = folded.rfind("\n", lo, pos) + 1 or lo
    end = folded.find("\n", pos, pos + _REACH)
    return start, min(len(folded), pos + _REACH) if end < 0 else end


def _labelled(folded: str, d: DateMention) -> bool:
    start, _ = _line(folded, d.span[0])
    return _DATE_LABEL.search(folded, start, d.span[0]) is not None


def is_event_sheet_date(folded: str, d: DateMention) -> bool:
    """"**Дата:** 27 ноября 2024 г." with "**Место:** Бишкек" on a line nearby: the event's date."""
    if not _labelled(folded, d):
        return False
    lo = hi = d.span[0]
    for _ in range(_FIELD_LINES):
        above = folded.rfind("\n", max(0, lo - _REACH), max(0, lo - 1))
        lo = above if above >= 0 else max(0, lo - _REACH)
        nxt = folded.find("\n", hi + 1, hi + _REACH)
        hi = min(len(folded), hi + _REACH) if nxt < 0 else nxt
    return _EVENT_FIELD.search(folded, lo, hi) is not None


# "Источник: пресс-служба мэрии Оша, 12.03.2025", "Пресс-служба ОФ «Билим», 12 марта 2025 г.": who put
# the text out, and when
_SOURCE = re.compile(r"(?<![а-яa-z])(?:источник|source|булак|пресс-служб[а-я]*|press\s+(?:office|service)|"
                     r"маалымат\s+кызмат[а-я]*|басма\s+соз\s+кызмат[а-я]*|автор|author)")
_STAMP_LINE_CHARS = 90


def _last_line_stamp(folded: str, d: DateMention, start: int, end: int) -> bool:
    """The text's last line is the date alone, or a short source line ending with it; not a date a
    label on the line above announces ("Следующая встреча:\n20.04.2025")."""
    if folded[end:].strip() or end - start > _STAMP_LINE_CHARS:
        return False
    before = folded[start:d.span[0]].strip(" \t,|-–—*_")
    if before:
        return _SOURCE.search(before) is not None
    above = folded[:start].rstrip()
    return not above.endswith(":")


def foot_dateline(folded: str, mentions: list[DateMention]) -> DateMention | None:
    """The report's own date at its foot: a full day under a "Date:" label in the last lines, on the line
    of (or just below) its author's signature, or alone or after its source on the text's last line;
    never a date among an event sheet's fields."""
    for d in reversed(mentions):
        if len(folded) - d.span[1] > _FOOT_CHARS or 2 * d.span[0] < len(folded):
            break
        if d.precision != "day" or not d.has_year or d.d2 not in (None, d.d1) or d.kind == "years":
            continue
        start, end = _line(folded, d.span[0])
        if folded[d.span[1]:end].strip(" \t.,;*_"):
            continue  # the date ends its line, as a signature's date does
        label = _DATE_LABEL.search(folded, start, d.span[0])
        if label is not None and _EVENT_LABEL.search(label.group(0)):
            continue
        above = max(0, start - _REACH, folded.rfind("\n", max(0, start - _REACH), max(0, start - 1)))
        if not (label is not None or _SIGNED.search(folded, above, d.span[0])
                or _last_line_stamp(folded, d, start, end)):
            continue
        if is_event_sheet_date(folded, d):
            continue
        return d
    return None
