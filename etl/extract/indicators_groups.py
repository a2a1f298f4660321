"""Groups that took part in an event are institutions it covered.

"В конкурсе участвовали 14 молодежных групп", "Сынакка 9 жаштар тобу катышты", "11 women's groups took
part": the number counts the groups, not the people in them (the contract lists "groups" under
``institutions_covered``).  The Kyrgyz "жаштар тобу" puts a people word first, which alone would be
read as a count of youth.  Groups only named ("в центре занимаются 6 групп") stay uncounted.
"""

from __future__ import annotations

import re

from etl.extract.indicators_clauses import clause_after, clause_before
from etl.extract.indicators_predicates import PARTICIPATED
from etl.extract.indicators_reading import Count

# The group noun the number counts: Russian "групп", Kyrgyz "тобу/топтору", English "groups".
_GROUP_NOUN = re.compile(r"(?<![а-яa-z])(?:групп[а-я]*|тобу|топтору|топ|groups?)(?![а-яa-z])")
# A people word put before the Kyrgyz group noun: "жаштар тобу", "аялдар тобу", "ишкер аялдар тобу".
_KY_GROUP_AFTER = re.compile(r"\s+(?:тобу|топтору)(?![а-я])")


def groups_taking_part(folded: str, counts: list[Count]) -> None:
    """Groups counted as taking part are ``institutions_covered``."""
    for c in counts:
        if c.parent is not None or c.dropped:
            continue
        ky_group = c.category in ("person", "female", "male") and _KY_GROUP_AFTER.match(folded, c.noun_end) is not None
        if not ky_group and not (c.category == "organization" and c.indicator is None
                                 and _GROUP_NOUN.search(folded, c.num.end, c.noun_end)):
            continue
        s_start, s_end = c.sentence
        noun_end = _KY_GROUP_AFTER.match(folded, c.noun_end).end() if ky_group else c.noun_end  # type: ignore[union-attr]
        clause = clause_before(folded, c.num.start, s_start) + " " + clause_after(folded, noun_end, s_end, s_end)
        if PARTICIPATED.search(clause):
            c.indicator, c.category, c.noun_end, c.group = "institutions_covered", "institution", noun_end, None
            c.sex = "total"  # "11 аялдар тобу": women's groups, counted as groups
        elif ky_group:
            c.indicator = None  # "9 жаштар тобу" counts groups, never their people


# People of N bodies took part: "8 мектептин командалары катышты", "члены 23 кооперативов приняли участие",
# "teams from 6 schools took part" counts the bodies represented.
_BODY = r"(?:мектеп|мектеб|школ|school|кооператив|cooperative|уюм|организаци|organi[sz]ation|ассоциаци|association|" \
        r"бала\s+бакча|детск[а-я]*\s+сад|kindergarten|колледж|college|университет|universit|лице[йя])"
_KY_PEOPLE_OF = re.compile(rf"\s+{_BODY}[а-я]*(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)\s+"
                           r"(?:команда|мучо|окул|жетекчи|окуучу|представител)")
_RU_PEOPLE_BEFORE = re.compile(r"(?<![а-яa-z])(?:члены|членов|руководители|руководителей|представители|представителей|"
                               r"команды|команд|учащиеся|ученики|members\s+of|representatives\s+of|teams\s+(?:of|from)|"
                               r"heads\s+of)\s+(?:(?:более|около|свыше|about|over|some)\s+)?$")


def bodies_represented(folded: str, counts: list[Count]) -> None:
    """Bodies whose members, teams or heads took part are ``institutions_covered``."""
    for c in counts:
        if c.indicator is not None or c.parent is not None or c.dropped \
                or c.category not in ("organization", "institution"):
            continue
        s_start, s_end = c.sentence
        phrase = folded[c.num.end:c.noun_end]
        ky = _KY_PEOPLE_OF.match(phrase) is not None
        ru = _RU_PEOPLE_BEFORE.search(folded, max(s_start, c.num.start - 40), c.num.start) is not None \
            and re.search(_BODY, phrase) is not None
        if (ky or ru) and PARTICIPATED.search(folded, s_start, s_end):
            c.indicator = "institutions_covered"
