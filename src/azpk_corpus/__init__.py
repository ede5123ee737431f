"""azpk-corpus: articles on Azerbaijan-Pakistan relations as schema-validated records.

>>> from azpk_corpus import load_corpus
>>> corpus = load_corpus()          # the shipped corpus, as pydantic records
>>> corpus[0].title, corpus[0].facts[0].dates

Names are imported on first use (PEP 562), so ``import azpk_corpus`` stays cheap and
never imports ``datasets`` or ``pyarrow``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .diff import CorpusDiff, diff_folders
    from .errors import (
        AzpkError,
        CatalogError,
        DataFormatError,
        DataNotFoundError,
        OutputDirError,
        SourceDirError,
        UsageError,
    )
    from .explore import render_report
    from .loader import Corpus, dataset_dir, load_corpus
    from .manifest import Manifest
    from .models import (
        SCHEMA_VERSION,
        Article,
        Author,
        AuthorRow,
        ClaimGroup,
        ClaimMember,
        DateMention,
        DateRange,
        Entity,
        Fact,
        FactRow,
        Quantity,
        RemovedLine,
    )
    from .pipeline.article import process
    from .pipeline.types import CatalogEntry, RawDocument, Reject
    from .runner import BuildReport, build
    from .validate import ValidationReport, validate_folder

__all__ = [  # noqa: RUF022 - sorted case-insensitively, as tests/test_exported_members.py checks
    "__version__",
    "Article",
    "Author",
    "AuthorRow",
    "AzpkError",
    "build",
    "BuildReport",
    "CatalogEntry",
    "CatalogError",
    "ClaimGroup",
    "ClaimMember",
    "Corpus",
    "CorpusDiff",
    "DataFormatError",
    "DataNotFoundError",
    "dataset_dir",
    "DateMention",
    "DateRange",
    "diff_folders",
    "Entity",
    "Fact",
    "FactRow",
    "load_corpus",
    "Manifest",
    "OutputDirError",
    "process",
    "Quantity",
    "RawDocument",
    "Reject",
    "RemovedLine",
    "render_report",
    "SCHEMA_VERSION",
    "SourceDirError",
    "UsageError",
    "validate_folder",
    "ValidationReport",
]

_HOMES = {
    "errors": (
        "AzpkError",
        "CatalogError",
        "DataFormatError",
        "DataNotFoundError",
        "OutputDirError",
        "SourceDirError",
        "UsageError",
    ),
    "diff": ("CorpusDiff", "diff_folders"),
    "explore": ("render_report",),
    "manifest": ("Manifest",),
    "validate": ("ValidationReport", "validate_folder"),
    "loader": ("Corpus", "dataset_dir", "load_corpus"),
    "models": (
        "SCHEMA_VERSION",
        "Article",
        "Author",
        "AuthorRow",
        "ClaimGroup",
        "ClaimMember",
        "DateMention",
        "DateRange",
        "Entity",
        "Fact",
        "FactRow",
        "Quantity",
        "RemovedLine",
    ),
    "pipeline.article": ("process",),
    "pipeline.types": ("CatalogEntry", "RawDocument", "Reject"),
    "runner": ("BuildReport", "build"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'azpk_corpus' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
