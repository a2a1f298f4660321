"""Worker processes for reading and extracting a batch (``etl.pipeline.stage.stage_batch``).

Reading and extraction are pure CPU on one document at a time, so a batch splits over processes
without changing its result.  The pool is created on first use and kept for the life of the process
(a run's later batches, ``etl run``'s whole DAG test): its workers import the extractor and compile
the gazetteer and schema once.  ``ETL_WORKERS`` sizes it (default: all cores; 1 = no pool, e.g. when
Airflow already runs many tasks side by side); a batch under ``ETL_PARALLEL_MIN_DOCS`` files (default
40) is not worth starting the pool for and stays in the calling process - unless the pool is already
running: then even a few files go to its warm workers, since the calling process would first have to
build the extractor's tables itself (about a second) before its first document.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from etl import extract_warmup

_pools: dict[int, ProcessPoolExecutor] = {}
READ_AHEAD = 3
_plan: dict[str, dict[int, dict[str, Any]]] = {}  # run_id -> batch_no -> batch (only the latest run)
_ahead: dict[tuple[str, int], tuple[Any, list[Future[Any]]]] = {}  # (run, batch) -> (key, chunk futures)
_ahead_lock = threading.RLock()  # runs in threads of one process (tests, the inline runner) share the state


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else default


def workers_for(n_items: int) -> int:
    """How many processes to stage ``n_items`` files with (1: in this process)."""
    workers = max(1, _int_env("ETL_WORKERS", os.cpu_count() or 1))
    if workers == 1 or n_items == 0:
        return 1
    if n_items < _int_env("ETL_PARALLEL_MIN_DOCS", 40) and workers not in _pools:
        return 1
    if mp.current_process().daemon:  # a multiprocessing.Pool worker may not have children
        return 1
    return workers if workers in _pools else min(workers, n_items)  # a warm pool serves fewer files too


WARM_TEXTS = extract_warmup.WARM_TEXTS  # the texts the fork server extracts (tests read them here)


def _warm() -> None:
    """Pay the imports and compiled tables once per worker, before its first chunk.

    Run in the fork server (``etl.pipeline.stage_preload``), it is paid once per pool: every worker
    forks with the tables built (and in its initializer finds them so).  It extracts ``WARM_TEXTS``
    too: the extractor builds most of its tables lazily, and a worker paid that in its first document.
    Its regular expressions come from ``etl.regex_cache`` when an earlier process compiled them.
    """
    from etl.regex_cache import compiled_patterns

    with compiled_patterns():
        _warm_tables()


def _warm_tables() -> None:
    import etl.documents  # noqa: F401
    import etl.documents.markup  # noqa: F401 - the readers a format's first file would import
    import etl.documents.pdf  # noqa: F401
    import etl.documents.wordml  # noqa: F401
    import etl.extract  # noqa: F401
    from etl.validate.records import _fast_validator, _validator
    from etl.warehouse.gazetteer import load_gazetteer

    load_gazetteer()
    _fast_validator()
    _validator()
    global _warmed_in
    if _warmed_in is None:
        _warmed_in = os.getpid()
        _warm_extractor()


_warmed_in: int | None = None  # the process that warmed the extractor (a worker's fork server)


def _warm_extractor() -> None:
    extract_warmup.warm_extractor()


def _pool(workers: int) -> ProcessPoolExecutor:
    pool = _pools.get(workers)
    if pool is None:
        # forkserver: no fork of a process that holds threads, DB connections or Airflow's state
        context = mp.get_context("forkserver")
        # the fork server builds the extractor once; its workers start from that (no effect once it runs)
        context.set_forkserver_preload(["__main__", "etl.pipeline.stage_preload"])
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm)
        _pools[workers] = pool
    return pool


def _noop() -> None:
    return None


def prestart() -> bool:
    """Start the pool's processes now, without work: True when some were started.

    For a process that discovers and then stages (the inline runner, the bench): the fork server's
    import of the extractor and the workers' start (seconds of one core) overlap discovery, which
    leaves a core mostly idle, instead of delaying the first batch.  Only where ``ETL_WORKERS`` is set:
    with the default a run's small batches (under ``ETL_PARALLEL_MIN_DOCS``) stay in this process, and
    before discovery the run's size is not known."""
    if not os.environ.get("ETL_WORKERS"):
        return False
    workers = max(1, _int_env("ETL_WORKERS", 1))
    if workers == 1 or workers in _pools or mp.current_process().daemon:
        return False
    pool = _pool(workers)

    def start() -> None:
        # a ProcessPoolExecutor starts a process per submitted task, up to its size; each start waits
        # until the fork server has run its preload (the extractor's warm-up: seconds of one core), so
        # that wait is this thread's, not the caller's, whose discovery runs meanwhile.  A stage that
        # submits before it is done waits on the executor's lock, as it would wait for the workers anyway.
        for _ in range(workers):
            pool.submit(_noop)

    global _starter
    _starter = threading.Thread(target=start, name="stage-pool-start", daemon=True)
    _starter.start()
    return True


