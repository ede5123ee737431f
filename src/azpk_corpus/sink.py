"""Streaming Parquet output: rows go in one at a time, row groups come out, the table is never whole.

A ``ParquetSink`` converts rows to Arrow every ``BATCH_ROWS`` and writes a row group whenever it
holds ``row_group_size`` rows or ``ROW_GROUP_BYTES``, so a build holds at most one row group of a
config in memory. The chunks of a row group are combined before it is written, which makes the file
the same bytes as ``pyarrow.parquet.write_table`` of the whole table with the same options when no
row group reaches the byte bound (a test checks this).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

ROW_GROUP_BYTES = 64 << 20
"""Arrow bytes held before a row group is written, whatever its row count: a claim group with tens of
thousands of members is tens of megabytes, and 16 of them would be held otherwise. Corpus configs of
ordinary rows never reach it (an articles row group of 1,000 is ~11 MB). Set by hand, not tuned."""

BATCH_ROWS = 256
"""Rows converted to Arrow at once: large enough that the per-call cost of ``from_pylist`` vanishes,
small enough that the Python dicts waiting for it stay a few megabytes (set by hand)."""


class ParquetSink:
    """One Parquet file written row group by row group. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path, schema: pa.Schema, row_group_size: int, options: dict[str, Any]) -> None:
        import pyarrow.parquet as pq

        self.path = path
        self.schema = schema
        self.row_group_size = row_group_size
        self.num_rows = 0
        """Rows written so far."""
        self.nbytes = 0
        """Arrow size of the rows written so far (the sum over row groups)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(path, schema, **options)
        self._rows: list[dict[str, Any]] = []
        self._tables: list[pa.Table] = []
        self._held = 0
        self._held_bytes = 0
        self._closed = False

    def add(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= min(BATCH_ROWS, self.row_group_size):  # a claim group can be megabytes of dicts
            self._convert()

    def add_table(self, table: pa.Table) -> None:
        """Rows already in Arrow (with this sink's schema)."""
        self._convert()
        self._tables.append(table)
        self._held += table.num_rows
        self._held_bytes += table.nbytes
        self._flush()

    def _convert(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._tables.append(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._held += len(self._rows)
            self._held_bytes += self._tables[-1].nbytes
            self._rows = []
            self._flush()

    def _flush(self, final: bool = False) -> None:
        import pyarrow as pa

        while (
            self._held >= self.row_group_size
            or (self._held and self._held_bytes >= ROW_GROUP_BYTES)
            or (final and (self._held or not self.num_rows))
        ):
            held = pa.concat_tables(self._tables) if self._tables else self.schema.empty_table()
            group = held.slice(0, self.row_group_size).combine_chunks()
            self._writer.write_table(group, row_group_size=self.row_group_size)
            self.num_rows += group.num_rows
            self.nbytes += group.nbytes
            rest = held.slice(group.num_rows).combine_chunks() if group.num_rows < held.num_rows else None
            self._tables = [rest] if rest is not None else []
            self._held, self._held_bytes = (rest.num_rows, rest.nbytes) if rest is not None else (0, 0)
            if not group.num_rows:  # the one empty row group of an empty file
                break

    def close(self) -> None:
        """Write what is held and finish the file (idempotent)."""
        if self._closed:
            return
        self._convert()
        self._flush(final=True)
        self._writer.close()
        self._closed = True

    def __enter__(self) -> ParquetSink:
        return self

    def abort(self) -> None:
        """Release the file without writing what is held: the build failed and its folder will be removed."""
        if not self._closed:
            self._writer.close()
            self._closed = True

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()
