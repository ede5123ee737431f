from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from azpk_corpus.models import Article, FactKind, Provenance
from azpk_corpus.pipeline.article import article_id
from azpk_corpus.pipeline.claims import FUZZY_MIN, Item, _confirmed, _masked, compatible, contains, find_claims
from azpk_corpus.pipeline.facts import extract_facts


def _article(name: str, text: str, published: str | None = None) -> Article:
    aid = article_id(name)
    return Article(
        id=aid,
        source_file=name,
        title=None,
        authors=[],
        publisher=None,
        source_url=None,
        published_date=published,
        section=None,
        language="en",
        text=text,
        headings=[],
        facts=extract_facts(aid, text, published),
        removed=[],
        provenance=Provenance(
            raw_sha256="0" * 64, builder_version="0", schema_version="1.2.0", encoding="utf-8", repairs=[]
        ),
    )


@pytest.mark.parametrize(
    ("wide", "narrow", "expected"),
    [
        ("199X", "1991", True),
        ("1993-04", "1993-04-30", True),
        ("XXXX-09-27", "2020-09-27", True),
        ("1991", "1992", False),
        ("1991", "1992-06-09", False),
        ("19XX", "2005", False),
    ],
)
def test_contains(wide: str, narrow: str, expected: bool) -> None:
    assert contains(wide, narrow) is expected and compatible(narrow, wide) is expected


@pytest.mark.parametrize(
    ("texts", "kind", "label", "reason_part"),
    [
        (
            [
                "Pakistan recognized the independence of Azerbaijan in 1991.",
                "Pakistan was the first to recognize the independence of Azerbaijan in 1992.",
            ],
            "recognized_independence",
            "conflict",
            "1991 (a) vs 1992 (b)",
        ),
        (
            [
                "Pakistan recognized the independence of Azerbaijan in the 1990s.",
                "Pakistan recognized the independence of Azerbaijan in 1992.",
            ],
            "recognized_independence",
            "agree",
            "199X contains 1992",
        ),
        (
            [
                "In April 1993, the UN Security Council adopted Resolution 822 on Karabakh.",
                "On April 30, 1993, resolution 822 on the Karabakh conflict was adopted by the UNSC.",
            ],
            "resolution_adopted",
            "agree",
            "1993-04 contains 1993-04-30",
        ),
        (
            [
                "Pakistan does not have diplomatic relations with Armenia, nor did it establish diplomatic relations with Armenia.",
                "Pakistan has recently established diplomatic relations with Armenia.",
            ],
            "diplomatic_relations",
            "conflict",
            "possibly a change over time ('recently')",
        ),
        (
            [
                "Azerbaijan won the 44-day war against Armenia.",
                "During the 44-day war, Azerbaijan freed its lands from Armenia.",
            ],
            "war",
            "agree",
            "all give 44 day",
        ),
    ],
)
def test_groups(texts: list[str], kind: str, label: str, reason_part: str) -> None:
    groups = find_claims([_article(f"{n}.txt", t) for n, t in zip("ab", texts, strict=True)])
    assert [(g.kind, g.label) for g in groups] == [(kind, label)]
    assert reason_part in groups[0].reason
    assert {m.source_file for m in groups[0].members} == {"a.txt", "b.txt"}


@pytest.mark.parametrize(
    "texts",
    [
        # Different matters with the same predicate: recognition of two different countries.
        [
            "Pakistan recognized the independence of Azerbaijan in 1991.",
            "Turkey recognized the independence of Kosovo in 2008.",
        ],
        # Membership of two different organisations.
        ["Azerbaijan is a member of the OIC.", "Azerbaijan's bid for full membership in the SCO was blocked."],
        # The same day of two different years.
        ["The war began on September 27, 2020.", "The war began on September 27, 1990."],
        # Different resolutions.
        ["In 1993 the UNSC adopted Resolution 822.", "In 1993 the UNSC adopted Resolution 853."],
        # One article only.
        [
            "Pakistan recognized the independence of Azerbaijan in 1991. Pakistan recognized the independence of Azerbaijan in 1992."
        ],
    ],
)
def test_no_group_between_different_matters(texts: list[str]) -> None:
    assert find_claims([_article(f"{n}.txt", t) for n, t in zip("ab", texts, strict=False)]) == []


