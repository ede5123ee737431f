"""The optional catalog: what a page's text cannot tell (URL, publisher, date), per file.

``catalog.json`` in the source folder maps a raw file's name to an object with any of
the keys in ``CATALOG_KEYS``; a value given there wins over what the builder finds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import CatalogError
from .pipeline.types import CatalogEntry

CATALOG_NAME = "catalog.json"
CATALOG_KEYS = ("source_url", "publisher", "published_date", "section", "title")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_catalog(source_dir: Path) -> tuple[dict[str, CatalogEntry], dict[str, str]]:
    """The catalog of ``source_dir`` (empty when it has none) and a message per invalid entry.

    A file that is not a JSON object raises CatalogError: nothing can be trusted then. An entry
    with an unknown key or a bad value only costs its own article, which is rejected.
    """
    path = source_dir / CATALOG_NAME
    if not path.exists():
        return {}, {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: cannot be read as JSON ({exc}); fix it or remove it") from exc
    if not isinstance(data, dict):
        raise CatalogError(f"{path}: must be a JSON object mapping file names to entries; fix it or remove it")
    entries: dict[str, CatalogEntry] = {}
    problems: dict[str, str] = {}
    for name, entry in data.items():
        problem = _entry_problem(name, entry)
        if problem:
            problems[name] = f"{path}: {problem}"
        else:
            entries[name] = CatalogEntry(**{k: v for k, v in entry.items() if v})
    return entries, problems


def _entry_problem(name: str, entry: object) -> str | None:
    if not isinstance(entry, dict):
        return f"entry {name!r} must be an object with keys from {', '.join(CATALOG_KEYS)}"
    unknown = sorted(set(entry) - set(CATALOG_KEYS))
    if unknown:
        return f"entry {name!r} has unknown key(s) {', '.join(unknown)}; allowed: {', '.join(CATALOG_KEYS)}"
    for key, value in entry.items():
        if value is not None and not isinstance(value, str):
            return f"{name!r}.{key} must be a string or null, not {value!r}"
    date = entry.get("published_date")
    if date is not None and not _ISO_DATE.match(date):
        return f"{name!r}.published_date {date!r} is not an ISO date such as 2021-07-14"
    return None
