"""A whole run in this process, without Airflow: the same task functions, loading overlapped with extraction.

The DAGs are the product's way to run; this is for the quarantine retry command, the benchmark
and tests that exercise the load path many times quickly.

``process_batches`` stages the batches in order in this thread (the stage's worker processes read
the next batches ahead, see ``etl.pipeline.stage_pool``), while a second thread checks and loads
what is staged: once a window of documents is staged, one Great Expectations pass checks all of
it (``check_batch`` takes every staged, unchecked batch of the run along) and its batches are
loaded in order.  So the database's load work and the checks run on the core the extraction
workers leave while this process writes staging, instead of after the whole run is extracted.
Each batch still goes stage -> validate -> load, with the locks and transactions of the DAG's tasks.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from etl.pipeline.batch import load, process_inline, stage, validate
from etl.pipeline.runs import discover_work, finalize_run, start_run
from etl.pipeline.stage_pool import prestart

MIN_WINDOW_DOCS = 2_500  # a GX pass costs about the same for 200 rows as for 20,000: not per batch
WINDOW_SHARE = 0.1  # at most ~10 passes per run


@dataclass
class BatchResults:
    staged: list[dict[str, Any]] = field(default_factory=list)
    checked: list[dict[str, Any]] = field(default_factory=list)
    loaded: list[dict[str, Any]] = field(default_factory=list)
    stage_s: float = 0.0  # until the last batch was staged
    validate_s: float = 0.0  # time the loading thread spent in validate (overlapping the stage)
    load_s: float = 0.0  # ... and in load
    tail_s: float = 0.0  # from the last batch staged until the last batch loaded


def window_docs(total_docs: int) -> int:
    return max(MIN_WINDOW_DOCS, int(total_docs * WINDOW_SHARE))


def pass_due(docs: int, seen: int, total: int, window: int) -> bool:
    """Whether ``docs`` staged, unchecked documents are checked and loaded now (``seen`` of ``total`` staged).

    A full window, or in the run's last window every ``MIN_WINDOW_DOCS``: what is left to check and load
    once the last batch is staged, while the workers idle, is then about that much, not a whole window
    (10,000 documents and 5.5 s at 100,000)."""
    return docs >= window or (total - seen < window and docs >= MIN_WINDOW_DOCS)


def process_batches(batches: list[dict[str, Any]]) -> BatchResults:
    """Stage, check and load ``batches`` (from ``discover_work`` or ``select_for_reprocess``)."""
    out = BatchResults()
    total = sum(len(b["items"]) for b in batches)
    window = window_docs(total)
    todo: queue.Queue[dict[str, Any] | None] = queue.Queue()
    failure: list[BaseException] = []

    def check_and_load() -> None:
        pending: list[dict[str, Any]] = []
        docs = seen = 0
        try:
            while True:
                item = todo.get()
                if item is not None:
                    pending.append(item)
                    docs += int(item["staged"]["documents"])
                    seen += int(item["staged"]["documents"])
                if pending and (item is None or pass_due(docs, seen, total, window)):
                    started = time.perf_counter()
                    checked = [validate(s) for s in pending]  # the first pass checks them all
                    out.validate_s += time.perf_counter() - started
                    started = time.perf_counter()
                    out.loaded += [load(c) for c in checked]
                    out.load_s += time.perf_counter() - started
                    out.checked += checked
                    pending, docs = [], 0
                if item is None:
                    return
        except BaseException as exc:  # handed to the calling thread, which raises it
            failure.append(exc)

    loader = threading.Thread(target=check_and_load, name="check-and-load", daemon=True)
    loader.start()
    started = time.perf_counter()
    try:
        # a stage that fails ends the run here, as before; what was staged is still checked and loaded
        for batch in batches:
            if failure:
                break
            staged = stage(batch)
            out.staged.append(staged)
            todo.put(staged)
    finally:
        out.stage_s = time.perf_counter() - started
        todo.put(None)
        loader.join()
    out.tail_s = time.perf_counter() - started - out.stage_s
    if failure:
        raise failure[0]
    return out


def ingest_inline(inboxes: list[str], *, run_id: str | None = None, cutoff: Any = None,
                  dag_id: str = "ingest_inline") -> dict[str, Any]:
    run_id = run_id or f"{dag_id}:{datetime.now(UTC).isoformat()}"
    start_run(run_id, dag_id, None, cutoff)
    prestart()
    process_batches(discover_work(run_id, inboxes, cutoff))
    return finalize_run(run_id)


__all__ = ["BatchResults", "ingest_inline", "pass_due", "process_batches", "process_inline", "window_docs"]
