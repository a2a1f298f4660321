"""Figures the text frames as something other than the reported event: the project's accumulated history,
plans and targets, a facility's capacity, a plan/fact table, an earlier year, the standing state of an area
and a project's standing budget.

Each rule reads a class of sentence, not a phrase, in Kyrgyz, Russian and English:

- cumulative history: a span reaching back before the event ("с 2023 года фонд обучил 410 женщин",
  "2023-жылдан бери 56 бала бакча курулду", "Since its launch … trained over 3,100", "за это время",
  "Over five years …") told by the writer or in a speaker's aside.  Results a speaker *presents* at the
  event ("Долбоордун ортолук натыйжалары көрсөтүлдү: …", "presented the project's results") stay;
- plans and targets: the count's clause (Kyrgyz: up to the sentence's final verb) is a plan, a promise, a
  possibility or an obligation ("планируют участвовать не менее 900", "бөлүүнү пландап жатат", "бөлүнүшү
  мүмкүн", "к 2027 году еще десять сел", "estimated at KGS 9 million", "should prepare");
- capacity: "рассчитан на 120 детей", "12 адамга эсептелген", "designed for 40 pupils";
- a plan/fact table ("Показатель | План | Факт"): figures measured against a plan are the project's
  monitoring, not the event's;
- an earlier year that opens its sentence with a comma ("В 2023 году, в рамках предыдущего проекта, …");
- an area's standing state: a count placed in an area by a locative ("в районе 74 села", "райондо 47
  мектеп бар", "мектепте 214 окуучу окуйт") with a stative predicate or none, and parts of such a count
  ("алардын 19унда", "20 из них");
- a project's standing budget in the present ("его бюджет составляет 45 тыс. фунтов", "долбоордун жалпы
  наркы 35 млн доллар экенин").
Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout.
"""

from __future__ import annotations

import re

from etl.extract.indicators_cues import GOAL, NEXT_PREDICATE
from etl.extract.indicators_cumulative import (
    running_totals,
    spoken_project_result,
    told_at_event,
    writer_history,
)
from etl.extract.indicators_earlier_year import told_of_earlier_year
from etl.extract.indicators_frame_area import (
    AREA_KINDS,
    TURN,
    area_state,
    clause_start,
    located_state,
    part_of_uncounted,
)
from etl.extract.indicators_frame_blocks import background_blocks, plan_fact_tables
from etl.extract.indicators_frame_money import INVESTMENT, PROJECT_WORD, money_outside
from etl.extract.indicators_reading import Count, unset_splits_of
from etl.required_literals import holds_any, required_literals

_NUM_WORDS_RU = r"(?:\d{1,2}|двух|трех|четырех|пяти|шести|семи|восьми|десяти|нескольких|два|три|четыре|пять|шесть|семь|десять)"
_NUM_WORDS_EN = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|the\s+(?:past|last)\s+\w+)"
_NUM_WORDS_KY = r"(?:\d{1,2}|эки|уч|торт|беш|алты|жети|сегиз|тогуз|он)"

