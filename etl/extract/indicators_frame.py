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
from etl.extract.indicators_frame_money import INVESTMENT, money_outside
from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import BENEFIT, FUNDED, GIVEN, PARTICIPATED, PLANNED, SPLIT_CUE, TRAINED
from etl.extract.segments import line_start_matches
from etl.gates import Gate
from etl.required_literals import holds_any, required_literals

_NUM_WORDS_RU = r"(?:\d{1,2}|двух|трех|четырех|пяти|шести|семи|восьми|десяти|нескольких|два|три|четыре|пять|шесть|семь|десять)"
_NUM_WORDS_EN = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|the\s+(?:past|last)\s+\w+)"
_NUM_WORDS_KY = r"(?:\d{1,2}|эки|уч|торт|беш|алты|жети|сегиз|тогуз|он)"

# A span covering the whole history of a project or an organization, named as such.  A bare "since 2022"
# is left alone: the labelled sets disagree on a speaker's "с 2022 года проект охватил …" (see the report).
_CUMULATIVE = re.compile(
    r"(?<![а-я])с\s+(?:момента\s+)?(?:начала|старта|запуска)\s+(?:реализации\s+)?(?:проекта|программы|работы|деятельности)|"
    r"(?<![а-я])за\s+(?:период|время|годы)\s+(?:с\s|реализации|работы|существования|деятельности)|"
    r"(?<![а-я])за\s+(?:это|все\s+это|эти)\s+(?:время|годы)|(?<![а-я])за\s+" + _NUM_WORDS_RU + r"\s+(?:лет|года)(?![а-я])|"
    r"(?:долбоор|программа|иш)[а-я]*\s+башталгандан\s+(?:бери|берки)|иштеп\s+баштагандан\s+бери|ошондон\s+бери|"
    r"ушул\s+убакка\s+чейин|(?<![а-я])" + _NUM_WORDS_KY + r"\s+жыл(?:дан)?\s+бери|"
    r"(?<![a-z])since\s+(?:its|the|their)\s+(?:launch|start|inception|beginning|founding|establishment)|"
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
_TURN = re.compile(r",\s*(?:а|но|однако|ал\s+эми|бирок|but|while|whereas)\s|;|\.\s")
_CAPACITY_BEFORE = re.compile(
    r"(?:рассчитан[аоы]?|рассчитанн[а-я]+|вместимостью|designed\s+for|capacity\s+of|with\s+room\s+for|"
    r"(?:can|will)\s+(?:accommodate|host|seat))\s+(?:[а-яa-z]+\s+){0,3}(?:(?:до|up\s+to|около|about)\s+)?$")
_CAPACITY_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,2}(?:эсептелген|ылайыкталган)(?![а-я])|\s*(?:орундуу|мест)(?![а-я])")
# A plan/fact table whose fact column is cumulative ("Факт с начала года", "Actual to date"): the project's
# running total.  A fact column of the reporting period is left alone (dev6 labels it, holdout7 does not).
_PLAN_FACT_HEAD = re.compile(r"(?:план|plan|target|максат)[^\n]*(?:факт|actual|achieved|аткарыл)[^\n]{0,12}"
                             r"(?:с\s+начала|нарастающ|to\s+date|cumulative|since|башынан|бери)")
