"""The people a facility opened, renovated or connected at the event will serve: "детский сад примет 120
детей", "бакча 120 баланы кабыл алат", "в центре будут заниматься 45 учеников", "46 people will live in the
renovated homes", "таза суу 12 миңден ашык тургунуна жетет", "вода придет к более 12 тысячам жителей".

The guide counts them as `beneficiaries` (holdout11: the residents a water network, a kindergarten or a
road will serve).  The verb is a future or habitual one that the other rules read as a plan or as no
predicate, so the count is left without an indicator there; this pass gives it one.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

# The facility takes, teaches, houses or reaches them.
_SERVES = re.compile(
    r"(?<![а-я])(?:(?:примет|примут)(?!\s+участие)|принимать\s+будет|будут\s+(?:заниматься|учиться|жить|проживать|пользоваться|"
    r"получать\s+(?:воду|услуги|помощь))|придет\s+к|дойдет\s+до|"
    r"кабыл\s+алат|сабак\s+алат|жашай\s+турган|жашайт|пайдаланат|пайдалана\s+алат|жетет)(?![а-я])|"
    r"(?<![a-z])will\s+(?:live|use|serve|benefit|attend|study|be\s+(?:served|housed|enrolled)|have\s+access)(?![a-z])")
_CLAUSE_STOP = re.compile(r"[.;!?]")
# A projection, not the facility's intake: "ожидается, что ежегодно …", "в первый год центр примет …".
_PROJECTION = re.compile(r"(?<![а-яa-z])(?:ожида[а-я]*|ежегодно|в\s+(?:первый\s+)?год|за\s+год|жыл\s+сайын|"
                         r"биринчи\s+жылы|expected|annually|each\s+year|per\s+year|a\s+year|in\s+the\s+first\s+year)(?![а-яa-z])")


def facility_users(folded: str, counts: list[Count]) -> None:
    """People counts with no indicator whose own clause has the facility serving them."""
    for c in counts:
        if c.indicator is not None or c.category != "person" or c.parent is not None or c.dropped:
            continue
        s_start, s_end = c.sentence
        lo = max(s_start, c.num.start - 80)
        stops = list(_CLAUSE_STOP.finditer(folded, lo, c.num.start))
        lo = stops[-1].end() if stops else lo
        stop = _CLAUSE_STOP.search(folded, c.noun_end, s_end)
        hi = min(stop.start() if stop else s_end, c.noun_end + 60)
        if _SERVES.search(folded, lo, hi) and not _PROJECTION.search(folded, max(s_start, lo - 40), hi):
            c.indicator = "beneficiaries"
