"""DAG parsing for the policy tests (AIRFLOW_HOME: the worker's temporary one, set in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="session")
def dagbag():
    # BundleDagBag puts dags/ on sys.path, as the DAG processor does (DAG files import _warehouse_batches)
    from airflow.dag_processing.dagbag import BundleDagBag

    return BundleDagBag(dag_folder=str(DAGS_DIR), bundle_path=DAGS_DIR)
