from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from azpk_corpus import Article, DataFormatError, DataNotFoundError, load_corpus


def test_load_built_folder(built_seeds: Path) -> None:
    corpus = load_corpus(built_seeds)
    assert len(corpus) == 5 and all(isinstance(a, Article) for a in corpus)
    first = corpus[0]
    assert corpus.get(first.id) is first
    assert len(corpus.facts) == sum(len(a.facts) for a in corpus)
    assert {f.article_id for f in corpus.facts} <= {a.id for a in corpus}
    assert sorted(a.name for a in corpus.authors) == sorted({x.name for a in corpus for x in a.authors})


def test_to_pandas(built_seeds: Path) -> None:
    frame = load_corpus(built_seeds).to_pandas("facts")
    assert len(frame) == len(load_corpus(built_seeds).facts)
    with pytest.raises(ValueError, match="unknown config"):
        load_corpus(built_seeds).to_pandas("nope")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match="azpk-corpus build"):
        load_corpus(tmp_path)


def test_corrupt_parquet_names_the_file(built_seeds: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_seeds, copy)
    (copy / "articles" / "train.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(DataFormatError, match=r"train\.parquet"):
        load_corpus(copy)


def test_the_data_version_is_visible_at_run_time() -> None:
    import azpk_corpus

    corpus = load_corpus()
    assert corpus.version == azpk_corpus.__version__ and corpus.manifest is not None
    assert f"version {azpk_corpus.__version__}" in repr(corpus)
    assert {a.provenance.builder_version for a in corpus} == {azpk_corpus.__version__}


def _rewrite(folder: Path, edit: Callable[[pa.Table], pa.Table]) -> None:
    """Change the articles file and write a manifest that agrees with it (so only the records are wrong)."""
    import pyarrow.parquet as pq

    from azpk_corpus.manifest import inputs_digest, make_manifest, write_manifest
    from azpk_corpus.writer import PARQUET_OPTIONS, writer_settings

    path = folder / "articles" / "train.parquet"
    pq.write_table(edit(pq.read_table(path)), path, **PARQUET_OPTIONS)
    write_manifest(folder, make_manifest(folder, inputs_digest([]), writer_settings()))


def test_records_are_made_on_access_and_iteration_streams_the_same(built_seeds: Path) -> None:
    corpus = load_corpus(built_seeds)
    streamed = list(corpus)
    assert streamed == [corpus[i] for i in range(len(corpus))] == list(corpus[:])
    assert corpus[-1] is corpus[len(corpus) - 1] and corpus[1:3] == streamed[1:3]
    assert corpus.get(streamed[2].id) == streamed[2] and corpus.get("no such id") is None
    with pytest.raises(IndexError):
        corpus[len(corpus)]


def test_a_folder_of_another_layout_is_refused_at_load(built_seeds: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_seeds, copy)
    _rewrite(copy, lambda t: t.drop_columns(["section"]))
    with pytest.raises(DataFormatError, match=r"articles/train\.parquet: columns do not match.*section"):
        load_corpus(copy)


def test_an_invalid_record_is_refused_when_it_is_read(built_seeds: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_seeds, copy)

    def bad_id(table: pa.Table) -> pa.Table:
        index = table.schema.get_field_index("id")
        values = table.column("id").to_pylist()
        values[3] = "not an id"
        return table.set_column(index, table.schema.field(index), pa.array(values, pa.string()))

    _rewrite(copy, bad_id)
    corpus = load_corpus(copy)  # the layout is right: the records are checked as they are made
    assert corpus[2].id
    with pytest.raises(DataFormatError, match=r"train\.parquet: record 3 does not match"):
        corpus[3]
    with pytest.raises(DataFormatError, match="record 3"):
        list(corpus)
