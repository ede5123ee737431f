"""``azpk-corpus validate DIR``: check a built folder fully, not cheaply as the loader does.

Checks every file against ``manifest.json`` (present, size, sha256, rows, nothing unlisted),
every Parquet file's Arrow schema, every record against the JSON Schema of its config,
the card's YAML header against ``hub_card.schema.json``, and ``croissant.json``'s checksums.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from .card import DATA_FILES, split_card
from .croissant import CROISSANT_NAME
from .errors import DataNotFoundError
from .manifest import MANIFEST_NAME, Manifest, count_rows, read_manifest, sha256_file
from .writer import CARD_NAME, REJECTS_NAME

HUB_CARD_SCHEMA = "hub_card.schema.json"


@dataclass
class ValidationReport:
    """What ``validate_folder`` checked and every problem it found (one line each, naming the file)."""

    folder: Path
    files: int = 0
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def hub_card_schema() -> dict[str, Any]:
    """The JSON Schema the dataset card's YAML header must satisfy."""
    schema: dict[str, Any] = json.loads(files(__package__).joinpath(HUB_CARD_SCHEMA).read_text(encoding="utf-8"))
    return schema


def card_problems(text: str) -> list[str]:
    """Problems of a dataset card's YAML header (empty when it is valid)."""
    import jsonschema

    try:
        header, _ = split_card(text)
    except ValueError as exc:
        return [str(exc)]
    validator = jsonschema.Draft202012Validator(hub_card_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(header)]


def validate_folder(folder: Path) -> ValidationReport:
    """Check ``folder`` fully; raises only when it holds no manifest (nothing to check against)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataNotFoundError(f"{folder}: not a folder; pass a folder written by 'azpk-corpus build'")
    manifest = read_manifest(folder)
    report = ValidationReport(folder)
    listed = {entry.path for entry in manifest.files}
    present = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }
    for extra in sorted(present - listed - {MANIFEST_NAME}):
        report.problems.append(f"{folder / extra}: not listed in {MANIFEST_NAME}; remove it or rebuild the folder")
    for entry in manifest.files:
        path = folder / entry.path
        report.files += 1
        if not path.is_file():
            report.problems.append(f"{path}: missing (listed in {MANIFEST_NAME})")
            continue
        if path.stat().st_size != entry.size:
            report.problems.append(f"{path}: {path.stat().st_size} bytes, {MANIFEST_NAME} says {entry.size}")
        elif sha256_file(path) != entry.sha256:
            report.problems.append(f"{path}: sha256 differs from {MANIFEST_NAME}: the file was changed")
        try:
            rows = count_rows(path)
        except Exception as exc:  # any reader failure is a finding about this file, not a crash
            report.problems.append(f"{path}: cannot be read ({exc})")
            continue
        if rows != entry.rows:
            report.problems.append(f"{path}: {rows} rows, {MANIFEST_NAME} says {entry.rows}")
    for config, rel in DATA_FILES.items():
        if (folder / rel).is_file():
            report.records += _check_records(folder / rel, config, report.problems)
    _check_sidecars(folder, manifest, report.problems)
    return report


def _check_records(path: Path, config: str, problems: list[str]) -> int:
    """Validate the Arrow schema and every record of one Parquet file; returns the records checked."""
    import jsonschema
    import pyarrow.parquet as pq

    from .arrow_schema import schemas
    from .schema import json_schemas

    try:
        table = pq.read_table(path)
    except Exception as exc:  # corrupt file: report it, check the rest
        problems.append(f"{path}: not a readable Parquet file ({exc})")
        return 0
    if not table.schema.equals(schemas()[config]):
        problems.append(f"{path}: Arrow schema differs from config {config!r} of this version")
    validator = jsonschema.Draft202012Validator(json_schemas()[config])
    for number, row in enumerate(table.to_pylist()):
        for error in validator.iter_errors(json.loads(json.dumps(row))):
            where = "/".join(map(str, error.absolute_path)) or "(record)"
            problems.append(f"{path}: record {number} at {where}: {error.message}")
    return int(table.num_rows)


def _check_sidecars(folder: Path, manifest: Manifest, problems: list[str]) -> None:
    """The card's YAML header, croissant.json's checksums (against the manifest, whose own were
    checked against the files already) and rejects.jsonl's lines."""
    card = folder / CARD_NAME
    if card.is_file():
        problems += [f"{card}: YAML header: {p}" for p in card_problems(card.read_text(encoding="utf-8"))]
    croissant = folder / CROISSANT_NAME
    if croissant.is_file():
        try:
            document = json.loads(croissant.read_text(encoding="utf-8"))
            for obj in document["distribution"]:
                entry = manifest.entry(obj["contentUrl"])
                if entry is None or entry.sha256 != obj["sha256"]:
                    problems.append(f"{croissant}: sha256 of {obj['contentUrl']} differs from {MANIFEST_NAME}")
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{croissant}: not a Croissant document this package wrote ({exc})")
    rejects = folder / REJECTS_NAME
    if rejects.is_file():
        for number, line in enumerate(rejects.read_text(encoding="utf-8").splitlines(), 1):
            try:
                record = json.loads(line)
                ok = isinstance(record, dict) and {"file", "reason", "message"} <= set(record)
            except ValueError:
                ok = False
            if not ok:
                problems.append(f"{rejects}: line {number} is not a reject record (file, reason, message)")