def test_polarity_conflict_between_dated_articles_is_a_possible_change() -> None:
    groups = find_claims(
        [
            _article("a.txt", "Pakistan did not establish diplomatic relations with Armenia.", "2020-01-01"),
            _article("b.txt", "Pakistan established diplomatic relations with Armenia.", "2025-08-01"),
        ]
    )
    assert [(g.label, g.attribute, g.change_over_time) for g in groups] == [("conflict", "status", True)]
    assert "articles dated apart" in groups[0].reason


def test_claims_are_deterministic_and_numbered() -> None:
    articles = [
        _article("a.txt", "Pakistan recognized the independence of Azerbaijan in 1991."),
        _article("b.txt", "Pakistan recognized the independence of Azerbaijan in 1992."),
    ]
    assert find_claims(articles) == find_claims(list(reversed(articles)))
    assert [g.id for g in find_claims(articles)] == ["c001"]


_VOCAB = ["Pakistan", "Azerbaijan", "Armenia", "recognized", "the", "independence", "of", "in", "1991", "1992",
          "did", "not", "establish", "diplomatic", "relations", "with", "adopted", "Resolution", "822", "44-day",
          "war", "on", "27", "September", ",", "and", "it", "is", "a", "member", "OIC", "."]  # fmt: skip
_sentence = st.lists(st.sampled_from(_VOCAB), min_size=3, max_size=25).map(lambda w: " ".join(w) + ".")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_sentence, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=4))
def test_groups_always_span_articles_and_label_consistently(texts: list[str]) -> None:
    articles = [_article(f"{n}.txt", t) for n, t in enumerate(texts)]
    for group in find_claims(articles):
        assert len({m.article_id for m in group.members}) >= 2
        polarities = {m.polarity for m in group.members}
        if group.attribute == "status":
            assert (group.label == "conflict") == (len(polarities) == 2)
        else:
            values = {v for m in group.members for v in m.values}
            clash = any(not compatible(a, b) for a in values for b in values)
            assert (group.label == "conflict") == clash


def test_the_statements_the_runner_drops_could_join_no_group() -> None:
    from azpk_corpus import load_corpus
    from azpk_corpus.pipeline.claims import Buckets, claim_groups, may_group, statement_items

    def groups(items: list[Item]) -> list[object]:
        buckets = Buckets()
        for item in items:
            buckets.add(item)
        return list(claim_groups(buckets, lambda numbers: [items[n] for n in numbers]))

    items = [i for a in load_corpus() for i in statement_items(a)]
    kept = [i for i in items if may_group(i)]
    assert 0 < len(kept) < len(items)
    assert groups(kept) == groups(items) == find_claims(list(load_corpus()))


def _pairwise_confirmed(members: list[Item]) -> list[int]:
    """The definition ``_confirmed`` computes through signatures: every pair of members compared."""
    kept = []
    for k, item in enumerate(members):
        for other in members:
            if other.article_id == item.article_id:
                continue
            if fuzz.token_set_ratio(_masked(item.clause), _masked(other.clause)) < FUZZY_MIN:
                continue
            if item.family == "war" and item.parties and other.parties and not item.parties & other.parties:
                continue
            kept.append(k)
            break
    return kept if len({members[k].article_id for k in kept}) >= 2 else []


_CLAUSES = [
    "the war began on 27 September 2020",
    "the war began on 27 September",
    "fighting broke out on 27 September 2020 along the line",
    "Pakistan recognised Azerbaijan in 1991",
    "the parliament adopted resolution 822",
    "",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a1", "a2", "a3"]),
            st.sampled_from(_CLAUSES),
            st.sampled_from([frozenset(), frozenset({"AZ"}), frozenset({"AM"}), frozenset({"AZ", "AM"})]),
        ),
        max_size=12,
    ),
    st.sampled_from(["war", "diplomatic_relations"]),
)
def test_confirmed_equals_the_pairwise_definition(rows: list[tuple[str, str, frozenset[str]]], kind: FactKind) -> None:
    members = [
        Item(a, f"{a}.txt", None, f"{a}-f{k}", 0, kind, 0, False, clause, parties, (), (), frozenset())
        for k, (a, clause, parties) in enumerate(rows)
    ]
    assert _confirmed(members) == _pairwise_confirmed(members)
