"""Places told as background or page furniture: reminders, earlier years, addresses, bylines,
quoted institution names, common words; and Russian adjectival lists of ayil aimaks."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

NARYN_OBL, TALAS_OBL, CHUI_OBL = "41704000000000", "41707000000000", "41708000000000"
KEMIN_RAYON, BISHKEK, AKSY = "41708213000000", "41711000000000", "41703211000000"


def codes(text: str) -> set[str]:
    return {m.place.soate or m.place.name for m in find_places(text)}


@pytest.mark.parametrize("reminder", [
    "Напомним, в 2022 году аналогичное обучение прошли представители 30 айыл окмоту Нарынской и Таласской областей.",
    "Напоминаем, что ранее обучение прошли сотрудники из Нарынской и Таласской областей.",
    "Эске салсак, мындай окуу Нарын жана Талас облустарында да өткөн.",
])
def test_reminder_sentence_is_background(reminder: str) -> None:
    text = f"12 мая 2024 года в Кеминском районе Чуйской области прошел тренинг. {reminder}"
    got = codes(text)
    assert {KEMIN_RAYON, CHUI_OBL} <= got
    assert NARYN_OBL not in got and TALAS_OBL not in got


def test_sentence_opening_with_an_earlier_year_is_background() -> None:
    text = ("В 2024 году в Кеминском районе прошел тренинг для 2024 года бюджета. "
            "В 2022 году такой же тренинг провели в Нарынской области.")
    got = codes(text)
    assert KEMIN_RAYON in got and NARYN_OBL not in got


def test_sentence_opening_with_the_texts_own_year_is_kept() -> None:
    text = "В 2024 году тренинг прошел в Нарынской области. Участники 2024 года получили сертификаты."
    assert NARYN_OBL in codes(text)


def test_reminder_word_inside_a_sentence_does_not_drop_it() -> None:
    assert NARYN_OBL in codes("Тренинг прошел в Нарынской области, напомним, уже третий раз.")


@pytest.mark.parametrize("text", [
    "Адрес редакции: 720040, г. Бишкек, ул. Раззакова, 19.",
    "Контора: г. Бишкек, ул. Токтогула, 125",
    "14:32, 17 апреля 2024, Бишкек - 24.kg, Анара Асанова",
    "Азаттыктын Бишкектеги кабарчысы Айбек Асанов",
    "Сообщает корреспондент Kabar в Бишкеке.",
])
def test_address_byline_and_reporter_post_are_no_places(text: str) -> None:
    assert BISHKEK not in codes(text)


def test_city_without_address_is_kept() -> None:
    assert BISHKEK in codes("Встреча прошла в г. Бишкек, в здании мэрии.")


def test_quoted_name_without_level_word_is_an_institution() -> None:
    text = "Кемин районундагы «Кемин» маданият үйүндө жыйын өттү."
    spans = [m.place.evidence for m in find_places(text)]
    assert spans == ["Кемин районундагы"]


def test_common_word_without_level_word_is_the_word() -> None:
    assert not codes("Аксы районунда курулуш аяктады. Курулуштун наркы 2 миллион сом.") - {AKSY}


def test_common_word_with_level_word_is_a_place() -> None:
    assert "41703211610810" in codes("Аксы районунун Курулуш шаарчасында жыйын өттү.") | codes(
        "Аксы районундагы Курулуш шаарында жыйын өттү.")


@pytest.mark.parametrize("adjective", ["айылных", "айыльных", "айылного", "айылном"])
def test_russian_adjectival_list_under_one_ayil_aimak_word(adjective: str) -> None:
    text = f"Обучение прошли представители Ак-Жолского, Авлетимского и Кара-Джыгачского {adjective} аймаков Аксыйского района."
    got = {m.place.soate: m.place.level for m in find_places(text)}
    assert got == {"41703211804000": "ayil_aimak", "41703211808000": "ayil_aimak", "41703211832000": "ayil_aimak",
                   AKSY: "rayon"}


def test_kyrgyz_sentence_opening_with_an_earlier_year_is_background() -> None:
    text = ("2024-жылдын 15-мартында Талас шаарында форум өттү. 2024-жылы бул экинчи форум. "
            "2022-жылы мындай форум Нарын шаарында өткөн.")
    got = codes(text)
    assert "41707400000010" in got and "41704400000010" not in got


def test_house_of_culture_is_no_settlement() -> None:
    text = "Бишкек шаарында жыйын өттү. Маданият үйү быйыл оңдоодон чыкты."
    assert codes(text) == {BISHKEK}


@pytest.mark.parametrize("said", [
    "Как отметили участники, сейчас в Кеминском районе подача воды ограничивается.",
    "Участники обсудили ремонт моста в Кеминском районе.",
    "Катышуучулар Кемин районундагы көпүрөнү оңдоо маселесин талкуулашты.",
])
def test_problems_participants_describe_are_no_event_places(said: str) -> None:
    got = codes(f"6 июня 2024 года в Нарынской области прошел круглый стол. {said}")
    assert NARYN_OBL in got and KEMIN_RAYON not in got


def test_participants_taking_part_somewhere_is_kept() -> None:
    text = "Участники из Кеминского района приняли участие во встрече и отметили ее пользу."
    assert KEMIN_RAYON in codes(text)


@pytest.mark.parametrize("earlier", [
    "Аналогичный тренинг в 2022 году прошел в Нарынской области.",
    "Ранее сотрудники айыл окмоту Нарынской области также прошли обучение.",
    "Как сообщалось, в Нарынской области обучение уже прошло.",
    "A similar training was held in Naryn region in 2022.",
])
def test_earlier_similar_event_is_background(earlier: str) -> None:
    text = f"В 2024 году в Кеминском районе прошел тренинг, 12 мая 2024 года. {earlier}"
    got = codes(text)
    assert KEMIN_RAYON in got and NARYN_OBL not in got


def test_similar_event_of_the_same_year_is_kept() -> None:
    text = "12 мая 2024 года в Кеминском районе прошел тренинг. Аналогичный тренинг в 2024 году прошел в Нарынской области."
    assert NARYN_OBL in codes(text)


def test_place_of_the_event_the_participants_talk_about_is_kept() -> None:
    assert NARYN_OBL in codes("Участники тренинга в Нарынской области отметили его пользу.")


@pytest.mark.parametrize("text", [
    "В Таласе прошёл круглый стол «Женское предпринимательство в Таласской области: барьеры и решения».",
    "Nookat hosted the forum “Water in Osh Oblast: what next”.",
])
def test_a_title_with_a_subtitle_after_its_colon_names_no_place(text: str) -> None:
    assert not codes(text) & {"41707000000000", "41706000000000"}


def test_the_place_after_a_subtitled_title_is_kept() -> None:
    assert "41707000000000" in codes("Форум «Женщины в бизнесе: барьеры и решения» прошёл в Таласской области.")


@pytest.mark.parametrize(("text", "scope"), [
    ("Ассоциация акушерок Ошской области провела тренинг в Кара-Суу.", "41706000000000"),
    ("Семинар для фермеров провёл Союз фермеров Чуйской области в Токмоке.", "41708000000000"),
    ("Акыйкатчынын Жалал-Абад облусу боюнча өкүлчүлүгү\nБасма сөз кабары\n\nАла-Букада тегерек стол өттү.",
     "41703000000000"),
])
def test_a_body_named_after_its_region_names_no_event_place(text: str, scope: str) -> None:
    assert scope not in codes(text)


def test_the_region_of_the_people_trained_is_kept() -> None:
    assert "41706000000000" in codes("Тренинг для акушерок Ошской области прошёл в городе Кара-Суу.")
