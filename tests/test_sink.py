"""The streaming Parquet sink writes the bytes pyarrow writes for the whole table, one row group at a time."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azpk_corpus import sink
from azpk_corpus.sink import ParquetSink
from azpk_corpus.writer import PARQUET_OPTIONS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SCHEMA = pa.schema([pa.field("id", pa.string(), nullable=False), pa.field("words", pa.list_(pa.string()))])


def _rows(n: int) -> list[dict[str, object]]:
    return [{"id": f"a{i:04d}", "words": ["w"] * (i % 4) if i % 5 else None} for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 6, 7, 8, 23])
@pytest.mark.parametrize("as_tables", [False, True])
def test_same_bytes_as_write_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, as_tables: bool) -> None:
    monkeypatch.setattr(sink, "BATCH_ROWS", 3)
    expected = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(_rows(n), schema=SCHEMA), expected, row_group_size=7, **PARQUET_OPTIONS)
    with ParquetSink(tmp_path / "x.parquet", SCHEMA, 7, PARQUET_OPTIONS) as out:
        for start in range(0, n, 2):
            part = _rows(n)[start : start + 2]
            if as_tables:
                out.add_table(pa.Table.from_pylist(part, schema=SCHEMA))
            else:
                for row in part:
                    out.add(row)
    assert (tmp_path / "x.parquet").read_bytes() == expected.getvalue()
    assert out.num_rows == n and pq.ParquetFile(tmp_path / "x.parquet").num_row_groups == max(1, -(-n // 7))


def test_an_aborted_sink_writes_nothing_more(tmp_path: Path) -> None:
    out = ParquetSink(tmp_path / "x.parquet", SCHEMA, 7, PARQUET_OPTIONS)
    out.add(_rows(1)[0])
    out.abort()
    out.abort()
    assert out.num_rows == 0


def test_row_groups_are_bounded_in_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows of a few hundred bytes under a 1 kB bound: row groups close early, no row is lost or reordered."""
    monkeypatch.setattr(sink, "ROW_GROUP_BYTES", 1_000)
    rows = [{"id": f"a{i:04d}", "words": ["w" * 50] * 5} for i in range(40)]
    with ParquetSink(tmp_path / "x.parquet", SCHEMA, 16, PARQUET_OPTIONS) as out:
        for start in range(0, len(rows), 4):
            out.add_table(pa.Table.from_pylist(rows[start : start + 4], schema=SCHEMA))
    written = pq.ParquetFile(tmp_path / "x.parquet")
    assert written.num_row_groups > -(-len(rows) // 16)
    assert all(written.metadata.row_group(k).num_rows <= 16 for k in range(written.num_row_groups))
    assert written.read().to_pylist() == rows


NESTED = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("score", pa.float64()),
        pa.field("bio", pa.struct([pa.field("name", pa.string(), nullable=False), pa.field("n", pa.int64())])),
        pa.field(
            "facts",
            pa.list_(
                pa.field(
                    "item",
                    pa.struct([pa.field("ok", pa.bool_(), nullable=False), pa.field("tags", pa.list_(pa.string()))]),
                    nullable=False,
                )
            ),
            nullable=False,
        ),
    ]
)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "id": _TEXT,
            "score": st.none() | st.floats(allow_nan=False, allow_infinity=False),
            "bio": st.none()
            | st.fixed_dictionaries({"name": _TEXT, "n": st.none() | st.integers(-(2**63), 2**63 - 1)}),
            "facts": st.lists(
                st.fixed_dictionaries({"ok": st.booleans(), "tags": st.none() | st.lists(st.none() | _TEXT)}),
                max_size=3,
            ),
        }
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(_ROWS)
def test_arrow_table_equals_from_pylist(rows: list[dict[str, object]]) -> None:
    """Null structs with required fields, nested lists, floats, unicode: the same table and Parquet bytes."""
    table = sink.arrow_table([sink.json_line(row) for row in rows], NESTED)
    expected = pa.Table.from_pylist(rows, schema=NESTED)
    table.validate(full=True)
    assert table.schema == NESTED and table.equals(expected)
    ours, theirs = io.BytesIO(), io.BytesIO()
    pq.write_table(table, ours, **PARQUET_OPTIONS)
    pq.write_table(expected, theirs, **PARQUET_OPTIONS)
    assert ours.getvalue() == theirs.getvalue()


def test_arrow_table_refuses_a_field_the_schema_does_not_know() -> None:
    with pytest.raises(pa.ArrowInvalid):
        sink.arrow_table([sink.json_line({"id": "a", "facts": [], "extra": 1})], NESTED)


def test_the_writer_never_imports_pandas(tmp_path: Path) -> None:
    """pyarrow imports pandas on any conversion from Python objects; the build's main process avoids them."""
    code = (
        "import sys; from pathlib import Path; from azpk_corpus import runner; "
        f"runner.build(Path({str(SEEDS)!r}), Path({str(tmp_path / 'out')!r}), workers=1); "
        "assert 'pandas' not in sys.modules, 'pandas was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
