"""azpk-corpus validate: a full check of a built folder; every problem names its file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from azpk_corpus import DataNotFoundError, validate_folder
from azpk_corpus.card import split_card
from azpk_corpus.cli import main
from azpk_corpus.manifest import MANIFEST_NAME
from azpk_corpus.validate import card_problems


def test_a_fresh_build_is_valid(built_seeds: Path) -> None:
    report = validate_folder(built_seeds)
    assert report.ok, report.problems
    assert report.files == 7 and report.records == 5 + 44 + 6 + 6


def test_the_shipped_data_is_valid() -> None:
    from azpk_corpus import dataset_dir

    assert validate_folder(dataset_dir()).problems == []


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda d: _flip_byte(d / "facts" / "train.parquet"), r"facts/train\.parquet: sha256 differs"),
        (lambda d: (d / "rejects.jsonl").write_text("oops\n"), r"rejects\.jsonl: \d+ bytes, manifest\.json says 0"),
        (lambda d: (d / "authors" / "train.parquet").unlink(), r"authors/train\.parquet: missing"),
        (lambda d: (d / "notes.txt").write_text("x"), r"notes\.txt: not listed in manifest\.json"),
        (lambda d: _flip_byte(d / "croissant.json"), r"croissant\.json: sha256 differs"),
    ],
)
def test_damage_is_found_and_names_the_file(copy: Path, damage: Any, expected: str) -> None:
    damage(copy)
    report = validate_folder(copy)
    assert not report.ok
    assert any(__import__("re").search(expected, p) for p in report.problems), report.problems


def test_an_invalid_record_is_found(copy: Path) -> None:
    """A record the JSON Schema refuses is reported with its number and field, even when checksums match."""
    import pyarrow.parquet as pq

    from azpk_corpus.manifest import inputs_digest, make_manifest, write_manifest
    from azpk_corpus.writer import PARQUET_OPTIONS, writer_settings

    path = copy / "facts" / "train.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[3]["start"] = -5
    pq.write_table(table.from_pylist(rows, schema=table.schema), path, **PARQUET_OPTIONS)
    write_manifest(copy, make_manifest(copy, inputs_digest([]), writer_settings()))
    problems = validate_folder(copy).problems
    assert any("facts/train.parquet: record 3 at start" in p for p in problems), problems


def test_no_manifest_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match=MANIFEST_NAME):
        validate_folder(tmp_path)


def _header(built: Path) -> dict[str, Any]:
    header, _ = split_card((built / "README.md").read_text(encoding="utf-8"))
    return header


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda h: h.pop("license"), "'license' is a required property"),
        (lambda h: h.update(size_categories=["tiny"]), "size_categories/0"),
        (lambda h: h.update(licence="mit"), "Additional properties are not allowed"),
        (lambda h: h["configs"][0].pop("data_files"), "configs/0"),
        (
            lambda h: h["dataset_info"][0]["features"].append({"name": "x", "dtype": "float16"}),
            "dataset_info/0/features",
        ),
    ],
)
def test_card_header_schema_refuses(built_seeds: Path, edit: Any, expected: str) -> None:
    import yaml

    header = _header(built_seeds)
    edit(header)
    problems = card_problems(f"---\n{yaml.safe_dump(header)}---\n\nbody")
    assert any(expected in p for p in problems), problems


def test_card_without_header() -> None:
    assert card_problems("# no YAML here") == ["the card does not start with a '---' YAML block"]


def test_cli_exit_codes(copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(copy)]) == 0
    assert "valid; 7 files and 61 records checked" in capsys.readouterr().out
    _flip_byte(copy / "claims" / "train.parquet")
    assert main(["validate", str(copy)]) == 1
    captured = capsys.readouterr()
    assert "INVALID" in captured.out and "claims/train.parquet" in captured.err
    assert main(["validate", str(tmp_path / "nowhere")]) == 2


def test_manifest_is_json_sorted_and_without_timestamps(built_seeds: Path) -> None:
    text = (built_seeds / MANIFEST_NAME).read_text(encoding="utf-8")
    data = json.loads(text)
    assert list(data) == sorted(data) and not any(k in text for k in ("time", 'date"'))


def test_croissant_checksum_is_held_against_the_manifest(copy: Path) -> None:
    from azpk_corpus.manifest import inputs_digest, make_manifest, write_manifest
    from azpk_corpus.writer import writer_settings

    path = copy / "croissant.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["distribution"][0]["sha256"] = "0" * 64
    path.write_text(json.dumps(document), encoding="utf-8")
    write_manifest(
        copy, make_manifest(copy, inputs_digest([]), writer_settings())
    )  # the manifest agrees with the files
    problems = validate_folder(copy).problems
    assert problems == [f"{path}: sha256 of {document['distribution'][0]['contentUrl']} differs from manifest.json"]
