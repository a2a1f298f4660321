"""Classifying counts: each count's indicator from its clause (sex splits are linked first, in
``indicators_sex_links``)."""

from __future__ import annotations

import re

from etl.extract.indicators_clauses import clause_after, clause_before, own_clause
from etl.extract.indicators_cues import NEXT_CLAUSE, NEXT_PREDICATE
from etl.extract.indicators_money import not_event_money
from etl.extract.indicators_money_scope import other_money
from etl.extract.indicators_money_size import budget_size
from etl.extract.indicators_money_standing import standing_money
from etl.extract.indicators_money_unit import not_the_events_money
from etl.extract.indicators_number_context import (
    ABLATIVE_END,
    MORE_THAN_AFTER,
)
from etl.extract.indicators_person import grant_given_after, person_indicator
from etl.extract.indicators_predicates import FUNDED, FUNDED_JUST_BEFORE, KY_FUTURE, PLANNED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_scope import grants_to_each, place_not_covered
from etl.extract.indicators_selected import selected_for_grant
from etl.extract.indicators_sex_links import from_places, split_opens
from etl.extract.indicators_vocab import (
    AMOUNT_LIST_BEFORE,
    APPLIED,
    DATIVE_NOUN,
    DISTRIBUTIVE,
    DISTRIBUTIVE_SUFFIX,
    EACH_AFTER,
    EACH_BEFORE,
    GRANT_GIVEN,
    GRANT_SIZE_AFTER,
    GRANT_WORD,
    JURY,
    MORE_BEFORE,
    NOT_MONEY_BEFORE,
    PER_UNIT_AFTER,
    PLACE_RANK,
    PRIZE_CUE,
    PRIZE_MONEY,
    PROPOSED,
    SUBSET_AHEAD,
    THERE_ARE,
    THERE_ARE_END,
    TOTAL_CUE,
    TOTAL_FUND,
    UP_TO_AFTER,
    UP_TO_BEFORE,
    VENUE_BEFORE,
    WINNERS_GET,
    WINNING,
)

# A contrastive turn between two counts: each has its own predicate ("…, а …", "…, but …", "…, ал эми …").
TURN_BETWEEN = re.compile(r",\s*(?:а|но|but|while|whereas|ал\s+эми|бирок)\s")
# A total after a dash sums the list before it, whose verb opens the sentence: "приехали главы из Сузакского,
# Ноокенского районов — всего 87 человек", "келишти … — жалпысынан 60 адам", "came from A, B and C — 87 in all".
SUMMING_DASH = re.compile(r"\s[—–-]\s*(?:всего|итого|в\s+целом|жалпысынан|баары|бардыгы|in\s+all|in\s+total|a\s+total\s+of)?\s*"
                          r"(?:около|более|свыше|почти|about|over|nearly)?\s*\**$")
# A part of a total whose own predicate is receiving grants ("600 аял окутулуп, алардын 210у … гранттарды
# алган", "из них 40 получили гранты", "40 of them received grants"): the grants, not more people trained.
PART_GRANTED = re.compile(
    r"[^.;,]{0,60}?(?:грант[а-я]*\s+(?:[а-я]+\s+)?(?:алган|алышкан|алды|алышты|утуп\s+ал[а-я]*|ээ\s+бол[а-я]*)|"
    r"(?:получил[аи]?|выиграл[аи]?)\s+(?:[а-я-]+\s+){0,2}грант|(?:received|won|were\s+awarded)\s+(?:[a-z-]+\s+){0,2}grants?)"
    r"(?![а-яa-z])")


def _more_within_total(folded: str, c: Count, counts: list[Count], i: int, block_end: int) -> bool:
    """"… жана дагы үч айылдын – жалпысынан 5 айылдын": "three more" is a part of the total said next."""
    if not MORE_BEFORE.search(folded, max(c.sentence[0], c.num.start - 8), c.num.start):
        return False
    return any(counts[j].category == c.category
               and TOTAL_CUE.search(folded, c.noun_end, counts[j].num.start) is not None
               for j in range(i + 1, block_end))


