"""Officials a session was held for are its participants; volunteers who ran a campaign's sessions or
handed out its materials took part in it."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "expected"), [
    ("В Караколе прошел семинар для 18 депутатов городского кенеша.", ("participants", "total", 18)),
    ("A training for 14 women councillors was held in Naryn.", ("participants", "female", 14)),
])
def test_officials_as_the_audience(text: str, expected: tuple[str, str, float]) -> None:
    assert expected in [(t[0], t[1], t[2]) for t in indicator_tuples(text, skip_dates=True)]


def test_officials_among_others_stay_officials() -> None:
    found = indicator_tuples("В семинаре для учителей приняли участие 40 человек, в том числе 6 депутатов.",
                             skip_dates=True)
    assert ("officials_participants", "total", 6, "person") in found


@pytest.mark.parametrize("text", [
    "За неделю 85 волонтеров провели уроки безопасности в школах района.",
    "Акция учурунда 40 ыктыярчы тургундарга баракчаларды таратышты.",
    "During the campaign 30 volunteers distributed leaflets at the bazaar.",
])
def test_volunteers_doing_the_campaign_take_part(text: str) -> None:
    assert any(t[0] == "participants" for t in indicator_tuples(text, skip_dates=True))
