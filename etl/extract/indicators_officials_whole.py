"""Officials who are the whole audience: "Тренингге … айылдык кеңештеринин 38 депутаты катышты, алардын 15и
аялдар", "приняли участие более 140 депутатов айылных и городских кенешей …, из них 58 женщин".

When the only people the report counts as present are one group of officials, tallied with its split by
sex as reports tally their audience, that count is the event's participants (its split is theirs) and,
being officials among those present, also its ``officials_participants``.  A group named alone without a
split ("Встречу посетили 3 депутата Жогорку Кенеша") is the notable guests, not a tally of everyone.  Not when anyone else is named beside them ("17 глав айыл окмоту, представитель
агентства и сотрудники администрации", "7 депутаты жана мектеп жетекчилери келишти"), when another
participants total is stated, or when several groups of officials are counted (each stays a part).
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.indicators_reading import Count

# People other than the officials counted, named in the same sentence: then the officials are a part.
_OTHERS = re.compile(
    r"представител|сотрудник|специалист|эксперт|жител|гост|руководител|глав[аыуе]?(?![а-я])|директор|"
    r"преподавател|учител|врач|активист|студент|молодеж|молодёж|фермер|предпринимател|журналист|"
    r"өкүл|окул|кызматкер|адис|тургун|жетекчи|башчы|мугалим|жаштар|активист|фермер|журналист|"
    r"representatives?|staff|specialists?|experts?|residents?|guests?|heads?(?![a-z])|teachers?|"
    r"activists?|students?|youth|farmers?|entrepreneurs?|journalists?")
_PERSON_LIKE = ("person", "participant", "official")


def officials_whole_audience(folded: str, counts: list[Count]) -> None:
    """The single officials count that is everyone present becomes participants, and stays officials too."""
    if any(c.indicator == "participants" for c in counts):
        return
    cands = [i for i, c in enumerate(counts) if c.indicator == "officials_participants" and c.parent is None]
    if len(cands) != 1:
        return  # "25 депутатынан 19у жана 30 айыл өкмөтүнүн кызматкери": several groups, each a part
    i = cands[0]
    c = counts[i]
    if c.parent is not None or c.subset or c.sex != "total" or c.dropped \
            or not any(o.parent == i and o.indicator for o in counts):
        return  # a split by sex tallies the audience; "3 депутата Жогорку Кенеша посетили" names guests in it
    if any(o.category in _PERSON_LIKE and o.indicator is not None and k != i and o.parent != i
           and o.sentence == c.sentence for k, o in enumerate(counts)):
        return  # others counted beside them: the officials are a part of those present
    s_start, s_end = c.sentence
    rest = folded[s_start:c.num.start] + " " + folded[c.noun_end:s_end]
    if _OTHERS.search(rest):
        return
    c.indicator = "participants"
    for o in counts:
        if o.parent == i:
            o.indicator = "participants"
    counts.append(replace(c, indicator="officials_participants", children=[]))
