"""Word-level statistics shared by the stages: tokens, function-word share, prose shape."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .stoplists import STOPLISTS

_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
"""Combining marks that ``\\w`` leaves out (Arabic vowel signs, the matras of Devanagari and the other
Indic scripts, Thai vowels, decomposed accents): inside a word they are part of it ('की', 'مِن')."""
_WORD = re.compile(rf"[\w{_MARKS}]+(?:['’][\w{_MARKS}]+)?")

STOPWORDS = STOPLISTS["en"]
"""English function words: the default for the prose test and what headline features skip."""
TERMINAL = tuple('. ! ? … " ” ’ .) !) ?) 。 ！ ？ 」 』 ؟ ۔ । ॥ ։ ።'.split())
"""How a sentence ends: Latin, Chinese and Japanese marks, the Arabic question mark, the Urdu full stop,
the Devanagari danda, the Armenian and Ethiopic full stops."""
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]+")
"""Kana, CJK ideographs and Thai: scripts written without spaces between words. (Hangul is written
with spaces between words, so Korean is split like any other language.)"""
UNSPACED_CHARS_PER_WORD = 2
"""Characters of an unspaced script counted as one word (Chinese and Japanese words run 1.5-2 characters)."""
PROSE_MIN_WORDS = 8
"""A line shorter than this is never prose (C4 keeps lines of 3+ words; headlines run to ~15)."""
LONG_LINE_WORDS = 25
"""A line this long is prose even without final punctuation, if its stopword share allows."""
MIN_STOPWORD_SHARE = 0.15


def _chunked(run: re.Match[str]) -> str:
    text, step = run.group(), UNSPACED_CHARS_PER_WORD
    return " " + " ".join(text[k : k + step] for k in range(0, len(text), step)) + " "


WORDS_CACHE_SIZE = 512
"""Lines whose tokens are kept per process. The stages ask for the same line's words again and again
(prose tests, scores, overlaps): about 1,800 calls a page on the bench. A paragraph's tokens weigh
~20 KB, so the size is a trade: on `benchmarks/scale.py --n 1000 --workers 1`, 2,048 lines cost 32 MB
of peak RSS over 512 (232 against 200 MB) for no time a page can tell apart; 256 lost 1-2 ms a page."""


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def _tokens(text: str) -> tuple[str, ...]:
    folded = text.casefold()
    if not folded.isascii():  # one scan: sub returns the text as it was when no such run is in it
        folded = _UNSPACED.sub(_chunked, folded)
    return tuple(_WORD.findall(folded))


def words(text: str) -> list[str]:
    """Lower-cased word tokens; a run of an unspaced script is cut into UNSPACED_CHARS_PER_WORD-character
    pieces, so lengths, shares and overlaps mean the same in Chinese or Japanese as in English."""
    return list(_tokens(text))


def has_unspaced(text: str) -> bool:
    """``text`` holds a script written without spaces, so ``word_count`` exceeds its space-split count."""
    return not text.isascii() and _UNSPACED.search(text) is not None


def word_count(text: str) -> int:
    """Words in ``text``, as ``words`` counts them."""
    return len(_tokens(text))


CONTENT_MIN_CHARS = 3
"""Shortest word counted as content when lines are compared ('of', 'it' and numbers like '25' say nothing
about a topic); a two-character piece of Chinese or Japanese (``words``) counts whatever its length."""


def content_words(text: str, stopwords: frozenset[str] = STOPWORDS) -> list[str]:
    """The words of ``text`` that carry its topic, as the stages compare lines and runs by them."""
    return [w for w in _tokens(text) if (len(w) >= CONTENT_MIN_CHARS or has_unspaced(w)) and w not in stopwords]


def caseless(ch: str) -> bool:
    """A letter of a script without capitals (Chinese, Japanese, Korean, Arabic, Hindi): a headline in it
    neither starts in lower case nor is printed in capitals, whatever Latin letters it holds ('5G')."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


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
    return text.rstrip().endswith(TERMINAL) or len(tokens) >= LONG_LINE_WORDS


PAGE_LANGUAGE_SHARE = 0.08
"""Least function-word share for a page to be read as in a stoplist's language (tune half of
../shared/bench/dev: English pages sit above 0.12; pages in languages no list covers, such as
Japanese or Chinese, below 0.08)."""
LANGUAGE_SHARE = 0.25
"""Least function-word share for a body to be labelled with the list's language (prose runs 0.3-0.5)."""
AGGLUTINATIVE_SHARE = {"tr": 0.15}
"""Turkish says with suffixes what English says with function words: a paragraph of Turkish news scores 0.22
on its list (a hand-written sample in tests), while on the bench's dev pages a list not of the page's language
never covers more than 0.06 of its body."""
_SCHWA = re.compile("[əƏ]")
SCHWA_SHARE = 0.03
"""Share of letters that are 'ə' for a Latin-script text to be Azerbaijani: the alphabet's commonest vowel
(about 8% of letters), used by no other major written language. Its stoplist covers only 0.13 of a
paragraph of news (a hand-written sample in tests), for the same reason as Turkish's."""


@lru_cache(maxsize=1)
def _lists_of() -> dict[str, tuple[str, ...]]:
    """Each function word and the stoplists that hold it: a page's words are looked up once, not once a list."""
    lists: dict[str, list[str]] = {}
    for lang, stoplist in STOPLISTS.items():
        for word in stoplist:
            lists.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in lists.items()}


def _best_language(tokens: list[str]) -> tuple[str, float]:
    if not tokens:
        return "en", 0.0
    hits = dict.fromkeys(STOPLISTS, 0)
    lists_of = _lists_of()
    for word, n in Counter(tokens).items():
        for lang in lists_of.get(word, ()):
            hits[lang] += n
    lang = max(hits, key=lambda k: (hits[k], k == "en"))
    return lang, hits[lang] / len(tokens)


def page_stoplist(texts: list[str]) -> frozenset[str] | None:
    """The function words of the page's language, judged on its longer lines; None if no list fits."""
    lines = (words(text) for text in texts)
    tokens = [w for tokens in lines if len(tokens) >= PROSE_MIN_WORDS for w in tokens]
    lang, share = _best_language(tokens)
    return STOPLISTS[lang] if share >= PAGE_LANGUAGE_SHARE else None


_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
SCRIPT_SHARE = 0.5
"""Share of a body's letters in one script for its language to be read from the script alone."""
KANA_SHARE = 0.05
"""Share of kana that makes a text in Chinese characters Japanese (Japanese prose is 30-60% kana)."""


def _script_language(text: str) -> str | None:
    """'ja', 'zh', 'ko' or 'th' when most letters are in that language's script, 'az' by its 'ə' (no stoplist needed)."""
    letters = sum(ch.isalpha() for ch in text)
    if not letters:
        return None
    if len(_SCHWA.findall(text)) >= SCHWA_SHARE * letters:
        return "az"
    kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
    if kana >= KANA_SHARE * letters and kana + han >= SCRIPT_SHARE * letters:
        return "ja"
    for lang, script in (("zh", _HAN), ("ko", _HANGUL), ("th", _THAI)):
        if len(script.findall(text)) >= SCRIPT_SHARE * letters:
            return lang
    return None


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the stoplist that covers the body best, or of the script most of its letters
    are in (Chinese, Japanese, Korean, Thai; Azerbaijani by its letter 'ə'); None rather than a weak guess."""
    lang, share = _best_language(words(text))
    if share >= AGGLUTINATIVE_SHARE.get(lang, LANGUAGE_SHARE):
        return lang
    return None if text.isascii() else _script_language(text)
