"""List and read the files of one inbox without trusting what is in it.

Local inboxes are walked with ``lstat``: symlinks that lead outside the inbox,
FIFOs, sockets and devices are never opened, directories (even one named
``report.txt``) are never read as files, and a file is opened with
``O_NOFOLLOW | O_NONBLOCK`` and checked again with ``fstat`` so a file swapped
for a FIFO between listing and reading cannot block the run.  Remote inboxes go
through fsspec; a protocol whose driver is not installed fails with the name of
the package to install.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from etl.sources.connections import fsspec_options, get_connection

# protocol -> package that provides its fsspec driver
DRIVER_PACKAGES = {"sftp": "paramiko", "ssh": "paramiko", "smb": "smbprotocol", "s3": "s3fs",
                   "s3a": "s3fs", "gcs": "gcsfs", "gs": "gcsfs", "abfs": "adlfs", "az": "adlfs"}


class InboxError(RuntimeError):
    """The inbox itself cannot be used (missing driver, missing folder, bad URL)."""


class ReadFailure(Exception):
    """One file cannot be read; ``code`` goes to ops.quarantine.reason_code."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FileEntry:
    rel_path: str  # posix, relative to the inbox
    size_bytes: int
    mtime: datetime  # UTC


_FOLDER_METADATA = {".ds_store": "macOS folder metadata (.DS_Store)", "thumbs.db": "Windows thumbnail cache",
                    "ehthumbs.db": "Windows thumbnail cache", "desktop.ini": "Windows folder settings",
                    ".directory": "KDE folder settings"}
_PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".filepart")


def not_a_report(name: str) -> str | None:
    """Why a file name is not a report (editor lock, partial upload, folder metadata, hidden), or None.

    These files come and go while people work in a shared folder; reading them would quarantine
    noise or half a file, so they are recorded as skipped with this reason instead."""
    lower = name.lower()
    if lower in _FOLDER_METADATA:
        return f"not a report: {_FOLDER_METADATA[lower]}"
    if name.startswith("~$"):
        return "not a report: an Office lock file (~$…), present while someone has the document open"
    if lower.startswith(".~lock.") and name.endswith("#"):
        return "not a report: a LibreOffice lock file (.~lock.…#), present while someone has the document open"
    if lower.endswith(_PARTIAL_SUFFIXES):
        return "not a report yet: a partial upload, download or temporary file; it is read once renamed"
    if name.endswith("~") or (name.startswith(".") and lower.endswith((".swp", ".swo"))):
        return "not a report: an editor's backup or swap file"
    if name.startswith("."):
        return "not a report: a hidden file (name starts with a dot)"
    return None


def is_candidate(name: str) -> bool:
    return not_a_report(name) is None


