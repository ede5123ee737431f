from __future__ import annotations

import json
from pathlib import Path

import pytest

from azpk_corpus.catalog import read_catalog
from azpk_corpus.errors import CatalogError
from azpk_corpus.pipeline.types import CatalogEntry

from .conftest import SEEDS


def test_seed_catalog() -> None:
    catalog, problems = read_catalog(SEEDS)
    assert problems == {}
    assert catalog["004_550666601f20724a.txt"].published_date == "2021-07-14"
    assert catalog["002_8c90b5713dfeea6d.txt"] == CatalogEntry()  # nulls: not known, not guessed


def test_no_catalog_is_fine(tmp_path: Path) -> None:
    assert read_catalog(tmp_path) == ({}, {})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot be read as JSON"),
        ("[]", "must be a JSON object"),
        (b"\xff\xfe{".decode("latin-1"), "cannot be read as JSON"),
    ],
)
def test_unreadable_catalog_is_fatal_and_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "catalog.json").write_text(content)
    with pytest.raises(CatalogError, match=message) as err:
        read_catalog(tmp_path)
    assert "catalog.json" in str(err.value)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"url": "x"}, "unknown key(s) url; allowed: source_url"),
        ({"published_date": "July 2021"}, "not an ISO date"),
        ({"publisher": 3}, "must be a string or null"),
        ("x", "must be an object"),
    ],
)
def test_a_bad_entry_costs_only_its_own_file(tmp_path: Path, entry: object, message: str) -> None:
    (tmp_path / "catalog.json").write_text(json.dumps({"a.txt": entry, "b.txt": {"publisher": "P"}}))
    entries, problems = read_catalog(tmp_path)
    assert entries == {"b.txt": CatalogEntry(publisher="P")}
    assert list(problems) == ["a.txt"] and message in problems["a.txt"] and "catalog.json" in problems["a.txt"]
