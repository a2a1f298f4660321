"""Loading is idempotent and versioned: same files twice change nothing; new, changed, deleted are handled."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from etl.warehouse.checksum import fact_checksums
from etl.warehouse.status import warehouse_status

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f"select count(*) from {t}")).scalar_one() for t in (  # noqa: S608
            "raw.document", "raw.source_file", "core.dim_document", "core.fct_event", "core.fct_indicator_value",
            "core.bridge_event_place", "core.bridge_event_organization", "ops.quarantine",
            "ops.data_quality_issue", "core.dim_place", "core.dim_organization")}


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


def test_same_folder_twice_changes_nothing(engine, tmp_path):
    inbox = _inbox(tmp_path)
    first = ingest_inline([str(inbox)])
    assert first["status"] == "success" and first["files_new"] == 5
    assert first["documents_loaded"] == 5
    counts, sums = _counts(engine), fact_checksums(engine)
    second = ingest_inline([str(inbox)])
    assert second["files_unchanged"] == 5 and second["files_new"] == 0
    assert second["rows_inserted"] == 0 and second["rows_retired"] == 0
    assert _counts(engine) == counts
    assert fact_checksums(engine) == sums
    status = warehouse_status(engine)
    assert status["documents_loaded"] == 5 and status["events"] >= 5


def test_touched_file_is_reread_but_not_reloaded(engine, tmp_path):
    inbox = _inbox(tmp_path)
    ingest_inline([str(inbox)])
    counts, sums = _counts(engine), fact_checksums(engine)
    victim = next(inbox.iterdir())
    os.utime(victim, (victim.stat().st_atime, victim.stat().st_mtime + 60))
    again = ingest_inline([str(inbox)])
    assert again["files_changed"] == 0 and again["files_unchanged"] == 5
    assert _counts(engine) == counts and fact_checksums(engine) == sums


def test_new_changed_deleted_files(engine, tmp_path):
    inbox = _inbox(tmp_path)
    files = sorted(inbox.iterdir())
    files[4].rename(tmp_path / files[4].name)  # arrives later
    ingest_inline([str(inbox)])
    (tmp_path / files[4].name).rename(files[4])
    old_text = files[0].read_text(encoding="utf-8")
    files[0].write_text(old_text + "\nДополнение: 12 участников.\n", encoding="utf-8")
    files[1].unlink()
    run = ingest_inline([str(inbox)])
    assert (run["files_new"], run["files_changed"], run["files_deleted"]) == (1, 1, 1)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select status, count(*) from raw.document group by status")).all()
        assert dict(rows) == {"loaded": 4, "retired": 2}
        versions = conn.execute(sa.text("select version_no, status from raw.source_file where rel_path = :p"),
                                {"p": files[0].name}).one()
        assert tuple(versions) == (2, "present")
        deleted = conn.execute(sa.text("select status from raw.source_file where rel_path = :p"),
                               {"p": files[1].name}).scalar_one()
        assert deleted == "deleted"
        # retired facts are kept, marked
        kept = conn.execute(sa.text("""select count(*) filter (where not e.is_current), count(*) filter (where e.is_current)
            from core.fct_event e""")).one()
        assert kept[0] >= 2 and kept[1] >= 4
        assert conn.execute(sa.text("select count(*) from core.dim_document where is_current")).scalar_one() == 4
    assert warehouse_status(engine)["documents_loaded"] == 4


def test_same_content_under_two_paths_is_one_document(engine, tmp_path):
    inbox = _inbox(tmp_path)
    first = sorted(inbox.iterdir())[0]
    (inbox / "copies").mkdir()
    shutil.copy(first, inbox / "copies" / first.name)
    run = ingest_inline([str(inbox)])
    assert run["files_seen"] == 6 and run["documents_loaded"] == 5
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from raw.document")).scalar_one() == 5
    (inbox / "copies" / first.name).unlink()  # one path gone, the other holds the content: still current
    ingest_inline([str(inbox)])
    assert warehouse_status(engine)["documents_loaded"] == 5
