"""Officials named as a part of the participants counted before them are ``officials_participants``;
a count of bodies whose heads came ("11 айыл окмотунун башчылары") and names that start with a number
word stay what they were."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _officials(text: str) -> list[tuple[str, float]]:
    return [(t[1], t[2]) for t in indicator_tuples(text, skip_dates=True) if t[0] == "officials_participants"]


@pytest.mark.parametrize(("text", "expected"), [
    # English: "among them", "of whom", "including", and "N were …" after a sex split
    ("Some 95 people attended the hearing. Among them were about 22 heads and specialists of ayil okmotus "
     "from Naryn oblast.", [("total", 22)]),
    ("Around 140 participants attended, among them 31 municipal officials from six towns.", [("total", 31)]),
    ("The seminar gathered 64 participants; 35 of the participants were women, 29 were men, and 12 were "
     "deputies of local councils.", [("total", 12)]),
    # Russian: "среди них", "в том числе" with the title after a genitive
    ("В слушаниях приняли участие 70 жителей. Среди них 11 депутатов айылных кенешей.", [("total", 11)]),
    # Kyrgyz: possessive glued to the digits, the title after a genitive, with or without a dash
    ("Жыйынга 52 адам катышты. Алардын 14ү – айылдык кеңештердин депутаттары.", [("total", 14)]),
    ("Семинарга 41 киши катышты, алардын 16сы айыл өкмөттөрүнүн кызматкерлери.", [("total", 16)]),
    ("Жолугушууга 70тен ашык аял келди, алардын 6сы шаардык кеңештин аял депутаттары.", [("female", 6)]),
    ("Форумга 150дөн ашык адам катышты. Алардын арасында айылдык кеңештердин 23 депутаты бар.", [("total", 23)]),
])
def test_officials_among_the_participants(text: str, expected: list[tuple[str, float]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize("text", [
    # the heads of bodies met: the number counts the bodies
    "Директор райондогу 9 айыл өкмөтүнүн башчылары менен жолугушту.",
    # a district whose name starts with a number word
    "Министр Тогуз-Торо райондук мамлекеттик администрациясынын жетекчилиги менен жолугушту.",
    # officials in their own clause with no participants total before them
    "Алардын 7си айылдык кеңештердин депутаттары болгон, деди ал.",
    # the staff of a civil-society body are not officials
    "Жыйынга 48 адам катышты, алардын 12си коомдук уюмдардын кызматкерлери.",
])
def test_no_officials_without_a_part_of_participants(text: str) -> None:
    assert _officials(text) == []


def test_sex_split_after_officials_splits_the_total() -> None:
    text = "Окутууга 36 адам катышты, алардын 21и айылдык кеңештердин депутаттары. Катышуучулардын 15и аялдар."
    found = indicator_tuples(text, skip_dates=True)
    assert ("officials_participants", "total", 21, "person") in found
    assert ("participants", "female", 15, "person") in found


@pytest.mark.parametrize(("text", "expected"), [
    # the numeral stands on the genitive body: the bodies are counted
    ("Директор райондогу 9 айыл өкмөтүнүн башчылары менен жолугушту.", ("institutions_covered", 9)),
    ("Кеңешмеге райондун 27 мектебинин директору катышты.", ("institutions_covered", 27)),
    # named as a part of the participants, the heads are counted
    ("Форумга 120дан ашык адам катышты, анын ичинде облустан келген 31 айыл өкмөтүнүн башчысы.",
     ("officials_participants", 31)),
    # a compound without a genitive counts the heads
    ("Иш-чарага 18 айыл өкмөт башчысы катышты.", ("officials_participants", 18)),
])
def test_heads_of_bodies(text: str, expected: tuple[str, float]) -> None:
    assert expected in [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]


def test_of_the_participants_opens_a_sex_split() -> None:
    text = ("Some 84 people attended the hearing. Of the participants, 39 were women and 45 were men, "
            "and 12 were deputies of local councils.")
    found = indicator_tuples(text, skip_dates=True)
    assert ("participants", "female", 39, "person") in found
    assert ("participants", "male", 45, "person") in found
    assert ("officials_participants", "total", 12, "person") in found


def test_officials_after_a_split_sentences_after_the_total() -> None:
    text = ("More than 150 people came to the forum in Naryn. It was the third forum of its kind. "
            "According to the organizers, 81 of the participants were women and 69 were men, and 22 were deputies "
            "of ayil kenesh and city councils.")
    assert ("total", 22) in _officials(text)


def test_staff_of_several_state_bodies_named_after_a_glued_possessive() -> None:
    text = ("Жыйынга бардыгы 56 адам катышты. Алардын 21и айыл өкмөттөрүнүн жана райондук "
            "администрациянын кызматкерлери.")
    assert _officials(text) == [("total", 21)]
