"""Indicators: numbers the text states about an event, classified by the words around them.

A number counts the first noun after it ("764 адам", "9 “ыкчам” жолугушуу", "47 пилоттук
муниципалитет") — Kyrgyz and Russian both put the counted noun after the numeral.
Which indicator a count of people is comes from the predicate of its clause: trained
("тренингден өттү", "прошли обучение"), reached/benefiting ("консультация алды",
"бирикти", "охвачено") or present ("катышты", "приняли участие").  Women/men counts
inside "(м.и. 495 аял, 286 эркек)" / "из них 20 женщин" belong to the total before them.
Durations, ages, percentages, ranges, ordinals and list numbers are never indicators.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from etl.contract import Indicator
from etl.extract.numbers import _WORD_TOKEN, NumberMention

# ------------------------------------------------------------------ vocabulary (folded)

_TOKEN = re.compile(r"[$€₽₸%№]|[^\W_]+(?:[-'’][^\W_]+)*")
_STOP_IN_GAP = re.compile(r"[.;:!?\n,(]")

_CURRENCY = (
    (re.compile(r"^(?:доллар|долл|usd|us\$|\$|dollar|у\.е)"), "USD"),
    (re.compile(r"^(?:сом(?:[а-я]{0,4})?$|kgs$|som$|soms$)"), "KGS"),
    (re.compile(r"^(?:евро|eur|€|euro)"), "EUR"),
    (re.compile(r"^(?:франк|chf|швейцар[а-я]*\s+франк)"), "CHF"),
    (re.compile(r"^(?:рубл|руб$|rub$|₽)"), "RUB"),
    (re.compile(r"^(?:тенге|теңге|kzt$|₸)"), "KZT"),
)
# Time, age and measure words: the number measures them, not people or events.
_MEASURE = re.compile(
    r"^(?:%|процент|пайыз|percent|саат|час|мунот|минут|мин$|кун$|кундук|кундон|кунго|кунду|кун[а-я]*ч|"
    r"дн|день|дня|дней|недел|апта|ай$|айлык|айга|айдан|айдын|айы$|жыл|год|лет$|летн|месяц|hour|day|week|"
    r"month|year|жашта|жашка|жаштан|жашар|жашындагы|км|кг|га$|гектар|тонн|литр|метр|кв|балл|"
    r"орун|класс|курс$|этап|бет$|страниц|page|пункт|раз$|жолу$|жолку|чакырым|ирет)"
)
_WINNER = re.compile(r"^(?:женуучу|жениш|победител|призер|лауреат|winn|award)")
_PRIZE_CUE = re.compile(r"сыйлык|приз|наград|award|орунду|место|жениш")

# (stem regex, category); checked on a token or a token pair.  Order matters.
_CATEGORIES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), c) for p, c in (
    (r"^(?:кызмат адам|чечим кабыл|должностн|чиновник|decision|official|депутат|аким|мэр$|мэрлер|"
     r"представител[а-я]* (?:государствен|органов|госорган|мсу|местн|муниципал|администрац|министерств|"
     r"ведомств|акимиат|мэри|айыл|власт)|орган[а-я]* (?:окул|кызматкер)|жоб[а-я]* (?:окул|кызматкер)|"
     r"администрация[а-я]* (?:окул|кызматкер)|heads? of(?: |$)|"
     r"жетекчи|башчы|руководител|глав[аыуе]|госслужащ|муниципальн[а-я]* служащ|мамлекеттик кызматкер)",
     "official"),
    (r"^(?:катышуучу|участник|участниц|participant|attendee)", "participant"),
    (r"^(?:аял(?!уу)|кыз(?:дар)?(?:[а-я]{0,4})$|кыз кел|женщин|девуш|девоч|women|woman|girl|female)", "female"),
    (r"^(?:эркек|жигит|мужчин|парн|юнош|мальчик|men$|man$|boy|male)", "male"),
    (r"^(?:адам|киши|человек|чел$|люд|person|people|individual|жаштар|жаш$|жаш кыз|молод|youth|"
     r"гид$|гиддер|guide|инструктор|юрист|адвокат|судья|бухгалтер|конок|гост[ия]|guest|горожан|сельчан|"
     r"жител|farmer|worker|ученик|воспитател|социальн[а-я]* работник|аксакал|старейшин|"
     r"активист|тургун|жашоочу|жител|resident|студент|окуучу|школьник|учащ|pupil|мугалим|учител|педагог|"
     r"teacher|кызматкер|сотрудник|специалист|адис|служащ|staff|employee|лидер|leader|волонтер|ыктыярчы|"
     r"volunteer|фермер|дыйкан|farmer|ишкер|предприним|entrepreneur|эне|матер|mother|ата-эне|родител|"
     r"parent|бала|балдар|дет(?:и|ей|ям|ьми|ях)$|children|child|мучо|член|member|окул|представител|representative|эксперт|"
     r"expert|журналист|journalist|медиатор|медик|медработ|дарыгер|врач|полиц|милиц|мигрант|майып|"
     r"инвалид|пенсионер|бенефициар|beneficiar|тренер|фасилитатор|facilitator|слушател|выпускник|"
     r"мобилизатор|кандидат|спикер|жамаат мучо)", "person"),
    (r"^(?:жолугушуу|тренинг|семинар|окутуу|иш-чара|акция|акци|тегерек стол|круглы[а-я]* стол|форум|"
     r"сессия|сесси|кенешме|конференц|вебинар|мастер-класс|консультаци|встреч|мероприяти|заняти|"
     r"заседани|workshop|session|meeting|training|event|webinar|seminar|сход|жыйын|дебат|debate|"
     r"экскурс|фестивал|конкурс|сынак|кампани|campaign|презентаци|лекци|lecture|курс[а-я]|кружок|"
     r"тренинги|round table|forum)", "session"),
    (r"^(?:айыл аймаг|айыл окмот|айыл ок)", "aa_or_ao"),
    (r"^(?:муниципалитет|конуш|айыл$|айылда|айылдар|айылга|айылдын|айылын|село|сел$|сел[аеуо]|сёл|"
     r"поселен|населенн[а-я]* пункт|аил|аймак|village|municipalit|settlement|шаар(?!дык)|город(?!ск)|"
     r"town)", "settlement"),
    (r"^(?:мектеп|мектеб|мекеме|учреждени|institution|бала бакча|балдар бакча|школ|детск[а-я]* сад|детсад|дошкольн|жоб орган|органов мсу|"
     r"орган[а-я]* местного|фап|оорукана|больниц|клиник|университет|колледж|лицей|гимнази|китепкана|"
     r"библиотек|school|kindergarten|демилгелуу топ|инициативн[а-я]* групп|жамаат(?:тык)? уюм|"
     r"медициналык борбор|ден соолук борбор)", "institution"),
    (r"^(?:грант|микрогрант|субгрант|микро-проект|микропроект|мини-проект|мини-грант|grant|"
     r"стипенди|scholarship)", "grant"),
    (r"^(?:демилге|инициатив|initiative|долбоор|проект|project|бизнес-план|бизнес план)", "initiative"),
))
_KY_MODIFIER = re.compile(r"^(?:жаштар|жаш$|аял|кыз|эркек|жигит|мектеп|айыл|бала|тургун|активист|ишкер|"
                          r"фермер|дыйкан|мугалим|окуучу|студент|эне|жамаат|ден соолук)")
_KY_POSSESSIVE = re.compile(r"(?:ы|и|у|сы|си|су|лары|лери|дары|дери|тары|тери|лору|дору|тору)"
                            r"(?:н|на|не|нда|нде|нын|нин|га|ге|на)?$")
_NUMBER_WORD = re.compile(_WORD_TOKEN + "$")
_GENITIVE = re.compile(r"(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)$")
# Words that end the counted noun phrase without being counted themselves.
_PHRASE_BREAK = re.compile(r"^(?:жана|и|and|or|же|или|менен|с|со|для|учун|боюнча|по|в|во|на|из|от|of|for)$")

# Predicate cues (folded), searched in the clause around the number.
_TRAINED = re.compile(
    r"тренингден\s+отт|окутуудан\s+отт|окуудан\s+отт|курстан\s+отт|окутулд|окутулган|билим\s+алышт|"
    r"сертификат\s+ал|даярдалд|обучен|обучил|прошл[аи]\s+(?:обучение|тренинг|курс|подготовк|переподготовк)|"
    r"повысил[аи]\s+квалификац|подготовлен|trained|certified|completed\s+(?:the\s+)?training|"
    r"(?:тренинг|окутуу|курс|семинар)[а-я]*(?:дан|ден|тан|тен)\s(?:.*\s)?(?:отт|отушт|откон)"
)
_BENEFIT = re.compile(
    r"консультаци|колдоо(?:ну)?\s+ал|жардам(?:ды)?\s+ал|кызмат(?:тарды)?\s+ал|пайдаланышт|бирикт|биригишт|"
    r"камтылд|камтыды|камтыйт|тартылд|пайдалан|жеткирилд|эмдел|вакцин|vaccinat|информирован|"
    r"оказал[аи]?\s+(?:[а-я]+\s+){0,2}помощь|помощь\s+получил|assistance|пайда\s+корд|обеспеч|обслуж|serve|иш\s+орун|рабоч[а-я]*\s+мест|получил[аи]?\s+(?:помощ|поддержк|консультац|услуг|доступ|"
    r"юридическ|бесплатн|гуманитарн)|охвачен|охватил|охват|вовлечен|объединил|воспользова|benefit|"
    r"beneficiar|reached|received\s+(?:support|assistance|consultation|services)|assisted|supported|"
    # access gained: "12 миңден ашык тургун таза сууга жетет" (residents get clean water)
    r"(?:суу|газ|жарык|электр|кызмат|жол)[а-я]*\s+(?:[а-я]+\s+)?жет(?:ет|ишет|ти|ишти|кен|ишкен)(?![а-я])"
)
_PARTICIPATED = re.compile(
    r"катышт|катышышт|катышып|катышуусу\s+менен|катышуусунда|катышкан|катышуучу|участвова|участие|участии|"
    r"присутствова|собрал|attended|среди\s+участник|катышуучулардын\s+(?:ичинен|арасында)|participated|took\s+part|participants|чогулд|жыйналд|келишт|"
    r"катышуу\s+менен|brought\s+together|gathered|joined"
)
_FUNDED = re.compile(
    r"финансыл|каржыл|грант|колдоо(?:ну)?\s+ал|финансирова|профинансир|поддержан|одобрен|выдан|выделен|"
    r"получил[аи]?\s+(?:финансир|грант|поддержк)|funded|financed|awarded|received\s+(?:funding|grants?)|"
    r"утвержден|жениш|женишке|уттап"
)
_PLANNED = re.compile(
    r"пландалууда|пландаштырылууда|пландалган|планируется|планирует|запланирован|будет|будут|предстоит|"
    r"откорулот|болот\b|will\s+be|planned|is\s+expected|plans?\s+to"
)
# Background: a figure dated "since" a year ("с 1997 года", "2015-жылдан бери", "since 2015") is the
# history of the organization, not the event's.
_SINCE = re.compile(r"(?:(?<![а-яa-z])(?:с|since)\s+((?:19|20)\d\d)(?!\s*(?:год[а-я]*|г\.)?\s*(?:по|до|[-–—]))|"
                    r"((?:19|20)\d\d)-?(?:жылдан|жылдардан)\s+(?:бери|баштап))")
# A sentence opening with an earlier year and no day ("В 2023 году …", "2022-жылы …") reports that year.
_YEAR_OPENING = re.compile(r"\s*(?:(?:в|in)\s+)?((?:19|20)\d\d)(?:\s*(?:году|г\.)|-?жылы|,)\s")
_YEAR_ANY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "300 миң сомго чейин", "до 80 тыс. сомов", "up to USD 5,000": a ceiling per grant, not a total.
_UP_TO_BEFORE = re.compile(r"(?<![а-яa-z])(?:до|up\s+to|максимум|не\s+более)\s*(?:usd|\$|eur|€|kgs)?\s*$")
_UP_TO_AFTER = re.compile(r"\s*(?:чейин|га\s+чейин|ге\s+чейин)(?![а-я])")
_PRIZE_MONEY = re.compile(r"приз|сыйлык|prize|(?<![а-я])мест[аоу]?(?![а-я])|орун(?:га|ду|дар|ду)")
_AMOUNT_LIST_BEFORE = re.compile(r"\d\s*(?:,|и|жана|and)\s*$")
_TOTAL_FUND = re.compile(r"фонд|жалпы|общ[а-я]*\s+(?:сумм|бюджет)|total|budget|бюджет")
_HEADS_BEFORE = re.compile(r"(?<![а-яa-z])(?:глав[аыуе]?|руководител[а-я]*|heads?\s+of)\s+$")
_HEADS_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?(?:башчы|жетекчи)")
_SPLIT_CUE = re.compile(
    r"(?:м\.\s?и\.?|анын\s+ичинде|алардын\s+ичинен|алардын|ичинен|из\s+них|в\s+том\s+числе|из\s+которых|"
    r"including|of\s+whom|of\s+which|among\s+them)\s*[:\-–—]?\s*$"
)
_PARTICIPANT_BEFORE = re.compile(
    r"(?:(?:участник[а-я]*|катышуучулар|participants|attendees)\s*(?:составил[а-я]*|было|стало|:|—|–|-)"
    r"|катышуучулард[а-я]*\s+саны|число\s+участник[а-я]*|количество\s+участник[а-я]*|number\s+of\s+participants"
    r"(?:\s+was)?)\s*(?:составил[а-я]*|:|—|–|-)?\s*(?:более|около|свыше|почти|примерно)?\s*$"
)
_NOT_MONEY_BEFORE = re.compile(r"(?:зарплат|айлык|цена|salary|price|тариф)[а-я]*\s*\S*\s*$")
_DISTRIBUTIVE = re.compile(r"(?<![а-я])(?:по|each|per)\s*$")
_DISTRIBUTIVE_SUFFIX = re.compile(r"(?:дон|дан|ден|тан|тен|тон)(?![а-я])")
_FOR_BEFORE = re.compile(r"(?<![а-яa-z])(?:for|для)\s+(?:(?:more\s+than|over|about|около|более)\s+)?$")
_CURRENCY_BEFORE = re.compile(r"(?<![\w])(usd|us\$|\$|eur|€|chf|kgs|rub|₽|kzt|₸)\s?$")
_CURRENCY_CODE = {"usd": "USD", "us$": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "chf": "CHF", "kgs": "KGS",
                  "rub": "RUB", "₽": "RUB", "kzt": "KZT", "₸": "KZT"}
_LSG_CONTEXT = re.compile(r"маб|жоб|мсу|айыл окмот|муниципал|мэри|администрац|госорган|мамлекеттик|"
                          r"государствен|акимиат|министр")

_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), g) for p, g in (
    (r"(?:жаштар|молод[а-я]*|youth)\s+(?:\S+\s+)?актив", "youth activists"),
    (r"(?:аял|женщин)[а-я\-]*\s*лидер", "women leaders"),
    (r"демилгелуу\s+топ|инициативн[а-я]*\s+групп", "initiative group members"),
    (r"активист", "activists"),
    (r"жаштар|жаш(?:\s|$)|молод|youth|young", "youth"),
    (r"мугалим|учител|педагог|teacher", "teachers"),
    (r"окуучу|школьник|учащ|pupil", "pupils"),
    (r"студент|student", "students"),
    (r"фермер|дыйкан|farmer", "farmers"),
    (r"ишкер|предприним|entrepreneur", "entrepreneurs"),
    (r"волонтер|ыктыярчы|volunteer", "volunteers"),
    (r"тургун|жашоочу|жител|resident", "residents"),
    (r"депутат|deput", "deputies"),
    (r"журналист", "journalists"),
    (r"медик|медработ|дарыгер|врач|медицин", "health workers"),
    (r"ата-эне|родител|parent", "parents"),
    (r"эне|матер|mother", "mothers"),
    (r"майып|инвалид|disabilit", "persons with disabilities"),
    (r"мигрант", "migrants"),
    (r"полиц|милиц", "police officers"),
    (r"лидер|leader", "leaders"),
    (r"балдар|дет[еия]|children", "children"),
))


# Small patterns used per number; compiled once.
_AIYL_OKMOT = re.compile(r"^айыл ок")
_ORDINAL_SUFFIX = re.compile(r"-([а-яa-z]+)")
_CASE_AFTER_DASH = re.compile(r"(?:ке|ка|ге|га|ко|го|ден|дан|тен|тан|дон|тон|нын|дын|тин|тын|ти|ты|ни|ны|"
                              r"дей|дай|той|дой|че|ча)")
_GLUED_CASE = re.compile(r"(?:дан|ден|дон|тан|тен|тон|ке|ка|ге|га|го|ко|у|и|тай|дай|"
                         r"дей|той|дой|тей|ти|ты|ни|ны|ту|ду|ну)")
_JASHTAR = re.compile(r"^жаштар")
_TAIL_WORDS = re.compile(r"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){0,2}")
_STAFF = re.compile(r"кызматкер|сотрудник|служащ|staff|employee|адис|специалист")
_RANGE_END_BEFORE = re.compile(r"[\d][\-–—]\s*$|[\-–—]\s*$")
_DIGIT = re.compile(r"\d")
_RANGE_OR_PERCENT_AFTER = re.compile(r"\s*[\-–—]\s*\d|\s*%")
_NUMBER_SIGN_BEFORE = re.compile(r"(?:№|no\.|n°|\+|тел\.?|tel\.?|#)\s*$")
_NAME_DASH_BEFORE = re.compile(r"[^\W\d_]-$")
_LIST_MARK_AFTER = re.compile(r"[.)]\s")
_QUOTE_AFTER = re.compile(r"\s*[»\"”']")
_REPRESENTATIVES = re.compile(r"\s*(?:представител|окул)")
_CHILDREN_NOUN = re.compile(r"\s*бала|\s*балдар")
_OPEN_PAREN_END = re.compile(r"\(\s*(?:м\.\s?и\.?\s*)?$")
_ABLATIVE_END = re.compile(r"(?:дон|дан|ден|тан|тен|тон)$")
_MORE_THAN_AFTER = re.compile(r"\s+(?:ашык|ашуун|кем|ашыгыраак)")
_TOOK_PART = re.compile(r"катышуусу\s+менен|катышт")
_CLAUSE_STOP = re.compile(r"[(.;!?\n]")


@dataclass(slots=True)
class _Count:
    num: NumberMention
    category: str
    noun_end: int  # end of the counted noun phrase
    currency: str | None = None
    group: str | None = None
    indicator: str | None = None
    sex: str = "total"
    parent: int | None = None  # index of the total a women/men count splits
    sentence: tuple[int, int] = (0, 0)
    children: list[int] = field(default_factory=list)


@dataclass(slots=True)
class IndicatorMention:
    indicator: Indicator
    parent: int | None = None  # index (in the returned list) of the total this splits by sex


def _category_of(words: list[str]) -> str | None:
    return _category_pair(words[0], " ".join(words[:2]))


@lru_cache(maxsize=1 << 16)
def _category_pair(one: str, two: str) -> str | None:
    for pattern, cat in _CATEGORIES:
        if pattern.match(two) or pattern.match(one):
            if cat == "aa_or_ao":
                return "institution" if _AIYL_OKMOT.match(two) else "settlement"
            return cat
    return None


@lru_cache(maxsize=1 << 16)
def _currency_of(word: str, pair: str) -> str | None:
    for pattern, code in _CURRENCY:
        if pattern.match(pair) or pattern.match(word):
            return code
    return None


def _counted_noun(folded: str, num: NumberMention, limit: int
                  ) -> tuple[str, int, str | None, list[str]] | None:
    """(category, phrase end, currency, words before the noun) for the noun this number counts."""
    pos = num.end
    if pos < limit and folded[pos] == "-":
        # "5-жолугушуу", "3-класс" are ordinals; "45-ке" is a case ending on a count.
        m = _ORDINAL_SUFFIX.match(folded[pos:pos + 12])
        if m and not _CASE_AFTER_DASH.fullmatch(m.group(1)):
            return None
    window_end = min(limit, pos + 90)
    skipped: list[str] = []
    # Tokens are read lazily, one ahead: most numbers are decided by their first word or two.
    toks = _TOKEN.finditer(folded, pos, window_end)
    tok = next(toks, None)
    # the gap before each token must hold no clause boundary
    prev_end = pos
    first = True
    while tok is not None:
        ahead = next(toks, None)
        word, a, b = tok.group(0), tok.start(), tok.end()
        tok = ahead
        if _STOP_IN_GAP.search(folded, prev_end, a):
            break
        if first and a == pos and _GLUED_CASE.fullmatch(word):
            first = False
            prev_end = b
            continue  # case ending glued to the digits: "130дан ашык"
        first = False
        nxt = ahead.group(0) if ahead is not None else ""
        cur = _currency_of(word, f"{word} {nxt}".strip())
        if cur and len(skipped) <= 1:
            return "money", b, cur, skipped
        if _not_counted(word):
            return None
        cat = _category_of([word, nxt] if nxt else [word])
        if cat:
            # Kyrgyz izafet: "жаштар демилгелери" counts initiatives, "мектеп окуучулары" pupils.
            if nxt and _KY_MODIFIER.match(word) and _KY_POSSESSIVE.search(nxt):
                head = _category_of([nxt])
                if head and head != cat:
                    return head, ahead.end(), None, skipped + [word]  # type: ignore[union-attr]
            return cat, b, None, skipped
        if _GENITIVE.search(word) and nxt:
            # "52 жергиликтүү кеңештин депутаты": the genitive qualifies the person counted next
            head = _category_of([nxt])
            if head in ("person", "official"):
                return head, ahead.end(), None, skipped + [word]  # type: ignore[union-attr]
        if _PHRASE_BREAK.match(word) or len(skipped) >= 4 or _GENITIVE.search(word):
            return None
        skipped.append(word)
        prev_end = b
    return None


@lru_cache(maxsize=1 << 16)
def _not_counted(word: str) -> bool:
    """A measure, a prize or another number: the number before it counts no one."""
    return bool((_MEASURE.match(word) and not _JASHTAR.match(word)) or _WINNER.match(word)
                or word.isdigit() or _NUMBER_WORD.match(word))


def _phrase_tail(folded: str, start: int, noun_end: int, limit: int) -> str:
    """The counted noun with up to two following words ("жаштар активисттери"), for group labels."""
    m = _TAIL_WORDS.match(folded[noun_end:min(limit, noun_end + 40)])
    return folded[start:noun_end] + (m.group(0) if m else "")


def _clause_after(folded: str, pos: int, limit: int, next_start: int) -> str:
    """The clause after ``pos`` up to a boundary or the next count; parentheses are skipped."""
    out: list[str] = []
    i = pos
    stop = min(limit, next_start, pos + 160)
    while i < stop:
        m = _CLAUSE_STOP.search(folded, i, stop)
        if m is None:
            out.append(folded[i:stop])
            break
        j = m.start()
        out.append(folded[i:j])
        if folded[j] != "(":
            break
        close = folded.find(")", j, min(limit, j + 120))
        if close < 0:
            break
        i = close + 1
        stop = min(limit, max(stop, _next_after(close, next_start, limit)), i + 160)
    return "".join(out)


def _next_after(close: int, next_start: int, limit: int) -> int:
    return next_start if next_start > close else limit


def _clause_before(folded: str, pos: int, floor: int) -> str:
    start = max(floor, pos - 90)
    seg = folded[start:pos]
    cut = max(seg.rfind(c) for c in ".;:!?\n,")
    seg = seg[cut + 1:]
    conj = max(seg.rfind(" жана "), seg.rfind(" and "))
    return seg[conj + 1:] if conj >= 0 else seg


def _group_of(words: str, before: str) -> str | None:
    return _group_cached(words, before[-30:])


@lru_cache(maxsize=1 << 14)
def _group_cached(words: str, before_tail: str) -> str | None:
    for pattern, label in _GROUPS:
        if pattern.search(words):
            return label
    if _STAFF.search(words) and _LSG_CONTEXT.search(before_tail + " " + words):
        return "LSG staff"
    return None


def _starts_line(folded: str, a: int) -> bool:
    """Only blanks between the line start and ``a`` (looked for near ``a`` first: lines can be long)."""
    near = folded[max(0, a - 64):a]
    cut = near.rfind("\n")
    if cut >= 0 or a <= 64:
        return not near[cut + 1:].strip()
    if near.strip():
        return False
    return not folded[folded.rfind("\n", 0, a) + 1:a].strip()


def _is_excluded(folded: str, num: NumberMention, floor: int) -> bool:
    a, b = num.start, num.end
    before = folded[max(floor, a - 3):a]
    after = folded[b:b + 3]
    if _RANGE_END_BEFORE.search(before) and _DIGIT.search(folded, max(floor, a - 6), a):
        return True  # second half of a range "80—120"
    if _RANGE_OR_PERCENT_AFTER.match(after):
        return True  # first half of a range, or a percentage
    if _NUMBER_SIGN_BEFORE.search(folded[max(floor, a - 6):a]):
        return True
    if _NAME_DASH_BEFORE.search(folded[max(floor, a - 2):a]):
        return True  # part of a name: "Алай-2", "Ак-Ордо-3"
    if _LIST_MARK_AFTER.match(folded[b:b + 2]) and _starts_line(folded, a):
        return True  # list numbering "1. ..." / "2) ..."
    if folded[b:b + 1] == "." and _DIGIT.match(folded, b + 1, b + 2):
        return True
    if 1950 <= num.value <= 2100 and not num.words and _QUOTE_AFTER.match(folded[b:b + 3]):
        return True  # a year in a name: «Жаш лидер – 2024»
    return num.value > 1e12


def find_indicators(folded: str, sentences: list[tuple[int, int]], numbers: list[NumberMention],
                    text: str) -> list[IndicatorMention]:
    """Indicators from ``numbers`` (already free of dates) within the given sentences."""
    counts: list[_Count] = []
    starts = [n.start for n in numbers]
    main_year = _main_year(folded)
    for s_start, s_end in sentences:
        lo = bisect_left(starts, s_start)
        hi = bisect_left(starts, s_end, lo)
        if lo < hi and _is_background(folded, s_start, s_end, main_year):
            continue
        for num in (numbers[lo:hi] if lo < hi else ()):
            if _is_excluded(folded, num, s_start):
                continue
            if num.words and num.value == 1 and not num.multiplied:
                continue  # "бир"/"один" alone is an article far more often than a count
            noun = _counted_noun(folded, num, s_end)
            cur = _CURRENCY_BEFORE.search(folded, max(s_start, num.start - 5), num.start)
            if cur and (noun is None or noun[0] != "money"):
                noun = ("money", num.end, _CURRENCY_CODE[cur.group(1)], [])
            if noun is None:
                before = folded[max(s_start, num.start - 60):num.start]
                if _PARTICIPANT_BEFORE.search(before):
                    counts.append(_Count(num, "participant", num.end, sentence=(s_start, s_end)))
                continue
            cat, noun_end, currency, skipped = noun
            if cat == "official" and _REPRESENTATIVES.match(folded[num.end:noun_end]) \
                    and "," in folded[noun_end:min(s_end, noun_end + 60)] \
                    and not _SPLIT_CUE.search(folded[max(s_start, num.start - 30):num.start]):
                cat = "person"  # "представителей органов МСУ, министерств, депутатов": everyone present
            if cat == "institution" and (_HEADS_BEFORE.search(folded, max(s_start, num.start - 16), num.start)
                                         or _HEADS_AFTER.match(folded, noun_end)):
                cat = "official"  # "главы 28 айыл окмоту", "45 айыл өкмөт башчысы": people, not bodies
            c = _Count(num, cat, noun_end, currency, sentence=(s_start, s_end))
            words = _phrase_tail(folded, num.end, noun_end, s_end)
            before = _clause_before(folded, num.start, s_start)
            if cat in ("person", "participant", "female", "male", "official"):
                c.group = _group_of(words, before) if cat != "official" else None
            counts.append(c)
    _link_sex_splits(folded, counts)
    _classify(folded, counts)
    return _emit(counts, text)


def _main_year(folded: str) -> int | None:
    """The year the text names most often (the latest on a tie): the year of the reported event."""
    seen: dict[int, int] = {}
    for m in _YEAR_ANY.finditer(folded):
        y = int(m.group(0))
        seen[y] = seen.get(y, 0) + 1
    return max(seen, key=lambda y: (seen[y], y)) if seen else None


def _is_background(folded: str, s_start: int, s_end: int, main_year: int | None) -> bool:
    """A sentence about history: "с 1997 года реализовано…", or opening with an earlier year."""
    if main_year is None:
        return False
    since = _SINCE.search(folded, s_start, s_end)
    if since and int(since.group(1) or since.group(2)) <= main_year - 5:
        return True  # an organization's history; a project's results "since 2021" are still its results
    m = _YEAR_OPENING.match(folded, s_start, s_end)
    return bool(m and int(m.group(1)) < main_year)


def _link_sex_splits(folded: str, counts: list[_Count]) -> None:
    for i, c in enumerate(counts):
        if c.category not in ("female", "male") and not (
                c.category == "person" and _CHILDREN_NOUN.match(folded[c.num.end:c.noun_end])):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            p = counts[j]
            if p.sentence != c.sentence and not _split_opens(folded, p, c):
                break
            if p.category in ("female", "male"):
                if p.parent is not None and c.category in ("female", "male"):
                    c.parent = p.parent  # "из них 150 женщин и 65 мужчин": siblings share the total
                    counts[p.parent].children.append(i)
                    break
                if p.parent is not None:
                    continue
                if c.category == "person" and p.category == "female":
                    c.category = "male"  # "25 кыз, 10 бала": boys after girls
                break
            if p.category not in ("person", "participant", "official"):
                break
            between = folded[p.noun_end:c.num.start]
            if "(" in between and ")" not in between or _SPLIT_CUE.search(between) \
                    or _OPEN_PAREN_END.search(between):
                c.parent = j
                p.children.append(i)
            break
        if c.category == "person":  # "бала" not after girls: children, not boys
            c.group = c.group or "children"


def _split_opens(folded: str, p: _Count, c: _Count) -> bool:
    """"52 участника. Из них 38 женщин…": a sentence opening with a split cue splits the last total."""
    if p.sentence[1] < c.sentence[0] - 3 or p.sentence[1] - p.noun_end > 80:
        return False  # not the sentence just before, or the total is far from its end
    return bool(_SPLIT_CUE.match(folded[c.sentence[0]:c.num.start].strip()))


def _classify(folded: str, counts: list[_Count]) -> None:
    # Counts come sentence by sentence: each sentence's counts are one contiguous block.
    block: dict[tuple[int, int], tuple[int, int]] = {}
    for i, c in enumerate(counts):
        lo, _ = block.get(c.sentence, (i, i))
        block[c.sentence] = (lo, i + 1)
    for i, c in enumerate(counts):
        s_start, s_end = c.sentence
        nxt = next((counts[j].num.start for j in range(i + 1, block[c.sentence][1])
                    if counts[j].parent != i), s_end)
        after = _clause_after(folded, c.noun_end, s_end, nxt)
        before = _clause_before(folded, c.num.start, s_start)
        clause = before + " | " + folded[c.num.end:c.noun_end] + " " + after
        if c.category == "money":
            if _UP_TO_BEFORE.search(folded, max(s_start, c.num.start - 20), c.num.start) or \
                    _UP_TO_AFTER.match(folded, c.noun_end) or \
                    (_PRIZE_MONEY.search(clause) and not _TOTAL_FUND.search(clause)
                     and (_AMOUNT_LIST_BEFORE.search(folded, max(s_start, c.num.start - 12), c.num.start)
                          or sum(o.category == "money" and o.sentence == c.sentence for o in counts) > 1)):
                continue  # a ceiling per grant ("до 80 тыс. сомов") or a list of prizes per place, not a total
            if _NOT_MONEY_BEFORE.search(before) or _DISTRIBUTIVE.search(before) or \
                    _DISTRIBUTIVE_SUFFIX.match(folded, c.noun_end) or \
                    (_ABLATIVE_END.search(folded[c.num.end:c.noun_end])
                     and not _MORE_THAN_AFTER.match(folded[c.noun_end:c.noun_end + 12])):
                continue  # a price, or "50 миң сомдон" / "по 50 тысяч": an amount each, not the total
            c.indicator = "funding_amount"
        elif c.category == "grant":
            c.indicator = None if _PLANNED.search(clause) else "grants_awarded"
        elif c.category == "initiative":
            rest = folded[c.num.end:s_end]
            if _FUNDED.search(rest[:200]) or any(o.category == "money" and o.sentence == c.sentence
                                                 and o.num.start > c.num.start for o in counts):
                c.indicator = "grants_awarded"
        elif c.category == "session":
            if not _PLANNED.search(after) and not _PRIZE_CUE.search(after):
                c.indicator = "sessions_held"
        elif c.category == "settlement":
            if not _PRIZE_CUE.search(after) and not _PLANNED.search(clause):
                c.indicator = "settlements_covered"
        elif c.category == "institution":
            if not _PRIZE_CUE.search(after) and not _PLANNED.search(clause):
                c.indicator = "institutions_covered"
        elif c.parent is None:
            c.indicator = _person_indicator(c, clause, folded)
    # Coordinated counts share one predicate: "254 адам ... жана 45 жетекчи катышты".
    for i, c in enumerate(counts):
        if c.indicator or c.parent is not None or c.category not in ("person", "female", "male", "official"):
            continue
        lo, hi = block[c.sentence]
        for j in list(range(i + 1, hi)) + list(range(i - 1, lo - 1, -1)):
            o = counts[j]
            if o.parent is not None or o.indicator is None:
                continue
            if o.category in ("person", "participant", "female", "male", "official") \
                    and abs(o.num.start - c.num.start) < 160:
                base = o.indicator
                if base == "officials_participants":
                    base = "participants"
                c.indicator = "officials_participants" if (c.category == "official" and base == "participants") \
                    else base
            break
    for c in counts:
        if c.category in ("female", "male"):
            c.sex = c.category
        if c.parent is not None:
            parent = counts[c.parent]
            c.indicator = parent.indicator
            if c.indicator == "officials_participants":
                pass
            c.group = c.group if c.group not in (None, "children") else parent.group


def _person_indicator(c: _Count, clause: str, folded: str) -> str | None:
    if _PLANNED.search(clause) and not _PARTICIPATED.search(clause):
        return None
    if _TRAINED.search(clause):
        return "people_trained"
    if _BENEFIT.search(clause) and not _TOOK_PART.search(clause):
        return "beneficiaries"
    if c.group in ("children", "pupils", "residents", "persons with disabilities") and \
            _FOR_BEFORE.search(clause.split(" | ")[0]) and not _PARTICIPATED.search(clause):
        return "beneficiaries"  # "a kindergarten for 90 children"
    if _PARTICIPATED.search(clause) or c.category == "participant":
        return "officials_participants" if c.category == "official" else "participants"
    return None


def _emit(counts: list[_Count], text: str) -> list[IndicatorMention]:
    out: list[IndicatorMention] = []
    index: dict[int, int] = {}
    for i, c in enumerate(counts):
        if c.indicator is None:
            continue
        unit = c.currency if c.indicator == "funding_amount" else _UNITS[c.indicator]
        if unit is None:
            continue
        start = c.num.start
        end = c.noun_end if c.category not in ("participant",) or c.noun_end > c.num.end else c.num.end
        parent = index.get(c.parent) if c.parent is not None else None
        ind = Indicator(c.indicator, c.num.value, unit, c.sex, c.group if c.indicator != "funding_amount" else None,
                        text[start:end], (start, end))
        index[i] = len(out)
        out.append(IndicatorMention(ind, parent))
    return out


_UNITS = {
    "participants": "person", "officials_participants": "person", "people_trained": "person",
    "beneficiaries": "person", "sessions_held": "session", "settlements_covered": "settlement",
    "institutions_covered": "institution", "grants_awarded": "grant",
}
