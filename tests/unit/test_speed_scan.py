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
