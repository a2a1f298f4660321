"""The mart and working-table definitions the incremental refresh relies on (no database needed)."""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import pytest

from etl.commands import marts_cmd
from etl.reporting.marts import MartError, definition_sha256, mart_files, work_files
from etl.reporting.marts_delta import has_rules

MARTS_DIR = Path(__file__).resolve().parents[2] / "sql" / "marts"


def test_every_shipped_mart_refreshes_in_place():
    assert has_rules([p.stem for p in mart_files(MARTS_DIR)])
    assert not has_rules(["mart_something_new"])  # a new mart is rebuilt in full until it has a rule


def test_working_files_are_built_after_what_they_read():
    built: set[str] = set()
    names = [p.stem for p in work_files(MARTS_DIR)]
    for path in work_files(MARTS_DIR):
        sql = re.sub(r"--[^\n]*|comment on .*", "", path.read_text(encoding="utf-8"))
        read = set(re.findall(r"\b(wrk_[a-z0-9_]+)\b", sql)) & set(names) - {path.stem}
        assert read <= built, f"{path.name} reads {sorted(read - built)} before they are built"
        built.add(path.stem)


def test_every_mart_and_working_file_reads_its_rows_through_the_refresh_scope():
    for path in [*work_files(MARTS_DIR), *mart_files(MARTS_DIR)]:
        sql = path.read_text(encoding="utf-8")
        if "from core.fct_event" in sql:
            assert "refresh_documents" in sql, path.name
    assert "refresh_indicator_grains" in (MARTS_DIR / "mart_indicator_results.sql").read_text(encoding="utf-8")
    assert "refresh_reach_grains" in (MARTS_DIR / "mart_reach.sql").read_text(encoding="utf-8")


def test_a_changed_definition_changes_the_hash(tmp_path):
    copy = tmp_path / "marts"
    shutil.copytree(MARTS_DIR, copy)
    before = definition_sha256(copy)
    assert definition_sha256(copy) == before
    member = copy / "work" / "wrk_reach_grain.sql"
    member.write_text(member.read_text(encoding="utf-8") + "\n-- a comment is a new definition too\n", encoding="utf-8")
    assert definition_sha256(copy) != before


def test_working_file_names_are_checked(tmp_path):
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "wrk_Bad-Name.sql").write_text("select 1", encoding="utf-8")
    with pytest.raises(MartError):
        work_files(tmp_path)


def test_marts_command_takes_full():
    parser = argparse.ArgumentParser()
    marts_cmd.add_arguments(parser)
    assert parser.parse_args(["refresh", "--full"]).full is True
    assert parser.parse_args(["refresh"]).full is False
