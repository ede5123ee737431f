from __future__ import annotations

import pytest

from azpk_corpus.pipeline.timex import find_dates, iso_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On November 8, the state", [("November 8", "XXXX-11-08")]),
        ("posted 12/19/2025 at noon", [("12/19/2025", "2025-12-19")]),
        ("posted 19/12/2025 at noon", [("19/12/2025", "2025-12-19")]),
        ("posted 05/06/2024 at noon", [("2024", "2024")]),  # day and month ambiguous: only the year is stated
        ("odds-on September 27, 2020. It", [("September 27, 2020", "2020-09-27")]),
        ("in the 1990s.", [("the 1990s", "199X")]),
        ("in 1992 and it", [("1992", "1992")]),
        ("the earthquake in2005 and", [("2005", "2005")]),
        ("the early 20th century, when", [("the early 20th century", "19XX")]),
        ("conflict (1992-1994).", [("1992-1994", "1992/1994")]),
        ("In April 1993, the UNSC", [("April 1993", "1993-04")]),
        ("On 28 September, a day", [("28 September", "XXXX-09-28")]),
        ("(27 September – 10 November)", [("27 September", "XXXX-09-27"), ("10 November", "XXXX-11-10")]),
        ("On April 30, 1993, the", [("April 30, 1993", "1993-04-30")]),
        ("between 2019 and 2021", [("between 2019 and 2021", "2019/2021")]),
        ("Published: 2024-03-19", [("2024-03-19", "2024-03-19")]),
        ("27.02.2024 14:05", [("27.02.2024", "2024-02-27")]),
        ("the 14th of July, 2021", [("14th of July, 2021", "2021-07-14")]),
        ("since March 2020", [("March 2020", "2020-03")]),
        ("in mid-May", []),  # 'May' alone is too often the verb
        ("1500 soldiers were sent", []),  # a count, not a year
        ("February 30, 2020", [("2020", "2020")]),  # no such day: only the year stands
        ("We may meet 5 times", []),
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
