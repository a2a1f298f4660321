"""An area's standing state, not the event: a count placed in an area by a locative ("в районе 74 села",
"райондо 47 мектеп бар", "мектепте 214 окуучу окуйт") with a stative predicate or none, places said to be in a
state ("9 мектепте ийрим иштейт"), and parts of a count so unset ("алардын 19унда", "20 из них").  Also the
count's clause (``clause_start``, ``TURN``), which the frame's other rules read too.  Folded text is read."""

from __future__ import annotations

import re

from etl.extract.indicators_predicates import BENEFIT, FUNDED, GIVEN, PARTICIPATED, PLANNED, TRAINED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import SPLIT_CUE

# Where the clause turns: a contrast ("а", "but", "ал эми"), a semicolon or a sentence break.
TURN = re.compile(r",\s*(?:а|но|однако|ал\s+эми|бирок|but|while|whereas)\s|;|\.\s")
# A count placed in an area by a locative just before it.
_AREA_BEFORE = re.compile(
    r"(?:(?<![а-я])в\s+(?:[а-я-]+(?:ском|ской|цком|цкой|ском)\s+)?(?:районе|области|городе|стране|айылном\s+аймаке|"
    r"айыл\s+аймаке|селе|школе)|(?<![а-я])(?:райондо|облуста|шаарда|олкодо|айыл\s+аймакта|айыл\s+аймагында|районунда|"
    r"облусунда|райондогу|облустагы|шаардагы|"
    r"мектепте|мектебинде|аймакта|в\s+н[её]м|в\s+ней|анын\s+аймагында)|(?<![a-z])in\s+it|(?<![a-z])in\s+the\s+(?:[a-z-]+\s+)?(?:district|oblast|region|country|town|city|"
    r"school))\s+(?:(?:около|более|свыше|всего|только|почти|жалпысынан|болгону|about|over|some|only|nearly)\s+)?"
    # the second of a pair stated of the same area: "в нем 8 айылных аймаков и 57 сел"
    r"(?:\d[\d\s]*\s+(?:[а-яa-z-]+\s+){1,2}(?:и|жана|and)\s+)?$"
)
_STATIVE = re.compile(
    r"(?<![а-я])(?:бар|жок|жашайт|жашашат|окуйт|окушат|иштейт|есть|нет|имеется|имеются|насчитывается|обучаются|"
    r"учатся|проживают|проживает|живут|остаются|находятся|находится|расположен[оаы]?|жайгашкан)(?![а-я])|"
    r"(?<![a-z])(?:there\s+are|live|study|remain|are\s+located|lie)(?![a-z])"
)
# "в нем", "анын аймагында", "in it": the area just named, as a pronoun ("Население района …, в нем 8 айылных аймаков")
_WHOLE_UNIT = re.compile(r"\s*(?:в\s+(?:[а-я-]+\s+)?(?:районе|области|стране|айылном\s+аймаке|айыл\s+аймаке)|райондо|облуста|олкодо|"
                         r"в\s+н[её]м|в\s+ней|анын\s+аймагында|in\s+it|"
                         r"районунда|облусунда|райондогу|облустагы|айыл\s+аймагында|айыл\s+аймакта|in\s+the\s+(?:[a-z-]+\s+)?"
                         r"(?:district|oblast|region|country))")
# A numeral just before the locative: "в трех школах", "уч мектепте", "in the two schools".
_COUNTED_BEFORE = re.compile(r"(?:\d|(?<![а-яa-z])(?:эки|уч|торт|беш|алты|двух|трех|четырех|пяти|two|three|four|five)\s)"
                             r"[^\d]{0,3}\s*\S*$")
