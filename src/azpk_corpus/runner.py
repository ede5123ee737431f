"""The build runner: owns iteration, counting and all file I/O around the pure pipeline.

Every raw file ends as a record or a reject with a stable reason; nothing is dropped
silently. Output safety (write beside OUT_DIR, swap in whole) lives in ``outdir.py``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import CATALOG_NAME, read_catalog
from .errors import SourceDirError, UsageError
from .manifest import InputsDigest
from .models import Article
from .outdir import check_out_dir, swap_into_place, temp_dir
from .pipeline.article import process
from .pipeline.claims import Item, may_group, statement_items
from .pipeline.dedup import Deduplicator, Fingerprint, fingerprint
from .pipeline.types import CatalogEntry, RawDocument, Reject
from .writer import CorpusWriter

MAX_BYTES = 5_000_000
"""Largest raw file read as one article page. The 890 bench pages are all under 103 kB; a file 50 times
larger is not one article, and refusing it before reading keeps memory bounded."""

CHUNK = 16
"""Most files sent to a worker at once: enough to amortise the pickling, few enough to balance the cores
(set by hand, not tuned: at ~60 ms per page a chunk is about a second of work)."""

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, source_file) after each article."""

ENGINES = ("local", "ray")
"""Who runs the per-article work: this machine's processes, or Ray Data (``ray_engine.py``)."""

Job = tuple[Path, CatalogEntry, int]
"""One raw file to build: its path, its catalog entry and the size limit."""

AHEAD = 4
"""Chunks in flight per worker. ``Executor.map`` would submit every chunk at once and hold all their jobs and
futures (about 1 kB per file); a few per worker keep the cores busy while the main process holds a bounded
number. Set by hand, not tuned."""


class Jobs(Sequence[Job]):
    """The jobs of a build, made when asked for: a build holds its file list, not a tuple and a catalog
    entry per file."""

    def __init__(self, files: Sequence[Path], catalog: dict[str, CatalogEntry], max_bytes: int) -> None:
        self._files, self._catalog, self._max_bytes = files, catalog, max_bytes

    def __len__(self) -> int:
        return len(self._files)

    def __getitem__(self, index: int) -> Job:  # type: ignore[override]  # slices are not needed
        path = self._files[index]
        return path, self._catalog.get(path.name, _NO_ENTRY), self._max_bytes


_NO_ENTRY = CatalogEntry()


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


SOURCE_SUFFIXES = (".txt", ".html", ".htm")
"""Raw pages the builder reads: text dumps, and saved HTML pages (read as their visible text, pipeline/html.py)."""


