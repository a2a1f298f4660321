"""Event words inside a project's quoted name: «Раннее обучение для всех» долбоору, проект «Школа
лидерства», the "Youth Forum for Peace" project.  A project's name tells what it is about, never an
event held, even when the sentence has a verb ("Ремонт провели в рамках проекта «Раннее обучение…»")."""

from __future__ import annotations

import re

_OPEN, _CLOSE = "«“\"„", "»”\"“"
# the project word just before the opening quote ("в рамках проекта «", "under the programme “")
_WORD_BEFORE = re.compile(r"(?<![а-яa-z])(?:проект[а-я]*|программ[а-я]*|долбоор[а-я]*|project|programme|program|"
                          r"initiative)\s*$")
# or just after the closing quote ("» долбоорунун алкагында", "” project", "» программасы")
_WORD_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:деген\s+|аттуу\s+)?(?:долбоор|программа|проект|project|"
                         r"programme|program|initiative)")
_REACH = 160  # a project's name is short; a quote left open is no name


def _quoted_names(folded: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = sentence[0]
    while True:
        q = next((i for i in range(pos, sentence[1]) if folded[i] in _OPEN), -1)
        if q < 0:
            return out
        close = next((i for i in range(q + 1, min(sentence[1], q + _REACH)) if folded[i] in _CLOSE), -1)
        if close < 0:
            return out
        out.append((q, close))
        pos = close + 1


def drop_project_names(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]
                       ) -> list[tuple[int, str]]:
    """``hits`` without those inside a quoted name a project word sits next to."""
    if not any(q in folded[sentence[0]:sentence[1]] for q in _OPEN):
        return hits
    names = [(a, b) for a, b in _quoted_names(folded, sentence)
             if _WORD_BEFORE.search(folded, max(sentence[0], a - 30), a) or _WORD_AFTER.match(folded, b + 1)]
    return [h for h in hits if not any(a < h[0] < b for a, b in names)]
