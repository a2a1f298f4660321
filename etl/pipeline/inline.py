"""A whole run in this process, without Airflow: the same task functions in the same order.

The DAGs are the product's way to run; this is for the quarantine retry command
and for tests that exercise the load path many times quickly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from etl.pipeline.batch import process_inline
from etl.pipeline.runs import discover_work, finalize_run, start_run


def ingest_inline(inboxes: list[str], *, run_id: str | None = None, cutoff: Any = None,
                  dag_id: str = "ingest_inline") -> dict[str, Any]:
    run_id = run_id or f"{dag_id}:{datetime.now(UTC).isoformat()}"
    start_run(run_id, dag_id, None, cutoff)
    for batch in discover_work(run_id, inboxes, cutoff):
        process_inline(batch)
    return finalize_run(run_id)
