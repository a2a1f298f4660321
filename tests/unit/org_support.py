"""What the organization tests read from a text: each body's name and role."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def org_roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}
