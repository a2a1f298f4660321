"""Partner phrases keep their body a partner; helpers in the organizing, trainers and contractors."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.role_partnered import keep_partners, named_partner


def _roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def _role_of(text: str, word: str) -> str:
    found = [r for n, r in _roles(text).items() if word.lower() in n.lower()]
    assert found, _roles(text)
    return found[0]


@pytest.mark.parametrize("text", [
    "ПРООН совместно с общественным фондом «Мээрим Булагы» провёл семинар в Нарыне. "
    "Директор ОФ «Мээрим Булагы» А. Асанова представила итоги работы.",
    "Тренингди ПРООН «Мээрим Булагы» коомдук фонду менен өнөктөштүктө өткөрдү. "
    "«Мээрим Булагы» коомдук фондунун директору А. Асанова жыйынтыктарды тааныштырды, ал долбоорду уюштурду.",
    "UNDP, in partnership with the Public Foundation \"Meerim Bulagy\", held a seminar in Naryn. "
    "The Public Foundation \"Meerim Bulagy\" organized the site visit.",
])
def test_named_partner_is_not_a_second_organizer(text: str) -> None:
    assert _role_of(text, "Meerim") == "partner"
    assert _role_of(text, "UNDP") == "implementer"


def test_partner_without_another_organizer_keeps_its_cue() -> None:
    roles = {"a": "implementer"}
    keep_partners(roles, {"a"})
    assert roles == {"a": "implementer"}
    roles = {"a": "implementer", "b": "implementer"}
    keep_partners(roles, {"a"})
    assert roles == {"a": "partner", "b": "implementer"}


def test_named_partner_reads_both_sides() -> None:
    ft = "проект совместно с фондом кут провел"
    assert named_partner(ft, ft.index("кут"), ft.index("кут") + 3)
    ft = "ундп кут фонду менен биргеликте откорду"
    assert named_partner(ft, ft.index("кут"), ft.index("кут") + 9)
    ft = "кут фонду откорду"
    assert not named_partner(ft, 0, 9)


@pytest.mark.parametrize("text", [
    "Акцияны шаардык мэрия өткөрдү. «Таза Жер» коомдук бирикмеси ыктыярчыларды уюштурууга жардам берди.",
    "Субботник провела мэрия. ОО «Таза Жер» помогло организовать волонтёров.",
    "The city hall held the clean-up. The NGO \"Taza Jer\" helped organize the volunteers.",
])
def test_helping_to_organize_is_partnering(text: str) -> None:
    assert _role_of(text, "Taza Jer") == "partner"


@pytest.mark.parametrize("text", [
    "ОФ «Билим Булагы» провёл тренинг для учителей. Занятия вели тренеры ОсОО «Эл Консалт».",
    "Школу отремонтировали за счёт ЮНИСЕФ. Подрядчик — ОсОО «Эл Консалт».",
    "Айыл өкмөтүнүн башчысы курулуш иштерин аткарган «Эл Консалт» ЖЧКсына ыраазычылык билдирди.",
])
def test_hired_trainer_or_contractor_implements(text: str) -> None:
    assert _role_of(text, "Consult") == "implementer"


def test_sentence_opening_partner_phrase_names_no_partner_of_the_event() -> None:
    ft = "мероприятие провела мом. в партнерстве с мом работает фонд"
    assert not named_partner(ft, ft.index("мом работает"), ft.index("мом работает") + 3)
    ft = "проон совместно с фондом нур провел"
    assert named_partner(ft, ft.index("нур"), ft.index("нур") + 3)


def test_government_co_organizer_is_the_subject_of_the_partner_phrase() -> None:
    text = ("Угуулар Арал айыл өкмөтү «Жаштар Үнү» коомдук бирикмеси менен биргеликте уюштурду. "
            "Слушания организовали Аральский айыл окмоту и общественное объединение «Жаштар Үнү».")
    assert _role_of(text, "Jashtar") == "partner"


@pytest.mark.parametrize("text", [
    "Жыйынды Кара-Суу айыл өкмөтү өткөрдү. Жыйынды уюштурууга «Ынтымак Булагы» коомдук бирикмеси жардам берди. "
    "Бирикме 2023-жылдан бери долбоорду ишке ашырып келет.",
    "Собрание провёл Кара-Сууский айыл окмоту. Содействие в организации собрания оказало общественное "
    "объединение «Ынтымак Булагы», которое с 2023 года реализует проект.",
])
def test_help_with_organizing_keeps_partner_over_project_history(text: str) -> None:
    assert _role_of(text, "Yntymak") == "partner"