# A span covering the whole history of a project or an organization, named as such.  A bare "since 2022"
# is left alone: the labelled sets disagree on a speaker's "с 2022 года проект охватил …" (see the report).
_CUMULATIVE = re.compile(
    r"(?<![а-я])с\s+(?:момента\s+)?(?:начала|старта|запуска)\s+(?:реализации\s+)?(?:проекта|программы|работы|деятельности)|"
    r"(?<![а-я])за\s+(?:период|время|годы)\s+(?:с\s|реализации|работы|существования|деятельности)|"
    r"(?<![а-я])за\s+(?:это|все\s+это|эти)\s+(?:время|годы)|(?<![а-я])за\s+" + _NUM_WORDS_RU +
    # "за два предыдущих года", "за последние пять лет": the same span with its adjective
    r"\s+(?:(?:предыдущи[хе]|прошедши[хе]|прошлы[хе]|последни[хе]|минувши[хе])\s+)?(?:лет|года)(?![а-я])|"
    r"(?:долбоор|программа|иш)[а-я]*\s+башталгандан\s+(?:бери|берки)|иштеп\s+баштагандан\s+бери|ошондон\s+бери|"
    r"ушул\s+убакка\s+чейин|(?<![а-я])" + _NUM_WORDS_KY + r"\s+жыл(?:дан)?\s+бери|"
    r"(?<![a-z])since\s+(?:its|the|their)\s+(?:launch|start|inception|beginning|founding|establishment)|"
    r"(?<![a-z])(?:over|in|during)\s+(?:the\s+)?(?:previous|past|last)\s+" + _NUM_WORDS_EN + r"\s+years(?![a-z])|"
    r"(?<![a-z])over\s+" + _NUM_WORDS_EN + r"\s+years(?![a-z])|(?<![a-z])to\s+date(?![a-z])"
)
# A plan, a promise, a possibility, an obligation or a target, said of the count's own clause.
_PLAN = re.compile(
    r"(?<![а-я])(?:планиру(?:ют|ем|ет|ется|ются)|планах|продлится|продлятся|продолжится|продолжатся|намерен[аы]?|собира(?:ется|ются)|начнут|выдел(?:ит|ят)|"
    r"направ(?:ит|ят)|готов[аы]?\s+(?:\S+\s+){0,3}(?:выделить|направить|профинансировать|обучить)|"
    r"(?:может|могут)\s+быть|должн[аыо]?|предлож(?:ил|ила|или)\s+(?:выделить|направить)|"
    r"к\s+(?:концу\s+)?(?:19|20)\d\d\s+году|заложен[аоы]?|в\s+ближайш[а-я]+|наша\s+цель|цель\s+проекта|ожида(?:ется|ются))(?![а-я])|"
    r"(?<![a-z])(?:will(?!\s+be\s+able)|(?<!business\s)(?<!development\s)(?<!action\s)plans?\s+to|planned|to\s+be\s+(?:awarded|allocated|built|opened)|"
    r"is\s+expected|are\s+expected|expects?\s+to|estimated\s+at|foresees?|asked\s+for|"
    r"requested|would|should|must|aims?\s+to|target|earmarked|in\s+the\s+coming)(?![a-z])"
)
# The Kyrgyz predicate closes the sentence: the plan is said after the number, up to the sentence's end.
_PLAN_KY = re.compile(
    r"(?<![а-я])(?:пландап|пландалып|пландалганын|каралган|каралды|пландоодо|пландаштырып|мумкун|кутулуудо|кутулот|убада|"
    r"сунушта(?:арын|йт|йбыз)|керек|керектигин|жакынкы\s+(?:айларда|кундорде|жылдары)|"
    r"(?:курат|курабыз|салат|салабыз|ондойт|ондойбуз|сатып\s+алат|сатып\s+алабыз)|максаты?|(?:19|20)\d\d-?жылга\s+чейин)(?![а-я])"
)
# A new project's scope ("it will cover 40 municipalities", "охватит 42 школы", "камтыйт"): what it covers.
_SCOPE = re.compile(r"(?<![a-z])(?:will\s+(?:cover|reach|work\s+in)|covers)(?![a-z])|(?<![а-я])(?:охватит|охватывает|"
                    r"камтыйт|камтыды|камтылат)(?![а-я])")
# A project described by its span of years or its budget in the same sentence as the places it covers
# ("Программа рассчитана на 2024–2027 годы и охватывает 12 муниципалитетов", "the project (2025–2027), which has
# a total budget of GBP 640,000 and covers 14 villages"): the writer's account of the project, not the event's reach.
_PROJECT_SIZE = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d|бюджет|(?<![a-z])budget")
_CAPACITY_BEFORE = re.compile(
    r"(?:рассчитан[аоы]?|рассчитанн[а-я]+|вместимостью|designed\s+for|capacity\s+of|with\s+room\s+for|"
    r"(?:can|will)\s+(?:accommodate|host|seat))\s+(?:[а-яa-z]+\s+){0,3}(?:(?:до|up\s+to|около|about)\s+)?$")
_CAPACITY_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,2}(?:эсептелген|ылайыкталган)(?![а-я])|\s*(?:орундуу|мест)(?![а-я])")
_EARLIER_YEAR_COMMA = re.compile(r"\s*(?:в|in)\s+((?:19|20)\d\d)\s*(?:году|г\.)?\s*,|\s*((?:19|20)\d\d)-?жылы\s*,")
# People who answered a survey are respondents, not participants of the event.
_SURVEY = re.compile(r"сурамжылоо|(?<![а-я])опрос|анкетирован|(?<![a-z])(?:survey|poll)(?![a-z])|respondent|респондент")
_PERSON = ("participants", "beneficiaries", "people_trained", "officials_participants")
# The predicate denied: those who did not come, could not take part, did not get certificates.
_NEGATED = re.compile(
    r"(?<![а-я])не\s+(?:смог(?:ли|ла)?|получил[аи]?|пришл[аи]|приехал[аи]?|прибыл[аи]?|явил[аи]сь|прошл[аи]|"
    r"принял[аи]?|участвовал[аи]?|сдал[аи]?|завершил[аи]?|дошл[аи])(?![а-я])|"
    r"(?<![a-z])(?:did\s+not|didn't|could\s+not|couldn't|failed\s+to|were\s+unable\s+to|missed)(?![a-z])|"
    r"(?:ала|келе|катыша|бүтүрө|буторо)\s+(?:алышкан|алган|алышпады|албады)\s*(?:жок)?|(?:албай|келбей|катышпай)\s+калышты|"
    r"(?<![а-я])(?:алышкан|келишкен|катышкан)\s+жок(?![а-я])"
)
# Loans are no grants: "340 бизнес долбооруна … насыя берилген", "кредиты получили 55 фермеров".
_LOAN_WORD = re.compile(r"(?<![а-яa-z])(?:насыя[а-я]*|кредит[а-я]*|за[её]м[а-я]*|займ[а-я]*|loans?)(?![а-яa-z])")
_GRANT_WORD = re.compile(r"грант|grant")