_EARLIER_YEAR_COMMA = re.compile(r"\s*(?:в|in)\s+((?:19|20)\d\d)\s*(?:году|г\.)?\s*,|\s*((?:19|20)\d\d)-?жылы\s*,")
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
# A background or related-news block opening a paragraph: "Справка.", "Маалымат үчүн:", "Background",
# "Эскерте кетсек, …", "Как ранее писал …", "Долбоор жөнүндө / О проекте:", "Башка жаңылыктар / Другие новости".
_BACKGROUND_HEAD = re.compile(
    r"^[ \t#*_>]*(?:справка|для\s+справки|маалымат\s+учун|кыскача\s+маалымат|background(?:\s+information)?|"
    r"for\s+reference|эскерте\s+кетсек|как\s+(?:уже\s+)?ранее\s+(?:писал|сообщал)[а-я]*|ранее\s+(?:сообщалось|писал[аио]?)|"
    r"[^\n/:.]{1,40}\s+жонундо\s*/\s*[^\n:]{1,40}:|"
    # a closing paragraph about the project, headed by its own label: "About the project.", "О проекте:"
    r"(?:about\s+the\s+(?:project|programme|program)|о\s+(?:проекте|программе)|долбоор\s+(?:жонундо|тууралуу))"
    r"\s*[.:](?=[ \t]*\S|[ \t]*\n))(?![а-яa-z])",
    re.MULTILINE)
# Related news after the report: everything below it belongs to other stories.
_NEWS_HEAD = re.compile(r"^[ \t#*_>]*(?:другие\s+новости|башка\s+жанылыктар|читайте\s+также|похожие\s+новости|"
                        r"related\s+(?:news|stories|articles)|more\s+news|see\s+also|окшош\s+жанылыктар|(?:кошумча\s+)?окунуз|"
                        r"(?:read\s+(?:also|more)|also\s+read)\s*:)(?![а-яa-z])",
                        re.MULTILINE)
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
# A place or an institution counted in the locative with a stative predicate: "9 мектепте ийрим иштейт",
# "в трех айылных аймаках нет социального педагога".
_LOCATIVE_NOUN = re.compile(r"[а-я]+(?:да|де|та|те|нда|нде|до|то|ндо)\s*$")
# Meeting the heads of an area's bodies is the event, not the area's standing state.
_HELD = re.compile(r"(?<![а-я])(?:болуп\s+отт|отту|откорулду|прош[её]л|прошл[аио]|проведен[аоы]?|состоял[аио]?с[ья]|"
                   r"жолугуш(?:ту|ушту|кан)|встретил[аи]?(?:с[ья])?)|(?<![a-z])(?:held|took\s+place|met)(?![a-z])")
_EVENT_VERB = (PARTICIPATED, TRAINED, BENEFIT, GIVEN, FUNDED, _HELD)
# What an area's standing state can count: its places, its institutions, its people.
_AREA_KINDS = ("settlements_covered", "institutions_covered", "beneficiaries", "participants")


def drop_outside_event(folded: str, counts: list[Count], main_year: int | None) -> None:
    """Unset the counts whose sentence frames them as history, a plan, a capacity, a plan/fact table, an
    earlier year, an area's standing state or a project's standing budget; the women/men of a total so
    unset go with it."""
    if not counts:
        return
    tables = _plan_fact_tables(folded) + _background_blocks(folded) + running_totals(folded)
    dropped: set[int] = set()
    cache: dict[tuple[int, int], re.Match[str] | None] = {}
    history: dict[tuple[int, int], int] = {}
    for i, c in enumerate(counts):
        if c.indicator is None:
            continue
        nxt = counts[i + 1].num.start if i + 1 < len(counts) and counts[i + 1].sentence == c.sentence else c.sentence[1]
        if _outside(folded, c, main_year, tables, (cache, history), nxt) or _part_of_uncounted(folded, counts, i, dropped):
            c.indicator = None
            dropped.add(i)
    for c in counts:
        if c.parent in dropped and c.indicator is not None:
            c.indicator = None


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
    if c.indicator in _AREA_KINDS and _area_state(folded, c, s_start, s_end):
        return True
    if c.indicator in _PERSON and _SURVEY.search(folded, s_start, s_end):
        return True
    if _negated(folded, c, s_start, s_end):
        return True
    if c.indicator == "grants_awarded" and _LOAN_WORD.search(folded, _clause_start(folded, pos, s_start), s_end) \
            and not _GRANT_WORD.search(folded, s_start, s_end):
        return True
    if INVESTMENT.search(folded, c.num.end, c.noun_end + 1):
        return True  # "42 инвестиционных проекта": offers to investors
    if c.indicator in ("settlements_covered", "institutions_covered") and _located_state(folded, c, s_start, s_end):
        return True
    return c.indicator == "funding_amount" and money_outside(folded, c, s_start, s_end)


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
    if cue.start() > pos and (cue.start() - pos > _REACH or _TURN.search(folded, pos, cue.start())):
        return False  # "30 человек прошли обучение, а с 2021 года …": the history is the next clause's
    return True


