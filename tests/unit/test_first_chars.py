"""Speed-only rewrites of the extractor's regexes give the same matches (etl/first_chars.py and the
patterns made linear over runs of spaces)."""

from __future__ import annotations

import re
import sys
import time
import types
from collections import namedtuple
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import indicators_sections, segments
from etl.extract.indicators_vocab import ABOUT_HEADING
from etl.first_chars import speed_up_module, with_first_chars
from etl.reference import places_context, roles

_ALPHABET = "|·aбвгдеёжзийклмнопрстуфхцчшщъыьэюяҢөүАБВKkSsſK ſ\u212a\n\t.,:;!?«»\"'-–—()0123456789abcdeinorstwy"
_TEXTS = st.text(alphabet=_ALPHABET, max_size=60)

_SAMPLES = [
    r"(?<![а-яa-z])(?:(?P<today>today|сегодня|бугун)|yesterday|вчера|кечээ)(?![а-яa-z])",
    r"\d+",
    r"[;:!?]|[.,](?!\d)|(?<!\d)[.,]",
    r"(?<!\w)(?:муниципальн\w*\s+предприяти(?:й|я)|общественн\w*\s+фонд(?:ов|ы))\s*(?=«)",
    r"(?<![\w-])(?i:дорог(?:а|и)\b|трасс\w*|road)",
    r"(?:ab|c)?\d",
    r"(?=[a-c])(?<!x)(?:a+|b|c)d?",
    r"[^\S\n]+[|·»]\s",  # a negated class: searched from where a space is
    r"(?:^|[^\w])(?:город|село)",
]


def _same(p: re.Pattern[str], q: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups()) for m in p.finditer(text)] == [(m.span(), m.groups()) for m in q.finditer(text)]
    for lo in range(0, len(text) + 1, 7):
        a, b = p.search(text, lo), q.search(text, lo)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert p.sub("#", text) == q.sub("#", text)


def test_patterns_re_scans_poorly_are_recompiled_with_their_first_characters() -> None:
    literal_first = (_SAMPLES[0], _SAMPLES[3], _SAMPLES[4])  # under IGNORECASE only literals are folded
    for src, flags in [(s, 0) for s in _SAMPLES] + [(s, re.IGNORECASE) for s in literal_first]:
        p = re.compile(src, flags)
        q = with_first_chars(p)
        assert q is not p, src
        assert (q.pattern, q.flags, q.groups, q.groupindex) == (p.pattern, p.flags, p.groups, p.groupindex)


def test_patterns_that_gain_nothing_are_left_alone() -> None:
    for src, flags in [(r"^[ \t]*about", re.MULTILINE), (r"x?", 0), (r"\w+ing", 0), (r"[^\W\d_]+", 0),
                       (r"жылы", 0), (r"[abc]x", 0), (r".a", 0)]:
        p = re.compile(src, flags)
        assert with_first_chars(p) is p, src


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_recompiled_patterns_match_exactly_as_re(text: str) -> None:
    for src in _SAMPLES:
        for flags in (0, re.IGNORECASE):
            p = re.compile(src, flags)
            _same(p, with_first_chars(p), text)


def test_ignorecase_literals_keep_every_character_re_folds_to_them() -> None:
    p = re.compile(r"(?<!\w)(?:ks|ok)", re.IGNORECASE)
    q = with_first_chars(p)
    for text in ("\u212as", "ſk", " OK", "x ſ K", "ok\u212a", "Ks"):
        _same(p, q, text)
    assert q.search("\u212as") is not None  # the Kelvin sign folds to "k"


def test_module_patterns_are_replaced_in_place_and_in_containers() -> None:
    point = namedtuple("point", "x y")
    mod: Any = types.ModuleType("etl._first_chars_probe")
    lookbehind = re.compile(r"(?<![a-z])(?:cat|dog)")
    mod.PAT = lookbehind
    mod.PAIRS = [("a", lookbehind), ("b", re.compile("жылы"))]
    mod.BY_KIND = {"k": lookbehind}
    mod.KEEP = point(lookbehind, 1)
    speed_up_module(mod)
    assert mod.PAT is not lookbehind and mod.PAT.pattern == lookbehind.pattern
    assert mod.PAIRS[0][1] is mod.PAT and mod.BY_KIND["k"] is mod.PAT
    assert mod.PAIRS[1][1].pattern == "жылы"
    assert mod.KEEP.x is lookbehind  # a named tuple is not rebuilt


