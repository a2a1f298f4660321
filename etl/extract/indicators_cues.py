"""Predicate cues added after the vocabulary file filled up: training under way, received things that are
no benefit, and the budgets of public bodies (a standing figure, never the event's money)."""

from __future__ import annotations

import re

from etl.extract.indicators_predicates import BENEFIT, PARTICIPATED, TRAINED

# A training under way: those learning now take part in it and are not trained yet
# ("20 женщин осваивают кройку", "проходят обучение", "are being trained", "окуп жатышат").
LEARNING_NOW = re.compile(
    r"(?<![а-я])(?:осваива(?:ют|ет)|проход(?:ят|ит)\s+(?:[а-я]+\s+)?(?:обучение|курс|тренинг|подготовку|стажировку)|"
    r"(?:обучение|курс|стажировку)\s+проход(?:ят|ит)|обучаются\s+(?:на\s+курсах|швейному|шитью|профессии|"
    r"специальности)|(?:окуп|уйронуп|окуудан\s+отуп|окутуудан\s+отуп)\s+жатыш(?:ат|ышат)?)(?![а-я])|"
    r"(?<![a-z])(?:are|is)\s+(?:now\s+|currently\s+)?(?:being\s+trained|learning|undergoing\s+training|"
    r"taking\s+(?:a|the)\s+course)(?![a-z])"
)
# Received a promise or a notice, not a benefit: "28 человек получили предложения о работе".
NOT_A_BENEFIT = re.compile(r"предложени[а-я]*\s+о\s+работ|приглашени|уведомлени|job\s+offers?|invitations?|"
                           r"жумуш\s+сунуш|чакыруу")

# Currencies of the donors and neighbours beyond the usual few (word or code, folded).
MORE_CURRENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:иен[аыу]?$|йен[аыу]?$|jpy$|yen$|¥|японск[а-я]*\s+иен|японск[а-я]*\s+йен|япон\s+иенасы)"), "JPY"),
    (re.compile(r"^(?:юан[а-я]{0,3}$|cny$|rmb$|yuan$|renminbi$|кытай\s+юан)"), "CNY"),
    (re.compile(r"^(?:турецк[а-я]*\s+лир|turkish\s+lira|түрк\s+лирас|турк\s+лирас|try$)"), "TRY"),
    (re.compile(r"^(?:krw$|корейск[а-я]*\s+вон|korean\s+won|корея\s+вону)"), "KRW"),
    (re.compile(r"^(?:uzs$|узбекск[а-я]*\s+сум|uzbek\s+so[mu]m?s?|озбек\s+сум)"), "UZS"),
)

# The size of a public body's budget ("Түп айыл аймагынын 2024-жылкы бюджети 38 млн сомду түзгөн", "бюджет
# города составляет 1,2 млрд сомов", "the district's budget was KGS 90 million"): a standing figure of the body,
# not money for the event.  Money a budget adds or allocates ("местные бюджеты добавят 2,7 млн") stays.
_KY_BODY = r"(?:аймаг|шаар|район|айыл|облус|муниципалитет|окмот|мэрия|кенеш)[а-я]*(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)"
_RU_BODY = (r"(?:(?:местн|сельск|городск|районн|республиканск|областн|муниципальн|государственн)[а-я]*\s+бюджет[а-я]*|"
            r"бюджет[а-я]*\s+(?:[а-я]+(?:ского|ской|ого|ой)\s+){0,2}(?:айыл[а-я]*\s+)?(?:аймака|района|города|округа|"
            r"окмоту|села|муниципалитета|области|республики|мэрии))")
BODY_BUDGET_BEFORE = re.compile(
    r"(?:(?:" + _KY_BODY + r"\s+(?:\d{4}-?жылкы\s+)?|\d{4}-?жылкы\s+|жергиликтуу\s+|республикалык\s+)бюджет(?:и|ин)?\s+|"
    + _RU_BODY + r"(?:\s+[а-я][а-я-]+)?(?:\s+(?:на|за|в)\s+\d{4}\s+(?:год|году|г\.))?\s*(?:составля[а-я]*|составил[а-я]*|—|:|–)\s*|"
    r"(?:(?:municipal|district|city|village|local|state|national|annual)\s+budget|(?:village|district|city|municipality|"
    r"town|okmotu|aimak)'s\s+(?:\d{4}\s+)?budget|budget\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}(?:village|district|city|"
    r"municipality|aimak|town))(?:\s+(?:for|in)\s+\d{4})?\s+(?:is|was|amounts?\s+to|amounted\s+to|totals?|totalled|"
    r"stood\s+at)\s+)"
    r"(?:(?:около|более|свыше|about|over|some)\s+)?(?:usd|kgs|\$|eur)?\s*$"
)
# The Kyrgyz size verb after the amount: "… 38 млн сомду түзгөн", "… 38 млн сом болгон".
BODY_BUDGET_VERB_AFTER = re.compile(r"\s*[а-я]*\s*(?:туз(?:гон|от|ду|от)|бол(?:гон|ду|от))(?![а-я])")
# A comma and a conjunction or a relative word: a clause of its own ("…, and will be run by the city").
NEXT_CLAUSE = re.compile(r",\s*(?:and|but|which|that|who|и|а|но|которы[а-я]+|где|жана|ал\s+эми|бирок)(?![а-яa-z])")
# Jobs an enterprise or a project will give: a promise, not people reached ("45 адамды жумуш менен камсыз
# кылат", "обеспечит работой 45 человек", "will create jobs for 45 people").
JOBS_TO_COME = re.compile(r"жумуш\s+(?:орду\s+)?менен\s+камсыз\s+(?:кыл(?:ат|абыз|ышат|ам)|болушат|болот)(?![а-я])|"
                          r"(?<![а-я])(?:обеспечит|обеспечат|создаст|создадут|трудоустроит|трудоустроят)(?![а-я])|"
                          r"will\s+(?:create|provide|offer)\s+(?:\S+\s+){0,2}jobs")
