"""Places of what comes later (the next action, a campaign that continues, an area only being
considered) are not the reported event's."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_a_sentence_opening_with_the_next_event_names_no_event_place() -> None:
    text = ("Нарын шаарында 5-майда таштандыларды тазалоо акциясы өттү. Кийинки акциябыз 20-майда, "
            "Экология күнүнө карата Ат-Башы районунун Ак-Муз айылында өтөт.")
    assert keys(text) == ["41704400000010"]
    text = "Субботник прошёл в Таласе 3 мая. Следующая встреча, как договорились, — в Кара-Буурском районе."
    assert keys(text) == ["41707400000010"]


def test_the_next_day_narrates_the_same_visit() -> None:
    text = ("Делегация 4-июнда Нарын шаарында болду. Кийинки күнү алар Кочкор районундагы "
            "фермерлер менен жолугушту.")
    assert "41704235000000" in keys(text)
    assert "41704235000000" in keys("Визит начался в Нарыне. Следующим пунктом стал Кочкорский район.")


def test_a_campaign_that_continues_elsewhere_adds_no_place() -> None:
    text = ("Кампания Талас облусунда 10-апрелде башталды. Кампания күзүндө Нарын жана Баткен облустарында уланат.")
    assert keys(text) == ["41707000000000"]
    text = "Акция прошла в Караколе 12 апреля. Осенью акция продолжится в Тонском районе."
    assert keys(text) == ["41702410000010"]
    text = "The campaign reached 12 schools in Talas. It will continue in Naryn region next spring."
    assert keys(text) == ["41707400000010"]


def test_villages_that_will_be_covered_are_no_event_place() -> None:
    text = "Быйыл Токтогул районунда 4 айылда суу түтүгү оңдолду. Андан кийин Ала-Бука районунун дагы 5 айылы камтылат."
    assert keys(text) == ["41703225000000"]


def test_an_area_only_being_considered_adds_no_place() -> None:
    text = ("Донор 2-октябрда Кара-Балта шаарындагы цехти көрдү. Ал долбоордун экинчи этабында Панфилов "
            "районун камтуу мүмкүнчүлүгү каралып жатканын айтты.")
    assert keys(text) == ["41708209600010"]
    text = ("Представители донора 2 октября посетили цех в Кара-Балте. Рассматривается возможность "
            "расширения проекта на Панфиловский район.")
    assert keys(text) == ["41708209600010"]


def test_an_event_going_on_without_a_later_time_keeps_its_place() -> None:
    assert "41702215600010" in keys("Форум Чолпон-Ата шаарында 3-майда ачылды. Форум Чолпон-Атада 5-майга чейин уланат.")
    assert "41702410000010" in keys("Выставка открылась 3 мая. Выставка продолжится в Караколе до 5 мая.")
    assert keys("Акция Нарында 19-апрелде өттү. Кампания май айы бою Кочкор районунда уланат.") == ["41704400000010"]


def test_what_someone_will_hold_later_is_no_event_place() -> None:
    assert keys("Семинар прошёл в Таласе 3 мая. Осенью такие семинары проведут в Кара-Буринском районе.") == [
        "41707400000010"]
    assert keys("The forum took place in Talas on 3 May. UNDP will hold a similar forum in Naryn.") == [
        "41707400000010"]
    assert keys("Форум Таласта 3-майда өттү. Кийинки форум Нарын шаарында уюштурулат.") == ["41707400000010"]
    assert keys("Семинар прошёл в Таласе 3 мая. Фонд проведёт такой же семинар в Нарыне.") == ["41707400000010"]
