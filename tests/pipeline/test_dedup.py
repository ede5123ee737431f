"""Cross-article dedup: exact copies rejected naming the first, near copies flagged both ways."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.dedup import (
    BANDS,
    BUCKET_MAX,
    NEAR,
    Deduplicator,
    confirm,
    deduplicate,
    fingerprint,
    jaccard,
    shingles,
    unpack,
)
from azpk_corpus.pipeline.types import RawDocument

_WORDS = (
    "the two governments agreed on monday to expand cooperation in energy trade and education over next "
    "decade officials said new agreements would be signed during a visit by foreign minister later this year"
).split()


def _paragraph(k: int) -> str:
    """Distinct prose for each k: a deterministic walk through the word list."""
    words = [_WORDS[(k * 7 + i * (k % 5 + 1)) % len(_WORDS)] for i in range(40)]
    return " ".join(words).capitalize() + f" number {k}."


def _article(name: str, paragraphs: list[int]) -> Article:
    page = "\n\n".join(["Menu", f"Headline of {name}", *(_paragraph(k) for k in paragraphs)])
    built = process(RawDocument(name, page.encode()))
    assert isinstance(built, Article), built
    return built


def test_exact_copy_is_rejected_naming_the_first_and_near_copies_flag_each_other() -> None:
    first = _article("a.txt", list(range(20)))
    copy = _article("b.txt", list(range(20)))
    near = _article("c.txt", [*range(19), 99])  # one paragraph of twenty changed
    other = _article("d.txt", list(range(40, 60)))
    kept, rejects = deduplicate([first, copy, near, other])
    assert [a.source_file for a in kept] == ["a.txt", "c.txt", "d.txt"]
    assert [(r.source_file, r.reason) for r in rejects] == [("b.txt", "duplicate")]
    assert "a.txt" in rejects[0].message
    flags = {a.source_file: a.near_duplicates for a in kept}
    assert flags == {"a.txt": [near.id], "c.txt": [first.id], "d.txt": []}


def test_order_decides_which_copy_stays() -> None:
    one, two = _article("x.txt", [1, 2, 3]), _article("y.txt", [1, 2, 3])
    assert [a.source_file for a in deduplicate([two, one])[0]] == ["y.txt"]


@given(st.sets(st.integers(0, 50)), st.sets(st.integers(0, 50)))
def test_jaccard_is_the_set_ratio_and_bounded_by_the_sizes(a: set[int], b: set[int]) -> None:
    value = jaccard(a, b)
    assert value == (len(a & b) / len(a | b) if a | b else 1.0)
    if a and b:  # the bound the near-pair search uses to skip pairs of very different sizes
        assert value <= min(len(a), len(b)) / max(len(a), len(b))


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The deal, signed on Monday!") == shingles("the deal signed on monday")
    assert 0 < NEAR < 1


def test_fingerprints_made_elsewhere_give_the_same_result() -> None:
    articles = [
        _article("a.txt", list(range(20))),
        _article("c.txt", [*range(19), 99]),
        _article("a2.txt", list(range(20))),
    ]
    assert deduplicate(articles, [fingerprint(a.text) for a in articles]) == deduplicate(articles)


def _words(rng: random.Random, n: int) -> list[str]:
    return [f"w{rng.randrange(100_000)}" for _ in range(n)]


@pytest.mark.parametrize("changed", [0, 10, 30, 60, 120])
def test_signatures_estimate_the_jaccard_without_bias(changed: int) -> None:
    rng = random.Random(changed)
    base = _words(rng, 400)
    other = base[: 400 - changed] + _words(rng, changed)
    one, two = fingerprint(" ".join(base)), fingerprint(" ".join(other))
    exact = jaccard(shingles(" ".join(base)), shingles(" ".join(other)))
    pairs = range(0, len(one.signature), 2)
    estimate = sum(one.signature[i : i + 2] == two.signature[i : i + 2] for i in pairs) / len(pairs)
    assert abs(estimate - exact) <= 0.15  # 100 values: 3.5 standard deviations at J = 0.5
    assert unpack(one.shingles) == shingles(" ".join(base))


def test_a_crowded_bucket_is_split_not_paired_out_and_keeps_the_near_pair() -> None:
    """300 texts share half their words (one bucket per band holds them all); one pair is a near copy."""
    rng = random.Random(7)
    shared = _words(rng, 200)
    texts = [" ".join(shared + _words(rng, 150)) for _ in range(300)]
    texts.append(texts[123][:-40] + " " + " ".join(_words(rng, 5)))  # the last few words changed
    prints = [fingerprint(text) for text in texts]
    crowded = max(Counter(p.bands[band] for p in prints).most_common(1)[0][1] for band in range(BANDS))
    assert crowded > BUCKET_MAX  # so the split is what keeps the pairs few
    index = Deduplicator()
    for i, print_ in enumerate(prints):
        assert index.add(f"{i}.txt", print_) is None
    pairs = index.candidates()
    assert len(pairs) <= len(texts)  # a few dozen, not the 45,150 pairs of the crowded buckets
    sets = {i: shingles(t) for i, t in enumerate(texts)}
    made: list[int] = []

    def shingles_of(i: int) -> set[int]:
        made.append(i)
        return sets[i]

    near = confirm(pairs, shingles_of)
    assert dict(near) == {123: {300}, 300: {123}}
    assert len(made) <= 2 * len(pairs)  # each pair's first set is made once per run of pairs