def source_files(source: Path) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` and ``*.html`` files to build, sorted by name, and one note per kind of thing skipped.

    ``source`` is a folder of raw pages, or a text file listing them one path per line (relative to
    the list's folder; blank lines and lines starting with '#' are skipped). A listed file that is
    missing becomes an ``unreadable`` reject when it is read.
    """
    if source.is_file():
        return _listed_files(source)
    if not source.is_dir():
        raise SourceDirError(f"{source}: not a folder or a file list; pass the folder that holds the raw .txt articles")
    try:
        entries = sorted(source.iterdir())
    except OSError as exc:
        raise SourceDirError(f"{source}: cannot be listed ({exc.strerror}); check its permissions") from exc
    files, skipped = [], Counter[str]()
    for path in entries:
        if path.name == CATALOG_NAME:
            continue
        if path.is_symlink():
            skipped["symbolic links (copy the files in instead)"] += 1
        elif path.name.startswith("."):
            skipped["hidden files"] += 1
        elif path.is_dir():
            skipped["sub-folders (not searched)"] += 1
        elif path.suffix.lower() not in SOURCE_SUFFIXES:
            skipped["files not named *.txt or *.html"] += 1
        else:
            files.append(path)
    if not files:
        raise SourceDirError(
            f"{source}: holds no *.txt or *.html article; point the builder at a folder of raw .txt pages"
        )
    notes = [f"{source}: skipped {what}: {n}" for what, n in sorted(skipped.items())]
    return files, notes


def _listed_files(listing: Path) -> tuple[list[Path], list[str]]:
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceDirError(f"{listing}: cannot be read as a UTF-8 list of files ({exc}); fix it") from exc
    paths = [listing.parent / line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    files = sorted(p for p in paths if p.suffix.lower() in SOURCE_SUFFIXES)
    if not files:
        raise SourceDirError(f"{listing}: lists no *.txt or *.html file; list one raw .txt article per line")
    seen: dict[str, Path] = {}
    for path in files:
        if path.name in seen and seen[path.name] != path:
            raise SourceDirError(
                f"{listing}: lists two files named {path.name} ({seen[path.name]}, {path}); a record is named "
                "after its file, so rename one"
            )
        seen[path.name] = path
    files = sorted(seen.values(), key=lambda p: p.name)
    skipped = len(paths) - len(files)
    notes = [f"{listing}: skipped entries not named *.txt or *.html, or listed twice: {skipped}"] if skipped else []
    return files, notes


def _read(path: Path, entry: CatalogEntry, max_bytes: int) -> RawDocument | Reject:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Reject(
                path.name,
                "too_large",
                f"{path}: {size:,} bytes, over the {max_bytes:,}-byte limit for one article page; "
                "split it into one file per article, or raise the limit with --max-bytes",
            )
        return RawDocument(path.name, path.read_bytes(), entry)
    except OSError as exc:
        return Reject(path.name, "unreadable", f"{path}: cannot be read ({exc.strerror}); check its permissions")


Built = tuple[tuple[Article, Fingerprint, list[Item]] | Reject, str]
"""One file's article with its dedup fingerprint and its statements (or its reject), and what the manifest
records of its input."""


def _build_one(job: Job) -> Built:
    """Read and process one file. A module-level function of picklable values, so worker processes can run it;
    what the cross-article stages need of the article (dedup fingerprint, statements) is made here too, so that
    all per-article work runs on every core."""
    path, entry, max_bytes = job
    raw = _read(path, entry, max_bytes)
    if isinstance(raw, Reject):
        return raw, raw.reason
    digest = hashlib.sha256(raw.data).hexdigest()
    try:
        result = process(raw)
    except Exception as exc:  # a builder bug met on this page: list it and build the others
        return (
            Reject(
                path.name,
                "builder_error",
                f"{path}: the builder failed on this page ({type(exc).__name__}: {exc}); "
                "please report it with the file",
            ),
            digest,
        )
    if isinstance(result, Reject):
        return result, digest
    return (result, fingerprint(result.text), [i for i in statement_items(result) if may_group(i)]), digest


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _exit_with_parent(parent: int) -> None:
    """Pool initializer: a worker whose build is killed (kill -9 leaves the pool's processes waiting for
    work forever) exits within a second."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _build_chunk(jobs: list[Job]) -> list[Built]:
    return [_build_one(job) for job in jobs]


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(jobs: Sequence[Job], workers: int) -> Iterator[Built]:
    """Each job's result, in job order whatever the number of workers, so output never depends on it."""
    if workers <= 1 or len(jobs) <= 1:
        yield from map(_build_one, jobs)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    workers = min(workers, len(jobs))
    size = max(1, min(CHUNK, len(jobs) // (4 * workers)))
    with ProcessPoolExecutor(workers, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[Built]]] = deque()
        for chunk in _chunks(jobs, size):
            pending.append(pool.submit(_build_chunk, chunk))
            if len(pending) >= AHEAD * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _catalog_digest(source_dir: Path) -> list[tuple[str, str]]:
    path = source_dir / CATALOG_NAME
    return [(CATALOG_NAME, hashlib.sha256(path.read_bytes()).hexdigest())] if path.is_file() else []


def build(
    source_dir: Path,
    out_dir: Path,
    *,
    force: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    max_bytes: int = MAX_BYTES,
    workers: int | None = None,
    engine: str = "local",
) -> BuildReport:
    """Build a corpus folder at ``out_dir`` from the raw articles in ``source_dir``.

    ``source_dir`` may also be a text file listing the raw files (``source_files``); the catalog is
    then read beside it. With ``strict``, any rejected file means nothing is written (``out_dir`` is
    left as it was). ``workers`` processes build the articles (default: every core); with ``engine``
    "ray", Ray Data tasks do (``ray_engine.py``). The output is the same bytes either way.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    files, notes = source_files(source_dir)
    if source_dir.is_file():
        source_dir = source_dir.parent
    catalog, bad_entries = read_catalog(source_dir)
    check_out_dir(out_dir, force)
    report = BuildReport(out_dir=out_dir, notes=notes)
    names = {p.name for p in files}
    for name in sorted(set(catalog) | set(bad_entries)):
        if name not in names:
            report.rejects.append(
                Reject(
                    name,
                    "missing_file",
                    f"{source_dir / CATALOG_NAME}: lists {name!r}, which is not a *.txt or *.html file "
                    f"in {source_dir}; add the file or remove the entry",
                )
            )
    digests = InputsDigest(_catalog_digest(source_dir))
    done = 0
    for path in files:
        if path.name in bad_entries:
            report.rejects.append(Reject(path.name, "bad_catalog_entry", f"{bad_entries[path.name]}; fix the entry"))
            done += 1
            if progress:
                progress(done, len(files), path.name)
    del names
    jobs = Jobs([p for p in files if p.name not in bad_entries] if bad_entries else files, catalog, max_bytes)
    tmp = temp_dir(out_dir)
    try:
        with CorpusWriter(tmp) as writer:
            dedup = Deduplicator()
            if engine == "ray":
                from .ray_engine import results

                built = results(jobs, workers)
            else:
                built = _results(jobs, workers or default_workers())
            for (path, _, _), (result, digest) in zip(jobs, built, strict=True):
                digests.add(path.name, digest)
                if isinstance(result, Reject):
                    report.rejects.append(result)
                elif duplicate := dedup.add(result[0].source_file, result[1]):
                    report.rejects.append(duplicate)
                else:
                    writer.add(result[0], result[2], result[1].shingles)
                done += 1
                if progress:
                    progress(done, len(files), path.name)
            report.rejects.sort(key=lambda r: r.source_file)
            report.built = writer.count
            if strict and report.rejects:
                return report
            writer.finish(dedup.candidates(), report.rejects, digests.result())
        swap_into_place(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report
