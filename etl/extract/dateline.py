"""The report's own date (its dateline), as opposed to the dates of the events it reports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.extract.dateline_fields import foot_dateline, is_event_sheet_date
from etl.extract.dates_grammar import DateMention

_TIME_AFTER = re.compile(r"[ ,|\-–—]*(?:в\s+|at\s+)?\d{1,2}:\d\d")
_DATELINE_CUE = re.compile(r"(?:опубликовано|дата публикации|published|posted|жарыяланды|жарыяланган)"
                           r"(?:\s+(?:on|в))?\W*$")
_UPDATED_CUE = re.compile(r"(?:обновлено|обновлен[аы]?|изменено|updated|modified|edited|жаныланды|жаныртылды|"
                          r"озгортулду)(?:\s+(?:on|в))?\W*$")
# How far down the dateline may sit, in non-blank characters: blanked boilerplate does not count.
_DATELINE_WINDOW = 400
# "Karakol," / "Бишкек ш.," / "г. Ош,": a place, with its "city" abbreviation
# and its region after a comma, as wire copy writes it ("BELOVODSKOE, Chui Region, 25 May 2022 — …")
# The wire's name may lead the place ("АКИpress, Баткен, 27 ноября 2023 — …", "24.kg, Naryn, 12 May 2025 - …").
_PLACE_PREFIX = re.compile(r"^(?:(?:\d+\.)?[^\W\d_][\w\-.]*(?:\s[^\W\d_][\w\-.]*)?\s*,\s*(?=(?:(?:г|ш|с)\.\s*)?[^\W\d_]))?"
                           r"(?:(?:г|ш|с)\.\s*)?[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?(?:\s(?:ш|г|с)\.)?\s*,"
                           r"(?:\s*[^\W\d_][\w\-]*\s(?:region|oblast|province|district|облусу|область|области|району?|район|района)\s*,)?$")
# "— Кабар.", the agency in slashes ("2025-жыл. /Кабар/."), or a full stop ending the dateline
# ("Ош ш., 16-октябрь 2025-жыл. 2025-жылдын 14-октябрында …")
# A spaced hyphen stands for the dash in plain-text English datelines ("Naryn, 8 October 2025 - The …").
# Wire copy typed in ASCII writes the dash as two hyphens ("BISHKEK, December 20, 2012 -- The …").
_DASH_AFTER = re.compile(r"(?:-?жыл[а-я]*|\s*года)?\.\s|\s*(?:г\.|года|-?ж\.|-?жыл\.?)?\s*[*_]*\s*(?:[—–]|--|(?<=\s)-)\s"
                         r"|(?:-?жыл)?\.?\s*/[^/\n]{2,30}/")
# A metadata line: the date among a time, a place, an agency or author name, a section label
# ("14:32, 17 апреля 2024", "Кабар, 12-октябрь, 2023-жыл", "04.11.2022 | Жаңылыктар",
# "Жыпар Бекова · 24-ноябрь, 2023 · 19:12").  A few words at most, none of them telling of an
# event, a deadline or a range: "Дата проведения: 12 марта 2024" is an event's date.
_META_MAX_WORDS = 4
_META_MAX_CHARS = 90
_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_YEAR_WORDS = frozenset({"г", "года", "год", "гг", "жыл", "жылы", "ж", "в", "at", "саат", "ч", "y"})
_NOT_META = re.compile(
    r"(?<![а-яa-z])(?:тренинг|семинар|форум|конференц|встреч|жолугуш|стол|конкурс|сынак|акци|кампани|"
    r"презентаци|визит|сапар|открыти|ачыл|грант|мероприяти|иш-чара|training|forum|meeting|conference|"
    r"workshop|event|выбор|шайлоо|срок|мооноту|дедлайн|deadline|чейин|бери|баштап|проведени|откорул|"
    r"состоится|состоял|прош|отт|болот|болду|held|(?:до|по|с|from|to|until|till|will)$)"
)


def find_dateline(folded: str, mentions: list[DateMention]) -> DateMention | None:
    """The report's own date near the top: a full date followed by a time, alone on its
    line or among short metadata, or after "published"; ``None`` when the text has none.

    A dateline without its year ("Нарын, 14-октябрь — Кабар.") takes the year that puts it
    nearest the first dated day the text tells (a report follows its event within days)."""
    seen, blank_to = 0, 0  # non-blank characters before ``blank_to``
    for k, d in enumerate(mentions):
        a, b = d.span
        seen += len("".join(folded[blank_to:a].split()))  # the non-blank characters, counted in C
        blank_to = a
        if seen > _DATELINE_WINDOW:
            break
        if _UPDATED_CUE.search(folded, max(0, folded.rfind("\n", 0, a) + 1, a - 40), a):
            continue  # "Обновлено: 15.03.2025" above "Опубликовано: 12.03.2025": when it was edited
        if is_event_sheet_date(folded, d):
            continue  # "Дата: 27 ноября 2024" above "Место: Бишкек": the event's date
        if looks_like_dateline(folded, d):
            return d
        if not d.has_year and _yearless_dateline(folded, d):
            return _with_year(d, mentions[k + 1:])
    return foot_dateline(folded, mentions)


def text_stamp(folded: str, d: DateMention) -> bool:
    """"Обновлено: 15.03.2025", "Updated 15 March", a signed or labelled date at the report's foot: when
    the text was written or edited, never an event's day."""
    a = d.span[0]
    lo = max(0, a - 40)  # the cue sits just before the date, on its line
    if _UPDATED_CUE.search(folded, folded.rfind("\n", lo, a) + 1 or lo, a):
        return True
    return len(folded) - d.span[1] <= 300 and foot_dateline(folded, [d]) is d


