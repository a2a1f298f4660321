"""Gazetteer aliases for names the texts spell otherwise than SOATE."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> set[str]:
    return {m.place.key for m in find_places(text)}


def test_names_the_gazetteer_spells_otherwise_keep_a_list_whole() -> None:
    # SOATE's genitive "Айылный аймак Бердике Баатыра": the nominative in a list keeps the level word for all
    text = "Сынакка Талас районунун Көк-Ой, Бердике Баатыр жана Кара-Суу айыл аймактарынан 12 команда катышты."
    assert {"41707232820000", "41707232843000", "41707232861000"} <= keys(text)
    # English texts name Bishkek's districts after the Russian adjective
    text = "The campaign ran in 25 schools of the Leninsky and Oktyabrsky districts of Bishkek."
    assert {"41711201000000", "41711202000000"} <= keys(text)


def test_a_kyrgyz_text_may_name_an_aimak_by_the_russian_adjective() -> None:
    assert "41708217837000" in keys("Жыйын Москва районунун Садовый айыл аймагында өттү.")


def test_an_acronym_before_a_level_word_is_a_body_not_a_settlement() -> None:
    found = keys("В Караколе субботник организовали активисты ТОС микрорайонов Восточный и Кенеш.")
    assert not any(k.startswith("TOS@") for k in found)


def test_an_aimak_named_by_an_adjective_in_ny_is_read_in_its_case_forms() -> None:
    assert "41708217845000" in keys("В Целинном айылном аймаке Московского района прошло собрание.")
    assert not keys("Пригородного автобуса не было.")


def test_an_adjective_spelled_with_u_for_soate_yu_is_the_same_aimak() -> None:
    # SOATE "Гюльстанский"; Russian texts also write the Kyrgyz ү of Гүлстан as у
    text = "Памятки раздадут жителям сёл Гульстанского айылного аймака Ноокатского района."
    assert "41706242811000" in keys(text)


def test_an_aimak_named_after_its_russian_style_settlement_is_the_ski_aimak() -> None:
    # SOATE "Майский" / "Краснореченский айылный аймак"; Kyrgyz texts name them "Майское" / "Краснореченск айыл аймагы"
    text = "Тренингге Манас районунун Покровка жана Майское айыл аймактарынан 34 киши катышты."
    assert "41707225826000" in keys(text)
    text = "Жарманкеге Ысык-Ата районунун Ивановка жана Краснореченск айыл аймактарынан 45 аял катышты."
    assert "41708206823000" in keys(text)
