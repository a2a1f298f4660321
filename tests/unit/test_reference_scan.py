"""The trigger scan must find exactly what a full regex scan finds."""

import re

import pytest

from etl.reference import roles
from etl.reference.scan import Triggered, literal_prefixes, windows

TEXTS = [
    "Иш-чара БУУӨПтүн колдоосу менен, ЮНИСЕФ тарабынан уюштурулду. При финансовой поддержке ЕС "
    "и в партнёрстве с ОФ «Алга» проведён тренинг; с  грантом от USAID, on behalf of the EU.",
    "при\nподдержке Фонда; за счёт средств; funded   by Japan; in partnership with UCA; led by GIZ; ПРООН тарабынан каржыланган",
    "реализуетпроект, xпри поддержке, (при поддержке) — 'совместно с' в сотрудничестве с «X», мененоноктоштукто жана менен  биргеликте",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", [roles._POST, roles._PRE])
def test_triggered_cues_equal_full_regex_scan(text: str, pattern: re.Pattern[str]) -> None:
    ft = text.lower()
    scan = roles._POST_SCAN if pattern is roles._POST else roles._PRE_SCAN
    expected = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(ft)]
    got = [(m.start(), m.end(), m.lastgroup) for m in scan.finditer(ft, 0, len(ft), scan.starts(ft))]
    assert got == expected
    assert expected  # each text holds cues of both kinds


def test_literal_prefixes_reads_alternatives_groups_and_optional_letters() -> None:
    assert literal_prefixes(r"(?P<a>(?<!\w)(?:foo\w*|bar\s+baz))|(?P<b>(?<!\w)(?:partners?\s+x))") == {
        "foo", "bar baz", "partner"}
    assert literal_prefixes(r"[Оо]бщественн\w+") == {"общественн"}
    with pytest.raises(ValueError):
        literal_prefixes(r"\w+ing|foo")


def test_short_first_word_is_found_through_the_second() -> None:
    pat = re.compile(r"(?<!\w)(?:с\s+помощью|при\s+поддержке)")
    scan = Triggered("test_short_words", pat)
    text = "проведено с  помощью фонда, а также при\tподдержке; часы при поддержке"
    assert [m.group() for m in scan.finditer(text, starts=scan.starts(text))] == [
        m.group() for m in pat.finditer(text)]


def test_windows_merge_and_clip() -> None:
    assert windows([5, 20, 100], 10, 10, 105) == [(0, 30), (90, 105)]


def test_empty_text_after_a_scan() -> None:
    from etl.reference.organizations import find_organizations, find_projects
    from etl.reference.places import find_places

    assert find_organizations("ПРООН тарабынан уюштурулду.")
    assert find_places("") == [] and find_organizations("") == [] and find_projects("") == []
