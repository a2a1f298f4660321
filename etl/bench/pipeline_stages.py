"""One warehouse run, step by step, through the functions the ingest DAG's tasks call.

start_run -> discover_work (or select_for_reprocess) -> per batch ``etl.pipeline.batch.stage`` (which
reads and extracts a batch in ``ETL_WORKERS`` processes) -> per batch ``validate`` (GX, set up once in
this process and reused by every batch, as in ``etl run``'s DAG test) -> ``load`` (one batch at a time)
-> finalize_run -> refresh_donor_marts.
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

    discover = StageResult(f"{label}discover")
    with timed(sampler, discover):
        batches = batches_from(run_id) if batches_from else f["discover_work"](run_id, [inbox])  # type: ignore[operator]
    docs = sum(len(b["items"]) for b in batches)
    discover.docs = docs
    results.append(discover)

    stage = StageResult(f"{label}stage", docs=docs,
                        note=f"read + extract + record checks ({workers} processes per batch) + COPY to staging")
    with timed(sampler, stage), _workers_env(workers):
        staged = [_stage_worker(b) for b in batches]
    counts = [s.get("staged", {}) for s in staged]
    stage.rows = sum(int(c.get("events", 0)) + int(c.get("indicator_values", 0)) for c in counts)
    results.append(stage)

    validate = StageResult(f"{label}validate", docs=docs,
                           note="Great Expectations staging suites, one validation per table over the run's staged batches")
    with timed(sampler, validate):
        checked = [_validate_worker(s) for s in staged]
    validate.extra["batches"] = len(checked)
    results.append(validate)

    load = StageResult(f"{label}load", docs=docs, note="one batch at a time")
    with timed(sampler, load):
        loaded = [f["load_batch"](c) for c in sorted(checked, key=lambda c: c["batch_no"])]  # type: ignore[operator]
    load.rows = sum(int(x.get("rows_inserted", 0)) + int(x.get("rows_updated", 0)) + int(x.get("rows_retired", 0))
                    for x in loaded)
    results.append(load)
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
