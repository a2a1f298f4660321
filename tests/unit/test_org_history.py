"""A body named only in the report's history (earlier years, "ранее", "as reported earlier") is left out."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _orgs(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


_EVENT_RU = "12 мая 2025 года в Кочкоре ОФ «Алга» провело тренинг для 30 фермеров. "
_EVENT_KY = "2025-жылдын 12-майында Кочкордо «Алга» коомдук фонду 30 фермер үчүн тренинг өткөрдү. "
_EVENT_EN = "On 12 May 2025 the Alga Public Foundation held a training for 30 farmers in Kochkor. "


@pytest.mark.parametrize("text", [
    _EVENT_RU + "В 2022 году похожий тренинг фонд провёл вместе с ПРООН.",
    _EVENT_RU + "— В 2021–2023 годах мы вместе с ПРООН уже обучали фермеров, — сказала она.",
    _EVENT_RU + "Как ранее писал Kaktus.media, в 2023 году фонд вместе с ПРООН провёл опрос.",
    _EVENT_RU + "Она напомнила, что в 2022 году ПРООН поддержала такой же проект.",
    _EVENT_KY + "2022-жылы фонд ушундай тренингди БУУӨП менен бирге өткөргөн.",
    _EVENT_EN + "In 2022 the foundation ran a similar course with UNDP.",
    _EVENT_EN + "Previously, the World Bank funded a similar programme in the district.",
])
def test_a_body_of_the_past_is_left_out(text: str) -> None:
    orgs = _orgs(text)
    assert "Alga Public Foundation" in orgs
    assert "UNDP" not in orgs and "World Bank" not in orgs


@pytest.mark.parametrize("text", [
    # the event's own year without a day still opens the event
    "В 2025 году ОФ «Алга» вместе с ПРООН провело тренинг для фермеров Кочкора.",
    # the same body named in the event too keeps its role
    _EVENT_RU + "Тренинг прошёл при поддержке ПРООН. В 2022 году ПРООН поддержала похожий проект.",
    # a Kyrgyz date opening on its year is the event's date
    "2024-жылдын 3-мартында БУУӨП менен биргеликте «Алга» коомдук фонду тренинг өткөрдү. 2025-жылы дагы өтөт.",
])
def test_a_body_of_the_event_stays(text: str) -> None:
    assert "UNDP" in _orgs(text)
