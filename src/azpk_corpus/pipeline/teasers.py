"""Layout pass: where a list of teasers for other articles takes over from the body.

Below many articles the site lists its other stories, each as a headline, often a name,
a date and a one-line summary. The summaries read as prose, so the densest run of prose
runs on through them. What gives the list away is its rhythm: a line that is nothing
but a date, again and again, a few lines apart. An article's own text rarely prints a
bare date line twice within a few lines, and where it does (a timeline), each date
heads a paragraph or more rather than one line of summary, so the rhythm test spares it.
"""

from __future__ import annotations

from itertools import pairwise

from .header_lines import dateline
from .names import parse_byline, starts_byline
from .text_stats import STOPWORDS, is_prose

TEASER_PERIOD = 6
"""Most lines from one teaser's date to the next (headline, name, date, summary, tags).
Set by hand on the tune half of ../shared/bench/dev, where teaser lists repeat every 3-5 lines."""
BYLINE_MAX_WORDS = 12
"""A byline standing for a teaser's date: 'By' and a few names, not a sentence opening with 'By'."""
TEASER_REPEATS = 3
"""Bare date lines in rhythm before a stretch counts as a teaser list (two could be a
timeline's dates; three with a single line of prose between each are a list)."""


def _dated(text: str, stopwords: frozenset[str] | None) -> bool:
    """A teaser's meta line: a date and little else ('Tuesday November 19, 2019', '3 hours ago'),
    or a short marked byline ('By Jim Geraghty'), which an article prints once, not every few lines."""
    if is_prose(text, stopwords):
        return False
    if dateline(text) is not None:
        return True
    if not starts_byline(text) or len(text.split()) > BYLINE_MAX_WORDS:
        return False
    found = parse_byline(text)  # names, not a filter menu ('By Industry') or a bare 'Written by:'
    return found is not None and bool(found.names) and all(len(n.split()) >= 2 for n in found.names)


def teaser_start(
    texts: list[str], start: int, end: int, first: int, stopwords: frozenset[str] | None = STOPWORDS
) -> int | None:
    """The first line of a teaser list in the body run ``texts[start : end + 1]``, or None.

    Dates are looked for from line ``first`` on (the article's own dateline stands above
    it); the list starts after the last line of prose above its first dated teaser.
    """
    # Meta lines in a row are one item's (an article's own 'By X' / 'Published …' / 'Updated …').
    meta = {i: _dated(texts[i], stopwords) for i in range(max(start - 1, 0), end + 1)}
    dated = [i for i in range(start, end + 1) if meta[i] and not meta.get(i - 1, False)]
    head = 0  # the first dated line of the current rhythm
    for k in range(len(dated)):
        if k and dated[k] - dated[k - 1] > TEASER_PERIOD:
            head = k
        group = dated[k : k + TEASER_REPEATS]
        if len(group) < TEASER_REPEATS or dated[head] < first:
            continue  # a rhythm begun at the body's top makes the list the article (an events page)
        pairs = list(pairwise(group))
        if not all(b - a <= TEASER_PERIOD for a, b in pairs):
            continue
        # One teaser is one summary line at most: more prose between dates is an article's timeline.
        if any(sum(is_prose(texts[j], stopwords) for j in range(a + 1, b)) > 1 for a, b in pairs):
            continue
        # Each teaser has its headline; dated lines with only prose between are posts (a live blog's).
        if all(all(is_prose(texts[j], stopwords) for j in range(a + 1, b)) for a, b in pairs):
            continue
        i = group[0] - 1
        while i >= start and not is_prose(texts[i], stopwords):
            i -= 1
        return i + 1 if i >= start else None
    return None
