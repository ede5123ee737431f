"""A short article above the page's foot: the run under the dateline, not the densest run below it.

The body is the densest run of prose (``layout.densest_run``). A two-paragraph story earns ~80, and
the page's foot often holds a denser block: a quote feed's fine print, an office's address and its
accessibility statement, a 'Recommended for you' box of summaries. Those blocks sit below the page's
closing chrome (share bar, comment form, newsletter box, related heading), have no dateline or
byline of their own and speak of other things; the story sits right under its own, or at least
above enough of that chrome.

Found blind with a dump of the tune half of ../shared/bench/dev cut to its first two paragraphs
(the page kept around them): body F1 WCXB 0.690 -> 0.702, Scrapinghub 0.838 -> 0.872, 11 pages
won and none lost; the tune half as it is and every `benchmarks/robustness.py` dump unchanged or better.
Below a comment heading ('2 Comments', 'Leave a Reply') the block is the comments or the page's foot,
whatever its dates and words: 0.703 -> 0.716 and 0.881 -> 0.897 more, 8 pages won, none lost.
"""

from __future__ import annotations

import re

from .header_lines import dateline
from .lexicon import comment_heading
from .names import byline_at, starts_byline
from .teasers import box_heading
from .text_stats import STOPWORDS, content_words

ANCHOR_REACH = 4
"""Most lines between a story's byline or dateline and its first paragraph (a share bar, a caption)."""
HEADED_REACH = 12
"""Lines above the densest run searched for its own byline or dateline: a share bar of ten buttons can
stand between them, and a run so headed is the article whatever lies above it."""
SHORT_MIN_LINES = 2
SHORT_MIN_SCORE = 30.0
"""Least of a run under a dateline to be an article: two lines and ~30 words of prose, not a standfirst."""
FOOT_MAX_RATIO = 4.0
"""Most the run below may outweigh the short one: an article's own text past a box inside it runs longer."""
CLOSING_MIN_LINES = 2
UNANCHORED_CLOSING_LINES = 3
"""Closing lines between the two runs for the short one to win, when a dateline heads it and when not."""
_CLOSING = frozenset({"comment_form", "newsletter", "share_prompt", "call_to_action", "copyright", "cookie_notice"})
"""Chrome that closes an article, as does a box of other stories' heading ('Recommended for you'). Not all
navigation: a gallery's 'Caption', 'Close', 'Image 1 of 23' sit between a story's dateline and its text."""

SHARED_WORDS_MAX = 0.12
"""Most of the short run's content words the run below may use: an article's second half past a box inside
it goes on with its topic (0.15-0.46 on the `inline` dump of the tune half of ../shared/bench/dev), a page's
foot does not (0-0.12 for most pages of a dump cut to two paragraphs; 'Recommended' summaries on the same
topic reach 0.3 and stay lost unless a comment heading parts them from the article)."""
_CLOSING_LINE = re.compile(r"^(?:tags|tagged|topics|filed under)\b|^recent (?:articles|posts|stories|news)$", re.I)
"""An article's tags and a sidebar's list of recent posts, which lexicon navigation does not tell from a menu."""


def _anchored(texts: list[str], scores: list[float], start: int, reach: int = ANCHOR_REACH) -> bool:
    for i in range(start - 1, max(start - 1 - reach, -1), -1):
        if scores[i] > 0:
            return False
        if dateline(texts[i]) is not None or (starts_byline(texts[i]) and byline_at(texts, i)):
            return True
    return False


def _content_words(texts: list[str], stopwords: frozenset[str]) -> set[str]:
    return {w for text in texts for w in content_words(text, stopwords)}


def _shared_words(short: list[str], foot: list[str], stopwords: frozenset[str] | None) -> float:
    """Share of the short run's content words that the run below uses too."""
    stopwords = stopwords or STOPWORDS
    mine = _content_words(short, stopwords)
    return len(mine & _content_words(foot, stopwords)) / len(mine) if mine else 0.0


def short_article(
    texts: list[str],
    reasons: list[str | None],
    scores: list[float],
    run: tuple[int, int],
    above: tuple[int, int] | None,
    stopwords: frozenset[str] | None,
) -> tuple[int, int]:
    """``run``, or ``above`` (the densest run before it) when it is an article of its own and ``run``
    the page's foot: ``run`` has no byline or dateline, is not ``above``'s topic going on, and closing
    chrome parts them."""
    if above is None:
        return run
    start, end = above
    # Under a comment heading ('6 thoughts on “…”', 'Leave a Reply'), dates head comments, not an article.
    thread = any(comment_heading(texts[k], reasons[k]) for k in range(end + 1, run[0]))
    if not thread and _anchored(texts, scores, run[0], HEADED_REACH):
        return run
    total = sum(scores[start : end + 1])
    if end - start + 1 < SHORT_MIN_LINES or total < SHORT_MIN_SCORE:
        return run
    if not thread and _shared_words(texts[start : end + 1], texts[run[0] : run[1] + 1], stopwords) > SHARED_WORDS_MAX:
        return run
    if sum(scores[run[0] : run[1] + 1]) > FOOT_MAX_RATIO * total:
        return run
    closing = sum(
        reasons[k] in _CLOSING or box_heading(texts, reasons, k) or _CLOSING_LINE.match(texts[k]) is not None
        for k in range(end + 1, run[0])
    )
    need = CLOSING_MIN_LINES if _anchored(texts, scores, start) else UNANCHORED_CLOSING_LINES
    return above if closing >= need else run
