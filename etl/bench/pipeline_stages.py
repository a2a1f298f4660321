"""One warehouse run, step by step, through the functions the ingest DAG's tasks call.

start_run -> discover_work -> stage_batch (per batch, in parallel processes, as
Airflow maps them) -> check_batch -> load_batch -> finalize_run -> refresh_marts.
Every step is looked up at run time: a step whose module is not in the tree yet
is reported "not available", never imitated.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from etl.bench.measure import RssSampler, StageResult, not_available, timed

STEPS: dict[str, tuple[str, str]] = {
    "start_run": ("etl.pipeline.runs", "start_run"),
    "discover_work": ("etl.pipeline.runs", "discover_work"),
    "make_batches": ("etl.pipeline.runs", "make_batches"),
    "finalize_run": ("etl.pipeline.runs", "finalize_run"),
    "stage_batch": ("etl.pipeline.stage", "stage_batch"),
    "check_batch": ("etl.validate.staging_checks", "check_batch"),
    "load_batch": ("etl.warehouse.load", "load_batch"),
    "refresh_marts": ("etl.reporting.marts", "refresh_marts"),
    "get_engine": ("etl.warehouse.engine", "get_engine"),
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


def _stage_worker(batch: dict[str, Any]) -> dict[str, Any]:
    stage_batch = bind("stage_batch")
    get_engine = bind("get_engine")
    assert callable(stage_batch) and callable(get_engine)
    return stage_batch(get_engine(), batch["run_id"], batch["batch_no"], batch["items"],  # type: ignore[no-any-return]
                       forced=batch.get("forced", False))


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
              "refresh_marts", "get_engine")
    missing = missing_steps(needed)
    names = ("discover", "stage", "validate", "load", "marts", "end_to_end")
    if missing:
        why = "; ".join(f"{k}: {v}" for k, v in missing.items())
        return RunResults([not_available(f"{label}{n}", why) for n in names], {})
    f = {s: bind(s) for s in needed}
    engine = f["get_engine"]()  # type: ignore[operator]
    run_id = f"bench-{label or 'full-'}{uuid.uuid4().hex[:8]}".replace("--", "-")
    results: list[StageResult] = []
    started = time.perf_counter()
    total = StageResult(f"{label}end_to_end")
    sampler.reset()
    f["start_run"](run_id, "bench")  # type: ignore[operator]

    discover = StageResult(f"{label}discover")
    with timed(sampler, discover):
        batches = batches_from(run_id) if batches_from else f["discover_work"](run_id, [inbox])  # type: ignore[operator]
    docs = sum(len(b["items"]) for b in batches)
    discover.docs = docs
    results.append(discover)

    stage = StageResult(f"{label}stage", docs=docs, note="read + extract + record checks + COPY to staging")
    staged: list[dict[str, Any]] = []
    with timed(sampler, stage):
        if workers > 1 and len(batches) > 1:
            with mp.get_context("forkserver").Pool(workers) as pool:
                staged = list(pool.imap_unordered(_stage_worker, batches))
        else:
            staged = [_stage_worker(b) for b in batches]
    stage.rows = sum(int(s.get("events", 0)) + int(s.get("indicator_values", 0)) for s in staged)
    results.append(stage)

    validate = StageResult(f"{label}validate", docs=docs, note="Great Expectations staging suites per batch")
    with timed(sampler, validate):
        checked = [f["check_batch"](engine, run_id, b["batch_no"]) for b in batches]  # type: ignore[operator]
    validate.extra["batches"] = len(checked)
    results.append(validate)

    load = StageResult(f"{label}load", docs=docs)
    with timed(sampler, load):
        loaded = [f["load_batch"](engine, run_id, b["batch_no"]) for b in batches]  # type: ignore[operator]
    load.rows = sum(int(x.get("rows_inserted", 0)) + int(x.get("rows_updated", 0)) + int(x.get("rows_retired", 0))
                    for x in loaded)
    results.append(load)
    summary = f["finalize_run"](run_id)  # type: ignore[operator]

    marts = StageResult(f"{label}marts")
    with timed(sampler, marts):
        counts = f["refresh_marts"](engine)  # type: ignore[operator]
    marts.rows = sum(counts.values()) if isinstance(counts, dict) else None
    results.append(marts)

    total.seconds = time.perf_counter() - started
    total.docs = docs
    total.rows = load.rows
    total.peak_rss_mb = max(r.peak_rss_mb or 0 for r in results)
    results.append(total)
    return RunResults(results, {k: v for k, v in summary.items() if isinstance(v, (int, float, str, bool))})
