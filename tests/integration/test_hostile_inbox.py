"""A hostile inbox next to the demo reports, run through ``python -m etl run`` (real Airflow, real PostgreSQL).

Every path the generator made must end as its manifest says: loaded, quarantined
with a readable reason, or skipped with a reason in the run log; the good
reports load; the run exits 0 in bounded time; nothing outside the inboxes is read
or touched and no metacharacter in a name or text is ever executed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = PROJECT_ROOT / "samples" / "reports"
RUN_TIMEOUT_S = 420
PWNED = [Path("/tmp/hostile_pwned"), Path("/tmp/hostile_pwned2"), PROJECT_ROOT / "hostile_pwned"]


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_hostile", PROJECT_ROOT / "tests" / "fixtures" / "hostile" / "make_hostile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _display(rel: str) -> str:
    """How a name that is not valid UTF-8 is recorded: its bytes escaped (others unchanged)."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _tree_state(root: Path) -> dict[str, tuple[int, int, str]]:
    """(mode, size, sha256 of content) of every entry under ``root``, links not followed."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            digest = ""
            if p.is_file() and not p.is_symlink():
                digest = hashlib.sha256(p.read_bytes()).hexdigest()
            elif p.is_symlink():
                digest = os.readlink(p)
            state[str(p.relative_to(root))] = (st.st_mode, st.st_size, digest)
    return state


@pytest.fixture
def hostile(tmp_path: Path) -> dict:
    manifest = _generator().generate(tmp_path / "hostile")
    return manifest


def test_hostile_inbox_end_to_end(warehouse_url, engine, hostile, tmp_path, airflow_home):
    inbox = Path(hostile["inbox"])
    outside = Path(hostile["outside"])
    good = tmp_path / "good"
    shutil.copytree(SAMPLES, good)
    expected: dict[str, dict] = hostile["files"]

    # the manifest covers every entry the generator made (names that are directories aside)
    on_disk = {Path(d, n).relative_to(inbox).as_posix()
               for d, dirs, files in os.walk(inbox) for n in files}
    on_disk |= {Path(d, n).relative_to(inbox).as_posix()
                for d, dirs, files in os.walk(inbox) for n in dirs if Path(d, n).is_symlink()}
    assert on_disk - {"outside_dir"} == set(expected), "make_hostile.py wrote a file without an expectation"

    before_outside = _tree_state(outside)
    before_inbox = _tree_state(inbox)
    before_good = _tree_state(good)
    for p in PWNED:
        assert not p.exists(), f"{p} exists before the run; remove it"

    env = {**os.environ, **hostile["limits"], "WAREHOUSE_URL": warehouse_url,
           "ETL_LOCAL_DIR": str(tmp_path / "local"), "ETL_QUARANTINE_DIR": str(tmp_path / "quarantine"),
           "AIRFLOW_HOME": str(airflow_home)}
    done = subprocess.run([sys.executable, "-m", "etl", "run", "--inbox", str(inbox), "--inbox", str(good),
                           "--format", "json"], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S)
    log_tail = done.stdout[-3000:] + done.stderr[-3000:]
    airflow_log = airflow_home / "logs" / "etl_ingest_event_reports.log"
    if done.returncode != 0 and airflow_log.exists():
        log_tail += "\n--- airflow log ---\n" + airflow_log.read_text(errors="replace")[-6000:]
    assert done.returncode == 0, log_tail

    with engine.connect() as conn:
        runs = conn.execute(sa.text("select run_id, status, details from ops.run_log")).mappings().all()
        files = {(r.inbox, r.rel_path): r for r in conn.execute(sa.text(
            "select f.inbox, f.rel_path, f.status, d.status as doc_status, d.document_sha256, d.extraction"
            " from raw.source_file f left join raw.document d using (document_sha256)"))}
        quarantine: dict[tuple[str, str], list] = {}
        for q in conn.execute(sa.text("select inbox, rel_path, reason_code, reason from ops.quarantine"
                                      " where resolved_at is null")):
            quarantine.setdefault((q.inbox, q.rel_path), []).append(q)
        titles = {r.source_path: r.document_title for r in conn.execute(sa.text(
            "select source_path, document_title from core.dim_document where is_current"))}
        stored_text = conn.execute(sa.text(
            "select coalesce(string_agg(extraction::text, ' '), '') from raw.document")).scalar_one()
    assert len(runs) == 1 and runs[0]["status"] == "success"
    skipped = {(i, rel): why for i, rel, why in runs[0]["details"]["files_skipped"]}

    inbox_key = str(inbox.resolve())
    problems = []
    for rel, exp in expected.items():
        key = (inbox_key, _display(rel))
        row, q, why = files.get(key), quarantine.get(key, []), skipped.get(key)
        outcome = exp["outcome"]
        loaded = row is not None and row.doc_status == "loaded"
        codes = {x.reason_code for x in q}
        readable = all(x.reason and len(x.reason) > 15 for x in q)
        if outcome == "loaded":
            ok = loaded and not q
        elif outcome == "quarantined":
            ok = bool(q) and codes <= set(exp["codes"]) and readable and not loaded
        elif outcome == "document":
            ok = (loaded and not q) or (bool(q) and codes <= set(exp["codes"]) and readable)
        elif outcome == "skipped":
            ok = bool(why) and len(why) > 15 and row is None and not q
        else:
            raise AssertionError(f"unknown outcome {outcome}")
        if not ok:
            problems.append(f"{rel!r}: expected {outcome} {exp['codes']} ({exp['why']}); got "
                            f"manifest={row.doc_status if row else None} quarantine={sorted(codes)} skipped={why!r}")
    assert not problems, "\n".join(problems)

    # nothing in the manifest that the generator did not make; no directory read as a file
    hostile_rows = {rel for (i, rel) in files if i == inbox_key}
    assert hostile_rows <= set(expected)
    assert "report.txt" not in hostile_rows

    # every good report loaded
    good_key = str(good.resolve())
    for report in sorted(SAMPLES.iterdir()):
        row = files.get((good_key, report.name))
        assert row is not None and row.doc_status == "loaded", report.name

    # the same bytes under two names are one document
    assert files[(inbox_key, "dup_a.txt")].document_sha256 == files[(inbox_key, "nested/deeper/dup_b.txt")].document_sha256
    assert files[(inbox_key, "link_inside.txt")].document_sha256 == files[(inbox_key, "sub/real.txt")].document_sha256

    # nothing outside the inbox was read, nothing anywhere was changed, no metacharacter was executed
    assert "OUTSIDE-SECRET-NEVER-READ" not in stored_text
    assert not any(i not in (inbox_key, good_key) for i, _ in files)
    assert _tree_state(outside) == before_outside
    assert _tree_state(inbox) == before_inbox
    assert _tree_state(good) == before_good
    for p in PWNED:
        assert not p.exists(), f"{p} was created: a name or text was executed by a shell"

    # scripts, event handlers and javascript: URLs never become report text; a <script> written inside
    # <title> is literal text there (HTML parses <title> as text), kept as data for reports to escape
    for marker in ("INJECTED_", "javascript:", "document.write", "steal()"):
        assert marker not in stored_text
        assert not any(marker in (t or "") for t in titles.values())
    html_rel = "scripts_and_handlers.html"
    assert titles[f"{inbox_key}/{html_rel}"] == "Отчет <script>alert('title')</script>"
    assert stored_text.count("alert(") == 1

    # metacharacters are stored verbatim, as data
    sql_rel = next(rel for rel in expected if rel.startswith("'; drop table"))
    assert files[(inbox_key, sql_rel)].doc_status == "loaded"
    assert titles[f"{inbox_key}/{sql_rel}"] == _generator().SQL_TITLE
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from raw.document")).scalar_one() > 0  # not dropped

    # the quarantine manifest for analysts lists the same files as ops.quarantine
    lines = (tmp_path / "quarantine" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    manifest_paths = {(e["inbox"], e["rel_path"]) for e in map(json.loads, lines)}
    assert manifest_paths == set(quarantine)
