from __future__ import annotations

import argparse
import json

HELP = ("Refresh the donor marts: only the rows of documents changed since the last refresh, or every "
        "mart from scratch with --full.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["refresh"])
    parser.add_argument("--full", action="store_true",
                        help="rebuild every mart from core (after a hand-made change the log cannot see)")


def run(args: argparse.Namespace) -> int:
    from etl.pipeline.marts import refresh_donor_marts

    print(json.dumps(refresh_donor_marts(full=args.full)))
    return 0
