"""Teaser lists below an article: cut by the rhythm of their bare date lines."""

from __future__ import annotations

import pytest

from azpk_corpus.pipeline.lexicon import boilerplate_reason
from azpk_corpus.pipeline.teasers import box_links, boxes_above, teaser_box, teaser_start
from tests.pipeline.pages import P1, P2, P3, build

SUMMARY = (
    "Our reporter spent a week with the farmers who are trying to keep the old orchards alive this year, "
    "and found that most of them expect the next harvest to be the best they have seen in a decade."
)  # long enough that the densest run of prose runs on through the teasers


def _teaser(n: int) -> list[str]:
    return [f"Headline of another story number {n}", "Jane Roe", f"Tuesday November {n}, 2019", f"{SUMMARY} ({n})"]


def _signed_teaser(n: int, byline: str = "By Jane Roe") -> list[str]:
    return ["Politics", f"Headline of another story number {n}", byline, f"{SUMMARY} ({n})"]


ARTICLE = [p.replace(".", f", said source {n}.") for n in range(4) for p in (P1, P2, P3)]  # 12 paragraphs


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # three dated teasers after the article: the list starts after its last prose line
        ([*ARTICLE, "Opinion", "More from us", *_teaser(11), *_teaser(12), *_teaser(13)], 12),
        # two dates are not a rhythm yet
        ([*ARTICLE, *_teaser(11), *_teaser(12)], None),
        # a timeline: each date heads two paragraphs, not one summary
        ([*ARTICLE, *[x for n in (1, 2, 3) for x in (f"March {n}, 2020", P1, P2)]], None),
        # a byline standing where the date would: teasers signed 'By X' every few lines
        ([*ARTICLE, "More in Politics", *_signed_teaser(1), *_signed_teaser(2), *_signed_teaser(3)], 12),
        # ... but not a filter menu ('By Industry') or a bare marker whose name is on the next line
        ([*ARTICLE, *[x for n in (1, 2, 3) for x in _signed_teaser(n, "By Industry")]], None),
        ([*ARTICLE, *[x for n in (1, 2, 3) for x in _signed_teaser(n, "Written by:")]], None),
        # the article's own meta lines in a row (byline, published, updated) are one item, not a rhythm
        (
            [
                *ARTICLE[:6],
                "By Claire Wilson",
                "Published Apr 26, 2023",
                "Updated Aug 21, 2025",
                "Reading time 15 minutes",
                *ARTICLE[6:],
            ],
            None,
        ),
        # a live blog's posts: a stamp, then prose and nothing else, again and again
        ([*ARTICLE, *[x for n in (1, 2, 3, 4) for x in (f"{n} hours ago", f"{SUMMARY} ({n})")]], None),
        ([*ARTICLE, *[x for n in (1, 2, 3, 4) for x in (f"March {n}, 2020 10:32", f"{SUMMARY} ({n})")]], None),
        # ... but a headline among them makes them teasers
        ([*ARTICLE, *[x for n in (1, 2, 3) for x in (f"{n} hours ago", f"Headline number {n}", SUMMARY)]], 12),
        # dates too far apart are no rhythm
        (
            [
                *ARTICLE,
                *[x for n in (1, 2, 3) for x in (f"March {n}, 2020", "Item", "Item", "Item", "Item", "Item", P1)],
            ],
            None,
        ),
    ],
)
def test_teaser_start(lines: list[str], expected: int | None) -> None:
    assert teaser_start(lines, 0, len(lines) - 1, 3) == expected


def test_events_page_whose_rhythm_starts_at_the_top_is_kept() -> None:
    lines = [
        x for n in (16, 17, 18, 19) for x in (f"March {n}, 2026", f"Conference {n}", "Atlanta, United States", SUMMARY)
    ]
    assert teaser_start(lines, 0, len(lines) - 1, 3) is None


def test_built_article_drops_the_teasers_and_says_why() -> None:
    a = build("Farmers keep the orchards alive", "By John Smith", *ARTICLE, *_teaser(11), *_teaser(12), *_teaser(13))
    assert a.text == "\n\n".join(ARTICLE)
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons["Tuesday November 12, 2019"] == "teaser_list"
    assert reasons[f"{SUMMARY} (13)"] == "teaser_list"


def test_a_signature_above_the_teasers_is_the_author() -> None:
    a = build("Farmers keep the orchards alive", *ARTICLE, "Halina Example", *_teaser(11), *_teaser(12), *_teaser(13))
    assert [x.name for x in a.authors] == ["Halina Example"]
    assert a.text == "\n\n".join(ARTICLE)
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons["Halina Example"] == "author_name"
    assert reasons["Tuesday November 12, 2019"] == "teaser_list"


