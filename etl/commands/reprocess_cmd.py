from __future__ import annotations

import argparse

HELP = ("Run the reprocess_event_reports DAG once through Airflow (dag.test): loaded documents go through the "
        "current extractor again and their facts are replaced (the result equals a fresh load).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", default="2000-01-01", help="first day (default 2000-01-01)")
    parser.add_argument("--to", dest="date_to", default="2040-12-31", help="last day, inclusive (default 2040-12-31)")
    parser.add_argument("--by", choices=["event", "arrival"], default="arrival",
                        help="range over event start dates or file arrival (mtime); default arrival, so that "
                             "documents without an event date are included")
    parser.add_argument("--extractor-version", default=None, metavar="V",
                        help="only documents loaded by this extractor version")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("-v", "--verbose", action="store_true", help="show Airflow's output")


def run(args: argparse.Namespace) -> int:
    from etl.commands.run_cmd import print_summary
    from etl.pipeline.airflow_runner import run_dag

    conf = {"date_from": args.date_from, "date_to": args.date_to, "by": args.by,
            "extractor_version": args.extractor_version}
    code, results, log_path = run_dag("reprocess_event_reports", conf, verbose=args.verbose)
    if results:
        print_summary([f"reprocess_event_reports:{r['run_id']}" for r in results], args.format)
    if code != 0:
        print(f"the reprocess run failed (exit {code}); Airflow log: {log_path}")
    return code
