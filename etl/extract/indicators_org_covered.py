"""Organizations a programme equipped, trained or supported are institutions it covered.

"25 ассоциаций водопользователей получили оборудование", "18 суу пайдалануучулар ассоциациясы жабдуулар
менен камсыздалды", "12 cooperatives received equipment and training": the count's own clause gives the
bodies equipment, training or support, so they are covered like schools or LSG bodies.  Organizations only
named ("партнеры из 5 организаций") stay uncounted; a grant to them is read elsewhere.  Equipment handed to
bodies named in the dative ("беш кооперативге жабдуулар тапшырылды") covers them as well.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_RECEIVED_SUPPORT = re.compile(
    r"^\s*(?:[а-яa-z-]+\s+){0,3}?(?:получил[аи]?|получат|were\s+given|received|got|"
    r"(?:[а-я]+\s+)?(?:менен\s+)?камсыздал(?:ды|ышты)|алышты|алды)\s+(?:[а-яa-z-]+\s+){0,2}?"
    r"(?:оборудован|обучени|поддержк|техник|equipment|training|support|machinery|жабдуу|окутуу|колдоо|техника)"
    r"|^\s*(?:[а-яa-z-]+\s+){0,3}?(?:жабдуу|техника)[а-я]*\s+менен\s+камсыздал"
)


# The bodies in the dative, the equipment handed to them after: "беш кооперативге … жабдуулар тапшырылды",
# "пяти кооперативам переданы линии по очистке", "5 кооперативге техника берилди".
_DATIVE = re.compile(r"(?:га|ге|ка|ке|го|ко|ам|ям)$")
_EQUIPMENT_GIVEN = re.compile(
    r"^[^.;!?]{0,80}?(?:жабдуу|техника|оборудовани|техник|лини[яиюй]|установк|equipment|machinery)[^.;!?]{0,40}?"
    r"(?:тапшырыл|берил|ыйгарыл|передан|вручен|выдан|предоставлен)|"
    r"^\s*(?:[а-я]+\s+){0,2}?(?:передан|вручен|выдан|предоставлен)[а-я]*\s+(?:[а-я]+\s+){0,3}?"
    r"(?:оборудовани|техник|лини[яиюй]|установк)"
)
_EQUIPMENT_GIVEN_BEFORE = re.compile(
    r"(?:передан[аыо]?|вручен[аыо]?|выдан[аыо]?|предоставлен[аыо]?)\s+(?:[а-я]+\s+){0,6}?$"
)


def organizations_supported(folded: str, counts: list[Count]) -> None:
    """Organizations given equipment, training or support in their own clause are institutions covered."""
    for c in counts:
        if c.indicator is not None or c.category != "organization":
            continue
        end = min(c.sentence[1], c.noun_end + 80)
        if _RECEIVED_SUPPORT.search(folded[c.noun_end:end]):
            c.indicator = "institutions_covered"
        elif _DATIVE.search(folded, c.num.end, c.noun_end) and (
                _EQUIPMENT_GIVEN.match(folded[c.noun_end:end])
                or (_EQUIPMENT_GIVEN_BEFORE.search(folded, max(c.sentence[0], c.num.start - 60), c.num.start)
                    and re.search(r"оборудовани|техник|лини[яиюй]|установк", folded[c.sentence[0]:c.sentence[1]]))):
            c.indicator = "institutions_covered"  # equipment handed to the bodies named in the dative