_BOX = [x for n in range(1, 5) for x in (f"Headline of another story number {n}", f"{SUMMARY} ({n})")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a 'Related' box of headlines with a line of summary each, after the article
        ([*ARTICLE, "Related stories", *_BOX], (12, 20, True)),
        ([*ARTICLE, "You may also like", *_BOX, "Share"], (12, 20, True)),
        ([*ARTICLE, "Les plus lus", *_BOX], (12, 20, True)),  # the same heading in the stoplists' other languages
        ([*ARTICLE, "More you might like", *_BOX], (12, 20, True)),  # a recommendation widget's
        ([*ARTICLE, "Around the Web", *_BOX], (12, 20, True)),
        # a table of contents over sections of one paragraph each is the article
        ([*ARTICLE, "In this guide", *_BOX], None),
        # set inside the article, whose paragraphs go on below it: a box, but no end of the article (its last
        # item, a headline over two paragraphs, may be a section of the article)
        ([*ARTICLE[:6], "Related stories", *_BOX, *ARTICLE[6:]], (6, 12, False)),
        # two teasers are no box yet; sections of two paragraphs are none
        ([*ARTICLE, "Related stories", *_BOX[:4]], None),
        ([*ARTICLE, "Related stories", *[x for n in range(3) for x in (f"Section {n}", P1, P2)]], None),
    ],
)
def test_teaser_box(lines: list[str], expected: tuple[int, int, bool] | None) -> None:
    assert teaser_box(lines, [boilerplate_reason(t) for t in lines], 0, len(lines) - 1) == expected


def test_a_related_box_inside_the_article_is_cut_and_the_article_goes_on() -> None:
    box = ["Most popular", *_BOX]
    a = build("Energy ties deepen", "By Jane Doe", *ARTICLE[:6], *box, *ARTICLE[6:], "© 2024 Example")
    assert all(p in a.text for p in ARTICLE)
    reasons = {r.text: r.reason for r in a.removed}
    assert [reasons.get(t) for t in box[:7]] == ["teaser_list"] * 7


def test_a_long_paragraph_under_a_short_line_is_no_teaser_summary() -> None:
    # a 'Most popular' box right above a review's spec line and its first, long paragraph
    first = " ".join([P1, P2, P3])
    lines = ["Most popular", *_BOX, "Tested by: Jane Doe RRP: 49.95 Euro (£40) More info: example.com", first, "Advert"]
    page = [*lines, *ARTICLE]
    assert boxes_above(page, [boilerplate_reason(t) for t in page], 9, len(page) - 1) == [(0, 8)]


def test_a_table_below_a_box_closing_the_text_is_the_article_going_on() -> None:
    # tour dates under the article, a 'Related stories' box set between: the dates are the article's
    dates = [f"June {d} – City {d}, ST @ Arena Number {d}" for d in range(9, 16)]
    a = build("Energy ties deepen", "By Jane Doe", *ARTICLE[:4], "Related stories", *_BOX, "Tour dates", *dates)
    assert all(d in a.text for d in dates) and _BOX[1] not in a.text


def test_a_related_box_after_the_article_is_cut_as_teasers() -> None:
    bio = "Jane Doe is a senior correspondent at the paper, where she covers energy and trade."
    a = build("Energy ties deepen", "By Jane Doe", *ARTICLE, "More stories", *_BOX, "Jane Doe", bio, "© 2024 Example")
    assert a.text.endswith(ARTICLE[-1]) and SUMMARY not in a.text
    assert {r.text: r.reason for r in a.removed}[f"{SUMMARY} (1)"] == "teaser_list"
    assert [(x.name, x.bio) for x in a.authors] == [("Jane Doe", bio)]  # the author box below the box


@pytest.mark.parametrize(
    ("lines", "start", "expected"),
    [
        # a 'Most popular' box above the headline: its first summary opens the densest run
        (["Most popular", *_BOX, "Farmers keep the orchards alive", *ARTICLE], 2, [(0, 8)]),
        # further up the page, whole above the run
        (["Home", "Most read", *_BOX, "News", "Farmers keep the orchards alive", *ARTICLE], 12, [(1, 9)]),
        # a box opening the run with less prose below it than in it is the page's content
        (["Most popular", *_BOX, "Farmers keep the orchards alive", ARTICLE[0]], 2, []),
        # headings above the run over fewer than three teasers, or not a box's heading
        (["Most popular", *_BOX[:4], "Farmers keep the orchards alive", *ARTICLE], 2, []),
        (["In this guide", *_BOX, "Farmers keep the orchards alive", *ARTICLE], 2, []),
        # the article's own headline and standfirst read as a fifth teaser: its byline follows them,
        # or its text speaks of the headline's words
        (["Most popular", *_BOX, "Orchards in bloom", SUMMARY, "By Jane Doe", *ARTICLE], 2, [(0, 8)]),
        (["Most popular", *_BOX, "Governments agree to expand cooperation", SUMMARY, "Share", *ARTICLE], 2, [(0, 8)]),
        (["Most popular", *_BOX, "Orchards in bloom", SUMMARY, "Share", *ARTICLE], 2, [(0, 10)]),
    ],
)
def test_boxes_above(lines: list[str], start: int, expected: list[tuple[int, int]]) -> None:
    assert boxes_above(lines, [boilerplate_reason(t) for t in lines], start, len(lines) - 1) == expected


