"""Hard-wrapped dumps read as one line per paragraph; pages of one block per line are left alone."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.types import RawDocument
from azpk_corpus.pipeline.unwrap import unwrap, wrap_width
from tests.pipeline.pages import P1, P2, P3

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
LONG = " ".join([P1, P2, P3, P1.replace("two", "three"), P2.replace("new", "first"), P3.replace("small", "modest")])
MENU = ["Home", "World", "Politics", "Business", "Subscribe"]


def _wrap(lines: list[str], width: int) -> list[str]:
    """Each line as ``textwrap`` (and so html2text, fmt) breaks it."""
    return [part for line in lines for part in (textwrap.wrap(line, width) or [""])]


def _texts(lines: list[str]) -> list[str]:
    return [text for _, text in unwrap(lines) if text.strip()]


@pytest.mark.parametrize("width", [60, 72, 78, 100])
def test_wrapped_paragraphs_are_joined(width: int) -> None:
    paragraphs = [LONG, P2 + " " + P3, LONG.replace("Analysts", "Experts")]
    lines = MENU + [x for p in paragraphs for x in [*_wrap([p], width), ""]]
    assert wrap_width(lines) is not None
    assert _texts(lines) == MENU + paragraphs


@pytest.mark.parametrize("width", [60, 72, 78, 100])
def test_headings_and_bylines_stay_lines_of_their_own_with_no_blank_lines(width: int) -> None:
    blocks = ["Energy ties grow", "By Jane Doe", LONG, "Trade", P2 + " " + P3, "Outlook", LONG]
    lines = MENU + _wrap(blocks, width)
    assert _texts(lines) == MENU + blocks


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (MENU + [LONG, "", P1, "", P2] * 4, "one paragraph per line, of every length"),
        (["Economy news from the region today"] * 20, "one line repeated: a menu, not a width"),
        ([f"Link to article number {n} on the site" for n in range(20)], "a column of short links"),
        (MENU + _wrap([LONG], 72)[:3], "too few long lines to find a width"),
    ],
)
def test_pages_that_are_not_wrapped_are_left_alone(page: list[str], why: str) -> None:
    assert wrap_width(page) is None, why
    assert unwrap(page) == list(enumerate(page, 1))


@pytest.mark.parametrize(
    ("following", "joined"),
    [
        ("- a list item under a full line", False),
        ("* another item", False),
        ("2. a numbered item", False),
        ("> a quote", False),
        ("| a | table |", False),
        ("continues the sentence and ends it.", True),
    ],
)
def test_items_start_their_own_line(following: str, joined: bool) -> None:
    full = _wrap([LONG], 72)
    lines = [*full[:-1], full[0], following, *full]
    texts = _texts(lines)
    assert (following not in texts) is joined


def test_a_break_that_was_not_forced_is_kept() -> None:
    # A short line ends its paragraph even with no blank line under it: the next word would have fitted.
    lines = [*_wrap([LONG], 72), "A short paragraph of its own.", *_wrap([LONG], 72)]
    assert _texts(lines) == [LONG, "A short paragraph of its own.", LONG]


ZH, ZH_END = (
    "两国政府同意在未来十年扩大能源、贸易和教育领域的合作并签署新的协议",
    "官员表示新协议将在外长访问期间签署。",
)
FULL = "Officials said the new agreements would be signed during a"  # 58 columns, as wrapped at 60


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (FULL + " well-", "known visit.", FULL + " well-known visit."),  # textwrap breaks after a hyphen
        (FULL + " -", "and goes on.", FULL + " - and goes on."),
        (ZH * 2, ZH_END, ZH * 2 + ZH_END),  # no space inside Chinese
    ],
)
def test_joins(left: str, right: str, expected: str) -> None:
    lines = [*_wrap([LONG], 60), "", left, right]
    assert wrap_width(lines) is not None
    assert _texts(lines)[-1] == expected


def test_raw_line_numbers_are_each_paragraphs_first() -> None:
    lines = ["Home", "", *_wrap([LONG], 72), "", *_wrap([LONG], 72)]
    numbers = [n for n, text in unwrap(lines) if text.strip()]
    assert numbers == [1, 3, 3 + len(_wrap([LONG], 72)) + 1]


@given(
    st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")), max_size=40)
)
def test_unwrap_keeps_every_character(lines: list[str]) -> None:
    out = unwrap(lines)
    assert [n for n, _ in out] == sorted({n for n, _ in out})
    assert re.sub(r"\s", "", "".join(t for _, t in out)) == re.sub(r"\s", "", "".join(lines))


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_a_hard_wrapped_seed_builds_the_same_record(seed: Path, width: int) -> None:
    raw = seed.read_text(encoding="utf-8")
    wrapped = "\n".join(_wrap(raw.split("\n"), width))
    a, b = (process(RawDocument(seed.name, text.encode())) for text in (raw, wrapped))
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (b.title, b.published_date) == (a.title, a.published_date)
    assert [(x.name, x.bio) for x in b.authors] == [(x.name, x.bio) for x in a.authors]
    # A wrap after a spaced hyphen ('Kashmir- the') cannot be told from one inside 'well-known'.
    assert re.sub(r"-\s", "-", b.text) == re.sub(r"-\s", "-", a.text)
