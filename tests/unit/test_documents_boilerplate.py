"""Boilerplate regions (``Document.skip_spans``): marked, never deleted, and only where a reader sees them."""

from __future__ import annotations

import pytest

from etl.documents import read_bytes
from etl.documents.boilerplate import boilerplate_spans, masked_text

KY_BODY = (
    "Нарын шаарында 2024-жылдын 14-мартында жайыттарды башкаруу боюнча тегерек стол өттү. "
    "Тегерек столго Ат-Башы жана Кочкор райондорунун жайыт комитеттеринин төрагалары, айыл өкмөтүнүн "
    "өкүлдөрү жана фермерлер — жалпы 40 адам катышты.\n\n"
    "Катышуучулар жайыт башкаруу пландарын жаңылоо боюнча сунуштарды кабыл алышты.\n"
)
RU_BODY = (
    "1 ноября 2023 года в Бишкеке состоялся республиканский форум по инклюзивному образованию, "
    "организованный министерством образования совместно с ЮНИСЕФ. В форуме приняли участие более "
    "250 человек, в том числе 180 учителей и директоров школ из всех областей страны.\n\n"
    "Участники обсудили результаты пилотного внедрения инклюзивных подходов в школах.\n"
)
EN_BODY = (
    "BISHKEK, 21 September 2023 – WFP and the Ministry of Labour today presented the results of the "
    "community resilience programme at an event in Bishkek attended by 70 representatives of ministries "
    "and local authorities.\n\nThe programme reached 12,500 people in 45 villages of Chui and Talas oblasts.\n"
)


def _skipped(text: str) -> list[tuple[str, str]]:
    doc = read_bytes(text.encode(), "r.txt")
    assert doc.text == text  # nothing is deleted from a text file
    return [(doc.text[a:b], reason) for a, b, reason in doc.skip_spans]


# ------------------------------------------------------------------ closing "about" sections


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        (EN_BODY, "About WFP\nIn 2022, WFP assisted 160 million people in more than 120 countries."),
        (EN_BODY, "About the Democracy Commission Small Grants Program\n\nSince 1994 it has awarded 600 grants."),
        (EN_BODY, "Notes to editors: The UK Government has supported projects in the Kyrgyz Republic since 1992."),
        (EN_BODY, "For more information please contact: Communications Unit, bishkek@example.org"),
        (RU_BODY, "Контакты для СМИ: Айдай Мамытова, +996 555 00 00 00\n\n###\n\nО ЮНИСЕФ\n"
                  "В 2022 году программы ЮНИСЕФ охватили более 1,2 млн детей."),
        (RU_BODY, "О ПРООН\nПРООН работает в 170 странах."),
        (RU_BODY, "Справка: фонд с 2005 года реализовал 40 проектов в Чуйской области."),
        (RU_BODY, "Для справки\nПрограмма малых грантов ГЭФ выделила 600 грантов."),
        (KY_BODY, "Фонд жөнүндө: «Жашыл мурас» коомдук фонду 2005-жылдан бери 25 миңден ашык адамды камтыды."),
        (KY_BODY, "ЮНИСЕФ жөнүндө\nЮНИСЕФ 190 өлкөдө иштейт."),
        (KY_BODY, "Маалымат үчүн: ӨКМдин Баткен облустук башкармалыгы, тел.: (03622) 5-02-12"),
    ],
)
def test_closing_section_is_marked_to_the_end(body, closing):
    text = body + "\n" + closing + "\n"
    assert _skipped(text) == [(closing, "closing_section")]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that merely names the organization is content
        EN_BODY + "\nUNDP has supported the centre since 2021 with 28 stations installed in river basins.\n",
        RU_BODY + "\nЮНИСЕФ работает в Кыргызстане с 1994 года и поддержал 64 пилотные школы.\n",
        # "About 50 people", "about half": a sentence, not a heading
        EN_BODY + "\nAbout 50 people from Osh also joined online.\nabout UNDP: lower case continues a sentence\n",
        # a memo titled "Справка" and a heading about the event itself are content
        "Справка\n" + RU_BODY,
        "Справка о проведении семинара\n" + RU_BODY,
        RU_BODY + "\nО мероприятии\nНа семинаре выступили 5 экспертов.\n",
        KY_BODY + "\nИш-чара жөнүндө\nСеминарда 5 эксперт сүйлөдү.\n",
        RU_BODY + "\nОб этом сообщила пресс-служба министерства.\n",
    ],
)
def test_content_is_not_marked(text):
    assert _skipped(text) == []


