"""The bench's RSS sampler: a stage's end is sampled in the caller's thread, not after a sleep."""

from __future__ import annotations

import time

import psutil

from etl.bench.measure import RssSampler, StageResult, timed


def test_sample_now_records_the_current_tree_without_the_sampling_thread():
    sampler = RssSampler()  # not started: only sample_now and reset can see anything
    assert sampler.peak_bytes == 0
    sampler.sample_now()
    assert sampler.peak_bytes >= psutil.Process().memory_info().rss // 2


def test_a_timed_stage_ends_without_waiting_for_the_next_tick():
    sampler = RssSampler(interval=5.0)
    result = StageResult("quick")
    started = time.perf_counter()
    with timed(sampler, result):
        pass
    assert time.perf_counter() - started < 1.0  # it slept one interval before
    assert result.peak_rss_mb and result.peak_rss_mb > 1


def test_a_pdf_rendered_a_second_later_has_the_same_bytes():
    # the embedded font's head table used to take the time of rendering: the incremental run's
    # regenerated PDFs then differed from run to run, and so did the warehouse after it
    from etl.bench import pdf

    first = pdf.render_pdf("Тренинг өттү. Тренинг прошёл.", "Заголовок")
    pdf._font.cache_clear()
    time.sleep(1.1)
    assert pdf.render_pdf("Тренинг өттү. Тренинг прошёл.", "Заголовок") == first
