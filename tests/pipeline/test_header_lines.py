"""Single header lines by shape (pipeline/header_lines.py)."""

from __future__ import annotations

import pytest

from azpk_corpus.pipeline.header_lines import (
    MENU_RUN,
    breadcrumb,
    dateline,
    headline,
    menu_lines,
    neighbours,
    summary_points,
)
from tests.pipeline.pages import P1, P2, P3, build


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 2024-03-19", "2024-03-19"),
        ("* Published: 2024-03-19", "2024-03-19"),  # a byline block printed as a list
        ("27.02.2024 14:05", "2024-02-27"),
        ("November 8, 2023 · 5 min read", "2023-11-08"),
        ("Updated 5 June 2024", "2024-06-05"),
        ("Last updated: Jul 22, 2021", "2021-07-22"),
        ("12/19/2025", "2025-12-19"),
        ("2022-11-23T08:10+02:00", "2022-11-23"),
        ("2 days ago", ""),  # a dateline, but no date to state
        ("Published:", ""),
        ("How to install solar panels in 2026", None),  # a headline with a year is not a dateline
        ("Wedding planning tools for couples on a budget this June 2024 season", None),
        ("05/06/2024", None),  # day and month cannot be told apart: no date, no guess
        ("19-03-2024", "2024-03-19"),  # dashes as slashes: only 19 can be the day
        ("Publié le 19 mars 2024 à 14h05", "2024-03-19"),
        ("Publicado el 19 de marzo de 2024", "2024-03-19"),
        ("Опубликовано 24 сентября 2018 в 14:05", "2018-09-24"),
        ("Le ministre est arrivé le 19 mars 2024 à Bakou pour les entretiens", None),  # a sentence
        ("发布时间：2024-03-19 14:05 来源：新华网", "2024-03-19"),  # 'published', 'source' and the source
        ("公開日 2024年3月19日", "2024-03-19"),
        ("기사입력 2024.03.19 오후 2:05", "2024-03-19"),
        ("阿塞拜疆与巴基斯坦2024年3月19日签署能源合作协议", None),  # a headline holding a date
        ("— Jane Doe (@janedoe) November 19, 2019", None),  # an embedded tweet's date is the tweet's
    ],
)
def test_dateline(line: str, expected: str | None) -> None:
    assert dateline(line) == expected


@pytest.mark.parametrize(
    ("texts", "i", "expected"),
    [
        (["Menu", "Jane Roe", "210412", "/", "Dec 18, 2025"], 1, [0, 4]),  # two letterless lines stepped over
        (["Jane Roe", "1", "2", "3", "Dec 18, 2025"], 0, [3]),  # ... but no more
        (["2025-12-18", "Jane Roe"], 1, [0]),  # a letterless date is not filler
        (["Jane Roe"], 0, []),
    ],
)
def test_neighbours_step_over_filler(texts: list[str], i: int, expected: list[int]) -> None:
    assert neighbours(texts, i) == expected


def test_a_line_of_fields_with_a_date_is_no_breadcrumb() -> None:
    assert breadcrumb("Web Desk / example.com / Updated: Dec 17, 2025, 21:47 IST", []) is None
    assert breadcrumb("News / Pakistan / Energy", []) == ["News", "Pakistan", "Energy"]


def test_breadcrumb() -> None:
    assert breadcrumb("Home / Politics / Energy", []) == ["Politics", "Energy"]
    assert breadcrumb("HomeNewsWorld", []) == ["News", "World"]
    assert breadcrumb("Terms / Privacy", []) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Best Movers in Springfield 2025 | Top 19 Companies", "Best Movers in Springfield 2025"),
        ("Porting a parser and its test suite / Dec 2025", "Porting a parser and its test suite"),
        ("Language Learning Apps Compared - Personally Tested", "Language Learning Apps Compared"),
        ("Blog: Best Advertising Agencies in 2025", "Best Advertising Agencies in 2025"),
        ("Title: Azerbaijan and Pakistan expand energy ties", "Azerbaijan and Pakistan expand energy ties"),
        ("PROJECT: Weekend Coding Agent", "Weekend Coding Agent"),
        # a long tail is part of the headline; so is a subject before a colon
        ("How Shops Use Machine Learning – Benefits, Use Cases and Best Practices", None),
        ("Yoga: Body, Breath, & Mind Series", None),
        ("Coffee | Home", None),  # one word is no headline
    ],
)
def test_headline_drops_a_label_and_a_short_tail(line: str, title: str | None) -> None:
    assert headline(line) == (title or line)
    assert build("Menu", line, "Dec 18, 2025", P1, P2, P3).title == (title or line)


@pytest.mark.parametrize(
    ("texts", "menu"),
    [
        (["Home", "News", "Sport", "Contact"], {0, 1, 2, 3}),  # a run of MENU_RUN short lines
        (["Home", "News", "Sport"], set()),  # too short a run
        (["A sentence ends here.", "Home", "News", "Sport", "Contact", "Another sentence."], {1, 2, 3, 4}),
        (["Home", "News", "Read this: it ends in a colon:", "Sport", "Contact"], set()),  # broken by a long line
        ([], set()),
    ],
)
def test_menu_lines_are_runs_of_short_lines(texts: list[str], menu: set[int]) -> None:

    assert MENU_RUN == 4
    assert menu_lines(texts) == menu


LONG = f"{P1} {P2}"  # a paragraph past SUMMARY_POINT_WORDS: the points have ended


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a news site's points under the byline, up to the first paragraph
        (["Headline", "By Jane Doe", "Key points", "Six deals signed", "Trade to double by 2030", LONG], {2, 3, 4}),
        (["Highlights:", "Six deals signed", LONG], {0, 1}),
        # a tab named 'Summary' over the headline and its byline is no summary
        (["Summary", "Scaling Go Testing with Mocks", "By Jane Doe", "Dec 17, 2025", LONG], set()),
        (["Summary of the talks in Baku", "Six deals signed", LONG], set()),  # a headline, not a summary's heading
    ],
)
def test_summary_points(lines: list[str], expected: set[int]) -> None:
    assert summary_points(lines, len(lines)) == expected
