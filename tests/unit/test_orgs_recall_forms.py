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
