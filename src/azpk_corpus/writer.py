"""Turn built records into the files of a corpus folder: Parquet per config, card, rejects.

The records stream in and go out in row groups (``sink.py``): a build holds one row group per
config, the statements the claims are grouped from, and a few counts, never the whole corpus.
"""

from __future__ import annotations

import json
import pickle
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .card import DATA_FILES, ClaimSummary, CorpusStats, render_card
from .croissant import CROISSANT_NAME, croissant
from .manifest import Inputs, make_manifest, sha256_file, write_manifest
from .models import Article, AuthorRow, ClaimGroup, FactRow
from .pipeline.claims import Buckets, Item, Planned, planned_groups
from .pipeline.dedup import confirm, unpack
from .pipeline.types import Reject
from .sink import ROW_GROUP_BYTES, ParquetSink, arrow_table, json_line

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa
    from numpy.typing import NDArray

REJECTS_NAME = "rejects.jsonl"
CARD_NAME = "README.md"
SPOOL_NAME = ".articles.spool.parquet"
"""The articles as they arrive, before near duplicates are known; removed before the folder is swapped in."""
SHINGLES_NAME = ".shingles.spool"
"""Each article's shingle hashes (``Fingerprint.shingles``), read back to check near-duplicate candidates."""

# Fixed writer settings so that the same records give the same bytes with one pyarrow version.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
}
ROW_GROUP_SIZE = {"articles": 1_000, "facts": 10_000, "authors": 10_000, "claims": 16}
"""Rows per Parquet row group, which bounds what a build holds of each config. An article is ~11 kB in
Arrow (synthetic pages of benchmarks/scale.py), so 1,000 make ~11 MB; a claim group can hold thousands of
members, hence 16. Set by hand, not tuned."""
ITEMS_NAME = ".statements.spool"
"""The statements that may join a claim group (``claims.Item``), pickled one by one as they arrive."""
SPOOL_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 1, "write_statistics": False}
"""The spool is read once, in order: statistics would only grow the footer the writer holds until it closes."""
SPOOL_ROWS = 256


def fact_rows(articles: Iterable[Article]) -> list[FactRow]:
    return [FactRow(**fact.model_dump(), article_id=a.id) for a in articles for fact in a.facts]


class Authors:
    """One row per distinct name (casefolded), in first-seen order, with the longest bio given."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[str, str | None, list[str]]] = {}

    def add(self, article: Article) -> None:
        for author in article.authors:
            key = author.name.casefold()
            name, bio, ids = self._rows.get(key, (author.name, None, []))
            if author.bio and len(author.bio) > len(bio or ""):
                bio = author.bio
            if article.id not in ids:
                ids.append(article.id)
            self._rows[key] = (name, bio, ids)

    def rows(self) -> list[AuthorRow]:
        return [AuthorRow(name=n, bio=b, article_ids=ids) for n, b, ids in self._rows.values()]


def author_rows(articles: Iterable[Article]) -> list[AuthorRow]:
    authors = Authors()
    for article in articles:
        authors.add(article)
    return authors.rows()


MEMBER_BATCH = 1_000
"""Claim members converted to Arrow at once: a group can hold a statement of most articles of a corpus (84,000
members at 100,000 synthetic pages), far too many to hold as dicts. Set by hand."""
SUMMARY_COLUMNS = ("id", "kind", "attribute", "label", "reason")


def claim_row(planned: Planned, schema: pa.Schema) -> tuple[pa.Table, int]:
    """One claim group as a one-row table, and the number of articles it spans. Its members are validated and
    converted ``MEMBER_BATCH`` at a time as they are read, so the group's statements are never held as models
    or dicts; the values are those of ``ClaimGroup`` rows."""
    import itertools

    import pyarrow as pa

    scan = planned.scan()
    ClaimGroup(**scan.header, members=list(planned.members(scan.order[:2])))  # validates the header
    index = schema.get_field_index("members")
    field = schema.field(index)
    member = pa.schema([field.type.value_field.with_name("m")])
    members = planned.members(scan.order)
    chunks = []
    while batch := [b'{"m":%b}' % m.model_dump_json().encode() for m in itertools.islice(members, MEMBER_BATCH)]:
        chunks.append(arrow_table(batch, member).column(0).chunk(0))
    values = pa.concat_arrays(chunks) if chunks else member.empty_table().column(0).combine_chunks()
    del chunks
    offsets = pa.Array.from_buffers(pa.int32(), 2, [None, pa.py_buffer(array("i", [0, len(values)]).tobytes())])
    column = pa.ListArray.from_arrays(offsets, values, type=field.type)
    row = arrow_table([json.dumps({**scan.header, "members": []}, ensure_ascii=False).encode()], schema)
    return row.set_column(index, field, column), scan.articles


def writer_settings() -> dict[str, Any]:
    """What decides the Parquet bytes besides the records: recorded in the manifest."""
    import pyarrow as pa

    return {
        "pyarrow": pa.__version__,
        "parquet": PARQUET_OPTIONS,
        "row_group_size": ROW_GROUP_SIZE,
        "row_group_bytes": ROW_GROUP_BYTES,
    }


class ItemSpool:
    """Statements on disk, read back by number: a build's claims hold 4 bytes per statement, not the statement
    (a few hundred bytes each, ~20 per article)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("w+b")
        self._offsets = array("Q", [0])

    def add(self, item: Item) -> None:
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def load(self, numbers: Sequence[int]) -> list[Item]:
        """The statements of the given numbers, in that order."""
        self._file.flush()
        out = []
        for n in numbers:
            self._file.seek(self._offsets[n])
            out.append(pickle.loads(self._file.read(self._offsets[n + 1] - self._offsets[n])))
        self._file.seek(0, 2)
        return out

    def close(self) -> None:
        self._file.close()


