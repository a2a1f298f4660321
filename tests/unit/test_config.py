"""Limits come from the environment with bounded defaults."""

from __future__ import annotations

from etl.config import Limits, Settings


def test_limits_defaults_bound_parse_time_and_text(monkeypatch):
    for name in ("ETL_PARSE_TIMEOUT_S", "ETL_MAX_TEXT_CHARS"):
        monkeypatch.delenv(name, raising=False)
    limits = Limits.from_env()
    assert 0 < limits.parse_timeout_s <= 120
    assert 0 < limits.max_text_chars <= 1_000_000


def test_limits_read_the_environment(monkeypatch):
    monkeypatch.setenv("ETL_PARSE_TIMEOUT_S", "7")
    monkeypatch.setenv("ETL_MAX_TEXT_CHARS", "1234")
    monkeypatch.setenv("ETL_MAX_FILE_BYTES", "")  # empty: the default
    limits = Settings.from_env().limits
    assert (limits.parse_timeout_s, limits.max_text_chars) == (7, 1234)
    assert limits.max_file_bytes == Limits().max_file_bytes


def test_gx_prefetch_is_on_unless_set_to_zero(monkeypatch):
    from etl.config import gx_prefetch_enabled

    monkeypatch.delenv("ETL_GX_PREFETCH", raising=False)
    assert gx_prefetch_enabled()
    monkeypatch.setenv("ETL_GX_PREFETCH", "0")
    assert not gx_prefetch_enabled()
    monkeypatch.setenv("ETL_GX_PREFETCH", "1")
    assert gx_prefetch_enabled()
