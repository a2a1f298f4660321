from __future__ import annotations

import argparse
import json

HELP = "Print counts of documents, events, indicator values, places and organizations in the warehouse."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["json", "text"], default="text")


def run(args: argparse.Namespace) -> int:
    from etl.warehouse.engine import get_engine
    from etl.warehouse.status import warehouse_status

    status = warehouse_status(get_engine())
    if args.format == "json":
        print(json.dumps(status, ensure_ascii=False, sort_keys=True))
    else:
        width = max(len(k) for k in status)
        for key, value in status.items():
            print(f"{key:<{width}}  {value}")
    return 0
