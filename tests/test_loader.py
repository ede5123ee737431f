from __future__ import annotations

import shutil
from pathlib import Path

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
