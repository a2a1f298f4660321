"""fold() is the matching key every matcher relies on: same length, Kyrgyz marks dropped."""

from hypothesis import given
from hypothesis import strategies as st

from etl.text import fold


def test_fold_drops_kyrgyz_marks_and_lowercases():
    assert fold("Жаңы ӨЗГӨЧӨ Үй ёлка") == "жаны озгочо уй елка"


def test_fold_keeps_length_when_lowercasing_changes_it():
    # 'İ'.lower() is two code points; offsets must not shift, so it folds to one letter.
    assert fold("İstanbul Ош") == "istanbul ош"


@given(st.text())
def test_fold_is_always_same_length(text):
    assert len(fold(text)) == len(text)
