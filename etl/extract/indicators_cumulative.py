"""Who tells a project's accumulated results: a speaker at the event, or the writer.

The labelling guide (tests/fixtures/eval/README.md, "Indicators") rules that figures about the project
are the event's when the text presents them as part of it: a presentation of results, or a coordinator
or official reporting them at the event ("По словам координатора …, с начала проекта обучение прошли 640
молодых людей", "Представитель JICA рассказал, что с 2021 года … обучено 380", "…нын айтымында, 2024-жылы
долбоор аркылуу 35 жаш ишкер колдоого алынган").  The same figures told by the writer as background
("Проект реализуется в 2024–2027 годах… С 2024 года уже утеплены 23 школы", "Буга чейин долбоордун
алкагында 1200дөн ашык фермер окутулган", "Since 2023 the project has rehabilitated 14 canals") are not.

So a sentence reaching back over the project's history is read by its attribution: a reporting verb or
an "according to" of its own (or, for a list, of the line introducing it) keeps it; without one it is
the writer's and is dropped.  Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout.
"""

from __future__ import annotations

import re

from etl.gates import Gate

# A figure told by someone at the event.  Russian reporting verbs in the past, "по словам", "как сообщил";
# Kyrgyz "деди", "айтты", "билдирди", "маалымдады", "белгиледи", "…нын айтымында / сөзүнө караганда";
# English "said", "according to", "told", "reported".  Only the count's own sentence counts: an attribution
# in the sentence before ("…маалымдагандай, долбоор 2025–2027-жылдары ишке ашырылат. Буга чейин …") covers
# that sentence, and the writer's next one is background again.
ATTRIBUTED = re.compile(
    # "по данным организации/фонда/проекта" cites the body's records, the writer's source, not a speaker
    r"(?<![а-я])(?:по\s+(?:его\s+|ее\s+|их\s+|[а-я]+\s+)?словам|по\s+(?:[а-я]+\s+)?данным"
    r"(?!\s+(?:организации|фонда|проекта|программы|объединения|ассоциации)(?![а-я]))|по\s+информации|"
    r"(?:как\s+)?(?:сообщил|рассказал|отметил|подчеркнул|заявил|пояснил|доложил|уточнил|напомнил|добавил|"
    r"проинформировал|сказал|озвучил|привел|привела)[аи]?(?![а-я])|"
    r"деди|дешти|айтты|айтышты|айтып\s+берди|билдирди|билдиришти|маалымдады|маалымдашты|белгиледи|белгилешти|"
    r"айтымында|созуно\s+караганда|маалыматына\s+караганда|маалыматы\s+боюнча|маалымдагандай|билдиргендей|белгилегендей|айткандай)(?![а-я])|"
    r"(?<![a-z])(?:according\s+to|said|says|told|reported|noted|explained|stressed|informed|briefed)(?![a-z])"
)
# Results presented at the event (sample 002): "Долбоордун ортолук натыйжалары көрсөтүлдү: …", "представила
# результаты проекта", "presented the results".
PRESENTED = re.compile(
    r"натыйжалары?\s+(?:[а-я]+\s+)?(?:корсотулду|тааныштырылды|баяндалды)|натыйжалары\s+менен\s+тааныштыр|"
    r"баяндамасы\s+(?:жасалды|берилди|угулду)|представлен[аоы]?\s+(?:[а-я]+\s+){0,2}(?:результат|итог|отчет)|"
    r"(?:представил[аи]?|сделал[аи]?)\s+(?:[а-я]+\s+){0,2}(?:отчет|доклад)|"
    r"(?:представил[аи]?|презентовал[аи]?|озвучил[аи]?)\s+(?:[а-я]+\s+){0,2}(?:результат|итог|достижени)|"
    r"(?:результат|итог)[а-я]*\s+(?:[а-я]+\s+){0,2}(?:был[аи]?\s+)?(?:представлен|презентован)|"
    r"presented\s+(?:the\s+)?(?:[a-z']+\s+){0,2}(?:results|achievements)|(?:results|achievements)\s+(?:were\s+)?presented|"
    # a speaker telling the audience about the results: "рассказал участникам о результатах проекта", "поделилась
    # итогами", "spoke about the project's results", "presenting the results", "натыйжалары тууралуу айтып берди"
    r"(?:рассказал[аи]?|доложил[аи]?|говорил[аи]?)\s+(?:[а-я]+\s+){0,2}(?:о|об)\s+(?:[а-я]+\s+)?(?:результат|итог|достижени)|"
    r"поделил[аи]?с[ья]\s+(?:[а-я]+\s+)?(?:результат|итог|достижени)|"
    r"(?:presenting|presents|(?:spoke|talked|reported|briefed\s+[a-z]+)\s+(?:about|on))\s+(?:the\s+)?(?:[a-z']+\s+){0,2}"
    r"(?:results|achievements)|(?:натыйжа|жыйынтык)[а-я]*\s+(?:[а-я]+\s+)?(?:тууралуу|жонундо)\s+(?:айтып\s+берди|айтты|"
    r"маалымат\s+берди)|(?:натыйжа|жыйынтык)[а-я]*\s+менен\s+болушт|"
    # the results discussed at the event: "участники обсудили результаты", "натыйжалары талкууланды"
    r"обсу(?:дили|ждали|ждались)\s+(?:[а-я]+\s+){0,2}(?:результат|итог)|(?:натыйжа|жыйынтык)[а-я]*\s+(?:[а-я]+\s+)?талкуула|"
    r"discuss(?:ed|ing)\s+(?:the\s+)?(?:[a-z']+\s+){0,2}(?:results|achievements)"
)
# Direct speech: a quoted sentence is a speaker's ("«За два года мы уже обучили более 600 …»"); a quoted
# name opening a sentence ("«Интербилим» с 2020 года …") closes its quote long before the sentence ends.
_QUOTED = re.compile(r"[ \t]*[«\"“„]")
_QUOTE_CLOSES = re.compile(r"[»\"”]")
# The writer's look back over the project: a span from an earlier year to now ("С 2023 года проект уже
# реализовал …", "2024-жылдан бери", "since 2023", "since January 2024") or "before this, within the
# project" ("Буга чейин долбоордун алкагында", "Ранее в рамках проекта", "Previously, the project …").
_SINCE_YEAR = re.compile(
    r"(?<![а-яa-z])(?:с|since)\s+(?:[а-яa-z]+\s+)?((?:19|20)\d\d)(?!\s*(?:год[а-я]*|г\.)?\s*(?:по|до|[-–—]|\d))|"
    r"((?:19|20)\d\d)-?(?:жылдан|жылдардан)\s+(?:бери|баштап)"
)
_EARLIER_IN_PROJECT = re.compile(
    r"(?<![а-я])(?:буга\s+чейин|мурда|ранее|до\s+этого|к\s+настоящему\s+времени|на\s+сегодняшний\s+день)(?![а-я])"
    r"[^.!?\n]{0,60}(?:долбоор|проект|программ)|"
    r"(?:долбоор|проект|программ)[а-я]*\s+(?:[а-я]+\s+){0,3}(?:буга\s+чейин|ранее|уже)(?![а-я])|"
    # the project named in the sentence before: "Долбоор 2024–2027-жылдары … Анын алкагында буга чейин 420 ишкер"
    r"(?<![а-я])(?:анын\s+алкагында|в\s+(?:его|ее|их)\s+рамках)\s+(?:[а-я]+\s+){0,2}?(?:буга\s+чейин|мурда|ранее|уже)(?![а-я])|"
    r"(?<![a-z])(?:previously|so\s+far|to\s+date|already)(?![a-z])[^.!?\n]{0,60}(?:project|programme|program)|"
    r"(?:project|programme|program)\s+(?:[a-z]+\s+){0,2}(?:has|have)\s+(?:previously|already)(?![a-z])"
)
_PROJECT = re.compile(r"долбоор|проект|программ|project|programme|program")
# "по словам организаторов", "according to the organizers": the writer's side giving its own figures, not a
# speaker at the event.
_ORGANIZERS = re.compile(r"\s+(?:the\s+)?(?:организатор|organi[sz]er)")
_ORGANIZERS_KY = re.compile(r"уюштуруучу[а-я]*\s+$")  # "уюштуруучулардын маалыматы боюнча"
# Results of other, earlier work ("аналогичный тренинг", "подобные слушания", "a similar training"): not
# the project's running total, whoever tells them.
_ELSEWHERE = re.compile(r"аналогичн|подобн|(?<![a-z])similar(?![a-z])|окшош")
_KEYS = ("словам", "сообщ", "рассказ", "отмет", "подчерк", "заяв", "поясн", "докл", "уточн", "напомн", "добав",
         "проинформ", "сказал", "озвуч", "привел", "данным", "деди", "дешти", "айт", "билдир", "маалымда", "белгил",
         "созуно", "according", "said", "says", "told", "report", "noted", "explain", "stress", "inform", "brief",
         "натыйжа", "баянда", "представ", "презент", "результат", "итог", "present", "results", "жыйынтык",
         "поделил", "информац", "маалымат", "обсу", "талкуу", "discuss")


