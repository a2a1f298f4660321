"""The community-based tourism association is named by the translation of its name in each language."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


@pytest.mark.parametrize("text", [
    "Жыйынга Кыргызстандын жамаатка негизделген туризм ассоциациясынын өкүлдөрү да катышты.",
    "Семинарга Кыргыз жамаатка негизделген туризм ассоциациясы катышты.",
    "В форуме участвовала Кыргызская ассоциация сообщественного туризма.",
    "Представители Ассоциации сообщественного туризма Кыргызстана приняли участие во встрече.",
])
def test_kcbta_translated_names(text: str) -> None:
    assert [m.organization.name for m in find_organizations(text)] == ["Kyrgyz Community Based Tourism Association"]
