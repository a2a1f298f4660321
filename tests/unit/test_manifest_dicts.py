"""WorkItem.to_dict and Discovery.counts are written out by hand (asdict was slow): they must still
give every field, as asdict would, and copies a caller may change without touching the item."""

from dataclasses import asdict

from etl.sources.manifest import Discovery, WorkItem


def _item() -> WorkItem:
    return WorkItem(inbox="in", rel_path="a/b.txt", sha256="f" * 64, size_bytes=12,
                    other_paths=[["in2", "c.txt"]], previous_sha256=["0" * 64],
                    read_error_code="encrypted", read_error="password")


def test_work_item_to_dict_is_asdict_and_round_trips() -> None:
    item = _item()
    d = item.to_dict()
    assert d == asdict(item)
    assert WorkItem.from_dict(d) == item
    d["other_paths"][0].append("x")
    d["previous_sha256"].append("1" * 64)
    assert item.other_paths == [["in2", "c.txt"]] and item.previous_sha256 == ["0" * 64]


def test_discovery_counts_is_asdict_without_the_work() -> None:
    found = Discovery(files_seen=3, files_new=1, files_skipped=[["in", "x.bin", "too large"]], rows_retired=2,
                      work=[_item()])
    expected = asdict(found)
    expected.pop("work")
    counts = found.counts()
    assert counts == expected
    counts["files_skipped"][0].append("y")
    assert found.files_skipped == [["in", "x.bin", "too large"]]