_starter: threading.Thread | None = None  # prestart's thread (tests join it)


def plan_batches(run_id: str, batches: list[dict[str, Any]]) -> None:
    """The batches a run will stage in this process; read-ahead of an earlier run is dropped."""
    with _ahead_lock:
        drop_read_ahead()
        _plan.clear()
        _plan[run_id] = {b["batch_no"]: b for b in batches}


def forget_plan(run_id: str) -> None:
    """The run is over (finalize): its plan and anything read ahead for it go."""
    with _ahead_lock:
        if _plan.pop(run_id, None) is not None:
            drop_read_ahead()


def drop_read_ahead() -> None:
    with _ahead_lock:
        for _key, futures in _ahead.values():
            for f in futures:
                f.cancel()
        _ahead.clear()


def submit_chunks(fn: Callable[[Any], Any], chunks: Iterable[Any], workers: int) -> list[Future[Any]]:
    pool = _pool(workers)
    return [pool.submit(fn, c) for c in chunks]


def take_read_ahead(run_id: str, batch_no: int, key: Any) -> list[Future[Any]] | None:
    """The futures of a batch read ahead with the same ``key`` (items, flag, settings), if any."""
    with _ahead_lock:
        plan = _plan.get(run_id)
        if plan is not None:
            plan.pop(batch_no, None)  # staged now: never read ahead again
        found = _ahead.pop((run_id, batch_no), None)
    if found is None:
        return None
    if found[0] != key:
        for f in found[1]:
            f.cancel()
        return None
    return found[1]


def read_ahead(run_id: str, submit: Callable[[dict[str, Any]], tuple[Any, list[Future[Any]]]]) -> None:
    """Submit the next planned, not yet submitted batches of ``run_id`` until ``READ_AHEAD`` are out.

    Filling up to the limit on every call, not one batch per call: a stage takes one read-ahead batch
    and would put back one, so the workers had only the next batch (~0.5 s of work at 200 documents)
    to go on while this process wrote staging, and idled whenever that took longer (a GX pass or a
    load in the loading thread holding the GIL, the database busy)."""
    with _ahead_lock:
        plan = _plan.get(run_id)
        while plan and len(_ahead) < READ_AHEAD:
            batch_no = min(plan)
            _ahead[(run_id, batch_no)] = submit(plan.pop(batch_no))


def results(futures: list[Future[Any]], workers: int) -> list[Any]:
    try:
        return [f.result() for f in futures]
    except BrokenProcessPool:
        _pools.pop(workers, None)  # a worker died (killed, out of memory): the next batch gets a new pool
        drop_read_ahead()
        raise


def map_chunks(fn: Callable[[Any], Any], chunks: Iterable[Any], workers: int) -> list[Any]:
    """``fn`` over ``chunks`` in the pool, results in the order of ``chunks``."""
    pool = _pool(workers)
    try:
        return list(pool.map(fn, chunks))
    except BrokenProcessPool:
        _pools.pop(workers, None)  # a worker died (killed, out of memory): the next batch gets a new pool
        raise


@atexit.register
def shutdown() -> None:
    drop_read_ahead()
    for pool in list(_pools.values()):
        pool.shutdown(wait=True, cancel_futures=True)
    _pools.clear()
