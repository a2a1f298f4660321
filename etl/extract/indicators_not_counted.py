"""Figures that read like the vocabulary's counts but count something an analyst does not, told by the
words around the figure (folded text: ң→н, ө→о, ү→у, ё→е):

- an age: "Средний возраст участников: 19 лет", "aged 19", "18 жаштагы";
- the event as one of several ("жарманке … үч иш-чаранын бири", "одно из пяти мероприятий проекта", "one of
  the 12 schools"): the several are the project's, not what this event held or covered;
- the trainers, speakers or moderators named after their role ("The trainers – two judges and a psychologist",
  "Тренеры: …"): they lead the event, they are not its participants;
- households and farms named with a person's adjective ("46 фермерских хозяйств", "dehkan farms"): a
  count of households, outside the vocabulary;
- what each participant is to do ("ар бир катышуучу … дагы 10 кишиге үйрөтөт", "each participant will
  train ten more"): one person's share, never a total;
- a ratio's denominator ("52 психолога на 71 школу", "one nurse for every 3 villages");
- buildings of schools or kindergartens ("1,200 school buildings", "12 школьных зданий"): buildings, not
  the bodies the event reached;
- schools or villages told in need or in disrepair ("райондо дагы 11 мектеп авариялык абалда", "3 бала бакча
  ремонтко муктаж", "14 школ нуждаются в ремонте", "40 villages still lack clean water"): a need still open;
- children on a waiting list or a register ("кезекте дагы 40 бала турат", "на учёте состоят 214 детей"): an
  area's standing figure, not people the event reached.
"""

from __future__ import annotations

import re

from etl.extract.indicators_clauses import clause_before
from etl.extract.indicators_reading import Count, unset_splits_of

_PEOPLE = ("participants", "beneficiaries", "people_trained", "officials_participants")
_UNITS = ("sessions_held", "settlements_covered", "institutions_covered", "grants_awarded")

_AGE_AFTER = re.compile(r"\s*(?:лет(?![а-я])|-?\s*(?:years?\s+old|year-olds?)(?![a-z])|-?\s*жаш(?:тагы|та|тан|ка|ар)(?![а-я]))")
_AGE_BEFORE = re.compile(r"(?<![а-яa-z])(?:возраст[а-я]*|aged?|average\s+age|жаш\s+курагы|орточо\s+жашы)\s*"
                         r"(?:[^\W\d_]+\s*){0,2}[:—–-]?\s*(?:(?:около|about|of|примерно)\s+)?$")
_ONE_OF_BEFORE = re.compile(r"(?<![а-яa-z])(?:одн(?:о|а|им|ой|ого|у|ом)|one)\s+(?:из|of)\s+(?:the\s+|its\s+)?$")
# ("төрт айыл аймагынын ар бири": each of them, every one counted, stays)
_ONE_OF_AFTER = re.compile(r"\s*(?:[а-я-]+(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)\s+)?бир(?:и|ине|инде|инен)(?![а-я])")
_LEADERS_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:trainers?|facilitators?|speakers?|moderators?|coaches|lecturers?|тренер[а-я]*|спикер[а-я]*|"
    r"модератор[а-я]*|фасилитатор[а-я]*|лектор[а-я]*)\s*(?:[–—:-]|were|was|included)\s*$")
_HOUSEHOLDS_AFTER = re.compile(r"\s+(?:хозяйств[а-я]*|чарба[а-я]*|households?|farms?)(?![а-яa-z])")
_EACH_PERSON = re.compile(
    r"(?<![а-яa-z])(?:кажд(?:ый|ая|ое)|each|every|ар\s+бир)\s+(?!из\s|of\s)(?:[а-яa-z-]+\s+){0,2}?"
    r"(?:участни[а-я]*|слушател[а-я]*|выпускни[а-я]*|катышуучу[а-я]*|бутуруучу[а-я]*|participants?|trainees?|graduates?)"
    r"(?![а-яa-z])")
_RATIO_BEFORE = re.compile(r"\d[\d\s]*\s+(?:[а-я-]+\s+){1,2}на\s+$|(?<![a-z])(?:per|for\s+every)\s+$")
_BUILDINGS_AFTER = re.compile(r"\s+(?:buildings?|здани[а-я]*|имарат[а-я]*|корпус[а-я]*)(?![а-яa-z])")


