"""
### Ingest event reports

Scans the configured inboxes (`ETL_INBOXES`, or the `inboxes` param), registers
new / changed / deleted files in the manifest, then per batch (dynamic task
mapping): read + extract + record checks → staging → Great Expectations suites
→ load into `core` (bad documents quarantined with a reason, good ones loaded).
`finalize` closes `ops.run_log`; `publish` updates the warehouse Asset only when
the warehouse changed, which triggers `build_donor_marts`.

**Data interval.** A run handles the files whose mtime is before its data
interval end (its logical date: the schedule is a cron trigger) and that are
not yet loaded in their current version.  Later files wait for a later run;
files a failed run left pending are picked up by the next.  Backfills
(`airflow backfill create` or `python -m etl backfill`) therefore replay
arrivals in order.  `ignore_arrival_cutoff` (used by `python -m etl run`)
takes every file whatever its mtime.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _warehouse_batches import load_batches
from airflow.sdk import Param, dag, task

DAG_ID = "ingest_event_reports"


@dag(
    dag_id=DAG_ID,
    schedule="@hourly",
    start_date=datetime(2024, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=3),
    doc_md=__doc__,
    tags=["ingest", "warehouse"],
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30), "execution_timeout": timedelta(hours=1)},
    params={
        "inboxes": Param([], type="array", description="Inbox URLs; empty = ETL_INBOXES"),
        "ignore_arrival_cutoff": Param(False, type="boolean", description="Take files whatever their mtime"),
    },
)
def ingest_event_reports():
    @task
    def start(params=None, run_id=None, data_interval_start=None, data_interval_end=None) -> dict:
        from etl.pipeline.runs import start_run

        rid = f"{DAG_ID}:{run_id}"
        start_run(rid, DAG_ID, data_interval_start, data_interval_end)
        cutoff = None if params["ignore_arrival_cutoff"] else data_interval_end.isoformat()
        return {"run_id": rid, "inboxes": list(params["inboxes"]) or None, "cutoff": cutoff}

    @task
    def discover(run: dict) -> list[dict]:
        from etl.pipeline.runs import discover_work

        return discover_work(run["run_id"], run["inboxes"], run["cutoff"])

    run = start()
    load_batches(run, discover(run))


ingest_event_reports()
