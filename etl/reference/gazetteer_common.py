"""Villages, ayil aimaks and settlements whose names are everyday Kyrgyz or Russian words ("Тынчтык"
peace, "Достук" friendship, "Ынтымак" harmony, "Кеңеш" council, "Октябрь", "Прогресс", "Искра"):
capitalised at a sentence's start, in a title or as a quoted name, they are read as the word.  Such a
name, written bare (no level word such as айылы / село / ayil aimak), counts only when its district or
aimak is named in the same sentence (``Unit.needs_context``); with a level word it is a place as any other.

The list was drawn from the words that the ~1,400 reports of the corpus write in lower case as often as
any village name: it is about the language, not about any report."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.reference.gazetteer import Gazetteer

# folded keys (ө ү ң as о у н), as ``translit.name_key`` writes them
COMMON_WORD_NAMES = frozenset({
    "тынчтык", "кенеш", "октябрь", "чарба", "маданият", "алга", "арал", "келечек", "курулуш", "дыйкан", "алма",
    "ынтымак", "жээк", "совет", "агроном", "бирдик", "бирлик", "жангак", "улгу", "коммуна", "кыймыл", "талаа",
    "дарыя", "толук", "достук", "жениш", "умут", "прогресс", "дружба", "восток", "заря", "рассвет", "искра",
    "комсомол", "ырыс", "бакыт", "эркин", "ударник", "пионер",
})
_LOW = frozenset({"village", "ayil_aimak", "settlement"})


def mark_common_word_names(gaz: Gazetteer) -> None:
    """Every low-level unit one of whose names is an everyday word needs its parent nearby."""
    for key in COMMON_WORD_NAMES:
        for uid, _kind in gaz.keys.get(key, ()):
            unit = gaz.units[uid]
            if unit.level in _LOW:
                unit.needs_context = True
