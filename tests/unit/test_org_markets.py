"""A trade bloc named as a market or export destination is not an organization of the event."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.parametrize("text", [
    "Участники обсудили проблемы сертификации продукции для экспорта в ЕС.",
    "Фермеры хотят выйти на рынки Евросоюза.",
    "Обсудили требования рынка ЕС к сухофруктам.",
    "Кооперативдер Европа Биримдигинин рыногуна чыгууну көздөйт.",
    "Жемиштерди ЕБге экспорттоо талкууланды.",
    "Farmers discussed exports of dried apricots to the EU.",
    "Standards of the EU market were explained.",
])
def test_bloc_as_market(text: str) -> None:
    assert "European Union" not in _names(text)


@pytest.mark.parametrize("text", [
    "Проект финансирует Европейский союз.",
    "Долбоорду Европа Биримдиги каржылайт.",
    "The training was funded by the EU.",
])
def test_bloc_as_funder(text: str) -> None:
    assert "European Union" in _names(text)
