"""Bylines, datelines and letterheads in shapes the plain dateline rule (``places_context``) does not
read: where a story was filed or where its publisher sits, not where the event took place.

- "Азаттык, Баткен · 21-март, 2025 · 10:15": an outlet, the place, then the date between separators;
- "27 June 2022 | Bishkek | Reading time: 3 min": the date, then the place as a field of its own;
- "... пресс-релизи · Нарын, 2024-жылдын 16-майы": a field of the place and the date after a separator;
- "Жалал-Абад облусу, 2024-жылдын 8-ноябры. Бүгүн ...": a dateline whose place carries a level word,
  heading the first sentence (the labels count such a line standing alone over the text);
- "Жалал-Абад облусу, Тогуз-Торо району. Министр ...": a dateline of units ending in a full stop;
- "Ошская область, Алайский район, с. Сары-Таш. Тел.: 0779 ...": an organization's address line.
"""

from __future__ import annotations

import re

# The place, then a separator and a date (a digit within a few words) on the same short line.
_SEPARATED_DATE = re.compile(r"[^\S\n]*[·|•][^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,2}\d")
# A dateline's level word, a comma and a date: "облусу, 2024-жылдын 8-ноябры", "области, 12 мая".
_LEVEL_DATELINE = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:(?:19|20)\d\d[-\s]?жыл\w*[^\S\n]+\d|\d{1,2}[-\s]?[^\W\d_]+|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"[^\W\d_]+[^\S\n]+\d{1,2}\b)")
# A dateline of units without a date: "Жалал-Абад облусу, Тогуз-Торо району. Министр ...", "Чуйская
# область, Сокулукский район. Сегодня ...": the chain of units ends with a level word and a full stop.
_UNIT_DATELINE = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:[^\W\d_][\w-]*[^\S\n]+){1,3}?(?:район\w*|district|шаары|город\w*|city|"
    r"айыл\s+аймаг\w*|айылн\w+\s+аймак\w*)\.[^\S\n]+(?=\S)", re.IGNORECASE)
# A phone on the line: "Тел.: 0779 55 12 80", "Tel: +996 ...", "тел. (3222) ...".
_PHONE = re.compile(r"(?<![^\W\d_])(?:тел|tel|phone|телефон)\.?:?[^\S\n]*[+(\d]", re.IGNORECASE)
# A date, then a separator right before the name; the name ends its field ("27 June 2022 | Bishkek | ...").
_DATE_FIELD_BEFORE = re.compile(r"^[^\S\n]*[*_]*[^\S\n]*(?:\d{1,2}[^\S\n]+[^\W\d_]+\.?,?[^\S\n]+\d{4}|[^\W\d_]+\.?[^\S\n]+"
                                r"\d{1,2},?[^\S\n]+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[^\S\n]*[|·•][^\S\n]*$", re.MULTILINE)
_SEPARATOR_BEFORE = re.compile(r"[|·•][^\S\n]*$")
_FIELD_END = re.compile(r"[^\S\n]*(?:[|·•]|$)", re.MULTILINE)
_LINE_PREFIX = re.compile(r"[^\S\n]*(?:[*_#>]+[^\S\n]*)?$")


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, b if b >= 0 else len(text)


def byline(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` (``end`` past its level word) is a byline's, a dateline's or an
    address line's place."""
    a, b = _line(text, start)
    if b - a <= 90 and _SEPARATED_DATE.match(text, end) and not text[a:b].lstrip().startswith("|"):  # a table row is content
        return True  # "Азаттык, Баткен · 21-март, 2025"
    if b - a <= 120 and _DATE_FIELD_BEFORE.search(text, a, start) and _FIELD_END.match(text, end):
        return True  # "27 June 2022 | Bishkek | Reading time: 3 min": a field of its own after the date
    if b - a <= 160 and _SEPARATOR_BEFORE.search(text, max(a, start - 4), start) and _LEVEL_DATELINE.match(text, end):
        return True  # "... пресс-релизи · Нарын, 2024-жылдын 16-майы": the place and date of a byline's field
    dateline = _LEVEL_DATELINE.match(text, end)
    if dateline and _LINE_PREFIX.fullmatch(text, a, start) and _has_level(text, start, end) \
            and len(text[dateline.end():b].strip()) > 20:
        return True  # "Жалал-Абад облусу, 2024-жылдын 8-ноябры. Бүгүн ...": it heads the body's first sentence
    unit_line = _UNIT_DATELINE.match(text, end)
    if unit_line and _LINE_PREFIX.fullmatch(text, a, start) and _has_level(text, start, end) \
            and len(text[unit_line.end():b].strip()) > 20:
        return True  # the chain heads the body's first sentence: its first unit is a dateline's
    return b - a <= 160 and bool(_PHONE.search(text, end, b))


def _has_level(text: str, start: int, end: int) -> bool:
    """The span holds a name and a level word (a bare "Naryn, 16 May" is the plain dateline rule's)."""
    return " " in text[start:end].strip()
