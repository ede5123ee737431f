"""Layout pass: where the article's text ends, past the densest run's raw edge.

The densest run of prose stops where chrome costs more than the text below earns, and runs on
through prose that is no part of the article. Two corrections, both read from the run's end:
``resumed_end`` carries it over a short block of chrome set inside the article, and
``article_end`` closes it above the byline author's own bio or the comments.
"""

from __future__ import annotations

import re

from .bios import bio_line
from .draft import Draft
from .header_lines import dateline
from .lexicon import PUBLISHER_BLURB, comment_heading
from .names import byline_at, is_person_name, plausible_names, same_person, strip_stray
from .text_stats import is_prose, word_count
from .timex import find_dates

COMMENTS_AFTER_WORDS = 150
"""Prose words above a comment-form line before it closes the body: a headline's standfirst runs to
60 words or so, an article's text to hundreds. Set by hand on the tune half of ../shared/bench/dev."""
COMMENT_REACH = 8
"""Lines below a comment heading ('3 Comments') within which a comment's 'Reply' button shows the
comments themselves (a name, a date, a few lines of text, 'Reply'), however short the article above."""
_REPLY = re.compile(r"^reply(?:\s*[↓→]|\s+to\s+\S+(?:\s+\S+)?)?$", re.IGNORECASE)
"""A comment's button ('Reply', 'Reply to Jane'). Not a lexicon rule: as chrome it would cost the body run
20 a line, and a long comment thread would then decide where the run ends above it."""
INSERT_MAX_LINES = 8
"""Most lines of chrome set inside an article ('Advertisement', a 'Related' box, a sign-up form)."""
INSERT_MIN_PROSE = 2
INSERT_MIN_WORDS = 40
"""Least text below such a block that is read as the article going on: paragraphs, not a blurb or a bio.
The three constants were set by hand on hand-made pages; on the tune half of ../shared/bench/dev they
change no page (tried there: any run of positive score past the block took newsletter boxes in)."""
NEXT_ARTICLE_AFTER_WORDS = 25
"""Prose words above another article's head before it closes the body: the article itself comes first.
Set by hand on hand-made pages (a two-paragraph article over the next story); the tune half of
../shared/bench/dev scores the same at 25 and at 60."""
NEXT_HEAD_REACH = 2
"""Most lines between the other article's headline and its byline (a standfirst, a date)."""
HEADLINE_MAX_WORDS = 20
_BY = re.compile(r"^by\b", re.IGNORECASE)
"""The byline of a story: 'By Jane Doe' ('Written by' and 'Author:' head author boxes and book details too)."""
_PAGE_END = frozenset({"comment_form", "copyright", "cookie_notice", "disclaimer"})
_PAGINATION = re.compile(r"^(previous|prev|next|older|newer)\b", re.IGNORECASE)


def resumed_end(draft: Draft, scores: list[float], end: int) -> int:
    """The body run's last line, carried over a block of chrome inside the article when paragraphs follow it.

    An advert and a 'Related Stories' box cost the run more than two closing paragraphs earn, so the
    run would stop above them. It goes on when the block is short, holds some lexicon chrome and no
    page-end sign (a comment form, a copyright line, pagination, a name signing the article), and what
    follows is paragraphs in a row, printed once, that are no bio or publisher blurb.
    """
    texts, reasons = draft.texts, draft.reasons
    gap = end + 1
    while gap < len(texts) and scores[gap] <= 0:
        text = texts[gap]
        if gap - end > INSERT_MAX_LINES or reasons[gap] in _PAGE_END or _PAGINATION.match(text):
            return end
        if is_person_name(strip_stray(text)):
            return end
        gap += 1
    if gap == end + 1 or not any(reasons[end + 1 : gap]):
        return end
    last = gap - 1
    while last + 1 < len(texts) and scores[last + 1] > 0 and not reasons[last + 1]:
        text = texts[last + 1]
        if not is_prose(text, draft.stopwords) or bio_line(text) is not None or PUBLISHER_BLURB.match(text):
            break
        last += 1
    resumed = texts[gap : last + 1]
    if len(resumed) < INSERT_MIN_PROSE or sum(map(word_count, resumed)) < INSERT_MIN_WORDS:
        return end
    return last


