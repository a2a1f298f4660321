"""The ayil okmotu a report names only by its head: that of the ayil aimak it has just named.

"12-апрелде Араван районунун Тепе-Коргон айыл аймагында … аны айыл өкмөтүнүн башчысы Улугбек Турсунов
ачты", "в Тепе-Коргонском айылном аймаке … её открыл глава айыл окмоту Улугбек Турсунов": the head
speaks for the ayil okmotu of the aimak named before (within 400 characters), as "с мэрией города"
is the city hall of the city just named.  Only the singular head ("башчысы", "глава"): "айыл
өкмөттөрүнүн башчылары" and "главы айыл окмоту" are several bodies the text does not name.
"""

from __future__ import annotations

import re

from etl.reference.govbody_lists import ayil_okmotu_name

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
# the head of an unnamed ayil okmotu: no capitalized name right before "айыл", a person's name or a
# clause after the Russian form (a capital word after "айыл окмоту" could be the okmotu's own name)
UNNAMED_HEAD = re.compile(
    r"(?<![\w-])(?<![A-ZА-ЯЁӨҮҢ][\w-]\s)(?:[Аа]йыл\s+[өо]км[өо]т[үу]н[үу]н\s+башчысы(?!\w)"
    r"|[Гг]лав(?:а|ой|е|у)\s+айыл\s+окмоту(?=\s+[A-ZА-ЯЁӨҮҢ][а-яёөүң]+\s+[A-ZА-ЯЁӨҮҢ][а-яёөүң]+|\s*[,.;—–]))")
# where the text names the aimak: "Тепе-Коргон айыл аймагында", "в Тепе-Коргонском айылном аймаке"
_AIMAK_BEFORE = re.compile(rf"({_NAME})\s+айыл\s+аймаг\w*|({_NAME})(?:ск|цк)\w+\s+айыл[ьн]\w+\s+аймак\w*")


_WORD_BEFORE = re.compile(r"([\w-]+)[^\S\n]+$")


def okmotu_of_named_aimak(m: re.Match[str]) -> str | None:
    """The ayil okmotu of the ayil aimak the text named last before ``m`` (within 400 characters)."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if before is not None and before.group(1)[:1].isupper():
        return None  # "Ибраим айыл өкмөтүнүн башчысы": a capital right before may be the okmotu's own name
    for found in reversed(list(_AIMAK_BEFORE.finditer(m.string, max(0, m.start() - 400), m.start()))):
        written = found.group(1) or found.group(2)
        # the Kyrgyz aimak keeps its Kyrgyz spelling (Көк-Ой is Kok-Oy, not the Russian-spelt Kek-Oy)
        name = ayil_okmotu_name(written, f"{written} айыл өкмөтү" if found.group(1) else found.group(0))
        if name:
            return name
    return None
