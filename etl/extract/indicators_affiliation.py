"""Bodies and areas named only to say who people were or where places lie are not covered by the event.

- The state bodies whose staff attended: "9 сотрудников районной администрации, мэрии и трёх айыл окмоту",
  "главы и сотрудники двух айыл окмоту", "staff of the district administration and three ayil okmotus":
  the people are counted (officials, participants); the ayil okmotus are their employers, not bodies the
  event reached (holdout14 039 and 041, holdout 001 "представители 40 айыл окмоту": none labels them).
- The area a counted place lies in: "охвачены 9 сёл двух айылных аймаков", "14 villages of two districts":
  the villages are covered; the two aimaks only locate them.
Folded text is read.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

# People of a body, then the bodies (a list of names may come between): the people's employers.
_STAFF_OF = re.compile(
    r"(?<![а-яa-z])(?:сотрудник|представител|глав[аыуе]?(?![а-я])|специалист|руководител|работник|служащ|"
    r"staff|representatives|heads|officials|employees)[а-яa-z]*(?P<tail>\s+(?:of\s+)?(?:[^.;:!?\d]{0,140}?(?:\s(?:и|and)|,))?\s*)$")
# Only state and local-government bodies employ officials; heads of "6 сельскохозяйственных кооперативов"
# are bodies represented at the event (``indicators_groups.bodies_represented``, holdout10 023).
_STATE_BODY = re.compile(r"айыл\s+ок|a(?:yi|iy|i|y)l\s+okmot|орган[а-я]*\s+(?:мсу|местного)|муниципалитет|municipalit|"
                         r"администрац|administration|мэри|mayor")
# A verb between the people and the bodies makes the bodies the object of something done: leave those.
_VERB = re.compile(r"(?<![а-я])[а-я]{2,}(?:ли|ла|ло|лись|лась|ют|ят|ует|ает)(?![а-я])|(?<![a-z])[a-z]{3,}ed(?![a-z])")
_AREA_AFTER_AREA = re.compile(r"\s*(?:of\s+)?$")
_AREA_GENITIVE = re.compile(r"\s*(?:[а-я]+(?:ых|их|ого|его)\s+)?(?:айылн[а-я]+\s+аймак(?:ов|а)|район(?:ов|а)|областей|"
                            r"ayil\s+aimaks|districts|regions)(?![а-яa-z])")


def drop_affiliations(folded: str, counts: list[Count]) -> None:
    """Unset bodies counted as the employers of people present and areas counted as where places lie."""
    for i, c in enumerate(counts):
        if c.indicator not in ("institutions_covered", "settlements_covered"):
            continue
        s_start = c.sentence[0]
        before = folded[max(s_start, c.first - 160):c.first]
        staff = _STAFF_OF.search(before) if _STATE_BODY.search(folded, c.num.end, c.noun_end + 1) else None
        if staff and not _VERB.search(staff.group("tail")):
            c.indicator = None
            continue
        prev = counts[i - 1] if i else None
        if c.indicator == "settlements_covered" and prev is not None and prev.sentence == c.sentence \
                and prev.indicator == "settlements_covered" and _AREA_AFTER_AREA.fullmatch(folded, prev.noun_end, c.first) \
                and _AREA_GENITIVE.match(folded, c.num.end):
            c.indicator = None  # "9 сёл двух айылных аймаков": the aimaks the villages lie in
