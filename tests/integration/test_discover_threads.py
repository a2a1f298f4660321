"""Discovery hashes a local inbox's new files in threads: the manifest and the work are those of one thread."""

from __future__ import annotations

import hashlib
import threading

import sqlalchemy as sa

from etl.sources import manifest as manifest_module
from etl.sources.manifest import discover


def _files(root, n: int) -> dict[str, bytes]:
    root.mkdir()
    out = {}
    for i in range(n):
        data = (f"report {i % 23}\n" * (50 + i % 23)).encode()  # 23 distinct contents among n paths
        (root / f"r{i:03d}.txt").write_bytes(data)
        out[f"r{i:03d}.txt"] = data
    (root / "empty.txt").write_bytes(b"")
    out["empty.txt"] = b""
    return out


def _manifest(engine: sa.Engine, inbox: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(
            "select rel_path, document_sha256, size_bytes, version_no from raw.source_file"
            " where inbox = :i order by rel_path"), {"i": inbox})]


def test_threaded_hashing_equals_one_thread(engine, tmp_path, monkeypatch):
    files = _files(tmp_path / "a", 60)
    threads_seen: set[str] = set()
    real = manifest_module._hash_entry

    def spy(inbox, entry, max_bytes):
        threads_seen.add(threading.current_thread().name)
        return real(inbox, entry, max_bytes)

    monkeypatch.setattr(manifest_module, "_hash_entry", spy)
    threaded = discover(engine, [str(tmp_path / "a")], cutoff=None, max_bytes=10**6)
    assert any(name.startswith("discover-hash") for name in threads_seen)
    rows = _manifest(engine, str(tmp_path / "a"))
    assert {r[0]: r[1] for r in rows} == {k: hashlib.sha256(v).hexdigest() for k, v in files.items()}

    (tmp_path / "a").rename(tmp_path / "b")  # the same files under another inbox, hashed in this thread
    monkeypatch.setattr(manifest_module, "HASH_THREADS", 1)
    monkeypatch.setattr(manifest_module, "LocalInbox", type("NotLocal", (), {}))
    single = discover(engine, [str(tmp_path / "b")], cutoff=None, max_bytes=10**6)
    assert _manifest(engine, str(tmp_path / "b")) == rows
    assert threaded.counts() == single.counts() and threaded.counts()["files_new"] == 61
    def work(d):
        return [(w.rel_path, w.sha256, w.size_bytes, [p for _, p in w.other_paths], w.read_error_code) for w in d.work]

    assert work(threaded) == work(single) and len(threaded.work) == 24  # 23 contents + the empty file


def test_chunked_hashing_keeps_listing_order_across_chunks(engine, tmp_path, monkeypatch):
    files = _files(tmp_path / "c", 40)
    monkeypatch.setattr(manifest_module, "HASH_CHUNK", 3)  # many small chunks, the last one short
    found = discover(engine, [str(tmp_path / "c")], cutoff=None, max_bytes=10**6)
    rows = _manifest(engine, str(tmp_path / "c"))
    assert {r[0]: r[1] for r in rows} == {k: hashlib.sha256(v).hexdigest() for k, v in files.items()}
    assert found.counts()["files_new"] == 41
