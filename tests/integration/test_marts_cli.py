"""``python -m etl marts refresh [--full]``: the analyst's way to rebuild the marts by hand."""

from __future__ import annotations

import json

import sqlalchemy as sa

from etl import cli
from etl.pipeline.inline import ingest_inline
from etl.reporting.marts import mart_files


def test_marts_refresh_full_from_the_command_line(engine, tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "r.txt").write_text(
        "2024-жылдын 5-мартында Нарын шаарында 40 аялга тренинг өткөрүлдү. Тренингди ПРООН уюштурду.\n",
        encoding="utf-8")
    ingest_inline([str(inbox)])
    assert cli.main(["marts", "refresh", "--full"]) == 0
    rows = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    marts = {f.stem for f in mart_files()}
    assert set(rows) == marts
    with engine.connect() as conn:
        calendar = conn.execute(sa.text("select count(*) from marts.mart_event_calendar")).scalar_one()
    assert rows["mart_event_calendar"] == calendar >= 1
