"""The header pass: datelines, headline choice, page vocabulary against false names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.pipeline.draft import Draft
from azpk_corpus.pipeline.header import (
    TITLE_FEATURES,
    TITLE_WEIGHTS,
    _Header,
)
from azpk_corpus.pipeline.header_lines import credited_title, wire_date
from azpk_corpus.pipeline.layout import prepare
from azpk_corpus.pipeline.lines import split_lines
from azpk_corpus.pipeline.names import plausible_names
from azpk_corpus.pipeline.types import CatalogEntry, RawDocument
from tests.pipeline.pages import P1, P2, P3, build


@pytest.mark.parametrize(
    ("names", "vocabulary", "marked", "expected"),
    [
        (["Chen Zhao"], frozenset({"market", "rental"}), False, True),
        (["Rental Market"], frozenset({"market", "rental"}), False, False),
        (["Grace Lee"], frozenset({"grace"}), False, False),  # half its words are page words: refused bare
        (["Grace Lee"], frozenset({"grace"}), True, True),  # ... but after 'By' only a wholly common name is
        (["Use Case"], frozenset({"use", "case"}), True, False),
        (["Rui Ma", "Jane Roe"], frozenset({"ma"}), False, True),  # two letters are no evidence
        (["Be Well"], frozenset({"be", "well"}), False, False),
    ],
)
def test_plausible_names(names: list[str], vocabulary: frozenset[str], marked: bool, expected: bool) -> None:
    assert plausible_names(names, vocabulary, marked=marked) is expected


def test_weights_match_features() -> None:
    assert len(TITLE_WEIGHTS) == len(TITLE_FEATURES)


def test_headline_over_its_byline_beats_menu_items_nearer_the_body() -> None:
    a = build(
        "Solutions by Industry",
        "Energy cooperation between Baku and Islamabad enters a new phase",
        "By Jane Doe | March 12, 2023",
        "Share",
        "Contents",
        "Energy deals",
        "Trade figures",
        P1,
        P2,
        P3,
    )
    assert a.title == "Energy cooperation between Baku and Islamabad enters a new phase"
    assert [x.name for x in a.authors] == ["Jane Doe"]
    assert a.published_date == "2023-03-12"


def test_title_cased_menu_line_under_the_headline_is_not_an_author() -> None:
    a = build(
        "Energy cooperation between Baku and Islamabad enters a new phase",
        "Rental Market",
        P1 + " The rental market was not discussed.",
        P2,
        P3,
    )
    assert a.authors == []


def test_name_beside_a_date_under_the_headline_is_a_byline() -> None:
    a = build("Menu", "Energy cooperation between Baku and Islamabad", "Melissa Ozawa", "December 18, 2025", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Melissa Ozawa"]
    assert a.published_date == "2025-12-18"


def test_promo_text_above_the_headline_leaves_the_body() -> None:
    promo = "Get paid three weeks faster with the only payment software that subcontractors will ever need."
    a = build(promo, "Top electrical construction companies in 2025", "By Claire Wilson", P1, P2, P3)
    assert a.title == "Top electrical construction companies in 2025"
    assert promo not in a.text
    assert {r.text: r.reason for r in a.removed}[promo] == "page_chrome"


def test_question_headline_opening_the_run_under_a_breadcrumb() -> None:
    a = build(
        "Loans",
        "Cards",
        "Home » Archive » Finance » Do young savers really budget better than their parents?",
        "Do young savers really budget better than their parents?",
        P1,
        P2,
        P3,
    )
    assert a.title == "Do young savers really budget better than their parents?"
    assert a.section == "Finance"


def test_headline_below_a_blog_description_and_its_date() -> None:
    blurb = "Notes on energy, trade and politics in the Caucasus and South Asia, written by one analyst."
    a = build("Caucasus Notes", blurb, "Friday, December 19, 2025", "Small steps in a long partnership", P1, P2, P3)
    assert a.title == "Small steps in a long partnership"
    assert a.published_date == "2025-12-19"


def test_filter_menu_of_by_lines_names_nobody() -> None:
    a = build("Solutions", "By Use Case", "By Company Size", "By Region", "Energy ties deepen this year", P1, P2, P3)
    assert a.authors == []


def test_team_credit_after_a_marker_is_an_author() -> None:
    a = build("Energy ties deepen this year", "By the Harbor Research Team | March 3, 2024", P1, P2, P3)
    assert [x.name for x in a.authors] == ["the Harbor Research Team"]
    assert a.published_date == "2024-03-03"


def test_a_title_line_with_the_site_suffix_loses_to_the_bare_headline() -> None:
    a = build(
        "Do you need more ports on your laptop? - Gadget Notes",
        "Gadget Notes – Embedded news",
        "Home",
        "Reviews",
        "News",
        "Deals",
        "Posted on December 20, 2025 by Jean-Luc Aufrand (CNX) - 5 Comments",
        "Do you need more ports on your laptop?",
        P1,
        P2,
        P3,
    )
    assert a.title == "Do you need more ports on your laptop?"
    assert [x.name for x in a.authors] == ["Jean-Luc Aufrand (CNX)"]


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Harbor Research Team", "Harbor Research Team"),
        ("The Harbor Team", "The Harbor Team"),
        ("Team Harbor", "Team Harbor"),
        ("Meet the Team", None),  # a link to a team page
        ("Join Our Team", None),
    ],
)
def test_bare_team_credit_above_the_date_is_an_author(credit: str, author: str | None) -> None:
    a = build("Menu", "Energy ties deepen this year", credit, "December 18, 2025", P1, P2, P3)
    assert [x.name for x in a.authors] == ([author] if author else [])


def test_name_closing_a_dateline_is_the_author() -> None:
    a = build("Menu", "Energy ties deepen this year", "September 1, 2016 September 8, 2016 Melissa Ozawa", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Melissa Ozawa"]
    assert a.published_date == "2016-09-01"


def test_bare_name_over_its_dateline_under_the_standfirst_is_the_author() -> None:
    standfirst = "We got the keys two days ago, and the house is full of boxes, chaos and new equipment."
    a = build(
        "Menu", "Building a smart home from scratch", standfirst, "Franck Example", "Dec 18, 2025 2 min read", P1, P2
    )
    assert [x.name for x in a.authors] == ["Franck Example"]
    assert a.published_date == "2025-12-18"


def test_headline_under_a_promo_and_a_share_bar_opening_the_run() -> None:
    """The promo's prose opens the run; the share bar below it closes the promo, so the next line may head the article."""
    promo = (
        "Enter your email to unlock an extra $25 off any of our test preparation programs this month, and get "
        "our weekly guide to the admissions season with tips from counsellors who have read thousands of essays!"
    )
    consent = "By submitting my email address, I certify that I am 13 years of age or older and agree to the terms."
    a = build("Menu", promo, consent, "Tweet", "Popular essay topics and how to answer them", P1, P2, P3)
    assert a.title == "Popular essay topics and how to answer them"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # a bare name over a line saying it is the author's
        (["Menu", "Energy ties deepen this year", "Rachel Roe", "Writer", P1, P2, P3], "Rachel Roe"),
        # a name in capitals between the headline and its date
        (["Menu", "Energy ties deepen this year", "LEONARDO GARCIA", "Sep 26, 2022", P1, P2, P3], "Leonardo Garcia"),
        # several names with their credentials opening the body, under the headline
        (
            ["Menu", "Energy ties deepen this year", "Jane Roe, MD, FACC; Omar Khan, DVM, VTS (Behavior)", P1, P2, P3],
            ["Jane Roe", "Omar Khan"],
        ),
        # a name under its own timestamp, below the headline and standfirst
        (
            ["Menu", "Energy ties deepen this year", P1, "Nick Example", "2022-11-23T08:10+02:00", P2, P3],
            "Nick Example",
        ),
        # a bare name kept from its date by letterless filler (a separator, a follower count)
        (["Menu", "Rachel Roe", "210412", "Dec 18, 2025", "Energy ties deepen this year", P1, P2, P3], "Rachel Roe"),
        (["Menu", "Dec 18, 2025", "/", "Rachel Roe", "Energy ties deepen this year", P1, P2, P3], "Rachel Roe"),
        # a bare name under the standfirst, with its publisher in capitals
        (
            ["Menu", "Energy ties deepen this year", P1, "Brian Example USA TODAY", "Show Caption", P2, P3],
            "Brian Example",
        ),
        # a bare name under its date right above the body, however far above the headline is
        (
            [
                "Menu",
                "Mission accomplished for the digital archive",
                "Facebook",
                "Twitter",
                "LinkedIn",
                "Email",
                "Print",
                "Copy link",
                "WhatsApp",
                "2025-12-17 ·",
                "Trond Example",
                P1,
                P2,
                P3,
            ],
            "Trond Example",
        ),
        # 'By' and a lone given name over the dateline, wherever the headline was found
        (["Menu", "Energy ties deepen this year", P1, "By Clay", "Mar 14, 2024", "34 min read", P2, P3], "Clay"),
        # ... but not without a date beside it, nor in a filter menu of 'By' lines
        (["Menu", "Energy ties deepen this year", "By Clay", P1, P2, P3], None),
        (["Menu", "By Region", "By Clay", "Mar 14, 2024", "Energy ties deepen this year", P1, P2, P3], None),
        # 'Written by' a credit whose words the page uses, among short lines: no filter menu says 'Written by'
        (
            [
                "Menu",
                "Vacation packages to book",
                "Updated: December 4, 2025",
                "|",
                "Written by AAA Travel Editor, SMT",
                "Save",
                "Share",
                "Print",
                P1,
                P2,
                "A travel editor writes.",
                P3,
            ],
            "AAA Travel Editor",
        ),
        (["Menu", "By Travel Editor", "By Region", "By Price", "Vacation packages to book", P1, P2, P3], None),
        # a desk credit with the site and its date on the line
        (
            [
                "Menu",
                "Meditation helps heal the brain",
                "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025",
                P1,
                P2,
                P3,
            ],
            "TOI Lifestyle Desk",
        ),
        (["Menu", "Meditation helps heal the brain", "Web Desk", "Dec 17, 2025", P1, P2, P3], "Web Desk"),
        (["Menu", "Meditation helps heal the brain", "Help Desk", "Dec 17, 2025", P1, P2, P3], None),
        # a kicker in capitals is not a name
        (["Menu", "WORLD NEWS", "Energy ties deepen this year", "Sep 26, 2022", P1, P2, "World news today.", P3], None),
    ],
)
def test_bare_name_forms(lines: list[str], author: str | list[str] | None) -> None:
    expected = author if isinstance(author, list) else [author] if author else []
    assert [x.name for x in build(*lines).authors] == expected


