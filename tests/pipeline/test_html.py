"""A saved HTML page is read as its visible text, one line per block; plain text is left as it is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.decode import Decoded
from azpk_corpus.pipeline.html import render_html, visible_text
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
