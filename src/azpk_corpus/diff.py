"""``azpk-corpus diff OLD NEW``: which records two built folders add, remove and change.

Records are matched by a stable key per config (article and fact ids, author names, the
matter a claim group is about) and compared field by field; the builder and schema
versions stored in every record's provenance are not counted as changes. The result
also names the version bump the README's rule asks for.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .card import DATA_FILES
from .errors import DataFormatError, DataNotFoundError

if TYPE_CHECKING:
    import pyarrow as pa

Bump = Literal["patch", "minor", "major"]
IGNORED = {("provenance", "builder_version"), ("provenance", "schema_version")}
"""Fields that change with every release and say nothing about the record."""


@dataclass
class Changed:
    key: str
    fields: list[str]
    label: str = ""


@dataclass
class ConfigDiff:
    """The difference in one config."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    unchanged: int = 0
    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)


@dataclass
class CorpusDiff:
    """The difference between two built folders."""

    old: str
    new: str
    old_version: str | None
    new_version: str | None
    configs: dict[str, ConfigDiff]

    @property
    def bump(self) -> Bump:
        """The smallest version bump the README's rule allows for this difference."""
        diffs = self.configs.values()
        if any(d.removed or d.changed or d.fields_removed for d in diffs):
            return "major"
        if any(d.added or d.fields_added for d in diffs):
            return "minor"
        return "patch"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "bump": self.bump}


def _key(config: str, row: dict[str, Any], seen: Counter[str]) -> str:
    if config == "authors":
        key = str(row["name"]).casefold()
    elif config == "claims":
        key = f"{row['kind']}/{row['attribute']}/{'+'.join(row['participants'])}"
    else:
        key = str(row["id"])
    seen[key] += 1
    return key if seen[key] == 1 else f"{key}#{seen[key]}"


_LABELS = {"articles": "source_file", "facts": "article_id", "claims": "id"}


def _label(config: str, row: dict[str, Any]) -> str:
    column = _LABELS.get(config)
    return str(row[column]) if column else ""


