"""A heading-less run of related headlines at the end of a page is skipped; real endings stay."""

from __future__ import annotations

import pytest

from etl.documents import read_bytes

KY_BODY = (
    "Нарын шаарында 2024-жылдын 14-мартында жайыттарды башкаруу боюнча тегерек стол өттү. "
    "Тегерек столго Ат-Башы жана Кочкор райондорунун жайыт комитеттеринин төрагалары, айыл өкмөтүнүн "
    "өкүлдөрү жана фермерлер — жалпы 40 адам катышты.\n\n"
    "Катышуучулар жайыт башкаруу пландарын жаңылоо боюнча сунуштарды кабыл алышты.\n\n"
)
RU_BODY = (
    "1 ноября 2023 года в Бишкеке состоялся республиканский форум по инклюзивному образованию, "
    "организованный министерством образования совместно с ЮНИСЕФ. В форуме приняли участие более "
    "250 человек, в том числе 180 учителей и директоров школ из всех областей страны.\n\n"
    "Участники обсудили результаты пилотного внедрения инклюзивных подходов в школах.\n\n"
)
EN_BODY = (
    "BISHKEK, 21 September 2023 – WFP and the Ministry of Labour today presented the results of the "
    "community resilience programme at an event in Bishkek attended by 70 representatives of ministries "
    "and local authorities.\n\nThe programme reached 12,500 people in 45 villages of Chui and Talas oblasts.\n\n"
)


def _skipped(text: str) -> list[str]:
    doc = read_bytes(text.encode(), "r.txt")
    return [doc.text[a:b] for a, b, _ in doc.skip_spans]


@pytest.mark.parametrize(
    ("body", "tail"),
    [
        (KY_BODY, "Сузакта селден 8 үй жабыркады\n\nТоктогул: 4 мектеп оңдолду"),
        (KY_BODY, "Кара-Суу: жаңы бала бакча ачылды 12.06.2024\nБаткенде 300 үй-бүлө үрөн алды 👁 345"),
        (RU_BODY, "Кочкор: открылся новый детский сад\nВ Таласе отремонтировали 5 школ · 20.05.2024\n"
                  "Минздрав провёл совещание с главврачами (12)"),
        (RU_BODY, "• Жалал-Абад: 300 семей получили семена\n• В Токмоке открыли спортивный зал"),
        (EN_BODY, "Talas: five schools repaired after mudflow\nNaryn hosts regional youth forum 18:30"),
    ],
)
def test_trailing_headline_run_without_heading_is_skipped(body: str, tail: str) -> None:
    assert _skipped(body + tail) == [tail.rstrip()]


@pytest.mark.parametrize(
    "text",
    [
        # one short line after the report is its signature
        RU_BODY + "Пресс-служба Министерства образования и науки",
        KY_BODY + "Кабар улуттук маалымат агенттиги",
        # credits and contacts are the report's own
        EN_BODY + "Photo: WFP Kyrgyzstan\nText by Ainura Sydykova for WFP Kyrgyzstan",
        # the lines before the run do not close a sentence: a list the report introduced
        RU_BODY + "Итоги форума:\nПодготовлено 25 тренеров по инклюзии\nОткрыты 3 ресурсных центра в Оше",
        # the run is most of the text: a list of headlines is the document itself
        "Краткий обзор.\nВ Оше открылся центр\nВ Нарыне прошёл форум\nВ Таласе отремонтировали школу",
        # lines ending a sentence are prose, however short
        RU_BODY + "Форум продлится два дня.\nСледующий пройдет в Оше.",
    ],
)
def test_report_endings_are_kept(text: str) -> None:
    assert _skipped(text) == []