def attributed(folded: str, s_start: int, s_end: int, intro_start: int | None = None) -> bool:
    """The sentence is a speaker's at the event, or results presented there; ``intro_start`` is where the
    line introducing a list begins, when the sentence is one of its items."""
    if _QUOTED.match(folded, s_start, s_end) and _QUOTE_CLOSES.search(folded, max(s_start, s_end - 4), s_end + 3) \
            and not _QUOTE_CLOSES.search(folded, s_start + 2, max(s_start + 2, s_end - 4)):
        return True
    lo = s_start if intro_start is None else min(s_start, intro_start)
    piece = folded[lo:s_end]
    if not any(k in piece for k in _KEYS):
        return False
    return any(not _ORGANIZERS.match(piece, m.end()) and not _ORGANIZERS_KY.search(piece, max(0, m.start() - 30), m.start())
               for m in ATTRIBUTED.finditer(piece)) \
        or bool(PRESENTED.search(piece))


def writer_history(folded: str, s_start: int, s_end: int, pos: int, main_year: int | None,
                   cache: dict[tuple[int, int], int] | None = None) -> bool:
    """The sentence looks back over the project from an earlier year or "before this" and reaches the count
    at ``pos``: the writer's background unless a speaker tells it.  ``cache`` keeps each sentence's cue."""
    key = (s_start, s_end)
    if cache is not None and key in cache:
        return cache[key] < pos
    cue = s_end
    since = _SINCE_YEAR.search(folded, s_start, s_end)
    if since is not None and (main_year is None or int(since.group(1) or since.group(2)) <= main_year):
        cue = since.start()
    earlier = _EARLIER_IN_PROJECT.search(folded, s_start, cue)
    if earlier is not None:
        cue = earlier.start()
    if cache is not None:
        cache[key] = cue
    return cue < pos


