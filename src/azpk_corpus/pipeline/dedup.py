"""Cross-article stage: the same article twice is rejected, nearly the same is flagged.

Exact duplicates compare the body after normalization (case, punctuation and spacing
ignored): the later file, in build order, is rejected naming the first. Near duplicates
(re-published copies with another headline or a changed paragraph) are found with MinHash
over word 5-grams and banded LSH. A pair that shares a band is first checked on its MinHash
signatures and only then on the exact Jaccard similarity of its texts. A band bucket too
large to pair out (text many pages share, such as boilerplate) is split on the next band, so
the cost grows with the corpus, not with its square. Both articles of a near pair keep their
record and list each other in ``near_duplicates``.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..models import Article
from .article import article_id as article_id_of
from .types import Reject

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

SHINGLE = 5
"""Words per shingle: the usual choice for near-duplicate web text (Broder 1997; C4/datatrove use 5)."""
NEAR = 0.8
"""Jaccard similarity of shingle sets from which two bodies count as near duplicates, the common cut in
corpus dedup; not tuned on our seeds (they hold no near pair)."""
BANDS, ROWS = 20, 5
"""100 MinHash values in 20 bands of 5: a pair at Jaccard 0.8 becomes a candidate with probability
1 - (1 - 0.8**5)**20 > 0.9996, a pair at 0.3 with < 0.05; every candidate is then checked exactly."""
BUCKET_MAX = 50
"""Most articles in one band bucket that are paired out (at most 1,225 pairs); a larger bucket is split on
the next band's value, up to ``SPLIT_DEPTH`` times, and after that each article is paired with the next
``BUCKET_MAX`` in build order. Set by hand, not tuned: on benchmarks/scale.py's pages (61 seed paragraphs
recombined) the largest bucket holds 12% of the corpus, and pairing it out is what made dedup quadratic."""
SPLIT_DEPTH = 4
ESTIMATE_MIN = NEAR - 0.1
"""Least share of equal MinHash values for a candidate pair to be checked on its texts. The estimate's
standard deviation at Jaccard 0.8 with 100 values is 0.04, so a pair at exactly 0.8 is missed with
probability 0.006, one at 0.85 with 1e-5; set from that bound, not tuned. Each 0.05 lower roughly doubles
the pairs to check on benchmarks/scale.py's pages."""


