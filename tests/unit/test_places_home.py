"""One named person's home or workplace, and where a trainer came from, are no event places; a group's
origin and an akim's territory stay."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_a_named_persons_village_is_not_an_event_place() -> None:
    text = ("Семинар 4-майда Кочкор районунун Кочкор айылында өттү. Семинардын катышуучусу, Ак-Жар айылынын "
            "фермери Асан Бакиров жаңы ыкмалар жөнүндө айтты.")
    assert "41704235825020" not in keys(text)  # Ak-Djar
    text = ("Акция 4-майда Сокулук районунда өттү. Сокулук районунун Жаңы-Жер айылынын тургуну, үч баланын "
            "атасы Бекзат Токтогулов ыраазычылык билдирди.")
    assert "41708222822010" not in keys(text)  # Djany-Djer


def test_a_trainer_from_the_capital_is_not_an_event_place() -> None:
    text = "Тренинг прошёл 4 мая в Караколе. Занятия провёл эксперт ПРООН из Бишкека."
    assert keys(text) == ["41702410000010"]
    text = "The training was held in Karakol on 4 May. It was run by two trainers from Bishkek."
    assert keys(text) == ["41702410000010"]


def test_a_group_and_an_akim_keep_their_places() -> None:
    text = "Тренинг прошёл 4 мая в Караколе. Участники приехали из Бишкека."
    assert "41711000000000" in keys(text)
    text = "Семинар 4-майда Каракол шаарында өттү. Ага Ак-Суу районунун акими Бакыт Осмонов катышты."
    assert "41702205000000" in keys(text)


def test_the_presidents_envoy_in_a_region_is_a_title() -> None:
    text = ("The forum was held in Osh city on 5 May together with the Office of the Presidential "
            "Representative of the President in Naryn Oblast.")
    assert "41704000000000" not in keys(text)
    text = "5 мая в Оше прошёл форум с участием полномочного представителя Президента в Таласской области."
    assert "41707000000000" not in keys(text)


def test_experts_named_last_among_the_groups_taking_part_came_from_the_groups_places() -> None:
    text = "В обсуждении участвовали депутаты, активистки и эксперты из Чуйской и Таласской областей."
    assert {"41708000000000", "41707000000000"} <= {m.place.key for m in find_places(text)}
    text = "Тренинг в Караколе провели тренер из Оша и эксперт из Бишкека."
    assert {m.place.key for m in find_places(text)} == {"41702410000010"}


def test_the_village_of_a_group_one_named_person_leads_is_her_home() -> None:
    text = ("Кочкор районунда гранттар берилди. Семиз-Бел айылындагы «Ала-Кийиз» тобунун төрайымы Гүлнара Асанова "
            "станок сатып аларын айтты.")
    assert "41704235832030" not in {m.place.key for m in find_places(text)}


def test_one_pupil_or_farmer_from_a_place_is_not_an_event_place() -> None:
    text = "Конференция прошла 4 мая в Караколе. Ученица 9 класса из Бишкека выступила с видеообращением."
    assert keys(text) == ["41702410000010"]
    text = "The fair was held in Karakol on 4 May. A young farmer from Bishkek told how he sells honey online."
    assert keys(text) == ["41702410000010"]
    text = "Конференция прошла 4 мая в Караколе. Ученики из Бишкека выступили с докладами."
    assert "41711000000000" in keys(text)  # a group: where it came from counts
