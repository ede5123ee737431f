"""Layout pass: where a list of teasers for other articles takes over from the body.

(``teaser_box`` finds the other kind: a 'Related' heading over headlines with a line of summary each.)

Below many articles the site lists its other stories, each as a headline, often a name,
a date and a one-line summary. The summaries read as prose, so the densest run of prose
runs on through them. What gives the list away is its rhythm: a line that is nothing
but a date, again and again, a few lines apart. An article's own text rarely prints a
bare date line twice within a few lines, and where it does (a timeline), each date
heads a paragraph or more rather than one line of summary, so the rhythm test spares it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .bios import bio_line
from .draft import Draft
from .header_lines import dateline
from .lexicon import OTHER_STORIES_ELSEWHERE, RECOMMENDED_STORIES
from .names import is_person_name, parse_byline, starts_byline
from .text_stats import STOPWORDS, content_words, is_prose, words

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


BOX_HEADLINE_MAX_WORDS = 20
BOX_SUMMARY_MAX_WORDS = 50
"""Longest line read as a box item's summary: a teaser's standfirst is a sentence or two; a longer line
under a short one is an article's first paragraph under its headline or a product's name."""
BOX_TAIL_WORDS = 40
"""Prose words below such a box within the run that still let it end the article (a paragraph, not text going on)."""
_BOX_HEADING = re.compile(
    r"^(?:related(?: stories| articles| posts| news| content| reading)?|more (?:stories|articles|news|posts)|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| reading| stories)?|read next|"
    r"most (?:popular|read|viewed)|trending(?: now| stories)?|latest(?: news| stories| posts)?|editor['’]?s picks|"
    r"top stories|don['’]?t miss|next up|up next|more in\b)\b|" + OTHER_STORIES_ELSEWHERE + "|" + RECOMMENDED_STORIES,
    re.IGNORECASE,
)
"""A box of other stories, not a table of contents ('In this guide', 'Contents': lexicon navigation too)."""


def teaser_box(
    texts: list[str], reasons: list[str | None], start: int, end: int, stopwords: frozenset[str] | None = STOPWORDS
) -> tuple[int, int, bool] | None:
    """The first and last line of the first box of teasers in the body run ``texts[start : end + 1]``, and
    whether it closes the article; None if there is none.

    A lexicon heading ('Related', 'More stories', 'You may also like') over TEASER_REPEATS or more
    teasers without dates, each a headline and one line of summary: the summaries read as prose, so
    the run goes on through them. An article's sections under their subheadings run longer than
    one paragraph somewhere, and none stands under such a heading. A box with BOX_TAIL_WORDS of prose
    below it is set inside the article: the article goes on past it.
    """
    for i in range(start + 1, end + 1):
        last = _box_last(texts, reasons, i, end, stopwords)
        if last is not None:
            return i, last, _prose_words(texts, last + 1, end, stopwords) < BOX_TAIL_WORDS
    return None


def boxes_above(
    texts: list[str], reasons: list[str | None], start: int, end: int, stopwords: frozenset[str] | None = STOPWORDS
) -> list[tuple[int, int]]:
    """The boxes of teasers (as ``teaser_box`` reads one) headed above the body run ``texts[start : end + 1]``.

    A 'Most popular' box printed above the article: its headlines would compete with the article's own,
    and when its summaries open the run, the run goes on through them and the article's headline (taken
    for a subheading) into the article. A box reaching into the run is one only when more prose follows it
    there than it holds.
    """
    boxes = []
    for i in range(start):
        last = _box_last(texts, reasons, i, end, stopwords)
        if last is None:
            continue
        # The article's own headline and standfirst read as one more teaser: theirs is the last item when
        # its byline or date follows, or the text below speaks of its headline.
        if last - i > 2 * TEASER_REPEATS and _article_head(texts, last - 1, stopwords):
            last -= 2
        if last < start or _prose_words(texts, last + 1, end, stopwords) > _prose_words(texts, i, last, stopwords):
            boxes.append((i, last))
    return boxes


HEADS_BELOW_LINES = 8
HEADS_BELOW_SHARE = 0.5
"""A box item's headline heads the text below it when this share of its content words comes back in the
HEADS_BELOW_LINES lines under its summary (the article's first paragraphs). Set by hand, as the header's
share_below feature reads it; a teaser's headline shares next to nothing with the article below the box."""


def _article_head(texts: list[str], j: int, stopwords: frozenset[str] | None) -> bool:
    """The box item at line ``j`` (a headline over one line of summary) is the article's own head."""
    after = texts[j + 2] if j + 2 < len(texts) else ""
    if _dated(after, stopwords):  # its byline or date
        return True
    content = set(content_words(texts[j]))
    below = {w for text in texts[j + 2 : j + 2 + HEADS_BELOW_LINES] for w in words(text)}  # past its summary
    return bool(content) and len(content & below) >= HEADS_BELOW_SHARE * len(content)


BOX_LINKS_MIN = 4
"""Fewest short lines under a box's heading inside the body run read as its links ('Most read in world news'
over kickers and headlines): fewer could be the article's own list. Set by hand."""
END_BOX_LINE_WORDS = 40
"""Longest line of a box closing the run: a headline with its standfirst run on ('Tuesday's hearings were a
disaster for Republicans Even their own witnesses said damaging stuff.'), shorter than a paragraph."""


def box_links(
    texts: list[str], reasons: list[str | None], start: int, end: int, stopwords: frozenset[str] | None = STOPWORDS
) -> list[tuple[int, int]]:
    """Boxes of links in the body run: a lexicon box heading ('Most read', 'Related stories') over
    BOX_LINKS_MIN or more short lines (headlines, their kickers) that end in no full stop, with the article's
    text going on below (two paragraphs), or with only more headlines and boxes below them to the run's
    end, each headline perhaps with its standfirst run on (up to END_BOX_LINE_WORDS words). Their headlines may read as prose,
    so the run goes on through them."""
    boxes = []
    i = start
    while i <= end:
        if box_heading(texts, reasons, i):
            j = i + 1
            while j <= end and len(texts[j].split()) <= BOX_HEADLINE_MAX_WORDS and not texts[j].endswith("."):
                j += 1
            # Prose right under a second box's heading ('Most Read' after the links) is that box's, not the article's.
            going_on = not box_heading(texts, reasons, j - 1) and all(
                k <= end and not reasons[k] and is_prose(texts[k], stopwords) for k in (j, j + 1)
            )
            # Only headlines and other boxes' headings to the run's end, one such heading at least: an
            # article of short lines (an infographic's notes) may follow one box, not a wall of them.
            closing = all(
                len(texts[k].split()) <= END_BOX_LINE_WORDS and (not reasons[k] or _BOX_HEADING.match(texts[k]))
                for k in range(j, end + 1)
            ) and any(box_heading(texts, reasons, k) for k in range(i + 1, end + 1))
            if j - i - 1 >= BOX_LINKS_MIN and going_on:
                boxes.append((i, j - 1))
                i = j
            elif j - i - 1 >= BOX_LINKS_MIN and closing:
                boxes.append((i, end))  # the run's last box: what it holds is cut with it
                break
        i += 1
    return boxes


def box_heading(texts: list[str], reasons: list[str | None], i: int) -> bool:
    """Line ``i`` heads a box of other stories: lexicon navigation that says so ('Most read', 'Related')."""
    return reasons[i] == "navigation" and _BOX_HEADING.match(texts[i]) is not None


def _box_last(
    texts: list[str], reasons: list[str | None], i: int, end: int, stopwords: frozenset[str] | None
) -> int | None:
    """The last line of the box of teasers headed by line ``i``, or None when line ``i`` heads none."""
    if not box_heading(texts, reasons, i):
        return None
    j, items = i + 1, 0
    while j + 1 <= end and _box_item(texts, j, stopwords):
        items, j = items + 1, j + 2
    return j - 1 if items >= TEASER_REPEATS else None


def _prose_words(texts: list[str], first: int, last: int, stopwords: frozenset[str] | None) -> int:
    return sum(len(t.split()) for t in texts[first : last + 1] if is_prose(t, stopwords))


def _box_item(texts: list[str], j: int, stopwords: frozenset[str] | None) -> bool:
    """Lines ``j``, ``j + 1`` are a headline and one line of summary (the next line is no more prose)."""
    headline, summary = texts[j], texts[j + 1]
    if is_prose(headline, stopwords) or len(headline.split()) > BOX_HEADLINE_MAX_WORDS or headline.endswith("."):
        return False
    if is_person_name(headline) or bio_line(summary) is not None:
        return False  # an author box under the teasers: a name over a bio
    if len(summary.split()) > BOX_SUMMARY_MAX_WORDS:
        return False
    return is_prose(summary, stopwords) and not (j + 2 < len(texts) and is_prose(texts[j + 2], stopwords))


def cut_teasers(draft: Draft, start: int, end: int, first: int) -> tuple[int, int]:
    """Label the teaser lists and boxes around the body run [start, end] and return the run without them.

    ``first`` is where ``teaser_start`` looks for dates from (past the article's own dateline).
    """
    texts, labels = draft.texts, draft.labels
    for top, last in boxes_above(texts, draft.reasons, start, end, draft.stopwords):
        _label_teasers(labels, top, last)
        if last >= start:  # the box opened the run: the article starts at the first prose below it
            start = next(i for i in range(last + 1, end + 1) if is_prose(texts[i], draft.stopwords))
    teasers = teaser_start(texts, start, end, first, draft.stopwords)
    if teasers is not None:
        _label_teasers(labels, teasers, end)
        end = teasers - 1
    for top, last in box_links(texts, draft.reasons, start, end, draft.stopwords):
        _label_teasers(labels, top, last)
        end = top - 1 if last == end else end
    top = start
    while box := teaser_box(texts, draft.reasons, top, end, draft.stopwords):
        _label_teasers(labels, box[0], box[1])
        # What stands below a box closing the article (an author box) is read as the tail; a table below it
        # (the standings, the qualified teams) is the article going on, as paragraphs would be.
        if box[2] and not any(map(draft.content_row, range(box[1] + 1, end + 1))):
            return start, box[0] - 1
        top = box[1]
    return start, end


def _label_teasers(labels: list[str], first: int, last: int) -> None:
    labels[first : last + 1] = ["teaser_list"] * (last + 1 - first)
