"""More places the event did not reach: editors' notes, prices, residents, survey samples, retold
earlier years, plans headings over lists, monuments and lakes (``places_discourse`` and its hooks)."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_context import shared_match_text
from etl.reference.places_discourse import figure_clause, reference_paragraph, retold_marker

NARYN_REGION, TALAS_REGION, CHUI, OSH_REGION = "41704000000000", "41707000000000", "41708000000000", "41706000000000"
KOCHKOR, AT_BASHY, SOKULUK, KEMIN = "41704235000000", "41704220000000", "41708222000000", "41708213000000"
TOKMOK, KARAKOL, NARYN_CITY = "41708400000010", "41702410000010", "41704400000010"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def _clause(clause: str) -> bool:
    ft = shared_match_text(clause)
    return figure_clause(ft, 0, len(ft))


def test_an_editors_note_paragraph_is_no_event_place() -> None:
    assert reference_paragraph("Справка: проект работает в Нарынской области.", 30)
    assert reference_paragraph("About the project\n\nThe project works in Talas Region.", 40)
    assert not reference_paragraph("Проект работает в Нарынской области.", 20)
    text = ("4 марта 2025 года в Кочкорке прошёл семинар для пасечников Кочкорского района.\n\n"
            "Справка. Программа «Бал» (2023–2027) работает в Нарынской и Таласской областях.")
    assert KOCHKOR in keys(text) and NARYN_REGION not in keys(text) and TALAS_REGION not in keys(text)
    text = ("Беш күндүк окутуу 2025-жылдын 4-мартында Ат-Башы районунда өттү.\n\n"
            "Маалымат үчүн: программа Талас жана Нарын облустарында иштейт.")
    assert TALAS_REGION not in keys(text)


def test_prices_residents_and_survey_samples_are_figures_about_a_place() -> None:
    assert _clause("а килограмм мёда на рынке Токмока стоил 800 сомов, цена выросла")
    assert _clause("в районе проживает около 60 тысяч человек")
    assert _clause("опрошены 900 фермеров в Нарынской и Таласской областях")
    assert _clause("Кочкор районунда 60 миңдей адам жашайт")
    assert not _clause("в селе прошли учения по действиям населения 9 октября 2025 года")
    text = ("5 марта 2025 года в Бишкеке представили исследование о миграции. "
            "Опрошены 900 семей в Нарынской и Таласской областях.")
    assert NARYN_REGION not in keys(text) and TALAS_REGION not in keys(text)


def test_a_sentence_retelling_an_earlier_year_is_background() -> None:
    ft = shared_match_text("Врач напомнила, что в 2022 году в Нарынской области выявили 300 случаев.")
    assert retold_marker(ft, 0, len(ft))
    text = ("2025-жылдын 4-мартында Кочкор районунда медайымдар үчүн окутуу өттү. "
            "Расмий маалыматтар боюнча, 2022-жылы Нарын облусунда 300 учур катталган.")
    assert keys(text) == [KOCHKOR]
    text = ("On 4 March 2025 a training for nurses was held in Kochkor district. The agency's earlier work "
            "in At-Bashy district reached 900 families in 2022.")
    assert keys(text) == [KOCHKOR]


def test_a_list_under_a_numbered_plans_heading_is_a_plan() -> None:
    text = ("3. Итоги\n\n5 ноября 2024 года в Токмоке прошла ярмарка.\n\n4. ПЛАНЫ НА I КВАРТАЛ 2025 ГОДА\n\n"
            "— обучение 20 лидеров;\n— расширение программы на Кеминский район.")
    assert keys(text) == [TOKMOK]


def test_a_plan_said_with_plans_a_is_a_plan() -> None:
    text = ("A first-aid training for drivers was held in Karakol on 4 March 2025. In May, the project plans a "
            "second course in Kochkor district.")
    assert keys(text) == [KARAKOL]


def test_a_monument_or_a_lake_named_like_a_village_is_no_village() -> None:
    text = ("A seminar for guides was held in Kochkor district on 4 March 2025. On the second day participants "
            "walked to the Son-Kul lake.")
    assert keys(text) == [KOCHKOR]


def test_a_pasture_named_like_a_village_is_no_village_but_its_committee_names_the_aimak() -> None:
    text = ("2025-жылдын 4-мартында Кочкор районунда жайыт комитетинин жыйыны өттү. Тургундар Семиз-Бел жайыты "
            "боюнча маселелерди көтөрүштү.")
    assert keys(text) == [KOCHKOR]
    assert keys("4 марта 2025 года в Кочкорском районе жители говорили о пастбище Семиз-Бель.") == [KOCHKOR]
    text = "2025-жылдын 4-мартында Кочкор районунда Семиз-Бел жайыт комитетинин жыйыны өттү."
    assert "41704235832030" in keys(text) or "41704235832000" in keys(text)


def test_an_editors_note_may_carry_the_papers_tag() -> None:
    assert reference_paragraph("Справка «ОВ». Узгенский район — один из крупнейших в Ошской области.", 40)
    assert reference_paragraph("Справка АКИpress: проект работает в Нарынской области.", 40)


def test_a_population_figure_and_a_decimal_figure_keep_their_clause() -> None:
    assert _clause("Население Ошской области составляет около 1,4 млн человек")
    text = ("10 ноября в селе Ак-Джар Узгенского района открылся кружок робототехники.\n\n"
            "Население Ошской области составляет около 1,4 млн человек, из них треть — дети.")
    assert "41706255000000" in keys(text) and OSH_REGION not in keys(text)


def test_a_speaker_reminding_of_a_regional_figure_tells_no_event_place() -> None:
    text = ("2 сентября в селе Татыр Аламудунского района открылась новая школа. Замминистра напомнил, "
            "что дефицит ученических мест в Чуйской области составляет около 38 тыс.")
    assert "41708203000000" in keys(text) and CHUI not in keys(text)


def test_the_shore_of_a_lake_named_like_its_oblast_is_no_place() -> None:
    text = ("Thirty teachers from kindergartens on the southern shore of Issyk-Kul completed a training "
            "held on 8 April 2025 in the village of Barskoon, Jeti-Oguz district.")
    assert "41702000000000" not in keys(text) and "41702210000000" in keys(text)


def test_the_home_of_a_quotes_one_speaker_is_no_event_place() -> None:
    text = ("14 августа 2025 года в селе Табылгыты Жумгальского района прошёл семинар. «Раньше мы косили "
            "траву поздно», — рассказала фермер из села Кен-Суу.")
    assert "41704230813010" in keys(text) and "41704230813030" not in keys(text)
    text = ('A training was held on 8 April 2025 in the village of Barskoon, Jeti-Oguz district. "Now I understand '
            'the method," said one of the educators from Tamga.')
    assert "41702210862000" not in keys(text) and "41702210815010" in keys(text)


def test_the_projects_first_year_retells_earlier_work() -> None:
    text = ("2025-жылдын 12-мартында Кочкор районунда окуу өттү. Долбоордун биринчи жылында Жумгал районунда "
            "9 мектепте медициналык бурчтар ачылган.")
    assert KOCHKOR in keys(text) and "41704230000000" not in keys(text)
    text = "On 3 March 2025 a training was held in Kochkor. In its first year the project equipped schools in Naryn."
    assert NARYN_CITY not in keys(text)


def test_a_list_under_a_recommendations_heading_proposes_places() -> None:
    text = ("4 июня 2025 года в Кеминском районе прошёл круглый стол.\n\n4. Рекомендации\n\n"
            "- включить школьные сады в программу развития;\n- расширить проект на Ильичевский айыл аймак.")
    assert KEMIN in keys(text) and "41708213817000" not in keys(text)
