"""Discovery never drops a file silently: names that are not reports are listed as skipped, with the reason."""

from __future__ import annotations

import pytest

from etl.sources.inbox import LocalInbox, not_a_report, open_inbox


@pytest.mark.parametrize(("name", "words"), [
    ("~$Отчет.docx", "Office lock file"),
    (".~lock.report.odt#", "LibreOffice lock file"),
    (".DS_Store", "macOS"),
    ("Thumbs.db", "thumbnail"),
    ("desktop.ini", "Windows folder"),
    ("upload.pdf.part", "partial upload"),
    ("report.docx.crdownload", "partial upload"),
    ("x.tmp", "temporary"),
    ("report.txt~", "backup"),
    (".report.txt.swp", "swap"),
    (".hidden.txt", "hidden file"),
])
def test_names_that_are_not_reports_have_a_reason(name, words):
    why = not_a_report(name)
    assert why is not None and words in why


@pytest.mark.parametrize("name", ["report.txt", "Отчёт ~ итоги.docx", "thumbs_up.db.txt", "a.partner.pdf",
                                  "lock.docx", "$report.txt"])
def test_report_names_are_candidates(name):
    assert not_a_report(name) is None


def test_local_inbox_lists_reports_and_records_every_other_entry(tmp_path):
    (tmp_path / "a.txt").write_text("отчет")
    (tmp_path / "~$a.txt").write_text("user")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "Thumbs.db").write_bytes(b"\xd0\xcf")
    (tmp_path / "sub" / "b.md").write_text("# отчет")
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "x").write_text("blob")
    inbox = LocalInbox(str(tmp_path), tmp_path)
    listed = [e.rel_path for e in inbox.list_files()]
    assert listed == ["a.txt", "sub/b.md"]
    skipped = dict(inbox.skipped)
    assert set(skipped) == {"~$a.txt", "sub/Thumbs.db", ".git/"}
    assert "hidden folder" in skipped[".git/"]
    list(inbox.list_files())  # a second listing starts afresh
    assert len(inbox.skipped) == 3


def test_remote_inbox_records_skipped_names_too():
    import fsspec

    fs = fsspec.filesystem("memory")
    root = "/harden_inbox_test"
    for rel, data in {"r1.txt": b"report", "~$r1.txt": b"lock", ".sync/r2.txt": b"x", "d/.DS_Store": b"x"}.items():
        fs.pipe(f"{root}/{rel}", data)
    try:
        inbox = open_inbox(f"memory://{root}")
        assert [e.rel_path for e in inbox.list_files()] == ["r1.txt"]
        skipped = dict(inbox.skipped)
        assert set(skipped) == {"~$r1.txt", ".sync/r2.txt", "d/.DS_Store"}
        assert "hidden folder" in skipped[".sync/r2.txt"]
    finally:
        fs.rm(root, recursive=True)


def test_relative_dir_is_a_posix_prefix_of_the_walked_folder():
    from etl.sources.inbox import relative_dir

    assert relative_dir("/data/inbox", "/data/inbox") == ""
    assert relative_dir("/data/inbox", "/data/inbox/2024/may") == "2024/may/"
    assert relative_dir("/", "/") == ""
    assert relative_dir("/", "/reports") == "reports/"


def test_listing_gives_the_same_paths_as_pathlib_in_nested_folders(tmp_path):
    from pathlib import Path

    from etl.sources.inbox import LocalInbox

    for rel in ("a.txt", "x/b.html", "x/y/c.docx", "x/y/z/d.pdf", "w/e.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel)
    listed = [e.rel_path for e in LocalInbox(str(tmp_path), tmp_path).list_files()]
    expected = [p.relative_to(tmp_path).as_posix() for p in Path(tmp_path).rglob("*") if p.is_file()]
    assert sorted(listed) == sorted(expected) and len(listed) == 5
    assert listed == ["a.txt", "w/e.txt", "x/b.html", "x/y/c.docx", "x/y/z/d.pdf"]  # folders in sorted order
