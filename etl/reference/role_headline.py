"""Roles a headline gives, against those its body gives (split from ``organizations``)."""

from __future__ import annotations

import re

_HEADLINE = re.compile(r"[^\S\n]*([^\n]{1,200})\n[^\S\n]*\n")


def body_over_headline(text: str, starts: list[int], org_ids: list[str], roles: list[str | None],
                        author_at: int | None) -> list[str | None]:
    """A headline's loose verb ("FAO supports Naryn farmers") yields to what the body's sentences say of the
    same body ("FAO, with funding from Finland, handed over …"); a body that never names it keeps the headline's,
    and an author heading the page keeps its own."""
    head = _HEADLINE.match(text)
    if head is None or head.group(1).rstrip().endswith((".", "!", "?")):
        return roles
    end = head.end(1)
    in_body = {oid for at, oid in zip(starts, org_ids, strict=True) if at >= end}
    return [None if at < end and at != author_at and oid in in_body else role
            for at, oid, role in zip(starts, org_ids, roles, strict=True)]
