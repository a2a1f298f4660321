"""Great Expectations suites on the warehouse (``expectations/warehouse/*.json``) with Data Docs.

Each suite names its table's check query in ``meta.query`` (keys, foreign keys
resolved through left joins, date ranges, female/male within total) and runs
through a GX SQL data source on the warehouse.  Data Docs go to
``ETL_DATA_DOCS_DIR`` (default ``.local/data_docs``).
"""

from __future__ import annotations

import json
from typing import Any

from etl.config import Settings
from etl.validate.gx_imports import import_gx
from etl.validate.gx_runtime import load_suite, new_context, severity_of, suite_files
from etl.warehouse.engine import warehouse_url


class QualityCheckFailed(RuntimeError):
    pass


def run_warehouse_checks(settings: Settings | None = None, *, fail_on_critical: bool = True) -> dict[str, Any]:
    gx = import_gx()
    settings = settings or Settings.from_env()
    settings.data_docs_dir.mkdir(parents=True, exist_ok=True)
    context = new_context(settings.data_docs_dir)
    source = context.data_sources.add_sql("warehouse", connection_string=warehouse_url(settings))
    definitions = []
    for path in suite_files("warehouse"):
        query = json.loads(path.read_text(encoding="utf-8"))["meta"]["query"]
        batch_definition = source.add_query_asset(path.stem, query=query).add_batch_definition_whole_table("all")
        suite = load_suite(context, path)
        definitions.append(context.validation_definitions.add(
            gx.ValidationDefinition(name=path.stem, data=batch_definition, suite=suite)))
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name="warehouse_quality", validation_definitions=definitions,
        actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs")], result_format={"result_format": "SUMMARY"}))
    result = checkpoint.run()
    suites: dict[str, Any] = {}
    critical: list[str] = []
    for run_result in result.run_results.values():
        name = run_result.suite_name
        failed = [r for r in run_result.results if not r.success]
        suites[name] = {"evaluated": len(run_result.results), "failed": [
            {"check": f"{r.expectation_config.type}({r.expectation_config.kwargs.get('column')})",
             "severity": severity_of(r), "unexpected_count": r.result.get("unexpected_count"),
             "sample": [str(v) for v in (r.result.get("partial_unexpected_list") or [])[:5]]} for r in failed]}
        critical += [f"{name}: {f['check']}" for f in suites[name]["failed"] if f["severity"] == "critical"]
    summary = {"success": not critical, "suites": suites, "critical_failures": critical,
               "data_docs": str(settings.data_docs_dir / "index.html")}
    if critical and fail_on_critical:
        raise QualityCheckFailed(f"warehouse checks failed: {critical}; see {summary['data_docs']}")
    return summary
