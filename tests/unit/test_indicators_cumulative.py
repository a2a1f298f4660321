"""A project's accumulated results: the event's when a speaker reports them there, the writer's background
when the text tells them on its own (README, "Indicators": figures about the project presented at the event).
Both kinds in Kyrgyz, Russian and English, in the same text."""

from __future__ import annotations

import pytest

from etl.extract.indicators_cumulative import attributed, told_at_event, writer_history
from etl.text import fold
from tests.unit.indicator_support import indicator_tuples


def _kinds(text: str) -> set[tuple[str, float]]:
    return {(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)}


_OPEN_RU = "14 апреля 2026 года в Караколе прошел семинар для 25 учителей. "
_OPEN_KY = "2026-жылдын 14-апрелинде Каракол шаарында өткөн семинарга 25 мугалим катышты. "
_OPEN_EN = "On 14 April 2026 a seminar for 25 teachers was held in Karakol. "


@pytest.mark.parametrize("text", [
    _OPEN_RU + "По словам координатора программы, с начала проекта обучение прошли 730 педагогов.",
    _OPEN_RU + "Как рассказала руководитель фонда, с 2023 года по проекту уже обучено 730 педагогов.",
    _OPEN_RU + "Менеджер проекта отметила, что в 2024 году в рамках проекта обучение прошли 730 педагогов.",
    _OPEN_KY + "Долбоордун координаторунун айтымында, 2023-жылдан бери долбоордун алкагында 730 мугалим окутулган.",
    _OPEN_KY + "Фонддун өкүлү 2023-жылдан бери долбоор аркылуу 730 мугалим окуудан өткөнүн билдирди.",
    _OPEN_EN + "According to the project manager, since 2023 the project has trained 730 teachers.",
    _OPEN_EN + "The programme officer said that since its launch the project has trained 730 teachers.",
    "«За три года мы обучили 730 педагогов в пяти районах», — сказала координатор проекта.",
])
def test_results_a_speaker_reports_stay(text: str) -> None:
    assert ("people_trained", 730) in _kinds(text)


@pytest.mark.parametrize("text", [
    _OPEN_RU + "Проект реализуется в 2023–2027 годах. С 2023 года в Иссык-Кульской области уже обучено 730 педагогов.",
    _OPEN_RU + "Ранее в рамках проекта обучение прошли 730 педагогов.",
    _OPEN_KY + "Долбоор 2023–2027-жылдары ишке ашырылат. Буга чейин долбоордун алкагында 730 мугалим окутулган.",
    _OPEN_KY + "2023-жылдан бери долбоордун алкагында 730 мугалим окутулган.",
    _OPEN_EN + "The project runs from 2023 to 2027. Since 2023 it has trained 730 teachers in the oblast.",
    _OPEN_EN + "Previously, the project trained 730 teachers in the oblast.",
])
def test_the_writers_background_stays_out(text: str) -> None:
    kinds = _kinds(text)
    assert ("people_trained", 730) not in kinds
    assert ("participants", 25) in kinds or ("people_trained", 25) in kinds  # the event's own figure stays


def test_both_kinds_in_one_text() -> None:
    text = (_OPEN_RU + "По словам координатора, с 2024 года по проекту обучение прошли 410 педагогов. "
            "Проект финансируется ЕС. С 2024 года проект также оснастил 36 школ.")
    kinds = _kinds(text)
    assert ("people_trained", 410) in kinds
    assert ("institutions_covered", 36) not in kinds


def test_a_list_under_an_attributed_line() -> None:
    text = (_OPEN_RU + "Координатор проекта сообщила:\n- с 2024 года обучено 410 педагогов;\n"
            "- с 2024 года оснащено 36 школ.")
    folded = fold(text)
    item = folded.index("- с 2024 года обучено")
    assert told_at_event(folded, item, folded.index(";", item))