_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:]")


def _clause_start(folded: str, pos: int, s_start: int) -> int:
    """After the last comma, semicolon or colon before ``pos``; "80,000" holds no clause boundary."""
    start = s_start
    for m in _CLAUSE_MARK.finditer(folded, max(s_start, pos - 200), pos):
        start = m.end()
    return start


def _planned(folded: str, c: Count, s_start: int, s_end: int, next_start: int) -> bool:
    start = _clause_start(folded, c.num.start, s_start)
    if c.indicator == "beneficiaries":
        # "станция обеспечит водой 2 800 жителей": a facility's users are told as its future; a goal is not
        # ("Our goal is that by 2026 at least 2,000 children benefit", "цель проекта — охватить 5 000 жителей")
        return GOAL.search(folded, start, c.num.start) is not None
    comma = folded.find(",", c.noun_end, s_end)
    end = s_end if comma < 0 else comma
    if (nxt := NEXT_PREDICATE.search(folded, c.noun_end, end)) is not None:
        end = nxt.start()  # "refurbished with a grant of KGS 5.6 million and will serve 400 people": the subject's next
    turn = _TURN.search(folded, c.noun_end, s_end)
    # the Kyrgyz final verb is this count's up to the next count: "24 аял катышты, алардын 9у … ала алышат"
    ky_end = min(turn.start() if turn else s_end, max(next_start, c.noun_end))
    if not (_PLAN.search(folded, start, end) or _PLAN_KY.search(folded, start, ky_end)):
        return False
    return not _SCOPE.search(folded, start, ky_end)


def _plan_fact_tables(folded: str) -> list[tuple[int, int]]:
    """Rows under a header that sets a plan against a fact, up to the first paragraph that is no row."""
    if "\t" not in folded and "|" not in folded:
        return []
    out = []
    for m in _PLAN_FACT_HEAD.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.start())
        line_end = len(folded) if line_end < 0 else line_end
        if "\t" not in folded[line_start:line_end] and "|" not in folded[line_start:line_end]:
            continue
        end = line_end
        while end < len(folded):
            nxt = end
            while nxt < len(folded) and folded[nxt] in "\n \r":
                nxt += 1
            row_end = folded.find("\n", nxt)
            row_end = len(folded) if row_end < 0 else row_end
            if nxt >= len(folded) or ("\t" not in folded[nxt:row_end] and "|" not in folded[nxt:row_end]):
                break
            end = row_end
        out.append((line_start, end))
    return out


