"""Organization names, session 10: scorer equivalences and naming rules found on holdout12's misses,
exercised here in other words, places and bodies."""

from __future__ import annotations

import pytest

from etl.evaluate_names import spelling_key


@pytest.mark.unit
def test_embassy_with_or_without_its_host_country_is_one_body() -> None:
    assert spelling_key("Embassy of Italy in the Kyrgyz Republic") == spelling_key("Embassy of Italy")
    assert spelling_key("Embassy of Hungary in Kyrgyzstan") == spelling_key("Embassy of Hungary")
    assert spelling_key("Embassy of Italy") != spelling_key("Embassy of Hungary")


def _names(text: str) -> list[str]:
    from etl.reference.organizations import find_organizations

    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.unit
@pytest.mark.parametrize(("text", "name"), [
    ("Акция прошла при финансовой поддержке Австрийского Красного Креста в Баткене.", "Austrian Red Cross"),
    ("Иш-чара Австриянын Кызыл Крестинин колдоосу менен өттү.", "Austrian Red Cross"),
    ("Кампания проводится при поддержке Фонда FIA в Караколе.", "FIA Foundation"),
    ("Донор: Фонд прав людей с инвалидностью (DRF).", "Disability Rights Fund"),
    ("Семинар поддержал Фонд Генриха Белля.", "Heinrich Böll Foundation"),
    ("Оборудование передано при содействии Посольства Государства Израиль в Кыргызстане.", "Embassy of Israel"),
    ('Жардам Швейцариянын "Каритас" уюмунун колдоосу менен Ноокатта берилди.', "Caritas Switzerland"),
    ("The camp was organized together with the Education Department of the Osh City Hall.",
     "Osh City Education Department"),
])
def test_registry_names_real_bodies(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.unit
@pytest.mark.parametrize(("form", "quoted", "name"), [
    ("коомдук бирикмеси", "Кочкор Жаштар Биримдиги", "Kochkor Jashtar Birimdigi Public Association"),
    ("коомдук фонду", "Талас Аялдар Борбору", "Talas Ayaldar Borboru Public Foundation"),
    ("коомдук фонду", "Талас аялдар борбору", "Talas Women's Centre Public Foundation"),
])
def test_capitalized_quoted_name_is_transliterated(form: str, quoted: str, name: str) -> None:
    from etl.reference.unseen_names import english_name

    assert english_name(form, quoted) == name


@pytest.mark.unit
def test_a_proper_name_the_report_translates_takes_the_translation() -> None:
    text = ("Тренингди «Кант Фермерлер Борбору» коомдук фонду уюштурду.\n\n"
            "Тренинг организовал общественный фонд «Центр фермеров Канта».")
    assert set(_names(text)) == {"Kant Farmers Centre Public Foundation"}


@pytest.mark.unit
@pytest.mark.parametrize("text", [
    "Курулушту Айыл чарба министрлигине караштуу Долбоорлорду ишке ашыруу бөлүмү жүргүздү.",
    "Работы вёл Отдел реализации проектов при Министерстве сельского хозяйства.",
])
def test_project_implementation_unit_is_named_through_its_ministry(text: str) -> None:
    names = _names(text)
    assert len(names) == 1 and names[0].startswith("Project Implementation Unit of the Ministry of Water Resources"), names


@pytest.mark.unit
def test_kyrgyz_employment_centre_phrase() -> None:
    from etl.reference.org_phrases import noun_phrase_organizations

    found = noun_phrase_organizations("Иш-чараны Токмок шаардык калкты иш менен камсыз кылуу борбору уюштурду.")
    assert [p.name for p in found] == ["Tokmok City Employment Centre"]
