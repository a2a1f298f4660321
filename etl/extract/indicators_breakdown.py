"""A breakdown in brackets after a total: "Охвачено учреждений: 14 (9 школ и 5 детских садов)", "12 educational
institutions (7 schools and 5 kindergartens)", "10 билим берүү мекемесинен (6 мектеп жана 4 бала бакча)".

The kinds of institutions or places inside the brackets split the number just before them; the total is the
figure (guide: figures are never summed nor split), so the parts are no further counts.  A sex split in brackets
("34 участника (19 женщин и 15 мужчин)") is another matter, linked to its total elsewhere.  Folded text.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_KINDS = ("institutions_covered", "settlements_covered")
# A number with up to four words of its noun phrase, right before the bracket.
_TOTAL_BEFORE = re.compile(r"(?<![\w.,])\d[\d\s]*(?:[а-яa-z]*)?(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){0,4}\s*$")


def drop_breakdown_parts(folded: str, counts: list[Count]) -> None:
    """Unset the institutions and places that split, in brackets, a total stated just before."""
    for c in counts:
        if c.indicator not in _KINDS:
            continue
        s_start = c.sentence[0]
        paren = folded.rfind("(", max(s_start, c.num.start - 60), c.num.start)
        if paren < 0 or ")" in folded[paren:c.num.start]:
            continue
        if _TOTAL_BEFORE.search(folded, max(s_start, paren - 80), paren):
            c.indicator = None
