"""A bound on the processor time of reading one file, so a crafted file cannot hold a worker for minutes.

``time_limit(seconds)`` arms the process's profiling timer (``setitimer(ITIMER_PROF)``: user
and system time, signal ``SIGPROF``) for the block and raises ``ParseTimeout`` inside it
when the block has used that much processor time.  Processor time, not wall-clock time: a
busy machine slows every file alike, and a wall-clock bound cut ordinary heavy files (a
zip member inflating to 60 MB, 0.6 s alone, passed 10 s of wall time on 2 cores at load 10).
Parsing is computation on bytes already in memory; OCR runs in child processes, bounded
there by the same number of seconds of wall time (``etl.documents.pdf``).

Signals are delivered to the main thread of a process only, which is where files are read:
the stage workers (``etl.pipeline.stage_pool``, one process each), Airflow task processes,
the CLI and tests.  Elsewhere (a thread of a threaded host, or a platform without
``setitimer``) the block runs unbounded and ``limited()`` says so; the size limits still
hold, and Airflow's ``execution_timeout`` ends the task.  Airflow's timeout uses ``SIGALRM``
and the real-time timer, which this leaves alone; an outer user of the profiling timer (a
sampling profiler) gets its handler and remaining time back on exit, and its handler runs
when it comes first.

Python runs a signal handler between bytecodes: a single long C call (one regular
expression over a huge line, one call into an HTML parser) is cut only when it returns.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_RETRY_S = 0.05


class ParseTimeout(BaseException):
    """Raised into the reading code when its time is up.

    A ``BaseException`` so that the readers' ``except Exception`` around damaged packages
    (which turns parser errors into ``corrupt_file``) does not swallow it."""


def limited() -> bool:
    """Whether ``time_limit`` can bound a block here (main thread, ``setitimer`` available)."""
    return hasattr(signal, "ITIMER_PROF") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``ParseTimeout`` in the block after ``seconds`` of processor time (0 or less: no bound)."""
    if seconds <= 0 or not limited():
        yield
        return
    outer_handler = signal.getsignal(signal.SIGPROF)
    outer_remaining, outer_interval = signal.getitimer(signal.ITIMER_PROF)
    started = time.process_time() if outer_remaining > 0 else 0.0  # a clock read only when it is used
    outer_first = 0 < outer_remaining <= seconds

    def _expired(signum: int, frame: Any) -> None:
        if outer_first and callable(outer_handler):
            outer_handler(signum, frame)  # the outer deadline came first
            return
        raise ParseTimeout(seconds)

    signal.signal(signal.SIGPROF, _expired)
    # Once expired, the timer fires again every _RETRY_S: an exception raised while Python runs a garbage
    # collector callback or a __del__ is printed and dropped ("Exception ignored in …"), and a one-shot
    # deadline that lands there would be lost, letting the file run unbounded.
    signal.setitimer(signal.ITIMER_PROF, outer_remaining if outer_first else seconds, 0 if outer_first else _RETRY_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, outer_handler)
        if outer_remaining > 0:
            left = outer_remaining - (time.process_time() - started)
            # an outer deadline that passed while we held the timer fires at once, not never
            signal.setitimer(signal.ITIMER_PROF, max(left, 1e-6), outer_interval)
