"""The corpus shipped in the package: fresh against seeds/, valid, loadable both ways offline.

Stale? Rebuild it with: azpk-corpus build seeds src/azpk_corpus/data
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from azpk_corpus import dataset_dir, load_corpus
from azpk_corpus.card import DATA_FILES
from azpk_corpus.schema import json_schemas

REBUILD = "shipped data is stale: run 'azpk-corpus build seeds src/azpk_corpus/data' and review the diff"


@pytest.mark.parametrize("config", sorted(DATA_FILES))
def test_shipped_records_equal_a_fresh_build(config: str, built_seeds: Path) -> None:
    shipped = pq.read_table(dataset_dir() / DATA_FILES[config])
    fresh = pq.read_table(built_seeds / DATA_FILES[config])
    assert shipped.to_pylist() == fresh.to_pylist(), REBUILD


def test_shipped_card_and_rejects_equal_a_fresh_build(built_seeds: Path) -> None:
    for name in ("README.md", "rejects.jsonl"):
        assert (dataset_dir() / name).read_text(encoding="utf-8") == (built_seeds / name).read_text(encoding="utf-8"), (
            REBUILD
        )


@pytest.mark.parametrize("config", sorted(DATA_FILES))
def test_every_shipped_record_validates_against_the_json_schema(config: str) -> None:
    validator = jsonschema.Draft202012Validator(json_schemas()[config])
    rows = pq.read_table(dataset_dir() / DATA_FILES[config]).to_pylist()
    assert rows
    for row in rows:
        validator.validate(json.loads(json.dumps(row)))


def test_load_corpus_default_is_the_shipped_data() -> None:
    corpus = load_corpus()
    assert len(corpus) == 5 and corpus.path == dataset_dir()
    assert corpus[0].title and corpus[0].facts


@pytest.mark.parametrize("config", sorted(DATA_FILES))
def test_load_dataset_offline(config: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    ds = datasets.load_dataset(str(dataset_dir()), config, split="train", cache_dir=str(tmp_path))
    assert ds.num_rows == pq.read_metadata(dataset_dir() / DATA_FILES[config]).num_rows
    assert ds.column_names == pq.read_schema(dataset_dir() / DATA_FILES[config]).names


def test_shipped_manifest_matches_a_fresh_build(built_seeds: Path) -> None:
    """Same inputs, versions and row counts; Parquet checksums may differ only with another pyarrow."""
    from azpk_corpus.manifest import read_manifest

    shipped, fresh = read_manifest(dataset_dir()), read_manifest(built_seeds)
    assert (shipped.version, shipped.schema_version, shipped.inputs) == (
        fresh.version,
        fresh.schema_version,
        fresh.inputs,
    ), REBUILD
    assert [(f.path, f.rows) for f in shipped.files] == [(f.path, f.rows) for f in fresh.files], REBUILD
    if shipped.writer == fresh.writer:
        assert shipped.files == fresh.files, REBUILD


def test_shipped_croissant_matches_a_fresh_build(built_seeds: Path) -> None:
    def strip(path: Path) -> dict[str, object]:
        data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        for obj in data["distribution"]:  # type: ignore[attr-defined]
            obj.pop("sha256"), obj.pop("contentSize")
        return data

    assert strip(dataset_dir() / "croissant.json") == strip(built_seeds / "croissant.json"), REBUILD
