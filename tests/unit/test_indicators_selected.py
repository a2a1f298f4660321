"""Groups or projects a commission selected in a grant competition are grants awarded; the selection and
the award of the same grants are one figure."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "value"), [
    ("Сынакка 34 табыштама түштү. Комиссия алардын ичинен алты демилгелүү топту тандап алды. "
     "Гранттар үч айылдын аялдар топторуна берилди.", 6),
    ("По итогам голосования жителей для финансирования отобраны 7 проектов.", 7),
    ("Комиссия отобрала 9 инициативных групп, которым выданы гранты.", 9),
    ("Out of 40 applications, the jury selected 12 projects for funding.", 12),
    ("Жюри 5 мектепти тандады, алар гранттык каражат алышты.", 5),
])
def test_selected_for_a_grant_is_a_grant(text: str, value: float) -> None:
    assert ("grants_awarded", "total", value, "grant") in _read(text)


def test_selected_without_money_is_not_a_grant() -> None:
    assert not [t for t in _read("Для участия в пилоте отобраны 10 школ района.") if t[0] == "grants_awarded"]


def test_selection_and_award_of_the_same_grants_count_once() -> None:
    text = ("По итогам голосования для финансирования отобраны 7 проектов. "
            "19 декабря состоялось вручение грантов 7 инициативным группам.")
    assert [t for t in _read(text) if t[0] == "grants_awarded"] == [("grants_awarded", "total", 7.0, "grant")]
