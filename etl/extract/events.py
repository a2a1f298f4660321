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
from collections.abc import Callable
from dataclasses import dataclass, field

from etl.extract.dates import find_dates, non_event_reason
from etl.extract.event_keywords import (
    COUNTED_BEFORE,
    COUNTED_NOUN,
    HAPPENED_SCAN,
    KEYWORD_SCAN,
    KEYWORDS,
    NUMBER_AFTER,
    PART_OF,
    PRECEDENCE,
    keyword_types,
)
from etl.extract.events_also import (
    adds_event,
    around_event,
    at_the_opening,
    follows_ceremony,
    grants_of_their_own,
    held_within_campaign,
    names_its_people,
    names_the_frame,
    names_the_one_before,
    same_day_lead,
    within_named_event,
)
from etl.extract.events_clauses import dated_clauses
from etl.extract.events_dates import EARLIER_TIME, event_date_candidates, pick_date, resolve
from etl.extract.events_days import SEVERAL_DAYS, held_again, other_day
from etl.extract.events_handover import ceremony_told, handover_apart
from etl.extract.events_quotes import drop_project_names
from etl.extract.events_recalled import cut_out, recalled_paragraphs, recalls
from etl.extract.events_relative import drop_relative_grants, drop_told_stories
from etl.extract.events_speech import cited_figure, in_speech
from etl.extract.events_timing import routine_of_series, told_as_plan
from etl.extract.events_visit import ceremonies_in_visit
from etl.reference.scan import match_key

__all__ = ["PRECEDENCE", "Anchor", "EventDraft", "event_date_candidates", "find_anchors", "keyword_types",
           "pick_date", "resolve", "split_events"]


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


# "Напомним, 5 февраля …", "Earlier, on 5 February …", "Буга чейин …": an earlier event recalled, not reported
# ("Эскерте кетсек", "Эске салсак", "Напоминаем:" in their inflected forms too)
# "По её словам, …", "Анын айтымында, …", "According to her, …": what a speaker reported at the event
_SPEAKER_ACCOUNT = re.compile(r"[\W\d]{0,3}(?:по\s+(?:его|ее|её|их)\s+словам|(?:анын|алардын)\s+айтымында|"
                              r"according\s+to\s+(?:him|her|them))(?![а-яa-z])")
# "жеңүүчүлөргө сыйлыктар тапшырылды", "победителям вручили призы": the contest's own prize-giving
_PRIZES = re.compile(r"(?<![а-яa-z])(?:сыйлык\w*|приз\w*|prizes?|женуучу\w*|победител\w*|winners?)(?![а-яa-z])")
# Within a sentence: "Долбоордун алкагында буга чейин … өткөрүлгөн", "А 5 февраля уже был проведен круглый
# стол", "the project had previously held": an earlier event of another kind, told in passing
_RECALLED_INSIDE = re.compile(r"(?<![а-яa-z])(?:буга\s+чейин|ранее(?!\s+не)|earlier|previously|"
                              r"уже\s+(?:был[аио]?\s+)?(?:проведен|прош|состоял|организован)[а-я]*|"
                              r"(?:had|has)\s+already\s+(?:been\s+)?(?:held|organi[sz]ed))(?![а-яa-z])")


def _within(folded: str, anchor: Anchor, current: EventDraft) -> EventDraft | None:
    return None if other_day(folded, *anchor.sentence) else current


def _leads_another_day(folded: str, anchor: Anchor) -> bool:
    """"Эртеси күнү катышуучулар … айылына барып …", "The next day the delegation visited …": a paragraph
    opening on a day of its own tells another event, even with no date or figures of its own.  Within a
    paragraph ("… 52 человека. На следующий день участники посетили село") the text goes on about the same."""
    s0, s1 = anchor.sentence
    if folded[folded.rfind("\n", 0, s0) + 1:s0].strip():
        return False
    return other_day(folded, s0, min(s1, s0 + 30))


# "completed a two-day workshop … in March", "в марте прошел тренинг", "март айында": a month named without
# its year (no date the grammar reads), which sets the event told apart from the one before
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_RU_PREP = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
_MONTHS_KY = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
_BARE_MONTH = re.compile(rf"(?<![а-яa-z])(?:(?:in|during|early|late|mid-?)\s+(?:{_MONTHS_EN})(?![a-z])|"
                         rf"в\s+(?:{_MONTHS_RU_PREP})|(?:{_MONTHS_KY})\s+айында)(?!\s*,?\s*\d)")


def _in_a_month_of_its_own(folded: str, anchor: Anchor) -> bool:
    return _BARE_MONTH.search(folded, *anchor.sentence) is not None