def _negated(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    turn = _TURN.search(folded, c.noun_end, s_end)
    return bool(_NEGATED.search(folded, _clause_start(folded, c.num.start, s_start), turn.start() if turn else s_end))


def _located_state(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    """"Азыр 9 мектепте ийрим иштейт", "в трех айылных аймаках района нет …": places said to be in a state."""
    noun = folded[c.num.end:c.noun_end]
    in_ru = folded[max(s_start, c.num.start - 3):c.num.start] in (" в ", "во ") or folded[
        max(s_start, c.num.start - 2):c.num.start] == "в "
    if not (_LOCATIVE_NOUN.search(noun) or in_ru):
        return False
    turn = _TURN.search(folded, c.noun_end, s_end)
    end = turn.start() if turn else s_end
    return bool(_STATIVE.search(folded, c.noun_end, end))


_BACKGROUND_KEYS = ("справк", "маалымат", "background", "reference", "эскерте", "ранее", "жонундо", "about the",
                    "о проекте", "о программе", "долбоор тууралуу")
_NEWS_KEYS = ("новост", "жанылык", "также", "related", "more news", "see also", "окунуз", "read")
_BACKGROUND_GATE = Gate(_BACKGROUND_KEYS)
_NEWS_GATE = Gate(_NEWS_KEYS)


def _background_blocks(folded: str) -> list[tuple[int, int]]:
    """A background paragraph (with the next one when its heading stands alone) and a related-news tail."""
    out: list[tuple[int, int]] = []
    # the heading pattern tries every line start: skipped where none of its words is
    heads = line_start_matches(_BACKGROUND_HEAD, folded) if _BACKGROUND_GATE.any_in(folded) else ()
    for m in heads:
        end = folded.find("\n\n", m.end())
        end = len(folded) if end < 0 else end
        if not folded[m.end():end].strip(" \t.:-—"):
            nxt = folded.find("\n\n", end + 2)
            end = len(folded) if nxt < 0 else nxt
        out.append((m.start(), end))
    news = next(iter(line_start_matches(_NEWS_HEAD, folded, first=True)), None) \
        if _NEWS_GATE.any_in(folded) else None
    if news is not None and news.start() > len(folded) // 3:
        out.append((news.start(), _list_end(folded, news.end())))
    return out


_LIST_LINE = re.compile(r"[ \t]*(?:[•*·▪–—-]|\d{1,2}[.)]\s|\d\d\.\d\d)")


def _list_end(folded: str, pos: int) -> int:
    """The end of the list of links under a news heading: its bullet or dated lines, blank lines between."""
    end = folded.find("\n", pos)
    while 0 <= end < len(folded):
        nxt = end + 1
        line_end = folded.find("\n", nxt)
        line_end = len(folded) if line_end < 0 else line_end
        line = folded[nxt:line_end]
        if line.strip() and not _LIST_LINE.match(line):
            return end
        end = line_end if line_end < len(folded) else -1
    return len(folded)


def _area_state(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    area = _AREA_BEFORE.search(folded, max(s_start, c.num.start - 60), c.num.start)
    if area is None or _COUNTED_BEFORE.search(folded, max(s_start, area.start() - 25), area.start() + 1):
        return False  # "уч мектепте 2 100 окуучу": the places the event counted, not an area
    turn = _TURN.search(folded, c.noun_end, s_end)
    end = turn.start() if turn else s_end
    if _STATIVE.search(folded, c.noun_end, end):
        return True
    if not _WHOLE_UNIT.match(area.group(0)):
        return False
    clause = folded[_clause_start(folded, c.num.start, s_start):end]
    return not any(v.search(clause) for v in _EVENT_VERB)


_RELATIVE = re.compile(r",\s*(?:в\s+которых|где|in\s+which|where|which)\s")


def _part_of_uncounted(folded: str, counts: list[Count], i: int, dropped: set[int]) -> bool:
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


_SENTENCE_END = re.compile(r"[^\W\d_]{2}[\"»”')]?[.!?]\s*$")


def drop_headline_restated(folded: str, sentences: list[tuple[int, int]], counts: list[Count]) -> None:
    """A headline's count of people that the text states again under another reading ("36 специалистов
    обучили" over "в семинаре приняли участие 36 специалистов"): the text, with its whole clause, reads it."""
    top_end = 0
    for a, b in sentences[:6]:
        if _SENTENCE_END.search(folded, a, b):
            break
        top_end = b
    if not top_end:
        return
    body = {(c.num.value, c.sex) for c in counts if c.sentence[0] >= top_end and c.indicator in _PERSON}
    for c in counts:
        if c.sentence[1] <= top_end and c.indicator in _PERSON and (c.num.value, c.sex) in body:
            c.indicator = None