def test_a_popular_box_above_the_article_is_cut_and_its_headlines_are_no_title() -> None:
    a = build("Most popular", *_BOX, "Farmers keep the orchards alive", "By Jane Doe", *ARTICLE, "© 2024 Example")
    assert a.title == "Farmers keep the orchards alive"
    assert a.text == "\n\n".join(ARTICLE)
    assert {r.text: r.reason for r in a.removed}[f"{SUMMARY} (1)"] == "teaser_list"
    b = build("Most popular", *_BOX, "Farmers keep the orchards alive", *ARTICLE, "© 2024 Example")
    assert b.title == "Farmers keep the orchards alive"
    assert b.text == "\n\n".join(ARTICLE)


_LINKS = [
    "HEALTH",
    "A walk after eating changes how the body responds",
    "HEALTH",
    "What experts want coffee drinkers to know",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 'Most read' over kickers and headlines set inside the article, its text going on below
        ([*ARTICLE[:6], "Most read in world news", *_LINKS, *ARTICLE[6:]], [(6, 10)]),
        ([*ARTICLE[:6], "You May Also Like", *_LINKS, "Safety officials urge a redesign", *ARTICLE[6:]], [(6, 11)]),
        # three links could be the article's own list; one box closing the run is another pass's
        ([*ARTICLE[:6], "Most read", *_LINKS[:3], *ARTICLE[6:]], []),
        ([*ARTICLE, "Most read", *_LINKS], []),
        # what follows the links is chrome, not the article going on (the run's end is another pass's)
        ([*ARTICLE[:6], "Most read", *_LINKS, "Please confirm your newsletter subscription.", *ARTICLE[6:]], []),
        # no box heading: an article's short subheadings and list
        ([*ARTICLE[:6], "What we know", *_LINKS, *ARTICLE[6:]], []),
        # boxes closing the run: headlines to its end, some with their standfirst run on
        (
            [
                *ARTICLE,
                "Next Up In Science & Health",
                *_LINKS,
                "Most Read",
                "Hearings go badly Even the witnesses did.",
            ],
            [(12, 18)],
        ),
        # ... even when the second box's headlines run on into standfirsts that read as prose
        (
            [
                *ARTICLE,
                "Next Up In Science & Health",
                *_LINKS,
                "Most Read",
                f"Hearings go badly for the committee {SUMMARY[:60]}.",
                f"A witness confirms the account {SUMMARY[:70]}.",
            ],
            [(12, 19)],
        ),
        # two 'Related' boxes of links in a row inside the article, its text going on below
        ([*ARTICLE[:6], "Related", *_LINKS[1::2], "Related", *_LINKS[1::2], *ARTICLE[6:]], [(6, 11)]),
        # one box, then an article of short lines (an infographic's notes): the article goes on
        (
            [
                *ARTICLE[:6],
                "Related Stories",
                *_LINKS,
                "Sign up",
                "A style of wine.",
                "8 Common Wines",
                "Just starting?",
            ],
            [],
        ),
        # two links over a tabloid's short paragraphs are no box, however short the paragraphs
        ([*ARTICLE[:6], "Related articles", *_LINKS[1::2], *[p[:150] for p in ARTICLE[6:]]], []),
    ],
)
def test_box_links(lines: list[str], expected: list[tuple[int, int]]) -> None:
    assert box_links(lines, [boilerplate_reason(t) for t in lines], 0, len(lines) - 1) == expected


def test_a_most_read_box_inside_the_article_is_cut_and_the_text_goes_on() -> None:
    a = build("Energy ties deepen", "By Jane Doe", *ARTICLE[:6], "Most read in world news", *_LINKS, *ARTICLE[6:])
    assert a.text == "\n\n".join(ARTICLE)
    assert {r.text: r.reason for r in a.removed}[_LINKS[1]] == "teaser_list"
