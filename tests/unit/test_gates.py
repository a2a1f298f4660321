"""A ``Gate`` answers from the shared scan exactly what ``any(w in text for w in words)`` gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.gates import Gate
from etl.reference.scan import SCANNER, match_key

# words with a space, a dash, a no-break space, one inside another, and plain stems
_GATE = Gate(("до ", "to ", "next day", "day", "кун", "кийинки кун", "кара-суу", "a\u00a0b", "нарастающ", "о"))
_PIECES = st.sampled_from(["до", "to", " ", "-", "—", "\u00a0", "next", "day", "кийинки", "кун", "кара", "суу",
                           "a", "b", "нараст", "ающ", "о", "x", "\n", "ы"])


def _plain(text: str) -> bool:
    return any(w in text for w in _GATE.words)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_gate_as_the_plain_tests(folded: str) -> None:
    assert _GATE.any_in(folded) == _plain(folded)  # no scan of it yet: the plain tests
    ft = match_key(folded)
    SCANNER.scan(ft)
    last = SCANNER.last_scan()
    assert last is not None and last[0] == ft  # an equal text scanned before keeps its object
    assert _GATE.any_in(ft) == _plain(ft)  # the scanned key text itself
    assert match_key(folded) is ft
    assert _GATE.any_in(folded) == _plain(folded)  # the folded text the key was made from
    assert _GATE.any_in(folded + " ") == _plain(folded + " ")  # any other text


def test_gate_forms() -> None:
    folded = "продлится до-10 мая, next-day"  # "до " and "next day" only in the key text
    spaced, dashed = Gate(("до ", "next day")), Gate(("кара-суу",))
    ft = match_key(folded)
    SCANNER.scan(ft)
    assert not spaced.any_in(folded) and spaced.any_in(ft)
    folded = "ош, кара-суу"
    SCANNER.scan(match_key(folded))
    assert dashed.any_in(folded) and not dashed.any_in(match_key(folded))
