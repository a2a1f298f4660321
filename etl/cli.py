"""``python -m etl COMMAND``: one module per command under ``etl/commands``.

Each command module defines ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``python -m etl extract`` never pays for pandas, SQLAlchemy or GX.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS: dict[str, str] = {
    "extract": "etl.commands.extract_cmd",
    "status": "etl.commands.status_cmd",
    "migrate": "etl.commands.migrate_cmd",
    "warehouse": "etl.commands.warehouse_cmd",
    "export": "etl.commands.export_cmd",
    "report": "etl.commands.report_cmd",
    "run": "etl.commands.run_cmd",
    "backfill": "etl.commands.backfill_cmd",
    "reprocess": "etl.commands.reprocess_cmd",
    "quarantine": "etl.commands.quarantine_cmd",
    "marts": "etl.commands.marts_cmd",
}


def build_parser(command: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        if name == command:
            module = importlib.import_module(module_name)
            module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
        else:
            sub.add_parser(name, help=f"see python -m etl {name} --help", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    args = build_parser(command if command in COMMANDS else None).parse_args(argv)
    module = importlib.import_module(COMMANDS[args.command])
    return int(module.run(args) or 0)
