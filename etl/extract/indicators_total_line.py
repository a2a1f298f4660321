"""A verbless total closing a list of those present: "В ней участвовали … и 11 членов пастбищных комитетов.
Всего 26 человек.", "Катышкандар: … Баары 40 адам.", "Total: 40 people."  The total takes the predicate of the
sentence before it (took part → participants, were trained → people trained).  Folded text is read."""

from __future__ import annotations

import re

from etl.extract.indicators_predicates import PARTICIPATED, TRAINED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import GENERIC_PERSON

_TOTAL_OPENING = re.compile(r"\W*(?:всего|итого|жалпысынан|баары|бардыгы|total|in\s+total|altogether)\W*$")
_CLOSE = re.compile(r"\W{0,3}$")
_LOOK_BACK = 400


def verbless_totals(folded: str, counts: list[Count]) -> None:
    """Set the indicator of a sentence that is only "Всего N человек" after a sentence of presence or training."""
    for c in counts:
        if c.indicator is not None or c.parent is not None or c.category != "person":
            continue
        s_start, s_end = c.sentence
        if not _TOTAL_OPENING.fullmatch(folded, s_start, c.first) or not GENERIC_PERSON.match(folded, c.num.end, c.noun_end) \
                or not _CLOSE.fullmatch(folded, c.noun_end, s_end):
            continue
        para = folded.rfind("\n\n", max(0, s_start - _LOOK_BACK), s_start)
        before = folded[max(0, s_start - _LOOK_BACK, para):s_start]
        if TRAINED.search(before):
            c.indicator = "people_trained"
        elif PARTICIPATED.search(before):
            c.indicator = "participants"
