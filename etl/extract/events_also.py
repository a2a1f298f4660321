"""Sentences that add an event to the one told ("также состоялась встреча", "also took place") or set
themselves within a named event ("в рамках форума", "форумдун алкагында").  Split from ``events``
(over 400 lines)."""

from __future__ import annotations

import re

from etl.extract.event_keywords import keyword_types

# "также", "ошондой эле", "also" with "took place": the sentence adds another event to the one
# already told.  Not "а также провёл встречу": what the visitor did is part of the visit.
# Kyrgyz "да"/"дагы" just before the verb is "also" too: "Форумдун алкагында тегерек үстөл да өттү".
_ALSO = re.compile(r"(?<![а-яa-z])(?:также|ошондой\s+эле|кошумча|also|additionally|"
                   r"(?:да|дагы)(?=\s+(?:болуп\s+)?(?:отт|откорул|уюштурул|болд|ачылд)))(?![а-яa-z])")
# "В рамках форума состоялся круглый стол", "as part of the forum": within a named event, a lead of its own;
# a Kyrgyz frame may be named in two words ("иш сапардын алкагында", "тегерек столдун алкагында")
# "В ходе визита … открыли водопровод", "During the visit, the ambassador opened …", "сапардын жүрүшүндө": told
# within an event as its course; the callers keep the kinds that are a part of it (a visit's meetings) with it
_WITHIN_NAMED = re.compile(r"(?<![а-яa-z])(?:в\s+рамках|в\s+ходе|во\s+время|as\s+part\s+of(?:\s+the)?|"
                           r"on\s+the\s+sidelines\s+of(?:\s+the)?|during(?:\s+the|\s+his|\s+her|\s+their)?)\s+(?=[а-яa-z])|"
                           r"(?<![а-яa-z])(?=(?:[а-яa-z-]+\s+){1,2}?(?:алкагында|учурунда|журушундо))")
_AND_BEFORE = re.compile(r"(?<![а-яa-z])а\s+$")
_TOOK_PLACE = re.compile(
    r"(?<![а-яa-z])(?:состоял[а-я]*|прош[её]л|прошл[аио]|проведен[аоы]?|организован[аоы]?|стартовал[а-я]*|"
    r"началась|начался|открыл[аи]сь|откорулд[уу]|отт[уу]|уюштурулд[уу]|башталд[ыы]|старт\s+алд[ыы]|"
    r"ачылд[ыы]|болд[уу]|took\s+place|was\s+held|were\s+held|was\s+launched|"
    # a building opened: "торжественно открыли водопровод", "the ambassador opened", "ишке берилди"
    r"открыли|открыт[аоы]?|opened|inaugurated|(?:ишке|пайдаланууга|колдонууга)\s+берилд[иы])(?![а-яa-z])"
)


_FRAME_BEFORE = re.compile(r"(?:в\s+рамках|as\s+part\s+of(?:\s+the)?|on\s+the\s+sidelines\s+of(?:\s+the)?)\s+$")
_FRAME_AFTER = re.compile(r"[а-я]*(?:\s+[а-я]+)?\s+алкагында")


def names_the_frame(folded: str, sentence: tuple[int, int], at: int) -> bool:
    """Whether the event word at ``at`` names the frame ("в рамках форума", "форумдун алкагында")."""
    return _FRAME_BEFORE.search(folded, max(sentence[0], at - 30), at) is not None or \
        _FRAME_AFTER.match(folded, at, min(sentence[1], at + 30)) is not None


def held_within_campaign(folded: str, sentences: list[tuple[int, int]]) -> str | None:
    """The type of the event a body sentence says was held within a campaign ("Тренинг … кампаниясынын
    алкагында өткөрүлдү", "в рамках акции прошёл семинар"): under a headline naming only the campaign
    ("… кампаниясы уланууда"), the campaign is the frame and that event is what the report tells."""
    for s in sentences:
        hits = keyword_types(folded, *s)
        frames = [at for at, t in hits if t == "campaign" and names_the_frame(folded, s, at)]
        told = [t for at, t in hits if t not in ("campaign", "meeting", "other")
                and not names_the_frame(folded, s, at)]
        if frames and told and _TOOK_PLACE.search(folded, *s):
            return told[0]
    return None


