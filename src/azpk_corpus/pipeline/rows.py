"""Layout helper: lines that are content though no prose test passes them.

A results table, a numbered shopping list, a bulleted list inside an article and a paragraph
hard-wrapped over several lines never read as prose line by line, yet they are the article's. These
tests find them on the page's raw lines, before any scoring, so ``layout`` can let them earn their place.
"""

from __future__ import annotations

import itertools
import re

from .markup import LIST_MARK, unmarked
from .text_stats import STOPWORDS, TERMINAL, is_prose

WRAPPED_MIN_WORDS = 5
"""Fewest words on each line of a hard-wrapped paragraph but its last (a wrap column holds 8-15 words;
class names and menu items under each other hold one or two)."""
TABLE_MIN_ROWS = 4
"""Rows in a row before lines count as a table and not a stray figure line."""
LIST_MIN_ITEMS = 5
LIST_ITEM_WORDS = (3, 20)
"""A structured list: 5+ lines in a row of 3-20 words, not sentences, with the same punctuation
skeleton holding ':', '()', '@', '|', a dash or '=' ('Spain (Group F): 11th appearance', 'June 9 –
Tampa, FL @ Arena'). Menus have no such skeleton; set on the tune half of ../shared/bench/dev."""
ENUM_GAP = 2
"""Most lines under one item of a numbered list before the next (a link, a price, a line of text)."""
ENUM_BRIDGE = 8
"""More lines the next item may stand below, when they hold no prose: an advert or a sign-up box set
inside the list (as body_end.INSERT_MAX_LINES inside an article)."""
BRIDGE_LINE_WORDS = 15
"""Words from which a line in such a block is a sentence (a teaser's summary in a box of related stories,
prose in another language than the page's stoplist reads) and the list does not go on past it."""
_ENUM = re.compile(r"^(?:#\s?)?(\d{1,3})(?:[.)]|\s[-–—:]|(?:st|nd|rd|th|er|e|a|o|º|ª)\.?)\s", re.IGNORECASE)
"""'1.', '2)', '#3', '4 -', and ordinals ('1st', '2a etapa', '3º', '4e')."""
_LIST_MARKS = frozenset(":()@|–—=")
BULLET_MIN_WORDS = 3
"""Fewest words on a bulleted item read as content ('- Trade: $1 billion target'); a menu's items hold one or two."""
BULLET_REACH = 3
"""Most lines between a bulleted list and the prose above and below it (a heading, a rule line)."""
_NUMBER = re.compile(r"^[-+(]?[$€£¥]?\d[\d.,:/%]*[a-zA-Z]{0,2}\)?$")
_LINK_ITEM = re.compile(r"^(?:\[?\d{1,4}[.)\]]\s*)?(?:[a-z][a-z+.-]*:/{0,2}|www\.)\S+$", re.IGNORECASE)
"""A line that is a link and nothing else, numbered or not ('12. https://…', a text browser's list of
references): never a list's or a table's row, however many there are."""

LINE_END = (*TERMINAL, "'", ")", ":", ";")
"""How a line that ends a sentence or a clause ends: the next line does not go on with it."""


