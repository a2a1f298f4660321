"""A place that only scopes an official's title: "Акыйкатчынын Ысык-Көл облусу боюнча өкүлү",
"Кеңеш берүү кызматынын Ош облусу боюнча адиси", "представитель Омбудсмена по Иссык-Кульской области",
"the Ombudsman's representative for Naryn Region".  The region is the post's, not where the reported
event happened (the text says that elsewhere: "Тоң районуна иш сапары менен барды")."""

from __future__ import annotations

import re

# Folded match text (lowercase, ө ү ң as о у н).  Kyrgyz: the name (with its level word) then "боюнча"
# and the post, up to two words between ("боюнча ыйгарым укуктуу өкүлү").
_KY_TITLE_AFTER = re.compile(
    r"[^\S\n]*(?:облусу|району|шаары)?[^\S\n]+боюнча[^\S\n]+(?:[а-я]+[^\S\n]+){0,2}?"
    r"(?:окул[уо]\w*|адис(?:и|тер\w*)|координатор\w*|башчы\w*|жетекчи\w*|торага\w*|директор\w*|кызматкер\w*|"
    r"инспектор\w*|менеджер\w*|эксперт\w*|кенешчи\w*|орун\s+басар\w*)(?![а-я])")
# Russian and English: the post, up to five words (whose representative), then "по" / "for".
_TITLE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:представител[ьяюие]\w*|специалист\w*|координатор\w*|уполномоченн\w*|полпред\w*|инспектор\w*|"
    r"советник\w*|representative|coordinator|specialist|ombudsman\W?s?|adviser|advisor)"
    r"(?:[^\S\n]+[\w«»\"().’'-]+){0,5}?[^\S\n]+(?:по|for)[^\S\n]+$")


def regional_title(ft: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` (``end`` after its level word, if any) scopes an official's post."""
    return bool(_KY_TITLE_AFTER.match(ft, end) or _TITLE_BEFORE.search(ft, max(0, start - 80), start))