def _background(folded: str, sentence: tuple[int, int]) -> bool:
    """Whether every date of the sentence is a period, plan or founding year, never an event's."""
    mentions = find_dates(folded, *sentence)
    return bool(mentions) and all(non_event_reason(folded, d, sentence) is not None for d in mentions)


def _is_figure(folded: str, anchor: Anchor) -> bool:
    """Whether the anchor's event word is what a number counts ("45 грант тапшырылды", "выдано 45
    грантов"): a figure sentence, which reports a result rather than opening an event."""
    # KEYWORD_RE's matches in the sentence, tried only where the shared scan saw a keyword's first word
    for m in KEYWORD_SCAN.finditer(folded, *anchor.sentence, KEYWORD_SCAN.starts(match_key(folded))):
        if KEYWORDS[int(m.lastgroup[1:])][1] != anchor.primary:  # type: ignore[index]
            continue
        if COUNTED_BEFORE.search(folded, max(anchor.sentence[0], m.start() - 30), m.start()):
            return True
        noun = COUNTED_NOUN.search(folded, m.start(), m.end())  # the counted word inside the phrase
        if noun and COUNTED_BEFORE.search(folded, max(m.start(), noun.start() - 30), noun.start()):
            return True
        if NUMBER_AFTER.match(folded, m.end(), anchor.sentence[1]):
            return True  # a table row or a label: "Выдано грантов\t38", "Грантов выдано: 38"
    return False


_HOLDS_CONTESTS = frozenset({"other"})  # fairs, exhibitions, camps


# "В тот же день прошла ярмарка", "Ошол эле күнү … сынагынын жыйынтыгы чыгарылды", "the same afternoon, the pitch
# hosted its first competition": a fair, a contest or a ceremony told on the same day as the event before it is
# an event of its own, even beside a forum or a fair whose programme it could be part of; a meeting or a
# presentation that day is still the visit's or the forum's (labelling guide)
_OWN_ON_THE_SAME_DAY = frozenset({"other", "competition", "opening", "grant_award"})


def _best_type(types: list[str]) -> str:
    return min(types, key=PRECEDENCE.index)




# An event closing another: "ended with a pitch competition", "завершился конкурсом", "сынак менен аяктады",
# "the presentation was followed by a two-day training"
_ENDED_WITH = re.compile(r"(?<![а-яa-z])(?:(?:ended|concluded|closed|culminated|wrapped\s+up)\s+(?:with|in)\s+|"
                         r"(?:was|were)\s+followed\s+by\s+|"
                         r"(?:завершил|закончил)[а-я]*\s+|(?P<ky>менен\s+(?:аяктад|жыйынтыкталд)))")


def _closing_event(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]) -> str | None:
    """The type of the event another one ended with: named after "ended with" / "завершился", before
    Kyrgyz "менен аяктады"."""
    ended = _ENDED_WITH.search(folded, *sentence)
    if ended is None:
        return None
    if ended.group("ky"):
        before = [t for at, t in hits if ended.start() - 40 < at < ended.start()]
        return before[-1] if before else None
    after = [t for at, t in hits if ended.end() <= at < ended.end() + 40]
    return after[0] if after else None