def test_about_heading_too_early_is_not_a_closing_section():
    text = "About UNDP\n" + EN_BODY
    assert _skipped(text) == []


def test_closing_section_ends_with_its_language_part():
    """Kyrgyz release with its "about" paragraph, then the Russian version: the Russian text is read."""
    ky = KY_BODY + "\nФонд жөнүндө: фонд 2005-жылдан бери 40 долбоорду ишке ашырды.\n\n"
    text = ky + RU_BODY
    doc = read_bytes(text.encode(), "r.txt")
    assert [p.lang for p in doc.parts] == ["ky", "ru"]
    (start, end, reason), = doc.skip_spans
    assert doc.text[start:end].startswith("Фонд жөнүндө") and end <= doc.parts[1].start
    assert "1 ноября" not in doc.text[start:end]


# ------------------------------------------------------------------ related news, furniture


@pytest.mark.parametrize(
    "heading", ["Окшош жаңылыктар:", "Башка жаңылыктар", "Читайте также:", "Похожие новости", "Другие новости",
                "Related news", "Read also:", "Другие новости министерства", "Похожие новости региона:"],
)
def test_related_news_block_is_marked_with_its_headlines(heading):
    related = f"{heading}\n13-март, 2024 — Таласта 120 фермер сугаруу ыкмасын үйрөндү\n• 01.04.2024 300 семей получили семена"
    text = RU_BODY + "\n" + related + "\n"
    assert _skipped(text) == [(related, "related_links")]


def test_related_heading_mid_article_takes_only_listed_items():
    text = (RU_BODY + "\nЧитайте также:\n• 03.04.2024 В Оше открылся центр\n\nКороткий абзац статьи.\n"
            + RU_BODY)
    assert _skipped(text) == [("Читайте также:\n• 03.04.2024 В Оше открылся центр", "related_links")]


def test_a_sentence_starting_like_a_related_heading_is_content():
    text = RU_BODY + "\nПо теме семинара выступили 5 экспертов из Оша и Бишкека.\n"
    assert _skipped(text) == []
    text = RU_BODY + "\nДругие материалы получили все 40 участников.\n"
    assert _skipped(text) == []


@pytest.mark.parametrize(
    "line",
    ["© 1926–2024 «Кабар» улуттук маалымат агенттиги", "© 2024 Kaktus Media. 18+",
     "Copyright 2024 UNDP. All rights reserved.", "Бөлүшүү: Facebook · Telegram · WhatsApp",
     "Поделиться: WhatsApp Telegram", "Теги: миграция, Ош, МОМ"],
)
def test_furniture_lines(line):
    text = KY_BODY + "\n" + line + "\n"
    assert _skipped(text) == [(line, "page_furniture")]


def test_counters_and_bylines_are_fragments_the_dateline_stays():
    text = ("Жарыяланды: 23.02.2024 · Көрүүлөр: 412\n05.04.2024, 10:21 · Автор: Нургуль Абдыкадырова\n"
            "14 сентября 2023 · 👁 534 · Комментариев: 0\n\n" + RU_BODY)
    assert [s for s, _ in _skipped(text)] == ["Көрүүлөр: 412", "Автор: Нургуль Абдыкадырова", "👁 534",
                                               "Комментариев: 0"]


def test_photo_credit_is_kept():
    """"Фото: пресс-служба мэрии" names the report's source organization."""
    assert _skipped(KY_BODY + "\nСүрөт: Ош шаарынын мэриясынын басма сөз кызматы\n") == []


def test_samples_have_no_skip_spans():
    from pathlib import Path

    for path in sorted(Path(__file__).resolve().parents[2].joinpath("samples", "reports").iterdir()):
        doc = read_bytes(path.read_bytes(), str(path))
        assert doc.skip_spans == [], path.name


# ------------------------------------------------------------------ masking keeps offsets


def test_masked_text_has_the_same_length_and_line_breaks():
    text = RU_BODY + "\nО ЮНИСЕФ\nЮНИСЕФ охватил 1,2 млн детей.\n"
    spans = boilerplate_spans(text)
    masked = masked_text(text, spans)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert "1,2 млн" not in masked and masked[: spans[0][0]] == text[: spans[0][0]]
    assert masked_text(text, []) is text


