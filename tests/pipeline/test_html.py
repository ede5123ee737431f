"""A saved HTML page is read as its visible text, one line per block; plain text is left as it is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.decode import Decoded, PageMeta
from azpk_corpus.pipeline.html import page_meta, render_html, visible_text
from azpk_corpus.pipeline.types import RawDocument
from tests.pipeline.pages import P1, P2, P3


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<html><body><p>One</p><p>Two</p></body></html>", "One\n\nTwo"),
        ("<html><head><title>T</title><style>p{}</style></head><body>Body</body></html>", "Body"),
        ("<html><body><p>A <b>bold</b>\n  word</p><script>var x = '<p>';</script></body></html>", "A bold word"),
        ("<html><body>line one<br>line two</body></html>", "line one\n\nline two"),
        ("<html><body><p>Fish &amp; chips &#8212; &eacute;t&eacute;</p></body></html>", "Fish & chips — été"),
        ("<html><body><ul><li>a</li><li>b</li></ul><noscript>Enable JS</noscript></body></html>", "a\n\nb"),
        ("<html><body><div>unclosed <p>para", "unclosed\n\npara"),
    ],
)
def test_visible_text(html: str, text: str) -> None:
    assert visible_text(html) == text


@pytest.mark.parametrize(
    "text",
    [
        "The <p> tag opens a paragraph, the article explained.",
        "Home\n\n<b>not a page</b>",
        "",
    ],
)
def test_plain_text_is_not_rendered(text: str) -> None:
    decoded = Decoded(text, "utf-8")
    assert render_html(decoded) is decoded


@given(st.text())
def test_any_markup_renders_without_error(body: str) -> None:
    rendered = render_html(Decoded(f"<!DOCTYPE html><html><body>{body}</body></html>", "utf-8"))
    assert rendered.repairs == ("html_rendered",)
    assert "\n\n\n" not in rendered.text


def test_an_html_page_builds_like_its_text() -> None:
    html = f"""<!DOCTYPE html>
<html><head><title>Site title</title><meta charset="utf-8"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Azerbaijan and Pakistan expand energy ties</h1>
<p class="byline">By <a href="/jane">Jane Doe</a></p>
<p>{P1}</p>
<p>{P2}</p>
<p>{P3}</p></article>
<footer>&copy; 2024 Example Times</footer></body></html>"""
    result = process(RawDocument("page.html", html.encode()))
    assert isinstance(result, Article)
    assert result.title == "Azerbaijan and Pakistan expand energy ties"
    assert [a.name for a in result.authors] == ["Jane Doe"]
    assert result.text == "\n\n".join([P1, P2, P3])
    assert result.provenance.repairs == ["html_rendered"]
    assert "<" not in result.text and all("<" not in r.text for r in result.removed)


LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "WebSite", "name": "Example Times"},
{"@type": "NewsArticle", "headline": "Azerbaijan and Pakistan expand energy ties",
 "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Omar Khan"}],
 "datePublished": "2024-03-03T10:15:00+05:00"}]}</script>"""


@pytest.mark.parametrize(
    ("head", "meta"),
    [
        (LD, PageMeta("Azerbaijan and Pakistan expand energy ties", ("Jane Doe", "Omar Khan"), "2024-03-03")),
        (  # <meta> tags when there is no JSON-LD; an author given as a profile URL is no name
            '<meta property="og:title" content="Energy ties grow"><meta name="author" content="Jane Doe">'
            '<meta property="article:author" content="https://example.org/jane">'
            '<meta property="article:published_time" content="2024-03-03T10:15:00Z">',
            PageMeta("Energy ties grow", ("Jane Doe",), "2024-03-03"),
        ),
        ("<title>Energy ties grow | Example Times</title>", PageMeta("Energy ties grow")),  # the site's tail goes
        (  # the publisher as author is no byline; a malformed block leaves the <meta> tags
            '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
            '"name": "Example Times"}}</script><script type="application/ld+json">{bad</script>'
            '<meta name="date" content="March 3, 2024">',
            PageMeta(None, (), "2024-03-03"),
        ),
        ("", PageMeta()),
    ],
)
def test_page_meta(head: str, meta: PageMeta) -> None:
    assert page_meta(f"<!DOCTYPE html><html><head>{head}</head><body><p>x</p></body></html>") == meta


def test_the_heads_metadata_fills_what_the_text_does_not_state() -> None:
    """No byline or date in the visible text: the page's JSON-LD names them. A visible byline wins."""
    body = f"<h1>Azerbaijan and Pakistan expand energy ties</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    html = f"<!DOCTYPE html><html><head>{LD}</head><body><article>{body}</article></body></html>"
    result = process(RawDocument("page.html", html.encode()))
    assert isinstance(result, Article)
    assert [a.name for a in result.authors] == ["Jane Doe", "Omar Khan"]
    assert result.published_date == "2024-03-03"
    bylined = html.replace("<p>", '<p class="byline">By Ali Khan</p><p>', 1)
    result = process(RawDocument("page.html", bylined.encode()))
    assert isinstance(result, Article)
    assert [a.name for a in result.authors] == ["Ali Khan"]


@given(st.text() | st.text(alphabet='{}[]":,@ type'))
def test_page_meta_never_raises(block: str) -> None:
    html = f'<html><head><script type="application/ld+json">{block}</script><title>{block}</title></head></html>'
    assert isinstance(page_meta(html), PageMeta)


_SOUP = ["<![", "<!", "<!--", "-->", "]]>", "[", "]", ">", "CDATA", "A", "if", "b", " ", "<p>", "</p>", "<title>"]


@given(st.lists(st.sampled_from(_SOUP), max_size=12).map("".join))
def test_markup_soup_never_raises(soup: str) -> None:
    # declarations, marked sections and comments half-made: Python 3.11's html.parser raised on '<![ b', '<![A'
    assert isinstance(visible_text(soup), str)
    assert isinstance(page_meta(f"<html><head><title>{soup}</title></head><body>{soup}</body></html>"), PageMeta)


def test_page_meta_survives_absurd_nesting() -> None:
    assert page_meta(f'<html><head><script type="application/ld+json">{"[" * 100_000}</script>') == PageMeta()


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # '<![' opening no marked section the parser knows: Python 3.11's html.parser raised AssertionError
        ("<p>a <![ b</p>", "a <![ b"),
        ("<p>1 <![A 2</p>", "1 <![A 2"),
        ("<html><head><title><![</title></head><body><p>Text</p></body></html>", "Text"),
        # the sections it knows still read as before
        ("<p><![CDATA[x]]>y</p>", "y"),
        ("<p>x</p><![if !IE]><p>w</p><![endif]>", "x\n\nw"),
    ],
)
def test_broken_marked_sections_read_as_text(html: str, text: str) -> None:
    assert visible_text(html) == text


def test_a_declaration_the_parser_gives_up_on_reads_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import azpk_corpus.pipeline.html as html_module

    monkeypatch.setattr(html_module, "_BROKEN_SECTION", re.compile(r"(?!)"))  # let the parser meet '<![ b'
    assert visible_text("<p>a <![ b</p>") == "a <![ b"
