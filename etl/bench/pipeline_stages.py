"""One warehouse run, step by step, through the functions the ingest DAG's tasks call.

start_run -> discover_work (or select_for_reprocess) -> the batches -> finalize_run -> refresh_donor_marts.
The batches go through ``etl.pipeline.inline.process_batches`` (``BENCH_ORDER=pipelined``, the default):
each is staged (read and extracted in ``ETL_WORKERS`` processes, the next batches read ahead) while a
second thread checks and loads the staged ones window by window.  ``BENCH_ORDER=dag`` runs them in the
order ``etl run``'s DAG test does instead: every ``stage``, then every ``validate`` (GX, one pass for the
run), then every ``load``, one at a time.
Every step is looked up at run time: a step whose module is not in the tree yet
is reported "not available", never imitated.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from etl.bench.measure import CPU, CpuMeter, RssSampler, StageResult, not_available, timed

STEPS: dict[str, tuple[str, str]] = {
    "start_run": ("etl.pipeline.runs", "start_run"),
    "discover_work": ("etl.pipeline.runs", "discover_work"),
    "make_batches": ("etl.pipeline.runs", "make_batches"),
    "finalize_run": ("etl.pipeline.runs", "finalize_run"),
    "stage_batch": ("etl.pipeline.batch", "stage"),
    "check_batch": ("etl.pipeline.batch", "validate"),
    "load_batch": ("etl.pipeline.batch", "load"),
    "refresh_marts": ("etl.pipeline.marts", "refresh_donor_marts"),
    "select_for_reprocess": ("etl.pipeline.reprocess", "select_for_reprocess"),
    "process_batches": ("etl.pipeline.inline", "process_batches"),
}


def bind(step: str) -> Callable[..., Any] | str:
    """The function, or why it cannot be used."""
    module, name = STEPS[step]
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except ImportError as exc:
        return f"{module} not importable ({exc})"
    except AttributeError:
        return f"{module}.{name} does not exist"


def missing_steps(steps: tuple[str, ...]) -> dict[str, str]:
    return {s: why for s in steps if isinstance(why := bind(s), str)}


def _call(step: str, arg: dict[str, Any]) -> dict[str, Any]:
    fn = bind(step)
    assert callable(fn), fn
    return fn(arg)  # type: ignore[no-any-return]


def _stage_worker(batch: dict[str, Any]) -> dict[str, Any]:
    return _call("stage_batch", batch)


def _validate_worker(staged: dict[str, Any]) -> dict[str, Any]:
    return _call("check_batch", staged)


@contextlib.contextmanager
def _workers_env(workers: int) -> Iterator[None]:
    """``BENCH_WORKERS`` becomes the pipeline's ``ETL_WORKERS`` for the stage step."""
    old = os.environ.get("ETL_WORKERS")
    os.environ["ETL_WORKERS"] = str(workers)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("ETL_WORKERS", None)
        else:
            os.environ["ETL_WORKERS"] = old


def _rows(loaded: list[dict[str, Any]]) -> int:
    return sum(int(x.get("rows_inserted", 0)) + int(x.get("rows_updated", 0)) + int(x.get("rows_retired", 0))
               for x in loaded)


def _staged_rows(staged: list[dict[str, Any]]) -> int:
    counts = [s.get("staged", {}) for s in staged]
    return sum(int(c.get("events", 0)) + int(c.get("indicator_values", 0)) for c in counts)


def _dag_order(label: str, batches: list[dict[str, Any]], docs: int, sampler: RssSampler, workers: int,
               load_batch: Any) -> list[StageResult]:
    stage = StageResult(f"{label}stage", docs=docs,
                        note=f"read + extract + record checks ({workers} processes per batch) + COPY to staging")
    with timed(sampler, stage), _workers_env(workers):
        staged = [_stage_worker(b) for b in batches]
    stage.rows = _staged_rows(staged)
    validate = StageResult(f"{label}validate", docs=docs,
                           note="Great Expectations staging suites, one validation per table over the run's staged batches")
    with timed(sampler, validate):
        checked = [_validate_worker(s) for s in staged]
    validate.extra["batches"] = len(checked)
    load = StageResult(f"{label}load", docs=docs, note="one batch at a time")
    with timed(sampler, load):
        loaded = [load_batch(c) for c in sorted(checked, key=lambda c: c["batch_no"])]
    load.rows = _rows(loaded)
    return [stage, validate, load]