def _same(old: Any, new: Any) -> bool:
    """Equal, except that keys only ``new`` has (fields added since) do not count."""
    if isinstance(old, dict) and isinstance(new, dict):
        return all(k in new and _same(v, new[k]) for k, v in old.items())
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    return bool(old == new)


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Fields of a record whose value changed (fields added since are not changes; removed ones are)."""
    names = []
    for name in sorted(old):
        a, b = old[name], new.get(name)
        if isinstance(a, dict) and isinstance(b, dict):
            names += [f"{name}.{k}" for k in sorted(a) if (name, k) not in IGNORED and not _same(a[k], b.get(k))]
        elif name not in new or not _same(a, b):
            names.append(name)
    return names


def field_paths(schema: pa.Schema) -> list[str]:
    """Every field of an Arrow schema as a dotted path, nested struct members included."""
    import pyarrow as pa

    def walk(prefix: str, typ: pa.DataType) -> list[str]:
        inner = typ.value_type if pa.types.is_list(typ) else typ
        if not pa.types.is_struct(inner):
            return []
        return [p for f in inner for p in [f"{prefix}.{f.name}", *walk(f"{prefix}.{f.name}", f.type)]]

    return [p for f in schema for p in [f.name, *walk(f.name, f.type)]]


def _read(folder: Path, config: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The field paths and rows of one config (none when the folder predates the config)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = folder / DATA_FILES[config]
    if not path.is_file():
        return [], []
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise DataFormatError(f"{path}: not a readable Parquet file ({exc}); rebuild the folder") from exc
    return field_paths(table.schema), table.to_pylist()


def _version(folder: Path) -> str | None:
    """The folder's version: its manifest's, else (folders older than manifests) a record's provenance."""
    import pyarrow.parquet as pq

    try:
        return str(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    rows = pq.read_table(folder / DATA_FILES["articles"], columns=["provenance"]).slice(0, 1).to_pylist()
    return str(rows[0]["provenance"]["builder_version"]) if rows else None


def _outermost(paths: list[str], other: list[str]) -> list[str]:
    """Paths missing from ``other``, without the members of a struct that is itself missing."""
    missing = [p for p in paths if p not in set(other)]
    return [p for p in missing if not any(p.startswith(f"{q}.") for q in missing)]


def diff_folders(old: Path, new: Path) -> CorpusDiff:
    """Compare the records of two built folders (of any schema version this package can read as Parquet)."""
    for folder in (old, new):
        if not (folder / DATA_FILES["articles"]).is_file():
            raise DataNotFoundError(
                f"{folder}: holds no {DATA_FILES['articles']}; pass folders written by 'azpk-corpus build'"
            )
    configs = {}
    for config in DATA_FILES:
        old_cols, old_rows = _read(old, config)
        new_cols, new_rows = _read(new, config)
        seen_old, seen_new = Counter[str](), Counter[str]()
        before = {_key(config, r, seen_old): r for r in old_rows}
        after = {_key(config, r, seen_new): r for r in new_rows}
        d = ConfigDiff(
            added=sorted(after.keys() - before.keys()),
            removed=sorted(before.keys() - after.keys()),
            fields_added=_outermost(new_cols, old_cols) if old_cols else [],
            fields_removed=_outermost(old_cols, new_cols) if new_cols else [],
        )
        for key in sorted(before.keys() & after.keys()):
            fields = _changed_fields(before[key], after[key])
            if fields:
                d.changed.append(Changed(key, fields, _label(config, after[key])))
            else:
                d.unchanged += 1
        configs[config] = d
    return CorpusDiff(str(old), str(new), _version(old), _version(new), configs)


def render_text(diff: CorpusDiff, limit: int = 20) -> str:
    """A readable summary: counts per config, then the records (first ``limit`` of each kind)."""
    lines = [
        f"old: {diff.old} ({diff.old_version or 'version unknown'})",
        f"new: {diff.new} ({diff.new_version or 'version unknown'})",
    ]
    for config, d in diff.configs.items():
        lines.append(
            f"{config}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed, {d.unchanged} unchanged"
        )
        if d.fields_added or d.fields_removed:
            lines += [f"  fields: +{p}" for p in d.fields_added] + [f"  fields: -{p}" for p in d.fields_removed]
        for sign, keys in (("+", d.added), ("-", d.removed)):
            lines += [f"  {sign} {k}" for k in keys[:limit]] + (
                [f"  … {len(keys) - limit} more"] if len(keys) > limit else []
            )
        for c in d.changed[:limit]:
            lines.append(f"  ~ {c.key}{f' ({c.label})' if c.label else ''}: {', '.join(c.fields)}")
        if len(d.changed) > limit:
            lines.append(f"  … {len(d.changed) - limit} more changed")
    lines.append(f"version bump the rule asks for: {diff.bump}")
    return "\n".join(lines)


def render_markdown(diff: CorpusDiff) -> str:
    """The CHANGELOG's data section for a release, written from the diff."""
    lines = ["### Data", "", f"`azpk-corpus diff` of the shipped corpus, {diff.old_version or 'previous'} → "
             f"{diff.new_version or 'this build'} (version bump by the rule: **{diff.bump}**):", ""]  # fmt: skip
    for config, d in diff.configs.items():
        parts = [
            f"{len(d.added)} added",
            f"{len(d.removed)} removed",
            f"{len(d.changed)} changed",
            f"{d.unchanged} unchanged",
        ]
        lines.append(f"- `{config}`: {', '.join(parts)}.")
        if d.fields_added:
            lines.append(f"  - New fields: {', '.join(f'`{c}`' for c in d.fields_added)}.")
        if d.fields_removed:
            lines.append(f"  - Removed fields: {', '.join(f'`{c}`' for c in d.fields_removed)}.")
        fields = Counter(f for c in d.changed for f in c.fields)
        if fields:
            lines.append(
                "  - Changed fields (records): " + ", ".join(f"`{f}` ({n})" for f, n in fields.most_common()) + "."
            )
    return "\n".join(lines) + "\n"
