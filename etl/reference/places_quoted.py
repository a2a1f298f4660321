"""A place inside a quoted title: a project's, a programme's, a conference's or a body's name
(«Качественное образование в Чуйской области», "Irrigation Rehabilitation Programme in Talas and Chui
Oblasts", «Нарын облусунун жаштар кеңеши»).  The labels count no place inside such a name; the event's
places are said elsewhere.  A quote that holds only the name and its level word («Келечек» кичи району)
is a place's own name, and a quoted sentence (a speaker's words, with a verb and a full stop) is speech:
neither is read here."""

from __future__ import annotations

import re

_PAIRS = {"«": "»", "“": "”", "„": "“", "\"": "\""}
# Sentence marks inside the quote make it speech, not a title; a colon alone does not: it opens a
# title's second part («Женское предпринимательство в Таласской области: барьеры и решения»).
_SPEECH = re.compile(r"[.!?;]\s|[.!?]$|,\s")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAX_TITLE = 110


def quoted_title(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` (``end`` after its level word) lies inside a short quoted title
    that holds other words too."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - _MAX_TITLE)
    head = text[lo:start]
    best = -1
    opener = ""
    for o, c in _PAIRS.items():
        i = head.rfind(o)
        if i < 0:
            continue
        if o == c:  # a straight quote opens only when an odd number of them precede on the line
            if text.count(o, line_start, lo + i + 1) % 2 == 0:
                continue
        elif c in head[i + 1:]:
            continue
        if i > best:
            best, opener = i, o
    if best < 0:
        return False
    close = text.find(_PAIRS[opener], end, min(len(text), end + _MAX_TITLE))
    nl = text.find("\n", end)
    if close < 0 or (0 <= nl < close):
        return False
    q_start = lo + best + 1
    inner = text[q_start:close]
    if len(inner) > _MAX_TITLE or _SPEECH.search(inner):
        return False
    others = _WORD.findall(text[q_start:start]) + _WORD.findall(text[end:close])
    return len(others) >= 1


# A place adjective that opens an institution's name: "медики Баткенской территориальной больницы",
# "студенты Нарынского городского колледжа".  Not when the institution is the venue ("в Нарынской
# областной больнице прошел тренинг"): a preposition before the name makes it where the event was.
_INSTITUTION_AFTER = re.compile(
    r"[^\S\n]+(?:территориальн|областн|районн|городск|межрайонн|республиканск)\w*[^\S\n]+"
    r"(?:больниц|поликлиник|роддом|родильн|лице|колледж|университет|госпитал|станци)\w*")
_VENUE_BEFORE = re.compile(r"(?<![а-яa-z])(?:в|во|на|при|на\s+базе)[^\S\n]+$")


def institution_adjective(ft: str, start: int, end: int) -> bool:
    """The bare place adjective at ``[start, end)`` opens an institution's name that is not the venue."""
    return bool(_INSTITUTION_AFTER.match(ft, end)) and not _VENUE_BEFORE.search(ft, max(0, start - 12), start)
