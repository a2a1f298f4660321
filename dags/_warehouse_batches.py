"""
The tail both loading DAGs share: per batch (dynamic task mapping) stage → Great Expectations
→ load, then close the run and publish the `warehouse_core` Asset when the warehouse changed.

A sibling module, not a DAG: Airflow puts the DAG bundle's folder on `sys.path` (its
`BundleDagBag`), so the DAG files import it by name; `.airflowignore` keeps the processor from
parsing it as a DAG file.
"""

from __future__ import annotations

from airflow.sdk import Asset, task

WAREHOUSE_CORE = Asset(name="warehouse_core", uri="postgres://warehouse/core")


def load_batches(run, batches) -> None:
    """Wire the batch tasks after ``batches`` (an XCom list of batch dicts) inside the calling DAG."""

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

    loaded = load.expand(checked=validate.expand(staged=stage.expand(batch=batches)))
    summary = finalize(run)
    loaded >> summary
    publish(summary)
