"""Bodies the press names by a short form: the one-word "райгосадминистрация" and the water users
association's acronym (АВП, СПА) used as a legal form before or after a quoted name."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.parametrize("text,name", [
    ("Выступила специалист Кеминской райгосадминистрации.", "Kemin District State Administration"),
    ("Нарынская райгосадминистрация выделила помещение.", "Naryn District State Administration"),
    ("Представитель Тонской райадминистрации рассказал о планах.", "Ton District State Administration"),
])
def test_one_word_district_administration(text: str, name: str) -> None:
    assert name in names(text)


def test_water_users_association_acronym_before_the_name() -> None:
    got = names("Председатель АВП «Жаңы-Арык» Бакыт Осмонов рассказал о ремонте канала.")
    assert "Jany-Aryk Water Users Association" in got


def test_acronym_governs_a_list_of_quoted_names() -> None:
    got = names("На встречу пришли руководители АВП «Бирлик», «Достук» и «Ынтымак».")
    assert {"Birlik Water Users Association", "Dostuk Water Users Association",
            "Yntymak Water Users Association"} <= set(got)


def test_kyrgyz_acronym_after_the_name() -> None:
    assert "Kok-Jar Water Users Association" in names("«Көк-Жар» СПАнын төрагасы сөз сүйлөдү.")


def test_other_capitals_are_not_the_acronym() -> None:
    assert not any("Water Users" in n for n in names("Курорт «СПА-Ыссык-Көл» ачылды. АВПО «Нур» иштейт."))


@pytest.mark.parametrize("text,name", [
    # the envoy's title since 2021: the Government's or the Cabinet's, not the President's
    ("Нарын облусундагы Өкмөттүн ыйгарым укуктуу өкүлүнүн орун басары катышты.",
     "Office of the Presidential Envoy in Naryn Oblast"),
    ("Талас облусундагы Министрлер Кабинетинин ыйгарым укуктуу өкүлү сүйлөдү.",
     "Office of the Presidential Envoy in Talas Oblast"),
    # a district's agrarian development department, in each language
    ("Выступил специалист Кочкорского районного управления аграрного развития.",
     "Kochkor District Agrarian Development Department"),
    ("Ат-Башы райондук агрардык өнүктүрүү башкармалыгынын адиси сүйлөдү.",
     "At-Bashy District Agrarian Development Department"),
    ("The Kochkor District Agrarian Development Department helped.", "Kochkor District Agrarian Development Department"),
    # "NGO" says what the body is; the quoted name is its name
    ('The campaign was run with the local NGO "Bereke Suu" in the village.', "Bereke Suu"),
    # a foreign ministry named through its kingdom is that government's, not the Kyrgyz ministry
    ("Иш-чара Норвегия Королдугунун Тышкы иштер министрлигинин каржылоосу менен өттү.", "Government of Norway"),
])
def test_more_ways_to_name_a_body(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text,name", [
    ("Выступили представители Кочкорской районной ветеринарной станции.", "Kochkor District Veterinary Station"),
    ("Нарын облустук ветеринардык кызматынын адиси сүйлөдү.", "Naryn Oblast Veterinary Service"),
    ("The Tonsky District Veterinary Station joined.", None),  # no such place: nothing
    # firms write English words in Cyrillic: spelt back in English
    ("Тренинг провела ОсОО «Бишкек Консалт Групп».", "Bishkek Consult Group LLC"),
    ("Иш-чарага «Нарын Тур» ЖЧКсы катышты.", "Naryn Tour LLC"),
    ("ОсОО «Ош Телеком» выступило спонсором.", "Osh Telecom LLC"),
    # a real NGO by its mixed-script and English names
    ("Совещание организовал общественный фонд CAMP Алатоо.", "Camp Alatoo"),
])
def test_stations_firms_and_mixed_script(text: str, name: str | None) -> None:
    got = names(text)
    assert name in got if name else not got


def test_kyrgyz_without_diacritics_envoy_takes_part_or_only_receives() -> None:
    spoke = "Тегерек столдо «Нур» коомдук бирикмеси сүйлөдү. Ысык-Кол облусундагы ыйгарым укуктуу окулдун орун басары сүйлөдү."
    assert "Office of the Presidential Envoy in Issyk-Kul Oblast" in names(spoke)
    sent = ("Тегерек столдо «Нур» коомдук бирикмеси сүйлөдү. Сунуштар Ысык-Кол облусундагы Президентинин ыйгарым "
            "укуктуу окулунун аппаратына жонотулот.")
    assert "Office of the Presidential Envoy in Issyk-Kul Oblast" not in names(sent)
