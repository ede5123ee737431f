"""A short article above a denser block at the page's foot: the run under the dateline is the body."""

from __future__ import annotations

import pytest

from azpk_corpus.pipeline.layout import densest_run
from azpk_corpus.pipeline.lexicon import boilerplate_reason
from azpk_corpus.pipeline.short_article import short_article
from tests.pipeline.pages import P1, P2, P3, build

FOOT = (
    "Our offices in Orlando, Tampa and Miami are open from nine to five on weekdays, and our staff can meet "
    "clients at their homes or in hospital when they cannot travel, at no extra cost to them or their families, "
    "because we believe that everyone who has been hurt deserves to be heard by someone who will take the time "
    "to listen to the whole story and explain what can be done about it, however long that takes."
)
"""A firm's blurb at a page's foot that no lexicon rule covers: one long line, denser than two paragraphs."""
FOOT_LINES = [FOOT]
LONG_FOOT = [FOOT, FOOT.replace("Orlando", "Boston"), FOOT.replace("Orlando", "Denver")]
HEAD = ["Home", "News", "World", "Ministers agree to expand energy ties", "By Jane Roe", "March 5, 2024"]
HEADLINES = ["Gas prices fall for a third week", "Storm leaves thousands without power", "Council approves budget"]
SHARE_BAR = ["Share", "Facebook", "Twitter", "Reddit", "Pocket", "Flipboard", "Email", "Print"]
SECOND_HALF = (
    "The agreements on energy, trade and education will be signed by the foreign minister during the visit, "
    "officials said, and the two governments expect cooperation in energy to grow fastest over the decade, "
    "although analysts said trade between the countries will stay small until the new rail link is finished."
)
CLOSING = ["Share this article", "Tags: energy, trade", "Related Stories", "Gas prices fall", "Most Popular"]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # a dated two-paragraph story, its share bar and comment form, then the foot's fine print
        ([*HEAD, P1, P2, "Share this article", "Leave a Reply", *FOOT_LINES, "About us"], [P1, P2]),
        # no byline or date over the story: three closing lines (share, tags, a related box) still part them
        ([*HEAD[:4], P1, P2, *CLOSING, *FOOT_LINES], [P1, P2]),
        # ... but two are not enough evidence without a dateline
        ([*HEAD[:4], P1, P2, "Share this article", "Related Stories", *HEADLINES, *FOOT_LINES], FOOT_LINES),
        # a gallery's buttons between a caption and the article are no closing chrome
        (
            [*HEAD, P1, P3, "Caption", "Close", "Image 1 of 23", "Back to Gallery", *FOOT_LINES],
            FOOT_LINES,
        ),
    ],
)
def test_a_short_article_beats_the_foot_below_its_closing_chrome(lines: list[str], body: list[str]) -> None:
    assert build(*lines).text == "\n\n".join(body)


def test_a_short_article_beats_its_comment_thread() -> None:
    # comments under a comment heading: dated, and on the article's topic, yet never the article
    comments = [
        "Mark Example",
        "March 5, 2024 at 9:14 am",
        "This is exactly what the governments have been promising for years on energy and trade, and nothing "
        "ever changes for ordinary people, whatever the ministers agree on Monday or any other day of the week.",
        "Reply",
        "Sarah Sample",
        "March 5, 2024 at 11:02 am",
        "I disagree: the cooperation in energy and education has already made a real difference in my town, and "
        "the new agreements will help the students most, as the officials said when they signed them last year.",
        "Reply",
    ]
    record = build(
        *HEAD, P1, P2, "Share this article", "2 thoughts on “Ministers agree to expand energy ties”", *comments
    )
    assert record.text == "\n\n".join([P1, P2])


def test_the_foot_is_no_lexicon_chrome() -> None:
    assert [boilerplate_reason(t) for t in LONG_FOOT] == [None] * 3


def test_a_banner_at_the_page_top_is_no_short_article() -> None:
    # a cookie banner's prose, the site's menu (with 'Sign up' and 'Share'), then the article headed by its
    # byline past a share bar of ten buttons: the article is denser and headed, so it stays the body
    banner = (
        "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
        "personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from."
    )
    share = ["Share this story", "Facebook", "Twitter", "Reddit", "Pocket", "Flipboard", "Email", "Print"]
    article = [P1, P2, P3, P1.replace("Monday", "Tuesday")]
    lines = ["Skip to main content", banner, "I Accept", "Menu", "Sign Up", "Share", "Politics", "Culture"]
    record = build(
        *lines, "Ministers agree to expand energy ties", "By Jane Roe Updated Nov 13, 2019", *share, *article
    )
    assert record.text == "\n\n".join(article)


def _scores(lines: list[str]) -> list[float]:
    """The layout's scores, roughly: a prose line earns its words, chrome costs 20, a short line 4."""
    return [-20.0 if boilerplate_reason(t) else float(len(t.split())) if len(t.split()) >= 8 else -4.0 for t in lines]


@pytest.mark.parametrize(
    ("lines", "switch"),
    [
        ([*HEAD, P1, P2, *CLOSING, *FOOT_LINES], True),
        # the run below outweighs the short one more than FOOT_MAX_RATIO times: an article past a standfirst
        ([*HEAD, P1, P2, *CLOSING, *LONG_FOOT], False),
        # one line under the dateline is a standfirst, not an article, however long
        ([*HEAD, f"{P1} {P2}", *CLOSING, *FOOT_LINES], False),
        # the densest run has its own dateline: it is an article, whatever lies above it
        ([*HEAD, P1, P2, *CLOSING, "March 6, 2024", *FOOT_LINES], False),
        # ... unless a comment heading stands between: the dates below it are comments'
        ([*HEAD, P1, P2, *CLOSING, "Leave a Reply", "March 6, 2024", *FOOT_LINES], True),
        # ... found past a share bar of ten buttons
        ([*HEAD, P1, P2, *CLOSING, "By John Doe", *SHARE_BAR, *FOOT_LINES], False),
        # the run below goes on with the short run's topic: the article's second half past a box inside it
        ([*HEAD, P1, P2, *CLOSING, SECOND_HALF], False),
        # ... which no comment thread is, however much it shares
        ([*HEAD, P1, P2, *CLOSING, "2 Comments", SECOND_HALF], True),
    ],
)
def test_short_article_table(lines: list[str], switch: bool) -> None:
    scores = _scores(lines)
    below = lines.index(FOOT if FOOT in lines else SECOND_HALF)
    run, above = densest_run(scores), densest_run(scores[:below])
    assert run is not None and above is not None
    assert run[0] == below  # the foot is the densest run, the story the densest above it
    chosen = short_article(lines, [boilerplate_reason(t) for t in lines], scores, run, above, None)
    assert chosen == (above if switch else run)


def test_a_story_closing_on_its_company_keeps_that_paragraph() -> None:
    # 'X is headquartered in …' reads as a press release's blurb, but a spokesperson's word makes it news
    close = (
        "Examplecom is headquartered in New York City. A company spokesperson said in an email that the firm "
        "would cooperate fully with the inquiry."
    )
    record = build(*HEAD, P1, close, "Share this article", "Most Popular", *HEADLINES, "© 2024 Example News")
    assert record.text == "\n\n".join([P1, close])