# ------------------------------------------------------------------ the extractor ignores skipped regions

RELEASE = (
    "Форум по инклюзивному образованию прошёл в Бишкеке\n\n" + RU_BODY
    + "\nЧитайте также:\n• 03.04.2024 В Оше открылся центр, в открытии участвовали 300 человек\n\n"
    "Контакты для СМИ: Айдай Мамытова, +996 555 00 00 00\n\n###\n\n"
    "О ЮНИСЕФ\nЮНИСЕФ работает в более чем 190 странах; программы ЮНИСЕФ в Нарынской "
    "области охватили более 1,2 млн детей.\n"
)


def _evidence_pairs(report: dict) -> list[tuple[tuple[int, int], str]]:
    pairs = []
    for event in report["events"]:
        for key in ("places", "organizations", "projects", "indicators"):
            pairs += [(tuple(x["span"]), x["evidence"]) for x in event[key] if "span" in x]
        if "date_span" in event:
            pairs.append((tuple(event["date_span"]), event["date_evidence"]))
    return pairs


def test_extractor_skips_boilerplate_and_spans_index_the_original_text():
    from dataclasses import replace

    from etl.extract.pipeline import extract

    doc = read_bytes(RELEASE.encode(), "release.txt")
    assert {reason for _, _, reason in doc.skip_spans} == {"related_links", "closing_section"}
    report = extract(doc).to_dict()
    values = {i["value"] for e in report["events"] for i in e["indicators"]}
    assert 250 in values and 1_200_000 not in values and 300 not in values
    assert [e["start_date"] for e in report["events"]] == ["2023-11-01"]
    places = {p["name"] for e in report["events"] for p in e["places"]}
    assert not any("Нарын" in name or "Naryn" in name for name in places)
    pairs = _evidence_pairs(report)
    assert pairs and all(doc.text[a:b] == evidence for (a, b), evidence in pairs)
    # the same document without its skip spans does read the boilerplate: the masking is what helps
    unmasked = extract(replace(doc, skip_spans=[])).to_dict()
    assert 1_200_000 in {i["value"] for e in unmasked["events"] for i in e["indicators"]}


def test_every_evidence_is_the_original_text_at_its_span_in_eval_reports():
    from pathlib import Path

    from etl.documents import read_document
    from etl.extract.pipeline import extract

    folder = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "reports"
    marked = 0
    for path in sorted(folder.iterdir()):
        doc = read_document(path)
        if not doc.skip_spans:
            continue
        marked += 1
        pairs = _evidence_pairs(extract(doc).to_dict())
        assert all(doc.text[a:b] == evidence for (a, b), evidence in pairs), path.name
    assert marked >= 10


# ------------------------------------------------------------------ HTML: page furniture is dropped by structure


def _html(body: str, lang: str = "ru") -> str:
    return read_bytes(f"<html lang='{lang}'><head><title>t</title></head><body>{body}</body></html>".encode(),
                      "page.html").text


@pytest.mark.parametrize(
    ("heading", "body", "lang"),
    [
        ("Читайте также", RU_BODY, "ru"),
        ("Окшош жаңылыктар", KY_BODY, "ky"),
        ("Related news", EN_BODY, "en"),
        ("Другие новости:", RU_BODY, "ru"),
        ("Комментарии (4)", RU_BODY, "ru"),
    ],
)
def test_block_opened_by_a_related_heading_is_dropped_without_class_names(heading, body, lang):
    text = _html(f"<div><h1>Заголовок новости</h1><p>{body}</p></div>"
                 f"<div><h3>{heading}</h3><ul><li>11.03.2024 | В районе отремонтировали 12 дворов</li>"
                 f"<li>07.03.2024 | Прошла встреча с 40 жителями</li></ul></div>", lang)
    assert body.strip()[:40] in text
    assert "12 дворов" not in text and heading not in text


def test_related_heading_inside_the_article_drops_only_the_list_after_it():
    text = _html(f"<article><h1>Заголовок новости</h1><p>{RU_BODY}</p><h3>Похожие новости</h3>"
                 "<ul><li><a href='/1'>В Оше открылся центр</a></li></ul><p>Последний абзац статьи о форуме "
                 "в Бишкеке, где выступили пять экспертов из разных областей страны.</p></article>")
    assert "Оше открылся" not in text and "Похожие" not in text
    assert "Последний абзац статьи" in text