def drop_outside_event(folded: str, counts: list[Count], main_year: int | None) -> None:
    """Unset the counts whose sentence frames them as history, a plan, a capacity, a plan/fact table, an
    earlier year, an area's standing state or a project's standing budget; the women/men of a total so
    unset go with it."""
    if not counts:
        return
    tables = plan_fact_tables(folded) + background_blocks(folded) + running_totals(folded)
    dropped: set[int] = set()
    cache: dict[tuple[int, int], re.Match[str] | None] = {}
    history: dict[tuple[int, int], int] = {}
    for i, c in enumerate(counts):
        if c.indicator is None:
            continue
        nxt = counts[i + 1].num.start if i + 1 < len(counts) and counts[i + 1].sentence == c.sentence else c.sentence[1]
        if _outside(folded, c, main_year, tables, (cache, history), nxt) or part_of_uncounted(folded, counts, i, dropped):
            c.indicator = None
            dropped.add(i)
    unset_splits_of(counts, dropped)


_REACH = 300


def _outside(folded: str, c: Count, main_year: int | None, tables: list[tuple[int, int]],
             caches: tuple[dict[tuple[int, int], re.Match[str] | None], dict[tuple[int, int], int]],
             next_start: int) -> bool:
    cache, history = caches
    s_start, s_end = c.sentence
    pos = c.num.start
    if any(a <= pos < b for a, b in tables):
        return True
    # the project's history is the event's when a speaker tells it there, the writer's background when not
    if _cumulative(folded, s_start, s_end, pos, cache) or writer_history(folded, s_start, s_end, pos, main_year, history):
        if not told_at_event(folded, s_start, s_end):
            return True
        spoken: bool | None = True
    else:
        spoken = None  # asked only of an earlier year
    sentence = c.sentence
    # every other rule reads the count's neighbourhood: a huge one-line "sentence" stays linear
    s_start, s_end = max(s_start, pos - _REACH), min(s_end, c.noun_end + _REACH)
    if _planned(folded, c, s_start, s_end, next_start):
        return True
    if c.indicator != "funding_amount" and (
            _CAPACITY_BEFORE.search(folded, max(s_start, pos - 60), pos) or _CAPACITY_AFTER.match(folded, c.noun_end)):
        return True
    if main_year is not None and not spoken and (
            ((m := _EARLIER_YEAR_COMMA.match(folded, s_start, pos)) and int(m.group(1) or m.group(2)) < main_year)
            or told_of_earlier_year(folded, s_start, pos, main_year)):
        return not spoken_project_result(folded, *sentence)  # "По словам координатора, в 2024 году по проекту …"
    if c.indicator in AREA_KINDS and area_state(folded, c, s_start, s_end):
        return True
    if c.indicator in _PERSON and _SURVEY.search(folded, s_start, s_end):
        return True
    if _negated(folded, c, s_start, s_end):
        return True
    if c.indicator == "grants_awarded" and _LOAN_WORD.search(folded, clause_start(folded, pos, s_start), s_end) \
            and not _GRANT_WORD.search(folded, s_start, s_end):
        return True
    if INVESTMENT.search(folded, c.num.end, c.noun_end + 1):
        return True  # "42 инвестиционных проекта": offers to investors
    if c.indicator in ("settlements_covered", "institutions_covered") and located_state(folded, c, s_start, s_end):
        return True
    if c.indicator in ("settlements_covered", "institutions_covered") and _project_scope(folded, *sentence):
        return True
    return c.indicator == "funding_amount" and money_outside(folded, c, s_start, s_end)


