"""Two readings of a whole sentence that change a count: a later phase's plan and a civil document.

- A project's next or second phase ("Долбоордун кийинки этабында 8 демилге колдоо алат", "at the next
  stage 12 initiatives receive grants") is not the event: its grants, places and beneficiaries are plans,
  unless the sentence says they were already given.
- A birth certificate or a passport ("туулгандыгы тууралуу күбөлүк алды", "получили свидетельства о
  рождении", "received birth certificates") is a civil document: its holders benefit, they were not
  trained, when the sentence names no training.
"""

from __future__ import annotations

import re

from etl.extract.indicators_money_unit import LATER_PHASE, PAST_SPENT
from etl.extract.indicators_reading import Count

_PLANNED_KINDS = ("grants_awarded", "settlements_covered", "institutions_covered", "beneficiaries")
_CIVIL_DOCUMENT = re.compile(
    r"туулган[а-я]*\s+(?:[а-я]+\s+)?(?:тууралуу\s+)?куболу|нике\s+(?:тууралуу\s+)?куболу|олум\s+(?:тууралуу\s+)?куболу|"
    r"паспорт|свидетельств[а-я]*\s+о\s+(?:рождении|браке|смерти)|birth\s+certificates?|passports?|"
    r"(?<![a-z])id\s+cards?"
)
_TRAINING = re.compile(r"окутуу|тренинг|семинар|курс|обучен|training|course|workshop")


def drop_later_phase(folded: str, counts: list[Count]) -> None:
    """Unset grants, places and beneficiaries counted in a sentence about a later phase not yet given."""
    for c in counts:
        if c.indicator not in _PLANNED_KINDS:
            continue
        s_start, s_end = c.sentence
        if LATER_PHASE.search(folded, s_start, s_end) and not PAST_SPENT.search(folded, s_start, s_end):
            c.indicator = None


def civil_documents(folded: str, counts: list[Count]) -> None:
    """People trained only by a civil document received, with no training named, benefit instead."""
    for c in counts:
        if c.indicator != "people_trained":
            continue
        s_start, s_end = c.sentence
        if _CIVIL_DOCUMENT.search(folded, s_start, s_end) and not _TRAINING.search(folded, s_start, s_end):
            c.indicator = "beneficiaries"
