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
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
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
    """What dedup keeps of one body (made in a build worker): a few hundred bytes, not the text."""

    key: bytes  # sha256 of the normalized body: equal for exact duplicates
    bands: tuple[int, ...]  # one 64-bit hash per LSH band of the MinHash signature


def fingerprint(text: str) -> Fingerprint:
    signature = minhash(shingles(text))
    bands = tuple(
        int.from_bytes(
            hashlib.blake2b(
                b"".join(v.to_bytes(8, "big") for v in signature[b * ROWS : (b + 1) * ROWS]), digest_size=8
            ).digest(),
            "big",
        )
        for b in range(BANDS)
    )
    return Fingerprint(hashlib.sha256(normalized(text).encode()).digest(), bands)


class Deduplicator:
    """Sees the articles one at a time in build order and keeps only a key and the band hashes of each.

    ``add`` rejects an exact copy at once; after the last article, ``candidates`` gives the pairs (by
    index among the kept articles) that share a band, for ``confirm`` to check on their texts.
    """

    def __init__(self) -> None:
        self._first: dict[bytes, tuple[str, str]] = {}
        self._bands = array("Q")

    def __len__(self) -> int:
        return len(self._bands) // BANDS

    def add(self, source_file: str, article_id: str, print_: Fingerprint) -> Reject | None:
        """A ``duplicate`` reject naming the first copy, or None (the article is kept, as number ``len - 1``)."""
        if print_.key in self._first:
            name, original = self._first[print_.key]
            return Reject(
                source_file,
                "duplicate",
                f"{source_file}: the same article as {name} (id {original}); remove one of the two files",
            )
        self._first[print_.key] = (source_file, article_id)
        self._bands.extend(print_.bands)
        return None

    def candidates(self) -> list[tuple[int, int]]:
        """Sorted pairs (a < b) of kept articles sharing at least one band: one sort per band, no dict of buckets."""
        import numpy as np

        if not self._bands:
            return []
        table = np.frombuffer(self._bands, dtype=np.uint64).reshape(-1, BANDS)
        pairs: set[tuple[int, int]] = set()
        for band in range(BANDS):
            order = np.argsort(table[:, band], kind="stable")
            values = table[order, band]
            bounds = np.concatenate(([0], np.flatnonzero(values[1:] != values[:-1]) + 1, [len(values)]))
            for k in np.flatnonzero(np.diff(bounds) > 1):
                members = sorted(order[bounds[k] : bounds[k + 1]].tolist())
                pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        return sorted(pairs)


def confirm(pairs: Iterable[tuple[int, int]], sets: Mapping[int, set[int]]) -> dict[int, set[int]]:
    """Each index's near duplicates among the candidate pairs, on the exact Jaccard of their shingle sets."""
    near: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        small, large = sorted((len(sets[a]), len(sets[b])))
        if small >= NEAR * large and jaccard(sets[a], sets[b]) >= NEAR:  # J <= small / large
            near[a].add(b)
            near[b].add(a)
    return near


def deduplicate(
    articles: Sequence[Article], fingerprints: Sequence[Fingerprint] | None = None
) -> tuple[list[Article], list[Reject]]:
    """Articles without exact duplicates (the first copy kept), near duplicates flagged; rejects for the rest.

    The in-memory form of what the runner does while it streams; ``fingerprints``, one per article in
    the same order, saves computing them here.
    """
    prints = list(fingerprints) if fingerprints is not None else [fingerprint(a.text) for a in articles]
    index = Deduplicator()
    kept: list[Article] = []
    rejects: list[Reject] = []
    for article, print_ in zip(articles, prints, strict=True):
        reject = index.add(article.source_file, article.id, print_)
        if reject is None:
            kept.append(article)
        else:
            rejects.append(reject)
    pairs = index.candidates()
    near = confirm(pairs, {i: shingles(kept[i].text) for pair in pairs for i in pair})
    flagged = [
        a.model_copy(update={"near_duplicates": sorted(kept[j].id for j in near[i])}) if near.get(i) else a
        for i, a in enumerate(kept)
    ]
    return flagged, rejects