def test_attribution_reads_its_own_sentence_only() -> None:
    folded = fold("Как сообщила координатор, проект продлится до 2027 года. С 2024 года обучено 410 педагогов.")
    second = folded.index("с 2024")
    assert not attributed(folded, second, len(folded))
    assert writer_history(folded, second, len(folded), folded.index("410"), 2026)


def test_a_quoted_name_opening_a_sentence_is_no_speech() -> None:
    folded = fold("«Интербилим» с 2023 года по проекту обучил 410 педагогов.")
    assert not attributed(folded, 0, len(folded))


def test_a_since_year_after_the_count_is_another_clause() -> None:
    folded = fold("Обучение прошли 25 учителей, с 2024 года проект обучил 410 педагогов.")
    assert not writer_history(folded, 0, len(folded), folded.index("25"), 2026)


@pytest.mark.parametrize("text", [
    _OPEN_EN + "\n\nAbout the project. The project (2024–2027, USD 2.4 million) has trained 730 teachers.",
    _OPEN_RU + "\n\nО проекте: проект (2024–2027 гг.) финансирует ЕС, обучено 730 педагогов.",
    _OPEN_KY + "\n\nДолбоор жөнүндө: долбоордун алкагында 730 мугалим окутулган.",
])
def test_a_closing_paragraph_about_the_project_stays_out(text: str) -> None:
    kinds = _kinds(text)
    assert ("people_trained", 730) not in kinds
    assert not any(k == "funding_amount" for k, _ in kinds)


def test_a_sentence_about_the_project_is_no_heading() -> None:
    text = _OPEN_RU + "\n\nКоординатор рассказала о проекте: по ее словам, с 2024 года обучено 730 педагогов."
    assert ("people_trained", 730) in _kinds(text)


def test_what_people_received_since_the_start_told_by_a_speaker() -> None:
    spoken = _OPEN_RU + "Как сообщил координатор, с начала проекта 340 фермеров получили семена и удобрения."
    written = _OPEN_RU + "С начала проекта 340 фермеров получили семена и удобрения."
    assert ("beneficiaries", 340) in _kinds(spoken)
    assert ("beneficiaries", 340) not in _kinds(written)


def test_taking_part_in_the_projects_other_events_stays_out() -> None:
    text = _OPEN_RU + "Как сообщил координатор, с начала проекта в его мероприятиях приняли участие 3 000 человек."
    assert not any(v == 3000 for _, v in _kinds(text))


@pytest.mark.parametrize("head", [
    "4. Результаты с начала проекта (2024–2026)",
    "Прогресс по проекту (нарастающим итогом)",
    "Results to date",
    "Долбоор башталгандан берки жыйынтыктар",
])
def test_a_section_of_running_totals_stays_out(head: str) -> None:
    text = _OPEN_RU + "\n\n" + head + "\n\n- 730 педагогов обучено в трех районах\n\n- 36 школ оснащены\n\nКонтекст\n\nВ районе 60 школ."
    kinds = _kinds(text)
    assert ("people_trained", 730) not in kinds
    assert ("institutions_covered", 36) not in kinds


def test_running_totals_a_speaker_presents_stay() -> None:
    text = _OPEN_RU + "\n\nКоординатор представила результаты с начала проекта:\n\n- 730 педагогов обучено в трех районах"
    assert ("people_trained", 730) in _kinds(text)


def test_kyrgyz_passive_supported_is_reached() -> None:
    text = _OPEN_KY + "Координатордун айтымында, 2024-жылы долбоор аркылуу 35 жаш ишкер колдоого алынган."
    assert ("beneficiaries", 35) in _kinds(text)


@pytest.mark.parametrize("text", [
    "Семинарга 45 адам катышты. Долбоор 2024–2027-жылдары ишке ашырылат. Анын алкагында буга чейин 380 ишкер окутулган.",
    "В семинаре участвовали 45 человек. Проект реализуется с 2024 года. В его рамках уже обучено 380 предпринимателей.",
])
def test_the_project_named_before_and_its_earlier_results_are_background(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {45}