def dateline_like(folded: str, d: DateMention) -> bool:
    """Whether ``d`` is set out as a report's own date (published, updated, at its foot), wherever it
    stands: such a date tells when the text was written, never the year of an event it leaves yearless."""
    if text_stamp(folded, d):
        return True
    return looks_like_dateline(folded, d) and not is_event_sheet_date(folded, d)


def repeats_dateline(folded: str, d: DateMention, dateline: DateMention) -> bool:
    """"08/12/2025 11:26" above "KARAKOL, Dec 8 (24.kg) - …": the report's day told again without its
    year, in a dateline's form; never an event's day."""
    return not d.has_year and (d.m1, d.d1) == (dateline.m1, dateline.d1) and _yearless_dateline(folded, d)


def _yearless_dateline(folded: str, d: DateMention) -> bool:
    """"Нарын, 14-октябрь — Кабар.", "17 апреля, 14:32", "Опубликовано: 14 октября": a day without its
    year is a dateline only in the forms a dateline alone takes; "14 октября" alone on a line may
    head a programme's day."""
    a, b = d.span
    if d.precision != "day" or d.d2 not in (None, d.d1) or (d.m2 not in (None, d.m1)) or d.kind == "relative":
        return False
    line_start, line_end = _line_around(folded, a, b)
    before = folded[line_start:a].strip(" \t,|-–—•·*_#")
    if _DATELINE_CUE.search(folded[line_start:a]):
        return True
    after_time = _TIME_AFTER.match(folded, b)
    if after_time:
        return not folded[after_time.end():line_end].strip(" \t,.|-–—•·*_") and not before
    if _TIME.fullmatch(before):
        return not folded[b:line_end].strip(" \t,.|-–—•·*_")
    placed = bool(_PLACE_PREFIX.match(before + ",")) and not _tells_of_event(before)
    if _bracketed_dateline(folded, before, b):
        return True
    return placed and (_DASH_AFTER.match(folded, b) is not None or _AGENCY_AFTER.match(folded, b) is not None)


# "BISHKEK, March 12 (Kabar) - …"; "DUSHANBE, December 20, 2012 Asia-Plus -- …": the agency unbracketed
# before the wire's double hyphen
_AGENCY_AFTER = re.compile(r"\s*\([^()\n]{2,30}\)\s*[-–—]\s|\s+[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?\s+--\s")
_BRACKET_CLOSE = re.compile(r"\s*(?:г\.|года|-?ж\.)?\s*\)\s*[-–—]\s")


