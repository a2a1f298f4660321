"""When the inline runner's loading thread runs a check-and-load pass (``etl.pipeline.inline.pass_due``)."""

from __future__ import annotations

from etl.pipeline.inline import MIN_WINDOW_DOCS, pass_due, window_docs


def test_a_full_window_is_due_and_less_is_not_before_the_last_window():
    total = 100_000
    window = window_docs(total)
    assert window == 10_000
    assert pass_due(window, 20_000, total, window)
    assert not pass_due(window - 200, 20_000, total, window)
    assert not pass_due(MIN_WINDOW_DOCS, total - window, total, window)  # the last window begins after this


def test_in_the_last_window_passes_come_every_min_window_docs():
    total = 100_000
    window = window_docs(total)
    seen = total - window + 200
    assert not pass_due(MIN_WINDOW_DOCS - 200, seen, total, window)
    assert pass_due(MIN_WINDOW_DOCS, seen, total, window)
    # what is left once everything is staged: never more than a minimum window plus a batch
    docs = seen_docs = 0
    left_at_end = 0
    for _ in range(total // 200):
        docs += 200
        seen_docs += 200
        if seen_docs == total:
            left_at_end = docs
        elif pass_due(docs, seen_docs, total, window):
            docs = 0
    assert 0 < left_at_end <= MIN_WINDOW_DOCS


def test_a_small_run_is_one_window_as_before():
    total = 1_000
    window = window_docs(total)
    assert not any(pass_due(d, d, total, window) for d in range(200, total, 200))
