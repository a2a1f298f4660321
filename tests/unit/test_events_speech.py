"""An event a speaker recalls in direct speech is no event the report tells."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract
from etl.extract.events_speech import in_speech
from etl.text import fold


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"]]


def test_ru_speaker_recalls_a_contest() -> None:
    text = ("В Джалал-Абаде обсудили школьное питание\n\nДжалал-Абад, 11 марта 2025 г. — 10 марта 2025 года в "
            "мэрии прошла встреча родителей с управлением образования. В ней участвовали 45 человек.\n\n"
            "«В январе мы провели конкурс среди школьных столовых, и победители получили новое оборудование», — "
            "рассказала начальник управления.\n")
    assert _types_dates(text) == [("meeting", "2025-03-10")]


def test_ky_speaker_recalls_a_forum() -> None:
    text = ("Кочкордо жаштар менен жолугушуу болду\n\nКочкор, 5-апрель 2025-жыл. 2025-жылдын 4-апрелинде Кочкор "
            "айылында аким жаштар менен жолугушту. Жолугушууга 60 жаш катышты.\n\n"
            "«Ушул жерде 2-мартта жаштар форуму болуп өттү, ага бүт райондон 300 жаш келди», — деди аким.\n")
    assert _types_dates(text) == [("meeting", "2025-04-04")]


def test_a_quoted_title_is_no_speech() -> None:
    folded = fold("Прошел тренинг «Как провести круглый стол» для 20 активистов.")
    assert not in_speech(folded, folded.index("круглый"))
    folded = fold('"When we opened the station, people paid less," said the head.')
    assert in_speech(folded, folded.index("opened"))
    folded = fold("«Мы провели конкурс», — сказала она.")
    assert in_speech(folded, folded.index("конкурс"))


def test_ky_active_past_uyushturdu_tells_a_second_event() -> None:
    text = ("2024-жылдын 5-апрелинде Кочкор айылында жаңы спорт зал ачылды. Аны ачууга 200 тургун катышты.\n\n"
            "Ошол эле күнү айыл өкмөтү мектепте жаштар менен тегерек стол уюштурду. Ага 30 жаш катышты.\n")
    assert [t for t, _ in _types_dates(text)] == ["opening", "round_table"]
