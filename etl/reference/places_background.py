"""Where a found name is told as background or page furniture rather than as the event's place:
a reminder of earlier work, a sentence about an earlier year, a postal address, a byline, a
quoted institution name, or a common word that is also a small town's name."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.last_words import last_words, word_end
from etl.reference.places_byline import byline
from etl.reference.places_context import COUNTED
from etl.reference.places_describe import describes_place
from etl.reference.places_discourse import figure_sentence, retold_marker
from etl.reference.places_habitual import habitual_sentence
from etl.reference.places_plans import trend_sentence
from etl.reference.places_record import another_such, earlier_record, record_kept
from etl.text import main_year

# "Напомним, в 2023 году аналогичное обучение прошли ...", "Эске салсак, ...", "Recall that ...":
# the sentence retells earlier work; its places are not the reported event's.
_REMINDER_OPENING = re.compile(
    r"[^\w]*(?:напомним|напоминаем|напомню|эске\s+салсак|эске\s+сала\s+кетсек|эске\s+салып\s+кетсек|"
    r"эскерте\s+кетсек|as\s+a\s+reminder|recall\s+that|we\s+recall|ранее|мурда|мурдараак|буга\s+чейин|"
    r"previously|earlier|как\s+сообщалось|as\s+reported|"
    # an earlier phase of the project: "Долбоордун биринчи жылында ...", "В первый год проекта ...", "In its first year"
    r"(?:долбоордун|программанын|демилгенин)\s+биринчи\s+(?:жылында|этабында)|"
    r"(?:в|за)\s+первый\s+год\s+(?:проекта|программы|работы)|на\s+первом\s+этапе\s+(?:проекта|программы)|"
    r"in\s+(?:its|the\s+(?:project|programme|program)[’']s)\s+first\s+(?:year|phase))(?![а-яa-z])")
# "Анын айтымында, Нарынга чейин автобус жумасына эки гана жолу барат", "По её словам, ...": what a
# person of a case story says about their life; a named source ("По словам организаторов") is not this.
_PRONOUN_SAID_OPENING = re.compile(
    r"[^\w]*(?:анын|алардын)\s+айтымында|[^\w]*по\s+(?:его|ее|их)\s+словам|[^\w]*according\s+to\s+(?:him|her|them)\b")
# "Аналогичный тренинг в 2022 году прошел в Нарыне": an earlier, similar event anywhere in the sentence.
_SIMILAR = re.compile(r"(?<![а-яa-z])(?:аналогичн\w*|подобн\w*|такой\s+же|такие\s+же|similar|ушундай(?:\s+эле)?|"
                      r"мындай\s+эле|ушул\s+сыяктуу)(?![а-яa-z])")
# "аналогичные центры уже работают в Караколе", "similar groups already exist in Naryn", "мындай эле борборлор
# буга чейин Ошто иштейт": the like of the reported thing exists elsewhere already.
_ALREADY = re.compile(r"(?<![а-яa-z])(?:уже|already|буга\s+чейин|мурдатан|эчак(?:ан)?)(?![а-яa-z])")
# "Кийинки акциябыз 1-июнда Ак-Суу районунда өтөт", "Следующая встреча — в Караколе", "Next, the team
# will ...": a sentence that opens with the next event is about that event; "the next day" narrates.
_NEXT_OPENING = re.compile(
    r"[^\w]*(?:кийинки|следующ\w+|в\s+следующий\s+раз)(?![а-яa-z])(?![^\S\n]+(?:кун\w*|день|дня)\b)")
# ... unless it narrates in the past: "Следующим пунктом визита стал Кочкор", "Кийинки жолугушуу
# Кочкор районунда болду" (a Kyrgyz past verb closes the sentence).
_RU_PAST = re.compile(r"(?<![а-я])(?:стал[аи]?|был[аи]?|побывал\w*|отправил\w*|переехал\w*)(?![а-я])")
_KY_PAST_END = re.compile(r"(?:[дт][ыиу]|[дт][ыиу]к|[дт][ыиу]м|[гк][аео]н)[^\w]*$")
_YEAR_IN_SENTENCE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*(?:году|г\.)|[-\s]?жылы(?![а-я]))|(?<![a-z])in\s+((?:19|20)\d\d)(?!\d)")
# A plan told without a future tense the clause rules read: "UNDP plans to build four more stations in ..." (not
# "presented their business plans to the jury"),
# "a new phase is being prepared", "новый этап готовится", "жаңы долбоор даярдалууда"; and a year after the
# report's own as a deadline ("by 2027", "до 2027 года", "2027-жылга чейин") or a span ("for 2026–2030").
_PLAN = re.compile(r"(?<![a-zа-я])(?:plans?\s+to\s+(?!(?:a|an|the|their|its|his|her|our|your|this|these|those|local|\d+)\b)[a-z]+|planning\s+to|(?:is|are)\s+being\s+prepared|will\s+focus|"
                   r"готовит(?:ся|ь)|разрабатыва\w+|даярдал(?:ып\s+жатат|ууда))(?![a-zа-я])")
_DEADLINE_YEAR = re.compile(r"(?<![a-zа-я])(?:by|until|till|through|for|до|к)\s+((?:19|20)\d\d)(?!\d)|"
                            r"(?<!\d)((?:19|20)\d\d)[-\s]?жылга\s+(?:чейин|карата)")
_ALSO = re.compile(r"(?<![а-яa-z])(?:также|тоже|also|as\s+well|дагы)(?![а-яa-z])")
_STARTED = re.compile(r"(?<![a-zа-я])(?:started|began|launched|начал\w*|стартовал\w*|запущен\w*|башталган|башталды|"
                      r"башталып|ишке\s+киргизилген)(?![a-zа-я])")
# What an organization has done since an earlier year ("Since 1998, ...", "работает в Кыргызстане с 1994
# года, в том числе в ...", "2010-жылдан бери ... иштейт"): the whole sentence is background.
_SINCE = re.compile(r"(?<![a-zа-я])(?:since\s+((?:19|20)\d\d)|с\s+((?:19|20)\d\d)\s+(?:года|г\.)|"
                    r"((?:19|20)\d\d)[-\s]?жылдан\s+(?:бери|баштап))")
_RELATIVE = re.compile(r"(?<![a-zа-я])(?:where|which|who|где|который|которая|которое|которые|которых)(?![a-zа-я])")
# A sentence that opens with a year ("В 2023 году ...", "2022-жылы ...", "In 2021, ...").
_YEAR_OPENING = re.compile(r"[^\w]*(?:(?:в|in)\s+)?((?:19|20)\d\d)(?:\s*(?:году|г\.)|[-\s]?жылы|,)\s")
# "720040, г. Бишкек", "г. Бишкек, ул. Раззакова, 19": an address (a page footer, a contact line).
_POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{6}[^\S\n]*,?[^\S\n]*(?:г\.|город|шаары)?[^\S\n]*$")
_STREET_NEXT = re.compile(r"[^\S\n]*,[^\S\n]*(?:ул\.|улица|пр\.|пр-т|проспект|мкр\.|кочосу|көчөсү|\w+\s+(?:street|avenue))",
                          re.IGNORECASE)
# "Office: 93 Kievskaya St., Bishkek", "ул. Ленина, 27, г. Нарын": a street and a house number, then the city.
_STREET_HOUSE_BEFORE = re.compile(
    r"(?:\d+[a-zа-я]?[^\S\n]+[A-ZА-ЯЁ][\w-]+[^\S\n]+(?:St|Str|Street|Ave|Avenue|Blvd|Rd|Road)\.?|"
    r"(?<![\w])(?:ул\.|улица|пр\.|пр-т|проспект|мкр\.)[^\S\n]*[A-ZА-ЯЁ][\w.-]+(?:[^\S\n]+[A-ZА-ЯЁ][\w-]+)?,?[^\S\n]*\d+[а-яa-z/\d]*)"
    r"[^\S\n]*,[^\S\n]*(?:г\.|город|шаары|city[^\S\n]+of)?[^\S\n]*$")
# "Ысык-Көл облусу, Ак-Суу району, Ак-Булуң айылы, Ленин көчөсү, 12": the name opens a postal address, a
# chain of comma-separated parts on one line that ends in a street and a house number.
_ADDRESS_TAIL = re.compile(
    r"[^,.\n]{0,10}\.?,(?:[^,\n]{1,40},){0,4}?[^,\n]{0,30}?(?<![а-яa-z])(?:кочосу|ул\.|улица|пр\.|пр-т|проспект\w*|"
    r"бульвар\w*|мкр\.|street|st\.|avenue|ave\.|str\.)[^\n\d]{0,12}\d")
# "14:32, 17 апреля 2024, Бишкек - 24.kg": a byline's place of writing, followed by the agency.
_AGENCY_NEXT = re.compile(
    r"[^\S\n]*[-–—][^\S\n]*(?:[\w-]+\.(?:kg|ru|com|org|kz|net)\b|кабар\b|kabar\b|акипресс|akipress|"
    r"ия\b|иа\b|sputnik|спутник|азаттык|azattyk|kaktus|ntv\b|кнс\b)", re.IGNORECASE)
# "Bishkek — KOICA Kyrgyz Republic Office", "Ош — пресс-служба мэрии": a byline naming the office that wrote it.
_OFFICE_BYLINE_NEXT = re.compile(
    r"[^\S\n]*[-–—][^\S\n]*[^\n.!?]{0,60}?(?:\b(?:office|press\s+(?:service|office|centre|center))\b|"
    r"пресс[-\s](?:служба|центр)\w*|басма\s+с[өо]з\s+кызмат\w*)[^\n.!?]{0,30}?[*_]*[^\S\n]*(?:\n|$)",
    re.IGNORECASE)
# A local body's site header: "ТАМЧЫ АЙЫЛ ӨКМӨТҮ" over "Ысык-Көл облусу, Ысык-Көл району" names where
# the body sits, not where the news happened.
_BODY_HEADER = re.compile(r"[^\S\n]*[^\Wa-zа-яёөүң\d][^a-zа-яёөүң\n]{3,80}(?:ӨКМӨТҮ|АЙМАГЫ|МЭРИЯ\w*|АДМИНИСТРАЦИЯ\w*|"
                          r"КЕҢЕШИ|КЕНЕШИ|АКИМИАТ\w*|ОКМОТУ|МУНИЦИПАЛИТЕТ\w*|CITY\s+HALL|ADMINISTRATION)[^\S\n]*\n")
# "Азаттыктын Нарындагы кабарчысы", "корреспондент в Нарыне": where the reporter sits.
_REPORTER_NEXT = re.compile(r"[^\S\n]+(?:кабарчы\w*|корреспондент\w*|correspondent)", re.IGNORECASE)
_REPORTER_BEFORE = re.compile(r"(?:корреспондент\w*|собкор\w*|correspondent)(?:[^\S\n]+\w+){0,2}[^\S\n]+(?:в|во|по|in)[^\S\n]+$",
                              re.IGNORECASE)
_OPEN_QUOTES = "«\"“„"
_CLOSE_QUOTES = "»\"”“"
_MENU_SEPARATOR = re.compile(r"[^\S\n]+[|·•>»/][^\S\n]+")
_SENTENCE_STOP = re.compile(r"\w[.!?][^\S\n]+[A-ZА-ЯЁӨҮҢ]")  # two sentences on the line: prose, not a menu
# Names that are also everyday words ("Курулуштун наркы" is "the construction's cost", "Маданият үйү"
# "the house of culture"): without a level word they are read as the word.
COMMON_WORDS = frozenset({"курулуш", "маданият", "кенеш", "толук", "строительство", "прогресс", "победа", "дружба", "восток",
                          "тегерек",  # "Тегерек стол" is a round table
                          "тасма",  # "Тасманы ... кесишти": the ribbon cut at an opening (Тасма is a village of Tup)
                          "корул",  # "Көрүлдү", "көрүлгөн": forms of "to be seen" (a page's view counter)
                          "бак"})  # "бак" (a garden), "Бакча" (a kindergarten): Бак is a village of Kadamjay


# What participants said or discussed ("Как отметили участники, сейчас в Манасском районе подача воды
# ограничивается", "Катышуучулар Кен-Арал айылындагы көпүрөнү оңдоо маселесин талкуулашты"): the
# places of a problem they describe, not of the event.
_PARTICIPANTS = re.compile(r"(?<![а-яa-z])(?:участник\w*|катышуучу\w*|participants?)(?![а-яa-z])")
_SAID = re.compile(r"(?<![а-яa-z])(?:отметил\w*|обсудил\w*|обсуждал\w*|по\s+словам|рассказал\w*|подчеркнул\w*|"
                   r"талкуула\w*|белгилеш\w*|белгиледи|айтыш\w*|noted|discussed|said|according\s+to)(?![а-яa-z])")
_HELD = re.compile(r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|организова\w*|"
                   r"[оө]тт[уү]|[оө]тк[оө]р\w*|болуп\s+[оө]тт[уү]|held|took\s+place|visited|посетил\w*|"
                   r"катышты|приняли\s+участие|took\s+part)(?![а-яa-z])")
# "По данным Национального статистического комитета, ... ниже всего в Баткенской и Таласской областях":
# figures about places in general, not the event's.
_STATISTICS = re.compile(
    r"(?<![а-яa-z])(?:(?:по|согласно)\s+данным\s+(?:\w+\s+){0,2}?(?:статисти|нацстат|перепис|исследовани|опрос|мониторинг|"
    r"министерств)|согласно\s+статистик\w*|according\s+to\s+(?:the\s+)?(?:national\s+)?"
    r"(?:statistic|data|census|survey)|статистика\s+комитетинин\s+маалыма\w*|маалыматтарына\s+(?:ылайык|караганда)|"
    # "Министрликтин маалыматы боюнча, ...", "по информации министерства", "according to the ministry"
    r"маалыматы\w*\s+(?:боюнча|ылайык|караганда)|по\s+(?:информации|оценкам|сведениям)|"
    r"according\s+to\s+(?:the\s+)?(?:ministry|estimates?|official|figures)|"
    # a speaker's figures: "привёл статистику: на 1 ноября в Ошской области …", "cited figures", "статистикасын келтирди"
    r"привел\w*\s+(?:\w+\s+)?(?:статистик|данны|цифр)|cited\s+(?:the\s+|some\s+)?(?:\w+\s+)?(?:statistics|figures|data)|"
    r"(?:статистика|маалымат|цифра)\w*\s+келтир)")
_KY_SAID = ("талкуула", "белгиле", "айтыш")
# A person's statement: "как рассказал координатор", "белгиледи", "said", "according to".  Discussion
# ("участники обсудили результаты") is not one: the event's own agenda may cover those places.
_SPEAKER_SAID = re.compile(
    r"(?<![а-яa-z])(?:рассказал\w*|сообщил\w*|отметил\w*|подчеркнул\w*|заявил\w*|по\s+(?:его|ее|её|их)?\s*словам|"
    r"белгиледи|белгилегендей|айтты|айткандай|билдирди|маалымдады|said|says|noted|told|stressed|according\s+to)"
    r"(?![а-яa-z])")


def _about_problem(ft: str, s_start: int, s_end: int, pos: int) -> bool:
    """What participants say or discuss: the place follows the Russian or English verb ("Участники
    обсудили ремонт моста в селе …"; "участники тренинга в Нарыне отметили" names the event's place),
    or the participants in a Kyrgyz sentence, whose verb comes last."""
    said, who = _SAID.search(ft, s_start, s_end), _PARTICIPANTS.search(ft, s_start, s_end)
    if not said or not who or _HELD.search(ft, s_start, s_end):
        return False
    return (who if said.group(0).startswith(_KY_SAID) else said).start() < pos


_STOP = re.compile(r"[.!?…]\s+(?=\d)")


def background_sentence(ft: str, s_start: int, s_end: int, pos: int) -> bool:
    """The sentence ``ft[s_start:s_end]`` holding ``pos`` retells earlier work: a reminder, or it opens
    with a year before the text's own."""
    for stop in _STOP.finditer(ft, s_start, pos):  # "... өттү. 2022-жылы ...": a sentence may open with a digit
        s_start = stop.end()
    nxt = _STOP.search(ft, pos, s_end)
    if nxt:
        s_end = nxt.start() + 1  # and the next sentence may too: its years are not this one's
    if _background_wording(ft, s_start, s_end):
        return True
    if habitual_sentence(ft, s_start, s_end, pos):
        return True  # "сели, которые в Баткенской области случаются ежегодно"
    if _about_problem(ft, s_start, s_end, pos):
        return True
    if _STATISTICS.search(ft, s_start, pos) and not _HELD.search(ft, s_start, s_end):
        return True
    if describes_place(ft, s_start, s_end, pos):
        return True
    since = _SINCE.search(ft, s_start, s_end)
    if not since or since.start() > pos and _RELATIVE.search(ft, pos, since.start()):
        return False  # "from Ak-Jol, where 300 families have built houses since 2015": about the place, not the event
    year = main_year(ft)
    # an earlier start with no counted figure after it (results to date with their figures, "since 2019
    # trained 412 ...", are the activity's coverage), or a speaker's account of their body's record
    # ("рассказал, что с 2022 года проект помог ...")
    return year is not None and int(since.group(1) or since.group(2) or since.group(3)) < year and not record_kept(
        ft, s_start, s_end, bool(COUNTED.search(ft, since.end(), s_end)), bool(_SPEAKER_SAID.search(ft, s_start, s_end)))


# The rules above that read the sentence only, not where the name stands in it: a pure function of the sentence,
# asked once per sentence (the names of a typical report share half their sentences).  Every rule is a yes/no
# the answer is the disjunction of, so asking these before the name's own gives the same answer.
@lru_cache(maxsize=64)
def _background_wording(ft: str, s_start: int, s_end: int) -> bool:
    if _REMINDER_OPENING.match(ft, s_start, s_end) or _PRONOUN_SAID_OPENING.match(ft, s_start, s_end):
        return True
    if _NEXT_OPENING.match(ft, s_start, s_end) and not (_HELD.search(ft, s_start, s_end) or _RU_PAST.search(
            ft, s_start, s_end) or _KY_PAST_END.search(ft[s_start:s_end].rstrip())):
        return True
    if trend_sentence(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end):
        return True
    if figure_sentence(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end) and not COUNTED.search(
            ft, s_start, s_end):
        return True  # "уровень безработицы в Чуйской области составил 2,1%"; "охватили 42 села, ... ниже 80%" counts
    if _PLAN.search(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end):
        return True
    deadline = [int(a or b) for a, b in _DEADLINE_YEAR.findall(ft, s_start, s_end)]
    if deadline and not _HELD.search(ft, s_start, s_end) and _before_deadline(ft, deadline):
        return True
    similar = _SIMILAR.search(ft, s_start, s_end)
    if another_such(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end):
        return True  # "заявка на открытие второго такого центра в Тюпском районе"
    if similar and _ALSO.search(ft, s_start, s_end):
        return True  # "Подобные курсы ВПП проводит также в Баткенской области": other courses elsewhere
    if similar and _ALREADY.search(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end):
        return True  # "аналогичные центры уже работают в Караколе"; "уже третий подобный форум прошёл в Оше" is the event
    if earlier_record(ft, s_start, s_end, bool(COUNTED.search(ft, s_start, s_end)),
                      bool(_SPEAKER_SAID.search(ft, s_start, s_end))):
        return True
    opening = _YEAR_OPENING.match(ft, s_start, s_end)
    years = [int(a or b) for a, b in _YEAR_IN_SENTENCE.findall(ft, s_start, s_end)]
    if not opening and not years:
        return False
    year = main_year(ft)  # a whole-text count, made once per document and only for a sentence with a year
    if year is None:
        return False
    if opening and int(opening.group(1)) != year:
        return True  # an earlier year retells, a later one plans ("2026-жылы ... улантылат")
    if any(y < year for y in years) and retold_marker(ft, s_start, s_end) and not _HELD.search(ft, s_start, s_end):
        return True  # "напомнила, что в 2023 году в области ...": a retold earlier year
    if _STARTED.search(ft, s_start, s_end) and any(y < year for y in years):
        return True  # "The initiative started in 2023 in neighbouring Ala-Buka district"
    if any(y > year for y in years):
        return True  # "in 2026 the initiative will reach ...": a year after the report's own is a plan
    return bool(similar) and any(y < year for y in years)


def _before_deadline(ft: str, deadline: list[int]) -> bool:
    """The text's own year, the deadline's mentions left out, is before the latest deadline."""
    own = main_year(ft, tuple(sorted(set(deadline))))
    return own is not None and max(deadline) > own


_STREET_HOUSE_LAST = last_words(_STREET_HOUSE_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def furniture(text: str, ft: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is part of an address, a byline or a reporter's post."""
    if _POSTCODE_BEFORE.search(text, max(0, start - 20), start) or _STREET_NEXT.match(text, end) or \
            text.endswith(_STREET_HOUSE_LAST, lo := max(0, start - 50), word_end(text, lo, start)) and \
            _STREET_HOUSE_BEFORE.search(text, lo, start):
        return True
    if _ADDRESS_TAIL.match(ft, end):
        return True
    if _AGENCY_NEXT.match(text, end) or _REPORTER_NEXT.match(ft, end) or _OFFICE_BYLINE_NEXT.match(text, end):
        return True
    if start < 400 and _under_body_header(text, start):
        return True
    if byline(text, start, end):
        return True
    if menu_line(text, start):
        return True
    if _WEATHER_NEXT.match(text, end):
        return True  # "Баткен: +4°, булуттуу · Кызыл-Кыя: +6°": a site's weather line
    return bool(_REPORTER_BEFORE.search(ft, max(0, start - 50), start))


_WEATHER_NEXT = re.compile(r"[^\S\n]*:?[^\S\n]*[+−–-]?[^\S\n]?\d{1,2}(?:[.,]\d)?[^\S\n]*°")


def _under_body_header(text: str, pos: int) -> bool:
    """The line holding ``pos`` lists places only (no sentence) right under a body's capitalised name."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) > 90 or any(ch.isdigit() or ch in ".!?:" for ch in line) or line_start < 2:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return bool(_BODY_HEADER.match(text, prev_start, line_start))


def menu_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a menu or breadcrumb ("Районы: Ленинский · Октябрьский · Первомайский",
    "Главная > Новости > Ош"): short items between separators.  A table row ("| Ош | 45 |") is content."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) > 240 or line.lstrip().startswith("|"):
        return False
    return len(_MENU_SEPARATOR.findall(line)) >= 2 and not _SENTENCE_STOP.search(line) and not any(
        ch.isdigit() for ch in line)  # "Дата: 12.05.2025 | Место: г. Ош": the event's own facts


def quoted_name(text: str, start: int, end: int) -> bool:
    """«Достук» маданият үйү: a name in quotes on its own is an institution's name."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def common_word(ft: str, start: int, key_len: int) -> bool:
    return ft[start:start + key_len] in COMMON_WORDS
