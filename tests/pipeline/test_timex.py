from __future__ import annotations

import pytest

from azpk_corpus.pipeline.timex import dated, find_dates, iso_date, resolve, stated_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On November 8, the state", [("November 8", "XXXX-11-08")]),
        ("posted 12/19/2025 at noon", [("12/19/2025", "2025-12-19")]),
        ("posted 19/12/2025 at noon", [("19/12/2025", "2025-12-19")]),
        ("posted 05/06/2024 at noon", [("2024", "2024")]),  # day and month ambiguous: only the year is stated
        ("posted 19-12-2025 at noon", [("19-12-2025", "2025-12-19")]),
        ("posted 12-19-2025 at noon", [("12-19-2025", "2025-12-19")]),
        ("posted 19-12/2025 at noon", [("2025", "2025")]),  # mixed separators: not one date
        ("odds-on September 27, 2020. It", [("September 27, 2020", "2020-09-27")]),
        ("in the 1990s.", [("the 1990s", "199X")]),
        ("in 1992 and it", [("1992", "1992")]),
        ("the earthquake in2005 and", [("2005", "2005")]),
        ("the early 20th century, when", [("the early 20th century", "19XX")]),
        ("conflict (1992-1994).", [("1992-1994", "1992/1994")]),
        ("In April 1993, the UNSC", [("April 1993", "1993-04")]),
        ("On 28 September, a day", [("28 September", "XXXX-09-28")]),
        ("(27 September – 10 November)", [("27 September – 10 November", "XXXX-09-27/XXXX-11-10")]),
        ("from March 3 to April 5, 2021", [("March 3 to April 5, 2021", "2021-03-03/2021-04-05")]),
        ("On April 30, 1993, the", [("April 30, 1993", "1993-04-30")]),
        ("between 2019 and 2021", [("between 2019 and 2021", "2019/2021")]),
        ("Published: 2024-03-19", [("2024-03-19", "2024-03-19")]),
        ("2022-11-23T08:10+02:00", [("2022-11-23", "2022-11-23")]),  # ISO 8601 with a time
        ("2024-03-19Tuesday", []),  # glued to a word: not a date
        ("27.02.2024 14:05", [("27.02.2024", "2024-02-27")]),
        ("the 14th of July, 2021", [("14th of July, 2021", "2021-07-14")]),
        ("since March 2020", [("March 2020", "2020-03")]),
        ("in mid-May", []),  # 'May' alone is too often the verb
        ("1500 soldiers were sent", []),  # a count, not a year
        ("February 30, 2020", [("2020", "2020")]),  # no such day: only the year stands
        ("We may meet 5 times", []),
        # year first, as Chinese, Japanese and Korean pages print dates
        ("于2024年3月19日在巴库", [("2024年3月19日", "2024-03-19")]),  # ideographs are word characters
        ("2024年03月19日 14:05", [("2024年03月19日", "2024-03-19")]),
        ("2024년 3월 19일 오후", [("2024년 3월 19일", "2024-03-19")]),
        ("입력 2024.03.19 14:05", [("2024.03.19", "2024-03-19")]),
        ("EcoFlow - 2025/4/29", [("2025/4/29", "2025-04-29")]),
        ("2024.03/19", []),  # mixed separators: not a date
        ("Posted 03-Mar-2024 10:15", [("03-Mar-2024", "2024-03-03")]),  # day-month-year with dashes
        ("FY-Mar-2024", []),
        ("version 2.2024.1.5", []),  # a version number, not a date
        ("2019.13.01", []),  # no 13th month
        # day, month name and year in the languages the stoplists cover
        ("le 19 mars 2024 à", [("19 mars 2024", "2024-03-19")]),
        ("am 19. März 2024", [("19. März 2024", "2024-03-19")]),
        ("el 19 de marzo de 2024", [("19 de marzo de 2024", "2024-03-19")]),
        ("3 maja 2021 r.", [("3 maja 2021", "2021-05-03")]),
        ("24 сентября 2018 года", [("24 сентября 2018", "2018-09-24")]),
        ("19 Mart 2024", [("19 Mart 2024", "2024-03-19")]),
        ("the Mars 2020 rover", [("2020", "2020")]),  # a month word alone is a word ('Mars', 'mayo')
        # Urdu and Arabic month names, and the digits those pages print
        ("۳ مارچ ۲۰۲۳", [("۳ مارچ ۲۰۲۳", "2023-03-03")]),
        ("19 ستمبر 2024 کو", [("19 ستمبر 2024", "2024-09-19")]),
        ("٣ مارس ٢٠٢٣", [("٣ مارس ٢٠٢٣", "2023-03-03")]),
        # a dateline in capitals
        ("MARCH 3, 2023", [("MARCH 3, 2023", "2023-03-03")]),
        ("19 NOV 2019", [("19 NOV 2019", "2019-11-19")]),
        ("YOU MAY 3 TIMES", []),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[d.start : d.end], d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Updated 5 June 2024", "2024-06-05"), ("27 September", None), ("2 days ago", None), ("in 2019", "2019")],
)
def test_iso_date_never_invents_a_year(text: str, expected: str | None) -> None:
    assert iso_date(text) == expected


@pytest.mark.parametrize(
    ("text", "granularity", "mod", "range_"),
    [
        ("On June 9, 1992, relations", "day", None, None),
        ("In April 1993 the", "month", None, None),
        ("since 2012, the First Lady", "year", "since", None),
        ("around 1990 the", "year", "approx", None),
        ("before May 2020 the", "month", "before", None),
        ("after 2016 the", "year", "after", None),
        ("in the early 1990s", "decade", "start", None),
        ("by the late 1990s", "decade", "end", None),
        ("the early 20th century", "century", "start", None),
        ("conflict (1992-1994).", "year", None, ("1992", "1994")),
        ("between 2019 and 2021", "year", None, ("2019", "2021")),
        ("(27 September – 10 November)", "day", None, ("XXXX-09-27", "XXXX-11-10")),
    ],
)
def test_granularity_mod_and_range(
    text: str, granularity: str, mod: str | None, range_: tuple[str, str] | None
) -> None:
    (found,) = find_dates(text)
    assert (found.granularity, found.mod, found.range) == (granularity, mod, range_)


@pytest.mark.parametrize(
    ("value", "year", "resolved"),
    [
        ("XXXX-09-27", "2020", "2020-09-27"),
        ("XXXX-09-27/XXXX-11-10", "2020", "2020-09-27/2020-11-10"),
        ("XXXX-04", "2021", "2021-04"),
    ],
)
def test_resolve_fills_only_the_missing_year(value: str, year: str, resolved: str) -> None:
    assert resolve(value, year) == resolved


def test_stated_year_is_none_for_vague_dates() -> None:
    assert [stated_year(t) for t in find_dates("in the 1990s, on 27 September, (1992-1994) and 2005")] == [
        None,
        None,
        "1994",
        "2005",
    ]


@pytest.mark.parametrize(
    ("value", "expected"), [("2024-03-03", True), ("2024", True), ("XXXX-09-27", False), ("1992/1994", False)]
)
def test_dated(value: str, expected: bool) -> None:
    assert dated(value) is expected
