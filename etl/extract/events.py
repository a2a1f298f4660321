"""Split one language part of a report into its events and give each its date and figures.

An *anchor* is a sentence saying an event of some type happened ("тегерек стол
болуп өттү", "состоялся круглый стол", the headline "тренингдери аяктады").  The
first anchor is the report's main event.  A later anchor of another type opens a
separate event only when its stretch of text brings something of its own — an
event date or figures — so a plain report never splits by accident, while
"meetings (764 people) … then trainings (254 people)" becomes two events.
Counted events ("8 эдвокаси акция", "9 жолугушуу") are figures, not anchors.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from etl.extract.dates import HAPPENED, DateMention, find_dates, looks_like_dateline, non_event_reason
from etl.extract.segments import sentence_of

# (folded pattern, event type); the first matching type in a sentence wins ties by PRECEDENCE.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"тегерек\s+стол|круглы[а-я]*\s+стол|round[\s-]table", "round_table"),
    (r"иш\s+сапар|визит|посетил[а-я]*|посещени[а-я]*|побывал[а-я]*|visit(?:ed|s)?|сапар[а-я]*|"
     r"рабоч[а-я]+\s+поездк[а-я]*|working\s+trip", "visit"),
    (r"форум|forum", "forum"),
    (r"конференц[а-я]*|conference", "conference"),
    (r"грант[а-я]*\s+(?:\S+\s+){0,3}тапшыр[а-я]*|вручени[а-я]*\s+(?:\S+\s+)?грант|вручил[а-я]*\s+грант|"
     r"вручен[а-я]*\s+(?:\S+\s+)?грант|grants?\s+(?:award|ceremony)|award(?:s|ed)?\s+(?:\S+\s+){0,3}grants?|"
     r"(?:presented|handed\s+over)\s+(?:\S+\s+){0,3}grants?|"
     r"вручены\s+(?:\S+\s+){0,2}грант|(?:выдан[аоы]?|предоставлен[аоы]?)\s+(?:\S+\s+){0,3}грант|"
     r"грант[а-я]*\s+(?:\S+\s+){0,2}(?:выдан|предоставлен)[а-я]*|грант[а-я]*\s+(?:\S+\s+){0,2}берилд[иы]|"
     r"получил[аи]?\s+(?:\S+\s+){0,3}грант|грант[а-я]*\s+(?:утуп|алыш[а-я]*|алд[ыы])|"
     r"received\s+(?:\S+\s+){0,2}grants?|grants?\W+(?:\S+\s+){0,5}(?:were|was)\s+awarded|"
     r"signed\s+(?:\S+\s+){0,2}grant\s+(?:contracts?|agreements?)|"
     r"подписа(?:л[аио]?|н[аоы]?)\s+(?:\S+\s+){0,2}грантов[а-я]*\s+(?:договор|соглашени)|грант[а-я]*\s+келишим[а-я]*\s+(?:\S+\s+){0,2}кол\s+кой",
     "grant_award"),
    (r"сынак|сынаг|конкурс|competition|contest|олимпиад[а-я]*", "competition"),
    (r"салтанаттуу\s+ачыл|ачылыш|ачылд[ыы]|открыти[а-я]*|открыл[а-я]*\s+(?:\S+\s+){0,3}(?:нов|центр|кабинет|"
     r"офис|школ|детск|тепли|пункт|зал|площадк|мост|больниц|водопровод|стадион|спорт|библиотек|сад|клиник|"
     r"лаборатори|мастерск|цех)|(?:ввод[а-я]*|введен[а-я]*|сдан[а-я]*)\s+в\s+эксплуатаци|"
     r"(?:перерезал[аи]?|красн[а-я]+)\s+ленту|пайдаланууга\s+берил[а-я]*|ачып\s+берд[иы]|"
     r"opening|opened|opens|inaugurat|commissioned\s+(?:a|the)\s+new", "opening"),
    (r"кампани[а-я]*|акци[а-я]*|campaign|марафон|флешмоб|оноктук[а-я]*|субботник[а-я]*|ишембилик|"
     r"clean-?up\s+(?:day|campaign|drive)", "campaign"),
    (r"презентаци[а-я]*|презентова[а-я]*|presentation|presented|"
     # "представили исследование", "presented the findings": a study or report shown is a presentation
     r"представил[аи]?\s+(?:\S+\s+){0,2}(?:результат|исследовани|доклад|отч[её]т|книг|стратеги|концепци|"
     r"публикаци|рейтинг|обзор|анализ)|(?:изилдоо|отчет|китеп|баяндама)[а-я]*\s+(?:\S+\s+){0,2}"
     r"(?:тааныштыр|сунушта|бериле)[а-я]*", "presentation"),
    (r"тренинг|семинар|окутуу|вебинар|мастер-класс|обучени[а-я]*|training|workshop|seminar|webinar|"
     r"машыгуу[а-я]*|drills?", "training"),
    (r"жолугушуу|жолугушту|встреч[а-я]*|meeting|кенешме|совещани[а-я]*|собрани[а-я]*|сход[аеу]?(?![а-я])|жыйын(?!т)|"
     r"слушани[а-я]*|угуу(?:лар)?[а-я]*|hearings?", "meeting"),
)
_KEYWORD_RE = re.compile("(?<![а-яa-z])(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KEYWORDS))
                         + ")")
# A meeting or a presentation held within a visit, forum, conference or round table is part of it;
# so are the pitches in a competition ("42 young people presented their business plans").
_PART_OF = {"meeting": {"visit", "forum", "conference", "round_table"},
            "presentation": {"visit", "forum", "conference", "round_table", "meeting", "training", "competition"},
            "campaign": set(), "training": {"forum", "conference"}}
PRECEDENCE = ("visit", "forum", "conference", "round_table", "grant_award", "competition", "opening",
              "training", "presentation", "campaign", "meeting", "other")
# "8 эдвокаси акция", "9 “ыкчам” жолугушуу": a number (and at most one word) before the keyword, on its
# line; not a time ("11:47"), a dateline's year ending the line above, or a year ("On 12 October 2023
# a training was held").
_COUNTED_BEFORE = re.compile(
    r"(?<![\w:.,])(?:(?!(?:19|20)\d\d(?!\d))\d+|эки|уч|торт|беш|алты|жети|сегиз|тогуз|он|жыйырма|отуз|кырк|элуу|два|две|три|четыре|"
    r"пять|шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)(?![\w])"
    r"[^\S\n]*[\"“”«»']?[^\S\n]*(?:(?!кундук|кундон|саат|кун\b|дневн|часов|day|hour)[^\W\d_][\w\-]*"
    r"[^\S\n]*[\"“”«»']?[^\S\n]*)?$"
)
# The counted noun inside a longer event phrase ("выдано 45 грантов").
_COUNTED_NOUN = re.compile(r"(?<![а-яa-z])(?:грант|grant)")
_NUMBER_AFTER = re.compile(r"[а-яa-z]*[^\S\n]*[:\-–—]?[^\S\n]*\d[\d\s.,]*$")
_EVENT_NOUN = r"(?:встреч|мероприяти|семинар|тренинг|форум|презентаци|конференц|церемони|выставк|круглы[а-я]*\s+стол)"
_ATTENDED_BEFORE = re.compile(_EVENT_NOUN + r"[а-я]*\s+$")
_ATTENDED_AFTER = re.compile(r"\s+" + _EVENT_NOUN)
_TOPIC_AFTER = re.compile(r"[\"”»']?\s*(?:боюнча|по\s+итогам|жыйынтыг)")


@dataclass(slots=True)
class Anchor:
    sentence: tuple[int, int]
    types: list[str]
    primary: str  # the type named next to the verb: "жолугушуулардан соң тренингдер өткөрүлдү" -> training


@dataclass(slots=True)
class EventDraft:
    event_type: str
    segments: list[tuple[int, int]] = field(default_factory=list)
    # the event it was told within and took place during: it shares that event's dates when it gives
    # none of its own; None for an event told on another day ("На следующий день также состоялась…")
    split_from: EventDraft | None = None

    def contains(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.segments)


# The last document's keyword hits, per thread (extraction also runs in threads).
_last_hits = threading.local()


def keyword_types(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, type) of event keywords in ``folded[start:end]`` (all of the text is scanned once)."""
    last = getattr(_last_hits, "entry", None)
    if last is None or last[0] is not folded:
        last = (folded, _keyword_hits(folded, 0, len(folded)))
        _last_hits.entry = last
    hits = last[1]
    lo = bisect_left(hits, (start, ""))
    hi = bisect_left(hits, (end, ""), lo)
    return hits[lo:hi]


