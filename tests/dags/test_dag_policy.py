"""Every DAG imports cleanly and follows the project's DAG policy (CONTRIBUTING.md)."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

import pytest

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"
EXPECTED = {"ingest_event_reports", "reprocess_event_reports", "build_donor_marts", "warehouse_quality"}
ALLOWED_TOP_LEVEL_IMPORTS = {"__future__", "datetime", "airflow.sdk", "_warehouse_batches"}
# the shared task module is held to the same rules as the DAG files that import it
DAG_FILES = sorted(p for p in DAGS_DIR.glob("*.py") if not p.name.startswith("_")) + [DAGS_DIR / "_warehouse_batches.py"]


def test_dagbag_imports_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == EXPECTED


@pytest.mark.parametrize("dag_id", sorted(EXPECTED))
def test_dag_policy(dagbag, dag_id):
    dag = dagbag.dags[dag_id]
    assert dag.tags, "tags"
    assert dag.doc_md and len(dag.doc_md.strip()) > 40, "doc_md=__doc__"
    assert dag.catchup is False
    assert dag.max_active_runs == 1
    assert isinstance(dag.dagrun_timeout, timedelta)
    for t in dag.tasks:
        assert t.retries >= 0 and t.execution_timeout is not None, t.task_id
    assert max(t.retries for t in dag.tasks) >= 1, "retries"


@pytest.mark.parametrize("path", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_is_wiring_only(path):
    """Nothing heavy at parse time: top-level imports are airflow.sdk and stdlib dates, etl only inside tasks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    source = path.read_text(encoding="utf-8")
    if not path.name.startswith("_"):
        assert "catchup=" in source and "retries" in source and "doc_md=__doc__" in source and "tags=" in source
    for node in tree.body:
        if isinstance(node, ast.Import):
            names = {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names = {node.module or ""}
        else:
            continue
        assert names <= ALLOWED_TOP_LEVEL_IMPORTS, f"{path.name}: top-level import {names}"
    for fn in ast.walk(tree):  # task bodies stay a few lines
        if isinstance(fn, ast.FunctionDef) and any(
                isinstance(d, (ast.Name, ast.Call, ast.Attribute)) and "task" in ast.unparse(d)
                for d in fn.decorator_list):
            assert len(fn.body) <= 6, f"{path.name}:{fn.name} has {len(fn.body)} statements"


def test_ingest_maps_batches_and_publishes_the_asset(dagbag):
    dag = dagbag.dags["ingest_event_reports"]
    tasks = {t.task_id: t for t in dag.tasks}
    assert {"start", "discover", "stage", "validate", "load", "finalize", "publish"} <= set(tasks)
    assert type(tasks["stage"]).__name__.endswith("MappedOperator")
    assert [o.uri for o in tasks["publish"].outlets] == ["postgres://warehouse/core"]
    marts = dagbag.dags["build_donor_marts"]
    assert type(marts.timetable).__name__ == "AssetTriggeredTimetable"
    assert "postgres://warehouse/core" in repr(marts.timetable.asset_condition)
