"""
### Build donor marts

Refreshes the `marts` schema (`etl.reporting.marts.refresh_marts`) whenever an
ingest or reprocess run changed the warehouse (the `warehouse_core` Asset).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _warehouse_batches import WAREHOUSE_CORE
from airflow.sdk import dag, task


@dag(
    dag_id="build_donor_marts",
    schedule=[WAREHOUSE_CORE],
    start_date=datetime(2024, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=1),
    doc_md=__doc__,
    tags=["marts", "reporting"],
    default_args={"retries": 2, "retry_delay": timedelta(minutes=1), "execution_timeout": timedelta(minutes=30)},
)
def build_donor_marts():
    @task
    def refresh() -> dict:
        from etl.pipeline.marts import refresh_donor_marts

        return refresh_donor_marts()

    refresh()


build_donor_marts()
