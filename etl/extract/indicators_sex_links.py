"""Sex splits linked to the totals they split: "52 участника, из них 38 женщин", "25 кыз, 10 бала",
"30 женщин и 20 мужчин, всего 52 человека".  Split from ``indicators_classify`` (over 400 lines)."""

from __future__ import annotations

import re

from etl.extract.indicators_cues import PARTICIPANTS_OPENING
from etl.extract.indicators_number_context import ABLATIVE_END, CHILDREN_NOUN, GLUED_PART, OPEN_PAREN_END
from etl.extract.indicators_predicates import BENEFIT, FUNDED, GIVEN, PARTICIPATED, PLANNED, TRAINED
from etl.extract.indicators_reading import Count
from etl.extract.indicators_restated import without_source_aside
from etl.extract.indicators_vocab import (
    BREAKDOWN,
    FROM_BEFORE,
    GENITIVE_END,
    PARTICIPANTS_NAMED,
    PARTITIVE_BEFORE,
    SPLIT_CUE,
    SPLIT_OPENING,
    TOTAL_AFTER,
    TOTAL_CUE,
)


def link_sex_splits(folded: str, counts: list[Count]) -> None:
    for i, c in enumerate(counts):
        if c.category not in ("female", "male") and not (
                c.category == "person" and CHILDREN_NOUN.match(folded[c.num.end:c.noun_end])):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            p = counts[j]
            if j > 0 and counts[j - 1].sentence == p.sentence and from_places(folded, p) \
                    and counts[j - 1].category in ("person", "participant"):
                continue  # "44 farmers from six villages … Nineteen of them": past where they came from
            if p.sentence != c.sentence and not split_opens(folded, p, c):
                break
            if p.sentence != c.sentence and p.category in ("person", "participant") and p.num.value < c.num.value \
                    and j > 0 and counts[j - 1].sentence == p.sentence and _group_opening(folded, c):
                continue  # "140 молодых людей, а также 25 гостей. Среди местной молодёжи 68 девушек": not the guests
            if p.category in ("female", "male"):
                if p.parent is not None and c.category == "person" and p.category == "female":
                    c.category = "male"  # "анын ичинен 30 кыз жана 20 бала": boys beside the girls of a total
                if p.parent is not None and c.category in ("female", "male"):
                    c.parent = p.parent  # "из них 150 женщин и 65 мужчин": siblings share the total
                    counts[p.parent].children.append(i)
                    break
                if p.parent is not None:
                    continue
                if c.category == "person" and p.category == "female":
                    c.category = "male"  # "25 кыз, 10 бала": boys after girls
                break
            if p.subset and p.category == "official" and c.category in ("female", "male"):
                continue  # "алардын 26сы … депутаттары. Катышуучулардын 9у аялдар": women of all, not of the deputies
            if p.category not in ("person", "participant", "official"):
                if from_places(folded, p) and j > 0 and counts[j - 1].sentence == c.sentence:
                    continue  # "60 добровольцев из 5 айылных аймаков, в том числе 14 женщин": past where they came from
                if p.sentence != c.sentence and j > 0 and counts[j - 1].sentence == p.sentence \
                        and counts[j - 1].category in ("person", "participant"):
                    continue  # "64 человека: главы двух айыл окмоту, … Из них 22 — женщины": the bodies list who they were
                break
            between = folded[p.noun_end:c.first]
            if "(" in between and ")" not in between or SPLIT_CUE.search(between) or BREAKDOWN.fullmatch(between) \
                    or OPEN_PAREN_END.search(between) or c.subset or p.sentence != c.sentence \
                    or (c.category in ("female", "male") and _opens_breakdown(between)) \
                    or (not c.num.words and GLUED_PART.match(folded, c.num.end)) \
                    or PARTITIVE_BEFORE.search(folded, max(p.sentence[0], p.num.start - 12), p.num.start) \
                    or (not between.strip() and GENITIVE_END.search(folded, p.num.end, p.noun_end)):
                # "25и аялдар": 25 of them; the last: "катышкан 45 адамдын 30у аял" (30 of the 45)
                c.parent = j
                p.children.append(i)
            break
        if c.parent is None and c.category in ("female", "male"):
            _link_total_after(folded, counts, i)
        if c.category == "person":  # "бала" not after girls: children, not boys
            c.group = c.group or "children"


# "84 окуучу катышты: 31 кыз жана 49 бала", "more than 180 young people aged 16 to 29 — 104 women and 71 men",
# "41 processors and farmers took part — 19 women and 24 men": the colon or dash after the total and what
# it says of them opens its breakdown
_BREAKDOWN_END = re.compile(r"[:—–]\s*$")
_BREAKDOWN_REACH = 120


def _opens_breakdown(between: str) -> bool:
    return len(between) <= _BREAKDOWN_REACH and "\n" not in between and _BREAKDOWN_END.search(between) is not None


