"""What the organization passes read and rename of a registry hit, as a protocol: the hit's own class lives in
``organizations``, which imports these passes."""

from __future__ import annotations

from typing import Protocol


class RegistryHit(Protocol):
    start: int
    end: int
    org_id: str | None
    name: str
    kind: str
