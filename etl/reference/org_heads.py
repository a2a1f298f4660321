"""A body named through its head who speaks at the event takes part in it.

"— деди Кара-Суу райондук аялдар кеңешинин төрайымы Мукадас Ахмедова", "председатель Нарынского
областного совета ветеранов Асан Усенов отметил", "the chair of the Naryn Women's Council, Aida
Asanova, said": the council's chairwoman stands for it.  Descriptive bodies (``org_phrases``) with no
cue are otherwise dropped as background; a named head with a personal name is no background.
"""

from __future__ import annotations

import re

_PERSON = r"[A-ZА-ЯЁӨҮҢ][a-zа-яёөүң]+(?:\s+[A-ZА-ЯЁӨҮҢ][a-zа-яёөүң]+|\s*[A-ZА-ЯЁӨҮҢ]\.)"
_KY_HEAD_AFTER = re.compile(
    rf"[»\"”]?\s+(?:т[өо]райым|т[өо]рага|жетекчи|башчы|директор|координатор)\w*\s+{_PERSON}", re.IGNORECASE)
_HEAD_BEFORE = re.compile(
    r"(?:председател|руководител|директор|координатор|chair(?:woman|person|man)?|head|director|coordinator)\w*"
    r"\s+(?:of\s+)?(?:the\s+)?[«\"“]?$", re.IGNORECASE)
_PERSON_AFTER = re.compile(rf"[»\"”]?,?\s+{_PERSON}")


def speaking_head(text: str, start: int, end: int) -> bool:
    """The body at ``text[start:end]`` is named with its head and the head's personal name."""
    if _KY_HEAD_AFTER.match(text, end, min(len(text), end + 60)):
        return True
    return (_HEAD_BEFORE.search(text, max(0, start - 30), start) is not None
            and _PERSON_AFTER.match(text, end, min(len(text), end + 50)) is not None)
