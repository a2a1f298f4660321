"""A sentence that goes on about the earlier time its previous sentence told ("Былтыр биринчи орунду Боо-Терек
алган. Анда байге фонду 600 миң сом болчу", "В прошлом году форум прошел в Оше. Тогда в нем участвовали 300
человек", "Last year … At the time the prize fund was …"): its figures belong to that time, not the event."""

from __future__ import annotations

import re

# "Анда", "Ал кезде", "Ошондо", "Тогда", "В тот раз", "At the time", "Then", "That year": the time just told.
_THEN_OPENING = re.compile(
    r"\W*(?:анда|ал\s+кезде|ал\s+учурда|ошондо|ошол\s+жылы|тогда|в\s+тот\s+(?:раз|год|день|момент)|"
    r"в\s+то\s+время|at\s+(?:that|the)\s+time|then|that\s+year|on\s+that\s+occasion)(?![а-яa-z])")


def opens_with_then(folded: str, s_start: int, s_end: int) -> bool:
    return bool(_THEN_OPENING.match(folded, s_start, s_end))