@pytest.mark.parametrize(
    ("credit", "is_credit"),
    [
        ("By Team Tiger Data", True),  # a byline form heads nothing
        ("Contributions From: Trish Example, Sam Example & Elizabeth Example", True),
        ("Emily Example/ Quanta Magazine; Carlos Example for Quanta Magazine", True),
        ("Thea Example, The New York Times/Redux", True),
        ("Landscape Architecture/Design", False),  # the page uses these words: no name
        ("Hip-Hop/R&B news of the week", False),
        ("Best Of, Japan, Travel Guides", True),  # tags
        ("Food, Nutrition, Diet", True),
        ("Pakistan, Azerbaijan sign a trade deal", False),
        ("Energy ties deepen this year", False),
    ],
)
def test_credit_and_tag_lines_are_never_the_headline(credit: str, is_credit: bool) -> None:
    page = [
        "Menu",
        credit,
        "Energy ties deepen this year",
        "March 3, 2024",
        P1,
        P2,
        "Our architecture and design team.",
        P3,
    ]
    head = _Header(*_prepared(page), CatalogEntry())
    assert head.draft.texts[1] == credit
    assert head.never_headline(1) is is_credit
    assert build(*page).title == "Energy ties deepen this year"


def _prepared(lines: list[str]) -> tuple[Draft, int, int]:
    doc = RawDocument("page.txt", "\n\n".join(lines).encode())
    prepared = prepare(split_lines(doc, doc.data.decode()))
    assert prepared is not None
    return prepared


