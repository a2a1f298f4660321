"""A wall-clock bound on reading one file, so a crafted file cannot hold a worker for minutes.

``time_limit(seconds)`` arms ``SIGALRM`` (``setitimer``) for the block and raises
``ParseTimeout`` inside it when the time is up.  Signals are delivered to the main thread
of a process only, which is where files are read: the stage workers
(``etl.pipeline.stage_pool``, one process each), Airflow task processes, the CLI and tests.
Elsewhere (a thread of a threaded host, or a platform without ``setitimer``) the block runs
unbounded and ``limited()`` says so; the size limits still hold, and Airflow's
``execution_timeout`` ends the task.

The timer cooperates with an outer ``SIGALRM`` user (Airflow's ``execution_timeout`` uses
the same signal): the outer handler and its remaining time are restored on exit, and when
the outer deadline comes first, the outer handler is the one that runs.

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


class ParseTimeout(BaseException):
    """Raised into the reading code when its time is up.

    A ``BaseException`` so that the readers' ``except Exception`` around damaged packages
    (which turns parser errors into ``corrupt_file``) does not swallow it."""


def limited() -> bool:
    """Whether ``time_limit`` can bound a block here (main thread, ``setitimer`` available)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``ParseTimeout`` in the block after ``seconds`` (0 or less: no bound)."""
    if seconds <= 0 or not limited():
        yield
        return
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_remaining, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    outer_first = 0 < outer_remaining <= seconds

    def _expired(signum: int, frame: Any) -> None:
        if outer_first and callable(outer_handler):
            outer_handler(signum, frame)  # the outer deadline (e.g. Airflow's task timeout) came first
            return
        raise ParseTimeout(seconds)

    signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, outer_remaining if outer_first else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_remaining > 0:
            left = outer_remaining - (time.monotonic() - started)
            # an outer deadline that passed while we held the timer fires at once, not never
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), outer_interval)
