"""LocalInbox.read_bytes on plain, symlinked, looping and escaping paths (string path handling)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.sources.inbox import LocalInbox, ReadFailure

pytestmark = pytest.mark.unit


def _read_error(inbox: LocalInbox, rel: str) -> tuple[str, str]:
    with pytest.raises(ReadFailure) as raised:
        inbox.read_bytes(rel, 1_000)
    return raised.value.code, raised.value.reason


def test_read_paths(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_bytes(b"report")
    (root / "link.txt").symlink_to(root / "sub" / "a.txt")
    (tmp_path / "secret.txt").write_bytes(b"secret")
    (root / "out.txt").symlink_to(tmp_path / "secret.txt")
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    (tmp_path / "inbox-sibling.txt").write_bytes(b"x")  # shares the root's name as a string prefix
    inbox = LocalInbox(str(root), root)
    assert inbox.read_bytes("sub/a.txt", 1_000) == b"report"
    assert inbox.read_bytes("sub/../sub/a.txt", 1_000) == b"report"
    assert inbox.read_bytes("link.txt", 1_000) == b"report"  # a symlink inside the inbox is followed
    assert _read_error(inbox, "out.txt")[0] == "unsafe_path"
    assert _read_error(inbox, "../secret.txt")[0] == "unsafe_path"
    assert _read_error(inbox, "../inbox-sibling.txt")[0] == "unsafe_path"
    assert _read_error(inbox, str(tmp_path / "secret.txt"))[0] == "unsafe_path"
    code, reason = _read_error(inbox, "loop_a.txt")
    assert code == "unreadable" and reason.startswith("The path cannot be resolved: Symlink loop from")
    assert _read_error(inbox, "missing.txt")[0] == "vanished"
    assert _read_error(inbox, "sub")[0] == "not_a_file"
    assert _read_error(inbox, "sub/a.txt/x")[0] == "unreadable"  # not a directory
