"""Markdown marks read as the text they mark up, and left alone where plain text uses the same characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.pipeline.markup import plain, unmarked
from tests.pipeline.pages import P1, P2, P3, build


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("# Azerbaijan and Pakistan expand energy ties", "Azerbaijan and Pakistan expand energy ties"),
        ("## Trade ##", "Trade"),
        ("### 3 things to know", "3 things to know"),
        ("**By Jane Doe**", "By Jane Doe"),
        ("*Published 12 March 2023*", "Published 12 March 2023"),
        ("**Update** As of April 2022 the law changed.", "Update As of April 2022 the law changed."),
        ("Read [the report](https://example.org/a_(b)) today", "Read the report today"),
        ('See [the map](/maps/baku "Baku") here', "See the map here"),
        ("![The minister in Baku](photo.jpg)", "The minister in Baku"),
        ("> The talks went well, he said.", "The talks went well, he said."),
        # plain text that uses the same characters
        ("# of users rose by a third", "# of users rose by a third"),
        ("#hashtag", "#hashtag"),
        ("# Clone the repo git clone x.git # then build", "# Clone the repo git clone x.git # then build"),  # code
        ("– An** Fe*******", "– An** Fe*******"),  # a censored name
        ("*** Follow me on Instagram", "*** Follow me on Instagram"),
        ("2 * 3 = 6 and 4 * 5 = 20", "2 * 3 = 6 and 4 * 5 = 20"),
        ("__init__ and __pycache__/", "__init__ and __pycache__/"),
        ("- a list item stays a list item", "- a list item stays a list item"),
        ("---", "---"),
        ("[1] Footnote text", "[1] Footnote text"),
        # an unclosed link target is left as it is (and read in linear time: a nested '+' once made
        # this exponential, so a long one never returned)
        ("[x](" + "a" * 5000 + " and more", "[x](" + "a" * 5000 + " and more"),
        # a text browser's link numbers go; footnote marks stay
        ("[12]Jane Doe", "Jane Doe"),
        ("[78]1a etapa: 10 de março – Interlagos", "1a etapa: 10 de março – Interlagos"),
        ("[5]10 best beaches in Europe", "10 best beaches in Europe"),
        ("[3]2 Comments", "2 Comments"),
        ("[1]2", "[1]2"),  # a bare number after the mark: nothing says it is a link's text
        # reference-style links and a line in underscores (html2text's emphasis)
        ("By [Jane Doe][4] on March 3, 2024", "By Jane Doe on March 3, 2024"),
        ("See [the report][] and [the map][map].", "See the report and the map."),
        ("_By Jane Doe_", "By Jane Doe"),
        ("_init_ stays_ as it is", "_init_ stays_ as it is"),
        ("snake_case_name", "snake_case_name"),
        ("__init__", "__init__"),
        ("See [3]the report and [4]the map.", "See the report and the map."),
        ("The deal was signed[1] in Baku.", "The deal was signed[1] in Baku."),
        ("[2020] was a year", "[2020] was a year"),
        ("[a" * 5000, "[a" * 5000),  # unclosed link texts and bold marks, read in linear time too
        ("**a " * 5000 + "b", "**a " * 5000 + "b"),
    ],
)
def test_plain(line: str, expected: str) -> None:
    assert plain(line) == expected


@given(st.text() | st.text(alphabet='[]()!*#>_ a"\\'))  # and text made mostly of Markdown's characters
def test_plain_only_removes(line: str) -> None:
    out = plain(line)
    assert len(out) <= len(line)
    if not set("#*[>_") & set(line):
        assert out == line


def test_a_markdown_page_reads_like_its_plain_text() -> None:
    article = build(
        "# Azerbaijan and Pakistan expand energy ties",
        "**By Jane Doe**",
        "*Published 12 March 2023*",
        P1,
        "## Trade",
        P2,
        f"{P3} [Read the report](https://example.org/report).",
        "---",
        "*Jane Doe is a senior fellow at the Caspian Institute.*",
    )
    assert article.title == "Azerbaijan and Pakistan expand energy ties"
    assert [(a.name, a.bio) for a in article.authors] == [
        ("Jane Doe", "Jane Doe is a senior fellow at the Caspian Institute.")
    ]
    assert article.published_date == "2023-03-12"
    assert article.headings == ["Trade"]
    assert article.text == f"{P1}\n\nTrade\n\n{P2}\n\n{P3} Read the report."


def test_an_html2text_page_with_reference_links() -> None:
    """html2text and pandoc print emphasis in underscores and can put every link's target at the foot."""
    article = build(
        "[Home][1] | [World][2] | [Politics][3]",
        "# Azerbaijan and Pakistan expand energy ties",
        "_By [Jane Doe][4]_",
        "_March 3, 2023_",
        P1,
        P2,
        P3,
        "[1]: https://example.org/",
        "[2]: https://example.org/world",
        "[3]: https://example.org/politics",
        "[4]: https://example.org/authors/jane-doe",
    )
    assert article.title == "Azerbaijan and Pakistan expand energy ties"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published_date == "2023-03-03"
    assert article.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_text_browser_dump_reads_like_its_page() -> None:
    """``lynx -dump``: link numbers glued to link texts, and a numbered list of the links' URLs at the end."""
    urls = [f"  {n}. https://example.org/section/page-{n}.html" for n in range(1, 41)]
    article = build(
        "[1]Home [2]World [3]Politics",
        "Azerbaijan and Pakistan expand energy ties",
        "By [4]Jane Doe",
        "March 3, 2023",
        P1,
        P2.replace("foreign minister", "[5]foreign minister"),
        P3,
        "References",
        *urls,
    )
    assert article.title == "Azerbaijan and Pakistan expand energy ties"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.text == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Home", "Home"),
        ("- By Jane Doe", "By Jane Doe"),
        ("• March 3, 2023", "March 3, 2023"),
        ("-5 degrees overnight", "-5 degrees overnight"),  # no space: a sign, not a mark
        ("*** Follow me", "*** Follow me"),
        ("Home", "Home"),
    ],
)
def test_unmarked(line: str, expected: str) -> None:
    assert unmarked(line) == expected


def test_a_byline_block_printed_as_a_list() -> None:
    article = build(
        "* Home",
        "* World",
        "Azerbaijan and Pakistan expand energy ties",
        "* By Jane Doe",
        "* March 3, 2023",
        "* 5 min read",
        P1,
        P2,
        P3,
    )
    assert article.title == "Azerbaijan and Pakistan expand energy ties"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published_date == "2023-03-03"
    assert article.text == f"{P1}\n\n{P2}\n\n{P3}"
