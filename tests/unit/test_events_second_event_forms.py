"""A second event told in forms the extractor missed: a course held on the following days, a fair named by its
season, a handover told again after a page header ending in "!", and an English range "from October 14 to 16"."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.dates import find_dates
from etl.text import fold


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date, e.end_date) for e in extract(doc).events]


@pytest.mark.parametrize("course", [
    "Over the next two days, 9 and 10 April, the trainers held a course on bookkeeping for 20 farmers.",
    "On 9–10 April 2025, the agency ran a two-day course in first aid for 20 teachers.",
    "On 9 and 10 April, nurses from the district conducted a short course for 20 mothers on newborn care.",
])
def test_a_course_held_after_an_opening_is_a_training_of_its_own(course: str) -> None:
    text = ("Title\n\nOn 8 April 2025, a new veterinary point opened in the village of Kyzyl-Tuu. "
            f"About 40 residents attended.\n\n{course}")
    assert _events(text) == [("opening", "2025-04-08", "2025-04-08"), ("training", "2025-04-09", "2025-04-10")]


@pytest.mark.parametrize("text", [
    "Of course, the farmers on the course on pricing said it was useful.",
    "In the course of the year, the project supported 12 cooperatives.",
])
def test_course_without_its_holding_is_no_training(text: str) -> None:
    assert [t for t, _, _ in _events("Title\n\n" + text)] != ["training"]


@pytest.mark.parametrize("fair", [
    "On May 17, the district spring fair opened in Kochkorka.",
    "On May 17, an annual fair was held on the central square of Kochkorka.",
    "On May 17, the harvest fair of the OVOP groups took place in Karakol.",
])
def test_a_fair_named_by_its_season_or_reach_is_another_event(fair: str) -> None:
    text = f"Title\n\nFrom May 12 to 14, 2025, JICA held a training on packaging for 30 producers.\n\n{fair}"
    assert _events(text) == [("training", "2025-05-12", "2025-05-14"), ("other", "2025-05-17", "2025-05-17")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The training ran from October 14 to 16, 2025 in Tup.", (10, 14, 10, 16)),
    ("The course took place October 14 through 16, 2025.", (10, 14, 10, 16)),
    ("Open from March 1 till 15.", (3, 1, 3, 15)),
])
def test_an_english_range_within_one_month(text: str, expected: tuple[int, int, int, int]) -> None:
    (d,) = find_dates(fold(text))
    assert (d.m1, d.d1, d.m2 or d.m1, d.d2) == expected


def test_a_day_then_a_count_is_no_range() -> None:
    (d, *_) = find_dates(fold("On May 5 to 10 people came to the office."))
    assert d.d2 in (None, 5)


def test_a_handover_told_again_under_a_header_ending_in_an_exclamation_is_one() -> None:
    text = ("Кара-Суу айыл окмоту\n14-март, 10:05\n\nКурметтуу айылдаштар! 12-март куну Кара-Суу айылынын "
            "мектебине ЮНИСЕФ компьютерлерди тапшырды. Мектепке 10 компьютер берилди.\n\n"
            "Тапшыруу аземине айыл окмотунун башчысы жана ата-энелер катышты.")
    assert [t for t, _, _ in _events(text)] == ["other"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\n\nOn 3 March 2025, WFP handed over kitchen equipment to the school in Kara-Suu.\n\n"
     "Following the handover, WFP staff met with parents to discuss school meals.", ["other", "meeting"]),
    ("Заголовок\n\n3 марта 2025 года в селе Кара-Суу открылся новый ФАП.\n\n"
     "После торжественного открытия для медсестер района прошел семинар по вакцинации.", ["opening", "training"]),
    ("Аталыш\n\n2025-жылдын 3-мартында Кара-Суу айылында мектепке жабдуулар тапшырылды.\n\n"
     "Тапшыруу аземинен кийин ата-энелер менен жолугушуу өттү.", ["other", "meeting"]),
])
def test_an_event_after_a_ceremony_is_one_of_its_own_on_its_day(text: str, expected: list[str]) -> None:
    events = _events(text)
    assert [t for t, _, _ in events] == expected
    assert {s for _, s, _ in events} == {"2025-03-03"}


def test_a_meeting_after_a_fairs_opening_is_the_fairs() -> None:
    text = ("Заголовок\n\n3 марта 2025 года в Караколе прошла ярмарка меда.\n\n"
            "После открытия ярмарки состоялась встреча пчеловодов с покупателями.")
    assert [t for t, _, _ in _events(text)] == ["other"]
