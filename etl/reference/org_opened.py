"""A centre whose opening is the event: the facility opened, not a body taking part.

"«Жаштар үйү» борборунун ачылыш аземи болду", "инклюзивный ресурсный центр «Нур Бала» торжественно открыли",
"был открыт обновлённый центр «X»", "the new X Youth Hub was opened": the centre is what was opened, as a new
school or a water system is.  Another mention that gives it a role still counts ("Ачылышка X борборунун
жетекчилиги катышты": its managers came; "X борборунун жаңы кеңсеси ачылды": a body opened its office).
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"центр|борбор|centre|center|үй|уйу|уй\b|hub|хаб|corner|уголок|бурч", re.IGNORECASE)
# the opening right after the name: "… борборунун ачылыш(ы|ына|аземи)", "… борбору ачылды", "центр открыли/открылся"
_OPENED_AFTER = re.compile(
    r"[»\"”]?\)?[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:ачылыш|ачылды|ачылган|(?:торжественно[^\S\n]+|официально[^\S\n]+)?"
    r"(?:открыл|открыт|открыв)|(?:was|has\s+been|were)[^\S\n]+(?:officially[^\S\n]+)?opened)", re.IGNORECASE)
# the opening right before it: "был открыт (новый) центр «X»", "открытие центра «X»", "opened the new X Centre"
_OPENED_BEFORE = re.compile(
    r"(?:открыт\w*|открыли|открылся|открылась|opened|opening\s+of|inaugurated)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?"
    r"(?:[\w-]+[^\S\n]+){0,3}$", re.IGNORECASE)


def opened_facility(text: str, start: int, end: int) -> bool:
    """The centre named at ``text[start:end]`` is what the event opened."""
    if not _HEAD.search(text, start, end):
        return False
    return (_OPENED_AFTER.match(text, end, min(len(text), end + 60)) is not None
            or _OPENED_BEFORE.search(text, max(0, start - 60), start) is not None)
