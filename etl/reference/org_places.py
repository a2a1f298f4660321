"""Place names inside descriptive organization names, by the gazetteer's English name.

Split from ``org_phrases`` (which was near 400 lines); ``unseen_names`` uses it too.
"""

from __future__ import annotations

from etl.reference.govbody_places import RU_ADJ_END
from etl.reference.govbody_places import place_name as _place_name


def place_name(written: str, levels: tuple[str, ...], genitive: bool = False) -> str | None:
    """The gazetteer's English name; a Russian adjective on "-инский" may come from a Kyrgyz name
    on "-ы" (Ат-Башинского района → At-Bashy), which the gazetteer's stems do not try."""
    written = _MIXED_SPELLING.get(written.lower(), written)
    found = _place_name(written, levels, genitive)
    if found is None and (stem := RU_ADJ_END.sub("", written)).endswith("ин"):
        found = _place_name(stem[:-2] + "ы", levels)
    return found


# Kyrgyz texts often write the lake and oblast half in Russian ("Иссык-Көл"), which the gazetteer's
# Kyrgyz and Russian forms both miss and a village "Иссык-Кель" would catch.
_MIXED_SPELLING = {"иссык-көл": "Ысык-Көл", "иссык-кол": "Ысык-Көл", "ысык-куль": "Иссык-Куль"}
