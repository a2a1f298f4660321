from __future__ import annotations

import argparse

HELP = ("Run ingest_event_reports for each scheduled interval between two dates, in order, locally through "
        "Airflow (dag.test): each run takes the files that arrived (mtime) before its interval end.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", required=True, help="first date or datetime (ISO, UTC)")
    parser.add_argument("--to", dest="date_to", required=True, help="last date or datetime (ISO, UTC), inclusive")
    parser.add_argument("--inbox", action="append", default=[], metavar="PATH_OR_URL")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("-v", "--verbose", action="store_true")


def run(args: argparse.Namespace) -> int:
    from etl.commands.run_cmd import normalize_inboxes, print_summary
    from etl.pipeline.airflow_runner import run_dag

    conf = {"inboxes": normalize_inboxes(args.inbox), "ignore_arrival_cutoff": False}
    code, results, log_path = run_dag("ingest_event_reports", conf, between=(args.date_from, args.date_to),
                                      verbose=args.verbose)
    if not results and code == 0:
        print("no scheduled interval in that range")
    if results:
        print_summary([f"ingest_event_reports:{r['run_id']}" for r in results], args.format)
    if code != 0:
        print(f"a backfill run failed (exit {code}); Airflow log: {log_path}")
    return code
