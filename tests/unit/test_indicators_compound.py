"""A place or a body named as the modifier of a person noun: the number counts the people, not places."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> list[tuple[str, float]]:
    return [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("On 3 May a meeting was held in Tash-Kumyr; 12 village water committee members took part.",
     "participants", 12),
    ("Жыйынга 3-майда Таш-Көмүрдө 40 киши катышты, анын ичинде 14 айыл кеңешинин депутаты.",
     "officials_participants", 14),
])
def test_a_place_modifying_a_person_noun_counts_the_people(text: str, kind: str, value: float) -> None:
    kinds = _kinds(text)
    assert (kind, value) in kinds
    assert not any(k in ("settlements_covered", "institutions_covered") for k, _ in kinds)


def test_plural_places_stay_counted() -> None:
    kinds = _kinds("On 3 May a training was held in Tash-Kumyr for teachers from 8 schools of the district.")
    assert ("institutions_covered", 8) in kinds


@pytest.mark.parametrize("text", [
    # an earlier, similar event told for comparison
    "2026-жылдын 5-майында Кочкор районунда тазалык акциясы өттү. Акцияга 120 тургун катышты. Мындан мурун, күзүндө, "
    "ушундай эле акцияга 700 окуучу катышкан.",
    "On 5 May 2026 a clean-up campaign was held in Kochkor. 120 residents took part. "
    "Earlier, in autumn, 700 pupils took part in a similar campaign.",
    # a related-news line under the report
    "2026-жылдын 5-майында Кочкор районунда тазалык акциясы өттү. Акцияга 120 тургун катышты.\n\n"
    "Окуңуз: Нарында 55 мугалим окутулду",
    "On 5 May 2026 a clean-up campaign was held in Kochkor. 120 residents took part.\n\n"
    "Read also: 55 teachers trained in Naryn",
])
def test_other_events_and_related_news_are_not_counted(text: str) -> None:
    assert [v for _, v in _kinds(text)] == [120]