def _bracketed_dateline(folded: str, before: str, b: int) -> bool:
    """"Cholpon-Ata (8 Oct 2025) – The …": the place's date in brackets, then the dash; a date in
    brackets inside a sentence has no place alone before it."""
    if not before.endswith("(") or not _BRACKET_CLOSE.match(folded, b):
        return False
    place = before[:-1].strip()
    return bool(_PLACE_PREFIX.match(place + ",")) and not _tells_of_event(place)


def _with_year(d: DateMention, later: list[DateMention]) -> DateMention:
    """``d`` in the year that puts it nearest the first dated day after it (else any dated mention)."""
    # a year told alone ("в 1978 году", "с 2022 года") is the history or the programme a text recalls,
    # not the year it was written in: a dateline with no day after it to go by keeps its year unknown
    ref = next((m for m in later if m.has_year and m.precision != "year" and m.kind != "years"), None)
    if ref is None or ref.y1 is None or d.m1 is None or d.d1 is None:
        return d
    if ref.precision != "day" or ref.m1 is None or ref.d1 is None:
        return replace(d, y1=ref.y1)  # "В 2025 году …": the year the text speaks of
    target = date(ref.y1, ref.m1, ref.d1)
    best: tuple[int, int] | None = None
    for year in (ref.y1 - 1, ref.y1, ref.y1 + 1):
        try:
            gap = abs((date(year, d.m1, d.d1) - target).days)
        except ValueError:  # 29 February
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return d if best is None else replace(d, y1=best[1])


# A dateline's line is short: looking further for its ends only costs time on long lines (a table of
# thousands of dates on one line made each date's look-up scan the whole line).
_LINE_REACH = 300


def _line_around(folded: str, a: int, b: int) -> tuple[int, int]:
    lo = max(0, a - _LINE_REACH)
    line_start = folded.rfind("\n", lo, a) + 1 or lo
    line_end = folded.find("\n", b, b + _LINE_REACH)
    return line_start, (min(len(folded), b + _LINE_REACH) if line_end < 0 else line_end)


_YEAR_WORD_STOP = re.compile(r"(?:[^\S\n]*-?(?:г|гг|ж)\.|\.)[^\S\n]")


def looks_like_dateline(folded: str, d: DateMention) -> bool:
    """A full day date set out as a dateline: with a time, after "published", alone or after a place on
    its line, or among short metadata (wherever it stands: a second language part repeats it)."""
    a, b = d.span
    if d.precision != "day" or not d.has_year or d.d2 not in (None, d.d1) or d.kind == "years":
        return False
    line_start, line_end = _line_around(folded, a, b)
    before = folded[line_start:a].strip(" \t,|-–—•·*_#")
    after_time = _TIME_AFTER.match(folded, b)
    rest = folded[(after_time.end() if after_time else b):line_end].strip(" \t,.|-–—•·*_")
    placed = bool(_PLACE_PREFIX.match(before + ",")) and not _tells_of_event(before)  # "Karakol, 13 September 2023"
    if after_time or _DATELINE_CUE.search(folded[line_start:a]) or _bracketed_dateline(folded, before, b):
        return True
    # "Ош, 14 марта 2025 г. 12 марта …": the year word's own dot ends the dateline
    # as does the year word after a numeric date or its own dot ("Джалал-Абад, 21.11.2024 г. 20 ноября …")
    stop = (folded[b - 1] == "." and folded[b:b + 1] in (" ", "\t")) or bool(_YEAR_WORD_STOP.match(folded, b))
    if (not before or placed) and (not rest or _DASH_AFTER.match(folded, b)
                                   or (placed and (stop or _AGENCY_AFTER.match(folded, b)))):
        return True
    return _is_metadata(folded[line_start:a] + " " + folded[b:line_end]) or \
        _field_of_metadata(folded[line_start:a], folded[b:line_end]) or \
        (not rest and _issuer_byline(folded[line_start:a]))


