from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

HELP = ("Export the donor marts (all donors and dates unless filtered) as CSV files (a directory, "
        "or a .zip), an XLSX workbook or IATI 2.03 activity XML.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--donor", help="donor name or id (case-insensitive); default: every donor")
    parser.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, help="first date, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, help="last date, YYYY-MM-DD")
    parser.add_argument("--format", choices=["csv", "xlsx", "iati"], required=True)
    parser.add_argument("--out", type=Path, required=True, help="directory or .zip (csv), .xlsx, .xml")
    parser.add_argument("--refresh", action="store_true", help="rebuild the marts first")


def run(args: argparse.Namespace) -> int:
    from etl.reporting.export import ExportFilter, load_marts, write_csv, write_xlsx
    from etl.reporting.iati import write_iati
    from etl.reporting.marts import refresh_marts
    from etl.warehouse.engine import get_engine

    engine = get_engine()
    if args.refresh:
        refresh_marts(engine)
    frames = load_marts(engine, ExportFilter(args.donor, args.date_from, args.date_to))
    if args.format == "csv":
        write_csv(frames, args.out)
    elif args.format == "xlsx":
        write_xlsx(frames, args.out)
    else:
        write_iati(frames, args.out)
    rows = ", ".join(f"{name} {len(df)}" for name, df in frames.items())
    print(f"wrote {args.out} ({rows} rows)")
    return 0
