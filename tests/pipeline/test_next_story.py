"""The next story a site loads below a short article: its head is not the article's, its text not the body."""

from __future__ import annotations

import pytest

from azpk_corpus.pipeline.draft import Draft
from azpk_corpus.pipeline.lexicon import boilerplate_reason
from azpk_corpus.pipeline.names import page_vocabulary
from azpk_corpus.pipeline.next_story import story_head
from azpk_corpus.pipeline.text_stats import STOPWORDS
from tests.pipeline.pages import P1, P2, P3, build

NEXT = [
    "Fuel protest turns violent in northern city",
    "By John Roe",
    "March 4, 2024",
    "Police in the northern city arrested six people on Monday after a protest over fuel prices turned violent.",
    "Witnesses said the crowd had gathered outside the governor's office early in the morning and refused to leave.",
    "The governor later promised to review the price rise and to meet the protesters' leaders this week.",
    "Shops in the city centre stayed closed for most of the day, and schools sent pupils home before noon.",
]
"""A longer story than the article above it, with its own headline, byline and date."""
TITLE = "Baku and Islamabad widen cooperation"


@pytest.mark.parametrize(
    ("head", "authors", "date"),
    [
        # headed by a date alone: the story's 'By John Roe' below is no byline of the article
        (["March 3, 2024"], [], "2024-03-03"),
        (["20 Nov, 2019 05:47"], [], "2019-11-20"),
        # a byline with a handle and a relative date ('2 days'), which no date parser reads
        (["Jane Doe @jdoe / 2 days"], ["Jane Doe"], None),
        # a date and a name on one line that is no dateline
        (["03/03/2024 Jane Doe News, Reviews"], [], None),
    ],
)
def test_a_short_article_is_not_read_with_the_head_of_the_story_below(
    head: list[str], authors: list[str], date: str | None
) -> None:
    a = build("Home", "World", TITLE, *head, P1, P2, *NEXT, "© 2024 Example News")
    assert a.text == f"{P1}\n\n{P2}"
    assert ([x.name for x in a.authors], a.published_date) == (authors, date)
    assert {r.text: r.reason for r in a.removed}[NEXT[3]] == "next_article"


def test_a_promo_over_the_article_keeps_its_own_head() -> None:
    # a disclaimer that reads as prose opens the run; the head under it is the article's, not a next story's
    disclaimer = (
        "Every item on this page was chosen by an editor. We may earn commission on some of the items you choose "
        "to buy, which helps us keep the site free."
    )
    a = build("Home", disclaimer, "Getty Images", *NEXT, P1, "Share")
    assert ([x.name for x in a.authors], a.published_date) == (["John Roe"], "2024-03-04")
    assert NEXT[3] in a.text and P1 in a.text


@pytest.mark.parametrize(
    ("lines", "heads"),
    [
        (NEXT[:4], True),
        (["Fuel protest turns violent", "Six held in the north", "By John Roe | March 4, 2024", NEXT[3]], True),
        # no date: a roundup's section signed by an expert
        (["What the economists say", "By John Roe", NEXT[3]], False),
        # no prose under it: a teaser in a list
        (["Fuel protest turns violent", "By John Roe", "March 4, 2024", "Storm leaves thousands without power"], False),
        # a link, a book's details, a sentence
        (["Related: Fuel protest turns violent", "By John Roe", "March 4, 2024", NEXT[3]], False),
        ([P3, "By John Roe", "March 4, 2024", NEXT[3]], False),
    ],
)
def test_story_head(lines: list[str], heads: bool) -> None:
    texts = list(lines)
    draft = Draft(texts, [boilerplate_reason(t) for t in texts], ["?"] * len(texts), STOPWORDS, page_vocabulary(texts))
    assert (story_head(draft, 0, len(lines) - 1) is not None) is heads