def normalized(text: str) -> str:
    """The body as compared for exact duplicates: lower case words, one space between them."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def shingles(text: str) -> set[int]:
    """32-bit hashes of the word 5-grams (the whole text when shorter), stable across processes."""
    words = normalized(text).split()
    grams = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams}


@cache
def _seeds() -> tuple[int, ...]:
    base = hashlib.sha256(b"azpk-corpus minhash").digest()
    return tuple(
        int.from_bytes(hashlib.sha256(base + i.to_bytes(2, "big")).digest()[:8], "big") for i in range(BANDS * ROWS)
    )


def minhash(hashes: set[int]) -> list[int]:
    """BANDS * ROWS minimum values of independent 64-bit hash functions over the shingle hashes.

    Each function is the splitmix64 finalizer of the shingle hash xor a seed of its own. A linear
    ``(a * h + b) mod p`` with 32-bit ``a`` (what this used before 1.2) hardly wraps, so every function
    picked the same few smallest shingles: the estimates came out biased (0.68 for a pair at 0.38) and
    all bands fell into the same buckets.
    """
    import numpy as np

    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    z = values[None, :] ^ np.array(_seeds(), dtype=np.uint64)[:, None]
    # splitmix64 (Steele et al. 2014); uint64 arithmetic wraps modulo 2**64, as the mix intends.
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z ^= z >> np.uint64(31)
    return [int(v) for v in z.min(axis=1)]


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    shared = len(a & b)  # CPython walks the smaller set
    return shared / (len(a) + len(b) - shared)


class Fingerprint(NamedTuple):
    """What dedup keeps of one body (made in a build worker): a few hundred bytes, not the text."""

    key: bytes  # sha256 of the normalized body: equal for exact duplicates
    bands: tuple[int, ...]  # one 64-bit hash per LSH band of the MinHash signature
    signature: bytes  # the low 16 bits of each MinHash value, to estimate the Jaccard of a candidate pair
    shingles: bytes  # the shingle hashes, sorted, as little-endian uint32: for the exact check, kept on disk


def fingerprint(text: str) -> Fingerprint:
    hashes = shingles(text)
    signature = minhash(hashes)
    bands = tuple(
        int.from_bytes(
            hashlib.blake2b(
                b"".join(v.to_bytes(8, "big") for v in signature[b * ROWS : (b + 1) * ROWS]), digest_size=8
            ).digest(),
            "big",
        )
        for b in range(BANDS)
    )
    # b-bit MinHash (Li and König 2010): 16 bits make a chance collision 1 in 65,536, a negligible bias.
    low = b"".join((v & 0xFFFF).to_bytes(2, "little") for v in signature)
    import numpy as np

    stored = np.array(sorted(hashes), dtype="<u4").tobytes()
    return Fingerprint(hashlib.sha256(normalized(text).encode()).digest(), bands, low, stored)


def unpack(stored: bytes) -> set[int]:
    """The shingle set of ``Fingerprint.shingles``."""
    import numpy as np

    return set(np.frombuffer(stored, dtype="<u4").tolist())


class Deduplicator:
    """Sees the articles one at a time in build order and keeps only a key, the band hashes and a short
    signature of each (~500 bytes with its file name).

    ``add`` rejects an exact copy at once; after the last article, ``candidates`` gives the pairs (by
    index among the kept articles) whose signatures look near, for ``confirm`` to check on their texts.
    """

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}  # the first 16 bytes of the key: a collision needs ~2**64 articles
        self._bands = array("Q")
        self._signatures = array("H")

    def __len__(self) -> int:
        return len(self._bands) // BANDS

    def add(self, source_file: str, print_: Fingerprint) -> Reject | None:
        """A ``duplicate`` reject naming the first copy, or None (the article is kept, as number ``len - 1``)."""
        key = print_.key[:16]
        if key in self._first:
            name = self._first[key]
            return Reject(
                source_file,
                "duplicate",
                f"{source_file}: the same article as {name} (id {article_id_of(name)}); remove one of the two files",
            )
        self._first[key] = source_file
        self._bands.extend(print_.bands)
        self._signatures.frombytes(print_.signature)
        return None

    def candidates(self) -> NDArray[np.int64]:
        """Pairs (rows a < b, sorted) of kept articles that share a band and whose signatures agree on at
        least ``ESTIMATE_MIN`` of their values: one sort per band, buckets over ``BUCKET_MAX`` split."""
        import numpy as np

        found = [np.empty((0, 2), dtype=np.int64)]
        if self._bands:
            table = np.frombuffer(self._bands, dtype=np.uint64).reshape(-1, BANDS)
            signatures = np.frombuffer(self._signatures, dtype=np.uint16).reshape(-1, BANDS * ROWS)
            for band in range(BANDS):
                pairs = _pairs(table, band, np.arange(len(table)), 0)
                for start in range(0, len(pairs), 1 << 16):  # bounded temporaries, whatever the band gives
                    chunk = pairs[start : start + (1 << 16)]
                    agree = (signatures[chunk[:, 0]] == signatures[chunk[:, 1]]).mean(axis=1)
                    found.append(chunk[agree >= ESTIMATE_MIN])
        return np.unique(np.concatenate(found), axis=0)


def _pairs(table: NDArray[np.uint64], band: int, members: NDArray[np.int64], depth: int) -> NDArray[np.int64]:
    """Index pairs (a < b, as rows) of ``members`` that share the value of ``band`` and of the ``depth`` bands
    after it; buckets over ``BUCKET_MAX`` are split on one more band, the last resort is a window."""
    import numpy as np

    column = table[members, (band + depth) % BANDS]
    order = np.argsort(column, kind="stable")
    values, ranked = column[order], members[order]
    bounds = np.concatenate(([0], np.flatnonzero(values[1:] != values[:-1]) + 1, [len(values)]))
    out: list[NDArray[np.int64]] = []
    for k in np.flatnonzero(np.diff(bounds) > 1):
        bucket = np.sort(ranked[bounds[k] : bounds[k + 1]])
        if len(bucket) <= BUCKET_MAX:
            a, b = np.triu_indices(len(bucket), k=1)
            out.append(np.stack([bucket[a], bucket[b]], axis=1))
        elif depth < SPLIT_DEPTH:
            out.append(_pairs(table, band, bucket, depth + 1))
        else:  # the same 5 * (SPLIT_DEPTH + 1) values: compare each with the next BUCKET_MAX in build order
            for step in range(1, BUCKET_MAX + 1):
                out.append(np.stack([bucket[:-step], bucket[step:]], axis=1))
    return np.concatenate(out) if out else np.empty((0, 2), dtype=np.int64)


def confirm(pairs: NDArray[np.int64], shingles_of: Callable[[int], set[int]]) -> dict[int, set[int]]:
    """Each index's near duplicates among the candidate pairs, on the exact Jaccard of their shingle sets.

    ``pairs`` come sorted by their first index (as ``candidates`` gives them), so each first article's
    set is made once and only two sets are held at a time, however many pairs there are.
    """
    near: dict[int, set[int]] = defaultdict(set)
    current, first = -1, set[int]()
    for a, b in (row for start in range(0, len(pairs), 4096) for row in pairs[start : start + 4096].tolist()):
        if a != current:
            current, first = a, shingles_of(a)
        second = shingles_of(b)
        small, large = sorted((len(first), len(second)))
        if small >= NEAR * large and jaccard(first, second) >= NEAR:  # J <= small / large
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
        reject = index.add(article.source_file, print_)
        if reject is None:
            kept.append(article)
        else:
            rejects.append(reject)
    near = confirm(index.candidates(), lambda i: shingles(kept[i].text))
    flagged = [
        a.model_copy(update={"near_duplicates": sorted(kept[j].id for j in near[i])}) if near.get(i) else a
        for i, a in enumerate(kept)
    ]
    return flagged, rejects