# Children a kindergarten or school brings up or teaches now are its users: "бала бакчада 120 бала тарбияланат".
# (and those who practise in a sports hall: "Залда … 600дөн ашык окуучу машыгат", "в зале тренируются 300 детей")
USERS_NOW = re.compile(r"(?<![а-я])(?:тарбияланат|тарбияланышат|воспитыва(?:ются|ется)|посеща(?:ют|ет)\s+(?:сад|детск|школ)|"
                       r"машыг(?:ат|ышат)|тренируются|будут\s+тренироваться)"
                       r"(?![а-я])|(?<![a-z])(?:are\s+enrolled|attend\s+the\s+(?:kindergarten|school)|(?:will\s+)?train\s+there)(?![a-z])")
# "30 пайызы", "30 процентов", "30 percent of them": a share, no count.
PERCENT_AFTER = re.compile(r"[а-я]{0,3}\s*(?:пайыз|процент|percent|per\s+cent)")

# A sentence opening with the participants, a part of them said next: "The participants, eight of them women, …".
PARTICIPANTS_OPENING = re.compile(r"\s*(?:the\s+|all\s+)?(?:participants|trainees|attendees|graduates|участники|слушатели|"
                                  r"выпускники|катышуучулар)\s*[,—–-]\s*$|"
                                  # "Of those trained, 41 were women": the whole named, sentences after its count
                                  r"\s*of\s+(?:the|those|these)\s+(?:participants|trained|trainees|attendees|graduates)"
                                  r"\s*,\s*$")

# The verb of presence closing a sentence: "… жана компаниянын өкүлдөрү катышты.", "… were present."
LIST_VERB_END = re.compile(r"(?<![а-яa-z])(?:катышты|катышышты|катышып\s+[а-я]+|катышкан|келишти|жыйналышты|чогулушту|"
                           r"участвовали|присутствовали|attended|took\s+part|were\s+present)\W*$")


def row_predicate(label: str) -> str | None:
    """The indicator a table row's label states without a counted noun: "Прошли обучение, всего",
    "Обучено", "Окутулгандар", "Trained", "Катышкандар", "Охвачено".  A label naming something else
    ("Охвачено районов") counts that, which is no people."""
    for cue, indicator in ((TRAINED, "people_trained"), (PARTICIPATED, "participants"), (BENEFIT, "beneficiaries")):
        m = cue.search(label)
        if m is not None:
            end = _WORD_END.match(label, m.end()).end()  # type: ignore[union-attr]  # "окутулган|дар"
            rest = _ROW_WORD.findall(label[:m.start()] + " " + label[end:])
            return indicator if all(_ROW_FILLER.match(w) for w in rest) else None
    return None


_ROW_WORD = re.compile(r"[^\W\d_]+")
# Words a people row may hold besides its predicate: "всего", "чел.", "total", "number of people".
_WORD_END = re.compile(r"[^\W\d_]*")
_ROW_FILLER = re.compile(r"^(?:всего|итого|в\s+т|чел|человек|адам|жалпы|бардыгы|"
                         r"total|number|of|people|persons|количество|число|саны|факт|план|шт|"
                         r"[а-я]{0,2})$")

# A goal or a target stated for a figure: "Our goal is that …", "the target is", "цель проекта —", "максатыбыз".
GOAL = re.compile(r"(?<![a-z])(?:goals?|targets?|aims?\s+to)(?![a-z])|(?<![а-я])цел(?:ь|и|ью)(?![а-я])|максат")

# A second predicate of the sentence's subject, told in the future: "… KGS 5.6 million and will serve 400 people",
# "… 3,2 млн сомов и будет обслуживать": the plan is the subject's, not the amount's.
NEXT_PREDICATE = re.compile(r"\s(?:and|и)\s+(?:will|would|будет|будут)\s")
