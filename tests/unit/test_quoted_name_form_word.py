"""Quoted Kyrgyz words ending in the legal form's own noun are the body's proper name, in a byline too."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def test_quoted_name_ending_in_its_form_word_is_transliterated_in_the_byline_too() -> None:
    text = ("*Ноокен жаштар бирикмеси коомдук бирикмесинин басма сөз кызматы*\n\n"
            "2025-жылдын 3-майында форумду «Ноокен жаштар бирикмеси» коомдук бирикмеси уюштурду.")
    found = find_organizations(text, include_incidental=True)
    assert {m.organization.name for m in found} == {"Nooken Jashtar Birikmesi Public Association"}
    # the byline is a mention of the body (its place word is no place of the event)
    assert (1, 24) in {m.organization.span for m in found}


def test_another_head_is_still_translated() -> None:
    text = "Окууну «Ош ишкерлер борбору» коомдук бирикмеси өткөрдү."
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [
        "Osh Entrepreneurs Centre Public Association"]
