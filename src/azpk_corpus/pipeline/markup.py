"""Markdown markup on a line, read as the text it marks up.

Dumps made with Markdown converters (a reader-mode export, a notes app, a scraper's
``--markdown``) print '# Headline', '**By Jane Doe**' and '[text](https://…)'. The rules
that follow read text, so the marks go and the words stay. Only forms that plain text does
not use are read: a '#' run then a space then a capital or digit (not '# of users', nor a
comment in code), paired '**' around words (not 'F*******'), a line wrapped in single '*' or
'_', links (inline or by reference: '[Jane Doe][4]') and images, a '> ' quote mark, a text
browser's link number ('[12]Home'). Lists keep their '- ' (the list rules read it; ``unmarked``
gives an item's text to the rules that read what it says), and underscores inside a line are left
alone ('__init__', snake_case).
"""

from __future__ import annotations

import re

SOCIAL_EMBED = re.compile(
    r"^[—–-]\s?[^()]{1,60}\(@\w{1,30}\)\s.{0,30}\d{4}$|^a (post|video|photo) shared by\b|"
    r"^view (this|more) (post|posts) on instagram$|^pic\.twitter\.com/\w+$",
    re.IGNORECASE,
)
"""The signature of a social post embedded in an article: a tweet's ('— Jane Doe (@janedoe) November 19,
2019'), Instagram's ('A post shared by Jane Doe (@janedoe) on Nov 19, 2019'). Its name is the poster's
and its date the post's: no byline, no dateline (lexicon reason ``social_embed``)."""
_HEADING = re.compile(r"^#{1,6}\s+(?=[^\s#a-z])([^#]*?)(?:\s+#+)?$")
HEADING_MAX_WORDS = 20
"""Longest '# …' line read as a heading: a longer one, or one with another '#', is a comment in code."""
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)"
"""A link's '(url "title")', one parenthesised pair allowed inside ('/wiki/A_(b)'). One character per
repetition: a '+' inside the group would make an unclosed '(aaaa…' take exponential time. Likewise
link text holds no '[' and bold text no '*', so a line of unclosed marks is read in linear time."""
_IMAGE = re.compile(r"!\[([^\[\]]*)\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]]+)\]" + _TARGET)
_REFERENCE = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
"""A reference-style link ('[Jane Doe][4]', '[the report][]'), its target defined at the page's foot."""
_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*(?![\w*])")
_WRAPPED = re.compile(r"^\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*$")
_UNDERSCORED = re.compile(r"^_(?=[^\s_])([^_]+?)(?<=[^\s_])_$")
"""A line wrapped in one '_' (emphasis, as html2text prints it: '_By Jane Doe_'); '__init__' stays."""
_QUOTE = re.compile(r"^>\s+")
_LINK_NUMBER = re.compile(r"(?:(?<=\s)|^)\[\d{1,4}\](?=[^\s\d\[\]().,;:])|^\[\d{1,4}\](?=\d[^\]]*[^\W\d_])")
"""A text browser's link number glued to the link's text ('[12]Jane Doe', as ``lynx -dump`` prints it),
at a line's start also to a text that opens with a number ('[78]1a etapa', '[5]10 best beaches'); a
footnote mark stands after a word ('text[1]') or before a space ('[1] Note'), and stays."""
_MARKS = frozenset("#*[>_")
"""A line holding none of these characters has no markup to read: the common case, one set test."""
LIST_MARK = re.compile(r"^[-*+•·▪◦‣–]\s+(?=\S)")
"""A list item's mark ('* Home', '- Jane Doe', '• 3 March 2023'): Markdown converters and text
browsers print menus and byline blocks as lists."""


def unmarked(text: str) -> str:
    """``text`` without a list item's mark, for rules that read what an item says."""
    return LIST_MARK.sub("", text) if text[:1] in "-*+•·▪◦‣–" else text


def plain(text: str) -> str:
    """``text`` without its Markdown marks; a line with none comes back as it was."""
    if _MARKS.isdisjoint(text):
        return text
    text = _LINK_NUMBER.sub("", _QUOTE.sub("", text))
    if len(text.split()) <= HEADING_MAX_WORDS:
        text = _HEADING.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE.sub(r"\1", text)
    text = _STRONG.sub(r"\1", text)
    return _UNDERSCORED.sub(r"\1", _WRAPPED.sub(r"\1", text)).strip()
