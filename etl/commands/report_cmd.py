from __future__ import annotations

import argparse
from pathlib import Path

HELP = ("Write the donor report (headline figures, charts, events with evidence, data quality) as one "
        "self-contained HTML file, or PDF through headless Chromium.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--donor", help="donor name or id (case-insensitive); default: every donor")
    parser.add_argument("--period", help="2023Q3, 2023-06 or 2023; default: all dates")
    parser.add_argument("--format", choices=["html", "pdf"], default="html")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--refresh", action="store_true", help="rebuild the marts first")


def run(args: argparse.Namespace) -> int:
    from etl.reporting.browser import BrowserMissing
    from etl.reporting.marts import refresh_marts
    from etl.reporting.report import build_report
    from etl.warehouse.engine import get_engine

    engine = get_engine()
    if args.refresh:
        refresh_marts(engine)
    try:
        out = build_report(engine, args.out, donor=args.donor, period=args.period, fmt=args.format)
    except BrowserMissing as exc:
        print(f"error: {exc}")
        return 2
    print(f"wrote {out}")
    return 0
