"""Incremental discovery: compare an inbox scan with the manifest and say what a run must do.

A path whose size and mtime did not change is not read again.  A new or changed
path is read once to hash it: the same bytes under two paths (or two inboxes)
are one ``raw.document``.  A changed path bumps ``version_no`` and remembers the
content it held (``previous_sha256``), which the load retires in the transaction
that loads the new content.  A vanished path is marked deleted and the
documents no present path holds any more are retired at once (kept, marked).

Arrival: a run handles files whose mtime is before its cutoff (the DAG run's
data interval end); later files belong to a later run.  Work is every present
path whose document is still ``pending`` - so a run that crashed is caught up
by the next one, whatever interval it covers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from etl.sources.inbox import FileEntry, Inbox, LocalInbox, ReadFailure, open_inbox
from etl.warehouse.retire import retire_orphaned_documents


@dataclass(slots=True)
class WorkItem:
    """One document version to process (or one unreadable file to quarantine)."""

    inbox: str
    rel_path: str
    sha256: str | None
    size_bytes: int
    other_paths: list[list[str]] = field(default_factory=list)
    previous_sha256: list[str] = field(default_factory=list)
    read_error_code: str | None = None
    read_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # explicit: dataclasses.asdict deep-copies through reflection, ~10 times slower per item, and a
        # run's discovery serialises every item into its batches (100,000 at the bench's largest size)
        return {"inbox": self.inbox, "rel_path": self.rel_path, "sha256": self.sha256,
                "size_bytes": self.size_bytes, "other_paths": [list(p) for p in self.other_paths],
                "previous_sha256": list(self.previous_sha256), "read_error_code": self.read_error_code,
                "read_error": self.read_error}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> WorkItem:
        return cls(**d)


@dataclass(slots=True)
class Discovery:
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_deleted: int = 0
    files_not_arrived: int = 0
    files_skipped: list[list[str]] = field(default_factory=list)  # [inbox, rel_path, why]
    rows_retired: int = 0
    work: list[WorkItem] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        # not asdict(self): it would deep-copy every work item only to drop them
        d: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "work"}
        d["files_skipped"] = [list(s) for s in self.files_skipped]
        return d


def _lock_key(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big", signed=True)


HASH_THREADS = 4  # local reads and sha256 of more than 2 KB release the GIL: a few threads hide the I/O
HASH_CHUNK = 256  # files per thread task (fewer when there are few files, so every thread gets some)


def _scan(inbox: Inbox, known: dict[str, Any], cutoff: datetime | None, max_bytes: int,
          out: Discovery) -> tuple[list[dict[str, Any]], set[str]]:
    """Rows to upsert into raw.source_file, and every path listed (arrived or not)."""
    to_read: list[tuple[FileEntry, Any]] = []
    listed: set[str] = set()
    for entry in inbox.list_files():
        listed.add(entry.rel_path)
        if cutoff is not None and entry.mtime >= cutoff:
            out.files_not_arrived += 1
            continue
        out.files_seen += 1
        old = known.get(entry.rel_path)
        if (old is not None and old.status == "present" and old.size_bytes == entry.size_bytes
                and old.mtime == entry.mtime):
            out.files_unchanged += 1
            continue
        to_read.append((entry, old))
    for rel, why in getattr(inbox, "skipped", []):
        out.files_skipped.append([inbox.url, rel, why])
    return _read_entries(inbox, to_read, max_bytes, out), listed


def _read_entries(inbox: Inbox, entries: list[tuple[FileEntry, Any]], max_bytes: int,
                  out: Discovery) -> list[dict[str, Any]]:
    """Hash the new and changed files, in listing order; a local inbox's in a few threads (a remote
    driver's connection is not assumed to be shareable between threads)."""
    if isinstance(inbox, LocalInbox) and len(entries) > 1:
        from concurrent.futures import ThreadPoolExecutor

        # a task per chunk, not per file: at 100,000 files a future, a lock and a queue round trip
        # per file cost more of the listing thread than the hashing saved
        size = max(1, min(HASH_CHUNK, -(-len(entries) // (HASH_THREADS * 4))))
        chunks = [entries[i:i + size] for i in range(0, len(entries), size)]
        with ThreadPoolExecutor(HASH_THREADS, thread_name_prefix="discover-hash") as pool:
            rows = [row for part in pool.map(lambda c: [_hash_entry(inbox, e, max_bytes) for e, _ in c], chunks)
                    for row in part]
    else:
        rows = [_hash_entry(inbox, e, max_bytes) for e, _ in entries]
    for row, (_, old) in zip(rows, entries, strict=True):
        _count(row, old, out)
    return rows


def _hash_entry(inbox: Inbox, entry: FileEntry, max_bytes: int) -> dict[str, Any]:
    row: dict[str, Any] = {"inbox": inbox.url, "rel_path": entry.rel_path, "size_bytes": entry.size_bytes,
                           "mtime": entry.mtime, "sha256": None, "format": None,
                           "error_code": None, "error": None}
    try:
        data = inbox.read_bytes(entry.rel_path, max_bytes)
        row["sha256"] = hashlib.sha256(data).hexdigest()
        row["size_bytes"] = len(data)
        row["format"] = entry.rel_path.rsplit(".", 1)[-1].lower() if "." in entry.rel_path else "unknown"
    except ReadFailure as exc:
        row["error_code"], row["error"] = exc.code, exc.reason
    return row


def _count(row: dict[str, Any], old: Any, out: Discovery) -> None:
    if old is None or old.status == "deleted":
        out.files_new += 1
    elif old.document_sha256 == row["sha256"] and row["sha256"] is not None:
        out.files_unchanged += 1  # touched, same bytes
    else:
        out.files_changed += 1


def _read_entry(inbox: Inbox, entry: FileEntry, old: Any, max_bytes: int, out: Discovery) -> dict[str, Any]:
    row = _hash_entry(inbox, entry, max_bytes)
    _count(row, old, out)
    return row


_UPSERT_FILES = sa.text("""
    with incoming as (
        select * from jsonb_to_recordset(cast(:rows as jsonb)) as r(
            inbox text, rel_path text, size_bytes bigint, mtime timestamptz, sha256 text)
    )
    insert into raw.source_file as f (inbox, rel_path, document_sha256, size_bytes, mtime)
    select inbox, rel_path, sha256, size_bytes, mtime from incoming
    on conflict (inbox, rel_path) do update set
        previous_sha256 = case when f.document_sha256 is distinct from excluded.document_sha256
                               then coalesce(f.document_sha256, f.previous_sha256) else f.previous_sha256 end,
        version_no = f.version_no + case when f.document_sha256 is distinct from excluded.document_sha256
                                         then 1 else 0 end,
        changed_at = case when f.document_sha256 is distinct from excluded.document_sha256
                          then now() else f.changed_at end,
        document_sha256 = excluded.document_sha256,
        size_bytes = excluded.size_bytes, mtime = excluded.mtime,
        status = 'present', deleted_at = null, last_seen_at = now()
""")
_INSERT_DOCUMENTS = sa.text("""
    insert into raw.document (document_sha256, format, size_bytes, first_path)
    select distinct on (sha256) sha256, format, size_bytes, inbox || '/' || rel_path
    from jsonb_to_recordset(cast(:rows as jsonb)) as r(inbox text, rel_path text, size_bytes bigint,
                                                       sha256 text, format text)
    where sha256 is not null
    order by sha256, inbox, rel_path
    on conflict (document_sha256) do nothing
""")
# content a path holds again (a file changed back) is processed again
_REOPEN_DOCUMENTS = sa.text("""
    update raw.document d set status = 'pending', status_reason = null, updated_at = now()
    where d.status = 'retired' and exists (
        select 1 from raw.source_file f where f.document_sha256 = d.document_sha256 and f.status = 'present')
""")
_MARK_DELETED = sa.text("""
    update raw.source_file set status = 'deleted', deleted_at = now()
    where inbox = :inbox and status = 'present' and rel_path = any(:paths)
    returning document_sha256
""")
_PENDING_WORK = sa.text("""
    select f.inbox, f.rel_path, f.document_sha256, f.size_bytes, f.previous_sha256
    from raw.source_file f join raw.document d on d.document_sha256 = f.document_sha256
    where f.inbox = any(:inboxes) and f.status = 'present' and d.status = 'pending'
      and (cast(:cutoff as timestamptz) is null or f.mtime < cast(:cutoff as timestamptz))
    order by f.document_sha256, f.inbox, f.rel_path
""")


def discover(engine: sa.Engine, inbox_urls: list[str], *, cutoff: datetime | None, max_bytes: int) -> Discovery:
    """Scan the inboxes, update the manifest, retire deleted files' documents, return the work."""
    import json

    out = Discovery()
    inboxes = [open_inbox(u) for u in inbox_urls]
    errors: list[WorkItem] = []
    for inbox in inboxes:
        with engine.connect() as conn:
            known = {r.rel_path: r for r in conn.execute(sa.text(
                "select rel_path, size_bytes, mtime, status, document_sha256 from raw.source_file"
                " where inbox = :inbox"), {"inbox": inbox.url})}
        rows, listed = _scan(inbox, known, cutoff, max_bytes, out)
        gone = sorted(p for p, r in known.items() if r.status == "present" and p not in listed)
        payload = json.dumps([{**r, "mtime": r["mtime"].isoformat()} for r in rows])
        with engine.begin() as conn:
            conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": _lock_key("inbox:" + inbox.url)})
            if rows:
                conn.execute(_INSERT_DOCUMENTS, {"rows": payload})
                conn.execute(_UPSERT_FILES, {"rows": payload})
            if gone:
                shas = [s for s in conn.execute(_MARK_DELETED, {"inbox": inbox.url, "paths": gone}).scalars() if s]
                out.files_deleted += len(gone)
                out.rows_retired += retire_orphaned_documents(conn, shas, reason="file deleted from its inbox")
            conn.execute(_REOPEN_DOCUMENTS)
        errors += [WorkItem(r["inbox"], r["rel_path"], None, r["size_bytes"], read_error_code=r["error_code"],
                            read_error=r["error"]) for r in rows if r["error_code"]]
    with engine.connect() as conn:
        pending = conn.execute(_PENDING_WORK, {"inboxes": [i.url for i in inboxes], "cutoff": cutoff}).all()
    by_sha: dict[str, WorkItem] = {}
    for r in pending:
        item = by_sha.get(r.document_sha256)
        if item is None:
            by_sha[r.document_sha256] = WorkItem(r.inbox, r.rel_path, r.document_sha256, int(r.size_bytes or 0),
                                                 previous_sha256=[r.previous_sha256] if r.previous_sha256 else [])
        else:
            item.other_paths.append([r.inbox, r.rel_path])
            if r.previous_sha256 and r.previous_sha256 not in item.previous_sha256:
                item.previous_sha256.append(r.previous_sha256)
    out.work = list(by_sha.values()) + errors
    return out


def register_paths(engine: sa.Engine, paths: list[tuple[str, str]], *, max_bytes: int) -> list[WorkItem]:
    """Re-read given inbox paths now, whatever their size and mtime, and update the manifest (quarantine retry)."""
    import json

    out = Discovery()
    items: list[WorkItem] = []
    by_inbox: dict[str, list[str]] = {}
    for inbox_url, rel in paths:
        by_inbox.setdefault(inbox_url, []).append(rel)
    for inbox_url, rels in sorted(by_inbox.items()):
        inbox = open_inbox(inbox_url)
        listed = {e.rel_path: e for e in inbox.list_files()}
        rows = [_read_entry(inbox, listed[rel], None, max_bytes, out) for rel in sorted(rels) if rel in listed]
        if not rows:
            continue
        payload = json.dumps([{**r, "mtime": r["mtime"].isoformat()} for r in rows])
        with engine.begin() as conn:
            conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": _lock_key("inbox:" + inbox.url)})
            conn.execute(_INSERT_DOCUMENTS, {"rows": payload})
            conn.execute(_UPSERT_FILES, {"rows": payload})
            prev = {r.rel_path: r.previous_sha256 for r in conn.execute(sa.text(
                "select rel_path, previous_sha256 from raw.source_file where inbox = :i and rel_path = any(:p)"),
                {"i": inbox.url, "p": [r["rel_path"] for r in rows]})}
        for r in rows:
            items.append(WorkItem(r["inbox"], r["rel_path"], r["sha256"], r["size_bytes"],
                                  previous_sha256=[prev[r["rel_path"]]] if prev.get(r["rel_path"]) else [],
                                  read_error_code=r["error_code"], read_error=r["error"]))
    return items
