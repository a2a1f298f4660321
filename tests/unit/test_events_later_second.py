"""A later second event told by its verb: "weeks later, on 6 May, they met with the mayor"."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[dict]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()["events"]


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["start_date"]) for e in _events(text)]


def test_ru_met_with_after_a_training_is_a_second_meeting() -> None:
    text = ("3–4 марта 2024 года в городе Таш-Кумыр прошёл семинар для фермеров по капельному орошению.\n\n"
            "Через две недели, 19 марта, выпускники семинара встретились с главой города и депутатами.")
    assert _types_dates(text) == [("training", "2024-03-03"), ("meeting", "2024-03-19")]


def test_ky_menen_jolugushup_after_a_training_is_a_second_meeting() -> None:
    text = ("2024-жылдын 3-4-мартында Таш-Көмүр шаарында фермерлер үчүн семинар өттү.\n\n"
            "Эки жумадан кийин, 19-мартта, семинардын катышуучулары шаардын мэри менен жолугушуп, "
            "сунуштарын беришти.")
    assert _types_dates(text) == [("training", "2024-03-03"), ("meeting", "2024-03-19")]


def test_ky_jolugushtu_with_its_own_date_is_a_second_meeting() -> None:
    text = ("2024-жылдын 3-4-мартында Таш-Көмүр шаарында фермерлер үчүн семинар өттү.\n\n"
            "Бир айдан кийин, 4-апрелде, катышуучулар айыл өкмөтүнүн башчысы менен жолугушту.")
    assert _types_dates(text) == [("training", "2024-03-03"), ("meeting", "2024-04-04")]


def test_en_met_with_a_month_later_is_a_second_meeting() -> None:
    text = ("On 3-4 March 2024 a workshop on drip irrigation was held for farmers in Tash-Kumyr.\n\n"
            "A month later, on 4 April, the graduates met with the mayor of the town.")
    assert _types_dates(text) == [("training", "2024-03-03"), ("meeting", "2024-04-04")]


def test_met_with_during_a_visit_stays_the_visit() -> None:
    text = ("5 марта 2024 года министр посетил Таш-Кумыр. Министр встретился с главой города и "
            "осмотрел больницу.")
    assert [e["event_type"] for e in _events(text)] == ["visit"]


def test_grants_handed_over_or_contracts_signed_are_a_grant_award() -> None:
    for text in ("15 марта 2024 года посольство Германии передало гранты четырём сельским библиотекам Нарына.",
                 "15 марта 2024 года в Нарыне посол подписал грантовые контракты с главами айыл окмоту.",
                 "2024-жылдын 15-мартында Нарында элчи айыл өкмөттөрү менен гранттык келишимдерге кол коюшту.",
                 "2024-жылдын 15-мартында Нарында элчилик гранттарды айыл китепканаларына өткөрүп берди.",
                 "On 15 March 2024 the embassy handed four grants over to village libraries in Naryn."):
        assert [e["event_type"] for e in _events(text)] == ["grant_award"], text


def test_ky_menen_kezdeshti_and_en_met_the_mayor_are_a_second_meeting() -> None:
    ky = ("2024-жылдын 3-4-мартында Таш-Көмүр шаарында фермерлер үчүн семинар өттү.\n\n"
          "Бир айдан кийин, 4-апрелде, катышуучулар айыл өкмөтүнүн башчысы менен кездешти.")
    en = ("On 3-4 March 2024 a workshop on drip irrigation was held for farmers in Tash-Kumyr.\n\n"
          "A month later, on 4 April, the graduates met the mayor of the town.")
    for text in (ky, en):
        assert _types_dates(text) == [("training", "2024-03-03"), ("meeting", "2024-04-04")], text


def test_met_their_trainers_within_a_training_is_no_meeting() -> None:
    text = ("The training took place on 3 March 2024 in Tash-Kumyr. The participants met their trainers "
            "and discussed the programme.")
    assert [e["event_type"] for e in _events(text)] == ["training"]