def _own_bio(draft: Draft, i: int) -> bool:
    """Line ``i`` is a bio of the byline's own author that the page does not print again further down.

    A copy printed again is a box inside the article ('Who curated this article?'); the author
    box proper is the later copy.
    """
    bio = bio_line(draft.texts[i]) if draft.byline else None
    if bio is None or bio[0] is None or not any(same_person(bio[0], n) for n in draft.byline):
        return False
    return draft.texts[i] not in draft.texts[i + 1 :]


def _next_head(draft: Draft, i: int, end: int) -> bool:
    """Line ``i`` heads another article: a headline, then within NEXT_HEAD_REACH lines a 'By' byline
    naming someone the article's own byline does not, a date on it or beside it, then prose (a site
    that loads the next story below the one read).

    Only once the article's own byline or date was found above: else the run may have begun on a
    promo above the article, and this is its header. A signature at the article's end names its own
    author, a section of a roundup signed 'By' an expert carries no date, a quote is prose.
    """
    texts = draft.texts
    if not (draft.byline or draft.dateline) or draft.reasons[i] or ":" in texts[i]:
        return False  # 'Related: …' is a link; 'Author: …' over 'Released: …' a book's details
    near = [j for j in range(i + 1, min(i + 2 + NEXT_HEAD_REACH, end)) if _BY.match(texts[j])]
    if not near or word_count(texts[i]) > HEADLINE_MAX_WORDS or is_prose(texts[i], draft.stopwords):
        return False  # (the cheap test first: it runs on every line of the body)
    for j in near:
        found = byline_at(texts, j)
        if found is None or not found[0].marked:
            continue
        byline, at = found
        if not plausible_names(byline.names, draft.vocabulary, marked=True):
            return False
        if any(same_person(n, own) for n in byline.names for own in draft.byline):
            return False
        head = texts[i + 1 : at + 2 + NEXT_HEAD_REACH]
        dated = bool(byline.rest and find_dates(byline.rest)) or any(dateline(t) for t in head)
        below = texts[at + 1 : at + 2 + NEXT_HEAD_REACH]
        return dated and any(is_prose(t, draft.stopwords) and bio_line(t) is None for t in below)
    return False


def article_end(draft: Draft, start: int, end: int) -> int:
    """The run's new last index: it ends above the byline author's own bio, a comment form or the head
    of another article.

    The densest run goes on through whatever prose follows the article: a site's teaser stream,
    the comments. 'Jane Doe is a freelance writer living in …' under the article closes it, but
    not above any prose (a bio under the byline). A comment-form line closes it once
    COMMENTS_AFTER_WORDS of prose (or a table's rows) are above, or below any prose when a comment's
    'Reply' button follows within COMMENT_REACH lines (a short article over its thread); otherwise it
    is the header's ('2 Comments'), and a lone field name ('Email') may be a share button.
    """
    words, prose_seen = 0, False
    for i in range(start, end + 1):
        if draft.labels[i] != "?":
            continue  # the header's: above the headline, a byline, a dateline
        text = draft.texts[i]
        if prose_seen and _own_bio(draft, i):
            return i - 1
        if words >= NEXT_ARTICLE_AFTER_WORDS and _next_head(draft, i, end):
            for k in range(i, end + 1):
                draft.labels[k] = draft.reasons[k] or "next_article"
            return i - 1
        if comment_heading(text, draft.reasons[i]):
            # Above that much prose, or above the comments themselves (a 'Reply' button soon below).
            below = draft.texts[i + 1 : i + 1 + COMMENT_REACH]
            if words >= COMMENTS_AFTER_WORDS or (prose_seen and any(_REPLY.match(t) for t in below)):
                return i - 1
        prose = is_prose(text, draft.stopwords)
        prose_seen = prose_seen or prose
        if prose or draft.content_row(i):
            words += word_count(text)
    return end