def classify(folded: str, counts: list[Count]) -> None:
    # Counts come sentence by sentence: each sentence's counts are one contiguous block.
    block: dict[tuple[int, int], tuple[int, int]] = {}
    for i, c in enumerate(counts):
        lo, _ = block.get(c.sentence, (i, i))
        block[c.sentence] = (lo, i + 1)
    for i, c in enumerate(counts):
        if c.indicator is not None:
            continue  # a table row whose label said what its people did
        s_start, s_end = c.sentence
        # the places people came from do not end their clause: "44 farmers from six villages completed …"
        nxt = next((counts[j].num.start for j in range(i + 1, block[c.sentence][1])
                    if counts[j].parent != i and not (j == i + 1 and from_places(folded, counts[j]))), s_end)
        after = clause_after(folded, c.noun_end, s_end, nxt)
        before = clause_before(folded, c.num.start, s_start)
        if c.category in ("person", "participant") and SUMMING_DASH.search(folded, max(s_start, c.num.start - 24), c.num.start):
            before = folded[max(s_start, c.num.start - 200):c.num.start]  # "приехали главы из А, Б и В районов — всего 87"
        clause = before + " | " + folded[c.num.end:c.noun_end] + " " + after
        planned = bool(PLANNED.search(clause) or KY_FUTURE.search(clause, 0, len(clause) - len(after)
                                                                  + _comma(after)))
        if c.category == "money":
            if AMOUNT_LIST_BEFORE.search(folded, max(s_start, c.num.start - 10), c.num.start):
                continue  # "15 000, 10 000 жана 7 000 сомдук": the last of amounts listed one by one, each its own
            if UP_TO_BEFORE.search(folded, max(s_start, c.num.start - 20), c.num.start) or \
                    UP_TO_AFTER.match(folded, c.noun_end) or \
                    (not TOTAL_FUND.search(clause) and _prize_each(folded, c, clause, counts)):
                continue  # a ceiling per grant ("до 80 тыс. сомов") or a list of prizes per place, not a total
            if NOT_MONEY_BEFORE.search(before) or DISTRIBUTIVE.search(before) or \
                    PER_UNIT_AFTER.match(folded, c.noun_end) or \
                    DISTRIBUTIVE_SUFFIX.match(folded, c.noun_end) or \
                    (ABLATIVE_END.search(folded[c.num.end:c.noun_end])
                     and not MORE_THAN_AFTER.match(folded[c.noun_end:c.noun_end + 12])):
                continue  # a price, or "50 миң сомдон" / "по 50 тысяч": an amount each, not the total
            if not TOTAL_FUND.search(before.rsplit("(", 1)[-1] + " | " + own_clause(after)) and (
                    EACH_BEFORE.search(before) or EACH_AFTER.match(folded, c.noun_end)
                    or WINNERS_GET.search(before) or GRANT_SIZE_AFTER.match(folded, c.noun_end)):
                continue  # "каждый получил грант в размере …", "победители получат …": per winner, not a total
            if planned and c.currency and _plan_not_next(after) \
                    and not PLANNED.search(clause, 0, len(clause) - len(after) + _comma(after)) \
                    and not KY_FUTURE.search(clause, 0, len(clause) - len(after) + _comma(after)):
                planned = False  # "a grant of JPY 45 million, and will be run by the city": the plan is the next clause's
            if planned or not_event_money(folded, c.num.start, s_start, after) \
                    or other_money(folded, c.num.start, c.noun_end, c.sentence) \
                    or not_the_events_money(folded, c.num.start, c.noun_end, c.sentence) \
                    or standing_money(folded, c.num.start, c.noun_end, c.sentence) \
                    or budget_size(folded, c.num.start, c.noun_end, c.sentence):
                continue  # "бюджет на 2024 год составит 74,3 млн сомов": a plan, not money granted
            c.indicator = "funding_amount"
        elif c.category == "grant":
            c.indicator = None if planned else "grants_awarded"
        elif c.category == "winner" or (c.category == "initiative"
                                         and WINNING.search(folded, c.num.end, c.noun_end)):
            # "определены восемь проектов-победителей. Каждый победитель получит грант": the winners
            # are the grants, said in their sentence or the next one
            if _grant_said(folded, c):
                c.indicator = "grants_awarded"
        elif c.category in ("initiative", "organization", "institution") \
                and selected_for_grant(folded, c, clause, planned):
            c.indicator = "grants_awarded"  # "Комиссия алты демилгелүү топту тандап алды. Гранттар … берилди"
        elif c.category == "initiative":
            # "15 долбоор сунушташты, алардын бешөө грант утуп алды": what a part of them won is not theirs
            part = SUBSET_AHEAD.search(folded, c.noun_end, min(s_end, c.num.end + 200))
            stop = part.start() if part else min(s_end, c.num.end + 200)
            stop = min([stop] + [o.first for o in counts if o.subset and o.sentence == c.sentence
                                 and o.num.start > c.num.start])  # "25 бизнес-план даярдалып, 18и каржыланды"
            if planned:
                pass  # "пять лучших проектов получат гранты": not funded yet
            elif FUNDED.search(folded, c.num.end, stop) or _funded_just_before(before) or any(
                    o.category == "money" and o.sentence == c.sentence and c.num.start < o.num.start < stop
                    for o in counts):
                c.indicator = "grants_awarded"
        elif c.category in ("organization", "institution") and GRANT_WORD.search(clause) \
                and GRANT_GIVEN.search(clause) and not APPLIED.search(clause) and not planned:
            c.indicator = "grants_awarded"  # "7 инициативных групп получили гранты": a grant to each
        elif c.category == "organization":
            if GRANT_WORD.search(folded, s_start, c.num.start) and GRANT_GIVEN.search(after) \
                    and not APPLIED.search(clause) and not planned:
                # "Гранттарды Жалал-Абад шаарынан, … 12 жаштар уюму утуп алды": the grants named earlier
                c.indicator = "grants_awarded"
            elif DATIVE_NOUN.search(folded, c.num.end, c.noun_end) and grant_given_after(folded, c):
                # "5 командага жалпысынан 1,2 млн сом грант тапшырылды": the grant to each, the money between
                c.indicator = "grants_awarded"
        elif c.category == "institution" and not planned and _KY_DATIVE.search(folded, c.num.end, c.noun_end) \
                and grant_given_after(folded, c):
            c.indicator = "grants_awarded"  # "сегиз айыл өкмөтүнө жалпы 4,8 млн сом өлчөмүндө гранттар тапшырылды"
        elif c.category == "session":
            # one session is the event itself ("Проведено тренингов: 1"), not a count of sessions
            if not planned and not PRIZE_CUE.search(after) and c.num.value != 1:
                c.indicator = "sessions_held"
        elif c.category in ("settlement", "institution"):
            if not PRIZE_CUE.search(after) and not planned and not THERE_ARE.search(clause) \
                    and not PROPOSED.search(clause) and not place_not_covered(folded, s_start, c.num.start, s_end) \
                    and not THERE_ARE_END.search(folded, c.noun_end, s_end) \
                    and not VENUE_BEFORE.search(folded, max(s_start, c.num.start - 20), c.num.start) \
                    and not _more_within_total(folded, c, counts, i, block[c.sentence][1]):
                c.indicator = "settlements_covered" if c.category == "settlement" else "institutions_covered"
        elif JURY.search(folded, max(s_start, c.num.start - 12), min(s_end, c.noun_end + 10)):
            continue  # "жюринин 5 мүчөсү", "5 членов жюри": jury members are not counted
        elif c.parent is None:
            own = before + " | " + folded[c.num.end:c.noun_end] + " " + own_clause(after)
            c.indicator = person_indicator(c, own, folded, planned)
    _share_predicates(folded, counts, block)
    # "Иш-чарага 51 адам катышты. Алардын ичинде 16 … кызматкери бар": a sentence opening with a
    # split cue counts a subgroup of the total just before it, under the same predicate.
    split_opened = False
    for i, c in enumerate(counts):
        if c.indicator or c.dropped or c.parent is not None or c.category not in ("person", "official"):
            continue
        total = _total_before(folded, counts, i, block[c.sentence][0])
        if total is not None and total.indicator is not None:
            c.indicator = _shared_indicator(c, total.indicator)
            split_opened = True
    if split_opened:  # "Алардын арасында … 9 өкүлү жана … 6 аял депутаты болду": the second shares the first's
        _share_predicates(folded, counts, block)
    grants_to_each(folded, counts)
    for c in counts:
        if c.category in ("female", "male"):
            c.sex = c.category
        if c.indicator == "grants_awarded":
            c.sex = "total"  # grants counted by the women who received them are grants, of no sex
        if c.parent is not None:
            parent = counts[c.parent]
            c.indicator = parent.indicator if parent.indicator != "grants_awarded" else None
            if c.indicator == "officials_participants":
                pass
            c.group = c.group if c.group not in (None, "children") else parent.group
        if c.indicator in ("people_trained", "participants") and (c.parent is not None or c.subset) \
                and PART_GRANTED.match(folded, c.noun_end, c.sentence[1]):
            c.indicator, c.sex = "grants_awarded", "total"  # "алардын 210у … гранттарды алган": a grant each


