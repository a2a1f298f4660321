"""Indicators: numbers the text states about an event, classified by the words around them.

A number counts the first noun after it ("764 адам", "9 “ыкчам” жолугушуу", "47 пилоттук
муниципалитет") — Kyrgyz and Russian both put the counted noun after the numeral.
Which indicator a count of people is comes from the predicate of its clause: trained
("тренингден өттү", "прошли обучение"), reached/benefiting ("консультация алды",
"бирикти", "охвачено") or present ("катышты", "приняли участие").  Women/men counts
inside "(м.и. 495 аял, 286 эркек)" / "из них 20 женщин" belong to the total before them.
Durations, ages, percentages, ranges, ordinals and list numbers are never indicators.

This module walks the sentences (hard-wrapped lines joined again) and skips background: a sentence
about an earlier year or "last year", an organization's history ("с 1997 года"), an "About us"
block.  ``indicators_reading`` reads one number's noun and clause, ``indicators_labels`` the counts
whose noun is elsewhere (table rows, "женщин — 30", "410 из них"), ``indicators_classify`` links
sex splits to their totals and gives each count its indicator; ``indicators_vocab`` holds the words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from etl.contract import Indicator
from etl.extract.indicators_affiliation import drop_affiliations
from etl.extract.indicators_area_makeup import drop_area_makeup
from etl.extract.indicators_area_state import drop_area_state
from etl.extract.indicators_breakdown import drop_breakdown_parts
from etl.extract.indicators_classify import classify
from etl.extract.indicators_clauses import clause_before
from etl.extract.indicators_clock import drop_clock_minutes
from etl.extract.indicators_continuation import opens_with_then
from etl.extract.indicators_cumulative import spoken_project_result
from etl.extract.indicators_envoys import envoys_of_state
from etl.extract.indicators_facility import facility_users
from etl.extract.indicators_frame import drop_headline_restated, drop_outside_event, headline_end
from etl.extract.indicators_grantees import grantees
from etl.extract.indicators_groups import bodies_represented, groups_taking_part
from etl.extract.indicators_labels import category_before_paren, count_without_noun, sex_named_before
from etl.extract.indicators_later import civil_documents, drop_later_phase
from etl.extract.indicators_not_counted import drop_not_counted, parts_of_things
from etl.extract.indicators_not_event import drop_not_event
from etl.extract.indicators_number_context import REPRESENTATIVES, SEX_BEFORE_OFFICIAL
from etl.extract.indicators_officials import (
    heads_of_counted_bodies,
    official_phrase_end,
    official_phrase_sex,
    officials_among,
    officials_as_audience,
)
from etl.extract.indicators_officials_whole import officials_whole_audience
from etl.extract.indicators_org_covered import organizations_supported
from etl.extract.indicators_reading import (
    Count,
    counted_noun,
    group_of,
    is_excluded,
    phrase_tail,
)
from etl.extract.indicators_restated import drop_rounded_restatements, invited_parts, restated_totals
from etl.extract.indicators_sections import about_sections
from etl.extract.indicators_selected import drop_selected_repeats
from etl.extract.indicators_sex_links import link_sex_splits
from etl.extract.indicators_supplied import supplied_people
from etl.extract.indicators_total_line import verbless_totals
from etl.extract.indicators_vocab import (
    CURRENCY_BEFORE,
    CURRENCY_CODE,
    FROM_BEFORE,
    GENERIC_PERSON,
    HEADS_AFTER,
    HEADS_BEFORE,
    LAST_YEAR,
    OTHER_EVENT,
    PARTICIPANT_BEFORE,
    RELATIVE_ASIDE,
    RUSSIAN_PAST_AFTER,
    RUSSIAN_WORDS,
    SINCE,
    SPLIT_CUE,
    THIS_YEAR,
    YEAR_IN_CLAUSE,
    YEAR_OPENING,
)
from etl.extract.numbers import NumberMention
from etl.text import main_year as text_main_year


@dataclass(slots=True)
class IndicatorMention:
    indicator: Indicator
    parent: int | None = None  # index (in the returned list) of the total this splits by sex


def find_indicators(folded: str, sentences: list[tuple[int, int]], numbers: list[NumberMention],
                    text: str) -> list[IndicatorMention]:
    """Indicators from ``numbers`` (already free of dates) within the given sentences."""
    counts: list[Count] = []
    starts = [n.start for n in numbers]
    main_year = text_main_year(folded)
    told = _TimeCues(folded)
    about = about_sections(folded)
    prev = (0, 0)
    for s_start, s_end in sentences:  # segments.sentences already rejoins hard-wrapped lines
        lo = bisect_left(starts, s_start)
        hi = bisect_left(starts, s_end, lo)
        if lo < hi and opens_with_then(folded, s_start, s_end) and _is_background(folded, *prev, main_year, told) \
                and _this_year_turn(folded, *prev, told) is None:
            lo = hi  # "Былтыр … алган. Анда байге фонду 600 миң сом болчу": that earlier time's figures
        prev = (s_start, s_end)
        if lo < hi and (turn := _this_year_turn(folded, s_start, s_end, told)) is not None:
            lo = bisect_left(starts, turn, lo, hi)  # "Былтыр 90 адам катышкан болсо, быйыл 140": this year's
        elif lo < hi and (aside := _last_year_aside(folded, s_start, s_end, told, main_year)) is not None:
            hi = bisect_left(starts, aside, lo, hi)  # "охватили 42 села, где в прошлом году …": up to the aside
        elif lo < hi and (_is_background(folded, s_start, s_end, main_year, told)
                          or any(a <= s_start < b for a, b in about)):
            continue
        for num in (numbers[lo:hi] if lo < hi else ()):
            if is_excluded(folded, num, s_start):
                continue
            if num.words and num.value == 1 and not num.multiplied:
                continue  # "бир"/"один" alone is an article far more often than a count
            if num.words and folded[num.start:num.end] == "он" and (RUSSIAN_WORDS.search(folded, s_start, s_end)
                                                          or RUSSIAN_PAST_AFTER.match(folded, num.end, s_end)):
                continue  # "Он поручил …": the Russian pronoun, not the Kyrgyz "он" (ten)
            noun = counted_noun(folded, num, s_end)
            cur = CURRENCY_BEFORE.search(folded, max(s_start, num.start - 5), num.start)
            if cur and (noun is None or noun[0] != "money"):
                noun = ("money", num.end, CURRENCY_CODE[cur.group(1)], [])
            if noun is None and (off_end := official_phrase_end(folded, num, s_end)) is not None:
                counts.append(Count(num, "official", off_end, sex=official_phrase_sex(folded, num, off_end),
                                    sentence=(s_start, s_end), subset=True))
                continue  # "Катышуучулардын 9у – айылдык кеңештердин депутаттары": officials named after a genitive
            if noun is None:
                before = folded[max(s_start, num.start - 60):num.start]
                if PARTICIPANT_BEFORE.search(before):
                    counts.append(Count(num, "participant", num.end, sentence=(s_start, s_end)))
                elif (other := count_without_noun(folded, num, (s_start, s_end), _last_in(counts, s_start))) \
                        is not None:
                    counts.append(other)
                continue
            cat, noun_end, currency, skipped = noun
            if cat == "group_from":  # "из 14 групп" covered; other groups count only where they get grants
                from_ = FROM_BEFORE.search(folded, max(s_start, num.start - 8), num.start)
                cat = "institution" if from_ else "organization"
            if main_year is not None and (_earlier_year(clause_before(folded, num.start, s_start), main_year)
                                          or _earlier_year(_YEAR_AFTER.match(folded, noun_end, s_end), main_year)) \
                    and not spoken_project_result(folded, s_start, s_end):
                continue  # "Катышуучулар 2022-жылы 800 миңден ашык жаран …", "9,400 visitors in 2024": that year's
            if cat == "money" and main_year is not None \
                    and _later_year(clause_before(folded, num.start, s_start), main_year):
                continue  # "2024-жылы … 25 млн сомдук сактоочу жай курулушу … пландалууда": a later year's money
            if cat == "official" and REPRESENTATIVES.match(folded[num.end:noun_end]) \
                    and "," in folded[noun_end:min(s_end, noun_end + 60)] \
                    and not _ANOTHER_GROUP.match(folded, folded.find(",", noun_end)) \
                    and not SPLIT_CUE.search(folded[max(s_start, num.start - 30):num.start]):
                cat = "person"  # "представителей органов МСУ, министерств, депутатов": everyone present
            if cat == "institution" and (HEADS_BEFORE.search(folded, max(s_start, num.start - 16), num.start)
                                         or HEADS_AFTER.match(folded, noun_end)) \
                    and not heads_of_counted_bodies(folded, num, noun_end, s_start):
                cat = "official"  # "главы 28 айыл окмоту", "45 айыл өкмөт башчысы": people, not bodies
            if cat in ("institution", "settlement") and (off_end := official_phrase_end(folded, num, s_end)) is not None:
                cat, noun_end = "official", off_end  # "Алардын 19у айыл өкмөттөрүнүн жана … кызматкерлери": 19 of them
            if cat == "official" and _PRIVATE_BODY_AFTER.match(folded, noun_end):
                cat = "person"  # "двадцать пять руководителей компаний": heads of businesses are no officials
            if cat == "person" and envoys_of_state(folded, num.start, num.end, noun_end):
                cat = "official"  # "12 representatives of the District Education Department"
            c = Count(num, cat, noun_end, currency, sentence=(s_start, s_end))
            if cat == "official" and (sx := SEX_BEFORE_OFFICIAL.search(folded, num.end, noun_end)):
                c.sex = "female" if sx.group(1) else "male"
            if cur and cat == "money" and noun_end == num.end:
                c.start = cur.start()  # "USD 1.2 million", "$187,500": the currency is part of the evidence
            if cat == "person" and GENERIC_PERSON.match(folded, num.end, noun_end) \
                    and (sex := sex_named_before(folded, num, s_start)) is not None:
                c.category, c.start = sex  # "Женщины составили 30 человек"
            elif cat == "person" and GENERIC_PERSON.match(folded, num.end, noun_end) \
                    and (head := category_before_paren(folded, num, s_start)) is not None:
                c.category = head  # "представители айыл окмоту (12 человек)"
            words = phrase_tail(folded, num.end, noun_end, s_end)
            before = clause_before(folded, num.start, s_start)
            if cat in ("person", "participant", "female", "male", "official"):
                c.group = group_of(words, before) if cat != "official" else None
                if c.group == "LSG staff" and cat == "person" and _after_people(counts, s_start):
                    # "… 12 депутаты, айыл өкмөтүнүн 8 кызматкери": local-government staff among those
                    # present; alone ("60 специалистов айыл окмоту") they are the participants themselves
                    c.category, c.group = "official", None
            counts.append(c)
    link_sex_splits(folded, counts)
    restated = restated_totals(folded, counts)
    classify(folded, counts)
    verbless_totals(folded, counts)
    for k in restated + invited_parts(folded, counts):
        counts[k].indicator = None  # "Из 56 медиков 50 — женщины": the 56 counted before
    officials_among(folded, counts)
    officials_as_audience(folded, counts)
    supplied_people(folded, counts)
    facility_users(folded, counts)
    groups_taking_part(folded, counts)
    bodies_represented(folded, counts)
    drop_affiliations(folded, counts)
    counts.extend(grantees(folded, counts))
    drop_area_state(folded, counts)
    drop_area_makeup(folded, counts)
    drop_breakdown_parts(folded, counts)
    drop_clock_minutes(folded, counts)
    drop_later_phase(folded, counts)
    civil_documents(folded, counts)
    organizations_supported(folded, counts)
    drop_selected_repeats(folded, counts)
    drop_rounded_restatements(folded, counts)
    drop_not_event(folded, counts, text)
    drop_not_counted(folded, counts)
    parts_of_things(folded, counts)
    drop_outside_event(folded, counts, main_year)
    _drop_headline_repeats(folded, sentences, counts)
    drop_headline_restated(folded, sentences, counts)
    _drop_table_repeats(folded, counts)
    officials_whole_audience(folded, counts)
    return _emit(counts, text)


# "15 представителей органов МСУ и районных служб, а также специалисты компании …": the comma opens another
# group, so the representatives counted are the bodies' alone.
_ANOTHER_GROUP = re.compile(r",\s*(?:а\s+также|as\s+well\s+as|and\s+also)(?![а-яa-z])")
_PRIVATE_BODY_AFTER = re.compile(r"\s+(?:частн[а-я]*\s+)?(?:компани|предприяти|фирм|бизнес|кооператив|"
                                 r"companies|businesses|firms|enterprises|cooperatives|private)")


def _drop_headline_repeats(folded: str, sentences: list[tuple[int, int]], counts: list[Count]) -> None:
    """A headline's figure that the text states again ("25 женщин получили гранты" over "25 лучших
    проектов получили гранты") is that figure, told where its event is: the body's copy stands.
    The headline is among the lines above the first sentence that ends as one."""
    top_end = headline_end(folded, sentences)
    if not top_end or not counts or counts[0].sentence[0] >= top_end:
        return
    later = {(c.indicator, c.num.value) for c in counts if c.sentence[0] >= top_end and c.indicator}
    for c in counts:
        if c.sentence[1] <= top_end and ((c.indicator, c.num.value) in later or _rounded_in_body(c, later)):
            c.indicator = None


def _rounded_in_body(c: Count, later: set[tuple[str, float]]) -> bool:
    """"более 200 юношей и девушек" over "220 молодых людей": a headline rounds the body's figure down."""
    return c.num.approx and c.indicator is not None and any(
        ind == c.indicator and c.num.value < value <= c.num.value * 1.25 for ind, value in later)