def test_link_dense_blocks_are_dropped_prose_with_links_is_kept():
    links = " ".join(f"<a href='/r{i}'>Район {i}</a>" for i in range(6))
    text = _html(f"<div><h1>Заголовок новости</h1><div>{links}</div><p>{RU_BODY} Подробнее на "
                 "<a href='/a'>сайте</a>, <a href='/b'>в отчёте</a> и <a href='/c'>в галерее</a>.</p></div>")
    assert "Район 3" not in text
    assert "Подробнее на сайте, в отчёте и в галерее." in text


def test_site_header_before_the_headline_is_dropped_a_dateline_above_it_stays():
    text = _html("<div>Кыргыз Республикасынын Президентинин Чүй облусундагы ыйгарым укуктуу өкүлчүлүгү</div>"
                 "<ul><li>Райондор: Аламүдүн, Жайыл, Кемин, Москва, Панфилов</li></ul>"
                 "<div>17.05.2023</div>"
                 f"<div><h1>Токмокто тренинг өттү</h1><p>{KY_BODY}</p></div>", "ky")
    assert "өкүлчүлүгү" not in text and "Аламүдүн" not in text
    assert text.startswith("17.05.2023\n\nТокмокто тренинг өттү")


def test_photo_captions_counters_and_read_also_classes_are_dropped():
    text = _html("<article><h1>Ошто форум өттү</h1><div class='byline'>Жыпар Бекова · 24-ноябрь, 2023</div>"
                 "<figure><img src='a.jpg'><figcaption>Форумдун катышуучулары. Ош, 2022-жыл.</figcaption></figure>"
                 f"<span class='views'>👁 1 205</span><p>{KY_BODY}</p></article>"
                 "<div class='read-also'>Дагы окуңуз: Нарында 30 фермер жылыткана курду</div>"
                 "<div class='other-news'>Бишкекте хакатон өттү</div>", "ky")
    assert "24-ноябрь, 2023" in text  # the byline carries the dateline
    for gone in ("катышуучулары", "1 205", "30 фермер", "хакатон"):
        assert gone not in text, gone


def test_a_related_heading_takes_its_whole_container_with_paragraph_headlines():
    # the container is found by comparing nodes; selectolax gives a new wrapper per access, so identity
    # never held and the paragraph headlines stayed in the text
    html = ("<html><body><article><h1>Тренинг в Таласе</h1><p>12 марта 2024 года в Таласе прошел тренинг "
            "для 40 фермеров.</p><div><h3>Читайте также</h3><p>В Нарыне построили школу за 7 млн сомов</p>"
            "<p>Фермеры Чуя получили 300 тракторов</p></div></article></body></html>")
    text = read_bytes(html.encode(), "r.html").text
    assert "40 фермеров" in text
    assert "Нарыне" not in text and "тракторов" not in text


# ------------------------------------------------------------------ rate and weather bars, a site's clock


def test_rate_and_weather_bar_lines_are_furniture():
    bar = "01:24\nUSD 87.45\nEUR 101,20 ▲\nRUB 1.09\nКаракол +3°C\n"
    skipped = _skipped(bar + "\n" + RU_BODY)
    assert [s for s, _ in skipped] == ["USD 87.45", "EUR 101,20 ▲", "RUB 1.09", "Каракол +3°C"]
    assert {reason for _, reason in skipped} == {"page_furniture"}


@pytest.mark.parametrize("line", [
    "Грант в размере USD 85 000 передан 12 фермерам.",  # an amount in a sentence is content
    "USD 85.80 million was allocated",                    # the line goes on: not a bar
    "Каракол шаарында 3 тренинг өттү",
])
def test_amounts_and_places_in_sentences_are_not_bars(line):
    assert _skipped(RU_BODY + "\n" + line + "\n") == []


def test_site_clock_is_furniture_and_its_date_stays():
    line = "25-Апрель, 2024-жыл, бейшемби, Бишкек убактысы 13:57"
    assert _skipped(line + "\n\n" + KY_BODY) == [("Бишкек убактысы 13:57", "page_furniture")]
