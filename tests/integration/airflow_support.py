"""Real Airflow for integration tests: the DAGs from dags/ on the worker's migrated AIRFLOW_HOME (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import airflow_home  # noqa: F401 - re-exported: modules import the fixture from here

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DAGS_DIR = PROJECT_ROOT / "dags"


@pytest.fixture(scope="session")
def dags(airflow_home: Path) -> dict:  # noqa: F811 - the fixture is the parameter
    # BundleDagBag puts dags/ on sys.path, as the DAG processor does (DAG files import _warehouse_batches)
    from airflow.dag_processing.dagbag import BundleDagBag

    bag = BundleDagBag(dag_folder=str(DAGS_DIR), bundle_path=DAGS_DIR)
    assert bag.import_errors == {}
    return bag.dags


def task_states(dag_run) -> dict[str, str]:
    return {ti.task_id: str(getattr(ti.state, "value", ti.state)) for ti in dag_run.get_task_instances()}
