"""Pasture committees named after their ayil aimak, one by one or several after one plural head."""

from __future__ import annotations

from etl.reference.org_aimak_bodies import aimak_bodies


def names(text: str) -> list[str]:
    return [name for _, _, name, _ in aimak_bodies(text)]


def test_russian_list_after_a_plural_head() -> None:
    text = "Приехали члены пастбищных комитетов Кенешского, Кочкорского и Ак-Кыянского айылных аймаков."
    assert names(text) == ["Kenesh Pasture Committee", "Kochkorka Pasture Committee", "Ak-Kyyan Pasture Committee"]


def test_kyrgyz_list_before_a_plural_head() -> None:
    text = "Кочкор, Семиз-Бел жана Кара-Суу айыл аймактарынын жайыт комитеттери катышты."
    assert names(text) == ["Kochkorka Pasture Committee", "Semiz-Bel Pasture Committee", "Kara-Suu Pasture Committee"]


def test_one_committee_in_each_language() -> None:
    assert names("Кочкорскому пастбищному комитету передали генератор.") == ["Kochkorka Pasture Committee"]
    assert names("Семиз-Бел жайыт комитетинин төрагасы сүйлөдү.") == ["Semiz-Bel Pasture Committee"]
    assert names("The Semiz-Bel Pasture Committee hosted the visit.") == ["Semiz-Bel Pasture Committee"]


def test_a_district_names_no_single_committee() -> None:
    assert names("Совещание пастбищных комитетов Кочкорского района.") == []
    assert names("Пастбищные комитеты района обсудили план.") == []
