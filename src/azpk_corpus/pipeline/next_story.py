"""Layout helper: where the next story begins below the one read.

Sites that scroll on load the next story under the article: a headline, a 'By' byline with a
date, then its paragraphs. Two stages ask for that head: the header pass must not take its byline
and date for the article's own (a short article puts them within the body's first lines), and
``body_end`` closes the article above it.
"""

from __future__ import annotations

import re

from .bios import bio_line
from .draft import Draft
from .header_lines import dateline
from .names import Byline, byline_at, plausible_names
from .text_stats import is_prose, word_count
from .timex import find_dates

NEXT_ARTICLE_AFTER_WORDS = 25
"""Prose words above another article's head before it closes the body: the article itself comes first.
Set by hand on hand-made pages (a two-paragraph article over the next story); the tune half of
../shared/bench/dev scores the same at 25 and at 60."""
NEXT_HEAD_REACH = 2
"""Most lines between the other article's headline and its byline (a standfirst, a date)."""
HEADLINE_MAX_WORDS = 20
_BY = re.compile(r"^by\b", re.IGNORECASE)
"""The byline of a story: 'By Jane Doe' ('Written by' and 'Author:' head author boxes and book details too)."""


def _byline(texts: list[str], j: int) -> bool:
    """A byline marked 'By' or with a field beside its names (a date, a handle: 'Jane Doe @jdoe / 2 days')."""
    found = byline_at(texts, j)
    return found is not None and (found[0].marked or found[0].rest is not None)


def story_head(draft: Draft, i: int, end: int) -> Byline | None:
    """The byline of the story line ``i`` heads: a headline, then within NEXT_HEAD_REACH lines a 'By'
    byline naming plausible people, a date on it or beside it, then prose. None if ``i`` heads none.

    A section of a roundup signed 'By' an expert carries no date, a quote is prose, 'Related: …' is a
    link and 'Author: …' over 'Released: …' a book's details.
    """
    texts = draft.texts
    if draft.reasons[i] or ":" in texts[i]:
        return None
    near = [j for j in range(i + 1, min(i + 2 + NEXT_HEAD_REACH, end)) if _BY.match(texts[j])]
    if not near or word_count(texts[i]) > HEADLINE_MAX_WORDS or is_prose(texts[i], draft.stopwords):
        return None  # (the cheap test first: it runs on every line of the body)
    for j in near:
        found = byline_at(texts, j)
        if found is None or not found[0].marked:
            continue
        byline, at = found
        if not plausible_names(byline.names, draft.vocabulary, marked=True):
            return None
        head = texts[i + 1 : at + 2 + NEXT_HEAD_REACH]
        dated = bool(byline.rest and find_dates(byline.rest)) or any(dateline(t) for t in head)
        below = texts[at + 1 : at + 2 + NEXT_HEAD_REACH]
        prose = any(is_prose(t, draft.stopwords) and bio_line(t) is None for t in below)
        return byline if dated and prose else None
    return None


HEADED_REACH = 6
"""Lines above the article's first paragraph in which a date or a byline shows it was headed there."""


def headed_text(draft: Draft, start: int, end: int) -> int | None:
    """The run's first paragraph, if a line with a date or a 'By' byline stands within HEADED_REACH
    lines above it; else None (that paragraph may be a promo, a caption or a disclaimer over the
    article's own head, which has the same shape as the next story's)."""
    texts = draft.texts
    first = next((i for i in range(start, end + 1) if is_prose(texts[i], draft.stopwords)), None)
    if first is None or not any(
        find_dates(texts[j]) or _byline(texts, j) for j in range(max(first - HEADED_REACH, 0), first)
    ):
        return None
    return first


def next_story(draft: Draft, start: int, end: int) -> int | None:
    """The first line in ``(start, end]`` that heads another story below NEXT_ARTICLE_AFTER_WORDS words
    of prose from a headed first paragraph (``headed_text``); None if no such line."""
    first = headed_text(draft, start, end)
    if first is None:
        return None
    words = 0
    for i in range(first, end + 1):
        if words >= NEXT_ARTICLE_AFTER_WORDS and story_head(draft, i, end) is not None:
            return i
        if is_prose(draft.texts[i], draft.stopwords):
            words += word_count(draft.texts[i])
    return None
