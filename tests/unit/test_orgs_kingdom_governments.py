"""A kingdom's government named with "Kingdom" (Норвегия Королдугунун Өкмөтү, Правительство Королевства
Нидерландов) is the same donor, also typed without Kyrgyz letters."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_kingdom_governments_in_kyrgyz_and_russian() -> None:
    assert org_roles("Жолугушуу Дания Королдугунун Окмотунун колдоосу менен уюштурулду.") == {
        "Government of Denmark": "donor"}
    assert org_roles("При поддержке Правительства Королевства Бельгия прошел тренинг.") == {
        "Government of Belgium": "donor"}
