from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.pipeline.names import (
    is_person_name,
    marked_single,
    marker_only,
    parse_byline,
    same_person,
    starts_byline,
    strip_stray,
    wire_lead_names,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("Nina Miholjčić-Ivković", True),
        ("Muhammad Asif Noor", True),
        ("J. R. Smith", True),
        ("Ludwig van Beethoven", True),
        ("Seán O’Brien", True),
        ("Jordan Peterson", True),  # a country word alone does not make a place
        ("Saudi Arabia", False),
        ("Azerbaijan", False),
        ("Most Popular", False),
        ("Staff Reporter", False),
        ("The Diplomatic Insight", False),
        ("Deeper historical ties", False),
        ("NATO UNSC", False),
        ("Jane", False),
        ("Claight Corp", False),  # company forms and words are not people
        ("California Earthquake Authority", False),
        ("Campus Mental Health Hub", False),
        ("Ovolo Collective Hotels", False),
        ("Cash Flow Management", False),
        ("Engora Data Blog", False),
        ("Atlas Van Lines", False),
        ("Tim Green UK-based", False),  # a lower-case part after a hyphen is no name's
        ("Anne-Marie Duval", True),
        ("Jean-Luc Picard", True),
        # a title or rank before the name, and the Arabic article on a surname
        ("Ambassador (R) Ali Khan", True),
        ("Lt Gen (Retd) Ali Khan", True),
        ("Professor Jane Doe", True),
        ("Abdul Rahman al-Rashid", True),
        ("Muhammad bin Salman al-Saud", True),
        ("Anwar ul Haq Kakar", True),
        ("Ambassador Street", False),
        ("Justice Department", False),
        ("al-Rashid Khan", False),
        ("Baker's Rewards", False),  # a possessive names a thing
        ("Jane’s Kitchen", False),
        ("Seán O'Neill", True),
    ],
)
def test_is_person_name(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


@pytest.mark.parametrize(
    ("line", "names", "rest"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"], None),
        ("By Jeff Cobb. Last Updated on December 11, 2025", ["Jeff Cobb"], "Last Updated on December 11, 2025"),
        ("By John Smith Jr.", ["John Smith Jr."], None),
        ("By J. K. Rowling", ["J. K. Rowling"], None),
        ("Posted on July 1, 2024 by infuy", ["infuy"], "Posted on July 1, 2024"),
        ("Published on 2 Dec 2025 by adding new", None, None),
        ("Motivation", None, None),
        ("Rusif Huseynov, Ziya Kazimzada l", ["Rusif Huseynov", "Ziya Kazimzada"], None),
        ("Written by Ana María López", ["Ana María López"], None),
        ("Byline: Jane Doe", ["Jane Doe"], None),
        ("Author(s): Jane Doe", ["Jane Doe"], None),
        ("Opinion by Jane Doe", ["Jane Doe"], None),
        ("Report by: Ayesha Siddiqa", ["Ayesha Siddiqa"], None),
        ("By JANE DOE, Staff Writer", ["Jane Doe"], None),  # a name in capitals beside a role
        # a newsroom role after a bare name says whose line it is
        ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"], None),
        ("Jane Doe, Special Correspondent", ["Jane Doe"], None),
        ("Jane Doe, Staff Writer, Omar Khan, Editor", ["Jane Doe", "Omar Khan"], None),
        ("Special Correspondent", None, None),
        ("Jane Doe, Photographer", None, None),
        # a handle or an e-mail address after a name
        ("Jane Doe (@janedoe) and Omar Khan (@okhan)", ["Jane Doe", "Omar Khan"], None),
        ("By Jane Doe (jane.doe@example.co.uk)", ["Jane Doe"], None),
        ("email jane@example.com", None, None),
        # a bare handle after the name ends it, as a date does
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"], "@catherineshu / 2 days"),
        ("By Jane Doe @jdoe", ["Jane Doe"], "@jdoe"),
        ("Follow us @example", None, None),
        ("BAKU, March 3, 2024 (Reuters) - Trade grew.", None, None),  # a wire dateline's city is no given name
        # markers in Urdu, Persian and Arabic: a script without capitals, where the marker speaks for the name
        ("تحریر: علی خان اور احمد رضا", ["علی خان", "احمد رضا"], None),
        ("بقلم: محمد أحمد", ["محمد أحمد"], None),
        ("نویسنده: علی رضایی، مریم احمدی", ["علی رضایی", "مریم احمدی"], None),
        ("علی خان", None, None),  # no marker: no name without capitals to tell it from words
        ("BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"], None),
        ("Written by AAA Travel Editor, SMT", ["AAA Travel Editor"], None),  # 'SMT' is a credential
        # wire-service credits: the reporters, not the editors nor the agency
        ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"], None),
        ("Additional reporting by Ali Khan", ["Ali Khan"], None),
        ("Story: Jane Doe", ["Jane Doe"], None),
        ("* By Jane Doe", ["Jane Doe"], None),  # a byline block printed as a list
        ("Story of the year", None, None),
        ("By Jane Doe, Associated Press", ["Jane Doe"], None),
        ("By Jane Doe and John Roe, AFP", ["Jane Doe", "John Roe"], None),
        ("Al Doe, Associated Press", None, None),  # bare, as a photo credit under a caption prints it
        ("Associated Press", None, None),
        ("Reuters, AFP", None, None),
        ("Analysis by region and sector", None, None),
        # 'By' and 'Author' in other languages
        ("Von Jane Doe", ["Jane Doe"], None),
        ("Par Jean Dupont", ["Jean Dupont"], None),
        ("Por María López", ["María López"], None),
        ("Müəllif: Əli Həsənov", ["Əli Həsənov"], None),
        ("Yazar: Ayşe Yılmaz", ["Ayşe Yılmaz"], None),
        ("Автор: Иван Петров", ["Иван Петров"], None),
        ("Par exemple, le ministre a dit", None, None),
        ("Von Braun was a rocket engineer", None, None),
        ("Por favor", None, None),
        ("Author: Li Wei", ["Li Wei"], None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("By Reuters", None, None),
        ("Jane Doe | Published 12 March 2023", ["Jane Doe"], "Published 12 March 2023"),
        ("Jane Doe & Omar Khan", ["Jane Doe", "Omar Khan"], None),
        ("Azerbaijan and Pakistan", None, None),
        ("Twin problems: Nagorno-Karabakh and Kashmir", None, None),
        ("Dylan Bailey, MS, RD, FAND", ["Dylan Bailey"], None),
        ("By Jane Doe, Ph.D.", ["Jane Doe"], None),
        (
            "Ellen Roe, VMD, DACVB; Mona Lee, BA, LVT, VTS (Behavior); Debra Poe, DVM, DACVB & Gary Moe, DVM, DACVB",
            ["Ellen Roe", "Mona Lee", "Debra Poe", "Gary Moe"],
            None,
        ),
        ("This article was written by Jane Doe", ["Jane Doe"], None),
        ("By Jane Doe, Managing Principal, Northwind", ["Jane Doe"], None),
        ("Search Toggle", None, None),
        (
            "Published on December 2nd, 2025 by Chen Zhao and Daryl Fairweather",
            ["Chen Zhao", "Daryl Fairweather"],
            "Published on December 2nd, 2025",
        ),
        ("Melissa Ozawa December 18, 2025", ["Melissa Ozawa"], "December 18, 2025"),
        ("By Shivya Nath 12th February 2025", ["Shivya Nath"], "12th February 2025"),
        ("Written by: Sean Peek, Senior Analyst Updated Sep 17, 2025", ["Sean Peek"], "Updated Sep 17, 2025"),
        ("By Alyssa Maio on January 21, 2023", ["Alyssa Maio"], "January 21, 2023"),
        ("Charlotte Gannon • November 4th, 2025", ["Charlotte Gannon"], "November 4th, 2025"),
        ("Contributors: Janet Loughrey", ["Janet Loughrey"], None),
        ("Article by: Cara Dumaplin", ["Cara Dumaplin"], None),
        ("By Amanda | May 3, 2024", ["Amanda"], "May 3, 2024"),  # a lone given name, with a date beside it
        ("By Amanda", None, None),  # ... and without one: 'By Industry' menus look the same
        ("By Industry", None, None),
        ("Colin Gray Colin Gray", ["Colin Gray"], None),
        ("Photo by Jane Doe", None, None),
        ("Powered by WordPress", None, None),
        ("Submit Feedback", None, None),
        # credits that are not one person's name, after a marker
        ("By the Harbor Team 2–3 minutes", ["the Harbor Team"], "2–3 minutes"),
        ("by Northwind Editorial Team", ["Northwind Editorial Team"], None),
        ("by quillpad | Apr 21, 2025", ["quillpad"], "Apr 21, 2025"),  # a handle, with a date
        ("by focusing on the basics, you save", None, None),  # ... a plain word without one is prose
        ("Posted by DataWorks on Tuesday, August 29, 2023", ["DataWorks"], "Tuesday, August 29, 2023"),
        ("By Reuters Staff", None, None),  # wire services are not authors
        ("By Category By Manufacturer", None, None),
        ('Why do my posts say "Posted by Cloud Campaign"', None, None),
        # month words in a marked name; nicknames; a name with its role
        ("Written By: Tom May", ["Tom May"], None),
        ("By April Fulton", ["April Fulton"], None),
        ("By May 3, 2024", None, None),
        (
            "Posted on May 2, 2025 by Jean-Luc Aufrand (CNX) - 5 Comments",
            ["Jean-Luc Aufrand (CNX)"],
            "Posted on May 2, 2025  5 Comments",
        ),
        ("Paramita (Guha) Ghosh Published: January 3, 2024", ["Paramita (Guha) Ghosh"], "Published: January 3, 2024"),
        ("Rasmus Bardlund Founder & Lead Reviewer", ["Rasmus Bardlund"], None),
        (
            "By Chris Nolan ⋅ Editor-in-Chief ⋅ Updated May 6, 2025",
            ["Chris Nolan"],
            "Editor-in-Chief Updated May 6, 2025",
        ),
        # names after a date field, or before 'In <category>' / 'N Comments'
        (
            "Dec. 19, 2025 · Nika Mattson on behalf of the docs group",
            ["Nika Mattson"],
            "behalf of the docs group Dec. 19, 2025",
        ),
        ("On January 12, 2025 By Gaby Bouchet In Budget Travel", ["Gaby Bouchet"], "On January 12, 2025 Budget Travel"),
        ("Posted by John Scalby 59 Comments", ["John Scalby"], "59 Comments"),
        ("Susan December 9, 2024 0 Comments", ["Susan"], "December 9, 2024 0 Comments"),  # a lone name, dated
        ("Originally posted February 2017", None, None),
        # two markers
        ("Author Posted by Soliant on December 20, 2024", ["Soliant"], "December 20, 2024"),
        ("Author: By Jane Doe", ["Jane Doe"], None),
        # a lower-case handle needs a date beside it, not a dateline keyword
        ("by whova | Apr 21, 2025", ["whova"], "Apr 21, 2025"),
        ("Apply to jobs posted by clients", None, None),
        # a publisher in capitals after a bare name is not part of it
        ("Brian Example USA TODAY", ["Brian Example"], None),
        ("By Jane DOE", ["Jane DOE"], None),
        # a sentence's full stop and a dash end the names ('… by Jane Doe. — Accessibility')
        (
            "Last updated March 3, 2025 by Erik Example. — Accessibility",
            ["Erik Example"],
            "Last updated March 3, 2025 Accessibility",
        ),
        # 'by' inside a sentence: a paragraph is no byline however it opens
        (
            "A commissioned study conducted by Example Consulting on behalf of Paycom (October 2024). Results are for "
            "a composite organization based on interviewed clients with a projected return of 102% over three years.",
            None,
            None,
        ),
        (
            "Published by Hooded Horse and released in May 2025, the game merges strategy with building. " * 3,
            None,
            None,
        ),
        # an embedded post's signature names its poster
        ("A post shared by Jane Example (@janeexample) on Nov 19, 2019 at 10:02am PST", None, None),
    ],
)
def test_parse_byline(line: str, names: list[str] | None, rest: str | None) -> None:
    parsed = parse_byline(line)
    if names is None:
        assert parsed is None
    else:
        assert parsed is not None and (parsed.names, parsed.rest) == (names, rest)


def test_strip_stray_and_same_person() -> None:
    assert strip_stray("Jane Doe |") == "Jane Doe"
    assert strip_stray("Jane Doe l") == "Jane Doe"
    assert strip_stray("— Jane Doe") == "Jane Doe"  # a signature under the article
    assert same_person("Jane Doe", "jane doe")
    assert same_person("Jane Doe", "Jane A. Doe")
    assert not same_person("Jane Doe", "John Doe")


def test_marker_only_line_and_the_name_below_it() -> None:
    assert marker_only("By") and marker_only("Written by:") and marker_only("WRITTEN BY")
    assert marker_only("Article written by:") and marker_only("Post authored by")
    assert not marker_only("By Jane Doe") and not marker_only("Bypass")
    parsed = parse_byline("Jane Doe", marker=True)
    assert parsed is not None and parsed.marked
    assert parse_byline("LEONARDO GARCIA", marker=True) == parse_byline("By LEONARDO GARCIA")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Clay", "Clay"),
        ("Written by Melissa", "Melissa"),
        ("By Jane Doe", None),  # a full name: parse_byline reads it
        ("By Reuters", None),
        ("By Editor", None),  # a role word
        ("Clay", None),  # no marker
    ],
)
def test_marked_single(line: str, name: str | None) -> None:
    assert marked_single(line) == name


