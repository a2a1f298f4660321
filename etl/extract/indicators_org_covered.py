"""Organizations a programme equipped, trained or supported are institutions it covered.

"25 ассоциаций водопользователей получили оборудование", "18 суу пайдалануучулар ассоциациясы жабдуулар
менен камсыздалды", "12 cooperatives received equipment and training": the count's own clause gives the
bodies equipment, training or support, so they are covered like schools or LSG bodies.  Organizations only
named ("партнеры из 5 организаций") stay uncounted; a grant to them is read elsewhere.
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


def organizations_supported(folded: str, counts: list[Count]) -> None:
    """Organizations given equipment, training or support in their own clause are institutions covered."""
    for c in counts:
        if c.indicator is not None or c.category != "organization":
            continue
        end = min(c.sentence[1], c.noun_end + 80)
        if _RECEIVED_SUPPORT.search(folded[c.noun_end:end]):
            c.indicator = "institutions_covered"
