"""One plural legal form before several quoted names: each name is a body of that form.

"руководители муниципальных предприятий «Жашыл шаар» и «Таза суу»" names two municipal
enterprises, "общественных объединений «Нур», «Ак-Ниет» и «Мурас»" three associations; only the
first name stands right after the form, the others follow it in a list.  A singular form
("ОО «Нур» и «Мурас»") may be followed by a project or an event title, so it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Russian plural genitive / instrumental / nominative of the forms ``unseen_orgs`` reads
_PLURAL_FORM = re.compile(
    r"(?<!\w)(?:муниципальн\w*\s+предприяти(?:й|ями|я|ях)|общественн\w*\s+(?:объединени(?:й|ями|я)|фонд(?:ов|ами|ы)"
    r"|организаци(?:й|ями|и))|компани(?:й|ями|и)(?=\s*«)|ассоциаци(?:й|ями)|(?-i:АВП)"
    # "члены кооперативов «Нариман Сүт» и «Талдык Аялдары»": two cooperatives
    r"|(?P<farm>сельскохозяйственн\w*\s+)?кооператив(?:ов|ами|ы|ах))\s*(?=«)", re.IGNORECASE)
_STEMS = ("муниципальн", "общественн", "компани", "ассоциаци", "авп", "кооператив")
_NEXT = re.compile(r"\s*(?:,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+)(?=«)")
_SINGULAR = {"предприяти": "муниципальное предприятие", "объединени": "общественное объединение",
             "фонд": "общественный фонд", "организаци": "общественная организация", "компани": "компания",
             "ассоциаци": "ассоциация", "авп": "АВП", "кооператив": "кооператив"}

Quoted = Callable[[str, int], "tuple[str, int] | None"]


def listed_after_plural_form(text: str, quoted_span: Quoted) -> list[tuple[int, int, str, str]]:
    """``(start, end, singular form, name)`` of each quoted name after the first one in a list
    governed by a plural legal form."""
    out: list[tuple[int, int, str, str]] = []
    if "«" not in text:
        return out
    # every alternative holds one of these stems; casefold covers what IGNORECASE matches (no regex pass
    # over a text that names no such form, most texts)
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return out
    for m in _PLURAL_FORM.finditer(text):
        first = quoted_span(text, m.end())
        if first is None:
            continue
        form = "сельскохозяйственный кооператив" if m.group("farm") else next(
            v for k, v in _SINGULAR.items() if k in m.group().lower())
        pos = first[1]
        while (sep := _NEXT.match(text, pos)) is not None and (nxt := quoted_span(text, sep.end())) is not None:
            out.append((sep.end(), nxt[1], form, nxt[0]))
            pos = nxt[1]
    return out
