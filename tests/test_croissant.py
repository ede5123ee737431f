"""croissant.json: valid Croissant 1.1 (checked by mlcroissant) and readable record by record through it."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import mlcroissant as mlc
import pyarrow.parquet as pq
import pytest

from azpk_corpus.card import DATA_FILES
from azpk_corpus.croissant import CROISSANT_NAME


@pytest.fixture(scope="module")
def document(built_seeds: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((built_seeds / CROISSANT_NAME).read_text(encoding="utf-8"))
    return data


def test_mlcroissant_validates_without_errors(built_seeds: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    dataset = mlc.Dataset(str(built_seeds / CROISSANT_NAME))  # raises ValidationError on any error
    assert dataset.metadata.name == "azpk-corpus"
    assert "not standard" not in caplog.text  # the @context is the standard 1.1 one


def test_files_carry_their_sha256(built_seeds: Path, document: dict[str, object]) -> None:
    objects = {o["contentUrl"]: o for o in document["distribution"]}  # type: ignore[attr-defined]
    assert set(objects) == set(DATA_FILES.values())
    for rel, obj in objects.items():
        assert obj["sha256"] == hashlib.sha256((built_seeds / rel).read_bytes()).hexdigest()
    assert document["conformsTo"] == "http://mlcommons.org/croissant/1.1"


@pytest.mark.parametrize("config", sorted(DATA_FILES))
def test_records_read_through_croissant_equal_the_parquet(built_seeds: Path, config: str) -> None:
    dataset = mlc.Dataset(str(built_seeds / CROISSANT_NAME))
    records = list(dataset.records(config))
    rows = pq.read_table(built_seeds / DATA_FILES[config]).to_pylist()
    assert len(records) == len(rows)
    first, row = records[0], rows[0]
    for column, value in row.items():
        key = f"{config}/{column}"
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict) for v in value)):
            continue  # nested members are compared below
        got = first[key]
        got = [v.decode() if isinstance(v, bytes) else v for v in got] if isinstance(got, list) else got
        assert (got.decode() if isinstance(got, bytes) else got) == value, key


def test_nested_members_read_through_croissant(built_seeds: Path) -> None:
    dataset = mlc.Dataset(str(built_seeds / CROISSANT_NAME))
    record = next(iter(dataset.records("articles")))
    row = pq.read_table(built_seeds / DATA_FILES["articles"]).to_pylist()[0]
    names = [a["articles/authors/name"].decode() for a in record["articles/authors"]]
    assert names == [a["name"] for a in row["authors"]]
    assert record["articles/provenance"]["articles/provenance/raw_sha256"].decode() == row["provenance"]["raw_sha256"]


def test_members_it_cannot_describe_are_named(document: dict[str, object]) -> None:
    facts = next(r for r in document["recordSet"] if r["@id"] == "facts")  # type: ignore[attr-defined]
    assert "dates.range" in facts["description"]