LONG_HEADLINE = (
    "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions "
    "(Including One Universal Trick That 9/10 Works)"
)


def test_a_long_headline_over_its_byline_in_the_body_run() -> None:
    """25 words: past BODY_TITLE_MAX_WORDS, but its byline right below says what it is."""
    a = build("Search:", "Design 101", LONG_HEADLINE, "By Arlyn Example", "Nov 1", P1, P2, P3)
    assert a.title == LONG_HEADLINE
    assert [x.name for x in a.authors] == ["Arlyn Example"]


def test_a_long_line_opening_the_body_without_a_byline_is_the_lede() -> None:
    """The same 25 words with no byline or date below: past BODY_TITLE_MAX_WORDS, so not the headline."""
    a = build("Search:", "Design 101", LONG_HEADLINE, P1, P2, P3)
    assert a.title != LONG_HEADLINE


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Azerbaijan and Pakistan sign a deal, by Jane Doe", ("Azerbaijan and Pakistan sign a deal", ["Jane Doe"])),
        ("Energy ties grow, by Jane Doe and Omar Khan", ("Energy ties grow", ["Jane Doe", "Omar Khan"])),
        ("Energy ties grow | By Jane Doe", ("Energy ties grow", ["Jane Doe"])),
        ("Best tutors in 2025, by a student", None),  # no name
        ("Trade figures for 2024, by region", None),
        ("Energy, by Jane Doe", None),  # too short a headline to stand alone
        ("Energy ties grow | By Jane Doe, March 3, 2024", None),  # more than names after 'by'
        ("Energy ties grow by a fifth", None),  # no separator before 'by'
    ],
)
def test_credited_title(line: str, expected: tuple[str, list[str]] | None) -> None:
    assert credited_title(line, frozenset({"region", "student"})) == expected


