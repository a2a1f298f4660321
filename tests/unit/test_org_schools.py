"""Schools, lyceums, colleges and kindergartens named as one institution (``org_schools``)."""

from __future__ import annotations

import pytest

from etl.reference.org_schools import school_bodies


@pytest.mark.parametrize(("text", "name"), [
    ("Иш-чарага Петропавловка орто мектебинин мугалимдери катышты.", "Petropavlovka Secondary School"),
    ("Талас шаарындагы №63 кесиптик лицейи менен биргеликте өттү.", "Talas Vocational Lyceum No. 63"),
    ("Балыкчы шаардык №38 кесиптик лицейи катышты.", "Balykchy Vocational Lyceum No. 38"),
    ("Кызыл-Кыя шаарынын №5 бала бакчасынын тарбиячылары катышты.", "Kyzyl-Kiya Kindergarten No. 5"),
    ("Ага К. Тыныстанов атындагы орто мектептин мугалимдери катышты.", "K. Tynystanov Secondary School"),
    ("В учениях участвовали учащиеся Кызыл-Туйской средней школы.", "Kyzyl-Tuu Secondary School"),
    ("Программы представил профессиональный лицей №38 г. Балыкчы.", "Balykchy Vocational Lyceum No. 38"),
    ("Участвовали ученики средней школы № 12 имени А. Осмонова.", "A. Osmonov Secondary School No. 12"),
    ("Lecturers of the Naryn Medical College joined the trainers.", "Naryn Medical College"),
])
def test_one_institution_is_named(text: str, name: str) -> None:
    assert [p.name for p in school_bodies(text)] == [name]


@pytest.mark.parametrize("text", [
    "Жолугушуу Ак-Суу айылындагы мектепте өттү.",  # the venue (locative)
    "Райондогу мектептердин мугалимдери катышты.",  # several schools
    "Бүгүн мектепке 20 окуучу келди.",  # a capitalized word is no school's place
    "Компьютерлер Канды айылындагы Ж. Бакиров атындагы орто мектепке тапшырылды.",  # the recipient (dative)
    "Семинар прошёл в школе № 5 города Нарын.",  # the venue
    "В тренинге участвовали директора школ и гимназий района.",  # several
    "Гости осмотрели новый детский сад в селе Катран.",  # a building
    "Кызыл-Адыр айылында жаңы орто мектептин ачылышы болду.",  # a building opened
    "Биринчи орунду Кочкор-Ата шаарындагы №3 орто мектептин командасы алды.",  # a winning team's school
])
def test_no_institution_taking_part(text: str) -> None:
    assert school_bodies(text) == []
