"""Visitors of an exhibition, a fair or a site, and people showing their goods there, are participants;
employers offering vacancies and people presenting reports are not counted as such."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "value"), [
    # Kyrgyz: touring a place, whatever names it (a pronoun, a museum)
    ("Жарманкеге 42 чарба продукциясын алып келди. Эки күндүн ичинде аны 350дөн ашык дыйкан кыдырды.", 350),
    ("Музейди жума ичинде 250 окуучу зыярат кылды.", 250),
    ("Паркты майрам күнү 700дөй тургун кыдырышты.", 700),
    # English passive
    ("In its first week the exhibition was visited by some 400 people.", 400),
    ("Over the weekend the fair was visited by about 2,000 residents.", 2000),
    ("The demonstration plots have been visited by 85 farmers.", 85),
    # showing one's goods
    ("Свои изделия — ковры, вышивку, украшения — представили более 60 мастеров из трех районов.", 60),
    ("На выставке свою продукцию представили 35 фермеров.", 35),
    ("Свои работы представили 14 молодых художников.", 14),
    ("Жарманкеде 45 уста өз буюмдарын көргөзүштү.", 45),
    ("More than 40 artisans showcased their crafts at the fair.", 40),
    # craftsmen are people
    ("В ярмарке участвовали более 60 мастеров из трех районов.", 60),
    ("Жарманкеге 45 уста катышты.", 45),
    ("Twenty-two local potters and weavers showcased their work in the museum courtyard.", 22),
    ("В ярмарке участвовали 12 гончаров и ткачих.", 12),
])
def test_visitors_and_exhibitors_are_participants(text: str, value: float) -> None:
    assert ("participants", "total", value, "person") in _read(text)


@pytest.mark.parametrize("text", [
    "Свои вакансии представили более 30 работодателей — швейные цеха и строительные компании.",
    "На ярмарке вакансии представили 25 крупных работодателей.",
    "Эксперты представили 5 докладов.",
    "Мастер-класс провели 3 мастера.",
])
def test_employers_and_reports_are_not_participants(text: str) -> None:
    assert not [t for t in _read(text) if t[0] == "participants"]
