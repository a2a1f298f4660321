"""A place's prize told in its own sentence, the next places' prizes in sentences after it, is a per-prize
amount, not a funding total; the prize fund stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> set[float]:
    return {t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"}


@pytest.mark.parametrize("text", [
    "Биринчи орунду Кызыл-Суу айыл аймагы алып, 400 миң сом утуп алды. Экинчи орун Тору-Айгыр айыл аймагына "
    "(250 миң сом) ыйгарылды.",
    "Первое место заняла команда школы села Ивановка, которая получила 50 тысяч сомов. Второе место и 30 тысяч "
    "сомов досталось лицею из Канта.",
    "First place went to the team of the Kemin school, which won KGS 40,000. Second place (KGS 25,000) went to "
    "a team from Kichi-Kemin.",
])
def test_prizes_of_places_in_separate_sentences_are_no_total(text: str) -> None:
    assert _money(text) == set()


def test_the_prize_fund_stays() -> None:
    text = ("Призовой фонд конкурса составил 120 тысяч сомов. Первое место заняла команда школы села Ивановка, "
            "которая получила 50 тысяч сомов. Второе место и 30 тысяч сомов досталось лицею из Канта.")
    assert _money(text) == {120000}