def _outside_quotes(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The hits outside quoted names («Жаштар форуму» коомдук бирикмеси, тренинг «Как провести круглый
    стол»), when the sentence has any: a name or a title is not the event held."""
    if not any(q in folded[sentence[0]:sentence[1]] for q in "«\"“"):
        return hits
    outside = []
    pos, depth, curly, straight = sentence[0], 0, 0, 0  # counted once along the sentence, hit after hit
    for h in hits:
        seg = folded[pos:h[0]]
        pos = max(pos, h[0])
        depth += seg.count("«") - seg.count("»")
        curly += seg.count("“") - seg.count("”")
        straight += seg.count('"')
        if depth <= 0 and curly <= 0 and straight % 2 == 0:
            outside.append(h)
    return outside or hits


def find_anchors(folded: str, sents: list[tuple[int, int]], headline: tuple[int, int] | None
                 ) -> list[Anchor]:
    anchors: list[Anchor] = []
    for s in sents:
        hits = keyword_types(folded, s[0], s[1])
        if hits:  # names of projects, a person's story: no event the report tells
            hits = drop_told_stories(folded, s, drop_relative_grants(folded, s, drop_project_names(folded, s, hits)))
        if not hits:
            continue
        is_headline = headline is not None and s[0] < headline[1] and headline[0] < s[1]
        verbs = [m.start() for m in HAPPENED_SCAN.finditer(folded, s[0], s[1], HAPPENED_SCAN.starts(match_key(folded)))
                 if not told_as_plan(folded, s[0], m.start())]  # "grants will be awarded", "plans to open"
        if not is_headline and anchors and routine_of_series(folded, *s):
            continue  # "Groups met every two weeks": the sessions of the series already told
        if not is_headline and EARLIER_TIME.search(folded, s[0], s[1]):
            continue  # "who visited Karakol last month": an earlier event told in passing
        if not is_headline and not anchors and all(folded.startswith("trained", at) for at, _ in hits):
            continue  # "WHO trained 48 nurses" tells a training beside an event told before, never the report's own
        if not is_headline and all(names_the_frame(folded, s, h[0]) for h in hits):
            continue  # "Иш-чара кампаниянын алкагында өткөрүлдү": only the frame of the event told is named
        clauses = dated_clauses(folded, s, hits) if verbs and not is_headline else [s]
        if len(clauses) > 1:  # "прошел тренинг, а 14 марта — круглый стол": an anchor per dated clause
            anchors.extend(_anchor(folded, c, [h for h in hits if c[0] <= h[0] < c[1]], verbs) for c in clauses)
            continue
        if is_headline or verbs:
            hits = _outside_quotes(folded, s, hits)
            types: list[str] = []
            for _, t in hits:
                if t not in types:
                    types.append(t)
            primary = _best_type(types)
            if verbs and len(types) > 1:
                # "В рамках форума состоялся круглый стол": the event named as the frame is not the one held
                told = [h for h in hits if not names_the_frame(folded, s, h[0])
                        and not names_its_people(folded, s, h[0]) and not names_the_one_before(folded, s, h[0])] or hits
                primary = min(told, key=lambda h: min(abs(v - h[0]) for v in verbs))[1]
                closing = _closing_event(folded, s, told)
                if closing is not None:  # "the forum ended with a pitch competition": the one told is the contest
                    primary = closing
                if primary == "meeting" and "visit" in types:
                    primary = "visit"  # "делегациясы районго келип, акими менен жолугушту": the meeting is the visit's
            anchors.append(Anchor(s, types, primary))
    return anchors


def _anchor(folded: str, clause: tuple[int, int], hits: list[tuple[int, str]], verbs: list[int]) -> Anchor:
    """A clause's anchor: its type told nearest the sentence's verb."""
    types = list(dict.fromkeys(t for _, t in hits))
    primary = min(hits, key=lambda h: min(abs(v - h[0]) for v in verbs))[1] if len(types) > 1 else types[0]
    return Anchor(clause, types, primary)


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
    main_type = anchors[0].primary
    if len(anchors) > 1 and len(anchors[0].types) > 1 and headline is not None \
            and anchors[0].sentence[0] < headline[1] and anchors[1].primary in anchors[0].types:
        # a headline naming two events ("жолугушуу жана семинар өттү"): the one the text tells first leads
        main_type = anchors[1].primary
    headline_anchor = anchors[0] if headline is not None and anchors[0].sentence[0] < headline[1] else None
    if headline_anchor is not None and headline_anchor.types == ["campaign"] and len(anchors) > 1:
        main_type = held_within_campaign(folded, [a.sentence for a in anchors[1:]]) or main_type
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
        if recalls(folded, a0):
            # its paragraph, dates and figures are no event's; the text after it goes on about the current one
            para_end = folded.find("\n", anchor.sentence[1], seg_end)
            if para_end >= 0:
                current.segments.append((para_end, seg_end))
            continue
        said = keyword_types(folded, *anchor.sentence)
        if said and (all(in_speech(folded, at) for at, _ in said) or _SPEAKER_ACCOUNT.match(folded, a0)
                     or (kind == "other" and _PRIZES.search(folded, *anchor.sentence)
                         and any(e.event_type == "competition" for e in events))):
            # «В январе мы провели конкурс», — рассказала …: a speaker's recollection; "По её словам, … 48
            # специалистов прошли обучение": results she reported; prizes handed to a contest's winners
            current.segments.append((a0, seg_end))
            continue
        if not existing and _RECALLED_INSIDE.search(folded, *anchor.sentence):
            current.segments.append((anchor.sentence[1], seg_end))  # "… буга чейин, 5-февралда, … өткөрүлгөн"
            continue
        if existing and held_again(folded, anchor.sentence, has_own) and any(
                has_own(a, b, True) and not SEVERAL_DAYS.search(folded, a, b) for a, b in existing[0].segments):
            # "Через два дня, 24 ноября, такие же слушания прошли в селе Даркан", "The next day, 15 May, a
            # second training took place in Kochkor": the same kind of event held again on a day of its own
            target = EventDraft(kind, [])
            events.append(target)
        elif existing:
            target = existing[0]
            if kind == "other" and handover_apart(folded, anchor.sentence, target):
                # goods handed over at a fair: a second event of no other type, on the fair's day unless
                # its own; what follows its paragraph goes on about the fair
                target = EventDraft(kind, [], split_from=_within(folded, anchor, current))
                events.append(target)
                para_end = folded.find("\n", anchor.sentence[1], seg_end)
                para_end = seg_end if para_end < 0 else para_end
                target.segments.append((a0, para_end))
                current.segments.append((para_end, seg_end))
                continue
            if target is not current and target.split_from is None and (
                    same_day_lead(folded, a0)
                    or current.event_type == "visit" and at_the_opening(folded, anchor.sentence)):
                # the headline's handover told again "Ошол эле күнү …" after the dated visit, or the visitors
                # "приняли участие в открытии" the headline names: on the visit's day
                target.split_from = current
        elif (_is_figure(folded, anchor) and not has_own(a0, anchor.sentence[1], True)
              or _background(folded, anchor.sentence) or cited_figure(folded, anchor.sentence)):
            # "Жалпысынан 45 грант тапшырылды": a figure of the event told; "с начала 2023 года 410 из
            # них прошли обучение": what the project did over a period.  Neither is an event.  Only a
            # date in the figure's own sentence ("5-октябрында 13 грант тапшырылды") makes it one: a
            # date further on belongs to whatever that later sentence tells.
            target = current
        elif kind in ("competition", "opening") and any(e.event_type in _HOLDS_CONTESTS for e in events) \
                and not has_own(a0, anchor.sentence[1], True) and not same_day_lead(folded, a0):
            # "Жарманкенин алкагында … сынагы да болду", "a contest was also held at the fair": a contest with
            # no day of its own is a part of the fair it was held in (labelling guide); a forum's or campaign's
            # "also" contest (a final held there) stays an event of its own, as a forum's "also" meeting does;
            # so is a desk opened at the fair ("Союз предпринимателей открыл консультационный пункт")
            target = current
        elif adds_event(folded, anchor.sentence) or grants_of_their_own(
                folded, anchor.sentence, anchor.primary, headline_anchor.types if headline_anchor else []) or (
                within_named_event(folded, anchor.sentence)
                and not any(e.event_type in PART_OF.get(kind, set()) for e in events)) or (
                kind in _OWN_ON_THE_SAME_DAY and same_day_lead(folded, a0)) or (
                # "On the same day, 36 teachers took part in a training" after a handover: a ceremony holds no
                # programme, so what it is told beside that day is an event of its own, whatever its kind
                # (a visit's meetings that day stay the visit's)
                kind != "visit" and same_day_lead(folded, a0) and ceremony_told(folded, current)
                and not any(e.event_type == "visit" for e in events)) or (
                kind != "visit" and current.event_type != "visit" and (follows_ceremony(folded, a0) or (
                    around_event(folded, a0) and not any(e.event_type in PART_OF.get(kind, set()) for e in events)))):
            # "В рамках мероприятия также состоялась встреча": a lead of its own, even within a forum
            # and with no date or figures; the text after its paragraph goes on about the event it
            # was told in (totals at the end of a report are the whole event's)
            # one of several days ("Before the ceremony, … completed a two-day workshop") is not on its day
            also = EventDraft(kind, [], split_from=None if SEVERAL_DAYS.search(folded, *anchor.sentence)
                              else _within(folded, anchor, current))
            events.append(also)
            para_end = folded.find("\n", anchor.sentence[1], seg_end)
            para_end = seg_end if para_end < 0 else para_end
            also.segments.append((a0, para_end))
            current.segments.append((para_end, seg_end))
            continue
        else:
            # meetings during a visit are the visit, unless the text dates them on their own
            absorbed = any(e.event_type in PART_OF.get(kind, set()) for e in events)
            # a part of an event told (a presentation at a conference) is an event of its own only when its own
            # sentence dates it: a date further on belongs to whatever the later sentences tell
            # an opening the visitors held is a ceremony of its own, dated or not (labelling guide)
            if has_own(a0, anchor.sentence[1] if absorbed else seg_end, absorbed) or (
                    kind == "opening" and current.event_type == "visit") or (not absorbed and (_leads_another_day(folded, anchor)
                                                                   or _in_a_month_of_its_own(folded, anchor))):
                target = EventDraft(kind, [], split_from=None if _in_a_month_of_its_own(folded, anchor)
                                    else _within(folded, anchor, current))
                events.append(target)
            else:
                target = current
        target.segments.append((a0, seg_end))
        current = target
    visit = next((e for e in events if e.event_type == "visit"), None)
    if visit is not None:  # told within the visit, on its day
        events.extend(EventDraft(t, [], split_from=visit) for t in ceremonies_in_visit(folded, visit, events, anchors))
    recalled = recalled_paragraphs(folded, anchors[0].sentence[1], p1)
    for e in events:
        e.segments = _merge_adjacent(cut_out(e.segments, recalled))
    return events


def _merge_adjacent(segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(segs):
        if out and out[-1][1] >= a:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