def spoken_project_result(folded: str, s_start: int, s_end: int) -> bool:
    """A past figure a speaker gives as the project's own result, not as other, similar work."""
    return bool(_PROJECT.search(folded, s_start, s_end)) and not _ELSEWHERE.search(folded, s_start, s_end) \
        and told_at_event(folded, s_start, s_end)


_BULLET = re.compile(r"[ \t]*(?:[•*·▪–—-]|\d{1,2}[.)])\s")


def told_at_event(folded: str, s_start: int, s_end: int) -> bool:
    """A speaker tells the sentence, or it follows a presentation of results ("Долбоордун ортолук
    натыйжалары көрсөтүлдү: …"); a list item is told by the line introducing it ("Координатор сообщила:")."""
    if attributed(folded, s_start, s_end):
        return True
    before = max(0, s_start - 200)
    if any(k in folded[before:s_start] for k in _KEYS) and PRESENTED.search(folded, before, s_start):
        return True
    if not _BULLET.match(folded, s_start, s_end):
        return False
    intro = folded.rfind(":", max(0, s_start - 300), s_start)
    if intro < 0 or any(_BULLET.match(folded, ln + 1) is None and folded[ln + 1:ln + 2].strip()
                        for ln in _line_starts(folded, intro, s_start)):
        return False  # a paragraph between: the colon introduces something else
    line = folded.rfind("\n", 0, intro) + 1
    return attributed(folded, line, intro + 1)


def _line_starts(folded: str, lo: int, hi: int) -> list[int]:
    out, i = [], folded.find("\n", lo, hi)
    while i >= 0:
        out.append(i)
        i = folded.find("\n", i + 1, hi)
    return out


# A report's section of the project's running totals, headed as such: "4. Результаты с начала проекта
# (2024–2026)", "Прогресс (нарастающим итогом)", "Накопительные показатели проекта (с марта 2021 г.)", "Results to date", "Долбоор башталгандан берки жыйынтыктар".
_TOTALS_HEAD = re.compile(
    r"^[ \t#*_>]*(?:\d{1,2}[.)]\s*)?[^\n]{0,60}(?:с\s+начала\s+(?:реализации\s+)?(?:проекта|программы)|нарастающим\s+итогом|"
    r"(?:results|achievements|progress)\s+(?:to\s+date|since\s+the\s+start)|cumulative\s+(?:results|progress)|"
    r"башталгандан\s+(?:бери|берки)|накопительн[а-я]*\s+(?:показател|результат|итог)[а-я]*)(?:[^\n.!?]|\sгг?\.){0,40}$",
    re.MULTILINE)
_TOTALS_KEYS = ("с начала", "нарастающ", "to date", "since the start", "cumulative", "башталгандан", "накопительн")
_TOTALS_GATE = Gate(_TOTALS_KEYS)


def running_totals(folded: str) -> list[tuple[int, int]]:
    """The list under a heading of the project's running totals: the organization's own account of the
    project, not the event's (README: a "Результаты с начала проекта" section).  A heading a speaker is
    named in ("Координатор представила результаты с начала проекта:") is the event's and is left alone."""
    if not _TOTALS_GATE.any_in(folded):
        return []
    out = []
    for m in _TOTALS_HEAD.finditer(folded):
        if attributed(folded, m.start(), m.end()):
            continue
        end = pos = m.end()
        while True:
            nxt = pos
            while nxt < len(folded) and folded[nxt] in "\n \t\r":
                nxt += 1
            line_end = folded.find("\n", nxt)
            line_end = len(folded) if line_end < 0 else line_end
            if nxt >= len(folded) or not _BULLET.match(folded, nxt, line_end):
                break
            end = pos = line_end
        if end > m.end():
            out.append((m.end(), end))
    return out
