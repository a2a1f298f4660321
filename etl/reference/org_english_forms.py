"""English texts that put the legal form before an unquoted name: "the youth network Jer Ene",
"the public foundation Ak-Bulak".  The name is the capitalized words right after the form; the
English name puts the form after it ("Jer Ene Youth Network"), as for "ОФ «Ак-Булак»"."""

from __future__ import annotations

import re

_FORMS = {"youth network": "Youth Network", "youth group": "Youth Group", "youth movement": "Youth Movement",
          "public foundation": "Public Foundation", "public association": "Public Association",
          "initiative group": "Initiative Group", "women's council": "Women's Council",
          # a municipal utility named after its form: "the municipal water company Balykchy-Suu"
          "municipal enterprise": "Municipal Enterprise", "municipal company": "Municipal Enterprise",
          "municipal water company": "Municipal Enterprise", "municipal utility": "Municipal Enterprise"}
_FORM_THEN_NAME = re.compile(
    r"(?<![\w-])(youth\s+network|youth\s+group|youth\s+movement|public\s+foundation|public\s+association"
    r"|initiative\s+group|women['’]s\s+council|municipal\s+(?:water\s+)?(?:enterprise|company|utility))[^\S\n]+((?:[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*){0,5})")
_NOT_NAME = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "With", "And", "Of", "From", "To", "Kyrgyz",
                       "Kyrgyzstan", "Republic", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                       "Saturday", "Sunday"})


def form_before_english(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of each lower-case form followed by a capitalized name."""
    out: list[tuple[int, int, str]] = []
    if not any(w in text for w in ("youth", "public", "initiative", "council", "municipal")):
        return out
    for m in _FORM_THEN_NAME.finditer(text):
        words = []
        for w in m.group(2).split():
            if w in _NOT_NAME:
                break
            words.append(w)
        if not words:
            continue
        form = _FORMS[re.sub(r"\s+", " ", m.group(1)).replace("’", "'").lower()]
        end = m.start(2) + len(" ".join(words))  # the name's words are single-spaced here
        if text[m.start(2):end] != " ".join(words):
            continue  # a line break or double space inside: read no further
        out.append((m.start(1), end, f"{' '.join(words)} {form}"))
    return out
