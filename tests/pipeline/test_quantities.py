from __future__ import annotations

import pytest

from azpk_corpus.pipeline.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the forty-four day Patriotic War", [("forty-four day", 44, "day", None, "duration")]),
        ("the 44-day conflict", [("44-day", 44, "day", None, "duration")]),
        ("For nearly a week, it", [("nearly a week", 1, "week", "approx", "duration")]),
        ("relations 25 years ago", [("25 years", 25, "year", None, "duration")]),
        ("more than six decades-old conflict", [("six decades", 6, "decade", "more_than", "duration")]),
        ("the past two and half decades", [("two and half decades", 2.5, "decade", None, "duration")]),
        ("around the startling 7.3 USD million", [("7.3 USD million", 7_300_000, "USD", "approx", "money")]),
        ("to 500 million USD.", [("500 million USD", 500_000_000, "USD", None, "money")]),
        ("over $1.5 billion", [("$1.5 billion", 1_500_000_000, "USD", "more_than", "money")]),
        (
            "signed 53 documents, with 13 more",
            [("53 documents", 53, "document", None, "count"), ("13", 13, "", None, "count")],
        ),
        (
            "the first three nations",
            [("first", 1, "", None, "ordinal"), ("three nations", 3, "nation", None, "count")],
        ),
        ("12 percent of trade", [("12 percent", 12, "percent", None, "percent")]),
        ("a dozen agreements", [("a dozen agreements", 12, "agreement", None, "count")]),
        ("1,200 students", [("1,200 students", 1200, "student", None, "count")]),
        ("two colonialist powers", [("two colonialist powers", 2, "power", None, "count")]),  # adjective skipped
        ("the 44-Day War", [("44-Day", 44, "day", None, "duration")]),
        ("the 21st summit", [("21st summit", 21, "summit", None, "ordinal")]),
        ("the second annual anniversary", [("second annual anniversary", 2, "anniversary", None, "ordinal")]),
        ("adopted Resolution 822, co-sponsored", [("Resolution 822", 822, "resolution", None, "identifier")]),
        ("under Article 51 of the Charter", [("Article 51", 51, "article", None, "identifier")]),
        (
            "Hundreds of thousands of tweets were",
            [("Hundreds of thousands of tweets", 100_000, "tweet", "more_than", "count")],
        ),
        ("dozens of years", [("dozens of years", 12, "year", "more_than", "duration")]),
        ("thousands of the", []),
        ("between the two nations", []),  # refers back, states no amount
        ("one of the largest", []),
        ("help one another", []),
        ("the aggressive tendencies of", []),  # 'ten' inside a word is no number
        ("the First Lady of", []),  # an ordinal inside a title
        ("the Second Karabakh War", []),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[str, float, str, str | None, str]]) -> None:
    got = [(text[q.start : q.end], q.value, q.unit, q.mod, q.kind) for q in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("there is an urge at the high level to improve this figure to 500 million USD.", "target"),
        ("the two sides aim to raise trade to $1 billion", "target"),
        ("trade rose to $1 billion last year", "value"),  # reached, not aimed at
        ("trade stands at 7.3 USD million", "value"),
    ],
)
def test_role_target_only_when_aimed_at(text: str, role: str) -> None:
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert [q.role for q in money] == [role]


def test_skip_spans_are_respected() -> None:
    text = "In 2020 trade grew."
    assert find_quantities(text, skip=[(3, 7)]) == []
