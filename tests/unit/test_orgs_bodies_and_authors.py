"""City halls in the genitive or as "the capital's", bodies that only receive recommendations,
Kyrgyz case forms that are no ayil okmotu's name, and the author of a post that speaks as "we"."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


@pytest.mark.parametrize("text,name", [
    ("Детский сад построен мэрией Бишкека.", "Bishkek City Hall"),
    ("На открытии присутствовал мэр столицы.", "Bishkek City Hall"),
    ("Акцию поддержала столичная мэрия.", "Bishkek City Hall"),
    ("Парк построен мэрией Каракола.", "Karakol City Hall"),
    ("Мэрия Оша провела акцию.", "Osh City Hall"),
])
def test_a_city_hall_named_by_its_city_in_the_genitive_or_as_the_capitals(text: str, name: str) -> None:
    assert roles(text) == [(name, "government")]


def test_a_capitalized_word_after_merija_that_is_no_city_is_no_city_hall() -> None:
    assert roles("Мэрия Сообщила о переносе.") == []


@pytest.mark.parametrize("text", [
    "Жыйынтыгында Министрлер Кабинетине сунуштар кабыл алынды.",
    "Рекомендации для Министерства труда будут подготовлены.",
    "Recommendations to the Ministry of Health were adopted.",
])
def test_a_body_that_only_receives_recommendations_took_no_part(text: str) -> None:
    assert roles(text) == []


def test_a_body_in_the_genitive_before_recommendations_is_still_there() -> None:
    assert roles("Министрлер Кабинетинин өкүлү сунуш киргизди.") == [
        ("Cabinet of Ministers of the Kyrgyz Republic", "government")]


def test_an_accusative_before_ayil_okmotu_is_no_name() -> None:
    assert roles("Жолугушууну айыл өкмөтүнүн башчысы ачты.") == []


def test_a_kyrgyz_ayil_okmotu_keeps_its_kyrgyz_spelling() -> None:
    assert roles("Көк-Ой айыл өкмөтү катышты.") == [("Kok-Oy ayil okmotu", "government")]


def test_specialists_of_an_organization_are_participants() -> None:
    assert roles("The kits were selected together with specialists of Naryn State University.") == [
        ("Naryn State University", "participant_org")]


def test_the_author_of_a_post_that_speaks_as_we_held_the_event() -> None:
    text = "ОО «Эко-Тоолор»\n3 ч.\n\nВ субботу наши волонтёры провели субботник в селе."
    assert roles(text) == [("Eco-Toolor Public Association", "implementer")]


def test_a_name_line_without_we_is_a_page_header_not_the_author() -> None:
    assert roles("ОО «Эко-Тоолор»\n\nВ субботу волонтёры убрали мусор в селе.") == [
        ("Eco-Toolor Public Association", "partner")]  # the registry's hint, no cue


def test_the_un_as_a_whole_is_the_umbrella_of_the_agency_that_took_part() -> None:
    text = ("Кампания Европа Биримдигинин каржылоосу менен Европа Биримдиги жана БУУнун биргелешкен демилгесинин "
            "алкагында ЮНФПА тарабынан уюштурулду.")
    assert {n for n, _ in roles(text)} == {"European Union", "UNFPA"}
    assert roles("Представители ООН приняли участие.") == [("United Nations", "participant_org")]


def test_a_lowercase_english_common_noun_is_no_registry_name() -> None:
    assert roles("A youth resource centre opened in the village.") == []
    assert roles("The Youth Resource Centre organized the forum.") == [("Youth Resource Centre", "implementer")]