def _project_scope(folded: str, s_start: int, s_end: int) -> bool:
    return bool(_SCOPE.search(folded, s_start, s_end) and PROJECT_WORD.search(folded, s_start, s_end)
                and _PROJECT_SIZE.search(folded, s_start, s_end))


_CUMULATIVE_WORDS = required_literals(_CUMULATIVE)


def _cumulative(folded: str, s_start: int, s_end: int, pos: int,
                cache: dict[tuple[int, int], re.Match[str] | None]) -> bool:
    key = (s_start, s_end)
    if key not in cache:  # one search per sentence, not per count (and none where no cue word is)
        cue = _CUMULATIVE.search(folded, s_start, s_end) if holds_any(folded, _CUMULATIVE_WORDS, s_start, s_end) else None
        cache[key] = cue
    cue = cache[key]
    if cue is None:
        return False
    if cue.start() > pos and (cue.start() - pos > _REACH or TURN.search(folded, pos, cue.start())):
        return False  # "30 человек прошли обучение, а с 2021 года …": the history is the next clause's
    return True


def _planned(folded: str, c: Count, s_start: int, s_end: int, next_start: int) -> bool:
    start = clause_start(folded, c.num.start, s_start)
    if c.indicator == "beneficiaries":
        # "станция обеспечит водой 2 800 жителей": a facility's users are told as its future; a goal is not
        # ("Our goal is that by 2026 at least 2,000 children benefit", "цель проекта — охватить 5 000 жителей")
        return GOAL.search(folded, start, c.num.start) is not None
    comma = folded.find(",", c.noun_end, s_end)
    end = s_end if comma < 0 else comma
    if (nxt := NEXT_PREDICATE.search(folded, c.noun_end, end)) is not None:
        end = nxt.start()  # "refurbished with a grant of KGS 5.6 million and will serve 400 people": the subject's next
    turn = TURN.search(folded, c.noun_end, s_end)
    # the Kyrgyz final verb is this count's up to the next count: "24 аял катышты, алардын 9у … ала алышат"
    ky_end = min(turn.start() if turn else s_end, max(next_start, c.noun_end))
    if not (_PLAN.search(folded, start, end) or _PLAN_KY.search(folded, start, ky_end)):
        return False
    return not _SCOPE.search(folded, start, ky_end)


def _negated(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    turn = TURN.search(folded, c.noun_end, s_end)
    return bool(_NEGATED.search(folded, clause_start(folded, c.num.start, s_start), turn.start() if turn else s_end))


_CLOSING_QUOTES = frozenset("\"»”')")


def ends_as_sentence(folded: str, a: int, b: int) -> bool:
    """``folded[a:b]`` ends as a sentence does: two letters, maybe a closing quote, then . ! or ?
    (spaces after it aside).  The same answer as ``re.search(r"[^\\W\\d_]{2}[\"»”')]?[.!?]\\s*$")`` on
    the span, read from its end only, where the search tried the pattern at every letter of it."""
    p = b - 1
    while p >= a and folded[p].isspace():
        p -= 1
    if p < a or folded[p] not in ".!?":
        return False
    q = p - 1 if p - 1 >= a and folded[p - 1] in _CLOSING_QUOTES else p
    return q - 2 >= a and _letter(folded[q - 1]) and _letter(folded[q - 2])  # a quote is no letter: no retry


def _letter(ch: str) -> bool:
    return ch.isalnum() and not ch.isdecimal()  # re's [^\W\d_]: \w is isalnum() or "_", \d isdecimal()


def headline_end(folded: str, sentences: list[tuple[int, int]]) -> int:
    """Where the lines above the first sentence that ends as one end (0: the text opens with a sentence).
    "Бишкек, 3 июля 2023 г." ends in an abbreviation, no sentence."""
    top_end = 0
    for a, b in sentences[:6]:
        if ends_as_sentence(folded, a, b):
            break
        top_end = b
    return top_end


def drop_headline_restated(folded: str, sentences: list[tuple[int, int]], counts: list[Count]) -> None:
    """A headline's count of people that the text states again under another reading ("36 специалистов
    обучили" over "в семинаре приняли участие 36 специалистов"): the text, with its whole clause, reads it."""
    top_end = headline_end(folded, sentences)
    if not top_end:
        return
    body = {(c.num.value, c.sex) for c in counts if c.sentence[0] >= top_end and c.indicator in _PERSON}
    for c in counts:
        if c.sentence[1] <= top_end and c.indicator in _PERSON and (c.num.value, c.sex) in body:
            c.indicator = None