def _display(rel: str) -> str:
    """A name as it can be stored and logged: bytes that are not UTF-8 escaped (others unchanged)."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def relative_dir(top: str, dirpath: str) -> str:
    """``dirpath`` (from ``os.walk(top)``) relative to ``top``, as a posix prefix: "" or "a/b/"."""
    if dirpath == top:
        return ""
    start = len(top) if top.endswith(os.sep) else len(top) + 1
    return dirpath[start:].replace(os.sep, "/") + "/"


class Inbox:
    url: str
    # (rel_path, why) of what the last list_files() saw and did not offer as a report
    skipped: list[tuple[str, str]]

    def list_files(self) -> Iterator[FileEntry]:
        raise NotImplementedError

    def read_bytes(self, rel_path: str, max_bytes: int) -> bytes:
        raise NotImplementedError

    def display_path(self, rel_path: str) -> str:
        return f"{self.url.rstrip('/')}/{rel_path}"


def _open_failure(exc: OSError, target: str) -> ReadFailure:
    if isinstance(exc, PermissionError):
        return ReadFailure("unreadable", f"Permission denied when opening the file: {exc.strerror}.")
    if isinstance(exc, FileNotFoundError):
        return ReadFailure("vanished", "The file disappeared before it could be read.")
    if exc.errno == errno.ELOOP and os.path.islink(target):  # a symlink loop, made after the listing
        return ReadFailure("unreadable", f"The path cannot be resolved: Symlink loop from {target!r}.")
    return ReadFailure("unreadable", f"The file cannot be opened: {exc.strerror or exc}.")


class LocalInbox(Inbox):
    def __init__(self, url: str, root: Path) -> None:
        self.root = root.resolve()
        self.url = str(self.root)  # one key per folder however it was spelled
        self._root_text = str(self.root)
        self._root_prefix = self._root_text.rstrip("/") + "/"
        if not self.root.is_dir():
            raise InboxError(f"inbox {url!r} is not a folder (resolved to {self.root})")
        self.skipped = []

    def _inside(self, target: Path) -> bool:
        try:
            target.relative_to(self.root)
        except ValueError:
            return False
        return True

    def list_files(self) -> Iterator[FileEntry]:
        self.skipped = []
        top = str(self.root)
        for dirpath, dirnames, filenames in os.walk(top, followlinks=False, onerror=None):
            for hidden in sorted(d for d in dirnames if d.startswith(".")):  # .git, .Trash-1000, .sync: one line each
                self.skipped.append((_display(Path(dirpath, hidden).relative_to(self.root).as_posix()) + "/",
                                     "a hidden folder (name starts with a dot): its files are not read"))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            # plain strings, not a Path per file: at 100,000 files pathlib's parsing was most of the listing
            rel_dir = relative_dir(top, dirpath)
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                rel = rel_dir + name
                why = not_a_report(name)
                if why is not None:
                    self.skipped.append((_display(rel), why))
                    continue
                try:
                    rel.encode("utf-8")
                except UnicodeEncodeError:  # undecodable bytes: PostgreSQL text and JSON cannot hold the name
                    self.skipped.append((_display(rel), "the file name is not valid UTF-8; rename the file"))
                    continue
                try:
                    st = os.lstat(full)
                    if stat.S_ISLNK(st.st_mode):
                        target = Path(full).resolve()
                        if not self._inside(target):
                            self.skipped.append((rel, "symlink leading outside the inbox"))
                            continue
                        st = target.stat()
                except (OSError, RuntimeError) as exc:  # pathlib raises RuntimeError on a symlink loop
                    self.skipped.append((rel, f"cannot stat: {getattr(exc, 'strerror', None) or exc}"))
                    continue
                if not stat.S_ISREG(st.st_mode):
                    self.skipped.append((rel, "not a regular file (directory, FIFO, socket or device)"))
                    continue
                yield FileEntry(rel, st.st_size, datetime.fromtimestamp(st.st_mtime, UTC))

    def read_bytes(self, rel_path: str, max_bytes: int) -> bytes:
        # strings, not Path objects: read twice per document (discovery's hash, the stage), pathlib's
        # parsing and resolve()'s extra stat were half of a read's CPU; a loop shows up at the open (ELOOP)
        target = os.path.realpath(os.path.join(self._root_text, rel_path))
        if not (target.startswith(self._root_prefix) or target == self._root_text):
            raise ReadFailure("unsafe_path", "The path leads outside the inbox (symlink or '..').")
        try:
            fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as exc:
            raise _open_failure(exc, target) from exc
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ReadFailure("not_a_file", "The path is not a regular file (FIFO, socket, device or folder).")
            chunks, total = [], 0
            while True:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise ReadFailure("too_large", f"The file is larger than the {max_bytes} byte limit.")
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError as exc:
            raise ReadFailure("unreadable", f"Reading the file failed: {exc.strerror or exc}.") from exc
        finally:
            os.close(fd)


def _mtime(info: dict[str, Any]) -> datetime:
    for key in ("mtime", "LastModified", "last_modified", "modified", "created"):
        value = info.get(key)
        if value is None:
            continue
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(float(value), UTC)
        if isinstance(value, str):
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return datetime.fromtimestamp(0, UTC)  # no time: treat as arrived long ago


class FsspecInbox(Inbox):
    def __init__(self, url: str, protocol: str, root: str, options: dict[str, Any]) -> None:
        import fsspec

        self.url = url
        try:
            self.fs = fsspec.filesystem(protocol, **options)
        except ImportError as exc:
            package = DRIVER_PACKAGES.get(protocol, f"the fsspec driver for {protocol}://")
            raise InboxError(f"inbox {url!r} needs the Python package {package!r}, which is not installed "
                             f"(pip install {package}): {exc}") from exc
        except ValueError as exc:
            raise InboxError(f"inbox {url!r}: unknown protocol {protocol!r}: {exc}") from exc
        self.root = root.rstrip("/")
        self.skipped = []

    def list_files(self) -> Iterator[FileEntry]:
        self.skipped = []
        found = self.fs.find(self.root, detail=True, withdirs=False)
        prefix = self.fs._strip_protocol(self.root).rstrip("/") + "/"
        for path, info in sorted(found.items()):
            if info.get("type") not in (None, "file"):
                continue
            stripped = self.fs._strip_protocol(path)
            rel = stripped[len(prefix):] if stripped.startswith(prefix) else PurePosixPath(stripped).name
            *folders, name = PurePosixPath(rel).parts
            why = not_a_report(name) or next(
                ("inside a hidden folder (name starts with a dot)" for f in folders if f.startswith(".")), None)
            if why is not None:
                self.skipped.append((rel, why))
                continue
            yield FileEntry(rel, int(info.get("size") or 0), _mtime(info))

    def read_bytes(self, rel_path: str, max_bytes: int) -> bytes:
        if ".." in PurePosixPath(rel_path).parts:
            raise ReadFailure("unsafe_path", "The path contains '..'.")
        try:
            with self.fs.open(f"{self.root}/{rel_path}", "rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise ReadFailure("vanished", "The file disappeared before it could be read.") from exc
        except PermissionError as exc:
            raise ReadFailure("unreadable", f"Permission denied: {exc}.") from exc
        except OSError as exc:
            raise ReadFailure("unreadable", f"Reading the file failed: {exc}.") from exc
        if len(data) > max_bytes:
            raise ReadFailure("too_large", f"The file is larger than the {max_bytes} byte limit.")
        return data


def open_inbox(url: str) -> Inbox:
    """An inbox from its URL: a path, ``file://``, ``<protocol>://...`` or ``conn://<conn_id>/<path>``."""
    url = url.strip()
    if "://" not in url:
        return LocalInbox(url, Path(url).expanduser())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return LocalInbox(url, Path(parts.path))
    if scheme == "conn":
        protocol, options = fsspec_options(get_connection(parts.netloc))
        if protocol == "file":
            return LocalInbox(url, Path(parts.path))
        return FsspecInbox(url, protocol, parts.path.lstrip("/") if protocol == "s3" else parts.path, options)
    import fsspec.core

    try:
        fs_cls = fsspec.get_filesystem_class(scheme)
    except ImportError as exc:
        package = DRIVER_PACKAGES.get(scheme, f"the fsspec driver for {scheme}://")
        raise InboxError(f"inbox {url!r} needs the Python package {package!r}, which is not installed "
                         f"(pip install {package})") from exc
    except ValueError as exc:
        raise InboxError(f"inbox {url!r}: unknown protocol {scheme!r}") from exc
    options = fs_cls._get_kwargs_from_urls(url)
    return FsspecInbox(url, scheme, fs_cls._strip_protocol(url), options)
