"""Which gazetteer unit a name means: Russian plural level words, Russian spellings of medial ж,
the more specific named ancestor, microdistricts, and an ayil aimak named after its own village."""

from __future__ import annotations

from etl.reference.gazetteer import gazetteer
from etl.reference.places import find_places
from etl.reference.places_context import document
from etl.reference.places_unknown import _enclosing
from etl.reference.translit import russian_dzh_variants


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_plural_russian_ayil_aimak_word_applies_to_an_adjective_list() -> None:
    text = ("Гранты получили Боролдойский, Кок-Ойрокский и Чон-Кеминский айылные аймаки Кеминского района.")
    assert keys(text) == ["41708213808000", "41708213823000", "41708213842000", "41708213000000"]


def test_russian_spelling_of_a_medial_zh_finds_the_district() -> None:
    assert "кара кульджин" in russian_dzh_variants("Кара-Кулжин")
    assert ("41706246000000", "adj") in gazetteer().keys["кара кульджин"]
    text = "В обучении участвовали фермеры Узгенского и Кара-Кульджинского районов Ошской области."
    assert "41706246000000" in keys(text)
    assert "41706246820000" not in keys(text)  # the ayil aimak of the same name


def test_a_village_of_the_named_district_beats_a_town_sharing_only_the_oblast() -> None:
    text = ("Жалал-Абад облусунун Аксы районунда жолугушуу болду.\n"
            "Тургундар Кызыл-Жар айылында суу жок экенин айтышты.")
    found = keys(text)
    assert "41703211863010" in found  # the village of Aksy district
    assert "41703420510010" not in found  # the town of Tash-Kumyr with the same name


def test_a_microdistrict_named_like_a_far_town_is_a_settlement_of_the_city() -> None:
    text = ("В Кара-Балте открыли новый спортивный зал. Зал находится по улице Ленина в микрорайоне "
            "Восточный.")
    places = [m.place for m in find_places(text)]
    assert "41705420510010" not in [p.key for p in places]  # Vostochnyy, a town of Batken oblast
    settlement = [p for p in places if p.soate is None]
    assert [(p.name, p.parent_soate) for p in settlement] == [("Vostochnyy", "41708209600010")]


def test_a_street_named_after_a_person_is_no_parent_of_a_settlement() -> None:
    text = "Аламүдүн районунда, Ленина көчөсүнөн алыс эмес. По улице Ленина в микрорайоне Восточный."
    raws = document(text).raws
    lenin = [r for r in raws if text[r.start:r.end] == "Ленина" and r.start > 40]
    assert lenin
    lenin[0].uid = "41708203834000"  # as a bare "Ленина" resolves where the Alamudun district is named
    pos = text.index("Восточный")
    assert _enclosing(raws, pos, "settlement", text, pos + 9) == "41708203000000"


def test_a_bare_name_of_an_aimak_and_its_own_village_is_the_village() -> None:
    text = "The cooperatives of Ysyk-Ata district come from several villages, including Kant and Ivanovka."
    found = keys(text)
    assert "41708206812010" in found and "41708206812000" not in found
    assert keys("Ивановка айыл аймагында Ысык-Ата районунун жаштары чогулушту.")[0] == "41708206812000"


def test_a_bare_small_town_name_is_the_village_of_the_named_district() -> None:
    text = "UNDP held a workshop in Jeti-Oguz district, Issyk-Kul region. It took place in Kyzyl-Suu."
    found = keys(text)
    assert "41702210850010" in found and "41703410800040" not in found  # not the town near Jalal-Abad
    assert "41703410800040" in keys("Жалал-Абад облусунда семинар өттү. Семинар Кызыл-Сууда болду.")


def test_a_level_word_after_a_count_of_other_units_applies_to_the_list() -> None:
    text = "Ош облусунун Кара-Суу районунда Нариман, Папан жана дагы эки айыл аймагында көчөт тигилди."
    assert {"41706226830000", "41706226842000"} <= set(keys(text))


def test_a_russian_adjective_of_an_aimak_name_stays_the_aimak() -> None:
    text = ("В Кара-Суйском районе Ошской области саженцы высажены в четырёх айылных аймаках, включая "
            "Папанский. Папан айыл аймагынын тургундары да катышты.")
    found = keys(text)
    assert "41706226842000" in found and "41706226842010" not in found


def test_russian_i_for_kyrgyz_y_in_an_aimak_adjective() -> None:
    text = "Тренинги прошли в Ноокенском районе, в Массинском айылном аймаке."
    assert "41703215836000" in keys(text)  # SOATE: Массынский


def test_latin_ai_for_final_ay() -> None:
    text = "A water station opened in Chauvai village of Kadamjay district, Batken Region."
    assert "41705258867010" in keys(text)  # SOATE: Чаувай
    assert "mai" not in gazetteer().keys and "sai" not in gazetteer().keys  # Latin short words stay words


def test_russian_dzh_inside_a_name() -> None:
    assert keys("Тренинг прошёл в Кадамджайском районе Баткенской области.") == ["41705258000000", "41705000000000"]
    assert "41703220400010" in keys("Встреча прошла в городе Кок-Джангак.")


def test_common_russian_and_latin_district_spellings() -> None:
    for text, code in (("в Аламединском районе", "41708203000000"), ("в Иссык-Атинском районе", "41708206000000"),
                       ("в Карасуйском районе", "41706226000000"), ("в Кара-Буринском районе", "41707215000000"),
                       ("Тюп районунда", "41702225000000"), ("in Tyup district", "41702225000000"),
                       ("in At-Bashi district", "41704220000000"), ("in Jaiyl district", "41708209000000"),
                       ("in Chong-Alai district", "41706259000000"), ("in Moskovsky district", "41708217000000")):
        assert keys("Событие прошло " + text + ".") == [code], text


def test_english_ye_for_a_russian_e_after_a_vowel() -> None:
    text = "A training was held in Bokonbayevo, Ton district, Issyk-Kul region."
    assert "41702220810010" in keys(text)
    assert "41702215805010" in keys("The clinic in Ananyevo village of Issyk-Kul district reopened.")
