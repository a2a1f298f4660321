"""A clause that carries on the one before it without a verb of its own shares that clause's verb:
"В ноябре такие учения пройдут в Жумгальском районе, а весной — в Ат-Башинском", "планируется
открыть еще 20 садов, в том числе в Майлуу-Суу", "соревнования планируется провести ..., а также
охватить школы Кара-Бакского айыл аймагы", "A similar forum is planned in Balykchy, with job fairs in
Tong to follow", "кийинки жылы Нарында, ошондой эле Талас облусунда".  When that verb is a plan
(or a future), the places of the continuation are planned too.

Cheap: read only for a clause that opens with a continuation word, and only the one clause before."""

from __future__ import annotations

import re
from collections.abc import Callable

# Folded match text (lowercase, ө ү ң as о у н, hyphens as spaces).
_CONTINUATION = re.compile(
    r"[^\S\n]*(?:а(?:[^\S\n]+(?:также|затем|потом|ещ[её]))?|а[^\S\n]+(?:в|во)|в[^\S\n]+том[^\S\n]+числе|включая|"
    r"including|and(?:[^\S\n]+(?:then|later|also))?|with|as[^\S\n]+well[^\S\n]+as|жана|ошондой[^\S\n]+эле|"
    r"анын[^\S\n]+ичинде|андан[^\S\n]+кийин|then|then\s+in)(?![а-яa-z])")
# The continuation tells its own event or sets itself against the plan: "..., а теперь — в Нарыне",
# "..., and this time in Osh", "..., а в этот раз прошёл в Оше".
_OWN_TIME = re.compile(
    r"(?<![а-яa-z])(?:теперь|сейчас|ныне|в\s+этот\s+раз|на\s+этот\s+раз|now|this\s+time|эми|бу\s+жолу|азыр|"
    r"прош[её]л|прошла|прошли|состоял\w*|held|took\s+place|отту|откорулду|болуп\s+отту)(?![а-яa-z])")
_CLAUSE_STOPS = ",;:.!?\n"
# Plan words the shared plan pattern leaves out: "намечено построить", "scheduled for", "slated to".
_ALSO_PLANNED = re.compile(r"(?<![а-яa-z])(?:намечен\w*|наметил\w*|scheduled|slated)(?![а-яa-z])")


def continues_plan(ft: str, a: int, b: int, planned: Callable[[int, int], bool]) -> bool:
    """The clause ``ft[a:b]`` opens with a continuation word, has no event or time of its own, and the
    clause before it (back to the previous clause mark in the same sentence) is ``planned``."""
    if a <= 1 or ft[a - 1] not in ",;" or not _CONTINUATION.match(ft, a, b):
        return False
    if _OWN_TIME.search(ft, a, b):
        return False
    lo = max(0, a - 200)
    cut = max(ft.rfind(c, lo, a - 1) for c in _CLAUSE_STOPS)
    prev = cut + 1 if cut >= 0 else lo
    return planned(prev, a - 1) or bool(_ALSO_PLANNED.search(ft, prev, a - 1))