def _in_table_row(folded: str, pos: int) -> bool:
    line_start = folded.rfind("\n", 0, pos) + 1
    return "\t" in folded[line_start:pos] or "|" in folded[line_start:pos]


def _drop_table_repeats(folded: str, counts: list[Count]) -> None:
    """A key-figures table restating what the text told ("Обучено педагогов\t28 (21 ж / 7 м)" after
    "Обучение прошли 28 педагогов, из них 21 женщина"): the text's figure stands, the row's is a copy."""
    if "\t" not in folded and "|" not in folded:
        return
    told = {(c.indicator, c.sex, c.num.value) for c in counts
            if c.indicator and not _in_table_row(folded, c.num.start)}
    for c in counts:
        if c.indicator and (c.indicator, c.sex, c.num.value) in told and _in_table_row(folded, c.num.start):
            c.indicator = None


def _last_in(counts: list[Count], s_start: int) -> Count | None:
    """The last count read in the sentence that starts at ``s_start``."""
    return counts[-1] if counts and counts[-1].sentence[0] == s_start else None


def _after_people(counts: list[Count], s_start: int) -> bool:
    """A count of people already read in this sentence or the one just before."""
    return bool(counts) and counts[-1].sentence[1] >= s_start - 3 and counts[-1].category in (
        "person", "participant", "female", "male", "official")


