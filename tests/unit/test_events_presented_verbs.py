""""Представила результаты", "тааныштырышты": the verb that presents a study or its results holds a
presentation, as "прошла презентация" does."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"], e["end_date"]) for e in extract(doc).to_dict()["events"]]


def test_ru_results_presented_then_a_training_are_two_events() -> None:
    text = ("Итоги мониторинга и тренинг для соцработников в Кочкоре\n\n"
            "## Итоги мониторинга\n\n"
            "10 марта 2026 года в селе Кочкорка общественный фонд «Аракет» представил результаты мониторинга "
            "социальных услуг. На презентации собрались 45 человек.\n\n"
            "## Тренинг\n\n"
            "На следующий день, 11–12 марта, фонд провел тренинг для 20 социальных работников.")
    assert sorted(_dates(text)) == [("presentation", "2026-03-10", "2026-03-10"),
                                    ("training", "2026-03-11", "2026-03-12")]


def test_ru_an_assessment_presented_the_next_day_is_a_presentation() -> None:
    text = ("5 июня 2025 года в селе Арал прошла встреча с жителями по строительству дамбы. В ней участвовали "
            "90 жителей.\n\nНа следующий день, 6 июня, инженеры представили оценку воздействия на окружающую "
            "среду депутатам айылного кенеша.")
    assert _dates(text) == [("meeting", "2025-06-05", "2025-06-05"), ("presentation", "2025-06-06", "2025-06-06")]


def test_ky_results_made_known_the_next_day_are_a_presentation() -> None:
    text = ("2025-жылдын 7-июлунда Ак-Муз айылында жайыт колдонуучулардын жыйыны өттү. Жыйынга 70 адам "
            "катышты.\n\nЭртеси күнү, 8-июлда, адистер изилдөөнүн жыйынтыктарын айыл өкмөтүнүн "
            "кызматкерлерине тааныштырышты.")
    assert _dates(text) == [("meeting", "2025-07-07", "2025-07-07"), ("presentation", "2025-07-08", "2025-07-08")]


def test_a_speaker_presenting_at_a_training_is_the_training() -> None:
    text = ("12 марта 2026 года в Нарыне прошел тренинг для учителей. В тренинге участвовали 30 учителей. "
            "Эксперт представила результаты исследования о чтении в школах.")
    assert [t for t, _, _ in _dates(text)] == ["training"]


def test_ky_results_made_known_in_the_passive_then_a_training_the_next_day() -> None:
    text = ("2026-жылдын 3-июнунда Нарын шаарында жаштардын жумуш менен камсыз болуусу боюнча изилдөөнүн "
            "жыйынтыктары таанытылды. Иш-чарага 60 студент катышты.\n\nКийинки күнү, 4-июнда, кесиптик "
            "кеңешчилер үчүн тренинг өттү. Тренингге 25 адам катышты.")
    assert _dates(text) == [("presentation", "2026-06-03", "2026-06-03"), ("training", "2026-06-04", "2026-06-04")]


def test_en_a_presentation_followed_by_a_training_is_two_events() -> None:
    text = ("On 3 June 2026 UNDP presented a study on youth employment in Naryn to 60 students. The "
            "presentation was followed by a two-day training for 25 career counsellors on 4–5 June.")
    assert _dates(text) == [("presentation", "2026-06-03", "2026-06-03"), ("training", "2026-06-04", "2026-06-05")]