def test_etl_modules_load_through_the_hook_that_speeds_up_their_patterns() -> None:
    from etl.extract import events_dates

    # etl/__init__ installed it: each module's patterns are replaced before another module imports them
    assert any(type(f).__name__ == "_Finder" for f in sys.meta_path)
    spec = sys.modules["etl.extract.events_dates"].__spec__
    assert spec is not None and type(spec.loader).__name__ == "_Loader"
    found = events_dates._RELATIVE_DAY.search("ал кечээ келди")
    assert found is not None and found.group() == "кечээ"
    assert events_dates._RELATIVE_DAY.search("бугунку") is None


def test_about_heading_is_linear_over_masked_blank_runs() -> None:
    # boilerplate masked out of a page leaves long runs of spaces
    text = ("new centre opens\n\n" + " " * 400 + "\n" + ("word " * 30 + "\n") * 5 + "about undp:\n" + " " * 300)
    start = time.process_time()  # CPU time: a loaded machine does not stretch it
    found = [m.span() for m in indicators_sections.iter_headings(text)]
    assert time.process_time() - start < 0.05
    assert found == [m.span() for m in ABOUT_HEADING.finditer(text)]
    ky = "фонд жонундо:\n" + " " * 50
    assert [m.span() for m in indicators_sections.iter_headings(ky)] == [m.span() for m in ABOUT_HEADING.finditer(ky)]


_OLD_SEGMENTS_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])(?<![.!?…].)[.!?…]*+[\"»”')]*+(?=\s+[\"«“(•\-–—]?\s*"
                               r"[A-ZА-ЯЁӨҮҢ0-9])|(?<=\n)\n*)")
_OLD_ROLES_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?=\s+[^\w]*[A-ZА-ЯЁӨҮҢ])|(?<=\n)\s*\n|(?<=\n)(?=\s*[A-ZА-ЯЁӨҮҢ•\-–]))")
_OLD_PLACES_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])\s+(?=[^\w]*[A-ZА-ЯЁӨҮҢ]))")
_SENTENCE_TEXTS = st.text(alphabet=" \t\n.!?…\"»«(—-aбА1Z", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_SENTENCE_TEXTS)
def test_sentence_ends_that_keep_their_spaces_match_as_before(text: str) -> None:
    for old, new in ((_OLD_SEGMENTS_END, segments._END), (_OLD_ROLES_END, roles._SENT_END),
                     (_OLD_PLACES_END, places_context._SENT_END)):
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]


def test_sentence_ends_are_linear_over_masked_blank_runs() -> None:
    text = ("Текст. " + " " * 3000 + "а\n") * 3
    start = time.process_time()  # CPU time: a loaded machine does not stretch it
    for new in (segments._END, roles._SENT_END, places_context._SENT_END):
        list(new.finditer(text))
    assert time.process_time() - start < 0.05


def test_outcomes_from_the_disk_cache_are_the_ones_worked_out(tmp_path: Any) -> None:
    from etl.regex_cache import compiled_patterns

    left_alone = [r"^[ \t]*about", r"x?", r"\w+ing", r"жылы"]
    texts = ["сегодня 12 город, село; road «x»", "about abc1 abd ab2 c3 ding", "a. b, 3.5 · | x"]

    def outcomes() -> tuple[list[Any], dict[str, int]]:
        with compiled_patterns(tmp_path / "regex.bin") as counts:
            made = []
            for src in _SAMPLES + left_alone:
                p = re.compile(src, re.MULTILINE if src.startswith("^") else 0)
                q = with_first_chars(p)
                made.append((q is p, [[(m.span(), m.groups()) for m in q.finditer(t)] for t in texts]))
        return made, counts

    cold, cold_counts = outcomes()
    warm, warm_counts = outcomes()
    assert warm == cold
    assert cold_counts["misses"] >= len(_SAMPLES + left_alone) and warm_counts["misses"] == 0
    assert [is_same for is_same, _ in warm] == [False] * len(_SAMPLES) + [True] * len(left_alone)