def _earlier_year(before: str | re.Match[str] | None, main_year: int) -> bool:
    if before is None:
        return False
    text = before if isinstance(before, str) else before.group()
    return any(int(a or b) < main_year for a, b in YEAR_IN_CLAUSE.findall(text)) \
        or any(int(d or e) + 9 < main_year for d, e in _DECADE.findall(text))


def _later_year(before: str, main_year: int) -> bool:
    return any(int(a or b) > main_year for a, b in YEAR_IN_CLAUSE.findall(before))


# A past decade: "ещё в 1990-х годах в области работали более 300 библиотек", "1990-жылдары", "in the 1990s".
_DECADE = re.compile(r"(?<!\d)((?:19|20)\d0)-?х\s+(?:годах|годы|годов|гг)|(?<![a-z])in\s+the\s+((?:19|20)\d0)['’]?s(?![a-z])")


# The year right after the counted noun, in the same clause: "received about 9,400 visitors in 2024".
_YEAR_AFTER = re.compile(r"[^,;:.!?()\n]{0,12}?(?:(?<![а-яa-z])в\s+|(?<![a-z])in\s+)?(?:19|20)\d\d(?:\s*году|(?![\d–-]))")


class _TimeCues:
    """LAST_YEAR and OTHER_EVENT of a sentence, asked up to four times of the same sentence: searched once."""

    __slots__ = ("folded", "_last", "_other")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._last: dict[tuple[int, int], re.Match[str] | None] = {}
        self._other: dict[tuple[int, int], bool] = {}

    def last_year(self, s_start: int, s_end: int) -> re.Match[str] | None:
        """``LAST_YEAR.search(folded, s_start, s_end)``."""
        key = (s_start, s_end)
        if key not in self._last:
            self._last[key] = LAST_YEAR.search(self.folded, s_start, s_end)
        return self._last[key]

    def other_event(self, s_start: int, s_end: int) -> bool:
        """``OTHER_EVENT.search(folded[s_start:s_end])`` (on the slice: its "^" is the sentence start)."""
        key = (s_start, s_end)
        if key not in self._other:
            self._other[key] = OTHER_EVENT.search(self.folded[s_start:s_end]) is not None
        return self._other[key]


