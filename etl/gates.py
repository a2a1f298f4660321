"""Whether a document's folded text holds any of a fixed set of words, for the rules' cheap pre-checks.

Rules skip their regexes on a text without any of their key words ("с начала", "нарастающ", "next
day", ...).  Written as ``any(w in text for w in words)``, each word is a scan of the whole text: about
150 scans, 400,000 characters, per 3 KB document (4.5 % of its instructions).  A ``Gate``'s words are
keys of the one Aho-Corasick pass every document already gets (``SCANNER``, over ``match_key(fold(text))``),
so the words found there answer the gate when it is asked about that text or the folded text it was
keyed from.  A pass of its own would cost more than the ``in`` scans (pyahocorasick: ~30 instructions a
character, ``str.__contains__`` ~2 per word); any other text gets the plain ``in`` test.

The answer is always exactly ``any(w in text for w in words)``.  The key text differs from the folded
text only where a dash or no-break space became a space: a word with neither those nor a space occurs in
one where it occurs in the other; a word with a space that occurs in the folded text occurs in the key
(so the key's hits are checked against the folded text); a word with a dash is always tested directly.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator

from etl.reference.scan import _DASHES_AS_SPACE, _LAST_KEY, SCANNER

_NAME = "gate_words"
_lock = threading.Lock()
_words: set[str] = set()
_found = threading.local()  # the last scan's hit list and the set of words it holds


def _keys() -> dict[str, object]:
    with _lock:
        return {w: w for w in _words if not any(d in w for d in _DASHES_AS_SPACE)}


class Gate:
    """A fixed set of words (substrings, as the folded text spells them) looked for together."""

    __slots__ = ("direct", "spaced", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or not all(self.words):
            raise ValueError("a gate needs non-empty words")
        self.direct = tuple(w for w in self.words if any(d in w for d in _DASHES_AS_SPACE))
        self.spaced = frozenset(w for w in self.words if " " in w and w not in self.direct)
        with _lock:
            new = not self.words <= _words
            _words.update(self.words)
        if new:
            SCANNER.add_keys(_NAME, _keys)

    def any_in(self, text: str) -> bool:
        """``any(w in text for w in self.words)``."""
        last = SCANNER.last_scan()
        if last is None:
            return any(w in text for w in self.words)
        ft, result = last
        if text is not ft:
            key = getattr(_LAST_KEY, "last", None)
            if key is None or key[0] is not text or key[1] is not ft:
                return any(w in text for w in self.words)
        hits = result[_NAME]
        cached = getattr(_found, "last", None)
        if cached is not None and cached[0] is hits:
            found = cached[1]
        else:
            found = frozenset([w for _, w in hits])
            _found.last = (hits, found)
        if text is ft:
            return not self.words.isdisjoint(found)
        return any(w not in self.spaced or w in text for w in self.words & found) or any(
            w in text for w in self.direct)


Namer = Callable[[re.Match[str]], str | None]


def gated_rules(rules: Iterable[tuple[str, re.Pattern[str], Namer]]
                ) -> tuple[tuple[tuple[Gate, ...], re.Pattern[str], Namer], ...]:
    """Rules written ``(gate, pattern, namer)`` with the gate as ``"a|b&c"`` (a or b, and c), compiled once."""
    return tuple((tuple(Gate(group.split("|")) for group in gate.split("&")), pattern, namer)
                 for gate, pattern, namer in rules)


def named_matches(rules: tuple[tuple[tuple[Gate, ...], re.Pattern[str], Namer], ...], text: str, ft: str
                  ) -> Iterator[tuple[re.Match[str], str]]:
    """Each match of a rule whose gates ``ft`` (the folded ``text``) passes, with the name its namer gives."""
    for gates, pattern, namer in rules:
        if not all(g.any_in(ft) for g in gates):
            continue
        for m in pattern.finditer(text):
            name = namer(m)
            if name is not None:
                yield m, name
