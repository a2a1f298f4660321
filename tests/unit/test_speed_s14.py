"""Session 14's speed-only rewrites give what the code they replace gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

_KIND_WORDS = st.sampled_from(["международной ", "итальянская ", "неправительственная ", "общественный ", "организации",
                               "организация", "фонд", "фонда", "компании", " ", "  ", "\n", "\u00a0", "Frontline", "AIDS",
                               "CESVI", " of the ", "Алатоо", "ская ", "ной", "x", "-", "«", "»", "."])


@settings(max_examples=800, deadline=None)
@given(st.lists(_KIND_WORDS, max_size=14).map("".join))
def test_kind_then_latin_gate_holds_every_match(text: str) -> None:
    from etl.reference.org_latin_parens import _KIND_THEN_LATIN, _NOUN_THEN_LATIN, latin_after_kind

    if _KIND_THEN_LATIN.search(text):
        assert _NOUN_THEN_LATIN.search(text)
    else:
        assert latin_after_kind(text) == []


def test_kind_then_latin_still_found() -> None:
    from etl.reference.org_latin_parens import latin_after_kind

    assert latin_after_kind("при поддержке итальянской неправительственной организации CESVI прошёл") == [
        (14, 63, "CESVI", "international_org")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["12", "2023", "-", "–", "\u00a0", " ", "Ош", "жылы", "٣", "x", "\n", "5-6"]),
                max_size=14).map("".join))
def test_digit_runs_of_the_key_are_the_folded_texts(text: str) -> None:
    from etl.reference.scan import match_key
    from etl.text import _DIGITS, digit_runs, fold

    digit_runs.cache_clear()
    folded = fold(text)
    assert digit_runs(folded) == [m.span() for m in _DIGITS.finditer(folded)]
    key = match_key(folded)
    assert digit_runs(key) == [m.span() for m in _DIGITS.finditer(key)]


def _old_background_sentence(ft: str, s_start: int, s_end: int, pos: int) -> bool:
    """``places_background.background_sentence`` before session 14 (one pass, in its order)."""
    from etl.reference import places_background as pb

    for stop in pb._STOP.finditer(ft, s_start, pos):
        s_start = stop.end()
    nxt = pb._STOP.search(ft, pos, s_end)
    if nxt:
        s_end = nxt.start() + 1
    if pb._REMINDER_OPENING.match(ft, s_start, s_end) or pb._PRONOUN_SAID_OPENING.match(ft, s_start, s_end):
        return True
    if pb.habitual_sentence(ft, s_start, s_end, pos):
        return True
    if pb._NEXT_OPENING.match(ft, s_start, s_end) and not (pb._HELD.search(ft, s_start, s_end) or pb._RU_PAST.search(
            ft, s_start, s_end) or pb._KY_PAST_END.search(ft[s_start:s_end].rstrip())):
        return True
    if pb._about_problem(ft, s_start, s_end, pos):
        return True
    if pb._STATISTICS.search(ft, s_start, pos) and not pb._HELD.search(ft, s_start, s_end):
        return True
    if pb.trend_sentence(ft, s_start, s_end) and not pb._HELD.search(ft, s_start, s_end):
        return True
    if pb.figure_sentence(ft, s_start, s_end) and not pb._HELD.search(ft, s_start, s_end) and not pb.COUNTED.search(
            ft, s_start, s_end):
        return True
    if pb._PLAN.search(ft, s_start, s_end) and not pb._HELD.search(ft, s_start, s_end):
        return True
    if pb.describes_place(ft, s_start, s_end, pos):
        return True
    deadline = [int(a or b) for a, b in pb._DEADLINE_YEAR.findall(ft, s_start, s_end)]
    if deadline and not pb._HELD.search(ft, s_start, s_end) and pb._before_deadline(ft, deadline):
        return True
    opening = pb._YEAR_OPENING.match(ft, s_start, s_end)
    similar = pb._SIMILAR.search(ft, s_start, s_end)
    years = [int(a or b) for a, b in pb._YEAR_IN_SENTENCE.findall(ft, s_start, s_end)]
    since = pb._SINCE.search(ft, s_start, s_end)
    if since and since.start() > pos and pb._RELATIVE.search(ft, pos, since.start()):
        since = None
    if pb.another_such(ft, s_start, s_end) and not pb._HELD.search(ft, s_start, s_end):
        return True
    if similar and pb._ALSO.search(ft, s_start, s_end):
        return True
    if pb.earlier_record(ft, s_start, s_end, bool(pb.COUNTED.search(ft, s_start, s_end)),
                         bool(pb._SPEAKER_SAID.search(ft, s_start, s_end))):
        return True
    if not opening and not years and not since:
        return False
    year = pb.main_year(ft)
    if year is None:
        return False
    if opening and int(opening.group(1)) != year:
        return True
    if any(y < year for y in years) and pb.retold_marker(ft, s_start, s_end) and not pb._HELD.search(ft, s_start, s_end):
        return True
    if pb._STARTED.search(ft, s_start, s_end) and any(y < year for y in years):
        return True
    if since and int(since.group(1) or since.group(2) or since.group(3)) < year and not pb.record_kept(
            ft, s_start, s_end, bool(pb.COUNTED.search(ft, since.end(), s_end)),
            bool(pb._SPEAKER_SAID.search(ft, s_start, s_end))):
        return True
    if any(y > year for y in years):
        return True
    return bool(similar) and any(y < year for y in years)


_SENTENCE_WORDS = st.sampled_from([
    "напомним, ", "ранее ", "в 2023 году ", "в 2025 году ", "2024-жылы ", "2026-жылы ", "с 2019 года ", "since 2015 ",
    "прошел ", "прошли ", "тренинг ", "в оше", "в селе кара-суу", "подобные ", "также ", "ежегодно ", "по ее словам, ",
    "планирует ", "уровень безработицы составил 2,1% ", "12 сел ", "где ", "жители ", "обсудили ", "участники ",
    "отметили ", "до 2030 года ", "второго такого центра ", "started in 2021 ", "the initiative ", ". ", ". 2022-жылы ",
    " ", "\n", "x", "Ош", "өттү", "уланат", "будет "])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SENTENCE_WORDS, min_size=1, max_size=14).map("".join), st.lists(st.integers(0, 400), max_size=4),
       st.integers(0, 30))
def test_background_sentence_as_the_one_pass(ft: str, positions: list[int], tail: int) -> None:
    from etl.reference.places_background import background_sentence

    s_end = max(0, len(ft) - tail)
    for p in positions or [0]:
        pos = min(p, s_end)
        assert background_sentence(ft, 0, s_end, pos) == _old_background_sentence(ft, 0, s_end, pos), (ft, pos)


def test_background_sentence_forms() -> None:
    from etl.reference.places_background import background_sentence

    text = "тренинг прошел в 2025 году. напомним, в 2023 году подобные тренинги прошли в оше."
    assert background_sentence(text, 28, len(text), 75)
    assert not background_sentence(text, 0, 28, 12)
    assert re.search("оше", text)


_EVENT_PIECES = st.sampled_from(["мастер-класс", "мастер класс", "тренинг", "5акция", "акция", "круглый стол",
                                 "тегерек стол", " met in ", "встреча", "жыйын", "жыйынтык", "фокус-группа", "форум",
                                 "презентация", "семинар", "визит", "ачылышы", "-", " ", "  ", "\n", "5", "x", "."])


@settings(max_examples=600, deadline=None)
@given(st.lists(_EVENT_PIECES, min_size=1, max_size=14).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_event_keywords_from_the_scan_as_the_pattern(text: str, cut_a: int, cut_b: int) -> None:
    from etl.extract.event_keywords import KEYWORD_RE, KEYWORD_SCAN
    from etl.reference.scan import match_key
    from etl.text import fold

    folded = fold(text)
    a, b = min(cut_a, len(folded)), max(min(cut_a, len(folded)), len(folded) - cut_b)
    got = KEYWORD_SCAN.finditer(folded, a, b, KEYWORD_SCAN.starts(match_key(folded)))
    want = list(KEYWORD_RE.finditer(folded, a, b))
    assert [(m.span(), m.lastgroup) for m in got] == [(m.span(), m.lastgroup) for m in want]
