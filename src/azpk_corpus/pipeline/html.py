"""Stage 1b: an HTML page given as a raw file, read as its visible text.

The builder reads text dumps, one block per line, but a user's dump may hold saved HTML
pages. Rather than build a record of tags, the page is rendered the way the benchmark's
pages were (html-text's layout, stdlib parser only): ``<head>``, scripts, styles and other
invisible elements dropped, one line per block element, runs of whitespace made one space.
Elements hidden by CSS stay, as a scraper's innerText keeps them; the layout rules cut them.
What the head states of the article (JSON-LD's headline, author and datePublished, else the
<meta> tags publishers print for search engines and social sites, else <title>) is kept beside
the text as ``PageMeta``: the record's fallback where the visible text names no title, author or
date. The text stays the source; a visible byline wins over the head's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from .decode import Decoded, PageMeta
from .header_lines import headline
from .timex import iso_date

_LOOKS_HTML = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
"""A page opens with a doctype or an <html>/<head>/<body> tag: plain text that mentions a tag does not."""
_BLOCK = frozenset(
    """address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul""".split()
)
_INVISIBLE = frozenset("head script style noscript template svg iframe object canvas select".split())
_SPACE = re.compile(r"\s+")


class _Visible(HTMLParser):
    """Collects text outside invisible elements, with a line break at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACE.sub(" ", data))


_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle OpinionNewsArticle AnalysisNewsArticle BlogPosting "
    "SocialMediaPosting Report ScholarlyArticle TechArticle LiveBlogPosting WebPage".split()
)
"""schema.org types whose JSON-LD names the page's own headline, author and date (WebPage last: a
page's article, when it has one, says more)."""
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
_DATE_META = (
    "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
    "publishdate", "sailthru.date", "parsely-pub-date", "og:published_time",
)  # fmt: skip
_TITLE_META = ("og:title", "twitter:title", "headline", "dc.title", "parsely-title")


_HEAD_TAGS = frozenset({"meta", "title", "script"})


class _Page(_Visible):
    """The visible text, and the head's <meta> name/property -> content, <title> text and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.ld: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)
        if tag not in _HEAD_TAGS:
            return  # the common case: a tag of the body, whose attributes say nothing of the article
        found = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (found.get("property") or found.get("name") or found.get("itemprop") or "").lower()
            if key and found.get("content", "").strip():
                self.meta.setdefault(key, _SPACE.sub(" ", found["content"]).strip())
        elif tag == "title" and not self.title:
            self._in = "title"
        elif tag == "script" and found.get("type", "").lower() == "application/ld+json":
            self._in = "ld"
            self.ld.append("")

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag in ("title", "script"):
            self._in = None

    def handle_data(self, data: str) -> None:
        super().handle_data(data)
        if self._in == "title":
            self.title.append(data)
        elif self._in == "ld":
            self.ld[-1] += data


_BROKEN_SECTION = re.compile(r"<!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", re.I)
"""'<![' not opening a marked section html.parser knows ('<![CDATA[', '<![if …]>'): CPython's parser raises
AssertionError on it (Python 3.11: '<![ b', '<![A'), so such a page lost its text. As text, it is what a
browser shows."""


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _read(html: str) -> _Page:
    try:
        return _parse(_BROKEN_SECTION.sub("&lt;![", html))
    except AssertionError:  # any other declaration the parser gives up on: read every '<!' as text
        return _parse(html.replace("<!", "&lt;!"))


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD block, @graph members included."""
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item)
    elif isinstance(value, dict):
        yield value
        yield from _nodes(value.get("@graph"))


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author``: a string, an object with ``name``, or a list of either."""
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        if value.get("@type") == "Organization":
            return []  # the publisher standing in for a byline
        value = value.get("name")
    return [value.strip()] if isinstance(value, str) and value.strip() else []


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    return {t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)}


def _article_node(blocks: list[str]) -> dict[str, Any]:
    """The JSON-LD object describing the article itself (by its @type), or an empty one."""
    nodes: list[dict[str, Any]] = []
    for block in blocks:
        try:
            nodes.extend(_nodes(json.loads(block)))
        except (ValueError, RecursionError):
            continue  # a malformed or absurdly nested block: the <meta> tags may still say it
    typed = [n for n in nodes if _types(n) & _ARTICLE_TYPES]
    typed.sort(key=lambda n: "WebPage" in _types(n))
    return typed[0] if typed else {}


def page_meta(html: str) -> PageMeta:
    """The headline, authors and publication date the page's head states (JSON-LD first, then <meta>)."""
    return _meta(_read(html))


def _meta(head: _Page) -> PageMeta:
    node = _article_node(head.ld)
    meta = head.meta
    title = node.get("headline") if isinstance(node.get("headline"), str) else None
    title = title or next((meta[k] for k in _TITLE_META if k in meta), None)
    title = title or headline(_SPACE.sub(" ", "".join(head.title)).strip())  # '… | Example News' loses its tail
    authors = (
        _names(node.get("author"))
        or [meta[k] for k in _AUTHOR_META if k in meta and not meta[k].startswith(("http://", "https://"))][:1]
    )
    published = node.get("datePublished") if isinstance(node.get("datePublished"), str) else None
    published = published or next((meta[k] for k in _DATE_META if k in meta), None)
    return PageMeta(
        title=title.strip() or None,
        authors=tuple(dict.fromkeys(a for a in authors if a)),
        published=iso_date(published) if published else None,
    )


def visible_text(html: str) -> str:
    """The visible text of an HTML page: one block per line, blocks separated by a blank line."""
    return _text(_read(html))


def _text(page: _Page) -> str:
    lines = (line.strip() for line in "".join(page.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def render_html(decoded: Decoded) -> Decoded:
    """``decoded`` as it was, or, when it is an HTML page, its visible text (repair ``html_rendered``) and
    what its head states (one parse for both)."""
    if not _LOOKS_HTML.match(decoded.text):
        return decoded
    page = _read(decoded.text)
    return Decoded(_text(page), decoded.encoding, (*decoded.repairs, "html_rendered"), _meta(page))
