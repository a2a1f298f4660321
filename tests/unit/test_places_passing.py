"""Names told in passing: markets goods go to, a problem residents complain of, an office's seat or
byline, a local body's site header, experience from elsewhere, a project's area counted only by an
age range, a gorge named like a village."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_markets_goods_are_sold_at_are_no_event_place() -> None:
    text = "В Таласе 40 фермеров научились сушить фрукты для продажи на рынках Бишкека и Кара-Балты."
    assert keys(text) == ["41707400000010"]
    assert keys("Нарын шаарында окутуу өттү. Продукцияны Бишкек базарларында сатышат.") == ["41704400000010"]
    assert keys("The training in Talas helped farmers sell at markets in Bishkek.") == ["41707400000010"]


def test_what_residents_complain_of_is_no_event_place() -> None:
    text = ("Круглый стол прошёл в Караколе. Жители сёл Тепке и Ак-Булун жалуются, что воды нет.")
    assert keys(text) == ["41702410000010"]


def test_an_office_byline_and_a_regional_office_are_no_event_place() -> None:
    text = "*Osh — UNDP Country Office*\n\nOn 3 May 2024 a training was held in Talas for 30 teachers."
    assert keys(text) == ["41707400000010"]
    text = ("A forum was held in Talas on 3 May 2024, said the head of the UNDP regional office in Osh.")
    assert keys(text) == ["41707400000010"]


def test_a_local_body_site_header_is_no_event_place() -> None:
    text = ("ЧОЛПОН АЙЫЛ ӨКМӨТҮ\nЧүй облусу, Кемин району\nБашкы бет | Жаңылыктар | Байланыш\n\n"
            "Бүгүн Талас шаарында жолугушуу болду.")
    assert keys(text) == ["41707400000010"]
    text = "ЖАШТАР ФОРУМУ\nЧүй облусу, Кемин району\n\nФорум 3-майда өттү."
    assert "41708213000000" in keys(text)  # a title's location line names the event's place


def test_experience_from_elsewhere_is_no_event_place() -> None:
    text = ("Обучение прошло в Таласе. Эксперт поделился опытом работы в Нарынской области.")
    assert keys(text) == ["41707400000010"]
    text = "Участники посетили опытные участки в Кочкорском районе."
    assert keys(text) == ["41704235000000"]  # experimental plots are a place visited


def test_an_age_range_is_no_count_of_a_projects_coverage() -> None:
    text = ("Сынак 2024-жылдын 3-майында Талас шаарында өттү. Долбоор 2022-жылдан бери Нарын жана Ысык-Көл облустарында "
            "18-30 жаштагы жаштарга колдоо көрсөтүп келет.")
    assert keys(text) == ["41707400000010"]


def test_a_gorge_named_like_a_village_is_no_village() -> None:
    text = ("В Ала-Букинском районе прошли учения. Спасатели отработали сход селя в ущелье Сафедбулан.")
    assert keys(text) == ["41703204000000"]
    text = "Ала-Бука районунда Сафедбулан капчыгайында машыгуу өттү."
    assert keys(text) == ["41703204000000"]


def test_a_round_table_is_no_village_called_tegerek() -> None:
    text = "Нарын районунда тегерек стол өттү. Тегерек столду БУУ Аялдар түзүмү уюштурду."
    assert keys(text) == ["41704245000000"]
    assert "41704245855020" in keys("Нарын районунун Тегерек айылында жолугушуу өттү.")


def test_a_count_of_aimaks_after_a_word_is_no_settlement() -> None:
    text = "Нарын облусунун Кочкор районунда жыйын өттү. Жыйынга 8 айыл аймактан 120 малчы катышты."
    assert all(m.place.soate for m in find_places(text))


def test_a_bare_name_is_the_village_named_not_its_ayil_okmotu() -> None:
    text = ("New library opens in Ak-Tal\n\nOn 3 May a library opened in the village of Ak-Tal, Ak-Talaa "
            "district. Ak-Tal ayil okmotu provided the building.")
    found = keys(text)
    assert "41704210806010" in found and "41704210806000" not in found


def test_the_town_of_an_institution_whose_staff_ran_it_is_no_event_place() -> None:
    text = ("Кочкор районунун Семиз-Бел айылында фермерлер үчүн окутуу болду. Сабактарды Нарын шаарындагы "
            "айыл чарба колледжинин адистери откорушту.")
    assert "41704400000010" not in keys(text)
    text = "Сабактар Нарын шаарындагы колледжде откорулду."
    assert "41704400000010" in keys(text)
    text = ("В селе Семиз-Бел Кочкорского района прошло обучение фермеров. Занятия провели преподаватели "
            "аграрного колледжа из Нарына.")
    assert "41704400000010" not in keys(text)
    assert "41704400000010" in keys("В Нарыне 30 специалистов из Нарынской области провели акцию.")


def test_one_market_is_a_venue_and_shared_experience_needs_its_verb() -> None:
    assert "41702410000010" in keys("3 мая 2024 года ярмарка прошла на центральном рынке Каракола.")
    assert "41704400000010" in keys("Участники обменялись опытом в Нарыне 3 мая 2024 года.")
    assert "41721000000000" in keys("On 3 May 2024 the training was held at the UNDP regional office in Osh.")


def test_an_english_institution_named_with_a_level_word_is_no_place() -> None:
    text = "On 14 February 2025 volunteers held a reading marathon in Talas at the Talas Oblast Library."
    assert keys(text) == ["41707400000010"]
    assert "41703225000000" in keys("The Toktogul District State Administration hosted the meeting on 3 May.")


def test_an_agency_dateline_in_brackets_is_where_the_news_was_written() -> None:
    text = ("Бишкек (АКИpress) — 10 декабря 2024 года фонд вручил гранты пяти школам. Церемония прошла "
            "в Караколе.\n\nГранты выданы на ремонт.")
    assert keys(text) == ["41702410000010"]
    assert keys("Бишкек (АКИpress) — 10 декабря 2024 года фонд вручил гранты пяти школам.") == ["41711000000000"]
