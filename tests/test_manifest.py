"""manifest.json: what it lists, and the loader's cheap check against it (faults name the file and the fix)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from azpk_corpus import DataFormatError, DataNotFoundError, load_corpus
from azpk_corpus.manifest import MANIFEST_NAME, Manifest, inputs_digest, read_manifest
from azpk_corpus.runner import build

from .conftest import SEEDS


def test_lists_every_file_with_its_checksum_size_and_rows(built_seeds: Path) -> None:
    manifest = read_manifest(built_seeds)
    on_disk = sorted(p.relative_to(built_seeds).as_posix() for p in built_seeds.rglob("*") if p.is_file())
    assert [f.path for f in manifest.files] == [p for p in on_disk if p != MANIFEST_NAME]
    for entry in manifest.files:
        data = (built_seeds / entry.path).read_bytes()
        assert (entry.sha256, entry.size) == (hashlib.sha256(data).hexdigest(), len(data)), entry.path
    rows = {f.path: f.rows for f in manifest.files}
    assert rows["articles/train.parquet"] == 5 and rows["rejects.jsonl"] == 0 and rows["README.md"] is None
    assert manifest.inputs.files == 6  # five seeds and catalog.json


def test_records_the_versions() -> None:
    from azpk_corpus import SCHEMA_VERSION, __version__, dataset_dir

    manifest = read_manifest(dataset_dir())
    assert (manifest.version, manifest.schema_version) == (__version__, SCHEMA_VERSION)
    assert manifest.writer["parquet"]["compression"] == "zstd" and manifest.writer["pyarrow"]


@pytest.mark.parametrize(
    ("pairs", "same_as_base"),
    [
        ([("b.txt", "2"), ("a.txt", "1")], True),  # order does not matter
        ([("a.txt", "1"), ("b.txt", "3")], False),  # one file's bytes changed
        ([("a.txt", "1"), ("c.txt", "2")], False),  # a file renamed
        ([("a.txt", "1")], False),  # a file removed
    ],
)
def test_inputs_digest(pairs: list[tuple[str, str]], same_as_base: bool) -> None:
    base = inputs_digest([("a.txt", "1"), ("b.txt", "2")])
    assert (inputs_digest(pairs).sha256 == base.sha256) is same_as_base


def test_inputs_hash_follows_the_raw_bytes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    build(src, tmp_path / "a")
    path = next(src.glob("*.txt"))
    path.write_bytes(path.read_bytes() + b"\n")
    build(src, tmp_path / "b")
    assert read_manifest(tmp_path / "a").inputs.sha256 != read_manifest(tmp_path / "b").inputs.sha256


def test_missing_manifest(copy: Path) -> None:
    (copy / MANIFEST_NAME).unlink()
    with pytest.raises(DataNotFoundError, match=r"manifest\.json: no such file.*azpk-corpus build"):
        load_corpus(copy)


def test_checksum_mismatch_names_the_file(copy: Path) -> None:
    path = copy / "articles" / "train.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, other bytes
    path.write_bytes(bytes(data))
    with pytest.raises(DataFormatError, match=r"articles/train\.parquet: checksum mismatch.*rebuild"):
        load_corpus(copy)


def test_truncated_file_names_the_size(copy: Path) -> None:
    path = copy / "articles" / "train.parquet"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(DataFormatError, match=r"train\.parquet: 100 bytes, the manifest says"):
        load_corpus(copy)


def test_missing_parquet(copy: Path) -> None:
    (copy / "articles" / "train.parquet").unlink()
    with pytest.raises(DataNotFoundError, match=r"train\.parquet: no such file"):
        load_corpus(copy)


def test_newer_schema_says_upgrade(copy: Path) -> None:
    data = json.loads((copy / MANIFEST_NAME).read_text(encoding="utf-8"))
    data.update(schema_version="99.0.0", version="99.1.0")
    (copy / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFormatError, match=r"schema 99\.0\.0 by azpk-corpus 99\.1\.0.*pip install -U azpk-corpus"):
        load_corpus(copy)


def test_corrupt_manifest(copy: Path) -> None:
    (copy / MANIFEST_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(DataFormatError, match=r"manifest\.json: not a readable manifest"):
        load_corpus(copy)


def test_shipped_data_fault_says_reinstall(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import azpk_corpus.loader

    monkeypatch.setattr(azpk_corpus.loader, "dataset_dir", lambda: copy)
    (copy / "articles" / "train.parquet").write_bytes(b"x")
    with pytest.raises(DataFormatError, match="pip install --force-reinstall azpk-corpus"):
        load_corpus()


def test_manifest_model_refuses_unknown_keys() -> None:
    with pytest.raises(ValueError):
        Manifest.model_validate(
            {
                "version": "1",
                "schema_version": "1",
                "writer": {},
                "inputs": {"files": 0, "sha256": ""},
                "files": [],
                "extra": 1,
            }
        )


def test_missing_shipped_parquet_says_reinstall(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import azpk_corpus.loader

    monkeypatch.setattr(azpk_corpus.loader, "dataset_dir", lambda: copy)
    (copy / "articles" / "train.parquet").unlink()
    with pytest.raises(DataNotFoundError, match=r"train\.parquet: no such file; reinstall the package"):
        load_corpus()


def test_inputs_digest_made_in_order_with_the_catalog_folded_in() -> None:
    from azpk_corpus.manifest import InputsDigest

    pairs = [("a.txt", "1"), ("catalog.json", "c"), ("d.txt", "4"), ("z.txt", "9")]
    streamed = InputsDigest([("catalog.json", "c")])
    for name, sha in [p for p in pairs if p[0] != "catalog.json"]:
        streamed.add(name, sha)
    assert streamed.result() == inputs_digest(pairs)
    out_of_order = InputsDigest()
    out_of_order.add("b.txt", "2")
    with pytest.raises(ValueError, match="name order"):
        out_of_order.add("a.txt", "1")