def _runs(keys: list[str | None], least: int) -> list[bool]:
    """Lines in runs of ``least`` or more consecutive lines sharing a key that is not None."""
    flags = [False] * len(keys)
    i = 0
    while i < len(keys):
        j = i
        while j < len(keys) and keys[j] is not None and keys[j] == keys[i]:
            j += 1
        if j - i >= least:
            flags[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return flags


def _numeric_row(text: str) -> str | None:
    tokens = text.split()
    numbers = sum(bool(_NUMBER.match(t)) for t in tokens)
    return "row" if len(tokens) >= 3 and numbers >= 2 and numbers * 3 >= len(tokens) else None


def _list_item(text: str) -> str | None:
    """The punctuation skeleton of a structured list item ('England (Group A): 10th appearance' -> '():').

    A list mark is no word: '* Novembro (113)' is an archive link of two, as 'Novembro (113)' is.
    """
    text = unmarked(text)
    if not LIST_ITEM_WORDS[0] <= len(text.split()) <= LIST_ITEM_WORDS[1] or text.endswith((".", "!", "?")):
        return None
    if _LINK_ITEM.match(text):
        return None
    skeleton = re.sub(r"[\w\s.'’,]", "", text)
    return skeleton if not _LIST_MARKS.isdisjoint(skeleton) else None


def numbered_lists(texts: list[str], stopwords: frozenset[str] | None = STOPWORDS) -> list[list[int]]:
    """The items of each numbered list ('1) Lego Star Wars 75188', '2) …'): LIST_MIN_ITEMS or more items
    numbered 1, 2, 3, … at most ENUM_GAP lines apart with no prose between them, or up to ENUM_BRIDGE
    lines more when an advert or a box is set between two items. Items with paragraphs between them are
    an article's numbered headings, and that article is prose already."""
    numbers = [
        int(m.group(1)) if (m := _ENUM.match(t)) and len(t.split()) >= 2 and not _LINK_ITEM.match(t) else None
        for t in texts
    ]
    lists, i = [], 0
    while i < len(texts):
        if numbers[i] is None:
            i += 1
            continue
        items, j, last = [i], i + 1, numbers[i]
        while j < len(texts) and j - items[-1] <= ENUM_GAP + 1 + ENUM_BRIDGE:
            if last is not None and numbers[j] == last + 1:
                items.append(j)
                last = numbers[j]
            elif is_prose(texts[j], stopwords) or (
                j - items[-1] > ENUM_GAP and (numbers[j] is not None or len(texts[j].split()) >= BRIDGE_LINE_WORDS)
            ):
                break  # prose; past an item's own lines, another list's number or a teaser's summary
            j += 1
        if len(items) >= LIST_MIN_ITEMS:
            lists.append(items)
        i = items[-1] + 1
    return lists


def list_breaks(lists: list[list[int]]) -> list[tuple[int, int]]:
    """The blocks (first, last) set between two items of a list (an advert, a sign-up box): more lines
    than an item's own ENUM_GAP."""
    return [(a + 1, b - 1) for items in lists for a, b in itertools.pairwise(items) if b - a > ENUM_GAP + 1]


def _enumerated(lists: list[list[int]], n: int) -> list[bool]:
    """The items of ``lists`` and the few lines under each (a link, a price); not a block set between two."""
    flags = [False] * n
    for items in lists:
        for a, b in itertools.pairwise(items):
            stop = b if b - a <= ENUM_GAP + 1 else a + 1
            flags[a:stop] = [True] * (stop - a)
        flags[items[-1]] = True
    return flags


def _bulleted(texts: list[str], stopwords: frozenset[str] | None) -> list[bool]:
    """Items of a bulleted list inside an article ('- Energy: a gas deal by 2025'): 2+ bulleted lines in
    a row of BULLET_MIN_WORDS or more words, with prose within BULLET_REACH lines above and below. A
    list with prose on one side only is as likely a list of links under the article or above it."""
    flags = [False] * len(texts)
    items = [bool(LIST_MARK.match(t)) and len(t.split()) > BULLET_MIN_WORDS for t in texts]
    i = 0
    while i < len(texts):
        if not items[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(texts) and items[j + 1]:
            j += 1
        above = any(is_prose(texts[k], stopwords) for k in range(max(i - BULLET_REACH, 0), i))
        below = any(is_prose(texts[k], stopwords) for k in range(j + 1, min(j + 1 + BULLET_REACH, len(texts))))
        if j > i and above and below:
            flags[i : j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return flags


def table_rows(
    texts: list[str], stopwords: frozenset[str] | None = STOPWORDS, lists: list[list[int]] | None = None
) -> list[bool]:
    """Rows of a table or a structured list: runs of TABLE_MIN_ROWS or more lines that are each at least
    a third numbers (two or more), of LIST_MIN_ITEMS or more lines with the same punctuation skeleton,
    a numbered list's items (``lists``, found here when not given), or a bulleted list's inside an article."""
    numeric = _runs([_numeric_row(t) for t in texts], TABLE_MIN_ROWS)
    listed = _runs([_list_item(t) for t in texts], LIST_MIN_ITEMS)
    enumerated = _enumerated(numbered_lists(texts, stopwords) if lists is None else lists, len(texts))
    bulleted = _bulleted(texts, stopwords)
    return [a or b or c or d for a, b, c, d in zip(numeric, listed, enumerated, bulleted, strict=True)]


def wrapped_prose(texts: list[str], stopwords: frozenset[str] | None) -> list[bool]:
    """Lines of a paragraph hard-wrapped over several lines (each but the last ends mid-sentence and the
    next goes on in lower case) that reads as prose once joined: no single fragment passes is_prose."""
    flags = [False] * len(texts)
    i = 0
    while i < len(texts):
        j = i
        while (
            j + 1 < len(texts)
            and len(texts[j].split()) >= WRAPPED_MIN_WORDS
            and not texts[j].endswith(LINE_END)
            and texts[j + 1][:1].islower()
        ):
            j += 1
        if j > i and is_prose(" ".join(texts[i : j + 1]), stopwords):
            flags[i : j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return flags
