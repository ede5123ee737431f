from __future__ import annotations

import pytest

from azpk_corpus.pipeline.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the forty-four day Patriotic War", [("forty-four day", 44, "day", None)]),
        ("the 44-day conflict", [("44-day", 44, "day", None)]),
        ("For nearly a week, it", [("nearly a week", 1, "week", "approx")]),
        ("relations 25 years ago", [("25 years", 25, "year", None)]),
        ("more than six decades-old conflict", [("six decades", 6, "decade", "more_than")]),
        ("the past two and half decades", [("two and half decades", 2.5, "decade", None)]),
        ("around the startling 7.3 USD million", [("7.3 USD million", 7_300_000, "USD", "approx")]),
        ("to 500 million USD.", [("500 million USD", 500_000_000, "USD", None)]),
        ("over $1.5 billion", [("$1.5 billion", 1_500_000_000, "USD", "more_than")]),
        ("signed 53 documents, with 13 more", [("53 documents", 53, "document", None), ("13", 13, "", None)]),
        ("the first three nations", [("three nations", 3, "nation", None)]),
        ("12 percent of trade", [("12 percent", 12, "percent", None)]),
        ("a dozen agreements", [("a dozen agreements", 12, "agreement", None)]),
        ("1,200 students", [("1,200 students", 1200, "student", None)]),
        ("between the two nations", []),  # refers back, states no amount
        ("one of the largest", []),
        ("resolution 822 on the", []),  # an identifier
    ],
)
def test_find_quantities(text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    got = [(text[q.start : q.end], q.value, q.unit, q.mod) for q in find_quantities(text)]
    assert got == expected


def test_skip_spans_are_respected() -> None:
    text = "In 2020 trade grew."
    assert find_quantities(text, skip=[(3, 7)]) == []