class CorpusWriter:
    """Writes a corpus folder into ``dest`` (an empty folder) while the articles arrive, one at a time.

    Per article it keeps only what the cross-article outputs need: its statements for the claims
    (``claims.Item``), its authors, and counts for the card. The articles themselves go to a spool
    file, and ``finish`` copies them into place once their near duplicates are known.
    """

    def __init__(self, dest: Path) -> None:
        from .arrow_schema import schemas

        self.dest = dest
        self._schemas = schemas()
        self._spool = ParquetSink(dest / SPOOL_NAME, self._schemas["articles"], SPOOL_ROWS, SPOOL_OPTIONS)
        self._shingles = (dest / SHINGLES_NAME).open("wb")
        self._offsets = array("Q", [0])
        self._facts = self._sink("facts")
        self._authors = Authors()
        self._items = ItemSpool(dest / ITEMS_NAME)
        self._buckets = Buckets()
        self._removed: Counter[str] = Counter()
        self._publishers: Counter[str] = Counter()
        self.count = 0
        """Articles added so far."""

    def _sink(self, config: str) -> ParquetSink:
        path = self.dest / DATA_FILES[config]
        return ParquetSink(path, self._schemas[config], ROW_GROUP_SIZE[config], PARQUET_OPTIONS)

    def close(self) -> None:
        """Release the open files; called on the way out whether or not ``finish`` ran (then it does nothing)."""
        self._spool.abort()
        self._facts.abort()
        self._shingles.close()
        self._items.close()

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, article: Article, items: list[Item], shingles: bytes) -> None:
        """One kept article, with its statements (``claims.statement_items``) and its ``Fingerprint.shingles``,
        both made in the worker."""
        self._spool.add(article)
        self._shingles.write(shingles)
        self._offsets.append(self._offsets[-1] + len(shingles))
        for row in fact_rows([article]):
            self._facts.add(row)
        self._authors.add(article)
        for item in items:
            self._items.add(item)
            self._buckets.add(item)
        self._removed.update(r.reason for r in article.removed)
        self._publishers[article.publisher or "an unrecorded publisher"] += 1
        self.count += 1

    def finish(self, near_pairs: NDArray[np.int64], rejects: list[Reject], inputs: Inputs) -> None:
        """Write everything else; the manifest last. ``near_pairs`` are the dedup candidates, by article number."""
        self._spool.close()
        self._shingles.close()
        _release()
        near = self._near_duplicates(near_pairs)
        with self._sink("articles") as articles:
            for table in self._spooled(near):
                articles.add_table(table)
        (self.dest / SPOOL_NAME).unlink()
        (self.dest / SHINGLES_NAME).unlink()
        self._facts.close()
        with self._sink("authors") as authors:
            for author in self._authors.rows():
                authors.add(author)
        summaries = []
        with self._sink("claims") as claims:
            for planned in planned_groups(self._buckets, self._items.load):
                row, articles_in = claim_row(planned, self._schemas["claims"])
                claims.add_table(row)
                summaries.append(
                    ClaimSummary(**{c: row.column(c)[0].as_py() for c in SUMMARY_COLUMNS}, articles=articles_in)
                )
                del planned, row
                _release()
        self._items.close()
        (self.dest / ITEMS_NAME).unlink()
        sinks = {"articles": articles, "facts": self._facts, "authors": authors, "claims": claims}
        with (self.dest / REJECTS_NAME).open("w", encoding="utf-8") as fh:
            for reject in rejects:
                record = {"file": reject.source_file, "reason": reject.reason, "message": reject.message}
                fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        stats = CorpusStats(
            rows={name: sink.num_rows for name, sink in sinks.items()},
            nbytes={name: sink.nbytes for name, sink in sinks.items()},
            removed=self._removed,
            publishers=self._publishers,
            claims=summaries,
            rejected=len(rejects),
        )
        (self.dest / CARD_NAME).write_text(render_card(stats), encoding="utf-8")
        dest = self.dest
        parquet = {name: (sha256_file(dest / path), (dest / path).stat().st_size) for name, path in DATA_FILES.items()}
        document = croissant(parquet, self._schemas)
        (dest / CROISSANT_NAME).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        write_manifest(dest, make_manifest(dest, inputs, writer_settings()))

    def _near_duplicates(self, pairs: NDArray[np.int64]) -> dict[int, list[str]]:
        """Article number -> ids of its near duplicates, confirmed on the shingles read back from disk."""
        import pyarrow.parquet as pq

        with (self.dest / SHINGLES_NAME).open("rb") as fh:

            def shingles_of(number: int) -> set[int]:
                fh.seek(self._offsets[number])
                return unpack(fh.read(self._offsets[number + 1] - self._offsets[number]))

            found = confirm(pairs, shingles_of)
        ids: dict[int, str] = {}
        number = 0
        spool = pq.ParquetFile(self.dest / SPOOL_NAME)
        for group in range(spool.num_row_groups):  # not iter_batches: see _spooled
            column = spool.read_row_group(group, columns=["id"], use_threads=False).column("id")
            ids.update((number + k, column[k].as_py()) for k in range(len(column)) if number + k in found)
            number += len(column)
        return {i: sorted(ids[j] for j in near) for i, near in found.items()}

    def _spooled(self, near: dict[int, list[str]]) -> Iterator[pa.Table]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        number = 0
        spool = pq.ParquetFile(self.dest / SPOOL_NAME)
        column = spool.schema_arrow.get_field_index("near_duplicates")
        field = spool.schema_arrow.field(column)
        for group in range(spool.num_row_groups):
            # A row group at a time: iter_batches held ~0.9 kB of Arrow memory per row read until the file was
            # closed (70 MB at 80,000 rows, pyarrow 26); threads hold more memory too.
            table = spool.read_row_group(group, use_threads=False)
            flags = [near.get(number + k, []) for k in range(table.num_rows)]
            if any(flags):
                lines = [json_line({field.name: f}) for f in flags]
                table = table.set_column(column, field, arrow_table(lines, pa.schema([field])).column(0))
            number += table.num_rows
            yield table
            del table
            _release()


def _release() -> None:
    """Hand the memory Arrow freed back to the system. Its allocator keeps freed pages for reuse, and reading
    the spool back (a row group at a time, then written again) left ~150 MB of them held by the end of a
    30,000-page build; releasing after each batch keeps what the copy holds near one row group."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