def from_places(folded: str, p: Count) -> bool:
    """"из 5 айылных аймаков", "14 топтон", "from 11 villages": where the people counted before came from."""
    return p.category in ("settlement", "institution", "organization") and (
        FROM_BEFORE.search(folded, max(p.sentence[0], p.num.start - 8), p.num.start) is not None
        or ABLATIVE_END.search(folded, p.num.end, p.noun_end) is not None)


def _link_total_after(folded: str, counts: list[Count], i: int) -> None:
    """"30 женщин и 20 мужчин, всего 52 человека", "Женщин было 20, мужчин 15. Всего участвовали 40 человек",
    "18 women and 12 men, 30 participants in total": women and men first, then the total they split."""
    c = counts[i]
    for j in range(i + 1, min(len(counts), i + 4)):
        p = counts[j]
        if p.category in ("female", "male"):
            continue
        if p.category not in ("person", "participant") or p.sentence[0] - c.sentence[1] > 3:
            return
        between = folded[c.noun_end:p.first]
        if len(between) <= 120 and (TOTAL_CUE.search(between) or TOTAL_AFTER.match(folded, p.noun_end)):
            c.parent = j
            p.children.append(i)
        return


_LINKING_VERB_END = re.compile(r"\s+(?:were|was|are|были|было|был|была)$")


# A sentence opening on the group a total counted: "Среди местной молодёжи 68 девушек", "Among the young
# people, 40 were women", "Жергиликтүү жаштардын 68и кыздар" (a plural genitive, the part glued to its number).
_GROUP_OPENING = re.compile(r"(?:среди|among)\s+(?:(?:the|local)\s+)?(?:[а-яa-z-]+\s+){0,2}[а-яa-z-]+,?")
_KY_GROUP_OPENING = re.compile(r"(?:[а-я-]+\s+)?[а-я-]+(?:лар|лер|лор|дар|дер|дор|тар|тер|тор)(?:дын|дин|дун)")


def _group_opening(folded: str, c: Count) -> bool:
    if c.category not in ("female", "male") or c.first - c.sentence[0] > 60:
        return False
    opening = folded[c.sentence[0]:c.first].strip()
    return bool(_GROUP_OPENING.fullmatch(opening)
                or (_KY_GROUP_OPENING.fullmatch(opening) and GLUED_PART.match(folded, c.num.end)))


def split_opens(folded: str, p: Count, c: Count) -> bool:
    """"52 участника. Из них 38 женщин…": a sentence opening with a split cue splits the last total."""
    if p.sentence[1] >= c.sentence[0] - 3 and p.category in ("person", "participant") and _group_opening(folded, c):
        return True
    if c.subset and c.category in ("female", "male") and p.category in ("person", "participant") \
            and PARTICIPANTS_NAMED.match(folded, c.num.end) and c.num.start - p.noun_end < 800:
        return True  # "Twenty-nine of the participants were women": the participants counted last, sentences back
    if c.category in ("female", "male") and p.category in ("person", "participant") \
            and c.first - c.sentence[0] < 40 and PARTICIPANTS_OPENING.match(folded[c.sentence[0]:c.first]) \
            and c.num.start - p.noun_end < 800:
        return True  # "The participants, eight of them women, came from …", "The participants — 33 women and two men"
    if p.sentence[1] < c.sentence[0] - 3:
        return False  # not the sentence just before
    opening = folded[c.sentence[0]:c.first].strip().lstrip("-—–•*").strip()  # "- женщины: 46" under a total
    opening = without_source_aside(opening)  # "Из них, по данным организаторов, 41 женщина"
    opening = _LINKING_VERB_END.sub("", opening)  # "Among them were 71 women": the cue, then the verb "to be"
    if p.sentence[1] - p.noun_end > (200 if SPLIT_CUE.match(opening) else 80):
        return False  # the total is far from its sentence's end, unless "Алардын 11и …" names it a part
    if SPLIT_CUE.match(opening) or c.subset or (
            # officials listed among others ("Катышуучулардын арасында … өкүлдөрү, алты айыл өкмөт башчысы")
            (len(opening) <= 60 or (c.category == "official" and len(opening) <= 160))
            and SPLIT_OPENING.match(opening)):
        return True  # the last: "Алардын ичинде жергиликтүү кеңештердин 6 депутаты бар"
    # "45 человек. Женщин было 28, мужчин — 17": a sentence of women/men with no predicate of its own
    sentence = folded[c.sentence[0]:c.sentence[1]]
    return c.category in ("female", "male") and not opening and not (
        PARTICIPATED.search(sentence) or TRAINED.search(sentence) or BENEFIT.search(sentence)
        or FUNDED.search(sentence) or GIVEN.search(sentence) or PLANNED.search(sentence))
