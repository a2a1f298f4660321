"""docker-compose.yml (no Docker engine here): services, pinned images, health, order, settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
ENV_EXAMPLE = dict(
    line.split("=", 1) for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))
AIRFLOW = ["airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer", "airflow-worker"]
LONG_RUNNING = ["warehouse-db", "airflow-db", "redis", "sftp-inbox", "metabase", *AIRFLOW]


def test_every_part_of_the_deployment_is_there():
    assert set(LONG_RUNNING) | {"airflow-init"} <= set(SERVICES)
    assert SERVICES["airflow-worker"]["command"][:3] == ["airflow", "celery", "worker"]
    assert SERVICES["airflow-apiserver"]["command"] == ["airflow", "api-server"]
    assert SERVICES["airflow-dag-processor"]["command"] == ["airflow", "dag-processor"]


def test_images_are_pinned():
    for name, service in SERVICES.items():
        image = service["image"]
        tag = image.rsplit(":", 1)[1] if ":" in image.split("/")[-1] else ""
        assert tag and tag not in ("latest", "alpine", "stable") and re.search(r"\d", tag), f"{name}: {image}"


def test_long_running_services_have_healthchecks_and_restart():
    for name in LONG_RUNNING:
        assert SERVICES[name].get("healthcheck", {}).get("test"), name
        assert SERVICES[name].get("restart") == "unless-stopped", name


def test_start_order_waits_for_health_and_init():
    for name in AIRFLOW:
        deps = SERVICES[name]["depends_on"]
        assert deps["airflow-db"]["condition"] == "service_healthy"
        assert deps["warehouse-db"]["condition"] == "service_healthy"
        assert deps["redis"]["condition"] == "service_healthy"
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "metabase"):
        assert SERVICES[name]["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully"


def test_volumes_share_the_inbox_and_persist_data():
    assert {"warehouse-data", "airflow-db-data", "inbox", "etl-data"} <= set(COMPOSE["volumes"])
    assert any(v.startswith("inbox:") for v in SERVICES["sftp-inbox"]["volumes"])
    worker_volumes = SERVICES["airflow-worker"]["volumes"]
    assert "inbox:/inbox:ro" in worker_volumes
    assert SERVICES["airflow-worker"]["environment"]["ETL_INBOXES"] == "${ETL_INBOXES}"
    assert ENV_EXAMPLE["ETL_INBOXES"] == "/inbox"


def test_settings_match_the_code_and_every_variable_is_in_env_example():
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)\}", text))
    assert used - set(ENV_EXAMPLE) == set()
    # settings live in etl/config.py; the loader's login is read where the loader engine is built
    config = "".join((ROOT / "etl" / f).read_text(encoding="utf-8") for f in ("config.py", "warehouse/roles.py"))
    code_names = set(re.findall(r'"((?:ETL|WAREHOUSE)_[A-Z_]+)"', config))
    env = SERVICES["airflow-worker"]["environment"]
    assert {"WAREHOUSE_URL", "ETL_INBOXES", "ETL_DATA_DOCS_DIR", "ETL_QUARANTINE_DIR"} <= code_names
    unknown = {k for k in env if k.startswith(("ETL_", "WAREHOUSE_")) and k not in code_names
               and not k.startswith("ETL_IATI_")}
    assert unknown == set(), f"settings the code does not read: {unknown}"
    assert {"WAREHOUSE_URL", "ETL_INBOXES", "ETL_DATA_DOCS_DIR"} <= set(env)
    for key in env:
        if key.startswith("AIRFLOW__"):
            assert re.fullmatch(r"AIRFLOW__[A-Z_]+__[A-Z_]+", key), key
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    # each Celery task is its own process: no GX import in a stage task for a validate elsewhere
    assert env["ETL_GX_PREFETCH"] == "0"
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")


def test_no_secret_is_written_in_the_compose_file():
    def walk(node, path=""):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, f"{path}[{i}]")
        else:
            yield path, str(node)
    for path, value in walk(COMPOSE):
        if re.search(r"(PASSWORD|PASS|SECRET|FERNET_KEY)$", path.split(".")[-1]):
            assert re.fullmatch(r"\$\{[A-Z0-9_]+\}", value), f"{path} must come from .env"
        assert not re.search(r"://[^:/@${}]+:[^@${}]+@", value), f"{path} embeds a literal password"
    for key, value in ENV_EXAMPLE.items():
        if re.search(r"PASSWORD|SECRET|FERNET", key):
            assert value == "change-me", key


def test_metabase_uses_a_bi_reader_login():
    init = SERVICES["airflow-init"]
    assert "python -m etl.reporting.bi_login" in " ".join(init["command"])
    assert init["environment"]["METABASE_WAREHOUSE_USER"] == "${METABASE_WAREHOUSE_USER}"
