"""A total said again to split it: "56 медиков прошли тренинг. Из 56 медиков 50 — женщины", "Of the 56
health workers, 50 were women", "56 медиктин 50ү аялдар".  The second 56 is the first one restated as a
partitive; its women and men split the first count, and it is no count of its own.  A split opening with
"Of the participants," splits the participants count, past whatever was counted between."""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import GENITIVE_END, PARTITIVE_BEFORE

_PEOPLE = ("person", "participant", "official")
_REACH = 400  # how far back (characters) the restated total may be: the sentence or two before


def restated_totals(folded: str, counts: list[Count]) -> list[int]:
    """Relink the splits of each restated total to the total it repeats; return the restated counts,
    which the caller clears once the indicators are classified."""
    splits_of_named_participants(folded, counts)
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


# "Of the participants, 31 were women and 13 were men", "Из участников 20 — женщины", "Катышуучулардын ичинен
# 14ү аялдар": the split names the participants as its total, whatever was counted between ("including 12
# representatives of … the two ayil okmotus").
_OF_PARTICIPANTS = re.compile(
    r"(?:of|among)\s+(?:all\s+)?(?:the\s+)?(?:participants|attendees|trainees)|"
    r"(?:из|среди)\s+(?:всех\s+)?(?:участник|слушател|присутствующ)[а-я]*|"
    r"(?:катышуучулардын|угуучулардын)(?:\s+(?:ичинен|ичинде|арасынан|арасында))?"
)
_OPENING_END = re.compile(r"\s*[,:—–-]?\s*$")
_PARTICIPANTS_REACH = 800


def splits_of_named_participants(folded: str, counts: list[Count]) -> None:
    """Link the women and men of a sentence opening with "Of the participants," to the participants count."""
    for i, c in enumerate(counts):
        if c.category not in ("female", "male") or (i > 0 and counts[i - 1].sentence == c.sentence):
            continue  # only a sentence's first count opens it
        opening = folded[c.sentence[0]:c.first]
        m = _OF_PARTICIPANTS.match(opening.strip())
        if m is None or not _OPENING_END.fullmatch(opening.strip()[m.end():]):
            continue
        target = next((j for j in range(i - 1, -1, -1)
                       if counts[j].category in ("participant", "person") and not counts[j].subset
                       and counts[j].parent is None and c.num.start - counts[j].noun_end <= _PARTICIPANTS_REACH), None)
        if target is None:
            continue
        for k in range(i, len(counts)):
            s = counts[k]
            if s.sentence != c.sentence or s.category not in ("female", "male"):
                break
            if s.parent == target:
                continue
            if s.parent is not None and k in counts[s.parent].children:
                counts[s.parent].children.remove(k)
            s.parent = target
            counts[target].children.append(k)


# A part of the people counted whose own verb is an invitation or an offer ("86 of them were invited to
# interviews", "из них 40 получили приглашения на собеседование", "алардын 30у аңгемелешүүгө чакырылды"):
# what happens to them next, no figure of the event.
_INVITED = re.compile(
    r"\s*(?:were|was|have\s+been|got|received)\s+(?:\S+\s+){0,2}?(?:invited|job\s+offers?|offers?\s+of)|"
    r"\s*(?:[а-я]+\s+){0,3}?(?:приглашен[аыо]?|получил[аи]?\s+(?:[а-я]+\s+)?(?:приглашени|предложени))|"
    r"\s*(?:[а-я]+\s+){0,3}?(?:чакырылд|чакыруу\s+алышт|жумуш\s+сунушу)"
)


def invited_parts(folded: str, counts: list[Count]) -> list[int]:
    """The parts of a total whose own predicate is an invitation or an offer (cleared by the caller)."""
    return [i for i, c in enumerate(counts) if c.subset and c.category in ("person", "participant")
            and _INVITED.match(folded, c.noun_end, c.sentence[1])]


# A source put inside a split's opening: "Из них, по данным организаторов, 41 женщина", "Of them, according to
# the organizers, 30 were women", "Алардын, уюштуруучулардын маалыматы боюнча, 20сы аялдар".
_SOURCE_ASIDE = re.compile(
    r",\s*(?:по\s+(?:данным|словам|информации|подсчетам)|according\s+to|as\s+reported\s+by|"
    r"(?:[а-я]+\s+)?(?:маалыматы|эсеби)\s+боюнча)[^,]{0,50},\s*"
)


def without_source_aside(opening: str) -> str:
    """A split's opening with a source aside taken out ("из них, по данным организаторов," -> "из них ")."""
    return _SOURCE_ASIDE.sub(" ", opening) if "," in opening else opening


_ROUNDING_BEFORE = re.compile(r"(?<![a-zа-я])(?:more\s+than|over|about|around|nearly|almost|some|более|около|свыше|"
                              r"почти|примерно)\s+(?:an?\s+)?$")


def drop_rounded_restatements(folded: str, counts: list[Count]) -> None:
    """"Here more than a hundred people came", said by a speaker after the text's "112 residents took part":
    a rounded figure in words restates the exact count of the same indicator (at most 25 % above it), told
    in another sentence; the exact figure stands."""
    exact = [(c.indicator, c.sex, c.num.value, c.sentence) for c in counts
             if c.indicator and c.parent is None and not c.num.approx]
    for c in counts:
        if not (c.indicator and c.num.words and c.parent is None and not c.children):
            continue
        if not (c.num.approx or _ROUNDING_BEFORE.search(folded, max(0, c.num.start - 16), c.num.start)):
            continue
        if any(ind == c.indicator and sex == c.sex and c.num.value < value <= c.num.value * 1.25 and sent != c.sentence
               for ind, sex, value, sent in exact):
            c.indicator = None
