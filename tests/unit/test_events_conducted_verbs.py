"""A second event told with a verb of conducting: "led the campaign", "ran a clean-up", "акция жүргүзүлдү"."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _types_dates(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"], e["end_date"]) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("verb", ["led the", "ran a", "carried out a", "rolled out a"])
def test_en_campaign_conducted_by_the_trainees_is_an_event(verb: str) -> None:
    text = ("On 2–3 March 2024, the Talas Youth Centre held a training for 30 peer educators.\n\n"
            f"From 10 to 24 March 2024, the peer educators {verb} road safety campaign in 12 schools of Talas.")
    assert _types_dates(text) == [("training", "2024-03-02", "2024-03-03"), ("campaign", "2024-03-10", "2024-03-24")]


def test_ky_campaign_jurguzulgon_after_a_training_is_an_event() -> None:
    text = ("2024-жылдын 12-апрелинде Ноокат районунда медициналык кызматкерлер үчүн тренинг өттү.\n\n"
            "Андан кийин, 2024-жылдын 15-21-апрелинде, мектептерде эмдөө боюнча маалыматтык акция жүргүзүлдү.")
    assert _types_dates(text) == [("training", "2024-04-12", "2024-04-12"), ("campaign", "2024-04-15", "2024-04-21")]


def test_led_to_is_no_event_verb() -> None:
    text = ("On 5 June 2024, the Osh Mayor's Office held a round table on waste sorting.\n\n"
            "A campaign in 2022 led to new bins in the city.")
    assert _types_dates(text) == [("round_table", "2024-06-05", "2024-06-05")]


def test_ru_after_the_opening_the_same_day_a_campaign_is_its_own_event() -> None:
    text = ("12 сентября 2024 года в селе Кочкор открылся новый спортивный зал школы имени Т. Айтматова.\n\n"
            "После открытия в тот же день прошла акция «Чистый Кочкор»: более 100 школьников убрали берег реки.")
    assert _types_dates(text) == [("opening", "2024-09-12", "2024-09-12"), ("campaign", "2024-09-12", "2024-09-12")]


def test_ky_after_the_opening_the_same_day_a_campaign_is_its_own_event() -> None:
    # planting trees is what the campaign did, its figures no figure of the opening
    text = ("2024-жылдын 12-сентябрында Кочкор айылында мектептин жаңы спорт залы ачылды. Зал Германиянын "
            "элчилигинин колдоосу менен курулду.\n\nАчылыштан кийин ошол эле күнү «Таза Кочкор» акциясы өттү: "
            "100дөн ашык тургун жана райондук администрациянын кызматкерлери 500 көчөт тигишти. Акцияга «Жашыл "
            "айыл» коомдук бирикмеси өнөктөш болду.")
    assert _types_dates(text) == [("opening", "2024-09-12", "2024-09-12"), ("campaign", "2024-09-12", "2024-09-12")]
