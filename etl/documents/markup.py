"""Markdown and HTML to readable text (markup dropped, paragraphs kept)."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl.documents.model import UnreadableDocument

# ---------------------------------------------------------------- markdown

def _heading_text(line: re.Match[str]) -> str:
    """An ATX heading's text without its optional closing run of ``#``."""
    text = line.group(1).rstrip(" \t")
    unclosed = text.rstrip("#")
    if unclosed != text and (not unclosed or unclosed[-1] in " \t"):
        text = unclosed.rstrip(" \t")
    return text


# Line rules match spaces and tabs ([ \t]), never \s: \s crosses line ends, so each line start
# rescanned every blank line after it (2,000 blank lines: 97 s in the table-rule pattern).
_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.MULTILINE)
_MD_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^[ \t]*```.*$|^[ \t]*~~~.*$", re.MULTILINE), ""),              # code fences
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),     # link definitions
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),          # horizontal rules
    (re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$",
                re.MULTILINE), ""),                                              # table rule
    (_ATX_HEADING, _heading_text),                                               # ATX headings
    (re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.MULTILINE), ""),                  # blockquotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)", re.MULTILINE), r"\1• "),          # bullets
    (re.compile(r"!\[([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)"), r"\1"),        # images -> alt text
    (re.compile(r"\[([^\[\]\n]{1,1000})\]\([^()\n]{0,2000}\)"), r"\1"),         # links -> text
    (re.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,1000}\]"), r"\1"),       # reference links
    (re.compile(r"<(https?://[^<>\s]{1,2000})>"), r"\1"),                        # autolinks
    (re.compile(r"\*\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*\*"), r"\1"),              # bold
    (re.compile(r"__(?=\S)([^_\n]{1,1000}?)(?<=\S)__"), r"\1"),                  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),      # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),        # _italic_
    (re.compile(r"~~(?=\S)([^~\n]{1,1000}?)(?<=\S)~~"), r"\1"),                  # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                         # inline code
    (re.compile(r"</?[A-Za-z][^<>\n]{0,2000}>"), ""),                             # inline html tags
    (re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE), r"\1"),                # table row edges
)
# Every span above stops at the next marker and is bounded: an open one rescanned the rest of the
# line from each opening marker without a closing one ("**a " * 20,000, 80 kB, took 47 s in one regex
# call that no time limit can interrupt).  A span these miss keeps its markers, which costs nothing.
_TABLE_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_SETEXT = re.compile(r"^(.+)\n[=-]{3,}[ \t]*$", re.MULTILINE)


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """(plain text, first heading or None)."""
    title = next((t for t in map(_heading_text, _ATX_HEADING.finditer(text)) if t), None)
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
# class/id words that mark menus, share buttons, cookie banners, comments, related links, counters.
_BOILERPLATE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|socials|cookies?|consent|gdpr|banner"
    r"|sidebar|footer|header|comments?|related|advert|ads|popup|modal|subscribe|newsletter|pagination"
    r"|tags|widget|topbar|toolbar|lang-switch|langs|language-switcher|weather|currency|rates|logo|gerb"
    r"|views|counter|figcaption|caption|copyright|rating|print|similar|popular|recommended|also|onetrust"
    r"|(?:read|see)[-_]?(?:also|more)|(?:other|more|last|latest|similar|popular|top)[-_]?(?:news|posts?"
    r"|articles?|stories|materials?))(?:$|[\s_-])",
    re.IGNORECASE,
)
_LINK_DENSE_SHARE = 0.6     # a block whose text is mostly links (menus, "read also" lists)
_LINK_DENSE_MIN_LINKS = 3
_HEADER_MAX_CHARS = 400     # page furniture before the headline is short...
_PROSE_CHARS = 150          # ...and holds no paragraph of prose
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BLOCK = frozenset(
    "address article blockquote dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section summary table tbody thead tfoot tr ul caption center".split()
)
_CELL = frozenset(("td", "th"))
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


# The HTML parser's cost grows with the square of the nesting depth, inside one C call that no
# time limit can interrupt (measured: 10,000 nested divs 0.4 s, 20,000 1.7 s, 60,000 38 s), and the
# boilerplate pass walks each element's subtree again.  Real pages nest a few dozen levels deep.
MAX_HTML_DEPTH = 1_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# elements that never hold children, or whose end tag HTML lets the next sibling imply:
# an unclosed run of them does not nest
_NO_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body".split()
)


def html_depth(raw: str) -> int:
    """The deepest nesting of elements the markup asks for (an upper bound of the parser's tree)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(raw):
        if name.lower() in _NO_NESTING or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def html_to_text(raw: str) -> tuple[str, str | None, dict[str, Any]]:
    """(readable text, title or None, metadata such as ``published``)."""
    # nesting needs an opening "<" per level: a page with fewer cannot be too deep
    depth = html_depth(raw) if raw.count("<") > MAX_HTML_DEPTH else 0
    if depth > MAX_HTML_DEPTH:
        raise UnreadableDocument(
            "too_complex",
            f"The HTML nests elements {depth:,} levels deep (more than {MAX_HTML_DEPTH:,}); no report page "
            "needs that, and reading it would take minutes. Save the report again as plain text, DOCX or PDF.",
        )
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
    _drop(tree, _boilerplate_nodes(tree, h1))
    root = _main_content(tree)
    if root is None:
        return "", title or page_title_text or None, metadata
    text = _render(root)
    return text, title or page_title_text or None, metadata


def _boilerplate_nodes(tree: LexborHTMLParser, h1: LexborNode | None) -> list[LexborNode]:
    """Elements that are page furniture, judged on the untouched tree: by tag and role, by
    class/id words, by the heading they open with, by link density, and before the headline."""
    # figcaption rides along: only <header> and <div> can hold the headline
    doomed = [n for n in tree.css(_BOILERPLATE + ", figcaption") if not _holds_headline(n)]
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if (_BOILERPLATE_WORDS.search(marker) and node.tag not in _ROOTS and not _holds_headline(node)):
            doomed.append(node)
    for heading in tree.css("h2, h3, h4, h5, h6, b, strong"):
        doomed += _headed_block(heading)
    for node in _link_holders(tree):
        if node.tag in _LINK_BLOCKS and not _holds_headline(node):
            links = node.css("a")
            total = len(_clean_inline(node.text(deep=True)))
            linked = sum(len(_clean_inline(a.text(deep=True))) for a in links)
            if total and linked >= _LINK_DENSE_SHARE * total:
                doomed.append(node)
    if h1 is not None:
        doomed += _before_headline(h1)
    return doomed


_ROOTS = frozenset(("body", "html", "article", "main"))
_LINK_BLOCKS = frozenset(("div", "section", "ul", "ol", "p", "table", "span"))  # judged by link density


def _link_holders(tree: LexborHTMLParser) -> list[LexborNode]:
    """Elements holding at least ``_LINK_DENSE_MIN_LINKS`` links: counted by one walk up from each
    link (a page has few), instead of a link query for every block on the page."""
    links = tree.css("a")
    if len(links) < _LINK_DENSE_MIN_LINKS:
        return []
    counts: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for link in links:
        node = link.parent
        while node is not None:
            key = node.mem_id
            if key in counts:
                counts[key] += 1
            else:
                counts[key] = 1
                nodes[key] = node
            node = node.parent
    return [nodes[key] for key, count in counts.items() if count >= _LINK_DENSE_MIN_LINKS]


def _headed_block(heading: LexborNode) -> list[LexborNode]:
    """"<section><h3>Читайте также</h3><ul>…</ul></section>": the block a related-news, comments
    or share heading opens; without such a container, the heading and the lists right after it."""
    from etl.documents.boilerplate import BLOCK_HEADING

    text = _clean_inline(heading.text(deep=True))
    if not text or len(text) > 60 or not BLOCK_HEADING.fullmatch(text):
        return []
    parent = heading.parent
    if (parent is not None and parent.tag in ("div", "section", "aside", "nav")
            and _same_node(_first_element(parent), heading) and not _holds_headline(parent)):
        return [parent]
    out = [heading]
    sibling = heading.next
    while sibling is not None:
        if sibling.tag in ("ul", "ol", "dl") or (sibling.tag in ("div", "p") and _is_link_list(sibling)):
            out.append(sibling)
        elif sibling.tag not in ("-text", "-comment", "br") or (sibling.text_content or "").strip():
            break
        sibling = sibling.next
    return out


def _same_node(a: LexborNode | None, b: LexborNode) -> bool:
    # selectolax builds a new wrapper object on every access: identity never holds, the address does
    return a is not None and a.mem_id == b.mem_id


def _first_element(node: LexborNode) -> LexborNode | None:
    child = node.child
    while child is not None and (child.tag in ("-text", "-comment") and not (child.text_content or "").strip()):
        child = child.next
    return child


def _is_link_list(node: LexborNode) -> bool:
    text = _clean_inline(node.text(deep=True))
    links = node.css("a")
    return bool(links) and sum(len(_clean_inline(a.text(deep=True))) for a in links) >= _LINK_DENSE_SHARE * len(text)


def _before_headline(h1: LexborNode) -> list[LexborNode]:
    """Site headers, language switches, logos and menus placed before the article's headline:
    short elements without prose or a date (a dateline above the headline stays)."""
    out: list[LexborNode] = []
    node: LexborNode | None = h1
    while node is not None and node.tag not in ("body", "html"):
        sibling = node.prev
        while sibling is not None:
            if sibling.tag not in ("-text", "-comment", "br", "hr", "time"):
                text = _clean_inline(sibling.text(deep=True))
                if (len(text) <= _HEADER_MAX_CHARS and not _YEAR.search(text) and sibling.css_first("time") is None
                        and not any(len(_clean_inline(p.text(deep=True))) >= _PROSE_CHARS
                                    for p in sibling.css("p"))):
                    out.append(sibling)
            sibling = sibling.prev
        node = node.parent
    return out


def _drop(tree: LexborHTMLParser, doomed: list[LexborNode]) -> None:
    """Remove each doomed element once, outermost first (never touch a node inside a removed one)."""
    ids = {n.mem_id for n in doomed}
    for node in doomed:
        if node.mem_id not in ids:
            continue
        parent = node.parent
        inside = False
        while parent is not None:
            if parent.mem_id in ids:
                inside = True
                break
            parent = parent.parent
        if inside:
            ids.discard(node.mem_id)
    for node in doomed:
        if node.mem_id in ids:
            ids.discard(node.mem_id)
            node.decompose()


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
    # every rule below reads a <meta content>, a <time datetime> or an itemprop: one query finds
    # whether a page has any (most generated pages do not) before eight ordered ones
    if tree.css_first('meta[content], time[datetime], [itemprop="datePublished"]') is None:
        return None
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
    return _collapse(text).strip()


def _render(root: LexborNode) -> str:
    """Text of ``root`` with block elements as paragraphs and <br> as line breaks.

    One walk in document order (lexbor's own traversal: no recursion, so deeply nested pages do
    not hit the recursion limit); an element's closing separator is written when the walk
    leaves it, found by comparing each node's parent with the innermost open element."""
    out: list[str] = []
    open_ids: list[int] = []  # the elements the walk is inside, innermost last...
    closers: list[str] = []  # ...and what each writes when the walk leaves it
    hidden = 0  # open elements whose content is not text (<head>)
    for node in root.traverse(include_text=True):
        if open_ids:
            parent = node.parent
            parent_id = parent.mem_id if parent is not None else -1
            while open_ids and open_ids[-1] != parent_id:
                open_ids.pop()
                closer = closers.pop()
                if closer is _HIDDEN:
                    hidden -= 1
                elif closer:
                    out.append(closer)
        tag = node.tag
        if tag == "-text":
            if not hidden:
                out.append(_collapse(node.text_content or ""))
            continue
        if tag == "-comment":
            continue
        if tag == "br":
            if not hidden:
                out.append("\n")
            open_ids.append(node.mem_id)  # anything inside a <br> is not text either
            closers.append(_HIDDEN)
            hidden += 1
            continue
        if tag == "head":
            opener, closer = "", _HIDDEN
            hidden += 1
        elif tag in _BLOCK:
            opener = "\n• " if tag == "li" else "\n\n"
            closer = "\n" if tag in ("tr", "li", "dt", "dd") else "\n\n"
        elif tag in _CELL:
            opener, closer = "", "\t"
        else:
            opener, closer = "", ""
        if opener and not hidden:
            out.append(opener)
        open_ids.append(node.mem_id)
        closers.append(closer)
    while closers:
        closer = closers.pop()
        if closer and closer is not _HIDDEN and not hidden:
            out.append(closer)
    text = "".join(out)
    lines = [line.strip(" \t") for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


_HIDDEN = "\x00hidden"  # a closer marking an element whose content is skipped


def _collapse(text: str) -> str:
    """``_SPACE_RUN.sub(" ", text)``; prose nodes mostly hold single spaces only, and a few
    substring tests are far cheaper than the regex over every character."""
    if ("  " in text or "\n" in text or "\t" in text or "\r" in text or "\xa0" in text or "\f" in text
            or "\v" in text):
        return _SPACE_RUN.sub(" ", text)
    return text
