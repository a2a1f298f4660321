"""Money beside the event that was not given in it: what one item cost, goods sold (the Kyrgyz participle
too), and a closing block headed by a bare "About"."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize(("text", "total"), [
    ("Общая стоимость переданных ульев составила 900 тыс. сомов. Один улей обошёлся примерно в 30 тыс. сомов.", 900e3),
    ("Школе передали 12 компьютеров на 720 тыс. сомов; один компьютер стоил 60 тыс. сомов.", 720e3),
    ("The equipment handed over was worth KGS 500,000 in all. Each sewing machine cost about KGS 25,000.", 500e3),
])
def test_one_item_cost_is_no_total(text: str, total: float) -> None:
    assert [t[2] for t in _money(text)] == [total]


@pytest.mark.parametrize("text", [
    "Уюштуруучулар дыйкандар эки күндө 420 миң сомдук продукция сатканын билдиришти.",
    "Төрага чеберлер 300 миң сомдук буюм сатышканын айтты.",
])
def test_goods_sold_participle(text: str) -> None:
    assert _money(text) == []


def test_bare_about_heading_closes_the_report() -> None:
    text = ("On 4 June 2024 the Green Road group held a tree-planting campaign in Bishkek; 80 volunteers took part.\n\n"
            "About\n\nGreen Road is a youth group founded in 2020. The project budget is USD 22,000.\n")
    assert _money(text) == []
