"""Days an event is told on: a lead that puts what it tells on another day than the event told before ("the
next day", "эртеси күнү", "через два дня"), unless it names a day of that event ("на второй день форума"), and
the same kind of event held again on a day of its own.  Split from ``events`` (over 400 lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

# The lead puts the event on a day of its own, relative to the one told before: it is not within
# that event and must not take its dates ("the next day", "эртеси күнү", "на второй день").
_OTHER_DAY = re.compile(
    r"(?<![а-яa-z])(?:на\s+(?:следующий|другой|второй|третий|четв[её]ртый|последний)\s+день|назавтра|накануне|"
    r"во\s+второй\s+день|в\s+(?:третий|последний|заключительный)\s+день|(?:днем|за\s+день)\s+(?:ранее|до)|"
    r"(?:через|спустя)\s+(?:\S+\s+)?(?:день|дня|дней|недел[а-я]*|месяц[а-я]*)|"
    r"эртеси[а-я]*|кийинки\s+кун[а-я]*|(?:экинчи|учунчу|акыркы|мурунку)\s+кун[а-я]*|бир\s+кун\s+мурун|"
    r"(?:\S+\s+)?(?:кундон|жумадан|айдан)\s+кийин|"
    r"(?:the\s+)?(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|"
    r"on\s+the\s+(?:second|third|last|final)\s+day|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+later|"
    r"later\s+(?:that|in\s+the)\s+(?:week|month))(?![а-яa-z])")

# "Конференциянын экинчи күнү", "на второй день форума", "on the last day of the training": a day of the event
# told, within it, not another day
_EVENT_WORD = (r"(?:форум|конференц|тренинг|семинар|фестивал|конкурс|сынак|сынаг|слет|кампани|акци|лагер|ярмарк|"
               r"окуу|курс|сесси|forum|conference|training|seminar|workshop|festival|competition|campaign|camp|course|"
               r"fair|session|event|мероприяти|иш-чара)")
_ORDINAL_DAY = re.compile(r"(?:втор|трет|четв[её]рт|последн|заключительн|экинчи|учунчу|акыркы|second|third|last|final)")
_OF_EVENT_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|this\s+)?)?" + _EVENT_WORD)
_OF_EVENT_BEFORE = re.compile(_EVENT_WORD + r"[а-я-]*(?:нын|нин|дын|дин|тын|тин|нун|дун|тун)\s+$")


def other_day(folded: str, a: int, b: int) -> bool:
    """Whether ``folded[a:b]`` puts what it tells on another day than the event told before."""
    for m in _OTHER_DAY.finditer(folded, a, b):
        if _ORDINAL_DAY.search(m.group(0)) and (
                _OF_EVENT_AFTER.match(folded, m.end(), min(b, m.end() + 30))
                or _OF_EVENT_BEFORE.search(folded, max(a, m.start() - 40), m.start())):
            continue
        return True
    return False


# "начался трехдневный семинар", "a two-day workshop", "эки күндүк тренинг": its next day is still that event
SEVERAL_DAYS = re.compile(r"(?<![а-яa-z])(?:(?:двух|тр[её]х|четыр[её]х|пяти|\d+-?)\s*дневн|"
                          r"(?:two|three|four|five|\d+)-day|(?:эки|уч|торт|беш|\d+)\s*кундук)")


def held_again(folded: str, sentence: tuple[int, int], has_own: Callable[[int, int, bool], bool]) -> bool:
    """Whether ``sentence`` opens on another day than the event told before and dates that day itself (the
    event it follows must have a date of its own: a headline's event told on its day is that event)."""
    s0, s1 = sentence
    return other_day(folded, s0, min(s1, s0 + 30)) and has_own(s0, s1, True)

