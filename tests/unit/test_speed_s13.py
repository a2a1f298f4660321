"""Session 13's speed-only rewrites give what the regex searches they replace gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.indicators_frame import ends_as_sentence

_SENTENCE_END = re.compile(r"[^\W\d_]{2}[\"»”')]?[.!?]\s*$")
_PIECES = st.sampled_from(["ab", "а", "ы", "ң", "1", "²", "_", ".", "!", "?", "..", "»", "\"", "'", ")", "”", "«",
                           " ", "\n", "\t", "\u00a0", "г.", "жылы.", "2023 г.", "x", "Ош"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_ends_as_sentence_as_the_search(text: str, cut_a: int, cut_b: int) -> None:
    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    assert ends_as_sentence(text, a, b) == bool(_SENTENCE_END.search(text, a, b))


def test_ends_as_sentence_forms() -> None:
    assert ends_as_sentence("Тренинг прошёл.", 0, 15)
    assert ends_as_sentence("он сказал «да»! \n", 0, 17)
    assert not ends_as_sentence("Бишкек, 3 июля 2023 г.", 0, 22)  # one letter before the point
    assert not ends_as_sentence("Итоги 2023.", 0, 11)
    assert not ends_as_sentence("ab.", 1, 3)  # the letters must lie inside the span


def test_abbreviation_last_letters_are_the_patterns() -> None:
    from etl.reference.roles import _ABBREVIATION, _ABBREVIATION_LAST

    # every character that may stand right before the point of an _ABBREVIATION match is in the set
    for code in range(0x20, 0x2000):
        ch = chr(code)
        for before in ("", " ", "и", "у", "мк", "пг", "1 "):
            text = before + ch + "."
            if _ABBREVIATION.search(text, 0, len(text)):
                assert ch in _ABBREVIATION_LAST, (text, ch)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Н.", "А.", "им.", "ул.", "мкр.", "пгт.", "с.", "г.", "2021 г.", " ", "\n", "Ош",
                                 "и.", "район.", "Q.", "Ё.", "-г.", "x"]), max_size=12).map("".join))
def test_sentence_starts_as_before(text: str) -> None:
    from etl.reference.roles import _ABBREVIATION, _SENT_END, sentence_starts

    sentence_starts.cache_clear()
    plain = [0] + [m.end() for m in _SENT_END.finditer(text)
                   if text[m.start()] != "." or not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1)]
    assert sentence_starts(text) == plain


_LINES = st.sampled_from(["\n", "\n\n", " ", "\t", "#", "*", "1.", "12)", "справка", "о нас", "about us", "about the project:",
                          "планы на май", "next steps", "финансы", "other", "ab", "ab \n", "x", ":", "  \n", "Справка",
                          "другие новости", "пландар", "читайте также", "кийинки кадамдар"])


def _heading_patterns() -> list[re.Pattern[str]]:
    from etl.extract.indicators_frame_blocks import _BACKGROUND_HEAD, _NEWS_HEAD
    from etl.extract.indicators_sections import _ABOUT_NO_KY, _FINANCE_HEADING, _PLANS_HEADING, ABOUT_HEADING

    return [ABOUT_HEADING, _ABOUT_NO_KY, _PLANS_HEADING, _FINANCE_HEADING, _BACKGROUND_HEAD, _NEWS_HEAD,
            re.compile(r"^ab\s*", re.MULTILINE),  # a match that ends on the next line's start
            re.compile(r"(?m)^(?<!\s)x|y"),  # a top-level alternative: not anchored, the per-line loop
            re.compile(r"^(?<![^\n])(?:ab|x)(?=\n)", re.MULTILINE)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=16).map("".join))
def test_line_start_matches_as_finditer(text: str) -> None:
    from etl.extract.segments import line_start_matches

    for pattern in _heading_patterns():
        want = [m for m in pattern.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
        if pattern.pattern.endswith("|y"):
            continue  # the per-line loop's own contract (anchored patterns only) is not this test's
        got = line_start_matches(pattern, text)
        assert [(m.span(), m.groups()) for m in got] == [(m.span(), m.groups()) for m in want], pattern.pattern
        first = line_start_matches(pattern, text, first=True)
        assert [m.span() for m in first] == [m.span() for m in want[:1]]


def test_line_start_matches_uses_the_break_search_for_anchored_patterns() -> None:
    from etl.extract.segments import _after_break

    patterns = _heading_patterns()
    assert all(_after_break(p) is not None for p in patterns[:7])
    assert _after_break(patterns[7]) is None


_CLAUSE_WORDS = st.sampled_from(["откормокчу", "ачмакчы", "мокчу", "5бармакчы", "кч", "жылдан", "бери", "үч жылдан бери",
                                 "бир нече", "нече", "планируется", "ранее", "в", "Ош", "акыркы", "жыл", "over the years",
                                 "тренинг", "-", " ", "  ", "\n", ",", "x", "ы"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_CLAUSE_WORDS, max_size=12).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_split_clause_patterns_answer_as_the_whole(text: str, cut_a: int, cut_b: int) -> None:
    from etl.reference import places_context as pc
    from etl.reference import places_record as pr

    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    not_held = re.compile(pc._NOT_HELD.pattern.replace("откорулмокчу|", r"откорулмокчу|\w+м[аео]кч[ыиу]\w*|"))
    assert pc._not_held(text, a, b) == bool(not_held.search(text, a, b))
    recent = re.compile(pr._RECENT_YEARS.pattern.replace(r"жыл\w*)(?!", r"жыл\w*|(?:бир\s+нече|\w+)\s+жылдан\s+бери)(?!"))
    assert recent.pattern != pr._RECENT_YEARS.pattern
    assert pr._recent_years(text, a, b) == bool(recent.search(text, a, b))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["камтылат", "болунот", "курулаарын", "болунорун", "ылат", "ат", "кам", "т", " ", " | ",
                                 ",", "ы", "л", "н", "а", "5", "x", "-", "бөл"]), max_size=12).map("".join), st.integers(0, 8))
def test_ky_future_from_the_start_as_before(clause: str, cut: int) -> None:
    from etl.extract.indicators_predicates import KY_FUTURE

    before = re.compile(r"[а-я]{2,}(?:[ыиу]л|[ыиуо]н)(?:(?:ат|ет|от)|(?:ор|ер|оор|еер|аар)(?:ун|ин|ын))(?![а-я])")
    end = max(0, len(clause) - cut)
    assert bool(KY_FUTURE.search(clause, 0, end)) == bool(before.search(clause, 0, end))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", "Напомним", "напомним,", "ранее", "как  сообщалось", "как\n сообщалось",
                                 "мурда", "мурдагы", "1.", "—", " ", "азыр", ", а азыр", "x", "Ош", ".", "earlier"]),
                max_size=14).map("".join), st.integers(0, 20), st.integers(0, 20))
def test_recalled_paragraphs_as_the_line_loop(text: str, start: int, cut: int) -> None:
    from etl.extract.events_recalled import recalled_paragraphs, recalls

    start = min(start, len(text))
    end = max(start, len(text) - cut)
    want = []
    ps = text.find("\n", start, end)
    while ps >= 0:
        pe = text.find("\n", ps + 1, end)
        if recalls(text, ps + 1):
            want.append((ps + 1, end if pe < 0 else pe))
        ps = pe
    assert recalled_paragraphs(text, start, end) == want
