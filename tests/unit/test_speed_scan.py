"""The shared scan serves patterns that may start inside a word, and callers holding an equal key."""

import re

from hypothesis import given
from hypothesis import strategies as st

from etl.reference.organizations import _match_text
from etl.reference.scan import SCANNER, Triggered, literal_prefixes, match_key
from etl.text import fold

_KEYWORDS = r"акци[а-я]*|(?:presented|handed\s+over)\s+grants?"
_LETTER_BEFORE = re.compile(rf"(?<![а-яa-z])(?:{_KEYWORDS})")
_ANYWHERE = Triggered("test_speed_anywhere", _LETTER_BEFORE, literal_prefixes(_KEYWORDS), anywhere=True)


def test_a_group_that_opens_an_alternative_gives_its_prefixes() -> None:
    assert literal_prefixes(r"(?:presented|handed\s+over)\s+grants?|визит") == {"presented", "handed over", "визит"}


def test_anywhere_triggers_find_starts_after_digits_and_in_words() -> None:
    text = "5акция, реакция; акциялар и handed over grants, presented  grants"
    starts = _ANYWHERE.starts(match_key(text))
    assert 1 in starts and text.index("акция;") in starts  # after a digit, and inside "реакция"
    got = [m.span() for m in _ANYWHERE.finditer(text, 0, len(text), starts)]
    assert got == [m.span() for m in _LETTER_BEFORE.finditer(text)]
    assert len(got) == 4


def test_an_equal_key_reuses_the_last_scan() -> None:
    text = "Тренинг в Бишкеке — при поддержке ПРООН"
    first = SCANNER.scan(_match_text(text))
    assert SCANNER.scan(match_key(fold(text))) is first


@given(st.text(alphabet="АаӨөҢңЁё İ-–—\u00a0xX1", max_size=30))
def test_match_key_of_the_folded_text_is_the_shared_key(text: str) -> None:
    assert match_key(fold(text)) == _match_text(text)


def test_a_leading_look_behind_is_no_prefix() -> None:
    assert literal_prefixes(r"(?<![а-я])(?:болуп\s+отт[уу]|held)(?![а-яa-z])") == {"болуп отт", "held"}


@given(st.text(alphabet="5 реакция,.handedovergrants", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_search_between_bounds_equals_the_regex_search(text: str, lo: int, hi: int) -> None:
    starts = _ANYWHERE.starts(match_key(text))
    got = _ANYWHERE.search(text, lo, hi, starts)
    expected = _LETTER_BEFORE.search(text, lo, hi)
    assert (got and got.span()) == (expected and expected.span())


def test_match_key_is_kept_for_the_same_folded_text() -> None:
    folded = fold("Ош-Ата — 2024")
    assert match_key(folded) is match_key(folded) == "ош ата   2024"


def test_a_rebuild_after_a_late_consumer_reads_each_key_source_once():
    from etl.reference.scan import Scanner

    calls = []

    def source():
        calls.append(1)
        return {"бишкек": "city"}

    scanner = Scanner()
    scanner.add_keys("places", source)
    assert scanner.scan("в бишкеке")["places"] == [(7, "city")]
    scanner.add("late", ["тренинг"])  # a module imported after the first scan
    result = scanner.scan("тренинг в бишкеке")
    assert result["places"] == [(15, "city")] and result["late"] == [0]
    assert len(calls) == 1
