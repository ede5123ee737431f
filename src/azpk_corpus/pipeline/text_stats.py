"""Word-level statistics shared by the stages: tokens, function-word share, prose shape."""

from __future__ import annotations

import re
from collections import Counter

from .stoplists import STOPLISTS

_WORD = re.compile(r"\w+(?:['’]\w+)?")

STOPWORDS = STOPLISTS["en"]
"""English function words: the default for the prose test and what headline features skip."""
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", ".)", "!)", "?)", "。", "！", "？", "」", "』")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
"""Kana, CJK ideographs, Hangul and Thai: scripts written without spaces between words."""
UNSPACED_CHARS_PER_WORD = 2
"""Characters of an unspaced script counted as one word (Chinese and Japanese words run 1.5-2 characters)."""
PROSE_MIN_WORDS = 8
"""A line shorter than this is never prose (C4 keeps lines of 3+ words; headlines run to ~15)."""
LONG_LINE_WORDS = 25
"""A line this long is prose even without final punctuation, if its stopword share allows."""
MIN_STOPWORD_SHARE = 0.15


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.casefold())


def word_count(text: str) -> int:
    """Words in ``text``; in scripts written without spaces, one per UNSPACED_CHARS_PER_WORD characters."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(words(text))
    return len(words(_UNSPACED.sub(" ", text))) + unspaced // UNSPACED_CHARS_PER_WORD


def stopword_share(tokens: list[str], stopwords: frozenset[str] = STOPWORDS) -> float:
    return sum(map(stopwords.__contains__, tokens)) / len(tokens) if tokens else 0.0


def is_prose(text: str, stopwords: frozenset[str] | None = STOPWORDS) -> bool:
    """A line that reads as running text: long enough, sentence-final, full of function words.

    ``stopwords`` are the function words of the page's language (``page_stoplist``); None
    (a language no list covers) drops that test and judges by length and final punctuation.
    """
    tokens = words(text)
    if len(tokens) < PROSE_MIN_WORDS or (
        stopwords is not None and stopword_share(tokens, stopwords) < MIN_STOPWORD_SHARE
    ):
        return False
    return text.rstrip().endswith(_TERMINAL) or len(tokens) >= LONG_LINE_WORDS


PAGE_LANGUAGE_SHARE = 0.08
"""Least function-word share for a page to be read as in a stoplist's language (tune half of
../shared/bench/dev: English pages sit above 0.12; pages in languages no list covers, such as
Japanese or Chinese, below 0.08)."""
LANGUAGE_SHARE = 0.25
"""Least function-word share for a body to be labelled with the list's language (prose runs 0.3-0.5)."""


def _best_language(tokens: list[str]) -> tuple[str, float]:
    if not tokens:
        return "en", 0.0
    counts = Counter(tokens)  # each distinct word looked up once per list, not each token
    shares = {
        lang: sum(n for w, n in counts.items() if w in stoplist) / len(tokens) for lang, stoplist in STOPLISTS.items()
    }
    lang = max(shares, key=lambda k: (shares[k], k == "en"))
    return lang, shares[lang]


def page_stoplist(texts: list[str]) -> frozenset[str] | None:
    """The function words of the page's language, judged on its longer lines; None if no list fits."""
    lines = (words(text) for text in texts)
    tokens = [w for tokens in lines if len(tokens) >= PROSE_MIN_WORDS for w in tokens]
    lang, share = _best_language(tokens)
    return STOPLISTS[lang] if share >= PAGE_LANGUAGE_SHARE else None


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the stoplist that covers the body best; None rather than a weak guess."""
    lang, share = _best_language(words(text))
    return lang if share >= LANGUAGE_SHARE else None
