"""Hard-wrapped dumps: a paragraph broken at a fixed width becomes one line again.

Text browsers and converters (``lynx -dump``, ``w3m -dump``, html2text, ``fmt``, mail
clients) break every paragraph at 72-80 columns. The rules that follow read one block per
line, so a broken paragraph would read as a run of short lines ending mid-sentence: not
prose, and no sentence ends to score. A file is taken as wrapped only when most of its long
lines end within WRAP_WINDOW columns of one width and none runs far past it; a scraped page
with a paragraph per line has lines of every length. Two lines are then joined only where the
break was forced: the next line's first word would not have fitted on the line, and the next
line is not, in a file without blank lines between blocks, a short one of its own (a heading, a
byline). Without blank lines, a paragraph whose last line is full still runs into the next.
"""

from __future__ import annotations

import re

from .text_stats import TERMINAL

# Tuned on hand-wrapped copies of the tune half of ../shared/bench/dev (textwrap at 60, 72, 78
# and 100 columns) and on its original pages, where no file may read as wrapped.
MIN_LONG_LINES = 8
"""Fewest lines of LONG_LINE or more characters for a width to be found at all."""
LONG_LINE = 30
"""Lines shorter than this (a menu item, a heading, a paragraph's last line) say nothing of the width."""
MIN_WIDTH, MAX_WIDTH = 50, 160
"""Narrowest and widest wrap looked for: wrapping tools use 60-132 columns; a page of longer lines is
not wrapped, and one whose long lines are all short (a column of 30-character links) is a list."""
WRAP_WINDOW = 20
"""How far short of the width a wrapped line may end: the longest word that did not fit, and then some."""
WRAP_SHARE = 0.6
"""Least share of the long lines that must end within WRAP_WINDOW of the width."""
OVERLONG_SHARE = 0.05
"""Most long lines that may run past the width (an unbreakable URL, a table row)."""

SPACED_SHARE = 0.1
"""Least share of blank lines for a file's blocks to be read as parted by blank lines."""

_ITEM = re.compile(r"^\s*(?:[-*+•·▪>|#]|\d{1,3}[.)]\s)")
"""A line that opens a list item, a quote, a heading or a table row: it starts a block of its own."""
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
"""Scripts written without spaces (CJK, Thai): a wrap inside them is joined with no space."""


def wrap_width(lines: list[str]) -> int | None:
    """The column the file was wrapped at, or None when it reads as one block per line."""
    # Distinct lines: a menu repeated down the page is one line, not a width.
    lengths = sorted(len(line) for line in {line.rstrip() for line in lines} if len(line.strip()) >= LONG_LINE)
    if len(lengths) < MIN_LONG_LINES:
        return None
    width = lengths[int((1 - OVERLONG_SHARE) * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    near = sum(width - WRAP_WINDOW < n <= width for n in lengths)
    return width if near >= WRAP_SHARE * len(lengths) else None


def _continues(line: str, following: str, width: int, spaced: bool) -> bool:
    """``following`` carries on ``line``'s paragraph: the break before it was forced by the width.

    ``spaced``: blank lines part the blocks, so a short line under a full one is a paragraph's last
    piece. Without them it may be a heading or a byline, unless it ends a sentence.
    """
    if not following.strip() or _ITEM.match(following):
        return False
    if not spaced and len(following.strip()) < LONG_LINE and not following.rstrip().endswith(TERMINAL):
        return False
    first = following.split(maxsplit=1)[0]
    # '>=': a doubled space in the source moves a word that would just have fitted.
    return len(line.rstrip()) + 1 + len(first) >= width and len(line.strip()) >= LONG_LINE


def _join(left: str, right: str) -> str:
    left, right = left.rstrip(), right.strip()
    if left.endswith("-") and left[-2:-1].isalpha() and right[:1].isalpha():
        return left + right  # 'well-' + 'known': a wrap at a hyphen keeps the hyphen, not a space
    if _UNSPACED.match(left[-1:]) and _UNSPACED.match(right[:1]):
        return left + right
    return f"{left} {right}"


def unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """(1-based number of each paragraph's first raw line, its text); as read when not wrapped."""
    width = wrap_width(lines)
    if width is None:
        return [(number, line) for number, line in enumerate(lines, 1)]
    spaced = sum(not line.strip() for line in lines) >= SPACED_SHARE * len(lines)
    joined: list[tuple[int, str]] = []
    previous = ""
    for number, line in enumerate(lines, 1):
        if joined and _continues(previous, line, width, spaced):
            joined[-1] = (joined[-1][0], _join(joined[-1][1], line))
        else:
            joined.append((number, line))
        previous = line
    return joined
