"""The body the money passes through is a donor, not the implementer of a Kyrgyz passive "ишке ашырылды"."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


@pytest.mark.parametrize(("text", "channel"), [
    ("Долбоор Эл аралык Кызыл Крест жана Кызыл Жарым Ай коомдорунун федерациясы (МФОКК) аркылуу Германия "
     "өкмөтүнүн каржылоосу менен Ноокат районунда ишке ашырылды.",
     "International Federation of Red Cross and Red Crescent Societies"),
    ("Долбоор Дүйнөлүк банк аркылуу Жапония өкмөтүнүн каржылоосу менен 2024-2026-жылдары Ноокат районунда "
     "ишке ашырылды.", "World Bank"),
])
def test_channel_of_funds_is_donor(text: str, channel: str) -> None:
    roles = _roles(text)
    assert roles.get(channel) == "donor", roles


@pytest.mark.parametrize("text", [
    "Финансирование: ЕБРР; софинансирование — ОАО «Бакай Банк» (раздаточные материалы).",
    "Семинар провёл ОФ «Нур» при софинансировании ОАО «Бакай Банк».",
    "The training was co-funded by Bakai Bank.",
])
def test_co_funder_is_donor(text: str) -> None:
    assert _roles(text).get("Bakai Bank") == "donor", _roles(text)


def test_chairwoman_speech_gives_her_council_no_role() -> None:
    text = ("Форумду БУУ Аялдар түзүмү уюштурду. Кочкор райондук аялдар кеңешинин төрайымы Айгүл Бекова "
            "аялдардын демилгеси менен айылда мончо курулганын белгиледи.")
    assert _roles(text).get("Kochkor District Women's Council") == "participant_org", _roles(text)


def test_partner_banks_among_participants_are_participants() -> None:
    text = ("В форуме приняли участие фермеры, представители районной администрации и организаций-партнёров, "
            "в том числе ОАО «Бакай Банк».")
    assert _roles(text).get("Bakai Bank") == "participant_org", _roles(text)
    assert _roles("Семинар провёл ОФ «Нур»; партнёр — ОАО «Бакай Банк».").get("Bakai Bank") == "partner"
