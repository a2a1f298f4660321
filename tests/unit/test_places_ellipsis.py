"""A verbless clause that carries on a planned one ("..., а осенью — в Таласе", "в том числе в ...",
"with ... to follow") names planned places too; one with its own event or time does not."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_an_elliptic_clause_after_a_plan_is_planned() -> None:
    text = ("Семинар прошел 3 мая в Караколе. Летом такие семинары пройдут в Тюпском районе, "
            "а осенью — в Ак-Суйском.")
    assert keys(text) == ["41702410000010"]


def test_including_after_a_plan_is_planned() -> None:
    text = ("Школу открыли 1 сентября в Узгене. До 2027 года намечено построить ещё 12 школ, "
            "в том числе в Кара-Суу и Ноокате.")
    assert keys(text) == ["41706255600010"]


def test_english_with_to_follow_is_planned() -> None:
    text = ("A job fair was held in Naryn on 2 May. A similar fair is planned in Kochkor district in June, "
            "with visits to At-Bashy and Jumgal districts to follow.")
    found = keys(text)
    assert "41704220000000" not in found and "41704230000000" not in found


def test_a_continuation_with_its_own_event_keeps_its_place() -> None:
    text = ("Раньше тренинги планировали провести в Оше, а теперь тренинг прошёл в Узгенском районе 4 мая.")
    assert "41706255000000" in keys(text)


def test_a_continuation_after_a_held_event_keeps_its_place() -> None:
    text = "Акция прошла 5 июня в Караколе, а также в Ак-Суйском районе."
    assert "41702205000000" in keys(text)


def test_a_future_receipt_is_a_plan() -> None:
    text = ("Тренинг прошел 4 марта в Кочкорке. В мае такие же наборы получат школы Жумгальского района.")
    assert "41704230000000" not in keys(text)


def test_results_summed_over_the_project_life_are_not_the_events_oblasts() -> None:
    text = ("5 марта в селе Кызыл-Адыр Кара-Бууринского района Таласской области прошёл семинар для фермеров. "
            "За весь этот период обучение прошли 900 фермеров в Таласской и Чуйской областях.")
    assert "41708000000000" not in keys(text)
    text = ("A seminar for farmers was held in Kochkor district on 5 March. Since 2022, the programme has "
            "trained 900 farmers and opened 12 centres in Naryn and Issyk-Kul oblasts.")
    assert "41702000000000" not in keys(text)
    assert "41704235000000" in keys(text)
