"""The HTML renderer's fast paths give exactly what the straightforward code gave."""

from __future__ import annotations

import random

from selectolax.lexbor import LexborHTMLParser

from etl.documents.markup import (
    _LINK_DENSE_MIN_LINKS,
    _SPACE_RUN,
    MAX_HTML_DEPTH,
    _collapse,
    _link_holders,
    _render,
    html_to_text,
)


def test_collapse_is_the_space_run_substitution():
    rng = random.Random(7)
    alphabet = "ab ж\t\n\r\f\v\u00a0\u2009."
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert _collapse(text) == _SPACE_RUN.sub(" ", text)


def test_render_blocks_cells_breaks_and_skipped_content():
    tree = LexborHTMLParser(
        "<html><head><title>не текст</title></head><body>"
        "<p>Слово <b> жирное </b>\n  и<br>после</p><!-- комментарий -->"
        "<ul><li>один</li><li>два<ul><li>вложенный</li></ul></li></ul>"
        "<table><tr><th>Показатель</th><td> 25 </td></tr></table><dl><dt>Т</dt><dd>О</dd></dl></body></html>")
    assert _render(tree.root) == (
        "Слово  жирное  и\nпосле\n\n• один\n\n• два\n\n• вложенный\n\nПоказатель\t 25\n\nТ\n\nО")
    body = tree.body
    assert body is not None
    assert _render(body) == _render(tree.root)  # <head> is never text


def _old_link_holders(tree: LexborHTMLParser) -> set[int]:
    return {n.mem_id for n in tree.css("div, section, ul, ol, p, table, span")
            if len(n.css("a")) >= _LINK_DENSE_MIN_LINKS}


def test_link_holders_are_the_blocks_a_link_query_finds():
    html = ("<div id=menu><ul><li><a href=1>a</a></li><li><a href=2>b</a></li><li><a href=3>c</a></li></ul></div>"
            "<p>Текст <a href=4>одна</a> и <a href=5>две</a> ссылки.</p>"
            "<section><p><a href=6>x</a></p><span><a href=7>y</a><a href=8>z</a></span></section>")
    tree = LexborHTMLParser(html)
    found = {n.mem_id for n in _link_holders(tree) if n.tag in ("div", "section", "ul", "ol", "p", "table", "span")}
    assert found == _old_link_holders(tree)
    assert {n.tag for n in _link_holders(tree)} >= {"div", "ul", "section", "body", "html"}
    assert _link_holders(LexborHTMLParser("<p><a href=1>a</a><a href=2>b</a></p>")) == []


def test_menus_go_and_the_depth_limit_holds_with_few_tags():
    text, title, _ = html_to_text(
        "<html><body><div class=x><a href=1>Главная</a> <a href=2>Новости</a> <a href=3>О нас</a></div>"
        "<h1>Тренинг в Оше</h1><p>В городе Ош прошел тренинг для 25 человек.</p></body></html>")
    assert title == "Тренинг в Оше"
    assert "Главная" not in text and "25 человек" in text
    shallow = "<div>" * (MAX_HTML_DEPTH // 2) + "текст" + "</div>" * (MAX_HTML_DEPTH // 2)
    assert html_to_text(shallow)[0] == "текст"


def test_published_date_rules_keep_their_order_and_a_page_without_candidates_has_none():
    from etl.documents.markup import _published

    page = ("<html><head><meta charset=utf-8><meta name='date' content='2020-01-01'>"
            "<meta property='article:published_time' content=' 2023-06-24T10:00 '></head>"
            "<body><time datetime='2019-05-05'>5 мая</time></body></html>")
    assert _published(LexborHTMLParser(page)) == "2023-06-24T10:00"
    assert _published(LexborHTMLParser("<span itemprop='datePublished' datetime='2022-05-05'>x</span>")) \
        == "2022-05-05"
    assert _published(LexborHTMLParser("<html><head><meta charset=utf-8></head><body><time>x</time>")) is None