def _share_predicates(folded: str, counts: list[Count], block: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Coordinated counts share one predicate: "254 адам ... жана 45 жетекчи катышты"."""
    for i, c in enumerate(counts):
        if c.indicator or c.dropped or c.parent is not None \
                or c.category not in ("person", "female", "male", "official"):
            continue
        lo, hi = block[c.sentence]
        for j in list(range(i + 1, hi)) + list(range(i - 1, lo - 1, -1)):
            o = counts[j]
            if o.parent is not None or o.indicator is None:
                continue
            if TURN_BETWEEN.search(folded, min(o.noun_end, c.noun_end), max(o.num.start, c.num.start)):
                break  # "прошли 1 260 учителей, а в школы вернулись 730 детей": the turn has its own predicate
            if o.category in ("person", "participant", "female", "male", "official") \
                    and abs(o.num.start - c.num.start) < 160:
                c.indicator = _shared_indicator(c, o.indicator)
            break


def _prize_each(folded: str, c: Count, clause: str, counts: list[Count]) -> bool:
    """A prize for one place: among other amounts in its sentence ("за первое место 150 тыс., за второе —
    100 тыс."), or beside a place ("Биринчи орунду алган топ 150 миң сом сыйлыкка ээ болду") where other
    amounts (the other places, the prize fund) are stated too; a single prize alone is the money given."""
    s_start, s_end = c.sentence
    in_sentence = sum(o.category == "money" and o.sentence == c.sentence for o in counts)
    if PRIZE_MONEY.search(clause):
        return bool(AMOUNT_LIST_BEFORE.search(folded, max(s_start, c.num.start - 12), c.num.start)
                    or in_sentence > 1
                    or (PLACE_RANK.search(folded, s_start, s_end)
                        and any(o.category == "money" and o.sentence != c.sentence for o in counts)))
    if PLACE_RANK.search(folded, s_start, s_end) is None:
        return False
    if in_sentence > 1:
        return PRIZE_MONEY.search(folded, s_start, s_end) is not None
    # "Биринчи орунду … алып, 500 миң сом утуп алды. Экинчи орун … (300 миң сом)": the next places' prizes told
    # in sentences of their own make this one the first place's
    return any(o.category == "money" and o.sentence != c.sentence
               and PLACE_RANK.search(folded, *o.sentence) is not None for o in counts)


# The Kyrgyz dative, also after a possessive ("айыл өкмөтүнө", "мектептерине"): the bodies given something.
_KY_DATIVE = re.compile(r"[а-я](?:га|ге|го|ка|ке|ко|на|не|но)$")


def _funded_just_before(before: str) -> bool:
    """"- поддержано 14 инициатив": funded, the verb first; a year in the clause ("где в 2024 году было
    профинансировано 19 проектов", "в 2024–2025 годах поддержаны 42 инициативы") makes it that time's record."""
    return FUNDED_JUST_BEFORE.search(before) is not None and _YEAR.search(before) is None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _plan_not_next(after: str) -> bool:
    """The clause after the amount's comma is another's: its plan is not said of the amount
    ("…, and will be run by", "…, софинансирование … составит"), unlike "…, worth KGS 3 million, is planned"."""
    cut = _comma(after)
    if cut >= len(after):
        return False
    if NEXT_PREDICATE.match(after, cut):
        return True
    head = NEXT_CLAUSE.match(after, cut)
    words = after[head.end() if head else cut + 1:].split()[:2]
    return head is not None or not PLANNED.search(" ".join(words))


def _comma(after: str) -> int:
    """Where the amount's own clause ends: its comma, or a future predicate of the subject ("и будет …")."""
    cut = after.find(",")
    cut = len(after) if cut < 0 else cut
    nxt = NEXT_PREDICATE.search(after, 0, cut)
    return nxt.start() if nxt else cut


def _grant_said(folded: str, c: Count) -> bool:
    s_start, s_end = c.sentence
    para = folded.find("\n", s_end + 1, s_end + 200)
    stop = para if para >= 0 else min(len(folded), s_end + 200)
    return GRANT_WORD.search(folded, c.num.end, stop) is not None and not APPLIED.search(folded, s_start, s_end)


def _shared_indicator(c: Count, other: str) -> str:
    """The indicator of a count that shares ``other``'s predicate: officials among participants."""
    base = "participants" if other == "officials_participants" else other
    return "officials_participants" if c.category == "official" and base == "participants" else base


def _total_before(folded: str, counts: list[Count], i: int, first_in_sentence: int) -> Count | None:
    """The people total of the sentence just before, when count ``i`` opens its sentence with a split cue."""
    if i != first_in_sentence or i == 0:
        return None
    p = counts[i - 1]
    if not split_opens(folded, p, counts[i]):
        return None
    if p.parent is not None:
        p = counts[p.parent]  # "… анын ичинде 72 аял жана 108 эркек катышты. Алардын ичинде …": the total
    return p if p.category in ("person", "participant", "official") and p.parent is None else None
