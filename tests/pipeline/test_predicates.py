from __future__ import annotations

import pytest

from azpk_corpus.pipeline.predicates import attribution, clauses, hedged, participants, statements


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pakistan recognized Azerbaijan's independence in 1991.", [("recognized_independence", False)]),
        ("Pakistan did not recognize Armenia as a state.", [("state_recognition", True)]),
        ("Pakistan has not yet recognized the aggressor Armenia as a sovereign state.", [("state_recognition", True)]),
        ("Pakistan has recently established diplomatic relations with Armenia.", [("diplomatic_relations", False)]),
        (
            "Pakistan remains the only country in the world not to establish any diplomatic relations with Armenia.",
            [("diplomatic_relations", True)],
        ),
        (
            "Diplomatic relations between the two countries were established on June 9, 1992.",
            [("diplomatic_relations", False)],
        ),
        ("The absence of diplomatic relations was a sign.", []),  # a noun phrase, not an event
        ("In April 1993, the UNSC unanimously adopted Resolution 822.", [("resolution_adopted", False)]),
        ("We support the position based on the UN Security Council resolutions.", []),
        ("They have signed 53 documents.", [("agreements_signed", False)]),
        ("Azerbaijan is also a member of the Contact Group.", [("membership", False)]),
        ("Bilateral trade is standing at around 7.3 USD million.", [("trade_volume", False)]),
        ("He paid a visit to Baku.", [("visit", False)]),
        ("Not only did the war end, it ended fast.", [("war", False)]),  # 'not only' is no negation
    ],
)
def test_statements(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert [(s.kind, s.negated) for s in statements(sentence)] == expected


def test_one_sentence_two_clauses_two_polarities() -> None:
    sentence = (
        "Pakistan is the first country to have recognized the independence of Azerbaijan in 1992 and it's "
        "the edge that Pakistan has not yet recognized Armenia as a sovereign state."
    )
    assert len(clauses(sentence)) == 2
    found = statements(sentence)
    assert [(s.kind, s.negated) for s in found] == [("recognized_independence", False), ("state_recognition", True)]
    codes = [
        (sentence.index("Pakistan"), "PAK"),
        (sentence.index("Azerbaijan"), "AZE"),
        (sentence.index("Armenia"), "ARM"),
    ]
    codes.insert(2, (sentence.index("Pakistan has"), "PAK"))
    assert participants(found[0], codes) == ("PAK", "AZE")
    assert participants(found[1], codes) == ("PAK", "ARM")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("“Pakistan stands with Azerbaijan,” said the Foreign Ministry in a statement.", "the Foreign Ministry"),
        (
            "According to the official state agency of Azerbaijan, Pakistan issued a statement.",
            "the official state agency of Azerbaijan",
        ),
        ("The president noted that Pakistan is one of the few countries.", "The president"),
        ("President Aliyev stressed that ties are strong.", "President Aliyev"),
        ("Ties are strong.", None),
    ],
)
def test_attribution(sentence: str, source: str | None) -> None:
    assert attribution(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Trade reportedly grew.", True), ("It may reach 500 million.", True), ("Trade grew in 2020.", False)],
)
def test_hedged(sentence: str, expected: bool) -> None:
    assert hedged(sentence) is expected