def _keyword_hits(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    for m in _KEYWORD_RE.finditer(folded, start, end):
        kind = _KEYWORDS[int(m.lastgroup[1:])][1]  # type: ignore[index]
        if kind != "grant_award" and _COUNTED_BEFORE.search(folded, max(start, m.start() - 30), m.start()):
            continue  # "алты грант тапшырылды" is still the award; "8 акция" is a figure
        if _TOPIC_AFTER.match(folded, m.end(), min(end, m.end() + 20)) and kind == "competition":
            continue
        if kind == "visit" and (_ATTENDED_BEFORE.search(folded, max(start, m.start() - 30), m.start())
                                or _ATTENDED_AFTER.match(folded, m.end(), min(end, m.end() + 30))):
            continue  # "презентацию посетили 50 человек": attending an event is no visit
        hits.append((m.start(), kind))
    return hits


# "также", "ошондой эле", "also" with "took place": the sentence adds another event to the one
# already told.  Not "а также провёл встречу": what the visitor did is part of the visit.
_ALSO = re.compile(r"(?<![а-яa-z])(?:также|ошондой\s+эле|кошумча|also|additionally)(?![а-яa-z])")
_AND_BEFORE = re.compile(r"(?<![а-яa-z])а\s+$")
_TOOK_PLACE = re.compile(
    r"(?<![а-яa-z])(?:состоял[а-я]*|прош[её]л|прошл[аио]|проведен[аоы]?|организован[аоы]?|стартовал[а-я]*|"
    r"началась|начался|открыл[аи]сь|откорулд[уу]|отт[уу]|уюштурулд[уу]|башталд[ыы]|старт\s+алд[ыы]|"
    r"ачылд[ыы]|болд[уу]|took\s+place|was\s+held|were\s+held|was\s+launched)(?![а-яa-z])"
)


def _adds_event(folded: str, sentence: tuple[int, int]) -> bool:
    also = _ALSO.search(folded, *sentence)
    if also is None or _AND_BEFORE.search(folded, max(sentence[0], also.start() - 3), also.start()):
        return False
    return _TOOK_PLACE.search(folded, also.end(), sentence[1]) is not None


# The lead puts the event on a day of its own, relative to the one told before: it is not within
# that event and must not take its dates ("the next day", "эртеси күнү", "на второй день").
_OTHER_DAY = re.compile(
    r"(?<![а-яa-z])(?:на\s+(?:следующий|другой|второй|третий|четв[её]ртый|последний)\s+день|назавтра|накануне|"
    r"во\s+второй\s+день|в\s+(?:третий|последний|заключительный)\s+день|(?:днем|за\s+день)\s+(?:ранее|до)|"
    r"(?:через|спустя)\s+(?:\S+\s+)?(?:день|дня|дней|недел[а-я]*|месяц[а-я]*)|"
    r"эртеси[а-я]*|кийинки\s+кун[а-я]*|(?:экинчи|учунчу|акыркы|мурунку)\s+кун[а-я]*|бир\s+кун\s+мурун|"
    r"(?:\S+\s+)?(?:кундон|жумадан|айдан)\s+кийин|"
    r"(?:the\s+)?(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|"
    r"on\s+the\s+(?:second|third|last|final)\s+day|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+later|"
    r"later\s+(?:that|in\s+the)\s+(?:week|month))(?![а-яa-z])")


def _within(folded: str, anchor: Anchor, current: EventDraft) -> EventDraft | None:
    return None if _OTHER_DAY.search(folded, *anchor.sentence) else current


def _background(folded: str, sentence: tuple[int, int]) -> bool:
    """Whether every date of the sentence is a period, plan or founding year, never an event's."""
    mentions = find_dates(folded, *sentence)
    return bool(mentions) and all(non_event_reason(folded, d, sentence) is not None for d in mentions)


def _is_figure(folded: str, anchor: Anchor) -> bool:
    """Whether the anchor's event word is what a number counts ("45 грант тапшырылды", "выдано 45
    грантов"): a figure sentence, which reports a result rather than opening an event."""
    for m in _KEYWORD_RE.finditer(folded, anchor.sentence[0], anchor.sentence[1]):
        if _KEYWORDS[int(m.lastgroup[1:])][1] != anchor.primary:  # type: ignore[index]
            continue
        if _COUNTED_BEFORE.search(folded, max(anchor.sentence[0], m.start() - 30), m.start()):
            return True
        noun = _COUNTED_NOUN.search(folded, m.start(), m.end())  # the counted word inside the phrase
        if noun and _COUNTED_BEFORE.search(folded, max(m.start(), noun.start() - 30), noun.start()):
            return True
        if _NUMBER_AFTER.match(folded, m.end(), anchor.sentence[1]):
            return True  # a table row or a label: "Выдано грантов\t38", "Грантов выдано: 38"
    return False


def _best_type(types: list[str]) -> str:
    return min(types, key=PRECEDENCE.index)


_EARLIER_TIME = re.compile(
    r"(?<![а-яa-z])(?:last\s+(?:month|week|year)|(?:a|one|two|three|several)\s+(?:weeks?|months?)\s+ago|"
    r"в\s+прошлом\s+(?:месяце|году)|на\s+прошлой\s+неделе|в\s+прошедшем\s+году|"
    r"отк[оа]н\s+(?:айда|жумада|жылы)|былтыр|(?:has|have)\s+since|since\s+then|с\s+тех\s+пор|"
    r"ошондон\s+(?:бери|баштап)|андан\s+бери)(?![а-яa-z])")
# "20 ноября победителям будут вручены гранты", "grants will be awarded": a plan, not a report that
# the event took place.
_FUTURE_BEFORE = re.compile(r"(?<![а-яa-z])(?:будут|будет|will|shall)\s+(?:[^\s.!?]+\s+){0,2}$")


def find_anchors(folded: str, sents: list[tuple[int, int]], headline: tuple[int, int] | None
                 ) -> list[Anchor]:
    anchors: list[Anchor] = []
    for s in sents:
        hits = keyword_types(folded, s[0], s[1])
        if not hits:
            continue
        is_headline = headline is not None and s[0] < headline[1] and headline[0] < s[1]
        verbs = [m.start() for m in HAPPENED.finditer(folded, s[0], s[1])
                 if not _FUTURE_BEFORE.search(folded, max(s[0], m.start() - 40), m.start())]
        if not is_headline and _EARLIER_TIME.search(folded, s[0], s[1]):
            continue  # "who visited Karakol last month": an earlier event told in passing
        if is_headline or verbs:
            types: list[str] = []
            for _, t in hits:
                if t not in types:
                    types.append(t)
            primary = _best_type(types)
            if verbs and len(types) > 1:
                primary = min(hits, key=lambda h: min(abs(v - h[0]) for v in verbs))[1]
            anchors.append(Anchor(s, types, primary))
    return anchors


def split_events(folded: str, part: tuple[int, int], sents: list[tuple[int, int]],
                 headline: tuple[int, int] | None, has_own: Callable[[int, int, bool], bool]
                 ) -> list[EventDraft]:
    """Events of ``folded[part]``; ``has_own(a, b, date_only)`` says whether a stretch has its own
    event date (or, unless ``date_only``, its own figures)."""
    p0, p1 = part
    anchors = find_anchors(folded, sents, headline)
    if not anchors:
        kinds = [t for _, t in keyword_types(folded, p0, p1)]
        kind = max(set(kinds), key=lambda t: (kinds.count(t), -PRECEDENCE.index(t))) if kinds else "other"
        return [EventDraft(kind, [(p0, p1)])]
    main_type = _best_type(anchors[0].types)
    if len(anchors) > 1 and len(anchors[0].types) > 1 and headline is not None \
            and anchors[0].sentence[0] < headline[1] and anchors[1].primary in anchors[0].types:
        # a headline naming two events ("жолугушуу жана семинар өттү"): the one the text tells first leads
        main_type = anchors[1].primary
    main = EventDraft(main_type, [])
    events = [main]
    bounds = [a.sentence[0] for a in anchors[1:]] + [p1]
    seg_start = p0
    current = main
    for k, anchor in enumerate(anchors):
        seg_end = bounds[k]
        if k == 0:
            current.segments.append((seg_start, seg_end))
            continue
        a0 = anchor.sentence[0]
        existing = [e for e in events if e.event_type == anchor.primary]
        kind = anchor.primary
        if existing:
            target = existing[0]
        elif (_is_figure(folded, anchor) and not has_own(a0, anchor.sentence[1], True)
              or _background(folded, anchor.sentence)):
            # "Жалпысынан 45 грант тапшырылды": a figure of the event told; "с начала 2023 года 410 из
            # них прошли обучение": what the project did over a period.  Neither is an event.  Only a
            # date in the figure's own sentence ("5-октябрында 13 грант тапшырылды") makes it one: a
            # date further on belongs to whatever that later sentence tells.
            target = current
        elif _adds_event(folded, anchor.sentence):
            # "В рамках мероприятия также состоялась встреча": a lead of its own, even within a forum
            # and with no date or figures; the text after its paragraph goes on about the event it
            # was told in (totals at the end of a report are the whole event's)
            also = EventDraft(kind, [], split_from=_within(folded, anchor, current))
            events.append(also)
            para_end = folded.find("\n", anchor.sentence[1], seg_end)
            para_end = seg_end if para_end < 0 else para_end
            also.segments.append((a0, para_end))
            current.segments.append((para_end, seg_end))
            continue
        else:
            # meetings during a visit are the visit, unless the text dates them on their own
            absorbed = any(e.event_type in _PART_OF.get(kind, set()) for e in events)
            if has_own(a0, seg_end, absorbed):
                target = EventDraft(kind, [], split_from=_within(folded, anchor, current))
                events.append(target)
            else:
                target = current
        target.segments.append((a0, seg_end))
        current = target
    for e in events:
        e.segments = _merge_adjacent(e.segments)
    return events


def _merge_adjacent(segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(segs):
        if out and out[-1][1] >= a:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_PRECISION_SCORE = {"day": 3.0, "month": 2.0, "year": 1.0}
_TODAY = re.compile(r"(?<![а-яa-z])(?:today|сегодня|бугун)(?![а-яa-z])")
_YESTERDAY = re.compile(r"(?<![а-яa-z])(?:yesterday|вчера|кечээ)(?![а-яa-z])")


def event_date_candidates(folded: str, mentions: list[DateMention], sents: list[tuple[int, int]],
                          dateline: DateMention | None) -> list[tuple[float, DateMention]]:
    """Dates that may be an event's, with a score: precision, said-to-happen, event words nearby."""
    out: list[tuple[float, DateMention]] = []
    clause_memo: dict[tuple[int, int], bool] = {}
    said: dict[tuple[int, int], tuple[bool, bool]] = {}  # per sentence: (happened, event keyword)
    plans = _PLANS_HEADING.search(folded) if mentions else None
    plans_from = plans.start() if plans else len(folded)
    for d in mentions:
        if d.span[0] >= plans_from:
            break  # under "What's next" / "Дальнейшие планы": what is to come, no event held
        if dateline is not None and (d.span == dateline.span or (
                (d.y1, d.m1, d.d1) == (dateline.y1, dateline.m1, dateline.d1) and looks_like_dateline(folded, d))):
            continue  # the report's own date, or the same dateline repeated over another language part
        if _listed_item_date(folded, d):
            continue
        sent = sentence_of(sents, d.span[0])
        if non_event_reason(folded, d, sent, clause_memo) is not None:
            continue
        if sent not in said:
            said[sent] = (HAPPENED.search(folded, sent[0], sent[1]) is not None,
                          bool(keyword_types(folded, sent[0], sent[1])))
        happened, keyword = said[sent]
        if d.precision == "year" and not (happened and keyword):
            continue  # a bare year is an event date only in a sentence saying the event took place
        score = _PRECISION_SCORE[d.precision] + (3.0 if happened else 0.0) + (2.0 if keyword else 0.0)
        out.append((score, d))
    if dateline is not None:
        out.extend(_dated_today(folded, sents, dateline))
    return out


# "Министр провёл совещание … · 18.05.2026", "… пайдаланууга берилди (10.06.2024)": a headline in a list
# of other news, its date set after a separator at the end of the line
_ITEM_SEPARATOR = re.compile(r"[^\s.!?:][^\S\n]*(?:[·|•]|[^\S\n]\()[^\S\n]*$")


_PLANS_HEADING = re.compile(
    r"^[ \t#*_]*(?:what'?s\s+next|next\s+steps|upcoming(?:\s+events)?|дальнейшие\s+(?:планы|шаги)|следующие\s+шаги|"
    r"планы(?:\s+на\s+будущее)?|кийинки\s+(?:кадамдар|пландар)|алдыдагы\s+пландар)[ \t*_:.]*$", re.MULTILINE)


def _listed_item_date(folded: str, d: DateMention) -> bool:
    a, b = d.span
    line_end = folded.find("\n", b)
    line_end = len(folded) if line_end < 0 else line_end
    if folded[b:line_end].strip(" \t)") or a - folded.rfind("\n", 0, a) > 200:
        return False
    return _ITEM_SEPARATOR.search(folded, max(0, a - 8), a) is not None


def _dated_today(folded: str, sents: list[tuple[int, int]], dateline: DateMention
                 ) -> list[tuple[float, DateMention]]:
    """"BISHKEK, 21 September 2023 – WFP … today presented": the event is on the report's own day,
    scored below any date the text gives the event itself."""
    for s in sents:
        if not (HAPPENED.search(folded, *s) and keyword_types(folded, *s)):
            continue
        if _TODAY.search(folded, *s):
            return [(_PRECISION_SCORE["day"], dateline)]
        y = _YESTERDAY.search(folded, *s)
        r = dateline.resolve() if y else None
        if y and r is not None:  # "Вчера в Оше прошла встреча": the day before the report's own
            day = r[0] - timedelta(days=1)
            return [(_PRECISION_SCORE["day"], DateMention("relative", y.span(), day.year, day.month, day.day))]
    return []


def pick_date(cands: list[tuple[float, DateMention]], event: EventDraft) -> DateMention | None:
    own = [(s, d) for s, d in cands if event.contains(d.span[0])]
    if not own:
        return None
    best = max(s for s, _ in own)
    return next(d for s, d in own if s == best)  # earliest among the best


def resolve(d: DateMention, reference: date | None, slack: int) -> tuple[str, str, str, bool] | None:
    r = d.resolve(reference, slack)
    if r is None:
        return None
    start, end, inferred = r
    return start.isoformat(), end.isoformat(), d.precision, inferred
