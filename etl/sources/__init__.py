"""Inboxes (local or mounted folders, smb://, sftp://, s3://) and the document manifest.

``open_inbox(url)`` lists and reads files safely; ``discover`` compares a scan
with ``raw.source_file`` / ``raw.document`` and returns the work of a run.
"""

from etl.sources.inbox import FileEntry, Inbox, InboxError, ReadFailure, open_inbox

__all__ = ["FileEntry", "Inbox", "InboxError", "ReadFailure", "open_inbox"]
