"""Markdown and HTML to readable text (markup dropped, paragraphs kept)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

# ---------------------------------------------------------------- markdown

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*```.*$|^\s*~~~.*$", re.MULTILINE), ""),                    # code fences
    (re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE), ""),           # link definitions
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE), ""),                # horizontal rules
    (re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$", re.MULTILINE), ""),  # table rule
    (re.compile(r"^\s{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^(?:\s{0,3}>[ \t]?)+", re.MULTILINE), ""),                     # blockquotes
    (re.compile(r"^(\s*)[-*+][ \t]+(?=\S)", re.MULTILINE), r"\1• "),             # bullets
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),                          # images -> alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),                           # links -> text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),                          # reference links
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),                                # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                       # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),      # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),        # _italic_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),                              # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                         # inline code
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),                                    # inline html tags
    (re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE), r"\1"),                # table row edges
)
_TABLE_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_SETEXT = re.compile(r"^(.+)\n[=-]{3,}[ \t]*$", re.MULTILINE)


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """(plain text, first heading or None)."""
    title = None
    heading = re.search(r"^\s{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", text, re.MULTILINE)
    if heading:
        title = heading.group(1)
    text = _SETEXT.sub(r"\1", text)
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    text = "\n".join(_TABLE_PIPE.sub("\t", line) if "|" in line else line for line in text.split("\n"))
    if title is not None:
        title = markdown_to_text(title)[0].strip() if ("*" in title or "[" in title) else title.strip()
    return html_lib.unescape(text), title


# ---------------------------------------------------------------- html

_BOILERPLATE = (
    "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, footer, aside, "
    "form, button, select, input, textarea, menu, dialog, [role=navigation], [role=banner], "
    "[role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]"
)
# class/id words that mark menus, share buttons, cookie banners, comments, related links.
_BOILERPLATE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|cookies?|consent|gdpr|banner"
    r"|sidebar|footer|header|comments?|related|advert|ads|popup|modal|subscribe|newsletter|pagination"
    r"|tags|widget)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK = frozenset(
    "address article blockquote dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section summary table tbody thead tfoot tr ul caption center".split()
)
_CELL = frozenset(("td", "th"))
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def html_to_text(raw: str) -> tuple[str, str | None, dict[str, Any]]:
    """(readable text, title or None, metadata such as ``published``)."""
    tree = LexborHTMLParser(raw)
    metadata: dict[str, Any] = {}
    published = _published(tree)
    if published:
        metadata["published"] = published
    lang = tree.css_first("html")
    if lang is not None and lang.attributes.get("lang"):
        metadata["html_lang"] = lang.attributes["lang"]
    page_title = tree.css_first("title")
    page_title_text = _clean_inline(page_title.text(deep=True)) if page_title is not None else ""
    h1 = tree.css_first("article h1") or tree.css_first("main h1") or tree.css_first("h1")
    title = _clean_inline(h1.text(deep=True)) if h1 is not None else ""
    for node in tree.css(_BOILERPLATE):
        if not _holds_headline(node):
            node.decompose()
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if (_BOILERPLATE_WORDS.search(marker) and node.tag not in ("body", "html", "article", "main")
                and not _holds_headline(node)):
            node.decompose()
    root = _main_content(tree)
    if root is None:
        return "", title or page_title_text or None, metadata
    text = _render(root)
    return text, title or page_title_text or None, metadata


def _holds_headline(node: LexborNode) -> bool:
    """An article's <header> often carries its <h1>: keep it, it is part of the report."""
    return node.tag in ("header", "div") and node.css_first("h1") is not None


def _main_content(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text(deep=True)))
    main = tree.css_first("main") or tree.css_first("[role=main]")
    return main or tree.body or tree.root


def _published(tree: LexborHTMLParser) -> str | None:
    for selector, attribute in (
        ('meta[property="article:published_time"]', "content"),
        ('meta[name="article:published_time"]', "content"),
        ('meta[itemprop="datePublished"]', "content"),
        ('meta[name="pubdate"]', "content"),
        ('meta[name="date"]', "content"),
        ('meta[name="DC.date.issued"]', "content"),
        ("time[datetime]", "datetime"),
        ('[itemprop="datePublished"]', "datetime"),
    ):
        node = tree.css_first(selector)
        value = node.attributes.get(attribute) if node is not None else None
        if value and value.strip():
            return value.strip()
    return None


def _clean_inline(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()


def _render(root: LexborNode) -> str:
    """Text of ``root`` with block elements as paragraphs and <br> as line breaks.

    Iterative walk (deeply nested pages must not hit the recursion limit)."""
    out: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            out.append(_SPACE_RUN.sub(" ", item.text_content or ""))
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in ("-comment", "head"):
            continue
        children = list(item.iter(include_text=True))
        if tag in _BLOCK:
            opener, closer = ("\n• " if tag == "li" else "\n\n"), "\n\n"
            if tag in ("tr", "li", "dt", "dd"):
                closer = "\n"
        elif tag in _CELL:
            opener, closer = "", "\t"
        else:
            opener, closer = "", ""
        stack.append(closer)
        stack.extend(reversed(children))
        if opener:
            stack.append(opener)
    text = "".join(out)
    lines = [line.strip(" \t") for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip("\n")
