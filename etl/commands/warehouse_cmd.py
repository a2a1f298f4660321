from __future__ import annotations

import argparse

HELP = "Manage the embedded warehouse: print its URL or stop it."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["url", "stop"])


def run(args: argparse.Namespace) -> int:
    from etl.config import Settings
    from etl.warehouse.engine import stop_embedded, warehouse_url

    settings = Settings.from_env()
    if args.action == "url":
        print(warehouse_url(settings))
    else:
        print("stopped" if stop_embedded(settings) else "no embedded server was running")
    return 0
