"""The indicator of a count of people, from the predicate of its clause: trained, reached, present, granted.

``clause`` is the words before the number, " | ", the counted noun and the words after it up to the
next count (see ``indicators_classify.classify``); the checks run from the most specific cue to the
most general, and the first that holds decides.
"""

from __future__ import annotations

import re

from etl.extract.indicators_cues import JOBS_TO_COME, LEARNING_NOW, LIST_VERB_END, NOT_A_BENEFIT, USERS_NOW
from etl.extract.indicators_number_context import TOOK_PART
from etl.extract.indicators_predicates import BENEFIT, GIVEN, PARTICIPATED, PLANNED, TRAINED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_uses import CONTESTED, GROUP_MEMBERS, SCREENED, USES
from etl.extract.indicators_vocab import (
    APPLIED,
    CAMPAIGN_ACTION,
    DATIVE_NOUN,
    FOR_BEFORE,
    GRANT_GIVEN,
    GRANT_WORD,
    LISTED_AFTER,
    LIVING_BEFORE,
    OTHER_EVENTS,
    PERSON_GRANTED,
    PRIZE_THING,
    RECEIVED,
    SERVES,
    SESSION_FOR,
    SESSION_WORD,
    THERE_ARE,
    WILL_TAKE_PART,
)

# A grant verb further than this after the counted noun belongs to another clause; without a bound, one
# endless "sentence" of counts (a table flattened to one line) costs quadratic time.
_GRANT_VERB_REACH = 600


def grant_given_after(folded: str, c: Count) -> bool:
    rest = folded[c.noun_end:min(c.sentence[1], c.noun_end + _GRANT_VERB_REACH)]
    return bool(GRANT_WORD.search(rest) and GRANT_GIVEN.search(rest) and not APPLIED.search(rest)
                and not PLANNED.search(rest))


def person_indicator(c: Count, clause: str, folded: str, planned: bool) -> str | None:
    said: list[bool] = []

    def participated() -> bool:  # asked by up to six of the checks below: searched once
        if not said:
            said.append(PARTICIPATED.search(clause) is not None)
        return said[0]

    if WILL_TAKE_PART.search(clause):
        return None  # "в фестивале примут участие 500 человек": expected, not counted
    if LIVING_BEFORE.search(clause.split(" | ")[0]):
        return None  # how many live somewhere is the place's population, whatever follows
    if LEARNING_NOW.search(clause):
        return "participants"  # "20 женщин осваивают кройку": in the course now, not trained yet
    if JOBS_TO_COME.search(clause):
        return None  # "ишкана 45 адамды жумуш менен камсыз кылат": jobs promised
    if USERS_NOW.search(clause) or USES.search(clause) or SCREENED.search(clause) or GROUP_MEMBERS.search(clause):
        return "beneficiaries"  # "бала бакчада 120 бала тарбияланат": the children it serves
    if THERE_ARE.search(clause) and not (participated() or TRAINED.search(clause)):
        return None  # "айыл аймакта 900дөй бала бар": how many live there, no one reached
    if SERVES.search(clause) and not participated():
        return "beneficiaries"  # a facility's users are stated as its future: "will serve 120 children"
    if planned and not participated():
        return None
    if PERSON_GRANTED.search(clause) and not participated() and not APPLIED.search(clause):
        return "grants_awarded"  # "25 women entrepreneurs received grants": a grant each
    if DATIVE_NOUN.search(folded, c.num.end, c.noun_end) and grant_given_after(folded, c):
        return "grants_awarded"  # "Жеңүүчү 7 фермерге … гранттар тапшырылды": a grant to each
    if TRAINED.search(clause) or _course_named_before(folded, c, clause):
        return "people_trained"
    if c.category == "participant" and not OTHER_EVENTS.search(clause):
        return "participants"  # "мероприятие объединило 80 участников": whatever the verb
    if BENEFIT.search(clause) and not TOOK_PART.search(clause):
        return "beneficiaries"
    if GIVEN.search(clause) and DATIVE_NOUN.search(folded, c.num.end, c.noun_end) \
            and not participated():
        return "beneficiaries"  # "120 балага китептер берилди", "200 семьям переданы наборы"
    if SESSION_FOR.search(clause) and SESSION_WORD.search(clause) and not BENEFIT.search(clause):
        return "participants"  # "тренинг для 25 социальных педагогов прошёл"
    if c.group in ("children", "pupils", "residents", "persons with disabilities") and \
            FOR_BEFORE.search(clause.split(" | ")[0]) and not participated():
        return "beneficiaries"  # "a kindergarten for 90 children"
    if (CAMPAIGN_ACTION.search(clause) or CONTESTED.search(clause)) and not planned:
        return "participants"  # "300дөн ашык тургун көчөлөрдү тазалашты": doing the campaign's work
    if OTHER_EVENTS.search(clause) and (participated() or not RECEIVED.search(clause)):
        # what people received since the project began is its result: told by a speaker, the event's
        # (indicators_cumulative decides); taking part in its other events never is
        c.dropped = True  # nor does it take a neighbour's predicate
        return None  # "за это время в его мероприятиях приняли участие 3 тысячи": not this event's
    if participated() or c.category == "participant" \
            or LISTED_AFTER.search(folded, c.sentence[0], c.num.start):
        # the last: "На церемонии присутствовали вице-мэр, представители АБР и около 200 жителей"
        return "officials_participants" if c.category == "official" else "participants"
    if c.category != "official" and RECEIVED.search(clause) and not PRIZE_THING.search(clause) \
            and not NOT_A_BENEFIT.search(clause):
        return "beneficiaries"  # "Свыше 300 детей получили новые учебники"
    return _verb_after_list(folded, c)


# "…провёл двухдневный тренинг «…». Его прошли 24 журналиста": the pronoun stands for the course just named.
_PRONOUN_PASSED = re.compile(r"(?<![а-я])(?:его|ее|их)\s+прошл[аи](?![а-я])")
_COURSE_WORD = re.compile(r"тренинг|курс|обучени|семинар|школ[ауы]|training|course")


def _course_named_before(folded: str, c: Count, clause: str) -> bool:
    return _PRONOUN_PASSED.search(clause.split(" | ")[0]) is not None \
        and _COURSE_WORD.search(folded, max(0, c.sentence[0] - 200), c.sentence[0]) is not None


def _verb_after_list(folded: str, c: Count) -> str | None:
    """The first of a list whose verb closes the sentence, past the clause window: "Талкууга 60ка жакын
    тургун, министрликтин адистери, … жана компаниянын өкүлдөрү катышты" (Kyrgyz puts the verb last)."""
    if c.sentence[1] - c.noun_end > 400:
        return None  # read per count: a bound keeps a long sentence linear
    tail = folded[c.noun_end:c.sentence[1]]
    if "," not in tail or ";" in tail or ":" in tail:
        return None
    last = tail[tail.rfind(",") + 1:]
    if TRAINED.search(last):
        return "people_trained"
    if LIST_VERB_END.search(last):
        return "officials_participants" if c.category == "official" else "participants"
    return None

