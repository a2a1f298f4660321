from __future__ import annotations

import argparse
import json

HELP = "List quarantined files with their reasons, or retry them (re-read the source; load it if it now passes)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["list", "retry"])
    parser.add_argument("--id", type=int, action="append", dest="ids", help="quarantine id (retry: repeatable)")
    parser.add_argument("--all", action="store_true", help="list: include resolved entries")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from etl.pipeline.quarantine import list_quarantine, retry_quarantined

    if args.action == "list":
        rows = list_quarantine(include_resolved=args.all)
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, default=str))
        else:
            for r in rows:
                where = f"{r['inbox']}/{r['rel_path']}"
                check = f" [{r['failed_check']}]" if r["failed_check"] else ""
                print(f"#{r['quarantine_id']} {where}: {r['reason_code']}{check}: {r['reason']}"
                      + (f" (resolved: {r['resolution']})" if r["resolved_at"] else ""))
            print(f"{len(rows)} quarantine entries")
        return 0
    summary = retry_quarantined(args.ids)
    if args.format == "json":
        print(json.dumps(summary, default=str))
    else:
        print(f"retried {summary['paths_retried']} files: loaded {summary.get('documents_loaded', 0)}, "
              f"still quarantined {summary.get('documents_quarantined', 0)}")
    return 0
