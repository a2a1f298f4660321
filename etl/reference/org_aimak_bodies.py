"""Pasture committees, named after their ayil aimak one by one or several after one plural head.

A report lists the ayil aimaks whose committees took part once, with one plural head word:
"пастбищных комитетов Теплоключенского, Тепкенского и Ак-Булунского айылных аймаков", "Тепке, Ак-Булун
жана Жыргалан айыл аймактарынын жайыт комитеттери": each place names one committee.  (Ayil okmotus
listed so are left alone: the labels count them when their heads speak, not when their staff attend.)
A pasture committee is named after its ayil aimak or village like an ayil okmotu: "Жыргаланского пастбищного комитета", "Тепке жайыт
комитети", "the Tepke Pasture Committee".  A place that is no ayil aimak or village (a district:
"пастбищные комитеты Ак-Суйского района") names no single body and gives nothing.
"""

from __future__ import annotations

import re

from etl.reference.govbody_places import LOW, place_name

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_ADJ = rf"{_NAME}(?:ск|цк)\w+"
# Russian: the plural head, then the adjectives, then "айылных аймаков"
_RU_LIST = re.compile(
    rf"(?P<pasture>(?i:пастбищн\w+\s+комитет\w*))\s+"
    rf"(?P<list>{_ADJ}(?:\s*,\s*{_ADJ})*(?:\s*,?\s+и\s+{_ADJ})?)\s+айыл\w*\s+аймак\w*")
# Kyrgyz: the places, "айыл аймактарынын", then the plural head
_KY_LIST = re.compile(
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*(?:\s+жана\s+{_NAME})?)\s+айыл\s+аймактарын\w*\s+"
    rf"(?P<pasture>жайыт\s+комитет\w*)")
_ITEM = re.compile(rf"({_NAME})")
_RU_ONE = re.compile(rf"({_NAME})(?:ск|цк)\w+\s+пастбищн\w+\s+комитет\w*(?!\s+(?:района|области))")
_KY_ONE = re.compile(rf"({_NAME})\s+(?:айыл\s+аймагынын\s+)?жайыт\s+комитет\w*")
_EN_ONE = re.compile(rf"(?:the\s+)?({_NAME})\s+[Pp]asture\s+[Cc]ommittee")
_TRIGGER = re.compile(r"пастбищн\w*\s+комитет|жайыт\s+комитет|pasture\s+committee", re.IGNORECASE)


def _named(template: str, written: str) -> str | None:
    place = place_name(written, LOW)
    return template.format(place) if place else None


def aimak_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, English name, kind)`` of each ayil aimak's body named in ``text``."""
    out: list[tuple[int, int, str, str]] = []
    # a substring test first: most texts name no committee at all
    if ("комитет" not in text and "ommittee" not in text) or not _TRIGGER.search(text):
        return out
    for pattern in (_RU_LIST, _KY_LIST):
        for m in pattern.finditer(text):
            items = list(_ITEM.finditer(text, m.start("list"), m.end("list")))
            if len(items) < 2:
                continue  # one place: the singular rules read it
            for item in items:
                name = _named("{} Pasture Committee", item.group(1))
                if name:
                    out.append((item.start(), item.end(), name, "association"))
    for pattern in (_RU_ONE, _KY_ONE, _EN_ONE):
        for m in pattern.finditer(text):
            name = _named("{} Pasture Committee", m.group(1))
            if name and all(m.end() <= s or m.start() >= e for s, e, _, _ in out):
                out.append((m.start(), m.end(), name, "association"))
    return out
