"""People a facility supplies with water, power, gas or heat are its beneficiaries.

An opening or a visit to a water system, a pumping station or a boiler house states whom it serves as a
supply: "now supplies more than 3,400 residents with clean water", "will supply water to some 2,100
residents", "обеспечит чистой питьевой водой более 2 800 жителей", "1 500 тургунду таза суу менен
камсыздайт", "Around 900 residents of the two villages benefit from them".  The supply verb is often
the one that also promises jobs ("обеспечит", "камсыз кылат"), which is why the general reading leaves
these people uncounted; a count of people with a utility supplied in its sentence, and no jobs, is
``beneficiaries``.  A population ("в селе проживают 3 000 человек") stays uncounted.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count

_UTILITY = (r"(?:drinking\s+|clean\s+|piped\s+|irrigation\s+|safe\s+)?(?:water|electricity|power|gas|heat(?:ing)?|"
            r"internet)|(?:[а-я]+\s+){0,2}?(?:вод(?:ой|а|у|ы)|электроэнерги[а-я]*|электричеств[а-я]*|газ(?:ом)?|"
            r"тепл(?:ом|о)|отоплени[а-я]*|интернет[а-я]*)")
_SUPPLIED = re.compile(
    # English: the verb, then the utility before or after the people
    r"(?<![a-z])(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|bring(?:s|ing)?|brought|deliver(?:s|ed|ing)?)"
    rf"(?:\s+\S+){{0,8}}?\s+(?:{_UTILITY})(?![a-z])|"
    r"(?<![a-z])(?:benefit(?:s|ed|ting)?\s+from|will\s+benefit|have\s+access\s+to\s+(?:clean\s+|drinking\s+)?water|"
    r"access\s+to\s+(?:clean\s+|safe\s+|drinking\s+)?water)(?![a-z])|"
    # Russian: "обеспечит/обеспечивает (чистой питьевой) водой", "подача воды", "получат доступ к воде"
    rf"(?<![а-я])обеспеч[а-я]*\s+(?:[а-я]+\s+){{0,6}}?(?:{_UTILITY})(?![а-я])|"
    r"(?<![а-я])(?:доступ\s+к\s+(?:[а-я]+\s+){0,2}вод|подач[а-я]*\s+(?:[а-я]+\s+){0,2}вод)|"
    # Kyrgyz: "(таза ичүүчү) суу / электр / газ / жылуулук менен камсыз…"
    r"(?<![а-я])(?:суу|суусу|электр(?:[а-я]*)|газ|жылуулук|интернет)\s+менен\s+камсыз[а-я]*|"
    r"(?<![а-я])(?:суу|суусу)\s+(?:[а-я]+\s+){0,2}(?:жеткир|берил)[а-я]*")
_JOBS = re.compile(r"работ|рабоч|трудоустр|(?<![a-z])jobs?(?![a-z])|employ|жумуш")
_POPULATION = re.compile(r"(?<![а-я])(?:проживает|проживают|живут|живет|жашайт|жашашат|насчитывается|бар)(?![а-я])|"
                         r"(?<![a-z])(?:live|lives|living|there\s+are|is\s+home\s+to)(?![a-z])")
_PEOPLE = ("person", "female", "male")
_REACH = 160  # the supply verb is said near the people it serves


def supplied_people(folded: str, counts: list[Count]) -> None:
    """Uncounted people a facility supplies with a utility in their sentence are beneficiaries."""
    for c in counts:
        if c.indicator is not None or c.parent is not None or c.dropped or c.category not in _PEOPLE:
            continue
        s_start, s_end = c.sentence
        lo, hi = max(s_start, c.num.start - _REACH), min(s_end, c.noun_end + _REACH)
        if not _SUPPLIED.search(folded, lo, hi):
            continue
        if _JOBS.search(folded, s_start, s_end) or _POPULATION.search(folded, s_start, s_end):
            continue  # jobs promised, or the place's population
        c.indicator = "beneficiaries"
