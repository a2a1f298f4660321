"""Hostile input: one enormous line of digits, letters, marks or repeated phrases must take
time in proportion to its length.  A pattern or loop that goes quadratic takes minutes here
instead of about a second, so the alarm is a generous guard, not a speed benchmark (that is
``make bench``)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import etl.extract.pipeline as pipeline
from etl.documents.model import Document
from etl.extract.numbers import find_numbers
from etl.text import fold

_SIZE = 200_000
_GUARD_SECONDS = 30

_LINES = {
    "digits": "1" * _SIZE,
    "letters": "а" * _SIZE,
    "digits and spaces": "1 " * (_SIZE // 2),
    "digit dashes": "1-" * (_SIZE // 2),
    "years": "2023 " * (_SIZE // 5),
    "kyrgyz years": "2023-жылы " * (_SIZE // 10),
    "day month": "5 мая " * (_SIZE // 6),
    "number words": "беш жүз " * (_SIZE // 8),
    "dots": "." * _SIZE,
    "open parentheses": "(" * _SIZE,
    "one long sentence of counts": "12 адам (5 аял) катышты, " * (_SIZE // 24),
    "many short reports": "Тренинг өттү. 25 адам катышты. " * (_SIZE // 31),
}


@contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} CPU s")

    # the process's own CPU time, not the wall clock: a machine loaded by other jobs must not fail the guard
    old = signal.signal(signal.SIGVTALRM, fail)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)


@pytest.mark.parametrize("name", list(_LINES))
def test_one_huge_line_is_read_in_linear_time(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The gazetteer and registry matchers have their own tests; this one guards etl/extract.
    monkeypatch.setattr(pipeline, "find_places", lambda text: [])
    monkeypatch.setattr(pipeline, "find_organizations", lambda text: [])
    monkeypatch.setattr(pipeline, "find_projects", lambda text: [])
    text = _LINES[name]
    with _alarm(_GUARD_SECONDS):
        report = pipeline.extract(Document(path="huge.txt", sha256="0" * 64, format="txt", text=text,
                                           size_bytes=len(text.encode())))
    assert report.events


def test_endless_number_words_are_not_one_endless_number() -> None:
    nums = find_numbers(fold("беш жүз " * 5000))  # used to overflow float(), and took quadratic time
    assert nums and all(n.value <= 10**15 for n in nums)
