"""What an area is made of, not what the event reached: "Ананьевский айылный аймак объединяет 7 сел", "район
состоит из 12 сел", "The district has 8 villages and 14 schools", "Ат-Башы району 38 айылды бириктирет",
"айыл аймагы 5 айылдан турат", "курамына 9 айыл кирет".

A composition verb ties the count to an area named before it (its subject); the villages and schools so counted
are the area's size, which the event does not cover as such.  A project, a campaign or a training as the
subject ("Проект включает 12 сел") is the activity's own scope and stays.  Folded text (ң→н, ө→о, ү→у, ё→е).
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_KINDS = ("settlements_covered", "institutions_covered")

# The composition verb just before the number ("объединяет 7 сел", "has 8 villages", "consists of five villages").
_MAKEUP_BEFORE = re.compile(
    r"(?:(?<![а-я])(?:объединя[ею]т|состо[ия]т\s+из|включа[ею]т(?:\s+в\s+себя)?|насчитыва[ею]т(?:ся)?|"
    r"в\s+(?:его\s+|е[её]\s+|их\s+)?состав(?:е)?\s+(?:[а-я-]+\s+){0,3}(?:входят|входит|входило|входили)|"
    r"входят|входит|относятся|относится)|"
    r"(?<![a-z])(?:has|have|comprises|comprise|consists\s+of|consist\s+of|is\s+made\s+up\s+of|are\s+made\s+up\s+of|"
    r"is\s+home\s+to|includes|include|unites|there\s+are))"
    r"\s+(?:(?:около|более|свыше|почти|всего|лишь|только|about|around|some|over|more\s+than|nearly|only|just|"
    r"a\s+total\s+of)\s+)?"
    # the second of a pair: "has 8 villages and 14 schools", "объединяет 16 айылных аймаков и 38 сел"
    r"(?:\d[\d\s]*\s+(?:[а-яa-z-]+\s+){1,2}(?:и|and)\s+)?$"
)
# The Kyrgyz verb after the counted noun: "38 айылды бириктирет", "5 айылдан турат", "9 айыл кирет".
_MAKEUP_AFTER = re.compile(
    # the first of a pair: "16 айыл аймагын жана 38 айылды бириктирет"
    r"(?:\s+жана\s+\d[\d\s]*\s*[а-я-]+(?:\s+[а-я-]+)?)?"
    r"\s*(?:[а-я-]+\s+)?(?:бириктирет|бириктирип\s+турат|бириктирген|турат|кирет|караштуу)(?![а-я])|"
    r"\s+(?:make\s+up|belong\s+to)(?![a-z])"
)
# The area that is the subject: a district, an ayil aimak, a town, an oblast, a municipality.
_AREA_NOUN = re.compile(
    r"(?<![а-я])(?:район|айыл\s+аймаг|айыл\s+аймак|айыльн|айылн|аймак|област|облус|город|шаар|муниципалитет|"
    r"сельск[а-я]+\s+округ|состав|курам)|(?<![a-z])(?:district|ayil\s+aimak|aiyl\s+aimak|aimak|municipality|oblast|region|town|"
    r"city|province|rural\s+district)"
)
# An activity as the subject: its scope is what it covers.
_ACTIVITY = re.compile(
    r"(?<![а-я])(?:проект|программ|долбоор|кампани|тренинг|семинар|форум|конкурс|сынак|акци)|"
    r"(?<![a-z])(?:project|programme|program|campaign|training|initiative|grant)"
)
_CLAUSE_OPEN = re.compile(r"[,;:(]\s|\.\s|\n")


def drop_area_makeup(folded: str, counts: list[Count]) -> None:
    """Unset the villages and institutions a sentence gives as an area's make-up."""
    for c in counts:
        if c.indicator not in _KINDS:
            continue
        s_start, s_end = c.sentence
        before = _MAKEUP_BEFORE.search(folded, max(s_start, c.num.start - 80), c.num.start)
        after = None if before else _MAKEUP_AFTER.match(folded, c.noun_end, min(s_end, c.noun_end + 70))
        if before is None and after is None:
            continue
        verb_at = before.start() if before else c.num.start
        opened = s_start
        for m in _CLAUSE_OPEN.finditer(folded, s_start, verb_at):
            opened = m.end()
        subject = folded[opened:before.end() if before else verb_at]  # "в состав Тепке входят": the verb names it
        if _AREA_NOUN.search(subject) and not _ACTIVITY.search(subject):
            c.indicator = None
