"""Stage timing, CPU and memory: wall seconds, CPU seconds, counts, peak RSS of this process and its children."""

from __future__ import annotations

import os
import resource
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psutil


class RssSampler:
    """Samples the summed RSS of this process and all its descendants (pool workers) every ``interval``.

    ``getrusage`` alone cannot give the *concurrent* peak of a parent plus its
    workers (RUSAGE_CHILDREN is the largest single child), so a thread samples
    the process tree; the getrusage figures bound it from below.
    """

    # The sampler's own CPU is counted in the stages it measures (it runs in the bench process): every
    # 50 ms it took ~1 % of a core, at 0.2 s a quarter of that; the workers' RSS moves far slower.
    def __init__(self, interval: float = 0.2, tree_refresh: float = 1.0) -> None:
        self.interval = interval
        self.tree_refresh = tree_refresh
        self._proc = psutil.Process(os.getpid())
        self._children: list[psutil.Process] = []
        self._children_at = 0.0
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _tree_rss(self, refresh: bool = False) -> int:
        # Finding the descendants reads every process of the machine (ms each on a busy host, and the GIL
        # meanwhile): done every ``tree_refresh`` s, while the known ones are sampled every ``interval``.
        now = time.monotonic()
        if refresh or now - self._children_at >= self.tree_refresh:
            self._children, self._children_at = self._proc.children(recursive=True), now
        total = self._proc.memory_info().rss
        for child in self._children:
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._peak = max(self._peak, self._tree_rss())
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def start(self) -> RssSampler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def reset(self) -> None:
        self._peak = self._tree_rss(refresh=True)

    def sample_now(self) -> None:
        """One sample in the caller's thread (the end of a stage), instead of waiting for the next tick."""
        try:
            self._peak = max(self._peak, self._tree_rss())
        except psutil.Error:
            pass

    @property
    def peak_bytes(self) -> int:
        return self._peak


class CpuMeter:
    """CPU seconds (user + system) of this process, its descendants and the given server processes.

    The machine is shared: wall clock moves with other people's load, CPU seconds much less.  A
    stage's CPU seconds divided by the cores is the wall time it would take with nothing else running.
    Processes that end within a stage lose their share unless they were waited children of this one
    (counted through ``children_user``/``children_system``); the pool workers and the server's
    backends live on, so little escapes.
    """

    def __init__(self) -> None:
        self._proc = psutil.Process(os.getpid())
        self.server_pids: list[int] = []  # e.g. the embedded PostgreSQL's postmaster; its backends are its children

    def snapshot(self) -> dict[int, float]:
        out: dict[int, float] = {}
        roots: list[psutil.Process] = [self._proc]
        for pid in self.server_pids:
            try:
                roots.append(psutil.Process(pid))
            except psutil.Error:
                pass
        for root in roots:
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                continue
            for proc in procs:
                try:
                    t = proc.cpu_times()
                except psutil.Error:
                    continue
                out[proc.pid] = t.user + t.system + (t.children_user + t.children_system if proc is self._proc else 0)
        return out

    @staticmethod
    def delta(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(max(0.0, v - before.get(pid, 0.0)) for pid, v in after.items())


CPU = CpuMeter()


def lifetime_peaks_mb() -> dict[str, float]:
    """getrusage maxima: this process over its life, and the largest single finished child."""
    return {"self_max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "largest_child_max_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


@dataclass
class StageResult:
    stage: str
    docs: int | None = None
    seconds: float | None = None
    rows: int | None = None
    peak_rss_mb: float | None = None
    cpu_seconds: float | None = None
    status: str = "ok"  # ok | not available | failed
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float | None:
        if self.docs is None or not self.seconds:
            return None
        return self.docs / self.seconds

    @property
    def rows_per_s(self) -> float | None:
        if self.rows is None or not self.seconds:
            return None
        return self.rows / self.seconds

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None, nd: int = 3) -> float | None:
            return None if x is None else round(x, nd)

        d: dict[str, Any] = {"stage": self.stage, "docs": self.docs, "seconds": r(self.seconds),
                             "docs_per_s": r(self.docs_per_s, 1), "rows": self.rows,
                             "rows_per_s": r(self.rows_per_s, 1), "peak_rss_mb": r(self.peak_rss_mb, 1),
                             "cpu_s": r(self.cpu_seconds, 2), "status": self.status}
        if self.note:
            d["note"] = self.note
        d.update(self.extra)
        return d


@contextmanager
def timed(sampler: RssSampler, result: StageResult) -> Iterator[StageResult]:
    """Fill ``result.seconds`` and ``result.peak_rss_mb``; a raised error marks the stage failed."""
    sampler.reset()
    cpu_before = CPU.snapshot()
    started = time.perf_counter()
    try:
        yield result
    except Exception as exc:
        result.status = "failed"
        result.note = f"{type(exc).__name__}: {exc}"[:300]
        raise
    finally:
        if result.seconds is None:
            result.seconds = time.perf_counter() - started
            result.cpu_seconds = CpuMeter.delta(cpu_before, CPU.snapshot())
        sampler.sample_now()  # the end of the stage, without sleeping until the next tick
        result.peak_rss_mb = sampler.peak_bytes / 2**20


def not_available(stage: str, why: str) -> StageResult:
    return StageResult(stage=stage, status="not available", note=why)
