"""A renovated or newly built building handed over at a ceremony is an opening (ky, ru, en); goods handed
over stay no opening."""

from __future__ import annotations

import pytest

from etl.extract.event_keywords import keyword_types
from etl.text import fold


def kinds(text: str) -> set[str]:
    t = fold(text)
    return {k for _, k in keyword_types(t, 0, len(t))}


@pytest.mark.parametrize("text", [
    "On 9 April 2025 the handover ceremony of the rehabilitated health post in Kara-Suu village took place.",
    "On 9 April 2025 the district handed over the newly built kindergarten to the community.",
    "9 апреля 2025 года состоялась передача отремонтированного здания ФАПа жителям села.",
    "2025-жылдын 9-апрелинде оңдолгон бала бакча айыл тургундарына салтанаттуу түрдө тапшырылды.",
    "2025-жылдын 9-апрелинде жаңы курулган мектеп пайдаланууга өткөрүп берилди.",
])
def test_a_renovated_building_handed_over_is_an_opening(text: str) -> None:
    assert "opening" in kinds(text)


@pytest.mark.parametrize("text", [
    "On 9 April 2025 the project handed over two tractors to the cooperative.",
    "9 апреля 2025 года состоялась передача оборудования школе.",
])
def test_goods_handed_over_are_no_opening(text: str) -> None:
    assert "opening" not in kinds(text)
