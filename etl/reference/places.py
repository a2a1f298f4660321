"""Place mentions from text (interface; the real matcher replaces this body)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.contract import Place


@dataclass(slots=True)
class PlaceMention:
    place: Place  # carries evidence and span (offsets into the text passed in)
    ambiguous: bool = False  # more than one gazetteer unit fits and context did not decide
    candidates: tuple[str, ...] = ()  # SOATE codes considered when ambiguous


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places mentioned in ``text[start:end]``; spans are offsets into ``text``."""
    return []