# "*Пресс-релиз общественного фонда «Акыйкат Жолу», 22 сентября 2025 года*", "«Ала-Бука Дыйкандары» коомдук
# бирикмесинин маалымат кызматы, 2023-жылдын 26-июну": who put the text out, a comma, and the day it did
_ISSUER = re.compile(r"(?<![а-яa-z])(?:пресс-релиз[а-я]*|пресс-служб[а-я]*|press[\s-]+(?:release|office|service)|"
                     r"news\s+release|media\s+release|информационн[а-я]+\s+служб[а-я]*|маалымат\s+кызмат[а-я]*|"
                     r"басма\s+соз\s+(?:кызмат|релиз)[а-я]*|пресс-кызмат[а-я]*)")
_BYLINE_MAX_CHARS = 140


def _issuer_byline(before: str) -> bool:
    head = before.strip(" \t*_#>")
    if not head.endswith(",") or len(head) > _BYLINE_MAX_CHARS or _ISSUER.search(head) is None:
        return False
    return not _tells_of_event(_QUOTED.sub(" ", head))


_QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")  # an issuer's name may hold any word («Форум» коомдук фонду)


# "Press Release | March 14, 2024 | Topics: Economic Development, USAID": a field of its own among
# fields of a few words each; a table row opens with its bar ("| 12.03.2024 | Тренинг | 25 |")
_FIELD_SEP = re.compile(r"[|·•\t]")  # a tab: a Markdown table row or a byline's "|" read as cells
_FIELD_MAX_WORDS = 6  # "Topics: Economic Development, USAID", "Tags: Health, Youth, Naryn Oblast"


def _field_of_metadata(before: str, after: str) -> bool:
    if before.lstrip().startswith("|") or len(before) + len(after) > 2 * _META_MAX_CHARS:
        return False
    time = _TIME_AFTER.match(after)
    # Markdown's emphasis around the whole line ("**SFCG | News | 2 March 2026**") is no field
    head, tail = before.rstrip(" ,"), after[time.end() if time else 0:].strip(" ,*_")
    seps = [m.start() for m in _FIELD_SEP.finditer(head)]
    if seps and _PLACE_PREFIX.match(head[seps[-1] + 1:].strip() + ",") and not _tells_of_event(head[seps[-1] + 1:]):
        head = head[:seps[-1] + 1]  # "пресс-релизи · Кызыл-Кыя, 2023-жылдын 15-майы": the place heads the date's field
    if (head and not _FIELD_SEP.search(head[-1])) or (tail and not _FIELD_SEP.match(tail)):
        return False
    fields = _FIELD_SEP.split(before + " " + after)
    return len(fields) <= 5 and all(_FIELD_LABEL.match(f) or (len(_WORD.findall(_TIME.sub(" ", f))) <= _FIELD_MAX_WORDS
                                                              and not _tells_of_event(f)) for f in fields)


# "Topics: USAID, Economic Growth, Women's Empowerment": a labelled list of tags is the page's metadata
# however many words it holds, and "Tags: training, youth" names a category, not the day's event
_FIELD_LABEL = re.compile(r"\s*(?:topics?|tags?|categor(?:y|ies)|темы?|теги|тэги|рубрик[аи]|категори[яи]|тегдер|"
                          r"рубрикасы|темалар)\s*:", re.IGNORECASE)


def _is_metadata(around: str) -> bool:
    """Whether the rest of a date's line is only the short metadata a dateline carries."""
    if len(around.strip()) > _META_MAX_CHARS:
        return False
    words = [w for w in _WORD.findall(_TIME.sub(" ", around)) if w not in _YEAR_WORDS]
    return len(words) <= _META_MAX_WORDS and not _tells_of_event(" ".join(words))


# "с. Тюп, 16 октября 2024 г.": the village's "с." (like the city's "г.") is no "с" ("from") of a range
_SETTLEMENT_ABBR = re.compile(r"(?<![а-яa-z])[сгш]\.")


def _tells_of_event(words: str) -> bool:
    return any(_NOT_META.match(w) for w in _WORD.findall(_SETTLEMENT_ABBR.sub(" ", words)))
