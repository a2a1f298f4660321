"""Session 9's indicator rules: report sections, budget sizes, facility users, officials named as a part."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered finance or plans section covers its un-bulleted paragraphs up to the next numbered heading
    ("2. Мероприятия\n\nВ семинаре приняли участие 20 человек.\n\n3. Финансовая информация\n\n"
     "За месяц израсходовано 150 000 сомов.\n\nОстаток — 40 000 сомов.\n\n4. План на май\n\n"
     "Тренинг для 25 учителей.\n\nКонкурс: 3 гранта.\n",
     [("participants", "total", 20, "person")]),
    ("В семинаре приняли участие 20 человек.\n\n3. Накопительные показатели проекта (с марта 2022 г.)\n\n"
     "- Обучено учителей: 140\n- Охвачено школ: 12\n",
     [("participants", "total", 20, "person")]),
    # a budget stated whole, a loan, a span's allocation: not money given at the event
    ("The centre cost KGS 3 million. The programme has a total budget of USD 12 million.",
     [("funding_amount", "total", 3_000_000, "KGS")]),
    ("Общий кредит банка на проект составляет 20 млн долларов США.", []),
    ("Правительство выделило на вторую фазу проекта (2026–2029) 4 млн долларов.", []),
    ("На ярмарке реализовано продукции на 2,1 млн сомов.", []),
    # the people a facility takes in
    ("Теперь детский сад примет 90 детей.", [("beneficiaries", "total", 90, "person")]),
    ("In total, 30 people will live in the renovated homes.", [("beneficiaries", "total", 30, "person")]),
    ("Ожидается, что ежегодно здесь будут получать помощь 200 детей.", []),
    ("Всего в школе учатся 1 200 детей.", []),
    # places still not provided are the area's state, not covered
    ("По данным департамента, в области ещё 40 сёл не обеспечены питьевой водой.", []),
    # officials named as a part, or with the body's adjective between
    ("Во встрече приняли участие 12 человек, в том числе 5 представителей районных органов.",
     [("participants", "total", 12, "person"), ("officials_participants", "total", 5, "person")]),
    ("За столом собрались 30 участников. Девять из них представляли государственные органы.",
     [("participants", "total", 30, "person"), ("officials_participants", "total", 9, "person")]),
    ("В нём участвовали 15 руководителей компаний.", [("participants", "total", 15, "person")]),
    # a split opening "Among them were" after a long total sentence
    ("The forum brought together 120 participants — guesthouse owners, guides, craftswomen and local "
     "officials from the ayil aimaks of the valley and the district centre. Among them were 50 women and 65 men.",
     [("participants", "total", 120, "person"), ("participants", "female", 50, "person"),
      ("participants", "male", 65, "person")]),
    # the writer's history, even "according to the organizers"
    ("В тренинге приняли участие 20 человек. Проект реализуется с 2019 года. За это время, по словам "
     "организаторов, более 500 человек прошли обучение.", [("participants", "total", 20, "person")]),
])
def test_session9_rules(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _read(text) == expected
