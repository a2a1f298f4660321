from __future__ import annotations

import argparse

HELP = "Apply pending warehouse migrations from sql/migrations (also done automatically on connect)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    from etl.config import Settings
    from etl.warehouse.engine import _engine_for, warehouse_url
    from etl.warehouse.migrate import migrate

    settings = Settings.from_env()
    applied = migrate(_engine_for(warehouse_url(settings)), settings.sql_dir / "migrations")
    print("applied: " + (", ".join(applied) if applied else "nothing, schema is current"))
    return 0
