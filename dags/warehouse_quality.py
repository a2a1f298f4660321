"""
### Warehouse quality

Great Expectations suites on the loaded warehouse: keys unique and not null,
foreign keys resolve, event dates in range, female/male figures within their
total.  Critical failures fail the run; warnings (figures are loaded as stated)
show in the Data Docs written to `ETL_DATA_DOCS_DIR` (default `.local/data_docs`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from airflow.sdk import dag, task


@dag(
    dag_id="warehouse_quality",
    schedule="@daily",
    start_date=datetime(2024, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=1),
    doc_md=__doc__,
    tags=["quality", "warehouse"],
    default_args={"retries": 1, "retry_delay": timedelta(minutes=1), "execution_timeout": timedelta(minutes=30)},
)
def warehouse_quality():
    @task
    def check_warehouse() -> dict:
        from etl.validate.warehouse_checks import run_warehouse_checks

        return run_warehouse_checks()

    check_warehouse()


warehouse_quality()
