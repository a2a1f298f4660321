"""The Kyrgyz verb "окут-" (to train) counts people trained in every form, not only "окутулду/окутулган";
"окутуучу" (a teacher) is a noun and trains nobody."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _trained(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "people_trained"]


@pytest.mark.parametrize(("text", "value"), [
    ("Семинарда борбордун директору уюм 340 бухгалтерди окутканын айтты.", 340),
    ("Тренингде 45 мугалим окутулуп, аларга сертификаттар тапшырылды.", 45),
    ("Фонд 2025-жылы Ысык-Көлдө 75 жаш ишкерди окутту.", 75),
    ("Адистер 28 медайымды жаңы ыкмаларга окутушту.", 28),
])
def test_kyrgyz_train_verb_forms(text: str, value: int) -> None:
    assert [t[2] for t in _trained(text)] == [value]


def test_teacher_noun_is_not_training() -> None:
    assert _trained("Жыйынга мектептердин 12 окутуучусу катышты.") == []
