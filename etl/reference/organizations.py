"""Organization and project mentions from text (interface; the real matcher replaces this body)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.contract import Organization, Project


@dataclass(slots=True)
class OrgMention:
    organization: Organization  # canonical English name, role, evidence, span


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[OrgMention]:
    """Organizations in ``text[start:end]`` with their role from the sentence; spans index ``text``."""
    return []


def find_projects(text: str, start: int = 0, end: int | None = None) -> list[Project]:
    """Projects named in ``text[start:end]`` (with their donor where stated); spans index ``text``."""
    return []
