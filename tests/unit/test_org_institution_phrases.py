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
