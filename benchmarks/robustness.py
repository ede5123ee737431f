"""Score the builder on the bench's pages dumped the ways other tools dump a page.

    python benchmarks/robustness.py                  # the tune half, every dump style
    python benchmarks/robustness.py --style lynx     # one style
    python benchmarks/robustness.py --part held-out

The bench's pages are one block per line, as a scraper's innerText gives them. Users also
feed the builder dumps from text browsers and converters; each style below rewrites a
bench page into such a dump (deterministically, from the page and its gold), so the loss
against the page as it is measures how well the rules carry over:

* ``wrapped``: every line hard-wrapped at 72 columns (``fmt``, html2text, mail).
* ``lynx``: ``lynx -dump``: each short line not the headline is a link, printed with its
  number glued on ('[12]Home'), and the list of link targets ends the page ('12. https://…').
* ``menus``: Markdown converters: short lines in runs of three (menus) become '* ' items,
  the headline and the author lines aside.
* ``inline``: a block of chrome (related links, an advert, a sign-up box) inside the article,
  before its middle paragraph.
* ``ads``: an ad slot ('Advertisement', 'Story continues below advertisement') before the
  paragraphs a third and two thirds of the way through the article, as news sites print them.
* ``media``: a video embed (its title after 'Watch:', its length) at the same two places.
* ``related``: a 'Related stories' box after the article's last paragraph: four headlines, each
  with a line of summary.
* ``next``: the next story loaded below the article, as sites with endless scrolling print it
  (its headline, 'By' and a name, a date, four paragraphs), right after the article's last paragraph.
* ``popular``: a 'Most popular' box (four headlines, each with a line of summary) right above the
  article's headline, or above its first paragraph when the headline is not a line of the page.
* ``captions``: a photo caption that reads as a sentence ('Photo: A man walks past …') at the same
  two places as ``ads``.
* ``embeds``: three tweets embedded in a row (each its text, then '— Name (@handle) November 19, 2019')
  before the article's middle paragraph, as news pages print them.
* ``consent``: a cookie-consent banner (a paragraph, 'Accept all', 'Manage preferences') opening the page.
* ``points``: a 'Key points' box (three points of a few words each) right above the article's first paragraph.
* ``paywall``: a paywall's prompt ('You have reached your limit of free articles …', 'Subscribe now',
  'Already a subscriber? Log in') right after the article's last paragraph.
* ``short``: the article cut to its first two paragraphs (a news brief, a video's text), the page
  around it kept; the gold body is cut the same way. Pages of fewer than four paragraphs stay whole.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from extraction import DEFAULT_BENCH, _pages, hard_wrap, source_of

from azpk_corpus.evaluate import PageScore, score_article, summary
from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.types import RawDocument

SHORT = 40
"""Lines shorter than this many characters count as menu items and links."""
INLINE_BLOCK = (
    "Related Stories",
    "Ukraine war: what we know on day 40",
    "The best budget phones you can buy right now",
    "Opinion: Why the housing market is about to turn",
    "Advertisement",
    "Sign up for our morning briefing",
    "Email address",
    "Sign up",
)
AD_SLOT = ("Advertisement", "Story continues below advertisement")
MEDIA_EMBED = ("Watch: Gas prices fall for a third week as supply recovers", "02:15")
RELATED_BOX = (
    "Related stories",
    "Irrigation scheme doubles harvest",
    "Farmers in the south say the new irrigation scheme has doubled their harvest in just two years.",
    "Central bank holds rates",
    "The central bank held interest rates steady on Thursday, citing slowing inflation and a stronger currency.",
    "Silk Road museum opens",
    "A new museum dedicated to the history of the Silk Road opened its doors to visitors this weekend.",
    "Railway work begins",
    "Engineers have begun work on the second phase of the railway, which will link the port to the border.",
)
NEXT_STORY = (
    "Fuel protest turns violent in northern city",
    "By Jonathan Example",
    "March 4, 2024",
    "Police in the northern city arrested six people on Monday after a protest over fuel prices turned violent.",
    "Witnesses said the crowd had gathered outside the governor's office early in the morning and refused to leave.",
    "The governor later promised to review the price rise and to meet the protesters' leaders this week.",
    "Shops in the city centre stayed closed for most of the day, and schools sent pupils home before noon.",
)
POPULAR_BOX = (
    "Most popular",
    *RELATED_BOX[1:],
)
CAPTION = (
    "Photo: A man walks past the central bank building in the capital on Tuesday, a day after the bank "
    "raised its main interest rate for the third time this year. (Jane Doe/Reuters)",
)
EMBEDDED_POSTS = (
    "Heading to the summit in Baku today. Big day for regional trade and energy cooperation! pic.twitter.com/Ab12Cd",
    "— Jane Example (@janeexample) November 19, 2019",
    "The new rail link will cut freight times in half. A thread on what it means for farmers 👇",
    "— Trade Desk (@tradedesk) November 19, 2019",
    "Officials confirm the agreement will be signed next week in the capital.",
    "— Newsroom Example (@newsroomex) November 20, 2019",
)
CONSENT = (
    "We use cookies and similar technologies to improve your experience on our website, to personalise content "
    "and ads, and to analyse our traffic. By clicking Accept all, you agree to our use of cookies as described in "
    "our Cookie Policy. You can change your choices at any time.",
    "Accept all",
    "Manage preferences",
)
PAYWALL = (
    "You have reached your limit of free articles this month. Subscribe today for unlimited access to our "
    "award-winning journalism, the daily newsletter and the full archive, from just one dollar a week.",
    "Subscribe now",
    "Already a subscriber? Log in",
)
KEY_POINTS = (
    "Key points",
    "The two countries signed six agreements",
    "Trade is expected to double by 2030",
    "A new rail link opens next year",
)


def _lynx(blocks: list[str], gold: dict[str, Any]) -> list[str]:
    out, n = [], 0
    for block in blocks:
        if len(block) < SHORT and block != gold.get("title"):
            n += 1
            block = f"[{n}]{block}"
        out.append(block)
    return [*out, "References", *(f"  {k}. https://www.example.com/section/page-{k}.html" for k in range(1, n + 1))]


def _menus(blocks: list[str], gold: dict[str, Any]) -> list[str]:
    short = [len(b) < SHORT for b in blocks]
    names = [a["name"] for a in gold["authors"]]
    out = []
    for i, block in enumerate(blocks):
        run = sum(short[max(0, i - 2) : i + 3])
        menu = short[i] and run >= 3 and block != gold.get("title") and not any(n in block for n in names)
        out.append(f"* {block}" if menu else block)
    return out


def _paragraphs(blocks: list[str], gold: dict[str, Any]) -> list[int]:
    """Indexes of the blocks that are paragraphs of the gold body (long, and found in it)."""
    return [i for i, b in enumerate(blocks) if len(b) > 80 and b[:60] in gold["body"]]


def _inline(blocks: list[str], gold: dict[str, Any], insert: tuple[str, ...] = INLINE_BLOCK) -> list[str]:
    paragraphs = _paragraphs(blocks, gold)
    if len(paragraphs) < 4:
        return blocks
    k = paragraphs[len(paragraphs) // 2]
    return [*blocks[:k], *insert, *blocks[k:]]


def _twice_inside(blocks: list[str], gold: dict[str, Any], insert: tuple[str, ...]) -> list[str]:
    paragraphs = _paragraphs(blocks, gold)
    if len(paragraphs) < 4:
        return blocks
    out = list(blocks)
    for k in sorted({paragraphs[len(paragraphs) // 3], paragraphs[2 * len(paragraphs) // 3]}, reverse=True):
        out[k:k] = insert
    return out


def _after(blocks: list[str], gold: dict[str, Any], insert: tuple[str, ...]) -> list[str]:
    paragraphs = _paragraphs(blocks, gold)
    if not paragraphs:
        return blocks
    k = paragraphs[-1] + 1
    return [*blocks[:k], *insert, *blocks[k:]]


def _before_first(blocks: list[str], gold: dict[str, Any], insert: tuple[str, ...]) -> list[str]:
    paragraphs = _paragraphs(blocks, gold)
    return [*blocks[: paragraphs[0]], *insert, *blocks[paragraphs[0] :]] if paragraphs else blocks


def _above(blocks: list[str], gold: dict[str, Any], insert: tuple[str, ...]) -> list[str]:
    paragraphs = _paragraphs(blocks, gold)
    if not paragraphs:
        return blocks
    title = gold.get("title")
    k = blocks.index(title) if title in blocks[: paragraphs[0]] else paragraphs[0]
    return [*blocks[:k], *insert, *blocks[k:]]


STYLES: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "wrapped": lambda text, gold: hard_wrap(text.encode(), 72).decode(),
    "lynx": lambda text, gold: "\n\n".join(_lynx(text.split("\n\n"), gold)),
    "menus": lambda text, gold: "\n\n".join(_menus(text.split("\n\n"), gold)),
    "inline": lambda text, gold: "\n\n".join(_inline(text.split("\n\n"), gold)),
    "ads": lambda text, gold: "\n\n".join(_twice_inside(text.split("\n\n"), gold, AD_SLOT)),
    "media": lambda text, gold: "\n\n".join(_twice_inside(text.split("\n\n"), gold, MEDIA_EMBED)),
    "related": lambda text, gold: "\n\n".join(_after(text.split("\n\n"), gold, RELATED_BOX)),
    "next": lambda text, gold: "\n\n".join(_after(text.split("\n\n"), gold, NEXT_STORY)),
    "popular": lambda text, gold: "\n\n".join(_above(text.split("\n\n"), gold, POPULAR_BOX)),
    "captions": lambda text, gold: "\n\n".join(_twice_inside(text.split("\n\n"), gold, CAPTION)),
    "embeds": lambda text, gold: "\n\n".join(_inline(text.split("\n\n"), gold, EMBEDDED_POSTS)),
    "consent": lambda text, gold: "\n\n".join([*CONSENT, text]),
    "points": lambda text, gold: "\n\n".join(_before_first(text.split("\n\n"), gold, KEY_POINTS)),
    "paywall": lambda text, gold: "\n\n".join(_after(text.split("\n\n"), gold, PAYWALL)),
}


def _short(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    blocks = text.split("\n\n")
    paragraphs = _paragraphs(blocks, gold)
    if len(paragraphs) < 4:
        return text, gold
    first, second, last = paragraphs[0], paragraphs[1], paragraphs[-1]
    body = "\n\n".join(blocks[first : second + 1])
    return "\n\n".join([*blocks[: second + 1], *blocks[last + 1 :]]), {**gold, "body": body}


CUTS: dict[str, Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]] = {"short": _short}
"""Styles that cut the article itself, so the gold body is cut with it."""


def _score(args: tuple[Path, dict[str, Any], str | None]) -> PageScore:
    path, gold, style = args
    text = path.read_text(encoding="utf-8")
    if style in CUTS:
        text, gold = CUTS[style](text, gold)
    elif style:
        text = STYLES[style](text, gold)
    result = process(RawDocument(path.name, text.encode("utf-8")))
    return score_article(result if isinstance(result, Article) else None, gold)


def _cells(scores: list[PageScore]) -> str:
    figures = summary(scores)
    title, author = figures["title_exact"], figures["author_f1"]
    return " | ".join(
        [
            f"{figures['body_f1']:.3f}",
            f"{title:.3f}" if title == title else "-",
            f"{author:.3f}" if author == author else "-",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bench", type=Path, default=Path(os.environ.get("AZPK_BENCH", DEFAULT_BENCH)))
    parser.add_argument("--part", choices=("held-out", "tune", "all"), default="tune")
    parser.add_argument("--style", choices=sorted({*STYLES, *CUTS}), action="append", help="(repeatable; default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if not (args.bench / "gold.json").is_file():
        print(f"error: no gold.json in {args.bench}; pass --bench DIR or set AZPK_BENCH", file=sys.stderr)
        return 2
    pages = list(_pages(args.bench, args.part))
    print(f"azpk-corpus on {args.bench}, {args.part} part, each page as it is and dumped in each style\n")
    print("| style | source | pages | body F1 | title exact | author F1 |")
    print("|---|---|---:|---:|---:|---:|")
    with ProcessPoolExecutor(args.jobs) as pool:
        for style in [None, *(args.style or [*STYLES, *CUTS])]:
            scores = list(pool.map(_score, [(path, gold, style) for path, gold in pages], chunksize=8))
            for source in ("WCXB", "Scrapinghub"):
                mine = [s for (path, _), s in zip(pages, scores, strict=True) if source_of(path.name) == source]
                if mine:
                    print(f"| {style or 'as it is'} | {source} | {len(mine)} | {_cells(mine)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
