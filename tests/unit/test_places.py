"""Place matcher: inflections, levels, lists, disambiguation, unknown places, false positives."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

OSH_CITY, OSH_OBL, BISHKEK = "41721000000000", "41706000000000", "41711000000000"
BATKEN_OBL, BATKEN_RAYON, BATKEN_CITY = "41705000000000", "41705214000000", "41705410000010"
LEILEK_RAYON = "41705236000000"


def keys(text: str, start: int = 0, end: int | None = None) -> list[str]:
    mentions = find_places(text, start, end)
    for m in mentions:
        p = m.place
        assert p.span is not None and text[p.span[0]:p.span[1]] == p.evidence
        assert p.soate != "41700000000021"
    return [m.place.key for m in mentions]


@pytest.mark.parametrize("text", [
    "Ош шаарында тренинг өттү.", "Тренинг Ошто өттү.", "Ош шаарынын тургундары", "Оштон келишти.",
    "в городе Оше прошла встреча", "г. Ош, 12 мая", "Встреча в Оше.", "The training was held in Osh.",
    "Ошко барышты.", "#Ош",
])
def test_osh_city_forms(text: str) -> None:
    assert keys(text) == [OSH_CITY]


@pytest.mark.parametrize("text", [
    "Ош облусунда иш-чара өттү.", "в Ошской области", "Ош облусунун Кара-Суу району", "Osh region farmers",
])
def test_osh_oblast_is_not_osh_city(text: str) -> None:
    assert keys(text)[0] == OSH_OBL


@pytest.mark.parametrize("text,expected", [
    ("Бишкекте тегерек стол болду.", BISHKEK),
    ("Бишкек шаарынын тургундары", BISHKEK),
    ("Бишкектеги жаштар", BISHKEK),
    ("в Бишкеке состоялся форум", BISHKEK),
    ("Фрунзе шаарында", BISHKEK),
    ("Баткен облусунда", BATKEN_OBL),
    ("Баткенской области", BATKEN_OBL),
    ("Баткен районунун айылдары", BATKEN_RAYON),
    ("в Баткенском районе", BATKEN_RAYON),
    ("Баткен шаарында", BATKEN_CITY),
    ("Лейлек районунун", LEILEK_RAYON),
    ("Лейлекского района", LEILEK_RAYON),
    ("Leilek district", LEILEK_RAYON),
    ("Жалал-Абад облусу", "41703000000000"),
    ("Джалал-Абадской области", "41703000000000"),
    ("Jalal-Abad city", "41703410000010"),
    ("Ысык-Көл облусунда", "41702000000000"),
    ("Иссык-Кульской области", "41702000000000"),
    ("Чүй облусу", "41708000000000"),
    ("Чуйской области", "41708000000000"),
    ("Каракол шаарында", "41702410000010"),
    ("в Караколе", "41702410000010"),
    ("Нарында", "41704400000010"),
    ("Токмокто", "41708400000010"),
    ("в Чолпон-Ате", "41702215600010"),
    ("Кара-Балтада", "41708209600010"),
    ("Talas", "41707400000010"),
])
def test_inflections_and_levels(text: str, expected: str) -> None:
    assert keys(text)[0] == expected


def test_ayil_aimak_with_russian_adjective_and_context() -> None:
    text = "Баткенский район, в Кара-Булакском айыл аймаке прошла встреча."
    assert keys(text) == [BATKEN_RAYON, "41705214824000"]


def test_kyrgyz_list_with_plural_level_word() -> None:
    text = ("Баткен районунун Кара-Булак, Дара,Төрт-Гүл, Кыштут, Суу Башы айыл аймактарында жана "
            "Лейлек районунун Сумбула,Тогуз Булак, Кең Талаа, Лейлек айыл аймактарында жолугушуулар өттү.")
    assert keys(text) == [
        BATKEN_RAYON, "41705214824000", "41705214812000", "41705214814000", "41705214835000",
        "41705214852000", LEILEK_RAYON, "41705236836000", "41705236842000", "Ken-Talaa@41705236000000",
        "41705236816000",
    ]


def test_list_of_oblasts_shares_the_level_word() -> None:
    assert keys("Жалал-Абад жана Ысык-Көл облустарында сынак өттү.") == ["41703000000000", "41702000000000"]
    assert keys("в Баткенской и Ошской областях") == [BATKEN_OBL, OSH_OBL]


def test_disambiguation_by_rayon_in_sentence() -> None:
    # Кара-Булак ayil aimak exists in Batken and in Kemin rayons.
    assert keys("Кемин районунун Кара-Булак айыл аймагында") == ["41708213000000", "41708213820000"]
    assert keys("Баткен районунун Кара-Булак айыл аймагында") == [BATKEN_RAYON, "41705214824000"]


def test_disambiguation_by_document_context() -> None:
    text = "Долбоор Лейлек районунда ишке ашат.\n\nТогуз-Булак айылында жыйын болду."
    tail = text.index("Тогуз")
    assert keys(text, tail) == ["41705236842010"]


def test_ambiguous_without_context_is_flagged() -> None:
    mentions = find_places("Кара-Булак айылында жыйын болду.")
    assert len(mentions) == 1 and mentions[0].ambiguous
    assert len(mentions[0].candidates) >= 8


def test_bare_village_without_context_is_not_a_place() -> None:
    assert keys("Достук жана Ынтымак маселелери талкууланды.") == []


def test_osh_settlements_below_soate() -> None:
    text = ("Ош шаарындагы жаңы конуштарда (дачаларда) Алай 1, Алай 2, Эдельвейс жана Манас-Ата "
            "кичи районунун тургундары")
    assert keys(text) == [OSH_CITY, "Alai-1@41721000000000", "Alai-2@41721000000000",
                          "Edelweiss@41721000000000", "Manas-Ata@41721000000000"]
    ru = "в городе Ош, в жилмассивах (дачи) Алай 1, Алай 2 и Эдельвейс и микрорайона Манас-Ата"
    assert keys(ru) == [OSH_CITY, "Alai-1@41721000000000", "Alai-2@41721000000000",
                        "Edelweiss@41721000000000", "Manas-Ata@41721000000000"]


def test_manas_ata_is_not_manas() -> None:
    assert keys("Ош шаары, Манас-Ата") == [OSH_CITY, "Manas-Ata@41721000000000"]


def test_bishkek_new_settlement_needs_level_word_or_context() -> None:
    assert keys("Бишкек шаарынын Ак-Бата конушунда") == [BISHKEK, "Ak-Bata@41711000000000"]
    assert keys("Келечек жаштардын колунда.") == []
    assert keys("Бишкектин Келечек конушунда") == [BISHKEK, "Kelechek@41711000000000"]


def test_unknown_settlement_is_kept_with_parent() -> None:
    mentions = find_places("Ош шаарындагы Ак-Мечит конушунун тургундары чогулушту.")
    assert [m.place.key for m in mentions] == [OSH_CITY, "Ak-Mechit@41721000000000"]
    unknown = mentions[1].place
    assert unknown.soate is None and unknown.level == "settlement" and unknown.evidence == "Ак-Мечит"


def test_unknown_village_russian_word_order() -> None:
    mentions = find_places("Лейлекский район, село Жаңы-Абад")
    unknown = [m.place for m in mentions if m.place.soate is None]
    assert len(unknown) == 1
    assert unknown[0].level == "village" and unknown[0].parent_soate == LEILEK_RAYON


def test_unknown_list_of_settlements() -> None:
    text = "Бишкек шаарындагы Ак-Тал, Жаңы-Таш жана Кызыл-Үй конуштарында"
    got = keys(text)
    assert got[0] == BISHKEK
    assert set(got[1:]) == {"Ak-Tal@41711000000000", "Jany-Tash@41711000000000", "Kyzyl-Uy@41711000000000"}


@pytest.mark.parametrize("text", [
    "Кыргызстандагы жаңы конуштардын жашоо шартын жакшыртуу",
    "Кыргыз Республикасынын Өкмөтү",
    "«Турак-жай конуштарында чыр-чатактардын алдын алуу» долбоору",
    "Эльвира Мураталиева жана А.С. Давлетбаев катышты.",
    "Катышуучулар айылдын көйгөйлөрүн талкуулашты.",
    "Ошондой эле жаштар катышты.",
    "кант заводу иштейт",
    "Азык-түлүк жана айыл чарба уюму",
])
def test_false_positives(text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize("text", [
    "Аземге Нарын облусундагы ыйгарым укуктуу өкүл катышты.",  # the envoy's office
    "главы Кара-Булакского айыл окмоту",
    "при поддержке Посольства Великобритании в Бишкеке",  # an organization's seat
    "Организатор – ОО «Иссык-Кульский центр медиации».",
    "Форумду Талас облустук жаштар ресурстук борбору уюштурду.",  # adjective level word: an institution
    "специалисты Джалал-Абадского областного управления образования",
])
def test_place_inside_organization_name_is_not_a_place(text: str) -> None:
    """The labelling guide: places inside organization names are not places of the event."""
    assert keys(text) == []


@pytest.mark.parametrize("text", [
    "Бишкек шаарынын мэриясынын өкүлдөрү катышты.", "встретилась с руководством города Бишкек",
])
def test_a_local_self_government_body_covers_its_territory(text: str) -> None:
    assert keys(text) == [BISHKEK]


@pytest.mark.parametrize("text", [
    "Naryn, 16 May 2023. The Ambassador met students.",  # dateline
    "Бишкек, 14-март — Кабар. Бүгүн жолугушуу болду.",
    "Media contact: UNDP Kyrgyzstan, 160 Chui Avenue, Bishkek",  # footer address
    "Текст новости.\n\nЧитайте также:\n• 03.04.2024 В Оше открылся центр",  # read-also links
    "Текст.\nОкшош жаңылыктар:\n13-март — Таласта 120 фермер окуду",
    "Контакты: г. Джалал-Абад, ул. Ленина, 12",
    "деди министрликтин бөлүм башчысы Бакыт Осмонов.",  # a first name before a surname
])
def test_page_furniture_datelines_and_people_are_not_places(text: str) -> None:
    assert keys(text) == []


def test_latin_spellings_of_rayons_and_villages() -> None:
    text = "A kindergarten opened in the village of Ak-Tal, Ak-Talaa district, Naryn region, and in Ak-Suu district."
    got = keys(text)
    assert "41704210806010" in got and "41704210000000" in got and "41702205000000" in got
    assert "41704210806000" not in got  # "village of" wins over the ayil aimak of the same name


def test_russian_ovo_village_is_kyrgyz_without_final_o() -> None:
    assert "41702220810010" in keys("Тоң районунун Бөкөнбаев айылында жолугушуу болду.")


def test_common_word_town_needs_its_parent_in_the_sentence() -> None:
    text = "Өзгөн районунда спорт аянтчасы ачылды. Курулушка төрт миллион сом жумшалды."
    assert "41703211610810" not in keys(text)


def test_quoted_settlement_before_its_level_word_and_district_parent() -> None:
    assert keys("Ош шаарынын «Маданият» жаңы конушунда медпункт ачылды.") == [OSH_CITY, "Madaniyat@" + OSH_CITY]
    text = "В жилмассиве Ак-Бата открылся сад.\n12 марта в жилмассиве Ак-Бата Свердловского района прошло открытие."
    assert set(keys(text)) == {"Ak-Bata@41711204000000", "41711204000000"}


def test_region_offsets_are_into_full_text() -> None:
    text = "Биринчи бөлүк.\nЭкинчи бөлүк Нарын облусунда өттү."
    start = text.index("Экинчи")
    mentions = find_places(text, start, len(text))
    assert [m.place.soate for m in mentions] == ["41704000000000"]
    s, e = mentions[0].place.span  # type: ignore[misc]
    assert s > start and text[s:e].startswith("Нарын")
    assert find_places(text, 0, start) == []


def test_rayon_bare_name_and_kyrgyz_name_of_rayon() -> None:
    assert keys("Өзгөн районунда")[0] == "41706255000000"
    assert keys("Тоң району")[0] == "41702220000000"
    assert keys("Түп районунда")[0] == "41702225000000"


def test_russian_plural_village_word_and_dzh_spelling() -> None:
    text = "В Нарынской области жители сёл Кочкорка и Семиз-Бел очистили берег. Встреча в Джети-Огузском районе."
    got = keys(text)
    assert "41704235832030" in got  # Семиз-Бель village, resolved through the oblast named before
    assert "41702210000000" in got  # Джети-Огузский район (SOATE spells Жети-Огуз)


def test_unknown_settlements_in_a_russian_list() -> None:
    text = "В городе Ош инициативным группам жилмассивов Ак-Тилек, Ынтымак и Учкун вручены гранты."
    got = keys(text)
    assert got[0] == OSH_CITY
    assert {"Ak-Tilek@41721000000000", "Yntymak@41721000000000", "Uchkun@41721000000000"} <= set(got)


@pytest.mark.parametrize(("text", "expected"), [
    ("10 мая в Баткене прошел семинар. Следующий этап пройдет в Сулюкте.", ["Batken"]),
    ("Семинар прошел в Оше, а следующий планируется в Нарынской области.", ["Osh"]),
    ("Тренинг Таласта өттү. Кийинки тренинг Нарында өткөрүлөт.", ["Talas"]),
    ("The training was held in Osh. The next session will be held in Naryn.", ["Osh"]),
])
def test_places_of_plans_and_next_stages_are_not_event_places(text: str, expected: list[str]) -> None:
    from etl.reference.places import find_places

    assert [p.place.name for p in find_places(text)] == expected


def test_english_plural_villages_of_names_villages_not_their_ayil_aimaks() -> None:
    text = "A mobile clinic visited the villages of Kazybek and Ak-Muz in At-Bashy district."
    assert keys(text) == ["41704220830010", "41704220807010", "41704220000000"]
