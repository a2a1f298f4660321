"""Groups, organizations and municipalities that received the grants a report announces count the grants.

A grant ceremony names its grantees in a sentence of their own, often with the money they shared and
no grant word: "Гранттар тапшырылды. Тогуз топ жалпысынан 1 млн 350 миң сом алды", "Шесть групп
получили в общей сложности 900 тысяч сомов", "Eleven cooperatives received a total of KGS 2 million".
The grant word is in that sentence or the one before it.  Municipalities given grants ("беш айыл
аймагына … гранттар тапшырылды", "гранты вручены 7 муниципалитетам") are covered and are the grants
too: the same number counts under both indicators.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.indicators_predicates import PLANNED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import APPLIED, GRANT_GIVEN, GRANT_WORD

_BODIES = ("organization", "institution")  # initiatives are read with their own parts ("15 долбоор …, алардын бешөө")
_RECEIVED = re.compile(r"(?<![а-яa-z])(?:алды|алышты|алышкан|получил[аи]?|received|got|were\s+awarded|won|ээ\s+болду|"
                       r"ээ\s+болушту)(?![а-яa-z])")
# Grants given to the bodies named in the dative: "Алты демилгелүү топко … гранттар берилди", "9 топко 1 350 000 сом
# бөлүндү", "шести группам вручены гранты".
_GIVEN_TO = re.compile(r"(?<![а-яa-z])(?:берилди|тапшырылды|ыйгарылды|болунду|вручен[ыо]?|выделен[ыо]?|"
                       r"предоставлен[ыо]?|передан[ыо]?)(?![а-яa-z])")
_DATIVE_PLACE = re.compile(r"(?:га|ге|ка|ке|го|ко|ам|ям|[ыиу]н[ае])$|(?<![a-z])to\s+$")
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the decimal comma of "1,6 млн"
_LOOK_BACK = 300  # the grant announced in the sentence before


def grantees(folded: str, counts: list[Count]) -> list[Count]:
    """Set ``grants_awarded`` on grantee bodies; return the municipalities' grant counts to add."""
    added: list[Count] = []
    for c in counts:
        if c.parent is not None or c.dropped:
            continue
        s_start, s_end = c.sentence
        rest = folded[c.noun_end:s_end]
        comma = _CLAUSE_COMMA.search(rest)
        own = rest[:comma.start()] if comma else rest  # "…, алардын бешөө грант утуп алды": another clause's grantees
        # bodies read as covered ("Алты демилгелүү топко … гранттар берилди") are the grants when grants are
        # what they got: the guide counts grantee groups and schools as grants, not as institutions covered
        if c.category in _BODIES and c.indicator in (None, "institutions_covered"):
            given_to = _DATIVE_PLACE.search(folded, c.num.end, c.noun_end) and _GIVEN_TO.search(own[:120])
            if not (_RECEIVED.search(own[:80]) or given_to) or APPLIED.search(folded, s_start, s_end) \
                    or PLANNED.search(folded, s_start, s_end):
                continue
            money_after = any(o.category == "money" and o.sentence == c.sentence and o.num.start > c.num.start
                              for o in counts)
            grant_near = GRANT_WORD.search(folded, max(0, s_start - _LOOK_BACK), s_end) is not None
            if grant_near and (money_after or GRANT_WORD.search(own[:80])):
                c.indicator = "grants_awarded"
        elif c.indicator == "settlements_covered":
            dative = _DATIVE_PLACE.search(folded, c.num.end, c.noun_end) or _DATIVE_PLACE.search(
                folded, max(s_start, c.num.start - 4), c.num.start)
            clause = rest[:120]
            if dative and GRANT_WORD.search(clause) and GRANT_GIVEN.search(clause) \
                    and not APPLIED.search(clause) and not PLANNED.search(clause) \
                    and not any(o.indicator == "grants_awarded" and o.sentence == c.sentence for o in counts):
                added.append(replace(c, indicator="grants_awarded", children=[]))
    return added
