"""Per-batch task functions: stage, check with Great Expectations, load (+ quarantine manifest)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from etl.config import Settings
from etl.warehouse.roles import loader_engine as get_engine  # the loader role when one is set


def stage(batch: dict[str, Any]) -> dict[str, Any]:
    from etl.pipeline.stage import stage_batch

    counts = stage_batch(get_engine(), batch["run_id"], batch["batch_no"], batch["items"], forced=batch["forced"])
    return {"run_id": batch["run_id"], "batch_no": batch["batch_no"], "staged": counts}


def validate(staged: dict[str, Any]) -> dict[str, Any]:
    from etl.validate.staging_checks import check_batch

    return {**staged, "checked": check_batch(get_engine(), staged["run_id"], staged["batch_no"])}


def write_quarantine_manifest(entries: list[dict[str, Any]], settings: Settings | None = None) -> None:
    """Append what was quarantined to ``<ETL_QUARANTINE_DIR>/manifest.jsonl`` for analysts without SQL."""
    if not entries:
        return
    settings = settings or Settings.from_env()
    settings.quarantine_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with (settings.quarantine_dir / "manifest.jsonl").open("a", encoding="utf-8") as fh:
        for entry in entries:
            fh.write(json.dumps({"quarantined_at": stamp, **entry}, ensure_ascii=False) + "\n")


def load(checked: dict[str, Any]) -> dict[str, Any]:
    from etl.warehouse.load import load_batch

    counts = load_batch(get_engine(), checked["run_id"], checked["batch_no"])
    write_quarantine_manifest(counts.pop("quarantine_entries"))
    return {"run_id": checked["run_id"], "batch_no": checked["batch_no"], **counts}


def process_inline(batch: dict[str, Any]) -> dict[str, Any]:
    """All three steps for one batch in this process (quarantine retry, tests of the load path)."""
    return load(validate(stage(batch)))
