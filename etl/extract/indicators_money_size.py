"""The size of a budget, a loan or a multi-year allocation, whoever states it and however the project is
named ("The five-year activity has a total budget of …", "его общий бюджет — …", "анын жалпы бюджети …
экенин айтты", "общий кредит Фонда … на проект составляет …", "Бюджет проекта: …", "на вторую фазу
проекта (2024–2028) …").  The guide: a project's total budget, a plan's budget or a loan is not money
given in the event.  A budget said in the past ("составил", "was", "түздү") is money spent and stays.
"""

from __future__ import annotations

import re

# The noun whose size the amount states, then at most a few words of its own (whose budget, on what)
# and the link to the figure.  "бюджета" (genitive: "из бюджета выделено …") is the money's source.
_SIZE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:(?P<budget>бюджет(?:ом)?|бюджети|budget)|кредит(?:ом)?|займ[а-я]*|за[её]м|loan|насыя(?:сы)?)(?![а-яa-z])"
    r"(?:[^\d.;!?()«»\"\n]{0,60}?)"
    r"(?:\s(?:составляет|составит|равен|в\s+размере|в|of|is|stands\s+at|totals|amounts\s+to)|\s?[—–:-])?\s*"
    r"(?:(?:около|порядка|более|about|around|over|nearly|some)\s+)?(?:usd|kgs|eur|chf|\$|€)?\s*$")
# A budget stated whole ("общий бюджет", "жалпы бюджети", "a total budget of"), or as a report's header
# field ("Бюджет проекта: 1 450 000 евро") next to its period.
_WHOLE = re.compile(r"(?<![а-яa-z])(?:общ(?:ий|его|ем|ая)|жалпы|total|overall|entire|full)\s+(?:[а-я]+\s+)?$")
_FIELD = re.compile(r"(?:бюджет|budget)\s+(?:проекта|программы|of\s+the\s+project)\s*:")
# A verb in the past between the noun and the figure, or right after it: the money spent.
_PAST = re.compile(r"(?<![а-яa-z])(?:составил[аои]?|был[аои]?|was|were|amounted|totall?ed|тузду|тузгон|болгон|болду|"
                   r"жумшалды|выделен[оаы]?|потрачен[оаы]?|израсходован[оаы]?|spent|allocated)(?![а-яa-z])")
_GIVEN_VERB = re.compile(r"(?<![а-яa-z])(?:выдел|направ|передал|перечисл|allocat|provid|grant|бол[уү]н|берил)")
# "(2024–2028)" right before the amount: money for a span of years, not the event's.
_SPAN_PAREN = re.compile(r"\(\s*(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d[^()\d]{0,12}\)\s*(?:usd|kgs|eur|chf|\$|€)?\s*$")


def budget_size(folded: str, num_start: int, num_end: int, sentence: tuple[int, int]) -> bool:
    """True when the amount at ``num_start`` states a budget's, a loan's or a multi-year allocation's size."""
    s_start, s_end = sentence
    before = folded[max(s_start, num_start - 90):num_start]
    if _SPAN_PAREN.search(before):
        return True
    m = _SIZE_BEFORE.search(before)
    if m is None:
        return False
    if m.group("budget") and not (_WHOLE.search(before, 0, m.start()) or _FIELD.match(m.group())):
        return False  # "Долбоордун бюджети … түзөт" after the event's account: the money it was held with
    between = before[m.start():]
    if _PAST.search(between) or _GIVEN_VERB.search(between):
        return False
    return _PAST.search(folded, num_end, min(s_end, num_end + 40)) is None
