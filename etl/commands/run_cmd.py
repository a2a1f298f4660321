from __future__ import annotations

import argparse
import json
from pathlib import Path

HELP = ("Run the ingest_event_reports DAG once through Airflow (dag.test) on the configured warehouse "
        "and print a summary; exits non-zero only when the run itself failed.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--inbox", action="append", default=[], metavar="PATH_OR_URL",
                        help="inbox folder or URL (repeatable); default ETL_INBOXES or samples/reports")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("-v", "--verbose", action="store_true", help="show Airflow's output")


def normalize_inboxes(inboxes: list[str]) -> list[str]:
    return [i if "://" in i else str(Path(i).expanduser().resolve()) for i in inboxes]


def print_summary(run_ids: list[str], fmt: str) -> None:
    import sqlalchemy as sa

    from etl.pipeline.reprocess import outdated_documents, outdated_hint
    from etl.warehouse.engine import get_engine
    from etl.warehouse.status import warehouse_status

    engine = get_engine()
    with engine.connect() as conn:
        runs = [dict(r) for r in conn.execute(sa.text("""
            select run_id, status, files_seen, files_new, files_changed, files_unchanged, files_deleted,
                   files_quarantined, rows_inserted, rows_updated, rows_retired, duration_seconds
            from ops.run_log where run_id = any(:ids) order by started_at"""), {"ids": run_ids}).mappings()]
    status = warehouse_status(engine)
    status.pop("last_run", None)
    outdated = outdated_documents(engine)
    if fmt == "json":
        print(json.dumps({"runs": runs, "warehouse": status, "outdated_extraction": outdated}, default=str,
                         sort_keys=True))
        return
    for r in runs:
        print(f"run {r['run_id']}: {r['status']} in {float(r['duration_seconds'] or 0):.1f}s - files seen "
              f"{r['files_seen']} (new {r['files_new']}, changed {r['files_changed']}, unchanged "
              f"{r['files_unchanged']}, deleted {r['files_deleted']}, quarantined {r['files_quarantined']}); rows "
              f"inserted {r['rows_inserted']}, updated {r['rows_updated']}, retired {r['rows_retired']}")
    print("warehouse: " + ", ".join(f"{k} {v}" for k, v in status.items()))
    if hint := outdated_hint(outdated):
        print(hint)


def run(args: argparse.Namespace) -> int:
    from etl.pipeline.airflow_runner import run_dag

    conf = {"inboxes": normalize_inboxes(args.inbox), "ignore_arrival_cutoff": True}
    code, results, log_path = run_dag("ingest_event_reports", conf, verbose=args.verbose)
    if results:
        print_summary([f"ingest_event_reports:{r['run_id']}" for r in results], args.format)
    if code != 0:
        print(f"the run failed (exit {code}); Airflow log: {log_path}")
    return code
