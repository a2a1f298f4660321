"""Session 17's speed-only rewrites give what the code they replace gave.

Window searches gated on their last word (``etl/last_words.py``): every gate made must never rule out a
window its pattern matches, and every function that uses one must answer as it did with no gate at all
(each gate replaced by ``("",)``, which every window ends with).  The scanner's automaton built in
frequency order (``etl/reference/scan_order.py``) must find what the hash-ordered one found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.last_words import GATES, LastWords, last_words, word_end

_ROOT = Path(__file__).resolve().parents[2]
_GATED_MODULES = tuple(f"etl.reference.places_{name}" for name in (
    "aside", "attrib", "background", "context", "describe", "discourse", "home", "origin", "scope")) + ("etl.extract.numbers",)


def _modules() -> list[object]:
    import importlib

    return [importlib.import_module(name) for name in _GATED_MODULES]


def _clear_caches() -> None:
    for module in _modules():
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


@lru_cache(maxsize=1)
def _texts() -> tuple[tuple[str, str], ...]:
    """(text, folded key text) of the samples and of every tenth labelled .txt/.md report."""
    from etl.reference.places_context import shared_match_text

    files = sorted((_ROOT / "samples" / "reports").iterdir()) + [
        f for f in sorted((_ROOT / "tests" / "fixtures" / "eval" / "reports").iterdir())
        if f.suffix in (".txt", ".md")][::10]
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        out.append((text, shared_match_text(text)))
    return tuple(out)


def _word_starts(ft: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of ``ft``."""
    for m in re.finditer(r"\w[\w-]*", ft):
        yield m.start(), m.end()


def test_last_words_reads_the_last_word() -> None:
    assert set(last_words(re.compile(r"(?:regional\s+office\s+in|офис\w*\s+в)\s+$"))) == {"in", "в"}
    assert set(last_words(re.compile(r"(?<![а-я])(?:из|from)[^\S\n]+(?:(?:г\.|села)[^\S\n]*)?$"))) == {
        "из", "from", "г.", "села"}
    assert set(last_words(re.compile(r"(?:акима|мэра|деди)[^\S\n]+$"))) == {"акима", "мэра", "деди"}
    for unreadable in (r"(?:опыт\w*)\s+$", r"(?:в|во)\s+(?:$|г\.)", r"(?i:из)\s+$", r"\s*$", r"(?:из| )\s*$"):
        with pytest.raises(ValueError):
            last_words(re.compile(unreadable))
    with pytest.raises(ValueError):
        last_words(re.compile(r"из\s+$", re.IGNORECASE))


def test_word_end() -> None:
    assert word_end("жители из  \n", 0, 11) == 9
    assert word_end("   ", 1, 3) == 1
    assert word_end("из", 0, 2) == 2


@lru_cache(maxsize=1)
def _gates() -> tuple[LastWords, ...]:
    """The gates the gated modules hold."""
    held = {id(v) for m in _modules() for v in vars(m).values() if isinstance(v, LastWords)}
    return tuple(g for g in GATES if id(g) in held)


def test_every_module_gate_is_registered() -> None:
    assert len(_gates()) >= 21


_PIECES = ["из ", "from ", "в ", "во ", "in ", "to ", "the ", "of ", "г.", "г. ", "с. ", "села ", "города ", "района ",
           "житель ", "жительница ", "resident ", "offices ", "regional office ", "офис ", "региональный ", "тренер ",
           "trainer ", "лет,", "12", " ", "  ", "\n", "\t", "\u00a0", ",", ".", "-", "–", "вернулся ", "returned ",
           "сотрудник ", "эксперт ", "материалов ", "entries ", "came ", "from the ", "села ", "деревни ", "ош",
           "Ош ", "Иван ", "(", "»", "like ", "such as ", "например, в ", "автодорога ", "Бишкек", "—", "выше "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_gates_never_rule_out_a_match_on_random_windows(window: str) -> None:
    for gate in _gates():
        for lo in (0, len(window) // 2):
            for hi in range(lo, len(window) + 1):
                if gate.pattern.search(window, lo, hi):
                    assert window.endswith(gate, lo, max(lo, word_end(window, 0, hi))), (gate.pattern.pattern, window)


def test_gates_never_rule_out_a_match_on_real_reports() -> None:
    """Every word start of the samples and of every tenth labelled report, in both the text and its folded
    form, as the window before it (140 characters, the widest the rules search)."""
    matched = 0
    for text, ft in _texts():
        for s in (text, ft):
            for start, _end in _word_starts(s):
                k = word_end(s, 0, start)
                for gate in _gates():
                    lo = max(0, start - 140)
                    if gate.pattern.search(s, lo, start):
                        matched += 1
                        assert s.endswith(gate, lo, max(lo, k)), (gate.pattern.pattern, s[lo:start])
    assert matched >= 10  # the windows do match in these texts (17 when written)


def _both(monkeypatch: pytest.MonkeyPatch, run: Callable[[], object]) -> tuple[object, object]:
    """``run()`` with the gates, then with every gate of the gated modules passing every window."""
    _clear_caches()
    new = run()
    with monkeypatch.context() as m:
        for module in _modules():
            for name, value in list(vars(module).items()):
                if isinstance(value, LastWords):
                    m.setattr(module, name, LastWords(("",)))
        _clear_caches()
        old = run()
    _clear_caches()
    return new, old


def test_gated_functions_give_the_ungated_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.extract.numbers import _is_approx
    from etl.reference.places_aside import passing_mention
    from etl.reference.places_attrib import attribution
    from etl.reference.places_background import furniture
    from etl.reference.places_context import introduces_person, not_held_clause
    from etl.reference.places_describe import firm_seat
    from etl.reference.places_discourse import office_seat
    from etl.reference.places_home import person_home
    from etl.reference.places_origin import one_from, ranked_or_entries
    from etl.reference.places_scope import outside_scope

    def run() -> list[tuple[bool, ...]]:
        out = []
        for text, ft in _texts():
            for s, e in _word_starts(ft):
                a, b = max(0, s - 120), min(len(ft), e + 120)
                out.append((passing_mention(text, ft, s, e, True), introduces_person(text, ft, s, e),
                            person_home(text, ft, s, e), firm_seat(ft, s, e), not_held_clause(ft, s, e),
                            not_held_clause(ft, s, e, False), outside_scope(ft, a, b, s, e),
                            ranked_or_entries(ft, s, e), attribution(text, ft, s, e), furniture(text, ft, s, e),
                            office_seat(text, s), one_from(text, ft, s, e), _is_approx(ft, s, e)))
        return out

    new, old = _both(monkeypatch, run)
    assert new == old
    assert any(any(row) for row in new)  # the rules do fire on these texts


def test_scanner_hits_do_not_depend_on_the_automaton_order() -> None:
    """The frequency-ordered automaton, and one built from the same keys in another order, find the same
    hits with the same payloads in the same order (the stop keys find nothing)."""
    import ahocorasick

    from etl.reference.scan import SCANNER
    from etl.reference.scan_order import STOP_END

    auto = SCANNER._automaton()[0]
    items = [(k, v) for k, v in auto.items() if not k.endswith(STOP_END)]
    shuffled = ahocorasick.Automaton()
    for k, v in sorted(items, key=lambda kv: kv[0][::-1]):
        shuffled.add_word(k, v)
    shuffled.make_automaton()
    for text, ft in _texts()[:12]:
        probe = ft + " " + text[:200] + " 12.5, \n"
        assert [h for h in auto.iter(probe) if h[1][1:] != ((), ())] == list(shuffled.iter(probe))
