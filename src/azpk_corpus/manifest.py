"""``manifest.json``: what a built folder holds, so that a copy can be verified and pinned.

Every file of the folder but the manifest itself is listed with its sha256, size and
row count, beside the versions that made it and a hash of the raw inputs. The loader
checks it cheaply (sizes, versions, and the sha256 of the bytes it reads anyway);
``azpk-corpus validate`` checks it fully.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._version import __version__
from .errors import DataFormatError, DataNotFoundError
from .models import SCHEMA_VERSION

MANIFEST_NAME = "manifest.json"


class FileEntry(BaseModel):
    """One file of a built folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    path: str = Field(description="POSIX path relative to the folder.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0, description="Size in bytes.")
    rows: int | None = Field(default=None, ge=0, description="Records held (Parquet rows, JSON lines); null for prose.")


class Inputs(BaseModel):
    """The raw input the folder was built from."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    files: int = Field(ge=0, description="Raw files read (built or rejected), catalog.json included.")
    sha256: str = Field(description="sha256 over the sorted (name, sha256 of bytes) of every raw file read.")


class Manifest(BaseModel):
    """The contents of ``manifest.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = "azpk-corpus"
    version: str = Field(description="azpk-corpus version that built the folder: one number for package and data.")
    schema_version: str = Field(description="Version of the record layout (models.SCHEMA_VERSION).")
    writer: dict[str, Any] = Field(description="pyarrow version and the fixed Parquet writer settings.")
    inputs: Inputs
    files: list[FileEntry]

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class InputsDigest:
    """The inputs record made as the files are read, in name order, so that a build holds no list of them.

    ``extra`` pairs (the catalog) may come in any order; they are folded in at their place by name.
    """

    def __init__(self, extra: Iterable[tuple[str, str]] = ()) -> None:
        self._digest = hashlib.sha256()
        self._waiting = sorted(extra, reverse=True)
        self._last: str | None = None
        self._count = 0

    def add(self, name: str, sha: str) -> None:
        """One file, named after the last one added (``ValueError`` otherwise: the digest would differ)."""
        while self._waiting and self._waiting[-1][0] < name:
            self._update(*self._waiting.pop())
        self._update(name, sha)

    def _update(self, name: str, sha: str) -> None:
        if self._last is not None and name <= self._last:
            raise ValueError(f"inputs must come in name order: {name!r} after {self._last!r}")
        self._digest.update(f"{name}\0{sha}\n".encode())
        self._last = name
        self._count += 1

    def result(self) -> Inputs:
        while self._waiting:
            self._update(*self._waiting.pop())
        return Inputs(files=self._count, sha256=self._digest.hexdigest())


def inputs_digest(files: Iterable[tuple[str, str]]) -> Inputs:
    """The inputs record from (file name, sha256 of its bytes) pairs, in any order."""
    digest = InputsDigest()
    for name, sha in sorted(files):
        digest.add(name, sha)
    return digest.result()


def count_rows(path: Path) -> int | None:
    """Rows of a Parquet file (from its footer) or lines of a JSON Lines file; None otherwise."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.read_metadata(path).num_rows)
    if path.suffix == ".jsonl":
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


def make_manifest(folder: Path, inputs: Inputs, writer: dict[str, Any]) -> Manifest:
    """The manifest of every file now in ``folder`` (the manifest itself excluded), sorted by path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST_NAME)
    entries = [
        FileEntry(
            path=p.relative_to(folder).as_posix(), sha256=sha256_file(p), size=p.stat().st_size, rows=count_rows(p)
        )
        for p in files
    ]
    return Manifest(version=__version__, schema_version=SCHEMA_VERSION, writer=writer, inputs=inputs, files=entries)


def write_manifest(folder: Path, manifest: Manifest) -> None:
    text = json.dumps(manifest.model_dump(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (folder / MANIFEST_NAME).write_text(text, encoding="utf-8")


def read_manifest(folder: Path) -> Manifest:
    """The folder's manifest, checked for a schema this version can read."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        raise DataNotFoundError(f"{path}: no such file (written by every build since 1.0.0); {_fix(folder)}")
    try:
        manifest = Manifest.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        raise DataFormatError(f"{path}: not a readable manifest ({exc}); rebuild the folder") from exc
    if _major(manifest.schema_version) > _major(SCHEMA_VERSION):
        raise DataFormatError(
            f"{path}: written with record schema {manifest.schema_version} by azpk-corpus {manifest.version}; "
            f"this azpk-corpus {__version__} reads schema {SCHEMA_VERSION}: upgrade with "
            f"'pip install -U azpk-corpus' (or 'pip install azpk-corpus=={manifest.version}')"
        )
    return manifest


def _major(version: str) -> int:
    try:
        return int(version.split(".", 1)[0])
    except ValueError:
        return 0


def read_verified(folder: Path, manifest: Manifest, rel: str) -> bytes:
    """The bytes of one listed file, after checking its size and sha256 against the manifest."""
    path = folder / rel
    entry = manifest.entry(rel)
    if entry is None:
        raise DataFormatError(f"{path}: not listed in {folder / MANIFEST_NAME}; rebuild the folder")
    if not path.is_file():
        raise DataNotFoundError(f"{path}: no such file, though the manifest lists it; {_fix(folder)}")
    if path.stat().st_size != entry.size:
        raise DataFormatError(
            f"{path}: {path.stat().st_size} bytes, the manifest says {entry.size}: the file is truncated or was "
            f"changed; {_fix(folder)}"
        )
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise DataFormatError(f"{path}: checksum mismatch with {MANIFEST_NAME}: the file was changed; {_fix(folder)}")
    return data


def _fix(folder: Path) -> str:
    from .loader import dataset_dir

    if folder.resolve() == dataset_dir().resolve():
        return "reinstall the package: pip install --force-reinstall azpk-corpus"
    return "rebuild the folder with 'azpk-corpus build' or copy it again"
