"""Layout pass: where the article's text begins and ends, past the densest run's raw edges.

The densest run of prose stops where chrome costs more than the text beyond earns, and runs on
through prose that is no part of the article. Three corrections: ``resumed_end`` and
``resumed_start`` carry it over a short block of chrome set inside the article, below or above,
and ``article_end`` closes it above the byline author's own bio, the comments or the next story.
"""

from __future__ import annotations

import re

from .bios import bio_line
from .draft import Draft
from .header_lines import dateline
from .lexicon import PUBLISHER_BLURB, comment_heading
from .names import is_person_name, same_person, starts_byline, strip_stray
from .next_story import NEXT_ARTICLE_AFTER_WORDS, headed_text, story_head
from .text_stats import is_prose, word_count

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
    while last + 1 < len(texts) and scores[last + 1] > 0 and not reasons[last + 1] and _paragraph(draft, last + 1):
        last += 1
    resumed = texts[gap : last + 1]
    if len(resumed) < INSERT_MIN_PROSE or sum(map(word_count, resumed)) < INSERT_MIN_WORDS:
        return end
    return last


def resumed_start(draft: Draft, scores: list[float], start: int) -> int:
    """The body run's first line, carried back over a block of chrome inside the article when the article's
    first part stands above it.

    The mirror of ``resumed_end``: when the paragraphs below an advert or a 'Related Stories' box outweigh
    those above it (an article's first part of lists and short lines), the run starts below the block. It
    starts above when the block is as ``resumed_end`` asks, holds no byline or dateline (the article's
    own head, under a box of teasers), and INSERT_MIN_PROSE paragraphs in a row of INSERT_MIN_WORDS words,
    each printed once, stand right above it; the run then takes in the rest of the article's first part.
    """
    texts, reasons = draft.texts, draft.reasons
    gap = start - 1
    while gap >= 0 and scores[gap] <= 0:
        text = texts[gap]
        if start - gap > INSERT_MAX_LINES or reasons[gap] in _PAGE_END or _PAGINATION.match(text):
            return start
        if starts_byline(text) or is_person_name(strip_stray(text)) or dateline(text) is not None:
            return start  # the article's own head: what stands above it is the page's
        gap -= 1
    if gap < 0 or gap == start - 1 or not any(reasons[gap + 1 : start]):
        return start
    top = gap + 1  # paragraphs in a row right above the block, each printed once
    while top > 0 and scores[top - 1] > 0 and not reasons[top - 1] and _paragraph(draft, top - 1):
        if texts.count(texts[top - 1]) > 1:
            break  # a standfirst printed twice over a share bar: the page's head, not the article's text
        top -= 1
    above = texts[top : gap + 1]
    if len(above) < INSERT_MIN_PROSE or sum(map(word_count, above)) < INSERT_MIN_WORDS:
        return start
    best, total, first = 0.0, 0.0, top  # and the rest of the article's first part, as the run scores it
    for k in range(top - 1, -1, -1):
        total += scores[k]
        if total > best:
            best, first = total, k
    return first


def _paragraph(draft: Draft, i: int) -> bool:
    """Line ``i`` reads as a paragraph of the article: prose, and no bio nor a publisher's blurb."""
    text = draft.texts[i]
    return is_prose(text, draft.stopwords) and bio_line(text) is None and not PUBLISHER_BLURB.match(text)


def _own_bio(draft: Draft, i: int) -> bool:
    """Line ``i`` is a bio of the byline's own author that the page does not print again further down.

    A copy printed again is a box inside the article ('Who curated this article?'); the author
    box proper is the later copy.
    """
    bio = bio_line(draft.texts[i]) if draft.byline else None
    if bio is None or bio[0] is None or not any(same_person(bio[0], n) for n in draft.byline):
        return False
    return draft.texts[i] not in draft.texts[i + 1 :]


def _next_head(draft: Draft, i: int, end: int, headed: bool) -> bool:
    """Line ``i`` heads another article (``next_story.story_head``) signed by someone the article's own
    byline does not name.

    Only once the article was headed (its byline or date found, or a date above its first paragraph):
    else the run may have begun on a promo above the article, and this is its header. A signature at
    the article's end names its own author.
    """
    if not headed:
        return False
    byline = story_head(draft, i, end)
    return byline is not None and not any(same_person(n, own) for n in byline.names for own in draft.byline)


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
    headed = bool(draft.byline or draft.dateline) or headed_text(draft, start, end) is not None
    for i in range(start, end + 1):
        if draft.labels[i] != "?":
            continue  # the header's: above the headline, a byline, a dateline
        text = draft.texts[i]
        if prose_seen and _own_bio(draft, i):
            return i - 1
        if words >= NEXT_ARTICLE_AFTER_WORDS and _next_head(draft, i, end, headed):
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
