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


_WORDS = st.sampled_from(["из", "Из", "ИЗ", "from", "the", "школа", "Школа", "студент", "тренеру", "an", "a",
                          "engineer", "Асан", "Бекматов", "team", "«Жаш»", " ", "  ", "\n", "\t", ",", "x"])
_ANY = st.lists(_WORDS, max_size=10).map(" ".join) | st.lists(_WORDS, max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_ANY, st.integers(0, 40))
def test_from_word_before_holds_every_from_match(text: str, back: int) -> None:
    from etl.reference import places_origin as po

    start = len(text)
    lo = max(0, start - back)
    if any(p.search(text, lo, start) for p in (po._NAMED_FROM, po._EN_ONE_FROM, po._RU_ONE_FROM)):
        assert po._from_word_before(text, lo, start)


_PATTERNS = [r"(?<![а-я])(?:планиру\w*|будет\s+(?:проходить|охвачен\w*)|в\s+(?:следующем|будущем)\s+году)",
             r"за\s+(?:эти|все\s+это)\s+(?:время|годы)|(?:долбоор|иш)[а-я]*\s+башталгандан\s+(?:бери|берки)",
             r"ab(?:cd)+e|x[yz]{2,}w|(?>q+r)s", r"(?:over|in)\s+the\s+(?:past|last)\s+years|жылдан\s+бери"]
_LETTERS = st.text(alphabet="абвгдеийклмнопрстуыэюяabcdeqrswxyz \n", max_size=40)
_PIECES = st.sampled_from(["планирует", "будет проходить", "в следующем году", "за эти годы", "иш башталгандан бери",
                           "abcdcde", "xyzw", "qqrs", "over the past years", "жылдан бери", "годы", "бери", " "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LETTERS | _PIECES, max_size=6).map("".join), st.integers(0, 60), st.integers(0, 80))
def test_required_literals_gate_is_exact(text: str, a: int, b: int) -> None:
    import re

    from etl.required_literals import holds_any, required_literals

    for src in _PATTERNS:
        pattern = re.compile(src)
        if pattern.search(text, a, b):
            assert holds_any(text, required_literals(pattern), a, b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "2024", "05", "x" * 30, "y" * 91, "z" * 89, " ", "٣", "\n"]), max_size=12).map("".join))
def test_date_windows_from_shared_digit_runs(text: str) -> None:
    from etl.extract import dates_grammar as dg
    from etl.text import digit_runs

    digit_runs.cache_clear()
    plain = [(max(0, m.start() - dg._MARGIN), min(len(text), m.end() + dg._MARGIN)) for m in dg._CLUSTER.finditer(text)]
    assert dg._windows(text, 0, len(text)) == plain
