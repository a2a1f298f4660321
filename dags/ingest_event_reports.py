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

from airflow.sdk import Asset, Param, dag, task

WAREHOUSE_CORE = Asset(name="warehouse_core", uri="postgres://warehouse/core")
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

    @task(max_active_tis_per_dagrun=4)
    def stage(batch: dict) -> dict:
        from etl.pipeline.batch import stage as stage_batch

        return stage_batch(batch)

    @task(max_active_tis_per_dagrun=4)
    def validate(staged: dict) -> dict:
        from etl.pipeline.batch import validate as validate_batch

        return validate_batch(staged)

    @task(max_active_tis_per_dagrun=2)
    def load(checked: dict) -> dict:
        from etl.pipeline.batch import load as load_batch

        return load_batch(checked)

    @task(trigger_rule="all_done", retries=0)
    def finalize(run: dict) -> dict:
        from etl.pipeline.runs import finalize_run

        return finalize_run(run["run_id"])

    @task(outlets=[WAREHOUSE_CORE])
    def publish(summary: dict) -> dict:
        from airflow.sdk.exceptions import AirflowSkipException

        if not summary["warehouse_changed"]:
            raise AirflowSkipException("nothing changed in the warehouse")
        return summary

    run = start()
    loaded = load.expand(checked=validate.expand(staged=stage.expand(batch=discover(run))))
    summary = finalize(run)
    loaded >> summary
    publish(summary)


ingest_event_reports()
