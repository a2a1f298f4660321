"""A quoted name that is itself a descriptive phrase is translated, so the Kyrgyz and Russian
parts of a report name the body alike; a place and one word stays a transliterated name."""

from __future__ import annotations

from etl.reference.unseen_names import english_name, translated_name


def test_kyrgyz_and_russian_descriptive_quoted_names_give_one_english_name() -> None:
    assert english_name("коомдук бирикмеси", "Нарын фермерлер борбору") == "Naryn Farmers Centre Public Association"
    assert english_name("общественное объединение", "Центр фермеров Нарына") == "Naryn Farmers Centre Public Association"


def test_kyrgyz_place_and_two_descriptive_words() -> None:
    assert translated_name("Талас агро өнүгүү") == "Talas Agro Development"
    assert english_name("коомдук фонду", "Талас агро өнүгүү") == "Talas Agro Development Public Foundation"


def test_place_and_one_word_is_a_name() -> None:
    assert translated_name("Талас жаштары") is None
    assert english_name("коомдук фонду", "Талас жаштары") == "Talas Jashtary Public Foundation"


def test_an_association_form_on_an_association_is_not_repeated() -> None:
    assert english_name("общественное объединение", "Ассоциация фермеров Таласской области") == \
        "Talas Oblast Farmers Association"


def test_unknown_words_keep_the_transliteration() -> None:
    assert translated_name("Ош жаркын келечек") is None


def test_kyrgyz_for_phrase_is_rendered_b_for_a() -> None:
    assert english_name("коомдук фонду", "Тынчтык үчүн аялдар") == "Women for Peace Public Foundation"
    assert english_name("коомдук бирикмеси", "Келечек үчүн жаштар") == "Kelechek Uchun Jashtar Public Association"