_NEED_AFTER = re.compile(
    r"\s*(?:[а-яa-z-]+\s+){0,3}?(?:муктаж[а-я]*|авариялык|нужда[ею]тся|требу[ею]т(?:ся)?\s+(?:ремонт|реконструкц|"
    r"замен|капиталь)|в\s+аварийном|аварийн[а-я]*|(?:still\s+)?(?:require|need|lack)s?(?![a-z])|"
    r"(?:are|remain)\s+in\s+(?:poor|bad|disrepair|an?\s+emergency))")
_WAITING_BEFORE = re.compile(r"(?<![а-яa-z])(?:кезекте|в\s+очереди|на\s+учете\s+(?:[а-я]+\s+){0,3}?состо[яи]т|"
                             r"on\s+(?:the|a)\s+waiting\s+list)\s+(?:[а-я]+\s+)?(?:(?:еще|дагы|более|около)\s+)?$")
_WAITING_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?(?:кезекте|в\s+очереди|are\s+(?:still\s+)?on\s+(?:the|a)\s+waiting\s+list)")


def drop_not_counted(folded: str, counts: list[Count]) -> None:
    """Unset the counts of an age, of the several the event is one of, of the event's leaders, of
    households, of one participant's share, of a ratio's base and of buildings; their sex splits go too."""
    dropped: set[int] = set()
    for i, c in enumerate(counts):
        if c.indicator is not None and _not_counted(folded, c):
            c.indicator = None
            dropped.add(i)
    unset_splits_of(counts, dropped)


def _not_counted(folded: str, c: Count) -> bool:
    s_start, s_end = c.sentence
    a, b = c.first, c.noun_end
    before = folded[max(s_start, a - 60):a]
    if c.indicator in _PEOPLE:
        if _AGE_AFTER.match(folded, c.num.end, s_end) or _AGE_BEFORE.search(before):
            return True
        if _LEADERS_BEFORE.search(before) or _HOUSEHOLDS_AFTER.match(folded, b, s_end):
            return True
        if _EACH_PERSON.search(clause_before(folded, a, s_start)):
            return True
    if c.indicator in _UNITS:
        if _ONE_OF_BEFORE.search(before) or _ONE_OF_AFTER.match(folded, b, s_end):
            return True
    if c.indicator in ("institutions_covered", "settlements_covered"):
        if _RATIO_BEFORE.search(before) or _BUILDINGS_AFTER.match(folded, b, s_end) \
                or _NEED_AFTER.match(folded, b, s_end):
            return True
    if c.indicator == "beneficiaries" and (_WAITING_BEFORE.search(before) or _WAITING_AFTER.match(folded, b, s_end)):
        return True
    return False


# "Молодёжь представила 6 предложений; 4 из них …": a part of things counted just before, not of people.
_PART_OF_THEM = re.compile(r"\s*(?:из\s+них|of\s+them|of\s+which)(?![а-яa-z])")
_DIGITS = re.compile(r"\d[\d\s.,]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# an age or a range's end is no whole: "2,140 students aged 17 to 21 took part, 1,190 of them …"
_AGE_OR_RANGE_BEFORE = re.compile(r"(?<![а-яa-z])(?:aged|age|to|from|до|от|возрасте)\s+$|[–—-]\s*$")


def parts_of_things(folded: str, counts: list[Count]) -> None:
    """Unset a people count written "N из них" whose whole, the nearest figure before it in the sentence,
    is no people count (proposals, applications, projects)."""
    people_at = {c.num.start for c in counts if c.indicator in _PEOPLE or c.category in ("person", "participant")}
    for c in counts:
        if c.indicator not in _PEOPLE or not _PART_OF_THEM.match(folded, c.num.end, c.sentence[1]):
            continue
        whole = [m.start() for m in _DIGITS.finditer(folded, c.sentence[0], c.num.start)
                 if not _AGE_OR_RANGE_BEFORE.search(folded, max(0, m.start() - 8), m.start())
                 and not _YEAR.fullmatch(m.group().strip(" ,."))]
        whole += [o.num.start for o in counts if c.sentence[0] <= o.num.start < c.num.start]  # "Forty farmers"
        if whole and max(whole) not in people_at:
            c.indicator = None
