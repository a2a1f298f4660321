"""Places the reported event did not reach, read from grammar: futures, office seats, general figures,
plans sections, quoted speech and sentence adverbs (``places_discourse`` and its hooks)."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_context import shared_match_text
from etl.reference.places_discourse import discourse_word, figure_sentence, future_clause, office_seat

NARYN_REGION, NARYN_CITY, CHUI = "41704000000000", "41704400000010", "41708000000000"
KOCHKOR, AT_BASHY, SOKULUK, KEMIN = "41704235000000", "41704220000000", "41708222000000", "41708213000000"
BISHKEK, TOKMOK, KARAKOL, TALAS_REGION = "41711000000000", "41708400000010", "41702410000010", "41707000000000"
ISSYK_KUL, TON = "41702000000000", "41702220000000"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def _future(clause: str) -> bool:
    ft = shared_match_text(clause)
    return future_clause(ft, 0, len(ft))


def test_kyrgyz_future_verbs_make_a_clause_a_plan() -> None:
    assert _future("ушундай жыйындар эми Ат-Башы районунда өтөт")
    assert _future("кийинки жолу семинар Кочкордо өткөрүлөт")
    assert _future("уюштуруучулар сынакты Нарын облусунда уюштурушат")
    assert _future("мектептер күзүндө Нарын шаарына барышат")


def test_a_kyrgyz_future_participle_under_a_reporting_verb_is_a_plan() -> None:
    assert _future("фонд тренингдерди Нарын облусунун бардык райондорунда өткөрүлөрүн билдирди")
    assert _future("аким жаңы борбор Кочкордо ачыларын айтты")
    assert _future("Ат-Башыда өтө турган жарманке")


def test_russian_and_english_futures_of_travel_are_plans() -> None:
    assert _future("а лучшие три участницы поедут на финал в Бишкек")
    assert _future("two finalists will travel to Bishkek for the national round")
    assert _future("the winning team will represent Naryn at the national final")


def test_a_past_event_in_the_clause_is_not_a_plan() -> None:
    assert not _future("семинар Ат-Башы районунда өттү")
    assert not _future("жарманке Кочкордо болуп өттү, катышуучулар келерки жылы да келебиз дешти")
    assert not _future("в Токмоке прошёл турнир, участники которого примут участие в финале")


def test_a_plan_in_the_future_is_no_event_place_in_either_language() -> None:
    text = ("2025-жылдын 3-мартында Кочкор районунда жаш фермерлер үчүн семинар өттү. "
            "Фонддун жетекчиси мындай семинарлар жайында Ат-Башы районунда да өтөт деп билдирди.")
    assert keys(text) == [KOCHKOR]
    text = ("3 марта 2025 года в Токмоке прошёл турнир по шахматам среди школьников. "
            "Три лучших шахматиста поедут на республиканский финал в Бишкек.")
    assert keys(text) == [TOKMOK]


def test_the_seat_of_an_office_or_embassy_is_no_event_place() -> None:
    assert office_seat("Published by the GIZ Office in Bishkek", len("Published by the GIZ Office in "))
    assert office_seat("при поддержке Посольства Японии в Бишкеке", len("при поддержке Посольства Японии в "))
    assert not office_seat("The training took place in Naryn", len("The training took place in "))
    text = ("A training for beekeepers was held in Kochkor district on 4 March 2025.\n\n"
            "Story by the JICA Office in Bishkek")
    assert keys(text) == [KOCHKOR]
    text = "Семинар Кочкор районунда Латвиянын Бишкектеги элчилигинин колдоосу менен өттү."
    assert keys(text) == [KOCHKOR]
    text = ("A training for beekeepers was held in Kochkor district on 4 March 2025 with support from the "
            "Embassy of Latvia in Bishkek.")
    assert keys(text) == [KOCHKOR]
    assert keys("Тренинг в Кочкоре прошёл при поддержке посольства Латвии в Бишкеке.") == [KOCHKOR]


def test_a_meeting_held_at_an_office_is_at_its_place() -> None:
    assert not office_seat("A round table was held at the UNDP office in Naryn", 45)
    assert not office_seat("Встреча прошла в здании посольства Латвии в Бишкеке", 44)
    assert NARYN_CITY in keys("A round table was held at the UNDP office in Naryn on 4 March 2025.")


def test_a_rate_or_a_yearly_count_about_a_place_is_background() -> None:
    ft = shared_match_text("По словам акима, доля безработных в Кеминском районе составляет 7,5%.")
    assert figure_sentence(ft, 0, len(ft))
    text = ("4 марта 2025 года в Токмоке прошла ярмарка вакансий. "
            "По словам акима, доля безработных в Кеминском районе составляет 7,5%.")
    assert keys(text) == [TOKMOK]
    text = ('A craft fair opened in Karakol on 4 March 2025. "Tourists come here in thousands, and some 90,000 '
            'a year travel on to Ton district," the governor said.')
    assert keys(text) == [KARAKOL]


def test_a_count_of_what_the_activity_covered_is_kept_next_to_a_share() -> None:
    text = ("Кампания охватила 30 сел Сокулукского района, где охват вакцинацией был ниже 70%.")
    assert SOKULUK in keys(text)


def test_a_plain_paragraph_under_a_numbered_plans_heading_is_a_plan() -> None:
    text = ("2. Проведенные мероприятия\n\n5 ноября 2024 года в городе Токмок прошел семинар для фермеров.\n\n"
            "3. Планы на январь\n\nСеминар в селе Кемин, встреча в городе Нарын.")
    assert keys(text) == [TOKMOK]


def test_quoted_speech_with_the_speaker_before_the_verb_is_no_event_place() -> None:
    text = ('On 4 March 2025 a guides\' school opened in Karakol. "Our graduates already work in Naryn and in '
            'At-Bashy district," the head of the school said.')
    assert keys(text) == [KARAKOL]
    text = ("4 марта 2025 года в Караколе открылась школа гидов. «Наши выпускники уже работают в Нарыне и в "
            "Ат-Башинском районе», сказал директор школы.")
    assert keys(text) == [KARAKOL]


def test_a_sentence_adverb_before_a_list_is_no_settlement() -> None:
    assert discourse_word("Мисалы") and discourse_word("Например") and not discourse_word("Кочкорка")
    text = ("2025-жылдын 4-мартында Кочкор районунда айыл кеңештеринин депутаттары окутуудан өттү. "
            "Маселен, Чолпон айыл аймагынын бюджети 20 млн сомду түзгөн.")
    assert all(not k.startswith("masel") for k in keys(text))


def test_an_earlier_year_in_reported_speech_retells_earlier_work() -> None:
    from etl.reference.places import find_places

    text = ("On 11 September 2024 the embassy handed over equipment to the hospital in At-Bashy. "
            "The ambassador noted that in 2022 the embassy gave machines to hospitals of Osh and Jalal-Abad regions.")
    assert not {"41706000000000", "41703000000000"} & {m.place.key for m in find_places(text)}
