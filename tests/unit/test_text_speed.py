"""Speed-only rewrites in etl/text.py give what the plain regex scan gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.text import _DATED_YEAR, _YEAR, _years

_PIECES = st.sampled_from(["2024", "1998", "2031", "12", "3", "05", " ", "  ", "\n", "\t", ",", ".", "-",
                           "марта", "мая", "маянваря", "июноября", "сентябрь", "march", "may", "жылдын",
                           "декабрында", "x", "ь", "1", "0", "20٢٤", "١"])


def _plain(folded: str) -> frozenset[str]:
    return frozenset(y for m in _DATED_YEAR.finditer(folded) for y in m.groups() if y)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_years_as_the_plain_scans(text: str) -> None:
    _years.cache_clear()
    assert _years(text) == (_YEAR.findall(text), _plain(text))


def test_dated_years_forms() -> None:
    text = ("6 сентября 2024 года; 2026-жылдын 24-ноябрында; march 12, 2025; 15.03.2023; в 2019 году; "
            "маянваря 3 2021; июноября 4, 2022")
    assert _years(text)[1] == _plain(text) == {"2024", "2026", "2025", "2023", "2021", "2022"}
