"""
### Reprocess event reports

Manual.  Runs loaded documents through the current extractor again, e.g. after
an extractor release: choose a date range by **event** date or by **arrival**
(file mtime), optionally only documents an older `extractor_version` produced.
Each document's facts are replaced in one transaction; the fact checksum then
equals that of a fresh load (`etl.warehouse.checksum`).  Updates the
`warehouse_core` Asset, so the marts follow.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _warehouse_batches import load_batches
from airflow.sdk import Param, dag, task

DAG_ID = "reprocess_event_reports"


@dag(
    dag_id=DAG_ID,
    schedule=None,
    start_date=datetime(2024, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=6),
    doc_md=__doc__,
    tags=["reprocess", "warehouse"],
    default_args={"retries": 1, "retry_delay": timedelta(seconds=30), "execution_timeout": timedelta(hours=2)},
    params={
        "date_from": Param("2000-01-01", type="string", format="date", description="First day of the range"),
        "date_to": Param("2040-12-31", type="string", format="date", description="Last day of the range"),
        "by": Param("event", enum=["event", "arrival"], description="Range over event dates or file arrival"),
        "extractor_version": Param(None, type=["null", "string"],
                                   description="Only documents loaded by this extractor version"),
    },
)
def reprocess_event_reports():
    @task
    def start(params=None, run_id=None) -> dict:
        from etl.pipeline.runs import start_run

        rid = f"{DAG_ID}:{run_id}"
        start_run(rid, DAG_ID)
        return {"run_id": rid, **{k: params[k] for k in ("date_from", "date_to", "by", "extractor_version")}}

    @task
    def select(run: dict) -> list[dict]:
        from etl.pipeline.reprocess import select_for_reprocess

        return select_for_reprocess(run["run_id"], run["date_from"], run["date_to"], run["by"],
                                    run["extractor_version"])

    run = start()
    load_batches(run, select(run))


reprocess_event_reports()
