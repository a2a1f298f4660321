"""An incremental marts refresh equals a full rebuild of the same warehouse.

Real loads through the pipeline (generated reports: several donors, projects, places and periods, so the
aggregate marts share groups across documents), then new, changed and deleted files, a quarantined and a
retried file, a hand-made fact fix and a renamed organization; after each step the marts refreshed in
place are compared row by row with the marts a full rebuild produces.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.bench.corpus import generate_doc
from etl.pipeline.inline import ingest_inline
from etl.reporting.marts import mart_files, refresh_marts

SEED = 7
MARTS = [p.stem for p in mart_files()]
# the working tables kept between refreshes must equal a rebuild's too: a reference count that is off by
# one shows in a mart only once it should reach 0
WORK_TABLES = ["marts_work.wrk_indicator_contribution", "marts_work.wrk_reach_event", "marts_work.wrk_reach_member",
               "marts_work.wrk_reach_member_count"]


def _write(inbox: Path, index: int, variant: int = 0) -> Path:
    g = generate_doc(SEED, index, variant=variant)
    path = inbox / g.rel_path.removeprefix("docs/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(g.data)
    return path


def _snapshot(engine: sa.Engine, work: bool = False) -> dict[str, list[str]]:
    tables = [f"marts.{m}" for m in MARTS] + (WORK_TABLES if work else [])
    with engine.connect() as conn:
        return {t.removeprefix("marts."): sorted(repr(tuple(r)) for r in conn.exec_driver_sql(f"select * from {t}"))  # noqa: S608
                for t in tables}


def _mode(engine: sa.Engine) -> set[str]:
    """'full' when the last refresh rebuilt a mart, 'incremental' when it refreshed it in place."""
    with engine.connect() as conn:
        return {"full" if full else "incremental" for full in conn.execute(sa.text(
            "select built_at = refreshed_at from ops.mart_build")).scalars()}


def _pending(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("select count(*) from ops.mart_change")).scalar_one())


def _incremental_equals_full(engine: sa.Engine) -> dict[str, list[str]]:
    assert _pending(engine) > 0, "the change was not recorded"
    refresh_marts(engine)
    assert _mode(engine) == {"incremental"}
    assert _pending(engine) == 0
    incremental = _snapshot(engine, work=True)
    refresh_marts(engine, full=True)
    assert _mode(engine) == {"full"}
    full = _snapshot(engine, work=True)
    for table in full:
        missing = sorted(set(full[table]) - set(incremental[table]))[:3]
        extra = sorted(set(incremental[table]) - set(full[table]))[:3]
        assert incremental[table] == full[table], f"{table}: missing {missing}, extra {extra}"
    return {m: full[m] for m in MARTS}


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # a few dozen documents: every change here is a large share, which a real refresh rebuilds in full
    monkeypatch.setattr("etl.reporting.marts.FULL_REBUILD_SHARE", 1.0)
    monkeypatch.setenv("ETL_WORKERS", "1")
    box = tmp_path / "inbox"
    for index in range(36):
        _write(box, index)
    return box


def test_incremental_refresh_equals_full_rebuild(engine, inbox):
    assert ingest_inline([str(inbox)])["status"] == "success"
    first = refresh_marts(engine)
    assert _mode(engine) == {"full"} and _pending(engine) == 0  # the first load builds everything
    assert first["mart_reach"] > 0 and first["mart_indicator_results"] > 0
    before = _snapshot(engine)

    # new files, changed files, deleted files, an unreadable file
    for index in (0, 5, 11, 20):
        _write(inbox, index, variant=1)
    for index in (36, 37, 38, 39):
        _write(inbox, index)
    deleted = [_write(inbox, i) for i in (3, 8)]
    for path in deleted:
        path.unlink()
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    run = ingest_inline([str(inbox)])
    assert run["documents_loaded"] == 8 and run["files_deleted"] == 2 and run["documents_quarantined"] == 1
    after = _incremental_equals_full(engine)
    assert after != before

    # a deleted file comes back, a changed file is deleted, the broken file is fixed
    _write(inbox, 3)
    next(inbox.rglob(generate_doc(SEED, 0, variant=1).rel_path.rsplit("/", 1)[-1])).unlink()
    (inbox / "broken.pdf").unlink()
    _write(inbox, 40)
    ingest_inline([str(inbox)])
    _incremental_equals_full(engine)


def test_hand_made_fact_fix_is_refreshed_in_place(engine, inbox):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    with engine.begin() as conn:  # an analyst corrects one figure and drops one place link
        conn.execute(sa.text("""update core.fct_indicator_value set value_num = value_num + 1000
            where indicator_value_key = (select min(indicator_value_key) from core.fct_indicator_value
                                         where is_current)"""))
        conn.execute(sa.text("""delete from core.bridge_event_place
            where (event_key, place_key) = (select event_key, place_key from core.bridge_event_place
                                            order by event_key, place_key limit 1)"""))
    _incremental_equals_full(engine)


def _reach_rows(engine: sa.Engine, project_key: int) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("""select count(*) from marts.mart_reach r join core.dim_project p
            on p.project_id = r.project_id where p.project_key = :k"""), {"k": project_key}).scalar_one())


def test_members_that_move_or_vanish_leave_their_grains(engine, inbox):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    with engine.begin() as conn:
        # the project with the fewest events: all of them retired, its grains empty and leave mart_reach
        project = conn.execute(sa.text("""select b.project_key from core.bridge_event_project b
            join core.fct_event e using (event_key) where e.is_current
            group by b.project_key order by count(*), b.project_key limit 1""")).scalar_one()
        assert _reach_rows(engine, project) > 0
        conn.execute(sa.text("""update core.fct_event set is_current = false
            where event_key in (select event_key from core.bridge_event_project where project_key = :k)"""),
            {"k": project})
        # an event moved to another year: it leaves its month, quarter and year grains for new ones
        conn.execute(sa.text("""update core.fct_event set start_date = start_date + 400
            where event_key = (select min(event_key) from core.fct_event
                               where is_current and start_date is not null)"""))
        # a donor link dropped: the donor may vanish from the organizations of its grains
        conn.execute(sa.text("""delete from core.bridge_event_organization
            where (event_key, organization_key, role) = (
                select event_key, organization_key, role from core.bridge_event_organization
                where role = 'donor' order by event_key desc limit 1)"""))
    _incremental_equals_full(engine)
    assert _reach_rows(engine, project) == 0


def test_changed_dimension_row_rebuilds_in_full(engine, inbox):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("""update core.dim_organization set organization_name = organization_name || ' (renamed)'
            where organization_key = (select min(organization_key) from core.bridge_event_organization
                                      where role = 'donor')"""))
    refresh_marts(engine)
    assert _mode(engine) == {"full"}
    with engine.connect() as conn:
        assert conn.execute(sa.text(
            "select count(*) from marts.mart_reach where donor_name like '%(renamed)'")).scalar_one() > 0


def test_upsert_with_the_same_values_is_no_dimension_change(engine, inbox):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("update core.dim_place set place_name = place_name where place_key < 100"))
        assert conn.execute(sa.text("select count(*) from ops.mart_change")).scalar_one() == 0


def test_refresh_without_changes_keeps_the_marts(engine, inbox):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    before = _snapshot(engine)
    refresh_marts(engine)
    assert _mode(engine) == {"incremental"}
    assert _snapshot(engine) == before
    with engine.connect() as conn:  # the scratch schema does not outlive the refresh
        assert conn.execute(sa.text("select to_regnamespace('marts_build') is null")).scalar_one()


def test_change_to_a_large_share_of_documents_rebuilds_in_full(engine, inbox, monkeypatch):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    monkeypatch.setattr("etl.reporting.marts.FULL_REBUILD_SHARE", 0.25)
    for index in range(12):
        _write(inbox, index, variant=1)
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    assert _mode(engine) == {"full"} and _pending(engine) == 0


def test_changed_mart_definition_rebuilds_in_full(engine, inbox, tmp_path):
    ingest_inline([str(inbox)])
    refresh_marts(engine)
    marts_dir = tmp_path / "marts"
    (marts_dir / "work").mkdir(parents=True)
    for path in [*Path(mart_files()[0].parent).glob("mart_*.sql"), *Path(mart_files()[0].parent, "work").glob("*.sql")]:
        target = marts_dir / path.relative_to(mart_files()[0].parent)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    calendar = marts_dir / "mart_event_calendar.sql"
    calendar.write_text(calendar.read_text(encoding="utf-8").replace(
        "comment on table mart_event_calendar is 'One row", "comment on table mart_event_calendar is 'Now: one row"),
        encoding="utf-8")
    refresh_marts(engine, marts_dir)
    assert _mode(engine) == {"full"}
    with engine.connect() as conn:
        assert conn.execute(sa.text("select obj_description('marts.mart_event_calendar'::regclass)")).scalar_one() \
            .startswith("Now: one row")