@given(st.text(max_size=60), st.sampled_from(["By ", "Written by ", "Author: ", ""]))
def test_marked_single_is_one_word_of_the_line(text: str, marker: str) -> None:
    name = marked_single(marker + text)
    assert name is None or (" " not in name and name in marker + text)


def test_parse_byline_is_cached_but_hands_out_fresh_names() -> None:
    first = parse_byline("By Jane Doe and John Roe")
    assert first is not None
    first.names.append("Mallory Example")
    again = parse_byline("By Jane Doe and John Roe")
    assert again is not None and again.names == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("Von Jane Doe", True),
        ("Müəllif: Əli Həsənov", True),
        ("Door Closer Hinges", False),  # 'door' is Dutch 'by', but English lines open with the word
        ("AV Receivers Under Budget", False),  # and Swedish 'av'
    ],
)
def test_byline_markers_in_other_languages(line: str, marked: bool) -> None:
    assert starts_byline(line) is marked


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("홍길동 기자", ["홍길동"]),  # Korean: the name, then 'reporter'
        ("(서울=연합뉴스) 홍길동 기자 =", ["홍길동"]),  # a wire's place in brackets first
        ("홍길동 기자 hong@example.co.kr", ["홍길동"]),
        ("홍길동 김철수 기자", ["홍길동", "김철수"]),
        ("김철수 특파원", ["김철수"]),  # 'correspondent'
        ("记者 张三", ["张三"]),  # Chinese: 'reporter', then the name
        ("作者：张三", ["张三"]),
        ("记者：张三、李四", ["张三", "李四"]),
        ("文／山田太郎", ["山田太郎"]),  # Japanese: 'text by'
        ("山田 太郎 記者", ["山田 太郎"]),  # a Japanese name may hold a space
        # no role word, no byline: a headline may be two words of Chinese
        ("山田太郎", None),
        ("政府发布新规定", None),
        ("정부, 내년 반도체 수출 지원에 2조원 투입", None),
        ("기자 페이지", None),  # 'reporter page': a link, no name
        ("（责任编辑：张三）", None),  # the editor's credit, cut as such
        # the wire's byline opening a paragraph is the paragraph's
        ("(서울=연합뉴스) 홍길동 기자 = 정부가 내년 반도체 수출 지원을 위해 예산을 투입하기로 했다.", None),
    ],
)
def test_bylines_in_chinese_japanese_and_korean(line: str, names: list[str] | None) -> None:
    parsed = parse_byline(line)
    assert (parsed.names if parsed else None) == names
    assert parsed is None or parsed.marked


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(서울=연합뉴스) 홍길동 기자 = 정부가 내년 반도체 수출 지원을 위해 예산을 투입하기로 했다.", ["홍길동"]),
        ("(세종=연합뉴스) 홍길동·김철수 기자 = 정부가 예산을 투입하기로 했다.", ["홍길동", "김철수"]),
        ("(서울=연합뉴스) 홍길동 기자 =", []),  # a line of its own is a byline (parse_byline), no paragraph's lead
        ("정부가 내년 반도체 수출 지원을 위해 예산을 투입하기로 했다.", []),
        ("(Baku=AP) Jane Doe = The talks began.", []),
    ],
)
def test_wire_lead_names(line: str, names: list[str]) -> None:
    assert wire_lead_names(line) == names


