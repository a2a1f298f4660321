"""Patterns given from the regular expression cache are the patterns ``re`` compiles (``etl.regex_cache``)."""

from __future__ import annotations

import re
import threading

import pytest

from etl import regex_cache
from etl.pipeline import stage_pool

PATTERNS = [
    (r"(?<![\w-])(?P<num>\d{1,3}(?:[  ]\d{3})*)(?:,(?P<frac>\d+))?\s*(?:сом|KGS)\b", re.IGNORECASE),
    (r"(?:при\s+поддержке|тарабынан)\s+«([^»]{2,80})»", 0),
    (r"^\s*(\d{4})-жыл(?:дын|ы)?\b", re.MULTILINE),
    (r"[а-яёңөүa-z][а-яёңөүa-z'-]*", re.IGNORECASE),
    (r"(?x) (?P<day>\d{1,2}) \s+ (?P<month>[a-z]+) \s+ (?P<year>\d{4})", re.ASCII),
    (r"(?<=[«\"“])ПРООН(?:\s+в\s+Кыргызстане)?", 0),
    (r"(a)|(b)(?P<c>c)?", 0),
]
TEXTS = [
    "Бюджет: 61 933 сом, из них 2 300,50 KGS на тренинг",
    "при поддержке «Аялдар демилгеси» и при  поддержке «ПРООН»",
    "  2023-жылдын 23-июнунда\n2024-жылы",
    "Ош шаары, Ноокат району, O'zbek-tili",
    "on 23 June 2023 and 4 july 2024",
    "«ПРООН в Кыргызстане» и \"ПРООН\"",
    "abcabx",
]


def _observable(p: re.Pattern[str]) -> tuple[object, ...]:
    found = tuple((m.span(), m.groups(), m.groupdict()) for t in TEXTS for m in p.finditer(t))
    return p.pattern, p.flags, p.groups, dict(p.groupindex), found


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # re's own per-process cache would answer before the compiler is asked
    return [re.compile(p, f) for p, f in PATTERNS]


def test_a_second_process_gets_the_same_patterns_from_the_file(tmp_path):
    path = tmp_path / "re.bin"
    expected = [_observable(p) for p in _compile_all()]
    with regex_cache.compiled_patterns(path) as first:
        cold = _compile_all()
    assert first == {"hits": 0, "misses": len(PATTERNS)}
    assert path.exists()
    with regex_cache.compiled_patterns(path) as second:
        warm = _compile_all()
    assert second == {"hits": len(PATTERNS), "misses": 0}  # the compiler was not asked again
    assert [_observable(p) for p in cold] == expected
    assert [_observable(p) for p in warm] == expected
    re.purge()


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path):
    path = tmp_path / "re.bin"
    path.write_bytes(b"not a cache")
    with regex_cache.compiled_patterns(path) as counts:
        got = _compile_all()
    assert counts["misses"] == len(PATTERNS)
    entries = regex_cache._read(path)
    key = (PATTERNS[0][0], int(PATTERNS[0][1]))
    flags, code, *rest = entries[key]
    entries[key] = (flags, b"\xff\xff\xff\x7f" * (len(code) // 4), *rest)  # code _sre refuses
    regex_cache._write(path, entries)
    with regex_cache.compiled_patterns(path) as counts:
        again = _compile_all()
    assert counts == {"hits": len(PATTERNS) - 1, "misses": 1}
    assert [_observable(p) for p in again] == [_observable(p) for p in got]
    re.purge()


def test_another_threads_patterns_and_an_inner_block_are_left_to_re(tmp_path):
    path = tmp_path / "re.bin"
    seen = []
    with regex_cache.compiled_patterns(path) as counts:
        with regex_cache.compiled_patterns(tmp_path / "inner.bin") as inner:
            re.purge()
            re.compile(r"inner(\d+)")
        thread = threading.Thread(target=lambda: seen.append(re.compile(r"other[-_]thread(\d)").pattern))
        thread.start()
        thread.join()
    assert seen == [r"other[-_]thread(\d)"]
    assert counts == {"hits": 0, "misses": 1}  # the inner block's pattern, recorded by the outer one
    assert inner == {"hits": 0, "misses": 0}
    assert not (tmp_path / "inner.bin").exists()
    assert list(regex_cache._read(path)) == [(r"inner(\d+)", 0)]
    re.purge()


@pytest.mark.parametrize("value", ["off", "0"])
def test_the_cache_can_be_turned_off(monkeypatch, tmp_path, value):
    monkeypatch.setenv("ETL_REGEX_CACHE", value)
    assert regex_cache.cache_path() is None
    monkeypatch.setenv("ETL_REGEX_CACHE", str(tmp_path / "x.bin"))
    assert regex_cache.cache_path() == tmp_path / "x.bin"
    monkeypatch.delenv("ETL_REGEX_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_path().parent == tmp_path / "etl"


def test_the_fork_servers_warm_up_compiles_through_the_cache(monkeypatch, tmp_path):
    path = tmp_path / "re.bin"
    monkeypatch.setenv("ETL_REGEX_CACHE", str(path))

    def tables() -> None:
        re.purge()
        re.compile(r"warm[- ]up (\d+)")

    monkeypatch.setattr(stage_pool, "_warm_tables", tables)
    stage_pool._warm()
    assert (r"warm[- ]up (\d+)", 0) in regex_cache._read(path)
    re.purge()
