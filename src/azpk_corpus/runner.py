"""The build runner: owns iteration, counting and all file I/O around the pure pipeline.

Output is written to a temporary folder beside OUT_DIR and renamed into place only
when complete, so a failed or killed build never leaves a half-written corpus.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .card import DATA_FILES
from .catalog import CATALOG_NAME, read_catalog
from .errors import OutputDirError, SourceDirError
from .manifest import inputs_digest
from .models import Article
from .pipeline.article import process
from .pipeline.types import CatalogEntry, RawDocument, Reject
from .writer import CARD_NAME, write_corpus

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, source_file) after each article."""


@dataclass
class BuildReport:
    """What a build did: counts, rejects and notes for the user."""

    out_dir: Path
    built: int = 0
    rejects: list[Reject] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejects)


def source_files(source_dir: Path) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` files to build, sorted by name, and notes on what was skipped."""
    if not source_dir.is_dir():
        raise SourceDirError(f"{source_dir}: not a folder; pass the folder that holds the raw .txt articles")
    files, skipped = [], Counter[str]()
    for path in sorted(source_dir.iterdir()):
        if path.name == CATALOG_NAME or path.name.startswith("."):
            continue
        if path.is_dir():
            skipped["sub-folders"] += 1
        elif path.suffix.lower() != ".txt":
            skipped["non-.txt files"] += 1
        else:
            files.append(path)
    if not files:
        raise SourceDirError(f"{source_dir}: holds no *.txt article; point the builder at a folder of raw .txt pages")
    notes = [f"skipped {n} {what} in {source_dir}" for what, n in sorted(skipped.items())]
    return files, notes


def _read(path: Path, entry: CatalogEntry) -> RawDocument | Reject:
    try:
        return RawDocument(path.name, path.read_bytes(), entry)
    except OSError as exc:
        return Reject(path.name, "unreadable", f"{path}: cannot be read ({exc.strerror}); check its permissions")


def _catalog_digest(source_dir: Path) -> list[tuple[str, str]]:
    path = source_dir / CATALOG_NAME
    return [(CATALOG_NAME, hashlib.sha256(path.read_bytes()).hexdigest())] if path.is_file() else []


def is_corpus_dir(path: Path) -> bool:
    """A folder a previous build wrote (so a new build may replace it)."""
    return (path / CARD_NAME).is_file() and (path / DATA_FILES["articles"]).is_file()


def _check_out_dir(out_dir: Path, force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputDirError(f"{out_dir}: exists and is not a folder; choose another OUT_DIR")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_corpus_dir(out_dir) and not force:
        raise OutputDirError(
            f"{out_dir}: exists and is not a corpus folder; choose an empty or new OUT_DIR, or pass --force to replace it"
        )


def _swap_into_place(tmp: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``tmp`` with renames only: the old folder stays whole until the new one is in place."""
    if not out_dir.exists():
        os.replace(tmp, out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    os.replace(out_dir, old)
    try:
        os.replace(tmp, out_dir)
    except OSError:
        os.replace(old, out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def build(
    source_dir: Path,
    out_dir: Path,
    *,
    force: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Build a corpus folder at ``out_dir`` from the raw articles in ``source_dir``.

    With ``strict``, any rejected file means nothing is written (``out_dir`` is left as it was).
    """
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    catalog = read_catalog(source_dir)
    files, notes = source_files(source_dir)
    _check_out_dir(out_dir, force)
    report = BuildReport(out_dir=out_dir, notes=notes)
    missing = sorted(set(catalog) - {p.name for p in files})
    if missing:
        report.notes.append(f"{source_dir / CATALOG_NAME}: no file for catalog entries {', '.join(missing)}")
    articles: list[Article] = []
    digests = _catalog_digest(source_dir)
    for done, path in enumerate(files, 1):
        raw = _read(path, catalog.get(path.name, CatalogEntry()))
        digests.append(
            (path.name, hashlib.sha256(raw.data).hexdigest() if isinstance(raw, RawDocument) else "unreadable")
        )
        result = process(raw) if isinstance(raw, RawDocument) else raw
        if isinstance(result, Reject):
            report.rejects.append(result)
        else:
            articles.append(result)
        if progress:
            progress(done, len(files), path.name)
    report.built = len(articles)
    if strict and report.rejects:
        return report
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        write_corpus(articles, report.rejects, tmp, inputs_digest(digests))
        _swap_into_place(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report
