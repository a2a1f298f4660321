"""People given certificates or whose qualifications were raised are people trained, whatever the word
order; English "specialists" are people."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("Удостоверения по итогам курса получили 46 слушателей.", 46),
    ("Сертификаты в конце семинара вручили 31 участнику.", 31),
    ("По окончании курса 19 пожарных получили удостоверения.", 19),
    ("Курсту толук аяктаган 22 катышуучуга сертификат берилди.", 22),
    ("Семинардан кийин 17 катышуучунун баарына сертификат ыйгарылды.", 17),
    ("Долбоордун алкагында 640 дарыгер квалификациясын жогорулатты.", 640),
    ("Thirty-four specialists completed a three-day course.", 34),
    ("After the course 26 nurses were awarded certificates.", 26),
])
def test_certified_are_people_trained(text: str, value: float) -> None:
    assert ("people_trained", "total", value, "person") in indicator_tuples(text, skip_dates=True)


def test_certificates_for_a_contest_are_no_training() -> None:
    found = indicator_tuples("Конкурска 40 окуучу катышты, жеңүүчүлөргө баалуу белектер тапшырылды.", skip_dates=True)
    assert not any(t[0] == "people_trained" for t in found)
