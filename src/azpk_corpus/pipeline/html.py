"""Stage 1b: an HTML page given as a raw file, read as its visible text.

The builder reads text dumps, one block per line, but a user's dump may hold saved HTML
pages. Rather than build a record of tags, the page is rendered the way the benchmark's
pages were (html-text's layout, stdlib parser only): ``<head>``, scripts, styles and other
invisible elements dropped, one line per block element, runs of whitespace made one space.
Elements hidden by CSS stay, as a scraper's innerText keeps them; the layout rules cut them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .decode import Decoded

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


def visible_text(html: str) -> str:
    """The visible text of an HTML page: one block per line, blocks separated by a blank line."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def render_html(decoded: Decoded) -> Decoded:
    """``decoded`` as it was, or, when it is an HTML page, its visible text (repair ``html_rendered``)."""
    if not _LOOKS_HTML.match(decoded.text):
        return decoded
    return Decoded(visible_text(decoded.text), decoded.encoding, (*decoded.repairs, "html_rendered"))
