"""The same kind of event held again on a day of its own ("Через два дня, 24 ноября, такие же слушания
прошли в селе Даркан") is a second event; a day of an event told again within its days is that event."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"], e["end_date"]) for e in extract(doc).to_dict()["events"]]


def test_ru_the_same_hearing_again_two_days_later_is_a_second_meeting() -> None:
    text = ("3 октября 2025 года в селе Кок-Ой прошли публичные слушания по местному бюджету. В слушаниях "
            "приняли участие 40 жителей.\n\nЧерез два дня, 5 октября, такие же слушания прошли в селе Арал.")
    assert _dates(text) == [("meeting", "2025-10-03", "2025-10-03"), ("meeting", "2025-10-05", "2025-10-05")]


def test_ky_a_training_again_the_next_day_in_another_village_is_a_second_training() -> None:
    text = ("2025-жылдын 3-октябрында Кочкорка айылында балчылар үчүн тренинг өттү. Тренингге 30 балчы "
            "катышты.\n\nЭртеси күнү, 4-октябрда, ушундай эле тренинг Кара-Суу айылында өткөрүлдү.")
    assert _dates(text) == [("training", "2025-10-03", "2025-10-03"),
                            ("training", "2025-10-04", "2025-10-04")]


def test_a_day_within_the_training_told_again_is_the_same_training() -> None:
    text = ("12–13 марта 2025 года в селе Кочкорка прошел двухдневный тренинг для медицинских сестер. "
            "В тренинге приняли участие 25 медсестер.\n\nНа следующий день, 13 марта, участники тренинга "
            "прошли практические занятия в родильном отделении районной больницы.")
    assert _dates(text) == [("training", "2025-03-12", "2025-03-13")]


def test_the_second_day_of_the_forum_is_no_second_forum() -> None:
    text = ("14 мая 2025 года в Нарыне открылся молодежный форум. В форуме участвуют 120 молодых людей.\n\n"
            "На второй день форума, 15 мая, участники провели дебаты.")
    assert [t for t, _, _ in _dates(text)] == ["forum"]


def test_the_next_day_of_a_three_day_seminar_is_the_same_seminar() -> None:
    text = ("14 мая 2026 года в селе Кочкорка начался трехдневный семинар по капельному орошению для 30 "
            "фермеров.\n\nНа следующий день, 15 мая, занятия семинара прошли на опытном участке, где фермеры "
            "установили систему.")
    assert [t for t, _, _ in _dates(text)] == ["training"]
