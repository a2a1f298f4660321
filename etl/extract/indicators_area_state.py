"""Counts that describe the standing state of an area or a facility, not what the event covered or reached.

A speaker quoted on the place ("По его словам, в районе ещё 9 сёл остаются без воды", "Акимдин маалыматы
боюнча, райондогу 31 мектептин 7си авариялык абалда", "According to the head, 4,000 families live in the
valley") or a sentence scoped to a whole district ("in the district 12 schools remain in poor condition")
with a stative predicate (remain, are registered, live, is designed for, exceeds) gives the background the
event answers: its villages, schools and people are not covered by it. A population named with its place
("the town of about 15,000 residents", "село с населением 3 000 человек", "айылдын калкы 2 миң") is the
same. A part of places already counted ("охватил 23 муниципалитета, а 9 из них …") adds none.
Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_AREA_INDICATORS = ("settlements_covered", "institutions_covered", "beneficiaries")

# The standing state: remaining without, registered, living, in poor condition, designed for, exceeding.
_STATE = re.compile(
    r"(?<![а-я])(?:оста[её]тся|остаются|состо[яи]т\s+на\s+уч[её]те|на\s+уч[её]те\s+состо[яи]т|"
    r"наход[яи]тся\s+в\s+(?:аварийном|плохом|ветхом)|проживают|проживает|живут|живет|рассчитан[аоы]?\s+на|"
    r"превыша[ею]т|зарегистрирован[оы]?|нуждаются|"
    r"абалда|жашашат|жашайт|катталган|каттоодо\s+турат|эсепте\s+турат|муктаж|"
    # not yet provided: "… суу менен толук камсыз болгон эмес", "до сих пор не обеспечены питьевой водой"
    r"камсыз\s+(?:болгон\s+|болбо[а-я]*\s+)?эмес|не\s+(?:полностью\s+)?обеспечен[аоы]?)(?![а-я])|"
    r"(?<![a-z])(?:remain|remains|live|lives|are\s+registered|is\s+designed\s+for|was\s+designed\s+for|"
    r"exceeds?|in\s+(?:poor|emergency|bad)\s+condition|lack|lacks)(?![a-z])"
)
# Attributed speech: "по его словам", "по данным акимиата", "according to", "маалыматы боюнча", "айтымында",
# "добавил, что", "said that".
_SPEECH = re.compile(
    r"(?<![а-я])по\s+(?:[а-я]+\s+){0,2}(?:словам|данным|информации)|(?<![a-z])according\s+to|"
    r"маалыматы\s+боюнча|айтымында|созуно\s+караганда|"
    r"(?:отметил|сказал|добавил|сообщил|рассказал|подчеркнул|пояснил)[аи]?,?\s+что|"
    r"(?<![a-z])(?:said|added|noted|explained|told)(?![a-z])"
)
# A whole area as the sentence's scope: "в районе", "в Джалал-Абадской области", "райондогу", "in the district".
_AREA = re.compile(
    r"(?<![а-я])в\s+(?:[а-я-]+(?:ском|ской|цком|цкой)\s+)?(?:районе|области|городе|стране|регионе)(?![а-я])|"
    r"(?<![а-я])(?:райондогу|облустагы|шаардагы|олкодогу|аймактагы)(?![а-я])|"
    r"(?<![a-z])in\s+the\s+(?:[a-z-]+\s+)?(?:district|oblast|region|province|country|town|city|valley)(?![a-z])"
)
# A contrastive turn opens another clause with its own predicate.
_TURN = re.compile(r",\s*(?:а|но|but|while|whereas|ал\s+эми|бирок)\s|;")
# A population named with its place, just before the number.
_POPULATION_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:town|city|village|district|community|municipality)\s+of\s+(?:about|some|around|nearly|over|"
    r"more\s+than|almost)?|населением\s+(?:около|более|свыше|почти|до)?|калкы\s+(?:болжол\s+менен|жалпысынан)?)\s*$"
)


# Parts of a town are no settlements: "в трёх микрорайонах города", "4 жилмассивде", "five neighbourhoods".
_TOWN_PART = re.compile(r"микрорайон|жилмассив|жилых\s+массив|жилом\s+массив|кичи\s+район|конулуш|квартал|"
                        r"neighbou?rhoods?|microdistricts?|residential\s+areas?|city\s+blocks?")


def drop_area_state(folded: str, counts: list[Count]) -> None:
    """Unset the places, institutions and beneficiaries a sentence states as an area's standing state, a
    population, or a part of places counted just before."""
    for i, c in enumerate(counts):
        if c.indicator not in _AREA_INDICATORS:
            continue
        s_start, s_end = c.sentence
        if c.indicator == "settlements_covered" and _TOWN_PART.search(folded, c.num.end, c.noun_end):
            c.indicator = None  # "трёх микрорайонов города": the town's parts, the town itself not counted
            continue
        if _POPULATION_BEFORE.search(folded, max(s_start, c.num.start - 40), c.num.start):
            c.indicator = None
            continue
        if c.subset and c.indicator != "beneficiaries" and any(
                o.indicator == c.indicator and o.sentence == c.sentence for o in counts[:i]):
            c.indicator = None  # "охватил 23 муниципалитета, а 9 из них …": a part, no more places
            continue
        turn = _TURN.search(folded, c.noun_end, s_end)
        if not _STATE.search(folded, max(s_start, c.num.start - 60), turn.start() if turn else s_end):
            continue
        if _SPEECH.search(folded, s_start, c.num.start) or _AREA.search(folded, s_start, c.num.start):
            c.indicator = None
