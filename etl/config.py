"""Settings from the environment, typed, read once per call site (no module-level I/O)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else default


def _path_env(name: str, default: Path) -> Path:
    raw = os.environ.get(name)
    return Path(raw).expanduser() if raw else default


def gx_prefetch_enabled() -> bool:
    """``ETL_GX_PREFETCH`` (default on): a stage that extracts in worker processes imports Great
    Expectations in the background for the validate that follows in the same process (``etl run``,
    the bench).  Set 0 where every Airflow task is a process of its own (Celery): each stage task
    would pay the import (seconds of CPU) and none would use it."""
    return os.environ.get("ETL_GX_PREFETCH", "1") != "0"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one hostile file from stalling or exhausting a run."""

    max_file_bytes: int = 50 * 1024 * 1024
    # The text handed to extraction, which runs outside the parse time limit and costs more than
    # linearly on dense text (measured: 7 s per million characters of plain prose; 600,000 characters
    # naming an organization and a place in every sentence 16 s, on one line 30 s).  500,000
    # characters is some 170 pages of prose; a longer file is quarantined with a request to split it.
    max_text_chars: int = 500_000
    max_decompressed_bytes: int = 200 * 1024 * 1024
    max_pdf_pages: int = 300
    # Processor seconds to turn one file into text (0: no bound); OCR gets as many wall-clock seconds
    # in its child processes.  See etl/documents/deadline.py.
    parse_timeout_s: int = 60

    @classmethod
    def from_env(cls) -> Limits:
        default = cls()  # with slots=True the class attributes are descriptors, not the defaults
        return cls(
            max_file_bytes=_int_env("ETL_MAX_FILE_BYTES", default.max_file_bytes),
            max_text_chars=_int_env("ETL_MAX_TEXT_CHARS", default.max_text_chars),
            max_decompressed_bytes=_int_env("ETL_MAX_DECOMPRESSED_BYTES", default.max_decompressed_bytes),
            max_pdf_pages=_int_env("ETL_MAX_PDF_PAGES", default.max_pdf_pages),
            parse_timeout_s=_int_env("ETL_PARSE_TIMEOUT_S", default.parse_timeout_s),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    warehouse_url: str | None
    local_dir: Path
    sql_dir: Path
    inboxes: tuple[str, ...]
    quarantine_dir: Path
    data_docs_dir: Path
    batch_size: int
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls) -> Settings:
        local_dir = _path_env("ETL_LOCAL_DIR", PROJECT_ROOT / ".local")
        inboxes = tuple(p for p in os.environ.get("ETL_INBOXES", "").split(",") if p.strip())
        return cls(
            warehouse_url=os.environ.get("WAREHOUSE_URL") or None,
            local_dir=local_dir,
            sql_dir=_path_env("ETL_SQL_DIR", PROJECT_ROOT / "sql"),
            inboxes=inboxes or (str(PROJECT_ROOT / "samples" / "reports"),),
            quarantine_dir=_path_env("ETL_QUARANTINE_DIR", local_dir / "quarantine"),
            data_docs_dir=_path_env("ETL_DATA_DOCS_DIR", local_dir / "data_docs"),
            batch_size=_int_env("ETL_BATCH_SIZE", 200),
            limits=Limits.from_env(),
        )
