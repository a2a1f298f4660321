"""A total said again to split it: "56 медиков прошли тренинг. Из 56 медиков 50 — женщины", "Of the 56
health workers, 50 were women", "56 медиктин 50ү аялдар".  The second 56 is the first one restated as a
partitive; its women and men split the first count, and it is no count of its own."""

from __future__ import annotations

from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import GENITIVE_END, PARTITIVE_BEFORE

_PEOPLE = ("person", "participant", "official")
_REACH = 400  # how far back (characters) the restated total may be: the sentence or two before


def restated_totals(folded: str, counts: list[Count]) -> list[int]:
    """Relink the splits of each restated total to the total it repeats; return the restated counts,
    which the caller clears once the indicators are classified."""
    restated = []
    for i, r in enumerate(counts):
        if r.category not in _PEOPLE or r.parent is not None or not r.children:
            continue
        if not (PARTITIVE_BEFORE.search(folded, max(r.sentence[0], r.num.start - 12), r.num.start)
                or GENITIVE_END.search(folded, r.num.end, r.noun_end)):
            continue
        for j in range(i - 1, max(-1, i - 6), -1):
            e = counts[j]
            if e.sentence == r.sentence:
                continue
            if r.num.start - e.noun_end > _REACH:
                break
            if e.num.value == r.num.value and e.category in _PEOPLE and e.parent is None and not e.children:
                for k in r.children:
                    counts[k].parent = j
                e.children.extend(r.children)
                r.children = []
                restated.append(i)
                break
    return restated
