"""Author credits below the header: author boxes and late bylines."""

from __future__ import annotations

import pytest

from tests.pipeline.pages import P1, P2, P3, build


def test_author_box_at_the_end_names_the_author() -> None:
    bio = "Chen Zhao is the head of economics research, where she studies housing markets."
    a = build("Energy ties deepen between the two capitals", P1, P2, P3, "Chen Zhao", bio, "Email Chen")
    assert [(x.name, x.bio) for x in a.authors] == [("Chen Zhao", bio)]
    assert bio not in a.text and "Chen Zhao\n" not in a.text


def test_about_name_box_with_a_first_name_bio() -> None:
    bio = "Amar has spent the last 13 years travelling all seven continents and writing about it."
    a = build("Energy ties deepen between the two capitals", P1, P2, P3, "About Amar Hussain", bio)
    assert [(x.name, x.bio) for x in a.authors] == [("Amar Hussain", bio)]


def test_marked_byline_below_the_header() -> None:
    paragraphs = [f"{p} Part {k}." for k in range(4) for p in (P1, P2, P3)]
    a = build("Energy ties deepen between the two capitals", *paragraphs, "By", "Dana Fulton", *paragraphs[:3])
    assert [x.name for x in a.authors] == ["Dana Fulton"]
    removed = {r.text: r.reason for r in a.removed}
    assert removed["By"] == removed["Dana Fulton"] == "byline"


def test_a_comment_author_is_not_the_author() -> None:
    a = build("Energy ties deepen between the two capitals", P1, P2, P3, "Reply", "Melissa says", "January 12, 2026")
    assert a.authors == []


