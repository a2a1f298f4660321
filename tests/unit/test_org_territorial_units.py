"""District, city and oblast units of national services: named after their place and level, never as the parent."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(sentence: str) -> set[str]:
    return {m.organization.name for m in find_organizations(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # short forms after the place's adjective, with or without the level word
    ("В рейде участвовали сотрудники Ноокенского РОВД и Ноокенского РайОНО.",
     {"Nooken District Internal Affairs Department", "Nooken District Education Department"}),
    ("Свою помощь оказали сотрудники ГОВД города Балыкчы.", {"Balykchy City Internal Affairs Department"}),
    # a bare short form after a town that is no district's: the city's
    ("Врачи Кара-Балтинского ЦСМ провели беседу.", {"Kara-Balta City Family Medicine Centre"}),
    ("На встрече выступил представитель УВД Ошской области.", {"Osh Oblast Internal Affairs Department"}),
    # one short form before a list of district adjectives: one body each
    ("В обучении участвовали врачи ЦСМ Узгенского и Кара-Кулжинского районов.",
     {"Uzgen District Family Medicine Centre", "Kara-Kulja District Family Medicine Centre"}),
    # the sector department named with "по <region>"
    ("Выступил начальник отдела образования по Аламединскому району.", {"Alamudun District Education Department"}),
    # the territorial election commission in three languages
    ("Семинар прошёл в Кара-Балтинской городской территориальной избирательной комиссии.",
     {"Kara-Balta City Territorial Election Commission"}),
    ("Ош шаардык аймактык шайлоо комиссиясынын төрагасы сүйлөдү.", {"Osh City Territorial Election Commission"}),
    ("Members of the Naryn City Territorial Election Commission attended.", {"Naryn City Territorial Election Commission"}),
    ("The Batken Oblast Territorial Election Commission took part.", {"Batken Oblast Territorial Election Commission"}),
    ("Выступил представитель Таласского районного отдела по чрезвычайным ситуациям.",
     {"Talas District Emergency Situations Department"}),
    # the physical culture and sports department, a sector department of every oblast and district
    ("Мелдешти Ноокен райондук дене тарбия жана спорт бөлүмү уюштурду.",
     {"Nooken District Physical Culture and Sports Department"}),
    ("Выступил представитель Джалал-Абадского областного управления физической культуры и спорта.",
     {"Jalal-Abad Oblast Physical Culture and Sports Department"}),
    # Kyrgyz short forms and the labour ministry's district office
    ("Сузак РИИБдин кызматкерлери жана Сузак райондук ҮМБнын дарыгерлери катышты.",
     {"Suzak District Internal Affairs Department", "Suzak District Family Medicine Centre"}),
    ("Эмгек, социалдык камсыздоо жана миграция министрлигинин Ноокат райондук башкармалыгынын адиси катышты.",
     {"Nookat District Social Development Department"}),
    ("Жалал-Абад облустук саламаттык сактоо башкармалыгынын өкүлү катышты.", {"Jalal-Abad Oblast Health Department"}),
    # several district administrations in one plural, rayons and Bishkek's city districts alike
    ("Присутствовали главы администраций Октябрьского и Свердловского районов Бишкека.",
     {"Oktyabrsky District Administration of Bishkek", "Sverdlovsky District Administration of Bishkek"}),
    ("Выступили представители администраций Ноокатского, Араванского и Узгенского районов.",
     {"Nookat District State Administration", "Aravan District State Administration", "Uzgen District State Administration"}),
    # the treasury's oblast and district offices, the ministry named only as their owner
    ("Сабакты Финансы министрлигинин Нарын облустук казыналыгынын адиси өттү.", {"Naryn Oblast Treasury Office"}),
    ("Занятие провёл специалист Ноокатского районного казначейства.", {"Nookat District Treasury Office"}),
    # a ministry's district unit whose district the text named just before
    ("Иш-чарага Токтогул райондук мамлекеттик администрациясынын, Өзгөчө кырдаалдар министрлигинин райондук "
     "бөлүмүнүн өкүлдөрү катышты.",
     {"Toktogul District State Administration", "Toktogul District Emergency Situations Department"}),
    # the Kyrgyz "for the oblast/district" form
    ("Талас облусу боюнча Айыл чарба министрлигинин токой чарба башкармалыгынын адистери кеңеш беришти.",
     {"Talas Oblast Forestry Department"}),
    ("Ош облусу боюнча билим берүү башкармалыгынын өкүлү катышты.", {"Osh Oblast Education Department"}),
    # a family medicine centre named in full keeps its name when a complement follows it
    ("Занятие провели специалисты Сузакского районного центра семейной медицины по оказанию первой помощи.",
     {"Suzak District Family Medicine Centre"}),
])
def test_units_are_named_after_place_and_level(sentence: str, expected: set[str]) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Присутствовали сотрудники Иссык-Кульского областного управления ГНС.",
     "Issyk-Kul Oblast Department of the State Tax Service"),
    ("Выступил представитель Управления Государственной налоговой службы по Таласской области.",
     "Talas Oblast Department of the State Tax Service"),
    # a local department's sector in the labels' word order
    ("Officials of the Kadamjay District Department of Internal Affairs attended.",
     "Kadamjay District Internal Affairs Department"),
    ("Specialists of the Karakol City Department of Social Development attended.",
     "Karakol City Social Development Department"),
    ("Staff of the Aksy District Office of the State Tax Service took part.",
     "Aksy District Office of the State Tax Service"),
])
def test_a_services_unit_is_not_counted_as_the_service(sentence: str, expected: str) -> None:
    assert _names(sentence) == {expected}


def test_an_agencys_own_office_keeps_the_agency() -> None:
    names = _names("Staff of the Naryn District Office of UNDP attended the meeting.")
    assert "UNDP" in names and not any("Office of UNDP" in n for n in names)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ПРЕЗИДЕНТИНИН ЖАЛАЛ-АБАД ОБЛУСУНДАГЫ ЫЙГАРЫМДУУ ӨКҮЛҮНҮН ЫЙГАРЫМДУУ ӨКҮЛДҮГҮ",
     "Office of the Presidential Envoy in Jalal-Abad Oblast"),
    ("ПОЛНОМОЧНОЕ ПРЕДСТАВИТЕЛЬСТВО ПРЕЗИДЕНТА КЫРГЫЗСКОЙ РЕСПУБЛИКИ В НАРЫНСКОЙ ОБЛАСТИ",
     "Office of the Presidential Envoy in Naryn Oblast"),
])
def test_the_envoys_letterhead_in_capitals(sentence: str, expected: str) -> None:
    assert _names(sentence) == {expected}


def test_an_unnamed_city_council_is_the_named_citys_when_its_people_take_part() -> None:
    text = "Круглый стол прошёл в мэрии города Токмок. В нём участвовали представители мэрии, городского кенеша и школ."
    assert "Tokmok City Council" in _names(text)
    # its deputies alone are not the council taking part (the labels leave them out)
    assert "Tokmok City Council" not in _names("Встреча прошла в мэрии города Токмок. Пришли депутаты городского кенеша.")


def test_a_building_named_as_a_landmark_is_no_participant() -> None:
    assert _names("Волонтеры раздавали листовки на площади у здания Ноокенского РОВД.") == set()


def test_the_ministry_inside_its_oblast_units_name_is_no_second_body() -> None:
    assert _names("Партнёром выступило Главное управление МЧС по Баткенской области.") == {
        "Batken Oblast Emergency Situations Department"}


@pytest.mark.parametrize("sentence", [
    "Телефон горячей линии МЧС: 112.",
    "Residents can call the Ministry of Health hotline 103 for advice.",
])
def test_a_body_named_in_a_contact_line_took_no_part(sentence: str) -> None:
    assert _names(sentence) == set()
