"""Stage 3: label every line of a page (title, byline, body, heading, bio, chrome, ...).

The body is the densest run of prose (jusText's and C4's idea: long lines that end
like sentences and are full of function words), found as the maximum-sum run of
per-line scores; rows of a table or a structured list and the lines of a hard-wrapped
paragraph earn their share too, as they are content no line-by-line prose test passes.
Lines before it and the run's first lines are the header
(header.py: breadcrumb, headline, byline, dateline); the page is then read backwards
from the end to peel bios, author name lines and site chrome off the body's tail, and
author boxes and late bylines are looked for below the header (credits.py).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .bios import BioBlock, about_heading, bio_line, role_line
from .body_end import article_end, resumed_end, resumed_start
from .credits import label_credits, linked_author, site_owner
from .draft import Draft
from .header import BODY_HEAD_LINES, label_header
from .lexicon import CAPTION, CAPTION_CREDIT, PUBLISHER_BLURB, boilerplate_reason
from .names import is_person_name, page_vocabulary, plausible_names, same_person, strip_stray
from .rows import LINE_END, list_breaks, numbered_lists, table_rows, wrapped_prose
from .short_article import short_article
from .teasers import cut_teasers
from .text_stats import PROSE_MIN_WORDS, is_prose, page_stoplist, word_count
from .types import AuthorCredit, Layout, Page

# Per-line scores for the densest-run search. Set by hand on the five seeds, then
# SHORT_LINE_COST raised 3 -> 4 on the tune half of ../shared/bench/dev
# (benchmarks/extraction.py --part tune: 3 kept more teaser lists, 5+ cut in-body
# headings): a line of prose earns its word count, anything else costs a little, so
# that short in-body headings between paragraphs are kept while menus and link lists
# at the edges are not.
SHORT_LINE_COST = 4.0
NON_PROSE_WEIGHT = 0.3
BOILERPLATE_COST = 20.0
HEADING_MAX_WORDS = 15
AD_SLOT_LINES = 3
"""Most advert lines in a row read as one slot inside the article (a label, 'Story continues below')."""
AD_SLOT_REACH = 2
"""Prose within so many lines on both sides puts an ad slot inside the article (a subheading may stand between).
Both set by hand on hand-made pages; the tune half of ../shared/bench/dev gains one page (an 'ADVERTISEMENT' over
a subheading) and loses none."""
_INTERRUPTIONS = frozenset({"advertisement", "timestamp"})
"""Lexicon reasons of lines that interrupt the text without ending it: an ad slot, a live post's stamp ('2 hours ago')."""
_EMBEDDED = frozenset({"social_embed"})
"""Lexicon reasons of lines that only stand inside an article (an embedded post's signature): they cost
what a short line costs, wherever they stand, so three tweets in a row do not end the text."""
PRINTED_TWICE = 3.0
"""How much richer the run counting first copies must be before the page is read as an article printed
twice (a hidden mobile copy) rather than one with teasers repeated: tune half of ../shared/bench/dev."""
TABLE_ROW_WEIGHT = 0.5
"""Per word, what a row of a data table earns: a table is content (standings, prices, results),
though it never reads as prose. Set on the tune half of ../shared/bench/dev (Scrapinghub pages
whose body is a results table)."""
_PAGE_NUMBER = re.compile(r"^(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
"""'Page 2 of 3', '- 4 -' between paragraphs. Cut inside the body only: as a lexicon rule it would cost the run
20 a page break, and the paragraphs of a dump's last page would no longer outweigh it."""
PAGE_BREAK_LINES = 2
"""Lines between a page number and a running header or footer printed at each page break."""


def _line_score(
    text: str,
    reason: str | None,
    repeated: bool,
    stopwords: frozenset[str] | None,
    table: bool = False,
    wrapped: bool = False,
) -> float:
    if reason:
        return -SHORT_LINE_COST if reason in _EMBEDDED else -BOILERPLATE_COST
    if table:
        return len(text.split()) * TABLE_ROW_WEIGHT
    if wrapped and not repeated:
        return float(word_count(text))
    n = word_count(text)
    if repeated and n >= PROSE_MIN_WORDS:
        return -SHORT_LINE_COST  # a second copy (a teaser listed twice, a page printed twice) adds no prose
    if is_prose(text, stopwords):
        # Someone's bio reads as prose, and on a page whose article is short it made the densest run
        # ('Jane Doe is a reporter for …' in an author box at the page's foot). Not a company's blurb:
        # 'WeWork is headquartered in New York City.' opens a paragraph of news, and a press release's
        # 'About Ascom' is part of its text.
        return -SHORT_LINE_COST if bio_line(text) is not None else float(n)
    if n >= HEADING_MAX_WORDS:
        return n * NON_PROSE_WEIGHT
    return -SHORT_LINE_COST


def _ad_slots(scores: list[float], reasons: list[str | None]) -> list[float]:
    """An ad slot or a live post's stamp between two lines of prose costs what short lines cost, not
    BOILERPLATE_COST: it interrupts the article ('Advertisement', 'Story continues below advertisement',
    '2 hours ago'), where a share bar or a 'Related' heading ends it."""
    out = list(scores)
    i = 1
    while i < len(scores) - 1:
        j = i
        while j < len(scores) - 1 and reasons[j] in _INTERRUPTIONS:
            j += 1
        before, after = scores[max(i - AD_SLOT_REACH, 0) : i], scores[j : j + AD_SLOT_REACH]
        if i < j <= i + AD_SLOT_LINES and any(x > 0 for x in before) and any(x > 0 for x in after):
            out[i:j] = [-SHORT_LINE_COST] * (j - i)
        i = j + 1
    return out


def _bridged(scores: list[float], breaks: list[tuple[int, int]]) -> list[float]:
    """A block set between two items of a numbered list costs what short lines cost: an advert or a box
    inside a shopping list would otherwise cut the list in two, as ``_ad_slots`` inside prose."""
    out = list(scores)
    for first, last in breaks:
        out[first : last + 1] = [-SHORT_LINE_COST] * (last + 1 - first)
    return out


def _total(scores: list[float], run: tuple[int, int]) -> float:
    return sum(scores[run[0] : run[1] + 1])


def densest_run(scores: list[float]) -> tuple[int, int] | None:
    """(first, last) indices of the maximum-sum contiguous run (Kadane), or None if all <= 0."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


CONTACT_REACH = 2
"""Lines under a contact heading in which a name is the contact's (a title may stand between them)."""
_OTHER_STORIES = frozenset({"teaser_list", "next_article"})


def _label_tail(draft: Draft, start: int, end: int) -> int:
    """Read from the page's last line back to the body; return the body's new last index."""
    texts = draft.texts
    i = len(texts) - 1
    while i >= start:
        text = texts[i]
        if draft.labels[i] in _OTHER_STORIES:
            if i == end + 1 and _signature(draft, i):  # the article signed above a teaser list
                draft.labels[i] = "author_name"
                draft.bios.append(BioBlock(strip_stray(text), None, i))
        elif reason := draft.reasons[i]:
            draft.labels[i] = reason
        elif (name := about_heading(text)) is not None:
            follows = draft.bios[-1] if draft.bios and draft.bios[-1].first_line == i + 1 else None
            if name and not (follows and follows.name and follows.name.casefold() == name.casefold()):
                draft.labels[i] = "about_box"  # a box about someone the page does not credit
            else:
                draft.labels[i] = "bio"
        elif (bio := bio_line(text)) is not None:
            draft.labels[i] = "bio"
            draft.bios.append(BioBlock(bio[0], bio[1], i))
        elif (
            i > start
            and (name := _about_person(draft, i - 1)) is not None
            and is_prose(text, draft.stopwords)
            and not PUBLISHER_BLURB.match(text)  # 'About Example Rail' over 'Example Rail is headquartered in …'
        ):
            draft.labels[i] = "bio"  # under 'About Jane Doe': a bio in any language, whatever its wording
            draft.bios.append(BioBlock(name or None, text, i))
        else:
            j = i
            while j > start and i - j < 4 and role_line(texts[j]):
                j -= 1
            name = strip_stray(texts[j])
            if j < i and _signature(draft, j):
                draft.labels[j] = "author_name"
                for k in range(j + 1, i + 1):
                    draft.labels[k] = "bio"
                draft.bios.append(BioBlock(name, " ".join(texts[j + 1 : i + 1]), j))
                i = j
            elif PUBLISHER_BLURB.match(text):
                draft.labels[i] = "publisher_blurb"
            elif i > end and i - end <= 3 and _signature(draft, i) and "comment_form" not in draft.reasons[end + 1 : i]:
                draft.labels[i] = "author_name"
                draft.bios.append(BioBlock(name, None, i))
            elif i > end:
                draft.labels[i] = "page_chrome"
            else:
                break
        i -= 1
    return i


def _about_person(draft: Draft, i: int) -> str | None:
    """'' for an 'About the author' line ``i``, the name for 'About Jane Doe', None for anything else,
    'About' a name the page uses as words included ('About Engagement Ring')."""
    name = about_heading(draft.texts[i])
    return name if name == "" or (name is not None and plausible_names([name], draft.vocabulary)) else None


def _signature(draft: Draft, i: int) -> bool:
    """Line ``i`` is nothing but a person's name, not one the page uses as words nor one under a contact
    heading ('Media Contact:', whom a press release's readers are to call)."""
    name = strip_stray(draft.texts[i])
    if "contact_info" in draft.reasons[max(i - CONTACT_REACH, 0) : i]:
        return False
    return is_person_name(name) and plausible_names([name], draft.vocabulary)


def _label_body(draft: Draft, start: int, end: int) -> None:
    for i in range(start, end + 1):
        text = draft.texts[i]
        if draft.labels[i] != "?":
            continue
        if reason := draft.reasons[i]:
            draft.labels[i] = reason
        elif not any(ch.isalnum() for ch in text):
            draft.labels[i] = "separator"  # a rule ('---', '* * *', '|---|---|'): no words to keep
        elif _PAGE_NUMBER.match(text):
            draft.labels[i] = "navigation"  # a printed page's number in a PDF or print-view dump
        elif draft.content_row(i):
            draft.labels[i] = "body"  # a table's row or a wrapped line is content, not a heading
        elif (CAPTION.search(text) and not is_prose(text, draft.stopwords)) or CAPTION_CREDIT.search(text):
            draft.labels[i] = "caption"
        elif (
            not is_prose(text, draft.stopwords)
            and word_count(text) < HEADING_MAX_WORDS
            and not text.endswith((*LINE_END, ","))
        ):
            draft.labels[i] = "heading"
        else:
            draft.labels[i] = "body"
    _cut_boxed_headings(draft, start, end)
    # A heading closes no body: trailing headings are chrome ('Share this', 'Related').
    while end >= start and draft.labels[end] == "heading":
        draft.labels[end] = "page_chrome"
        end -= 1


def _cut_boxed_headings(draft: Draft, start: int, end: int) -> None:
    """Heading-shaped lines of the body that are chrome by where they stand: the links of a box set in the
    text, and a print dump's running header."""
    # Headings between two lexicon lines are the links of a box set in the text ('Related Stories',
    # two headlines, 'Advertisement'), not the article's own subheadings.
    chrome = [i for i in range(start, end + 1) if draft.reasons[i] and draft.labels[i] == draft.reasons[i]]
    for a, b in itertools.pairwise(chrome):
        if all(draft.labels[k] == "heading" for k in range(a + 1, b)):
            for k in range(a + 1, b):
                draft.labels[k] = "page_chrome"
    # A running header or footer: a heading printed again by a page number ('Example Review  Vol. 12').
    numbers = [
        i for i in range(start, end + 1) if draft.labels[i] == "navigation" and _PAGE_NUMBER.match(draft.texts[i])
    ]
    running = {
        draft.texts[i]
        for i in range(start, end + 1)
        if draft.labels[i] == "heading" and any(abs(i - k) <= PAGE_BREAK_LINES for k in numbers)
    }
    for i in range(start, end + 1):
        if draft.labels[i] == "heading" and draft.texts[i] in running and draft.texts.count(draft.texts[i]) > 1:
            draft.labels[i] = "page_chrome"


def _name_alone(draft: Draft, name: str) -> str:
    """A byline name that runs on into a role ('Jane Doe Gardener & Astrologer' in 'Written By: …')
    cut at the name the page prints alone on a line elsewhere (its author box's 'Jane Doe')."""
    tokens = name.split()
    for k in range(len(tokens) - 1, 1, -1):
        head = " ".join(tokens[:k])
        if is_person_name(head) and head in draft.texts:
            return head
    return name


def _authors(draft: Draft) -> tuple[AuthorCredit, ...]:
    """Byline names with the bios that name them; page-bottom credits when there is no byline."""
    bios = sorted(draft.bios, key=lambda b: b.first_line)  # page order
    byline = draft.byline
    boxed = {b.name for b in bios if b.name and b.text and is_person_name(b.name)}
    if len(byline) == 1 and not is_person_name(byline[0]) and len(boxed) == 1:
        byline = []  # 'By Ovolo Hotels' over a guest post whose author box is Jane Doe's: the box names the writer
    if not byline:
        named = [b for b in bios if b.name]
        merged: dict[str, list[str]] = {}
        for bio in named:
            assert bio.name is not None
            merged.setdefault(bio.name, [])
            if bio.text:
                merged[bio.name].append(bio.text)
        unnamed = [b.text for b in bios if not b.name and b.text]
        if not merged and (owner := linked_author(draft) or site_owner(draft)):
            merged[owner] = []
        if len(merged) == 1 and unnamed:
            next(iter(merged.values())).extend(unnamed)
        return tuple(AuthorCredit(n, " ".join(t) or None) for n, t in merged.items())
    credits = []
    for byline_name in byline:
        name = _name_alone(draft, byline_name)
        texts = [b.text for b in bios if b.text and b.name and same_person(b.name, name)]
        if not texts and len(byline) == 1:
            texts = [b.text for b in bios if b.text and not b.name]
        credits.append(AuthorCredit(name, " ".join(texts) or None))
    return tuple(credits)


def prepare(page: Page) -> tuple[Draft, int, int] | None:
    """An unlabelled draft of ``page`` and its densest run of prose (first, last), or None."""
    texts = [line.text for line in page.lines]
    reasons = [boilerplate_reason(t) for t in texts]
    stopwords = page_stoplist(texts)
    counts = Counter(texts)
    lists = numbered_lists(texts, stopwords)
    tables, breaks = table_rows(texts, stopwords, lists), list_breaks(lists)
    # Every copy of a repeated line costs (teasers listed twice); but when the first copies make a
    # run PRINTED_TWICE times richer, the article itself is printed twice, and its first copy counts.
    wrapped = wrapped_prose(texts, stopwords)
    lines = list(zip(texts, reasons, tables, wrapped, strict=True))
    every = _ad_slots([_line_score(t, r, counts[t] > 1, stopwords, table, w) for t, r, table, w in lines], reasons)
    every = _bridged(every, breaks)
    seen: set[str] = set()
    first = []
    for t, r, table, w in lines:
        first.append(_line_score(t, r, t in seen, stopwords, table, w))
        seen.add(t)
    first = _bridged(_ad_slots(first, reasons), breaks)
    run = densest_run(every)
    twice = densest_run(first) if len(seen) < len(texts) else None
    if twice and (run is None or _total(first, twice) >= PRINTED_TWICE * _total(every, run)):
        run = twice
    if run is None:
        return None
    scores = first if run == twice else every
    run = short_article(texts, reasons, scores, run, densest_run(scores[: run[0]]), stopwords)
    draft = Draft(
        texts=texts,
        reasons=reasons,
        stopwords=stopwords,
        labels=["?"] * len(texts),
        vocabulary=page_vocabulary(texts),
        tables=tables,
        wrapped=wrapped,
    )
    top, last = resumed_start(draft, scores, run[0]), resumed_end(draft, scores, run[1])
    for block in (range(run[1] + 1, last + 1), range(run[0] - 1, top - 1, -1)):
        for i in block:  # the block the run was carried over, up to the article's text past it
            if scores[i] > 0:
                break
            draft.labels[i] = reasons[i] or "page_chrome"
    return draft, top, last


def layout(page: Page) -> Layout | None:
    """Label every line of ``page``; None when no run of prose is found."""
    prepared = prepare(page)
    if prepared is None:
        return None
    draft, start, end = prepared
    start, end = cut_teasers(draft, start, end, start + BODY_HEAD_LINES)
    head_end = label_header(draft, start, end, page.source.catalog)
    end = article_end(draft, start, end)
    last = _label_tail(draft, start, end)
    label_credits(draft, start, head_end)
    if last < start:
        return None
    _label_body(draft, start, last)
    if not any(label == "body" for label in draft.labels):
        return None
    return Layout(
        labels=tuple(draft.labels),
        title=draft.title,
        authors=_authors(draft),
        section=draft.section,
        dateline=draft.dateline,
    )