def within_named_event(folded: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence sets itself within an event it names ("в рамках форума", "форумдун алкагында")."""
    at = _WITHIN_NAMED.search(folded, *sentence)
    return at is not None and bool(keyword_types(folded, at.end(), min(sentence[1], at.end() + 25))) and \
        _TOOK_PLACE.search(folded, at.end(), sentence[1]) is not None


def adds_event(folded: str, sentence: tuple[int, int]) -> bool:
    also = _ALSO.search(folded, *sentence)
    if also is None or _AND_BEFORE.search(folded, max(sentence[0], also.start() - 3), also.start()):
        return False
    return _TOOK_PLACE.search(folded, also.end(), sentence[1]) is not None


# "Форумдун аягында … гранттар ыйгарылды", "в завершение конференции вручены гранты", "at the close of the
# forum grants were awarded": grants handed out at a moment of the event, a ceremony of their own; not
# "форумдун жыйынтыгында", "по итогам форума": the event's outcome, one of its results
_EVENT_WORD = (r"(?:форум|конференц|тренинг|семинар|фестивал|конкурс|сынак|сынаг|слет|ярмарк|жарм[ае]н?ке|"
               r"forum|conference|training|seminar|workshop|festival|competition|contest|fair|event|"
               r"мероприяти|иш-чара)")
_AT_THE_END_OF = re.compile(r"(?<![а-яa-z])(?:" + _EVENT_WORD + r"[а-я-]*\s+(?:аягында|соңунда|сонунда)|"
                            r"в\s+(?:конце|завершение|финале)\s+" + _EVENT_WORD + "|"
                            r"at\s+the\s+(?:end|close)\s+of\s+(?:the\s+|this\s+)?" + _EVENT_WORD + ")")


def grants_of_their_own(folded: str, sentence: tuple[int, int], kind: str, headline_types: list[str]) -> bool:
    """Grants a report tells as news of their own: handed out at the end of the event told, or named by a
    headline that names that event too ("сынагы өттү: 12 жеңүүчү грант алды").  A contest's grants told
    only in its text are its prizes, and so are grants given "as the forum's result" (the independent
    labellers of eight sets type those the event alone)."""
    if kind != "grant_award":
        return False
    return _AT_THE_END_OF.search(folded, *sentence) is not None or (
        "grant_award" in headline_types and len(headline_types) > 1)


# "Ошол эле күнү KfW … жабдууларды тапшырды", "В тот же день передано оборудование", "On the same day the
# mayor handed over …": the lead sets what it tells beside the event told before, on its day
# "После открытия в тот же день прошла акция", "Ачылыштан кийин ошол эле күнү … акциясы өттү": after the event
# told, on its day
_SAME_DAY = re.compile(r"[\W\d]{0,3}(?:(?:после\s+[а-я]+|[а-я]+(?:дан|ден|тан|тен|дон|тон)\s+кийин|"
                       r"after\s+(?:the\s+)?[a-z]+)\s*,?\s+)?(?:ошол\s+эле\s+кун[а-я]*|(?:в\s+)?(?:тот\s+же|этот\s+же)\s+день|"
                       r"(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)|(?:в\s+)?(?:тот\s+же|этот\s+же)\s+вечер|"
                       r"ошол\s+эле\s+(?:кечте|кечинде|тушто))(?![а-яa-z])")


def same_day_lead(folded: str, start: int) -> bool:
    return _SAME_DAY.match(folded, start) is not None


# "visited Ak-Talaa district, where he took part in the handover ceremony of the renovated school", "принял
# участие в церемонии открытия", "мектептин ачылыш аземине катышты": a visitor at an opening, which is an event
# of its own on the visit's day
_AT_THE_OPENING = re.compile(
    r"(?<![а-яa-z])(?:(?:took\s+part|participated)\s+in|attended)\s+(?:the\s+|an\s+|a\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:handover|opening|inauguration)|принял[аи]?\s+участие\s+в\s+(?:торжественн[а-я]*\s+)?(?:церемони[а-я]*\s+)?"
    r"(?:открыти|передач)|(?:ачылыш|тапшыруу)[а-я]*\s+(?:аземине|салтанатына)\s+катыш")


def at_the_opening(folded: str, sentence: tuple[int, int]) -> bool:
    return _AT_THE_OPENING.search(folded, *sentence) is not None


def attended_opening(folded: str, sentence: tuple[int, int], kind: str, types: list[str]) -> bool:
    return kind == "visit" and "opening" in types and at_the_opening(folded, sentence)


# "Following the handover, UNICEF … met with the akim", "После передачи оборудования состоялась встреча с
# жителями", "Ачылыштан кийин … тегерек стол өттү": an event told as coming after a ceremony (a handover, an
# opening, an award) is one of its own on the ceremony's day, whatever its type: a ceremony holds no programme
# of meetings the way a fair or a forum does.  Not "после открытия ярмарки", "after the opening of the forum":
# the opening of an event of several days leads into that event's programme.
_CEREMONY_NOUN = (r"(?:handover|handing\s+over|opening|inauguration|(?:award\s+|opening\s+|handover\s+)?ceremony|"
                  r"передач[аиу]|открыти[яе]|вручени[яе]|церемони[ия]|"
                  r"тапшыруу|ачылыш|азем|салтанат)")
# "Before the ceremony, ARIS presented …", "Перед церемонией открытия …", "Аземден мурун …" as well: told just
# before it, at the same gathering
_AFTER_CEREMONY = re.compile(
    r"[\W\d]{0,3}(?:(?:following|after|before|prior\s+to)\s+(?:the|this)\s+" + _CEREMONY_NOUN + r"(?![a-z])|"
    r"(?:после|перед)\s+(?:торжественн[а-я]*\s+)?" + _CEREMONY_NOUN + r"(?![а-я])|"
    r"(?:[а-я]+\s+)?" + _CEREMONY_NOUN + r"[а-я]*(?:дан|ден|тан|тен|дон|тон|нан|нен|нон)\s+(?:кийин|мурун)(?![а-я])|"
    r"(?:[а-я]+\s+)?" + _CEREMONY_NOUN + r"[а-я]*(?:дын|дин|тын|тин|дун|тун|нын|нин|нун)\s+алдында(?![а-я]))")
_PROGRAMME_EVENT = re.compile(r"(?<![а-яa-z])(?:ярмарк|выставк|фестивал|форум|конференц|тренинг|семинар|лагер|"
                              r"fair|exhibition|festival|forum|conference|training|camp|"
                              r"жарм[ае]н?ке|коргозмо|конференци)")


# what the ceremony is of: "of the autumn fair", "ярмарки меда" (a Kyrgyz genitive stands before it, in the match)
_CEREMONY_OF = re.compile(r"\s+of\s+(?:the\s+|this\s+)?[a-z-]+(?:\s+[a-z-]+)?|\s+[а-я-]+(?:\s+[а-я-]+)?")


def follows_ceremony(folded: str, start: int) -> bool:
    m = _AFTER_CEREMONY.match(folded, start)
    if m is None:
        return False
    of = _CEREMONY_OF.match(folded, m.end())
    return _PROGRAMME_EVENT.search(folded, m.start(), of.end() if of else m.end()) is None


# "После тренинга состоялась встреча с …", "Семинардан кийин … тегерек стол өттү", "The workshop was followed by",
# "After the round table, …": an event told as coming after (or just before) another event of the report, which
# is over by then, is no part of its programme; whether its kind may still be a part of the one named (a meeting
# after a visit, goods handed over after a training) the caller decides
_EVENT_NOUN_EN = r"(?:training|workshop|seminar|round\s+table|meeting|forum|conference|presentation|competition|contest|session)"
_EVENT_NOUN_RU = (r"(?:тренинг|семинар|кругл[а-я]+\s+стол|встреч|форум|конференци|презентаци|конкурс|совещани|"
                  r"заседани|занят)[а-я]*")
_EVENT_NOUN_KY = r"(?:тренинг|семинар|тегерек\s+(?:стол|устол)|жолугушуу|форум|конференция|презентация|сынак|жыйын|окуу)"
_AROUND_EVENT = re.compile(
    r"[\W\d]{0,3}(?:(?:following|after|before|prior\s+to)\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?" + _EVENT_NOUN_EN
    + r"s?(?![a-z])|(?:после|перед|до)\s+(?:(?:окончани|завершени|начал)[а-я]+\s+)?" + _EVENT_NOUN_RU + r"(?![а-я])|"
    + _EVENT_NOUN_KY + r"[а-я]*(?:дан|ден|тан|тен|дон|тон|нан|нен|нон)\s+(?:кийин|мурун)(?![а-я]))")


def around_event(folded: str, start: int) -> bool:
    return _AROUND_EVENT.match(folded, start) is not None


def names_the_one_before(folded: str, sentence: tuple[int, int], at: int) -> bool:
    """Whether the event word at ``at`` is the one a lead sets the told event after ("После тренинга
    состоялась встреча": the meeting is told, not the training)."""
    m = _AROUND_EVENT.match(folded, sentence[0]) or _AFTER_CEREMONY.match(folded, sentence[0])
    return m is not None and at < m.end()


# "a training was held for 24 of the forum's participants", "для участников форума", "форумдун катышуучулары
# үчүн": the event its people came from, not the one the verb tells held
_PEOPLE_OF_BEFORE = re.compile(r"(?:участник|участниц|слушател|делегат|participants|delegates|attendees)[а-я]*\s+"
                               r"(?:of\s+|in\s+)?(?:the\s+|this\s+)?$")
_PEOPLE_OF_AFTER = re.compile(r"[a-z]*['’]s\s+(?:participants|delegates|attendees)|[а-я]*\s+(?:катышуучу|делегат)")


def names_its_people(folded: str, sentence: tuple[int, int], at: int) -> bool:
    return _PEOPLE_OF_BEFORE.search(folded, max(sentence[0], at - 30), at) is not None or \
        _PEOPLE_OF_AFTER.match(folded, at, min(sentence[1], at + 40)) is not None
