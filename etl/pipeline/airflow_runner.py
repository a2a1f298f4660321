"""Launch ``dags/_local_runner.py`` as a subprocess (``etl`` never imports Airflow) and read its results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from etl.config import PROJECT_ROOT, Settings

RUNNER = PROJECT_ROOT / "dags" / "_local_runner.py"
MARKER = "ETL_RUNNER_RESULT "


def airflow_env(settings: Settings | None = None) -> dict[str, str]:
    settings = settings or Settings.from_env()
    env = dict(os.environ)
    env.setdefault("AIRFLOW_HOME", str(settings.local_dir / "airflow"))
    env.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(PROJECT_ROOT / "dags"))
    env.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    env.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    return env


def run_dag(dag_id: str, conf: dict[str, Any] | None = None, logical_dates: list[str] | None = None,
            *, between: tuple[str, str] | None = None, verbose: bool = False) -> tuple[int, list[dict[str, Any]], Path]:
    """(exit code, one result per DAG run, log file).  Airflow's output goes to the log file."""
    settings = Settings.from_env()
    env = airflow_env(settings)
    log_path = Path(env["AIRFLOW_HOME"]) / "logs" / f"etl_{dag_id}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(RUNNER), dag_id, "--conf", json.dumps(conf or {})]
    for d in logical_dates or []:
        cmd += ["--logical-date", d]
    if between:
        cmd += ["--between", between[0], between[1]]
    results: list[dict[str, Any]] = []
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                cwd=PROJECT_ROOT)
        assert proc.stdout is not None
        for line in proc.stdout:
            log.write(line)
            if line.startswith(MARKER):
                results.append(json.loads(line[len(MARKER):]))
            elif verbose:
                sys.stderr.write(line)
        code = proc.wait()
    return code, results, log_path
