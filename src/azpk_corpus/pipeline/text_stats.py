"""Word-level statistics shared by the stages: tokens, function-word share, prose shape."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’]\w+)?")

# English function words (after jusText's stoplist, trimmed): prose is full of them,
# menus, names and headlines are not.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves however although since though while whose among within
    """.split()
)
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", ".)", "!)", "?)")
PROSE_MIN_WORDS = 8
"""A line shorter than this is never prose (C4 keeps lines of 3+ words; headlines run to ~15)."""
LONG_LINE_WORDS = 25
"""A line this long is prose even without final punctuation, if its stopword share allows."""
MIN_STOPWORD_SHARE = 0.15


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.casefold())


def stopword_share(tokens: list[str]) -> float:
    return sum(t in STOPWORDS for t in tokens) / len(tokens) if tokens else 0.0


def is_prose(text: str, *, english: bool = True) -> bool:
    """A line that reads as running text: long enough, sentence-final, full of function words.

    ``english=False`` (a page in another language) drops the function-word test, which
    knows only English words, and judges by length and final punctuation alone.
    """
    tokens = words(text)
    if len(tokens) < PROSE_MIN_WORDS or (english and stopword_share(tokens) < MIN_STOPWORD_SHARE):
        return False
    return text.rstrip().endswith(_TERMINAL) or len(tokens) >= LONG_LINE_WORDS


FOREIGN_PAGE_SHARE = 0.08
"""Below this English function-word share a whole page is taken as not English (tune half: English
pages sit above 0.12, the Portuguese, German, Russian, Japanese ... ones below 0.08)."""


def is_english_page(texts: list[str]) -> bool:
    return stopword_share([w for text in texts for w in words(text)]) >= FOREIGN_PAGE_SHARE


def guess_language(text: str) -> str | None:
    """'en' when the function-word share says English; None rather than a guess otherwise."""
    return "en" if stopword_share(words(text)) >= 0.25 else None
