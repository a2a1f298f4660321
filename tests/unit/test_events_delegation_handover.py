"""A delegation that came and met the akim is a visit; goods received or listed before the verb are a handover,
on the visit's day when told "the same day"."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return sorted((e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"])


KY = ("Кочкор районунда 25 фермерге жабдуулар тапшырылды\n\n"
      "2024-жылдын 14-майында «Мерси Корпс» уюмунун делегациясы Нарын облусунун Кочкор районуна келип, райондун "
      "акими менен жолугушту.\n\n"
      "Ошол эле күнү Кочкор айыл аймагынан келген 25 фермерге суу насостору, трактор жана үрөндөр тапшырылды.")


def test_ky_delegation_came_and_met_is_a_visit_and_the_headline_handover_is_on_its_day() -> None:
    assert _types_dates(KY) == [("other", "2024-05-14"), ("visit", "2024-05-14")]


def test_ru_goods_received_the_same_day_are_a_handover() -> None:
    text = ("14 мая 2024 года делегация организации «Мерси Корпс» посетила Кочкорский район Нарынской области и "
            "провела встречу с акимом района.\n\n"
            "В тот же день 25 фермеров из Кочкорского айыл аймака получили тракторы, насосы и семена.")
    assert _types_dates(text) == [("other", "2024-05-14"), ("visit", "2024-05-14")]


def test_ru_results_of_a_small_grants_competition_are_a_grant_award() -> None:
    text = ("Посольство Германии подвело итоги конкурса малых грантов для школ. Церемония объявления победителей и "
            "вручения сертификатов прошла 5 марта 2024 года в Караколе.\n\n"
            "По итогам конкурса гранты получили шесть школ Иссык-Кульской области.")
    assert _types_dates(text) == [("grant_award", "2024-03-05")]


def test_en_winners_of_a_grants_competition_announced_are_a_grant_award() -> None:
    text = ("On 5 March 2024 in Karakol, the Embassy of Germany announced the winners of its small grants "
            "competition for schools: six schools of Issyk-Kul Region will receive up to EUR 5,000 each.")
    assert _types_dates(text) == [("grant_award", "2024-03-05")]
