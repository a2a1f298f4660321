"""A disk cache of compiled regular expressions, for the stage pool's fork server (``etl.pipeline.stage_pool``).

The extractor builds about 8,000 regular expressions (registry aliases, window patterns) on its first
document, and ``re`` compiles each in Python: parse, optimise the character sets, emit the matcher's
code.  That was ~4.5 of the ~6.5 CPU s a stage pool's fork server spent before its workers could start,
paid by every process that stages (the bench's, ``etl run``'s, every Airflow stage task's).  The last
step of ``re``'s compiler hands a plain list of integers (the code) and the group tables to
``_sre.compile``; this module keeps those per (pattern, flags) in a file and, on the next start, gives
them straight to ``_sre.compile``: the same pattern object, without the compiler's Python work.

Only patterns compiled in the thread that entered ``compiled_patterns`` go through the cache.  The file
is keyed by the interpreter's version and ``_sre.MAGIC`` (the code's format); ``_sre.compile`` checks
the code it is given, so a damaged entry is compiled afresh, never matched.  Anything unexpected (an
interpreter whose ``re`` is laid out differently, an unreadable or unwritable file) turns the cache
off and ``re`` compiles as usual.  ``ETL_REGEX_CACHE`` names the file (``off`` or ``0``: no cache);
by default it lives in ``$XDG_CACHE_HOME/etl`` (``~/.cache/etl``).
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

try:  # CPython's layout of re (3.11+); elsewhere the cache is simply off
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    _ORIGINAL = getattr(_compiler, "compile", None)
    _AVAILABLE = callable(_ORIGINAL) and getattr(_compiler, "_sre", None) is _sre \
        and array("I").itemsize == getattr(_sre, "CODESIZE", None)
except ImportError:  # pragma: no cover - not CPython
    _AVAILABLE = False

_DEBUG = 128  # re.DEBUG: the compiler prints the code, so such a pattern is always compiled
# (pattern, flags as given) -> (flags of the pattern, code as uint32 bytes, groups, group index, index group)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path | None:
    """Where the cache file is, or None when ``ETL_REGEX_CACHE`` turns it off."""
    raw = os.environ.get("ETL_REGEX_CACHE", "")
    if raw.strip().lower() in ("0", "off", "false", "no"):
        return None
    if raw.strip():
        return Path(raw)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "etl" / f"regex-{sys.implementation.cache_tag}.bin"


def _stamp() -> str:
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("stamp") != _stamp() or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]  # type: ignore[no-any-return]


def _write(path: Path, entries: dict[tuple[str, int], Entry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps({"stamp": _stamp(), "entries": entries}))
        os.replace(tmp, path)  # whole or not at all: two processes saving at once each leave a complete file
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class _Recorder:
    """Stands in for ``_sre`` inside ``re._compiler`` while a pattern is compiled: keeps what it is given."""

    def __init__(self) -> None:
        self.last: dict[int, tuple[Any, ...]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.last[threading.get_ident()] = args
        return _sre.compile(*args)


class _Session:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.stored: dict[tuple[str, int], Entry] | None = None
        self.used: dict[tuple[str, int], Entry] = {}
        self.hits = self.misses = 0
        self.owner = threading.get_ident()
        self.original = _compiler.compile
        self.recorder = _Recorder()

    def compile(self, pattern: Any, flags: Any = 0) -> Any:
        if threading.get_ident() != self.owner or not isinstance(pattern, str) or flags & _DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.stored_entry(key)
        if entry is not None:
            try:
                compiled = compiled_from(pattern, entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh below
                pass
            else:
                self.hits += 1
                self.used[key] = entry
                return compiled
        self.misses += 1
        _compiler._sre = self.recorder
        try:
            compiled = self.original(pattern, flags)
        finally:
            _compiler._sre = _sre
        args = self.recorder.last.pop(self.owner, None)
        if args is not None and args[0] == pattern:
            self.used[key] = entry_of(*args[1:6])
        return compiled

    def stored_entry(self, key: tuple[str, int]) -> Entry | None:
        if self.stored is None:  # the file is read on the first question (a warm process asks none)
            self.stored = _read(self.path)
        return self.stored.get(key)


def entry_of(flags: int, code: Any, groups: int, groupindex: Any, indexgroup: Any) -> Entry:
    """The cached form of what ``_sre.compile`` takes after the pattern."""
    return int(flags), array("I", code).tobytes(), int(groups), dict(groupindex), tuple(indexgroup)


def compiled_from(pattern: str, entry: Entry) -> Any:
    """The pattern object ``_sre.compile`` makes from a cached entry (raises on a damaged entry)."""
    return _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:])


_active: dict[int, _Session] = {}  # thread -> its open block


def _derived_key(kind: str, pattern: str, flags: int) -> tuple[str, int]:
    return f"\x00{kind}\x00{pattern}", flags  # no pattern starts with NUL and a kind: apart from re's own


def derived(kind: str, pattern: str, flags: int) -> Entry | None:
    """What another compiler of ours (``etl.first_chars``) stored for ``pattern`` in this thread's open block,
    or None (no block, or not stored).  An entry with empty code means "nothing to change"."""
    session = _active.get(threading.get_ident())
    if session is None:
        return None
    key = _derived_key(kind, pattern, flags)
    entry = session.stored_entry(key)
    if entry is not None:
        session.hits += 1
        session.used[key] = entry
    return entry


def store_derived(kind: str, pattern: str, flags: int, entry: Entry) -> None:
    """Keep ``entry`` for ``pattern`` with the block's patterns (nothing when this thread has no open block)."""
    session = _active.get(threading.get_ident())
    if session is not None:
        session.misses += 1
        session.used[_derived_key(kind, pattern, flags)] = entry


@contextlib.contextmanager
def compiled_patterns(path: Path | None = None) -> Iterator[dict[str, int]]:
    """Within the block, this thread's ``re.compile`` calls use (and afterwards fill) the cache file.

    Yields counts (``hits``, ``misses``) filled in when the block ends.  The file keeps the patterns the
    block compiled, no others, so it does not grow with patterns no longer built.
    """
    counts = {"hits": 0, "misses": 0}
    path = path if path is not None else cache_path()
    if not _AVAILABLE or path is None or _compiler.compile is not _ORIGINAL:
        yield counts  # no cache, or a block inside another (the outer one records)
        return
    session = _Session(path)
    _compiler.compile = session.compile
    _active[session.owner] = session
    try:
        yield counts
    finally:
        _compiler.compile = session.original
        _active.pop(session.owner, None)
        counts.update(hits=session.hits, misses=session.misses)
        if session.misses:
            try:
                _write(path, session.used)
            except OSError:
                log.debug("could not write the regular expression cache %s", path, exc_info=True)