def test_a_korean_wire_story_credits_its_reporter_in_its_first_paragraph() -> None:
    from tests.pipeline.pages import build

    lead = "(서울=연합뉴스) 홍길동 기자 = 정부가 내년 반도체 수출 지원을 위해 2조원 규모의 예산을 투입하기로 했다고 20일 밝혔다."
    rest = [
        "산업통상자원부는 이날 열린 회의에서 반도체 산업 경쟁력 강화 방안을 발표하고 업계의 의견을 들었다.",
        "업계는 정부의 지원 확대를 환영하면서도 규제 완화가 함께 이뤄져야 한다고 지적했다.",
    ]
    article = build("전체메뉴", "경제", "정부, 반도체 수출 지원에 2조원 투입", "2019-11-20 10:30", lead, *rest)
    assert [a.name for a in article.authors] == ["홍길동"]
    assert article.text == "\n\n".join([lead, *rest])  # the credit stays the paragraph's, as a wire dateline does


def test_a_korean_page_names_its_reporter() -> None:
    from tests.pipeline.pages import build

    paragraphs = [
        "정부가 내년 반도체 수출 지원을 위해 2조원 규모의 예산을 투입하기로 했다고 20일 밝혔다.",
        "산업통상자원부는 이날 열린 회의에서 반도체 산업 경쟁력 강화 방안을 발표하고 업계의 의견을 들었다.",
        "업계는 정부의 지원 확대를 환영하면서도 규제 완화가 함께 이뤄져야 한다고 지적했다.",
    ]
    article = build(
        "전체메뉴", "경제", "정부, 반도체 수출 지원에 2조원 투입", "2019-11-20 10:30", "홍길동 기자", *paragraphs
    )
    assert [a.name for a in article.authors] == ["홍길동"]
    assert article.text == "\n\n".join(paragraphs)
    assert {r.text: r.reason for r in article.removed}["홍길동 기자"] == "byline"
