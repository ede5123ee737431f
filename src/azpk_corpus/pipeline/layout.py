"""Stage 3: label every line of a page (title, byline, body, heading, bio, chrome, ...).

The body is the densest run of prose (jusText's and C4's idea: long lines that end
like sentences and are full of function words), found as the maximum-sum run of
per-line scores. Lines before it are the header (breadcrumb, title, byline,
dateline, captions); the page is then read backwards from the end to peel bios,
author name lines and site chrome off the body's tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bios import BioBlock, about_heading, bio_line, role_line
from .lexicon import CAPTION, PUBLISHER_BLURB, boilerplate_reason
from .names import Byline, is_person_name, parse_byline, same_person, strip_stray
from .text_stats import is_prose, words
from .timex import iso_date
from .types import AuthorCredit, CatalogEntry, Layout, Page

# Per-line scores for the densest-run search. Set by hand on the five seeds and checked
# on ../shared/bench/dev as a whole (no held-out split yet): a line of prose earns
# its word count, anything else costs a little, so that short in-body headings between
# paragraphs are kept while menus and link lists at the edges are not.
SHORT_LINE_COST = 3.0
NON_PROSE_WEIGHT = 0.3
BOILERPLATE_COST = 20.0
HEADING_MAX_WORDS = 15
TITLE_MAX_WORDS = 30

_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|\||::)\s+|\s*[»›]\s*")
_GLUED_HOME = re.compile(r"^Home(?=[A-Z])")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DATELINE_MARKER = re.compile(
    r"^(published|updated|posted|last updated|date|modified)\b\s*(on|at)?\s*:?", re.IGNORECASE
)
_RELATIVE_DATE = re.compile(
    r"^\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago$|^(just now|yesterday|today)$", re.IGNORECASE
)
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":", ";")


@dataclass
class _Draft:
    texts: list[str]
    reasons: list[str | None]
    """boilerplate_reason() of each line, computed once: every pass consults it."""
    labels: list[str]
    bios: list[BioBlock] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    title: str | None = None
    section: str | None = None
    dateline: str | None = None


def _line_score(text: str, reason: str | None) -> float:
    if reason:
        return -BOILERPLATE_COST
    n = len(words(text))
    if is_prose(text):
        return float(n)
    if n >= HEADING_MAX_WORDS:
        return n * NON_PROSE_WEIGHT
    return -SHORT_LINE_COST


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


def _breadcrumb(text: str, next_lines: list[str]) -> list[str] | None:
    """The crumbs of a breadcrumb line ('Home / Politics / Title', 'HomeNewsWorld...')."""
    if _GLUED_HOME.match(text):
        rest = text[4:]
        for title in next_lines:
            if len(title) > 3 and rest.endswith(title):
                rest = rest[: -len(title)]
                return [c for c in _CAMEL_SPLIT.split(rest) if c.strip()] + [title]
        return [c for c in _CAMEL_SPLIT.split(rest) if c.strip()]
    crumbs = [c.strip() for c in _BREADCRUMB_SEP.split(text) if c.strip()]
    rooted = crumbs[0].lower() in ("home", "start", "main") if crumbs else False
    shaped = all(len(c.split()) <= 20 for c in crumbs) and len(crumbs[0].split()) <= 3 if crumbs else False
    if shaped and (len(crumbs) >= 3 or (len(crumbs) == 2 and rooted)):
        return crumbs[1:] if rooted else crumbs
    return None


def _is_dateline(text: str) -> str | None:
    """'' for a dateline stating no usable date ('2 days ago'), its ISO date, or None."""
    if len(text.split()) > 15:
        return None
    marked = _DATELINE_MARKER.match(text)
    date = iso_date(text)
    if _RELATIVE_DATE.match(text.strip()) or (marked and date is None):
        return ""
    if date and (marked or len(words(text)) <= 8):
        return date
    return None


def _title_score(texts: list[str], i: int, gap: int, crumbs: list[str]) -> float:
    """How much line ``i`` looks like the headline; ``gap`` counts content lines between it and the body."""
    text = texts[i]
    n = len(words(text))
    score = 0.0
    if crumbs and (crumbs[-1] == text or crumbs[-1].startswith(text) or text.startswith(crumbs[-1])):
        score += 3
    if texts.count(text) > 1:
        score += 2
    if 4 <= n <= 20:
        score += 2
    score += 3 if gap == 0 else 2 if gap <= 2 else 1 if gap <= 5 else 0
    if text.endswith("."):
        score -= 2
    if text == text.lower() or re.search(r"https?:|www\.|@|©", text):
        score -= 3
    return score


def _label_header(draft: _Draft, end: int, catalog: CatalogEntry) -> None:
    """Label lines [0, end): breadcrumb, byline, dateline, title, chrome.

    Headlines and bylines sit just above the body; menus are further up. So the title
    is the headline-shaped line nearest the body, a byline marked 'By'/'Author:' may
    stand anywhere in the header (the one nearest the body wins), and a bare line of
    names counts only right above the body or right below the title.
    """
    texts = draft.texts
    crumbs: list[str] = []
    bylines: dict[int, Byline] = {}
    publisher_names = {catalog.publisher.casefold().replace(" ", "")} if catalog.publisher else set()
    for i in range(end):
        text = texts[i]
        found = _breadcrumb(text, texts[i + 1 : i + 4]) if not crumbs else None
        if found:
            crumbs = found
            draft.labels[i] = "breadcrumb"
        elif reason := draft.reasons[i]:
            draft.labels[i] = reason
        elif (date := _is_dateline(text)) is not None:
            draft.labels[i] = "dateline"
            draft.dateline = draft.dateline or date or None
        elif text.casefold().replace(" ", "") in publisher_names:
            draft.labels[i] = "publisher_line"
        elif (byline := parse_byline(text)) is not None:
            bylines[i] = byline
        elif CAPTION.search(text):
            draft.labels[i] = "caption"
    content = [i for i in range(end) if draft.labels[i] == "?" and i not in bylines]
    gaps = {i: len(content) - 1 - k for k, i in enumerate(content)}
    candidates = [i for i in content if 2 <= len(words(texts[i])) <= TITLE_MAX_WORDS]
    title_at = -1
    if candidates:
        best = max(candidates, key=lambda i: (_title_score(texts, i, gaps[i], crumbs), i))
        if _title_score(texts, best, gaps[best], crumbs) >= 1:
            draft.title, title_at = texts[best], best
            for i in range(end):
                if texts[i] == draft.title and draft.labels[i] == "?":
                    draft.labels[i] = "title"
    marked = [i for i, b in bylines.items() if b.marked]
    bare = [i for i, b in bylines.items() if not b.marked and (gaps.get(i, 0) == 0 or 0 < i - title_at <= 2)]
    chosen = max(marked or bare, default=None)
    for i, byline in bylines.items():
        draft.labels[i] = "byline" if i == chosen or byline.marked else "?"
    if chosen is not None:
        draft.byline, rest = bylines[chosen].names, bylines[chosen].rest
        if rest and not draft.dateline:
            draft.dateline = iso_date(rest)
    if crumbs:
        sections = [c for c in crumbs if c != draft.title and not (draft.title and draft.title.startswith(c))]
        draft.section = sections[-1] if sections else None
    for i in range(end):
        if draft.labels[i] == "?":
            draft.labels[i] = "page_chrome"


def _label_tail(draft: _Draft, start: int, end: int) -> int:
    """Read from the page's last line back to the body; return the body's new last index."""
    texts = draft.texts
    i = len(texts) - 1
    while i >= start:
        text = texts[i]
        if reason := draft.reasons[i]:
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
        else:
            j = i
            while j > start and i - j < 4 and role_line(texts[j]):
                j -= 1
            name = strip_stray(texts[j])
            if j < i and is_person_name(name):
                draft.labels[j] = "author_name"
                for k in range(j + 1, i + 1):
                    draft.labels[k] = "bio"
                draft.bios.append(BioBlock(name, " ".join(texts[j + 1 : i + 1]), j))
                i = j
            elif PUBLISHER_BLURB.match(text):
                draft.labels[i] = "publisher_blurb"
            elif i > end and is_person_name(name) and i - end <= 3:
                draft.labels[i] = "author_name"
                draft.bios.append(BioBlock(name, None, i))
            elif i > end:
                draft.labels[i] = "page_chrome"
            else:
                break
        i -= 1
    return i


def _label_body(draft: _Draft, start: int, end: int) -> None:
    for i in range(start, end + 1):
        text = draft.texts[i]
        if reason := draft.reasons[i]:
            draft.labels[i] = reason
        elif CAPTION.search(text) and not is_prose(text):
            draft.labels[i] = "caption"
        elif not is_prose(text) and len(words(text)) < HEADING_MAX_WORDS and not text.endswith((*_TERMINAL, ",")):
            draft.labels[i] = "heading"
        else:
            draft.labels[i] = "body"
    # A heading closes no body: trailing headings are chrome ('Share this', 'Related').
    while end >= start and draft.labels[end] == "heading":
        draft.labels[end] = "page_chrome"
        end -= 1


def _authors(draft: _Draft) -> tuple[AuthorCredit, ...]:
    """Byline names with the bios that name them; page-bottom credits when there is no byline."""
    bios = list(reversed(draft.bios))  # page order
    if not draft.byline:
        named = [b for b in bios if b.name]
        merged: dict[str, list[str]] = {}
        for bio in named:
            assert bio.name is not None
            merged.setdefault(bio.name, [])
            if bio.text:
                merged[bio.name].append(bio.text)
        unnamed = [b.text for b in bios if not b.name and b.text]
        if len(merged) == 1 and unnamed:
            next(iter(merged.values())).extend(unnamed)
        return tuple(AuthorCredit(n, " ".join(t) or None) for n, t in merged.items())
    credits = []
    for name in draft.byline:
        texts = [b.text for b in bios if b.text and b.name and same_person(b.name, name)]
        if not texts and len(draft.byline) == 1:
            texts = [b.text for b in bios if b.text and not b.name]
        credits.append(AuthorCredit(name, " ".join(texts) or None))
    return tuple(credits)


def layout(page: Page) -> Layout | None:
    """Label every line of ``page``; None when no run of prose is found."""
    texts = [line.text for line in page.lines]
    reasons = [boilerplate_reason(t) for t in texts]
    run = densest_run([_line_score(t, r) for t, r in zip(texts, reasons, strict=True)])
    if run is None:
        return None
    start, end = run
    draft = _Draft(texts=texts, reasons=reasons, labels=["?"] * len(texts))
    # A byline or dateline glued to the top of the body run belongs to the header.
    while start < end and (parse_byline(texts[start]) or _is_dateline(texts[start]) is not None):
        start += 1
    _label_header(draft, start, page.source.catalog)
    last = _label_tail(draft, start, end)
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