def _this_year_turn(folded: str, s_start: int, s_end: int, told: _TimeCues) -> int | None:
    """Where a sentence comparing last year with this one turns to this year, if it does."""
    last = told.last_year(s_start, s_end)
    if last is None:
        return None
    this = THIS_YEAR.search(folded, last.end(), s_end)
    return this.start() if this and not told.other_event(s_start, s_end) else None


def _last_year_aside(folded: str, s_start: int, s_end: int, told: _TimeCues, main_year: int | None) -> int | None:
    """Where a relative clause about last year or a long-past year starts ("…, где в прошлом году охват был
    ниже 80%", "…, where more than 300 families have built houses since 2015"), when the sentence states its
    own figures before it; the figures before the aside are this event's."""
    last = told.last_year(s_start, s_end)
    if last is None:
        since = SINCE.search(folded, s_start, s_end) if main_year is not None else None
        if since is None or main_year is None or int(since.group(1) or since.group(2)) > main_year - 5:
            return None
        last = since
    aside = None
    for m in RELATIVE_ASIDE.finditer(folded, s_start, last.start()):
        aside = m
    if aside is None or not any(ch.isdigit() for ch in folded[s_start:aside.start()]):
        return None
    return aside.start()


def _is_background(folded: str, s_start: int, s_end: int, main_year: int | None, told: _TimeCues) -> bool:
    """A sentence about history: "с 1997 года реализовано…", or opening with an earlier year."""
    if told.last_year(s_start, s_end) or told.other_event(s_start, s_end):
        return True  # "в прошлом году предприниматели получили кредиты на 4,2 млрд сомов"
    if main_year is None:
        return False
    since = SINCE.search(folded, s_start, s_end)
    if since and int(since.group(1) or since.group(2)) <= main_year - 5:
        return True  # an organization's history or a fund's portfolio, whoever tells it
    m = YEAR_OPENING.match(folded, s_start, s_end)
    # an earlier year's figures; a project's results a speaker reports at the event are the event's
    return bool(m and int(m.group(1)) < main_year) and not spoken_project_result(folded, s_start, s_end)


def _emit(counts: list[Count], text: str) -> list[IndicatorMention]:
    out: list[IndicatorMention] = []
    index: dict[int, int] = {}
    for i, c in enumerate(counts):
        if c.indicator is None:
            continue
        unit = c.currency if c.indicator == "funding_amount" else _UNITS[c.indicator]
        if unit is None:
            continue
        start = c.first
        end = c.noun_end if c.category not in ("participant",) or c.noun_end > c.num.end else c.num.end
        ind = Indicator(c.indicator, c.num.value, unit, c.sex, c.group if c.indicator != "funding_amount" else None,
                        text[start:end], (start, end))
        index[i] = len(out)
        out.append(IndicatorMention(ind, c.parent))
    for m in out:  # a total may come after its women and men ("18 women and 14 men, 34 in total")
        m.parent = index.get(m.parent) if m.parent is not None else None
    return out


_UNITS = {
    "participants": "person", "officials_participants": "person", "people_trained": "person",
    "beneficiaries": "person", "sessions_held": "session", "settlements_covered": "settlement",
    "institutions_covered": "institution", "grants_awarded": "grant",
}
