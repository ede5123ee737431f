"""Cross-article stage: the same article twice is rejected, nearly the same is flagged.

Exact duplicates compare the body after normalization (case, punctuation and spacing
ignored): the later file, in build order, is rejected naming the first. Near duplicates
(re-published copies with another headline or a changed paragraph) are found with MinHash
over word 5-grams and banded LSH, then confirmed on the exact Jaccard similarity, so the
cost grows with the corpus, not with its square. Both articles of a near pair keep their
record and list each other in ``near_duplicates``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..models import Article
from .types import Reject

SHINGLE = 5
"""Words per shingle: the usual choice for near-duplicate web text (Broder 1997; C4/datatrove use 5)."""
NEAR = 0.8
"""Jaccard similarity of shingle sets from which two bodies count as near duplicates, the common cut in
corpus dedup; not tuned on our seeds (they hold no near pair)."""
BANDS, ROWS = 20, 5
"""100 MinHash values in 20 bands of 5: a pair at Jaccard 0.8 becomes a candidate with probability
1 - (1 - 0.8**5)**20 > 0.9996, a pair at 0.3 with < 0.05; every candidate is then checked exactly."""
_PRIME = (1 << 61) - 1


def normalized(text: str) -> str:
    """The body as compared for exact duplicates: lower case words, one space between them."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def shingles(text: str) -> set[int]:
    """32-bit hashes of the word 5-grams (the whole text when shorter), stable across processes."""
    words = normalized(text).split()
    grams = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams}


@cache
def _coefficients() -> list[tuple[int, int]]:
    seed = hashlib.sha256(b"azpk-corpus minhash").digest()
    out = []
    for i in range(BANDS * ROWS):
        block = hashlib.sha256(seed + i.to_bytes(2, "big")).digest()
        out.append((int.from_bytes(block[:4], "big") | 1, int.from_bytes(block[4:8], "big")))
    return out


def minhash(hashes: set[int]) -> list[int]:
    """BANDS * ROWS minimum values of random linear hash functions over the shingle hashes."""
    import numpy as np

    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    coeffs = np.array(_coefficients(), dtype=np.uint64)
    # a, h < 2**32, so a * h + b < 2**64 never overflows before the modulo.
    table = (coeffs[:, :1] * values[None, :] + coeffs[:, 1:]) % np.uint64(_PRIME)
    return [int(v) for v in table.min(axis=1)]


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    shared = len(a & b)  # CPython walks the smaller set
    return shared / (len(a) + len(b) - shared)


class Fingerprint(NamedTuple):
    """What dedup needs of one body, computed beside the article (in a build worker) rather than after."""

    key: str  # sha256 of the normalized body: equal for exact duplicates
    shingles: set[int]
    signature: list[int]  # the MinHash values, BANDS * ROWS of them


def fingerprint(text: str) -> Fingerprint:
    hashes = shingles(text)
    return Fingerprint(hashlib.sha256(normalized(text).encode()).hexdigest(), hashes, minhash(hashes))


def deduplicate(
    articles: Sequence[Article], fingerprints: Sequence[Fingerprint] | None = None
) -> tuple[list[Article], list[Reject]]:
    """Articles without exact duplicates (the first copy kept), near duplicates flagged; rejects for the rest.

    ``fingerprints``, one per article in the same order, saves computing them here.
    """
    prints = list(fingerprints) if fingerprints is not None else [fingerprint(a.text) for a in articles]
    kept: list[tuple[Article, Fingerprint]] = []
    rejects: list[Reject] = []
    first: dict[str, Article] = {}
    for article, print_ in zip(articles, prints, strict=True):
        key = print_.key
        if key in first:
            original = first[key]
            rejects.append(
                Reject(
                    article.source_file,
                    "duplicate",
                    f"{article.source_file}: the same article as {original.source_file} (id {original.id}); "
                    "remove one of the two files",
                )
            )
        else:
            first[key] = article
            kept.append((article, print_))
    return _flag_near([a for a, _ in kept], [p for _, p in kept]), rejects


def _flag_near(articles: list[Article], prints: list[Fingerprint]) -> list[Article]:
    sets = [p.shingles for p in prints]
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for index, signature in enumerate(p.signature for p in prints):
        for band in range(BANDS):
            buckets[(band, tuple(signature[band * ROWS : (band + 1) * ROWS]))].append(index)
    # A pair sharing several bands is checked once; sizes too far apart cannot reach NEAR (J <= small / large).
    pairs = {(a, b) for members in buckets.values() for i, a in enumerate(members) for b in members[i + 1 :]}
    near: dict[int, set[str]] = defaultdict(set)
    for a, b in sorted(pairs):
        small, large = sorted((len(sets[a]), len(sets[b])))
        if small >= NEAR * large and jaccard(sets[a], sets[b]) >= NEAR:
            near[a].add(articles[b].id)
            near[b].add(articles[a].id)
    return [a.model_copy(update={"near_duplicates": sorted(near[i])}) if near[i] else a for i, a in enumerate(articles)]
