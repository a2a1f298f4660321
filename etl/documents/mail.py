"""E-mail messages (.eml) to text: the plain-text body, else the HTML body; subject as title."""

from __future__ import annotations

import email
from email import policy
from email.utils import parsedate_to_datetime
from typing import Any

from etl.documents.markup import html_to_text


def eml_to_text(data: bytes) -> tuple[str, str | None, dict[str, Any]]:
    message = email.message_from_bytes(data, policy=policy.default)
    metadata: dict[str, Any] = {}
    raw_date = message.get("Date")
    if raw_date:
        try:
            metadata["email_date"] = parsedate_to_datetime(str(raw_date)).isoformat()
        except (TypeError, ValueError):
            pass
    subject = str(message.get("Subject") or "").strip() or None
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return "", subject, metadata
    try:
        content = body.get_content()
    except (LookupError, ValueError):  # unknown charset: fall back to a lenient decode
        payload = body.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)
    if not isinstance(content, str):
        return "", subject, metadata
    if body.get_content_subtype() == "html":
        text, _, html_meta = html_to_text(content)
        metadata.update(html_meta)
        return text, subject, metadata
    return content, subject, metadata
