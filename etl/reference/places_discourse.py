"""Clauses and sentences whose places the reported event did not reach, read from their grammar:
a verb in the future ("мындай сынактар быйыл Талас облусунда өтөт", "лучшие команды поедут в
Бишкек", "турнир Баткен облусунун үч шаарында өткөрүлөрүн билдирди"), a figure about a place in general (a rate, a share, a
count per year), and the seat of an office or embassy ("the KfW Office in Bishkek", "Бишкектеги
элчилиги").  The labels count the event's places and the areas the reported activity covers.

Every pattern reads the folded match text (lowercase, ө ү ң as о у н, dashes and hyphens as spaces)
of one clause or sentence, so the cost per name stays constant."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.last_words import last_words, word_end

# Kyrgyz future (aorist) of the verbs that tell an event or its reach: "өтөт", "өткөрүлөт",
# "уюштурушат", "болот", "барышат"; a past tense never ends so.
_KY_FUTURE = re.compile(
    r"(?<![а-я])(?:от(?:от|ушот)|откор(?:от|ушот|обуз|улот|улушот)|уюштур(?:ат|ушат|абыз|улат)|бол(?:от|ушат)|"
    r"ач(?:ат|ышат|ылат)|бер(?:ет|ишет|илет)|тапшырылат|жургуз(?:от|улот|ушот)|"
    r"бар(?:ат|ышат)|катыш(?:ат|ышат)|жонотулот|улант(?:ат|ылат|ышат)|жайылт(?:ат|ылат|ышат))(?![а-я])")
# A Kyrgyz future participle told as what someone said or plans: "өткөрүлөрүн билдирди", "ачыларын
# айтты", "болорун белгиледи", "өтө турган", "уюштурула турган".
_KY_FUTURE_PARTICIPLE = re.compile(
    r"(?<![а-я])(?:от|откор|откорул|бол|уюштур|уюштурул|ач|ачыл|баштал|курул|кур|улант|уланты|"
    r"кел|бар|жургуз|жургузул|бер|берил|тапшырыл|жайылт|жайылтыл)(?:оор|аар|ээр|ор|ар|ер|ур|ыр|ир)"
    r"(?:ын|ин|ун|ы|и|у|лыгы\w*|дыгы\w*)?(?![а-я])"
    r"|(?<![а-я])(?:от[оу]|откорул[оу]|уюштурул[аы]|ачыл[аы]|бол[оу])\s+турган\w*")
# Russian and English futures the shared plan pattern does not hold: travel and representation.
_RU_EN_FUTURE = re.compile(
    r"(?<![а-яa-z])(?:поед(?:ут|ет)|отправ(?:ятся|ится)|выед(?:ут|ет)|примут\s+участие|примет\s+участие|"
    # what a place's bodies will receive: "в апреле такое же оборудование получат участки Ала-Букинского района"
    r"получ(?:ат|ит)|to\s+follow|представят|будут\s+представлять|will\s+(?:go|travel|represent|compete|take\s+part|participate|be\s+sent|"
    r"head|move|run|continue|follow)|will\s+also\s+(?:work|expand|extend)|plans?\s+(?:a|an|another|similar|more|further|new|its|their)|"
    r"планирует\s+(?:провести|открыть|организовать)|пландап\s+жатат)(?![а-яa-z])")
_PAST_EVENT = re.compile(
    r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|организовал\w*|отту|"
    r"откорулду|откорушту|уюштурулду|уюштурду|уюштурушту|held|took\s+place|"
    r"hosted|opened|открыл\w*|открыт\w*|ачылды|ачты|приняли\s+участие|took\s+part|катышты|катышышты)"
    r"(?![а-яa-z])")


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def future_clause(ft: str, a: int, b: int) -> bool:
    """The clause ``ft[a:b]`` tells what will happen.  What a project will cover, with a count ("It will
    cover 40 municipalities in Jalal-Abad and Osh regions"), is its coverage: not read here."""
    if _KY_FUTURE.search(ft, a, b) or _KY_FUTURE_PARTICIPLE.search(ft, a, b) or _RU_EN_FUTURE.search(ft, a, b):
        return not _PAST_EVENT.search(ft, a, b)
    return False


_COUNT = re.compile(r"\d")
# A clause that prices goods ("цена килограмма на рынке Джалал-Абада составляла 220 сомов"), counts who
# live in a place ("в районе проживает около 90 тысяч человек") or tells whom a survey asked ("опрошены
# 1 200 молодых людей в Баткенской и Ошской областях"): figures about the place, not the event's.
_PRICE = re.compile(r"(?<![а-яa-z])(?:цен[аеуы]\w*|стоимост\w*|prices?|costs?|баасы\w*|наркы\w*)(?![а-яa-z])")
_POPULATION = re.compile(r"(?<![а-яa-z])(?:проживает|проживают|население|населения|населением|численность\w*|калкы\w*|жашайт|жашашат|"
                         r"population|inhabitants)(?![а-яa-z])")
_PEOPLE_COUNT = re.compile(r"\d[\d\s,.]*\s*(?:тыс\w*|млн|человек|жител\w*|адам\w*|мин\w*|people|residents|inhabitants|"
                           r"thousand|million)(?![а-яa-z])")
_SURVEYED = re.compile(r"(?<![а-яa-z])(?:опрош\w*|опрос\w*|респондент\w*|respondents?|surveyed|survey\s+(?:of|among|covered)|"
                       r"сурамжыл\w*|"
                       # where a study measured or was carried out: "Замеры проводились ... в 14 точках Свердловского
                       # района", "Жалал-Абад облусунда мындай изилдөө биринчи жолу жүргүзүлүп жатат"
                       r"замер(?:ы|ов|ами)|изилдоо\s+(?:[а-я]+\s+){0,2}?жургузул\w*|"
                       r"исследовани[ея]\s+(?:[а-я]+\s+){0,2}?(?:проводил|проведен)\w*)(?![а-яa-z])")


# "lies some 270 km by road from Jalal-Abad city", "расстояние от села до г. Джалал-Абад — около 280 км":
# a place that only measures a distance.
_DISTANCE = re.compile(r"\d\s*(?:км|km|километр\w*|kilomet\w*|чакырым\w*|miles?)(?![а-яa-z])")
_MEASURED = re.compile(r"(?<![а-яa-z])(?:from|от|до|away|расстояни\w*|алыс\w*|аралык\w*)(?![а-яa-z])")


def distance_point(ft: str, a: int, pos: int, b: int) -> bool:
    """The name at ``pos`` comes after "from"/"до" in a clause ``ft[a:b]`` that measures a distance ("в селе
    Байтик — в 25 км от Бишкека": the village is the event's, the city only measures)."""
    # the word may stand before the clause's cut ("до г. Джалал-Абад": the point after "г" cut it)
    return bool(_DISTANCE.search(ft, a, b) and _MEASURED.search(ft, min(a, max(0, pos - 30)), pos))


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def figure_clause(ft: str, a: int, b: int) -> bool:
    """The clause ``ft[a:b]`` prices goods, counts residents or tells whom a survey asked."""
    if _SURVEYED.search(ft, a, b):
        return True
    if _POPULATION.search(ft, a, b) and _PEOPLE_COUNT.search(ft, a, b):
        return True
    return bool(_PRICE.search(ft, a, b) and _COUNT.search(ft, a, b))


# A figure about a place in general: a rate or share ("уровень безработицы ... составил 2,1%", "64
# пайызы") or a count per year ("receives 200,000 visitors a year", "жыл сайын", "ежегодно").
_RATE = re.compile(r"\d\s?%|(?<![а-яa-z])(?:процент\w*|пайыз\w*|percent|per\s+cent)(?![а-яa-z])")
_PER_YEAR = re.compile(r"(?<![а-яa-z])(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|в\s+год|ежегодно|"
                       r"каждый\s+год|жылына|жыл\s+сайын)(?![а-яa-z])")


@lru_cache(maxsize=64)  # pure; asked again for the same span by the names (counts) of one sentence
def figure_sentence(ft: str, s_start: int, s_end: int) -> bool:
    """The sentence ``ft[s_start:s_end]`` states a rate, a share or a yearly count (the caller checks
    that it tells no event)."""
    if _RATE.search(ft, s_start, s_end):
        return True
    return bool(_PER_YEAR.search(ft, s_start, s_end) and _COUNT.search(ft, s_start, s_end))


# "the KfW Office in Bishkek", "Embassy of Switzerland in", "Посольство Великобритании в", "офис ПРООН в":
# an office and its seat; capitalised words (a body's name) may stand between.
_OFFICE_BEFORE = re.compile(
    r"(?<![\w])(?:[Oo]ffice|[Ee]mbass(?:y|ies)|[Cc]onsulate|[Hh]eadquarters|[Rr]epresentation|[Оо]фис\w*|"
    r"[Пп]осольств\w*|[Пп]редставительств\w*|[Кк]онсульств\w*|[Шш]таб-квартир\w*)"
    r"(?:[^\S\n]+(?:of|the|and|[A-ZА-ЯЁ][\w.»«\"-]*)){0,5}[^\S\n]+(?:in|в|во)[^\S\n]+"
    r"(?:(?:г\.|города|the\s+city\s+of)[^\S\n]*)?$")
# "held at the UNDP office in Naryn", "в офисе ПРООН в Нарыне", "inside the embassy": the office is the venue.
_VENUE_BEFORE = re.compile(r"(?:(?<![\w])(?:at|inside|in)[^\S\n]+(?:the[^\S\n]+)?(?:[\w.-]+[^\S\n]+){0,3}|"
                           r"(?<![\w])(?:в|во)[^\S\n]+(?:здании[^\S\n]+)?)$")
_LOCATIVE_OFFICE = re.compile(r"(?:офисе|посольстве|представительстве|консульстве)$", re.IGNORECASE)


_OFFICE_LAST = last_words(_OFFICE_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def office_seat(text: str, start: int) -> bool:
    """The name at ``start`` follows an office or embassy and "in": where that body sits, unless the
    office is where something is held ("at the UNDP office in Naryn")."""
    lo = max(0, start - 90)
    m = _OFFICE_BEFORE.search(text, lo, start) if text.endswith(_OFFICE_LAST, lo, word_end(text, lo, start)) else None
    if not m:
        return False
    office_end = m.start() + len(re.match(r"\w+", text[m.start():]).group())  # type: ignore[union-attr]
    if _LOCATIVE_OFFICE.search(text, m.start(), office_end):
        return False
    return not _VENUE_BEFORE.search(text, max(0, m.start() - 40), m.start())


# Sentence adverbs that open a sentence with a capital and a comma ("Мисалы, Түп айыл аймагынын бюджети
# ...", "Например, в селе ..."): read backwards from a level word, they look like the first name of a
# list.  Folded (ө ү ң as о у н).
DISCOURSE_WORDS = frozenset({
    "мисалы", "маселен", "алсак", "бирок", "ошентип", "демек", "ошондуктан", "анткени", "андан", "кийин",
    "акырында", "акыры", "жалпысынан", "негизинен", "биринчиден", "экинчиден", "учунчудон", "ошондой", "мындан",
    "учурда", "азыр", "бугун", "кечээ", "быйыл", "былтыр", "жыйынтыгында", "натыйжада", "айтмакчы", "чынында",
    "албетте", "кыскасы", "тактап", "атап", "мындай", "ошол", "ушул", "тескерисинче", "баарынан",
    "например", "однако", "итак", "поэтому", "также", "кроме", "впрочем", "сегодня", "вчера", "сейчас", "ныне",
    "кстати", "конечно", "словом", "итого", "следовательно", "затем", "далее", "потом", "ранее", "всего",
    "напомним", "во-первых", "во-вторых", "в-третьих", "таким",
    "however", "also", "moreover", "meanwhile", "today", "yesterday", "thus", "therefore", "first", "second",
    "finally", "overall", "additionally", "furthermore", "besides", "instead", "for",
})


def discourse_word(name: str) -> bool:
    """``name`` is a sentence adverb, not a place's name."""
    return name.lower().replace("ө", "о").replace("ү", "у").replace("ң", "н") in DISCOURSE_WORDS


# A note for editors after the story ("Справка: ...", "Маалымат үчүн: ...", "About the project: ...",
# "Notes to editors"): what the project or body does in general, not the reported event.
_REFERENCE_OPENING = re.compile(
    r"[^\S\n]*(?:[#*_]+[^\S\n]*)?(?i:справка|справочно|для\s+справки|о\s+проекте|о\s+программе|маалымат\s+[уү]ч[уү]н|"
    r"кошумча\s+маалымат|долбоор\s+(?:ж[оө]н[уү]нд[оө]|тууралуу)|кыскача\s+маалымат|for\s+reference|"
    r"about\s+the\s+(?:project|programme|program|organi[sz]ation)|notes?\s+(?:to|for)\s+editors|background)"
    # the paper's own tag may follow: "Справка «СК».", "Справка АКИpress:"
    r"(?:[^\S\n]+(?:«[^»\n]{1,30}»|\"[^\"\n]{1,30}\"|[A-ZА-Я][\w-]{0,20}))?"
    r"[*_]*[^\S\n]*[:.—–-]")


def reference_paragraph(text: str, start: int) -> bool:
    """The name at ``start`` is in a paragraph that opens with a note marker, or in the paragraph right
    under a heading line that is only that marker."""
    line_start = text.rfind("\n", 0, start) + 1
    if _REFERENCE_OPENING.match(text, line_start):
        return True
    pos = line_start - 1
    while pos > 0 and text[pos - 1] in " \t\n":
        pos -= 1
    prev = text.rfind("\n", 0, pos) + 1
    return pos > prev and bool(_REFERENCE_OPENING.match(text[prev:pos] + ":")) and pos - prev < 40


# What a sentence retells about an earlier year: someone reminds of it, cites data, or names earlier work
# ("напомнила, что в 2023 году в Иссык-Кульской области было зарегистрировано 412 случаев", "Расмий
# маалыматтар боюнча, 2023-жылы Ош облусунда ...", "FAO's earlier work in Suzak district reached ... in 2022").
_RETOLD = re.compile(
    # "... өткөнүн эске салды" (reminded that), as "напомнила, что"
    r"(?<![а-яa-z])(?:напомнил\w*|напомина\w*|эскертти|эскерте\w*|эске\s+сал(?:ды|ып|ган\w*)|reminded|recalled|earlier|прежн\w*|"
    # a speaker's account ("Директордун айтымында, Ош облусунда 2024-жылы ... катталган", "По словам
    # координатора, в 2023 году конкурс проходил в Оше"): their statistics or an earlier round
    r"айтымында|по\s+(?:\w+\s+)?словам|"
    # reported speech ("Представитель посольства сообщил, что ... в 2020 году 20 тракторов получили фермеры ...")
    r"(?:сообщил|рассказал|отметил|заявил|напомнил)\w*,?\s+что|(?:said|told|noted|added)\s+that|"
    r"(?:по|согласно)\s+данным|маалымат\w*\s+(?:боюнча|ылайык|караганда)|according\s+to|official\s+(?:data|figures))"
    r"(?![а-яa-z])")


def retold_marker(ft: str, s_start: int, s_end: int) -> bool:
    """The sentence reminds, cites data or names earlier work (the caller checks for an earlier year)."""
    return bool(_RETOLD.search(ft, s_start, s_end))