@pytest.mark.parametrize(
    ("lines", "title", "authors"),
    [
        (
            ["Energy ties grow between the two, by Jane Doe", "March 3, 2023"],
            "Energy ties grow between the two",
            ["Jane Doe"],
        ),
        (  # a byline names the same author: the title still loses its credit
            ["Energy ties grow between the two, by Jane Doe", "By Jane Doe", "March 3, 2023"],
            "Energy ties grow between the two",
            ["Jane Doe"],
        ),
        (  # a review's byline names another: the title names the book's author
            ["The Overstory and its forests, by Richard Powers", "By Jane Doe", "March 3, 2023"],
            "The Overstory and its forests, by Richard Powers",
            ["Jane Doe"],
        ),
    ],
)
def test_a_headline_that_credits_its_author(lines: list[str], title: str, authors: list[str]) -> None:
    a = build(*lines, P1, P2, P3)
    assert a.title == title
    assert [c.name for c in a.authors] == authors


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (  # the headline in full above a table-of-contents or menu copy cut short, which has the byline
            [
                "How to Design a Website: a Complete Guide",
                "Updated March 3, 2024",
                "How to Design a Website",
                "By Jane Doe",
            ],
            "How to Design a Website: a Complete Guide",
        ),
        (
            [
                "Home",
                "Top 11 Gaming Console Companies Driving Innovation",
                "Top 11 Gaming Console Companies",
                "March 3, 2024",
            ],
            "Top 11 Gaming Console Companies Driving Innovation",
        ),
        (  # a site's name after a separator makes no fuller headline
            ["Energy ties grow | Example Times", "Energy ties grow", "By Jane Doe", "March 3, 2024"],
            "Energy ties grow",
        ),
    ],
)
def test_the_headline_in_full_over_a_copy_cut_short(lines: list[str], title: str) -> None:
    assert build(*lines, P1, P2, P3).title == title


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # a wire dateline opening the text is no byline's date: 2023 is what the news is about
        (
            [
                "By Jane Doe",
                "BAKU, March 3 (Reuters) - Trade between the two countries grew by 40 percent in 2023, officials said.",
            ],
            None,
        ),
        (["By Jane Doe ⋅ Founder and Editor ⋅ Updated May 6, 2025"], "2025-05-06"),  # a byline's own fields
        (["Dec. 19, 2025 · Jane Doe on behalf of the energy desk"], "2025-12-19"),
    ],
)
def test_the_date_a_byline_line_gives(lines: list[str], date: str | None) -> None:
    assert build("Energy ties grow", *lines, P1, P2, P3).published_date == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("BAKU, March 3, 2024 (Reuters) - ", "2024-03-03"),
        ("LAHORE, Pakistan, 3 March 2024 — ", "2024-03-03"),
        ("ISLAMABAD, Mar 3, 2024: ", "2024-03-03"),
        ("BAKU, March 3 (Reuters) - ", None),  # no year: none is guessed
        ("ISLAMABAD (AP) — ", None),
    ],
)
def test_a_wire_dateline_dates_the_story_and_names_nobody(lead: str, date: str | None) -> None:
    a = build("Energy ties grow", lead + P1, P2, P3)
    assert a.published_date == date
    assert a.authors == []
    assert a.text.startswith(lead + P1)


@given(
    st.text() | st.from_regex(r"[A-Z]{3,9}, [A-Za-z0-9 ,.]{0,30}( \([A-Za-z]+\))? [-:] [a-z ]{0,20}", fullmatch=True)
)
def test_wire_date_and_credited_title_take_any_text(text: str) -> None:
    date = wire_date(text)
    assert date is None or len(date) >= 4
    credited = credited_title(text, frozenset())
    assert credited is None or (text.startswith(credited[0]) and all(n in text for n in credited[1]))


_SIDEBAR = [
    "Most Popular",
    "Gas prices fall again",
    "Ali Khan | July 15, 2025",
    "New flights to Lahore",
    "Sara Aliyeva | June 9, 2025",
    "Cotton harvest up",
    "Omar Rehman | June 5, 2025",
]


