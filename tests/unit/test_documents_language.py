"""Language of paragraphs and the document's language parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.documents import detect_language, document_languages, read_bytes, read_document
from etl.documents.language import language_parts
from etl.text import fold

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"
KY_PARAGRAPH = (
    "Бул жолугушуулардын жүрүшүндө аталган конуштардын жашоочулары эң актуалдуу жана негизги "
    "көйгөйлөр, демилгелүү топторунун мүчөлөрүнүн потенциалын чыңдоо боюнча долбоордун иш-чаралары "
    "канчалык пайдалуу болгондугу талкууланды."
)
RU_PARAGRAPH = (
    "В ходе этих встреч были обсуждены наиболее актуальные и ключевые проблемы, с которыми "
    "сталкиваются жители данных локаций, а также насколько полезны были мероприятия проекта."
)
EN_PARAGRAPH = (
    "The training was organized by the Advocacy Centre for Human Rights with the support of the "
    "Swiss Agency for Development and Cooperation in the city of Osh."
)


def _sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


def _check_cover(text: str, parts) -> None:
    """Parts are contiguous, ordered and cover the whole text."""
    assert parts[0].start == 0 and parts[-1].end == len(text)
    for left, right in zip(parts, parts[1:], strict=False):
        assert left.end == right.start and left.lang != right.lang


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_bilingual_samples_split_into_kyrgyz_then_russian(prefix):
    doc = read_document(_sample(prefix))
    assert [p.lang for p in doc.parts] == ["ky", "ru"]
    assert document_languages(doc) == ["ky", "ru"]
    _check_cover(doc.text, doc.parts)
    ky, ru = (doc.text[p.start:p.end] for p in doc.parts)
    # the separator and closing hashtags stay with the Kyrgyz part; the Russian part starts at its text
    assert ru.lstrip().startswith(("29 августа", "Завершился"))
    assert "уюштурулду" in ky and "организовано" in ru
    assert "организовано" not in ky and "уюштурулду" not in ru


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_kyrgyz_samples_are_kyrgyz_only(prefix):
    doc = read_document(_sample(prefix))
    assert document_languages(doc) == ["ky"]
    _check_cover(doc.text, doc.parts)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_kyrgyz_typed_without_special_letters_is_still_kyrgyz(prefix):
    text = _sample(prefix).read_text(encoding="utf-8")
    folded = fold(text)  # ң ө ү written as н о у, all lowercase
    assert not any(ch in folded for ch in "ңөү")
    expected = ["ky", "ru"] if prefix in ("000", "001") else ["ky"]
    assert [p.lang for p in language_parts(folded)] == expected


def test_paragraph_languages():
    assert detect_language(KY_PARAGRAPH) == "ky"
    assert detect_language(fold(KY_PARAGRAPH)) == "ky"
    assert detect_language(RU_PARAGRAPH) == "ru"
    assert detect_language(EN_PARAGRAPH) == "en"
    assert detect_language("———————-") is None
    assert detect_language("28.10.2022 16:14") is None


def test_kyrgyz_function_words_and_endings_without_special_letters():
    assert detect_language("Иш-чара 2022-жылдын жазында Бишкек шаарында болуп отту жана "
                           "катышуучулар тарабынан жакшы бааланды деп айтылды.") == "ky"


def test_russian_document_with_kyrgyz_place_names_is_russian():
    text = ("Тренинг прошел в Кара-Кулжинском районе и в городе Өзгөн.\n\n" + RU_PARAGRAPH + "\n\n"
            + RU_PARAGRAPH.replace("встреч", "тренингов"))
    assert [p.lang for p in language_parts(text)] == ["ru"]


def test_english_only_document():
    doc = read_bytes((EN_PARAGRAPH + "\n\n" + EN_PARAGRAPH).encode(), "r.txt")
    assert document_languages(doc) == ["en"]


def test_stray_russian_quote_keeps_a_kyrgyz_document_single_language():
    text = "\n\n".join([KY_PARAGRAPH, KY_PARAGRAPH, "«Мы очень довольны результатами», – сказала она.",
                        KY_PARAGRAPH, KY_PARAGRAPH])
    parts = language_parts(text)
    assert [p.lang for p in parts] == ["ky"]
    _check_cover(text, parts)


def test_english_organization_name_paragraph_does_not_make_a_part():
    text = "\n".join([KY_PARAGRAPH, KY_PARAGRAPH, "Search for Common Ground, Camp Alatoo, Helvetas",
                      KY_PARAGRAPH])
    assert [p.lang for p in language_parts(text)] == ["ky"]


def test_russian_part_first_then_kyrgyz_with_titles_attached_to_their_text():
    text = "\n\n".join(["Итоги тренинга", RU_PARAGRAPH, RU_PARAGRAPH, "***",
                        "Тренингдин жыйынтыктары", KY_PARAGRAPH, KY_PARAGRAPH])
    parts = language_parts(text)
    assert [p.lang for p in parts] == ["ru", "ky"]
    assert text[parts[1].start:].startswith("Тренингдин жыйынтыктары")
    _check_cover(text, parts)


def test_text_without_letters_has_no_parts():
    assert language_parts("12.05.2023 — 25 / 30\n\n———") == []
    assert language_parts("") == []


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", None),  # opens with a full sentence, not a headline
        ("001", None),
        ("002", "Борбордун жаңы конуштарынын жергиликтүү өз алдынча башкаруу органдарынын жана "
                "жигердүү тургундарынын ортосундагы кызматташтыкка арналган тегерек стол өттү"),
        ("003", "Баткен облусундагы дизайн ой жүгүртүү боюнча тренингдери аяктады"),
        ("004", "Эч ким артта калбайт"),
    ],
)
def test_sample_titles(prefix, title):
    assert read_document(_sample(prefix)).title == title


def test_title_after_a_dateline_and_not_from_hashtags():
    doc = read_bytes(("28.10.2022 16:14\nТегерек стол өттү\n\n" + KY_PARAGRAPH).encode(), "r.txt")
    assert doc.title == "Тегерек стол өттү"
    doc = read_bytes(("#Аракет #Ош\n\n" + KY_PARAGRAPH).encode(), "r.txt")
    assert doc.title is None