# A place or an institution counted in the locative with a stative predicate: "9 мектепте ийрим иштейт",
# "в трех айылных аймаках нет социального педагога".
_LOCATIVE_NOUN = re.compile(r"[а-я]+(?:да|де|та|те|нда|нде|до|то|ндо)\s*$")
# Meeting the heads of an area's bodies is the event, not the area's standing state.
_HELD = re.compile(r"(?<![а-я])(?:болуп\s+отт|отту|откорулду|прош[её]л|прошл[аио]|проведен[аоы]?|состоял[аио]?с[ья]|"
                   r"жолугуш(?:ту|ушту|кан)|встретил[аи]?(?:с[ья])?)|(?<![a-z])(?:held|took\s+place|met)(?![a-z])")
_EVENT_VERB = (PARTICIPATED, TRAINED, BENEFIT, GIVEN, FUNDED, _HELD)
# What an area's standing state can count: its places, its institutions, its people.
AREA_KINDS = ("settlements_covered", "institutions_covered", "beneficiaries", "participants")
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:]")


def clause_start(folded: str, pos: int, s_start: int) -> int:
    """After the last comma, semicolon or colon before ``pos``; "80,000" holds no clause boundary."""
    start = s_start
    for m in _CLAUSE_MARK.finditer(folded, max(s_start, pos - 200), pos):
        start = m.end()
    return start


def located_state(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    """"Азыр 9 мектепте ийрим иштейт", "в трех айылных аймаках района нет …": places said to be in a state."""
    noun = folded[c.num.end:c.noun_end]
    in_ru = folded[max(s_start, c.num.start - 3):c.num.start] in (" в ", "во ") or folded[
        max(s_start, c.num.start - 2):c.num.start] == "в "
    if not (_LOCATIVE_NOUN.search(noun) or in_ru):
        return False
    turn = TURN.search(folded, c.noun_end, s_end)
    end = turn.start() if turn else s_end
    return bool(_STATIVE.search(folded, c.noun_end, end))


def area_state(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    area = _AREA_BEFORE.search(folded, max(s_start, c.num.start - 60), c.num.start)
    if area is None or _COUNTED_BEFORE.search(folded, max(s_start, area.start() - 25), area.start() + 1):
        return False  # "уч мектепте 2 100 окуучу": the places the event counted, not an area
    turn = TURN.search(folded, c.noun_end, s_end)
    end = turn.start() if turn else s_end
    if _STATIVE.search(folded, c.noun_end, end):
        return True
    if not _WHOLE_UNIT.match(area.group(0)):
        return False
    clause = folded[clause_start(folded, c.num.start, s_start):end]
    return not any(v.search(clause) for v in _EVENT_VERB)


_RELATIVE = re.compile(r",\s*(?:в\s+которых|где|in\s+which|where|which)\s")


def part_of_uncounted(folded: str, counts: list[Count], i: int, dropped: set[int]) -> bool:
    """"Райондо 47 мектеп бар, алардын 19унда …", "в районе 74 села, и более 20 из них …": a part of a
    whole that is not counted is not counted either."""
    c = counts[i]
    if i == 0:
        return False
    prev = counts[i - 1]
    if prev.sentence != c.sentence or prev.indicator is not None:
        return False
    between = (prev.noun_end, c.num.start)
    if i - 1 not in dropped and not _STATIVE.search(folded, *between) and not PLANNED.search(folded, *between) \
            and not _AREA_BEFORE.search(folded, max(c.sentence[0], prev.num.start - 60), prev.num.start):
        return False  # "15 долбоор сунушташты, алардын бешөө грант утуп алды": a part of what was offered
    if _RELATIVE.search(folded, *between):
        return True  # "64 школы, в которых обучаются 52 тысячи детей": the whole's own people
    opening = folded[max(c.sentence[0], prev.noun_end):c.num.start]
    after = folded[c.noun_end:min(c.sentence[1], c.noun_end + 12)]
    return bool(c.subset or SPLIT_CUE.search(opening) or re.match(r"\s*(?:из\s+них|of\s+them)", after)
                or re.match(r"[а-я]*\s*из\s+них", folded[c.num.end:c.num.end + 20]))
