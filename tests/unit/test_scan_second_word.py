"""A trigger found through its second word ("при поддержке" through "поддержке") starts at the
word before it only when that word is really there."""

import re

import pytest

from etl.reference.scan import Triggered

_PAT = re.compile(r"(?<!\w)(?:при\s+поддержке)")
_SCAN = Triggered("test_second_word_edges", _PAT)


@pytest.mark.parametrize("text,expected", [
    ("поддержке фонда", []),  # the second word opens the text: no word before it
    (" поддержке фонда", []),  # only spaces before it
    ("(, поддержке", []),  # punctuation before the space
    ("при поддержке", [0]),
    ("x_при  поддержке", [0]),  # "_" is a word character: the word before runs back to the start
    ("а при\tподдержке", [2]),
])
def test_second_word_start(text: str, expected: list[int]) -> None:
    assert _SCAN.starts(text) == expected
    assert [m.start() for m in _SCAN.finditer(text, starts=_SCAN.starts(text))] == [
        m.start() for m in _PAT.finditer(text)]
