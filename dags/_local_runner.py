"""Run a DAG locally through Airflow (``dag.test()``), for ``python -m etl run`` / ``backfill``.

Started as a subprocess by ``etl`` (which never imports Airflow)::

    python dags/_local_runner.py DAG_ID [--conf JSON] [--logical-date ISO ...]

Runs once per logical date (none: now), in order, stopping at the first failed
run, and prints one ``ETL_RUNNER_RESULT {json}`` line per run.  The Airflow
metadata database under ``AIRFLOW_HOME`` is migrated on first use.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

DAGS_DIR = Path(__file__).resolve().parent
MARKER = "ETL_RUNNER_RESULT "


def ensure_metadata_db() -> None:
    home = Path(os.environ.setdefault("AIRFLOW_HOME", str(DAGS_DIR.parent / ".local" / "airflow")))
    home.mkdir(parents=True, exist_ok=True)
    stamp = home / ".etl_db_migrated"
    with (home / ".etl_migrate.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two first runs at once: one migrates
        if not stamp.exists():
            subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            stamp.touch()


def _utc(text: str, end_of_day: bool) -> datetime:
    value = datetime.fromisoformat(text)
    if end_of_day and len(text) == 10:  # a bare date as the end: the whole day
        value = value.replace(hour=23, minute=59, second=59)
    from airflow.utils.timezone import coerce_datetime  # the timetable works on pendulum datetimes

    return coerce_datetime(value if value.tzinfo else value.replace(tzinfo=UTC))


def scheduled_between(dag, start: str, end: str) -> list[datetime]:
    """The logical dates the DAG's timetable schedules in [start, end], as a backfill would run them."""
    from airflow.serialization.encoders import coerce_to_core_timetable
    from airflow.timetables.base import TimeRestriction

    timetable = coerce_to_core_timetable(dag.timetable)  # the SDK definition cannot plan runs itself
    restriction = TimeRestriction(earliest=_utc(start, False), latest=_utc(end, True), catchup=True)
    dates, last = [], None
    while True:
        info = timetable.next_dagrun_info(last_automated_data_interval=last, restriction=restriction)
        if info is None or (info.logical_date and info.logical_date > restriction.latest):
            return dates
        dates.append(info.logical_date)
        last = info.data_interval


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dag_id")
    parser.add_argument("--conf", default="{}")
    parser.add_argument("--logical-date", action="append", default=[])
    parser.add_argument("--between", nargs=2, metavar=("FROM", "TO"),
                        help="every scheduled run from FROM to TO (a bare TO date includes that whole day)")
    args = parser.parse_args(argv)
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(DAGS_DIR))
    ensure_metadata_db()
    # BundleDagBag puts dags/ on sys.path, as the DAG processor does (DAG files import _warehouse_batches)
    from airflow.dag_processing.dagbag import BundleDagBag

    bag = BundleDagBag(dag_folder=str(DAGS_DIR), bundle_path=DAGS_DIR)
    dag = bag.dags.get(args.dag_id)
    if dag is None:
        print(f"no DAG {args.dag_id!r}; import errors: {bag.import_errors}", file=sys.stderr)
        return 2
    conf = json.loads(args.conf)
    dates = [datetime.fromisoformat(d) for d in args.logical_date] or [None]
    if args.between:
        dates = scheduled_between(dag, *args.between)
        if not dates:
            return 0
    for logical_date in dates:
        kwargs = {"run_conf": conf} | ({"logical_date": logical_date} if logical_date else {})
        dag_run = dag.test(**kwargs)
        state = str(getattr(dag_run.state, "value", dag_run.state))
        print(MARKER + json.dumps({"dag_id": args.dag_id, "run_id": dag_run.run_id, "state": state,
                                   "logical_date": logical_date.isoformat() if logical_date else None}), flush=True)
        if state != "success":
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
