"""Committees of the Jogorku Kenesh named by their portfolio, in Russian, Kyrgyz and English.

"депутаты Комитета Жогорку Кенеша по социальной политике", "депутат Жогорку Кенеша, член Комитета
по аграрной политике, водным ресурсам, экологии и региональному развитию", "Жогорку Кеңештин
Аймактык саясат боюнча комитетинин төрагасы", "Жогорку Кеңештин Транспорт, коммуникациялар,
архитектура жана курулуш комитетинин" all name one committee, not the parliament as a whole: the
analyst writes "Jogorku Kenesh Committee on Social Policy".  The portfolio is read item by item
from a glossary of the policy areas committees are named after (any convocation), so a committee
whose portfolio has an unknown word ("тиешелүү комитетине", "the relevant committee") is left to
the parliament's own name.

Runs only on texts whose folded form holds "комитет" or "committee" (one substring test).
"""

from __future__ import annotations

import re

# (Russian dative after "по", Kyrgyz nominative, English) of each policy area; patterns match the
# folded text (lowercase, ө→о, ү→у, ң→н, dashes as spaces)
_AREAS: tuple[tuple[str, str, str], ...] = (
    (r"аграрн\w*\s+политик\w*", r"агрардык\s+саясат\w*", "Agrarian Policy"),
    (r"социальн\w*\s+политик\w*", r"социалдык\s+саясат\w*", "Social Policy"),
    (r"региональн\w*\s+политик\w*", r"аймактык\s+саясат\w*", "Regional Policy"),
    (r"экономическ\w*\s+политик\w*", r"экономикалык\s+саясат\w*", "Economic Policy"),
    (r"фискальн\w*\s+политик\w*", r"фискалдык\s+саясат\w*", "Fiscal Policy"),
    (r"промышленн\w*\s+политик\w*", r"онор\s+жай\s+саясат\w*", "Industrial Policy"),
    (r"молод[её]жн\w*\s+политик\w*", r"жаштар\s+саясат\w*", "Youth Policy"),
    (r"водн\w*\s+ресурс\w*", r"суу\s+ресурс\w*", "Water Resources"),
    (r"экологи\w*", r"экология\w*", "Ecology"),
    (r"региональн\w*\s+развити\w*", r"аймактык\s+(?:онугуу|онуктуруу)\w*", "Regional Development"),
    (r"транспорт\w*", r"транспорт\w*", "Transport"),
    (r"коммуникаци\w*", r"коммуникация\w*", "Communications"),
    (r"архитектур\w*", r"архитектура\w*", "Architecture"),
    (r"строительств\w*", r"курулуш\w*", "Construction"),
    (r"бюджет\w*", r"бюджет\w*", "Budget"),
    (r"образовани\w*", r"билим\s+беруу\w*", "Education"),
    (r"наук\w*", r"илим\w*", "Science"),
    (r"культур\w*", r"маданият\w*", "Culture"),
    (r"спорт\w*", r"спорт\w*", "Sports"),
    (r"здравоохранени\w*", r"саламаттыкты\s+сактоо\w*", "Health Care"),
    (r"социальн\w*\s+защит\w*", r"социалдык\s+коргоо\w*", "Social Protection"),
    (r"международн\w*\s+дел\w*", r"эл\s+аралык\s+иштер\w*", "International Affairs"),
    (r"оборон\w*", r"коргоо\w*", "Defence"),
    (r"безопасност\w*", r"коопсуздук\w*", "Security"),
    (r"миграци\w*", r"миграция\w*", "Migration"),
    (r"конституционн\w*\s+законодательств\w*", r"конституциялык\s+мыйзам\w*", "Constitutional Legislation"),
    (r"государственн\w*\s+устройств\w*", r"мамлекеттик\s+тузулуш\w*", "State Structure"),
    (r"правопорядк\w*", r"укук\s+тартиб\w*", "Law and Order"),
    (r"права?м?\s+человека", r"адам\s+укуктар\w*", "Human Rights"),
    (r"топливно\s+энергетическ\w*\s+комплекс\w*", r"отун\s+энергетика\w*\s+комплекс\w*", "Fuel and Energy Complex"),
    (r"недропользовани\w*", r"жер\s+казына\w*\s+пайдалану\w*", "Subsoil Use"),
    # (last: a longer area wins) "экономической и фискальной политике": two adjectives share one noun
    (r"экономическ\w*(?=\s+и\s)", r"экономикалык(?=\s+жана\s)", "Economic"),
    (r"социальн\w*(?=\s+и\s)", r"социалдык(?=\s+жана\s)", "Social"),
    (r"цифров\w*\s+(?:развити|трансформаци)\w*", r"санариптик\s+(?:онугуу|трансформация)\w*", "Digital Development"),
)
_RU_AREA = re.compile("|".join(f"({ru})" for ru, _, _ in _AREAS))
_KY_AREA = re.compile("|".join(f"({ky})" for _, ky, _ in _AREAS))
_RU_SEP = re.compile(r"\s*,\s*(?:и\s+)?|\s+и\s+")
_KY_SEP = re.compile(r"\s*,\s*(?:жана\s+)?|\s+жана\s+")

