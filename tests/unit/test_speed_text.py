"""Fast forms of per-document text passes give what the plain regexes gave."""

import re

from hypothesis import given
from hypothesis import strategies as st

from etl.extract.segments import _short_word_before, sentences
from etl.text import main_year

_DIGITY = st.text(alphabet="0129 x\n", max_size=40)
_WORDY = st.text(alphabet="аБ1_ .\n!ӨA", max_size=30)


def _main_year_plain(folded: str) -> int | None:
    seen: dict[int, int] = {}
    for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", folded):
        seen[int(m.group(0))] = seen.get(int(m.group(0)), 0) + 1
    return max(seen, key=lambda y: (seen[y], y)) if seen else None


@given(_DIGITY)
def test_main_year_reads_the_same_years_as_the_plain_pattern(text: str) -> None:
    assert main_year(text) == _main_year_plain(text)


def test_main_year_skips_longer_digit_runs_and_prefers_the_latest_on_a_tie() -> None:
    assert main_year("12019 2019x 2020 1999") == 2020
    assert main_year("в 2021 и 2021 годах, 2022") == 2021
    assert main_year("120199") is None


def test_main_year_prefers_a_year_written_in_a_full_date() -> None:
    # a "21 октября 2025 г." dateline over a yearless event, with an earlier year named twice as background
    assert main_year("кызыл адыр, 21 октября 2025 г. с 2024 года. в 2024 году похожий семинар") == 2025
    assert main_year("2026 жылдын 24 ноябрында ... 2027 жылы ... 2027 жылга чейин") == 2026
    assert main_year("held on march 12, 2025; in 2024 and 2024 again") == 2025
    assert main_year("ош, 15.03.2025. проект 2024 2027 жылдарга, 2024 жылы") == 2025
    assert main_year("в 2023 году и в 2023 году, затем в 2024 году") == 2023  # no full date: the count decides


@given(_WORDY, st.integers(0, 12))
def test_short_word_before_agrees_with_the_regex_search(text: str, back: int) -> None:
    hi = len(text)
    lo = max(0, hi - back)
    w = re.compile(r"(\w+)$").search(text, lo, hi)
    expected = bool(w and len(w.group(1)) <= 2 and not w.group(1).isdigit())
    assert _short_word_before(text, lo, hi) == expected


def test_initials_and_a_word_before_a_final_newline_do_not_end_a_sentence() -> None:
    text = "Встречу открыл Н.А. Кулматов. Затем выступили гости."
    assert [text[a:b] for a, b in sentences(text)] == ["Встречу открыл Н.А. Кулматов.", "Затем выступили гости."]
    assert _short_word_before("ab\n", 0, 3)
    assert not _short_word_before("12", 0, 2)
    assert not _short_word_before("abc", 0, 3)
