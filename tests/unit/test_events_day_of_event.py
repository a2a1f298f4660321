"""A day of the event ("конференциянын экинчи күнү", "on the second day of the forum") is within it, not
another day; an event another one ended with ("the forum ended with a pitch competition") is the one told."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e.get("start_date")) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "2025-жылдын 10-11-июнунда Нарында конференция болуп өттү. Ага 90 адис катышты.\n\n"
    "Конференциянын экинчи күнү катышуучулар Ат-Башы районуна барып, фермерлердин иши менен таанышышты.",
    "10–11 июня 2025 года в Нарыне прошел форум фермеров. В нем участвовали 90 человек.\n\n"
    "На второй день форума участники посетили теплицы в селе Эки-Нарын.",
    "On 10-11 June 2025 a forum of farmers took place in Naryn, with 90 participants.\n\n"
    "On the second day of the forum participants visited greenhouses in Eki-Naryn.",
])
def test_a_visit_on_a_day_of_the_event_is_part_of_it(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text", [
    "2025-жылдын 10-июнунда Нарында тренинг өттү. Ага 30 мугалим катышты.\n\n"
    "Эртеси күнү катышуучулар Ат-Башы районуна барып, мектептердин иши менен таанышышты.",
    "10 июня 2025 года в Нарыне прошел тренинг для 30 учителей.\n\n"
    "На следующий день участники посетили школы в селе Эки-Нарын.",
])
def test_a_visit_on_the_next_day_is_still_an_event_of_its_own(text: str) -> None:
    assert [t for t, _ in _events(text)] == ["training", "visit"]


@pytest.mark.parametrize("text", [
    "From 3 to 5 October 2025 the Osh Youth Forum took place with 150 participants.\n\n"
    "On the last day, 5 October, the forum ended with a business plan competition. Six teams reached the final.",
    "С 3 по 5 октября 2025 года в Оше прошел молодежный форум, в нем участвовали 150 человек.\n\n"
    "В последний день, 5 октября, форум завершился конкурсом бизнес-планов. В финал вышли шесть команд.",
    "2025-жылдын 3-5-октябрында Ошто жаштар форуму өттү, ага 150 жаш катышты.\n\n"
    "Акыркы күнү, 5-октябрда, форум бизнес-пландардын сынагы менен аяктады. Финалга алты команда чыкты.",
])
def test_the_event_a_forum_ended_with_is_told_on_its_day(text: str) -> None:
    assert _events(text) == [("forum", "2025-10-03"), ("competition", "2025-10-05")]


@pytest.mark.parametrize("text", [
    "Grants for Batken\n\nOn 21 April 2025 twelve municipalities received grants at a ceremony in Batken.\n\n"
    "Before the ceremony, heads of the municipalities completed a two-day procurement workshop in March.",
    "Гранты для Баткена\n\n21 апреля 2025 года на церемонии в Баткене двенадцати муниципалитетам вручили гранты.\n\n"
    "Перед этим, в марте, главы муниципалитетов прошли двухдневный тренинг по закупкам.",
    "Баткенге гранттар\n\n2025-жылдын 21-апрелинде Баткенде 12 айыл аймакка гранттар тапшырылды.\n\n"
    "Буга байланыштуу март айында айыл өкмөт башчылары үчүн эки күндүк тренинг өткөрүлгөн.",
])
def test_an_event_told_in_a_month_of_its_own_is_another_event_without_the_first_ones_date(text: str) -> None:
    assert _events(text) == [("grant_award", "2025-04-21"), ("training", None)]