def test_a_personal_site_named_after_its_owner_credits_the_owner() -> None:
    a = build("Cory Dransfeldt", "Posts", "Links", "A brief intro to git", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Cory Dransfeldt"]


def test_a_company_masthead_credits_nobody() -> None:
    a = build("Ava Community Energy", "Posts", "Links", "A brief intro to git", P1, P2, P3)
    assert a.authors == []


def test_a_byline_beats_the_masthead() -> None:
    a = build("Cory Dransfeldt", "A brief intro to git", "By Dana Fulton", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Dana Fulton"]


def test_author_box_of_a_name_over_its_role_below_the_article() -> None:
    a = build("Energy ties deepen this year", P1, P2, P3, "Share this article", "Nawaz Example", "Author", "@nawaz")
    assert [x.name for x in a.authors] == ["Nawaz Example"]


def test_author_box_of_a_name_and_its_role_over_a_first_name_bio() -> None:
    role = "Tim Example UK-based Systems Theorist & Independent Technology Writer"
    bio = "Tim explores the intersections of artificial intelligence and ethics."
    a = build("Energy ties deepen this year", P1, P2, P3, role, bio)
    assert [(x.name, x.bio) for x in a.authors] == [("Tim Example", bio)]


def test_a_list_of_firms_each_named_twice_is_not_an_author_box() -> None:
    entry = "Harbor Roasters honors its Congolese roots by roasting organic coffee from small farms."
    a = build("The best coffee roasters this year", P1, P2, "Harbor Roasters", entry, P3)
    assert a.authors == []
    assert entry in a.text


def test_a_byline_running_on_into_a_role_is_cut_at_the_name_printed_alone() -> None:
    box = ["About The Author", "Celeste Example", "Gardener & Astrologer"]
    a = build("Energy ties deepen this year", "Written By: Celeste Example Gardener & Astrologer", P1, P2, P3, *box)
    assert [x.name for x in a.authors] == ["Celeste Example"]
    a = build("Energy ties deepen this year", "Written By: Celeste Example Gardener & Astrologer", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Celeste Example Gardener"]  # nothing on the page says where the name ends


def test_a_tagline_naming_the_site_owner_credits_the_owner() -> None:
    tagline = "Cory Example's thoughts on AI, data, and analytics. I cover the history of computing."
    a = build("Engora Data Blog", tagline, "Posts", "A brief intro to git", P1, P2, P3)
    assert [x.name for x in a.authors] == ["Cory Example"]
    a = build(
        "Engora Data Blog", "Acme Analytics's thoughts on AI, data, and analytics.", "A brief intro to git", P1, P2
    )
    assert a.authors == []


@pytest.mark.parametrize(
    ("credit", "intro", "author"),
    [
        ("Asser Example", "Hello, and welcome! I'm the editor & founder of this site.", "Asser Example"),
        ("Written by Melissa", "Hi there! I'm the girl in Girl Eat World. I love eating and travelling.", "Melissa"),
        ("Written by Randy Example", "Hi, I'm Randy! I turned my small backyard into a garden.", "Randy Example"),
        # a comment: the commenter's name over what they say
        ("Jasmine Example", "I’m biased toward the grill in the railyard; you missed it.", None),
    ],
)
def test_author_box_of_a_name_over_a_first_person_bio(credit: str, intro: str, author: str | None) -> None:
    chrome = ["Share this article", "Related posts", "Leave a comment"]
    a = build("Energy ties deepen this year", P1, P2, P3, *chrome, credit, intro)
    assert [x.name for x in a.authors] == ([author] if author else [])
    if author:
        assert intro not in a.text and {r.text: r.reason for r in a.removed}[intro] == "bio"


def test_about_a_thing_is_not_an_author_box() -> None:
    """'About Engagement Ring' over a shop blurb: the page uses its words in lower case, so it is no name."""
    blurb = "Engagement Ring Shop the stunning selection of engagement rings in our store by the sea."
    a = build("Energy ties deepen this year", P1, P2, P3, "About Engagement Ring", blurb)
    assert a.authors == []


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["by jsteinhardt", "More from jsteinhardt"], "jsteinhardt"),
        (["The Upwork Team", "Read more about The Upwork Team"], "The Upwork Team"),
        (["Dana Example", "More from Dana Example →"], "Dana Example"),
        # the link alone credits nobody, nor does a link to 'me' or to a wire service
        (["More from jsteinhardt"], None),
        (["About me", "More about me"], None),
        (["Reuters", "More from Reuters"], None),
    ],
)
def test_an_author_page_link_names_the_author(lines: list[str], author: str | None) -> None:
    """'More from X' under the article, when the page also prints X alone or after 'by'."""
    a = build("Energy ties deepen this year", P1, P2, P3, "Share this article", *lines)
    assert [x.name for x in a.authors] == ([author] if author else [])


@pytest.mark.parametrize(
    ("heading", "paragraph", "author"),
    [
        # a place or a firm named after someone, then described: no author box
        ("Jack Brooks Park", "Jack Brooks is one of those places that everybody talks about.", None),
        ("Sarah Lee Foods", "Sarah Lee has been a household name since the fifties.", None),
        # the whole name repeated, or the given name alone, is an author box
        ("Julie Bausch Lent", "Julie Bausch Lent is the managing editor of the magazine.", "Julie Bausch Lent"),
        ("Julie Bausch Lent", "Julie is the managing editor of the magazine.", "Julie Bausch Lent"),
    ],
)
def test_a_heading_named_after_someone_is_no_author_box(heading: str, paragraph: str, author: str | None) -> None:
    a = build("Local trails worth a ride", P1, P2, P3, heading, paragraph, "Directions")
    assert [x.name for x in a.authors] == ([author] if author else [])


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # a firm's credit over a guest post: the one person the author box names wrote it
        ("By Ovolo Collective Hotels", "Julia Gralberg"),
        # a person's byline keeps its place, whoever the box is about
        ("By Dana Fulton", "Dana Fulton"),
    ],
)
def test_an_author_box_beats_a_firm_s_byline(byline: str, author: str) -> None:
    bio = "Julia Gralberg is a freelance travel writer and the editor of a hotel guide."
    a = build("Energy ties deepen this year", byline, P1, P2, P3, "Julia Gralberg", bio)
    assert [x.name for x in a.authors] == [author]
