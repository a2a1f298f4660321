"""Table rows whose label says what the people did, with no counted noun ("Прошли обучение, всего | 24",
"Окутулгандар | 24", "из них женщин | 15"), and the first of a list whose verb closes a long Kyrgyz sentence."""

from __future__ import annotations

import pytest

from etl.extract.indicators_cues import row_predicate
from etl.text import fold
from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


def test_a_key_figures_table_of_people_trained() -> None:
    text = ("Семинар по бухучету для кооперативов\n\nПоказатель\tЗначение\n\nОбучено, всего\t36\n\n"
            "из них женщин\t21\n\nиз них мужчин\t15\n")
    assert _read(text) == [("people_trained", "total", 36, "person"), ("people_trained", "female", 21, "person"),
                           ("people_trained", "male", 15, "person")]


@pytest.mark.parametrize(("label", "indicator"), [
    ("Прошли обучение, всего\t", "people_trained"),
    ("Окутулгандар\t", "people_trained"),
    ("Trained, total | ", "people_trained"),
    ("Катышкандардын саны\t", "participants"),
    ("Получили консультации\t", "beneficiaries"),
    ("Охвачено районов\t", None),  # districts: no people
    ("Прошли обучение в школах\t", None),
])
def test_row_predicates(label: str, indicator: str | None) -> None:
    assert row_predicate(fold(label)) == indicator


def test_the_first_of_a_list_takes_the_verb_that_closes_the_sentence() -> None:
    text = ("Жыйынга 45тен ашык фермер, Айыл чарба министрлигинин жана суу ресурстары кызматынын адистери, "
            "райондук мамлекеттик администрациянын өкүлдөрү жана «Ак-Суу» суу пайдалануучулар ассоциациясынын "
            "мүчөлөрү катышты.")
    assert _read(text) == [("participants", "total", 45, "person")]


def test_a_list_without_a_closing_verb_takes_none() -> None:
    text = ("Айылда 45тен ашык фермер, министрликтин адистери, администрациянын өкүлдөрү жана ассоциациянын "
            "мүчөлөрү, ошондой эле мектептер.")
    assert _read(text) == []


def test_items_listed_under_a_plans_heading_are_plans() -> None:
    text = ("Курс прошли 24 фермера.\n\n3. Планы на следующий квартал\n\n- выдача саженцев 15 участникам;\n\n"
            "- обучение 40 фермеров в двух селах.\n\nКоординатор проекта")
    assert _read(text) == [("people_trained", "total", 24, "person")]
