"""Session 16's speed-only rewrites give what the code they replace gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _old_regional_title(ft: str, start: int, end: int, text: str = "") -> bool:
    """``places_titles.regional_title`` before session 16 (every window searched)."""
    from etl.reference import places_titles as pt

    if pt._KY_TITLE_AFTER.match(ft, end) or pt._TITLE_BEFORE.search(ft, max(0, start - 80), start) \
            or pt._POST_BEFORE.search(ft, max(0, start - 70), start) or pt._ENVOY_IN.search(ft, max(0, start - 70), start):
        return True
    speaker = pt._SPEAKER_VERB_BEFORE.search(ft, max(0, start - 50), start)
    if speaker and (not speaker.group("ky") or pt._KY_SPEAKER_POST_AFTER.match(ft, end)):
        return True
    if not text or not pt._KY_GENITIVE_LEVEL.search(ft, max(start, end - 16), end):
        return False
    post = pt._KY_POST_AFTER.match(ft, end)
    return post is not None and post.end() < len(text) and text[post.end()].isupper()


_WORDS = st.sampled_from([
    "представитель ", "представителя ", "омбудсмена ", "по", "for", "the ", "ombudsman's ", "representative ",
    "учитель ", "школы ", "teacher ", "leader ", "лидер ", "группы ", "села", "с.", "of", " the", " village", " of", "in", "в", "во", "президента ", "envoy ",
    "деди", "дейт", "айтты", "сказал, ", "первый ", "заместитель ", "акима", "мэра", "бердеди", "кепо", " ", "  ",
    "\t", "\n", "\u00a0", "\u2009", "x", ",", ".", "ош ", "нарын облусу", " боюнча ", "окулу", "району", "нун ",
    "торагасы ", "Гулмира", "department ", "управление ", "лесного ", "хозяйства ", "-", "«", "»"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORDS, max_size=24).map("".join), st.lists(_WORDS, max_size=6).map("".join), st.data())
def test_regional_title_gates_give_the_old_answer(before: str, after: str, data: st.DataObject) -> None:
    from etl.reference.places_titles import regional_title

    ft = before + "ош" + after
    start = len(before)
    end = data.draw(st.integers(start, len(ft)))
    assert regional_title(ft, start, end, ft) == _old_regional_title(ft, start, end, ft)
    # every other cut of the same text too (a window reaching the text's start, a newline just before)
    for s in range(0, len(ft) + 1, 3):
        assert regional_title(ft, s, s, "") == _old_regional_title(ft, s, s, "")


def test_regional_title_still_found() -> None:
    from etl.reference.places_titles import regional_title

    ft = "встретился представитель омбудсмена по ош области. «», — подчеркнул первый заместитель акима ош района"
    assert regional_title(ft, ft.index("ош"), ft.index("ош") + 2)
    assert regional_title(ft, ft.rindex("ош"), ft.rindex("ош") + 2)
    assert regional_title("the representative for \nnaryn", 24, 29)
    assert not regional_title("тренинг прошел в ош районе", 17, 19)


def test_regional_title_gates_on_real_reports() -> None:
    """Every word start of the samples and of every fifth labelled report, as the place rules fold them."""
    from pathlib import Path

    from etl.reference.places_context import shared_match_text
    from etl.reference.places_titles import regional_title

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "samples" / "reports").iterdir()) + sorted(
        (root / "tests" / "fixtures" / "eval" / "reports").iterdir())[::5]
    found = 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        ft = shared_match_text(text)
        for s in range(1, len(ft)):
            if ft[s].isalpha() and not ft[s - 1].isalnum():
                old = _old_regional_title(ft, s, s + 2, text)
                assert regional_title(ft, s, s + 2, text) == old, (f.name, s)
                found += old
    assert found >= 3  # the windows do match in these texts (4 word starts when written)


def test_regional_title_post_of_the_village() -> None:
    from etl.reference.places_titles import regional_title

    ft = "the teacher of the village of ош said"
    s = ft.index("ош")
    assert regional_title(ft, s, s + 2) == _old_regional_title(ft, s, s + 2) is True
    ft = "the leader of the ош group"
    s = ft.index("ош")
    assert regional_title(ft, s, s + 2) == _old_regional_title(ft, s, s + 2) is True