@pytest.mark.parametrize(
    ("lines", "title", "authors", "date"),
    [
        # the article's header, then a sidebar of dated teasers right above the body
        (
            ["Energy cooperation enters a new phase", "Written by: Jane Doe", "January 16, 2025", *_SIDEBAR],
            "Energy cooperation enters a new phase",
            ["Jane Doe"],
            "2025-01-16",
        ),
        # the article's own byline a little above a list with a quicker beat keeps its place
        (
            [
                "Energy cooperation enters a new phase",
                "Jane Doe January 16, 2025",
                "Share",
                "More stories",
                "Auto news",
                "Gas prices fall again",
                "July 15, 2025",
                "New flights to Lahore",
                "June 9, 2025",
                "Cotton harvest up",
                "June 5, 2025",
            ],
            "Energy cooperation enters a new phase",
            ["Jane Doe"],
            "2025-01-16",
        ),
        # nothing dated above the list: its last item, right over the body, is the article's header
        (
            [
                "Latest",
                "Gas prices fall again",
                "Ali Khan | July 15, 2025",
                "New flights to Lahore",
                "Sara Aliyeva | June 9, 2025",
                "Energy cooperation enters a new phase",
                "Jane Doe | January 16, 2025",
            ],
            "Energy cooperation enters a new phase",
            ["Jane Doe"],
            "2025-01-16",
        ),
        # two dated lines are no list: a headline with its byline and its update line
        (
            ["Energy cooperation enters a new phase", "Jane Doe | January 16, 2025", "Energy", "Updated June 5, 2025"],
            "Energy cooperation enters a new phase",
            ["Jane Doe"],
            "2025-01-16",
        ),
    ],
)
def test_a_list_of_dated_teasers_above_the_body_is_not_its_header(
    lines: list[str], title: str, authors: list[str], date: str
) -> None:
    a = build(*lines, P1, P2, P3)
    assert (a.title, [x.name for x in a.authors], a.published_date) == (title, authors, date)


_TEASER_ABOVE = ["Greatest Hits: New Houseplant Trends", "by Laura Fenton", "Shop Our Picks", "Garden Tools", "Pots"]


@pytest.mark.parametrize(
    ("under_title", "author"),
    [
        # only a bare name and date stand under the headline: a teaser's 'by' far above is not the byline
        (["Melissa Ozawa December 18, 2025"], "Melissa Ozawa"),
        # a marked byline under the headline beats a bare name beside it
        (["Melissa Ozawa December 18, 2025", "By Dana Fulton"], "Dana Fulton"),
    ],
)
def test_a_dated_name_under_the_headline_beats_a_teaser_s_byline_far_above(under_title: list[str], author: str) -> None:
    a = build(*_TEASER_ABOVE, "You are reading", "Energy cooperation enters a new phase", *under_title, P1, P2, P3)
    assert a.title == "Energy cooperation enters a new phase"
    assert [x.name for x in a.authors] == [author]


def test_a_headline_past_the_article_s_first_paragraphs_heads_another_story() -> None:
    own = [f"{P1} {P2}", f"{P2} {P3}", f"{P3} {P1}", f"{P1} {P3}"]  # 4 paragraphs, over 120 words
    story = ["Police arrested six people on Monday after a protest over fuel prices turned violent.", P1 + " Again."]
    a = build("Home", "Baku and Islamabad widen cooperation", *own, "Fuel protest turns violent", "By John Roe", *story)
    assert a.title == "Baku and Islamabad widen cooperation"
    assert a.text.startswith(own[0])


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (  # a crumb's last item or a hidden copy right above the headline: printed twice in a row
            ["Home", "Courses", "Contact", "Certificate vs Certification", "Certificate vs Certification"],
            "Certificate vs Certification",
        ),
        (  # the standfirst under it stays the standfirst
            [
                "Home",
                "Blog",
                "Video Production 101: The Ultimate Guide for Beginners",
                "Video Production 101: The Ultimate Guide for Beginners",
                "What is the Difference and Which is Right for You?",
            ],
            "Video Production 101: The Ultimate Guide for Beginners",
        ),
    ],
)
def test_a_headline_printed_twice_in_a_row(lines: list[str], title: str) -> None:
    assert build(*lines, P1, P2, P3).title == title


def test_a_summary_s_points_under_the_byline_are_no_headline() -> None:
    points = ["Key points", "The two countries signed six agreements", "Trade is expected to double by 2030"]
    a = build("Home", "Energy ties deepen", "By Jane Doe", "March 3, 2024", *points, P1, P2, P3)
    assert a.title == "Energy ties deepen"
    b = build("Home", "News", "Energy ties deepen", *points, P1, P2, P3)  # no byline to anchor the headline
    assert b.title == "Energy ties deepen"