_PARLIAMENT = r"жогорку\s+кене(?:ш|н)\w*"
# "Комитета Жогорку Кенеша по …", "комитет по … Жогорку Кенеша", "член Комитета по …" after the parliament
_RU_COMMITTEE = re.compile(rf"комитет\w*\s+(?:({_PARLIAMENT})\s+)?по\s+")
_RU_PARLIAMENT_BEFORE = re.compile(rf"({_PARLIAMENT})[^.;:!?\n]{{0,40}}$")
_RU_PARLIAMENT_AFTER = re.compile(rf"\s+{_PARLIAMENT}")
_KY_COMMITTEE = re.compile(rf"{_PARLIAMENT}\s+")
_KY_TAIL = re.compile(r"\s+(?:боюнча\s+)?комитет\w*")
_EN_COMMITTEE = re.compile(r"(?:jogorku\s+kenesh(?:['’]s)?\s+)?committee\s+on\s+")
_EN_PARLIAMENT_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:jogorku\s+kenesh|parliament)")
_EN_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _english_area(m: re.Match[str]) -> str:
    return _AREAS[next(i for i, g in enumerate(m.groups()) if g is not None)][2]


_EN_AREA = re.compile("|".join(f"({re.escape(en.lower())})" for _, _, en in _AREAS))


def _portfolio(ft: str, pos: int, area: re.Pattern[str], sep: re.Pattern[str]) -> tuple[list[str], int]:
    """The policy areas listed from ``pos`` and where the list ends."""
    areas: list[str] = []
    end = pos
    while True:
        m = area.match(ft, pos)
        if not m:
            break
        areas.append(_english_area(m))
        end = m.end()
        s = sep.match(ft, end)
        if not s:
            break
        pos = s.end()
    return areas, end


def _name(areas: list[str]) -> str:
    listed = ", ".join(areas[:-1]) + " and " + areas[-1] if len(areas) > 1 else areas[0]
    return f"Jogorku Kenesh Committee on {listed}"


def parliament_committees(ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of every Jogorku Kenesh committee named by its portfolio in
    the folded text ``ft``; the span takes in the parliament's name when it opens the phrase."""
    if "комитет" not in ft and "committee" not in ft:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _RU_COMMITTEE.finditer(ft):
        areas, end = _portfolio(ft, m.end(), _RU_AREA, _RU_SEP)
        if not areas:
            continue
        start = m.start()
        if not m.group(1):
            if tail := _RU_PARLIAMENT_AFTER.match(ft, end):
                end = tail.end()
            elif before := _RU_PARLIAMENT_BEFORE.search(ft, max(0, start - 60), start):
                start = before.start(1)
            else:
                continue  # "комитет по делам молодёжи" of a school or a town: no parliament named
        out.append((start, end, _name(areas)))
    for m in _KY_COMMITTEE.finditer(ft):
        areas, end = _portfolio(ft, m.end(), _KY_AREA, _KY_SEP)
        tail = _KY_TAIL.match(ft, end) if areas else None
        if tail:
            out.append((m.start(), tail.end(), _name(areas)))
    for m in _EN_COMMITTEE.finditer(ft):
        areas, end = _portfolio(ft, m.end(), _EN_AREA, _EN_SEP)
        if not areas:
            continue
        after = _EN_PARLIAMENT_AFTER.match(ft, end)
        if "jogorku" in m.group(0) or after or "jogorku" in ft[max(0, m.start() - 60):m.start()]:
            out.append((m.start(), after.end() if after else end, _name(areas)))
    return out
