"""Numbers as reports write them: digits by locale, words in Kyrgyz/Russian/English, multipliers."""

from __future__ import annotations

import pytest

from etl.extract.numbers import find_numbers, parse_number
from etl.text import fold


@pytest.mark.parametrize(("text", "value"), [
    ("61,933", 61933), ("1,5", 1.5), ("2,3 млн", 2_300_000), ("1 200", 1200), ("1\u00a0200", 1200),
    ("1.200", 1200), ("1.5", 1.5), ("1,200,000", 1_200_000), ("1 200 000", 1_200_000), ("0,75", 0.75),
    ("1,250 млн", 1_250_000), ("2 млрд", 2_000_000_000), ("300 миң", None), ("15 тыс.", 15000),
    ("5 тысяч", 5000), ("2 миллиона", 2_000_000), ("8.5 million", 8_500_000),
    ("үч жүз миң", 300_000), ("эки жүз", 200), ("жыйырма беш", 25), ("бир миллион беш жүз миң", 1_500_000),
    ("он эки миң", 12000), ("токсон тогуз", 99), ("элүү", 50),
    ("два миллиона", 2_000_000), ("двадцати", 20), ("пятидесяти", 50), ("сто двадцать пять", 125),
    ("три тысячи", 3000), ("двести", 200), ("четырехсот", 400),
    ("twenty five", 25), ("three hundred", 300),
])
def test_parse_number(text: str, value: float | None) -> None:
    if value is None:  # "миң" alone at the end is not known to be a multiplier
        assert parse_number(text) in (300, 300_000)
    else:
        assert parse_number(text) == value


def test_spans_are_offsets_into_the_text() -> None:
    text = "Тренингге 25 аял жана 1 200 адам, баары болуп үч жүз миң доллар."
    got = [(text[n.start:n.end], n.value) for n in find_numbers(fold(text))]
    assert got == [("25", 25), ("1 200", 1200), ("үч жүз миң", 300_000)]


def test_kyrgyz_multiplier_with_case_ending() -> None:
    nums = find_numbers(fold("2 миңден ашык адамга маалымат жеткирилди"))
    assert [(n.value, n.approx) for n in nums] == [(2000, True)]


@pytest.mark.parametrize("text", ["более 130 человек", "свыше 130", "около 130", "130дан ашык", "130 ашуун",
                                  "about 130 people"])
def test_approximations_keep_the_number(text: str) -> None:
    nums = find_numbers(fold(text))
    assert nums[0].value == 130 and nums[0].approx


@pytest.mark.parametrize("text", ["экинчи", "учун", "семинар", "онлайн", "өнүктүрүү", "тримминг", "сомдон"])
def test_words_that_only_look_like_numbers(text: str) -> None:
    assert find_numbers(fold(text)) == []


def test_minutes_are_not_thousands() -> None:
    assert [n.value for n in find_numbers(fold("30 мин. тыныгуу"))] == [30]


def test_article_bir_is_still_read_as_one_number() -> None:
    # indicators skip a lone "бир"; the reader itself reports it
    assert [n.value for n in find_numbers(fold("бир тренинг"))] == [1]