def _pipelined(label: str, batches: list[dict[str, Any]], docs: int, sampler: RssSampler,
               workers: int) -> list[StageResult]:
    """One timed block (wall, CPU, RSS) for the overlapped stage + validate + load; the parts' seconds
    are the time each took in its thread, so they overlap and do not add up to the block."""
    process = bind("process_batches")
    assert callable(process), process
    both = StageResult(f"{label}stage+validate+load", docs=docs,
                       note=f"overlapped: staging ({workers} processes) while a thread checks and loads")
    with timed(sampler, both), _workers_env(workers):
        r = process(batches)
    stage = StageResult(f"{label}stage", docs=docs, seconds=r.stage_s, rows=_staged_rows(r.staged),
                        peak_rss_mb=both.peak_rss_mb,
                        note=f"read + extract + record checks ({workers} processes) + COPY, until the last batch is staged")
    validate = StageResult(f"{label}validate", docs=docs, seconds=r.validate_s, peak_rss_mb=both.peak_rss_mb,
                           note="Great Expectations, one pass per window of staged documents, in the loading thread")
    validate.extra["batches"] = len(r.checked)
    validate.extra["passes"] = sum(1 for c in r.checked if c.get("checked", {}).get("batches_checked"))
    load = StageResult(f"{label}load", docs=docs, seconds=r.load_s, rows=_rows(r.loaded), peak_rss_mb=both.peak_rss_mb,
                       note="in the loading thread, one batch at a time, overlapping the stage")
    tail = StageResult(f"{label}load tail", docs=docs, seconds=r.tail_s,
                       note="from the last batch staged until the last one loaded")
    if not batches:
        for s in (stage, validate, load, tail):
            s.seconds = 0.0
    return [both, stage, validate, load, tail]


@dataclass
class RunResults:
    stages: list[StageResult]
    summary: dict[str, Any]


def warehouse_run(label: str, inbox: str, sampler: RssSampler, workers: int,
                  batches_from: Callable[[str], list[dict[str, Any]]] | None = None) -> RunResults:
    """One complete run over ``inbox``; ``label`` prefixes the stage names (e.g. ``rerun``).

    ``batches_from(run_id)`` replaces discovery (used for a forced reprocess).
    """
    needed = ("start_run", "discover_work", "finalize_run", "stage_batch", "check_batch", "load_batch",
              "refresh_marts")
    missing = missing_steps(needed)
    names = ("discover", "stage", "validate", "load", "marts", "end_to_end")
    if missing:
        why = "; ".join(f"{k}: {v}" for k, v in missing.items())
        return RunResults([not_available(f"{label}{n}", why) for n in names], {})
    f = {s: bind(s) for s in needed}
    run_id = f"bench-{label or 'full-'}{uuid.uuid4().hex[:8]}".replace("--", "-")
    results: list[StageResult] = []
    started = time.perf_counter()
    total = StageResult(f"{label}end_to_end")
    cpu_before = CPU.snapshot()
    sampler.reset()
    f["start_run"](run_id, "bench")  # type: ignore[operator]

    from etl.pipeline.stage_pool import prestart

    with _workers_env(workers):
        prestart()  # as ingest_inline does: the pool starts while discovery runs
    discover = StageResult(f"{label}discover")
    with timed(sampler, discover):
        batches = batches_from(run_id) if batches_from else f["discover_work"](run_id, [inbox])  # type: ignore[operator]
    docs = sum(len(b["items"]) for b in batches)
    discover.docs = docs
    results.append(discover)

    if os.environ.get("BENCH_ORDER", "pipelined") == "dag":
        results += _dag_order(label, batches, docs, sampler, workers, f["load_batch"])
    else:
        results += _pipelined(label, batches, docs, sampler, workers)
    load = next(r for r in results if r.stage == f"{label}load")
    summary = f["finalize_run"](run_id)  # type: ignore[operator]

    marts = StageResult(f"{label}marts")
    if summary.get("warehouse_changed") is False:
        # The marts DAG is triggered by the warehouse_core Asset, i.e. only after a change.
        marts.seconds, marts.rows, marts.note = 0.0, 0, "skipped: the run changed nothing"
    else:
        with timed(sampler, marts):
            mart_counts = f["refresh_marts"]()  # type: ignore[operator]
        marts.rows = sum(mart_counts.values()) if isinstance(mart_counts, dict) else None
    results.append(marts)

    total.seconds = time.perf_counter() - started
    total.cpu_seconds = CpuMeter.delta(cpu_before, CPU.snapshot())
    total.docs = docs
    total.rows = load.rows
    total.peak_rss_mb = max(r.peak_rss_mb or 0 for r in results)
    results.append(total)
    return RunResults(results, {k: v for k, v in summary.items() if isinstance(v, (int, float, str, bool))})
