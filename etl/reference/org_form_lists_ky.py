"""Several quoted names before one Kyrgyz plural legal form: each is a body of that form.

Kyrgyz puts the form after the names and in the plural: "«Нур», «Ак-Ниет» жана «Мурас» коомдук
бирикмелери" names three public associations, '"Кара-Дарыя" жана "Ак-Терек Суу" суу
пайдалануучулар ассоциацияларынын' two water users associations.  Only the last name stands next to
the form (and a plural form is no singular one), so without this the earlier names are lost.
"""

from __future__ import annotations

import re

_Q = r"[«\"“]([^«»\"“”\n]{1,60})[»\"”]"
_PLURALS = (  # plural form (its stem, case endings follow) → the singular form ``unseen_orgs`` renders
    (r"коомдук\s+бирикмелер", "коомдук бирикмеси"), (r"коомдук\s+фонддор", "коомдук фонду"),
    (r"коомдук\s+уюмдар", "коомдук уюму"), (r"СПАлар", "СПА"),
    (r"суу\s+пайдалануучу(?:лар|лардын)\s+ассоциацияларын|суу\s+пайдалануучу(?:лар|лардын)\s+ассоциациялар", "СПА"),
    (r"айыл\s+чарба\s+кооперативдер", "айыл чарба кооперативи"),
)
_LIST = re.compile(rf"(?:{_Q}\s*(?:,\s*|\s+жана\s+|\s+и\s+))+{_Q}\s*(?P<form>"
                   + "|".join(f"(?:{p})" for p, _ in _PLURALS) + r")\w*")
_ONE = re.compile(_Q)
_TRIGGER = ("бирикмелер", "фонддор", "уюмдар", "СПАлар", "ассоциациялар", "кооперативдер")


def listed_before_plural_form_ky(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, singular form, name)`` of each quoted name in a list a Kyrgyz plural form follows."""
    out: list[tuple[int, int, str, str]] = []
    if " жана " not in text or not any(word in text for word in _TRIGGER):  # most texts list no names before a plural form
        return out
    for m in _LIST.finditer(text):
        form = next(f for p, f in _PLURALS if re.match(p, m.group("form")))
        for q in _ONE.finditer(text, m.start(), m.start("form")):
            out.append((q.start(), q.end(), form, q.group(1).strip()))
    return out
