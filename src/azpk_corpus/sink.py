"""Streaming Parquet output: rows go in one at a time, row groups come out, the table is never whole.

A ``ParquetSink`` converts rows to Arrow every ``BATCH_ROWS`` and writes a row group whenever it
holds ``row_group_size`` rows or ``ROW_GROUP_BYTES``, so a build holds at most one row group of a
config in memory. The chunks of a row group are combined before it is written, which makes the file
the same bytes as ``pyarrow.parquet.write_table`` of the whole table with the same options when no
row group reaches the byte bound (a test checks this).

Rows become Arrow through pyarrow's JSON reader (``arrow_table``), not ``Table.from_pylist``: every
conversion from Python objects in pyarrow (``pa.array``, ``from_pylist``, even ``pa.scalar``) first
imports pandas to look for pandas objects, which cost a build's main process 57 MB it never used. The
reader is also 2.5x faster on articles, and a test checks it gives the same tables.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    import pyarrow as pa

ROW_GROUP_BYTES = 16 << 20
"""Arrow bytes held before a row group is written, whatever its row count: a claim group with tens of
thousands of members is tens of megabytes, and 16 of them would be held otherwise; writing a row group
takes about twice its bytes again. Ordinary rows seldom reach it (a row group of 1,000 synthetic
articles is ~10 MB, of 10,000 facts ~5 MB). Set by hand on the 100,000-page build of benchmarks/scale.py:
at 64 MB the claims' row groups peaked at 151 MB of Arrow memory."""

BATCH_ROWS = 256
"""Rows converted to Arrow at once: large enough that the per-call cost of ``arrow_table`` vanishes,
small enough that the Python dicts waiting for it stay a few megabytes (set by hand)."""


def json_line(row: BaseModel | dict[str, Any]) -> bytes:
    """One row as a line of JSON, as ``arrow_table`` reads it."""
    if isinstance(row, BaseModel):
        return row.model_dump_json().encode()
    return json.dumps(row, ensure_ascii=False, allow_nan=False).encode()


def arrow_table(lines: Sequence[bytes], schema: pa.Schema) -> pa.Table:
    """Rows given as lines of JSON (``json_line``) as a table of ``schema``, one chunk per column; a field the
    schema does not know is an error. The same table as ``Table.from_pylist`` of the rows, without pandas."""
    import pyarrow as pa
    import pyarrow.json as pj

    data = b"\n".join(lines) + b"\n"
    read = pj.read_json(  # pyarrow's reader refuses a null struct with required fields, hence _loose
        pa.BufferReader(data),
        read_options=pj.ReadOptions(use_threads=False, block_size=len(data) + 1),  # one block: one chunk
        parse_options=pj.ParseOptions(
            explicit_schema=pa.schema([pa.field(f.name, _loose(f.type)) for f in schema]),
            unexpected_field_behavior="error",
        ),
    )
    columns = [
        _strict(column.combine_chunks(), f.type, f.nullable) for column, f in zip(read.columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _loose(kind: pa.DataType) -> pa.DataType:
    """``kind`` with every nested field nullable."""
    import pyarrow as pa

    if pa.types.is_struct(kind):
        return pa.struct([pa.field(f.name, _loose(f.type)) for f in kind])
    if pa.types.is_list(kind):
        return pa.list_(pa.field(kind.value_field.name, _loose(kind.value_type)))
    return kind


def _strict(array: pa.Array, kind: pa.DataType, nullable: bool) -> pa.Array:
    """``array`` (of ``_loose(kind)``) as ``kind``, on the same buffers. A required field has no validity
    bitmap: the models never leave it null, and its slots under a null parent are the reader's defaults,
    as ``from_pylist`` fills them. ``array`` is fresh from the reader, at offset 0."""
    import pyarrow as pa

    buffers = array.buffers()[: kind.num_buffers]
    nulls = array.null_count
    if not nullable:
        buffers[0], nulls = None, 0
    children = None
    if pa.types.is_struct(kind):
        children = [_strict(array.field(k), f.type, f.nullable) for k, f in enumerate(kind)]
    elif pa.types.is_list(kind):
        children = [_strict(array.values, kind.value_type, kind.value_field.nullable)]
    return pa.Array.from_buffers(kind, len(array), buffers, null_count=nulls, offset=array.offset, children=children)


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
        self._rows: list[bytes] = []
        self._tables: list[pa.Table] = []
        self._held = 0
        self._held_bytes = 0
        self._closed = False

    def add(self, row: BaseModel | dict[str, Any]) -> None:
        """One row: a model of this sink's schema, or its ``model_dump()``."""
        self._rows.append(json_line(row))
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
        if self._rows:
            self._tables.append(arrow_table(self._rows, self.schema))
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
