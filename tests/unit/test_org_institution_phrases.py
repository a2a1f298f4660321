"""State institutions and national associations named by a descriptive phrase (``org_phrases``)."""

from __future__ import annotations

import pytest

from etl.reference.org_phrases import noun_phrase_organizations


@pytest.mark.parametrize(("text", "name"), [
    ("Участвовали специалисты Чуйского областного центра фтизиатрии.", "Chui Oblast Phthisiology Centre"),
    ("Акцию провёл Ошский областной центр крови.", "Osh Oblast Blood Centre"),
    ("Были специалисты Ошского областного центра по профилактике и борьбе со СПИДом.", "Osh Oblast AIDS Centre"),
    ("Пришли сотрудники Токмокского центра семейной медицины.", "Tokmok City Family Medicine Centre"),
    ("Работали врачи Жайылского территориального центра семейной медицины.",
     "Jaiyl Territorial Family Medicine Centre"),
    ("Во встрече участвовали врачи Каракольской городской больницы.", "Karakol City Hospital"),
    ("Коноктор Кара-Суу шаарындагы аймактык ооруканага барышты.", "Kara-Suu Territorial Hospital"),
    ("Иш-чарага Нарын облустук фтизиатрия борборунун дарыгерлери катышты.", "Naryn Oblast Phthisiology Centre"),
    ("Олимпиаду провели совместно с Ассоциацией учителей немецкого языка Кыргызстана.",
     "Association of German Language Teachers of Kyrgyzstan"),
    ("Был подписан меморандум с Ассоциацией деловых женщин Кыргызстана.",
     "Association of Business Women of Kyrgyzstan"),
    ("Присутствовали представители Ассоциации перевозчиков юга.", "Association of Carriers of the South"),
])
def test_institution_is_named(text: str, name: str) -> None:
    assert [p.name for p in noun_phrase_organizations(text)] == [name]


@pytest.mark.parametrize("text", [
    "Фонд передал районной больнице два инкубатора.",  # the district's hospital, unnamed
    "Делегация посетила городскую больницу.",
    "Элчи Бостери айылындагы үй-бүлөлүк медицина борборунун филиалына барды.",  # a branch, a facility
])
def test_no_institution_named(text: str) -> None:
    assert noun_phrase_organizations(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Тренерами были специалисты Арсланбобского лесхоза.", ["Arslanbob Forestry Enterprise"]),
    ("Жыйынга «Кара-Алма» токой чарбасынын директору катышты.", ["Kara-Alma Forestry Enterprise"]),
    ("Приехали сотрудники мэрий Таш-Кумыра, Кара-Куля и Майлуу-Суу.",
     ["Tash-Kumyr City Hall", "Kara-Kul City Hall", "Mailuu-Suu City Hall"]),
    ("Таш-Көмүр, Кара-Көл жана Майлуу-Суу шаарларынын мэрияларынын адистери катышты.",
     ["Tash-Kumyr City Hall", "Kara-Kul City Hall", "Mailuu-Suu City Hall"]),
    ("Участвовали представители мэрий и айыл окмоту.", []),
])
def test_forestry_enterprises_and_listed_city_halls(text: str, names: list[str]) -> None:
    from etl.reference.organizations import find_organizations

    assert [m.organization.name for m in find_organizations(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Презентация прошла в партнёрстве с Медиацентром Ошского государственного университета.",
     ["Osh State University Media Centre"]),
    ("Тренинг Ош мамлекеттик университетинин медиа борбору менен биргеликте өттү.",
     ["Osh State University Media Centre"]),
    ("The training was held together with the Media Centre of Osh State University.",
     ["Osh State University Media Centre"]),
    ("Эртеси ОшМУнун медиа борборунда жолугушуу өттү, аны Ош мамлекеттик университети уюштурду.",
     ["Osh State University"]),  # the centre is the venue
])
def test_a_universitys_centre_is_named_through_it(text: str, names: list[str]) -> None:
    from etl.reference.organizations import find_organizations

    assert sorted({m.organization.name for m in find_organizations(text)}) == names
