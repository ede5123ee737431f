"""Load a built corpus folder (the shipped one by default) as validated records."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, overload

from pydantic import ValidationError

from .card import DATA_FILES
from .errors import DataFormatError, DataNotFoundError
from .models import Article, AuthorRow, ClaimGroup, FactRow

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .manifest import Manifest


BATCH = 1_000
"""Rows turned into records at once while iterating (about 10 MB of Python objects for a typical article)."""


def dataset_dir() -> Path:
    """The corpus folder shipped inside the package, built from ``seeds/``.

    Pass it to ``datasets.load_dataset(str(dataset_dir()), "facts")`` or read its
    Parquet files with any tool; it is a plain folder, also in an installed wheel.
    """
    return Path(__file__).parent / "data"


class Corpus(Sequence[Article]):
    """The articles of a corpus folder, in file-name order, as validated ``Article`` records.

    Loaded from a folder, it holds the Arrow table and makes each record when it is first asked
    for (``corpus[i]``, ``get``), keeping it for the next time; iterating streams the records
    batch by batch without keeping them, so a large corpus can be read in bounded memory.
    """

    def __init__(self, articles: Sequence[Article] | pa.Table, path: Path, manifest: Manifest | None = None) -> None:
        self._table: pa.Table | None = None
        self._records: list[Article | None]
        if isinstance(articles, Sequence):
            self._records = list(articles)
        else:
            self._table, self._records = articles, [None] * articles.num_rows
        self._by_id: dict[str, int] | None = None
        self.path = path
        """The folder the corpus was read from."""
        self.manifest = manifest
        """The folder's ``manifest.json``: its version, schema version, files and input hash."""

    @property
    def version(self) -> str | None:
        """The azpk-corpus version that built the folder (one number for package and data)."""
        return self.manifest.version if self.manifest else None

    def _make(self, index: int, row: dict[str, object]) -> Article:
        try:
            return Article.model_validate(row)
        except ValidationError as exc:
            raise DataFormatError(
                f"{self.path / DATA_FILES['articles']}: record {index} does not match this version's schema "
                f"({exc.error_count()} errors); rebuild the folder with this version of azpk-corpus"
            ) from exc

    def _record(self, index: int) -> Article:
        record = self._records[index]
        if record is None:
            assert self._table is not None
            record = self._records[index] = self._make(index, self._table.slice(index, 1).to_pylist()[0])
        return record

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...
    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        if isinstance(index, slice):
            return [self._record(i) for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(f"article {index} of a corpus of {len(self)}")
        return self._record(index % len(self))

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[Article]:
        if self._table is None:
            yield from (r for r in self._records if r is not None)
            return
        index = 0
        for batch in self._table.to_batches(max_chunksize=BATCH):
            for row in batch.to_pylist():
                yield self._records[index] or self._make(index, row)
                index += 1

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles from {self.path}, version {self.version})"

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        if self._by_id is None:
            ids = self._table.column("id").to_pylist() if self._table is not None else [a.id for a in self]
            self._by_id = {key: i for i, key in enumerate(ids)}
        index = self._by_id.get(article_id)
        return None if index is None else self._record(index)

    @cached_property
    def facts(self) -> list[FactRow]:
        """Every fact of every article, with its ``article_id`` (the ``facts`` config)."""
        from .writer import fact_rows

        return fact_rows(self)

    @cached_property
    def authors(self) -> list[AuthorRow]:
        """One row per author name (the ``authors`` config)."""
        from .writer import author_rows

        return author_rows(self)

    @cached_property
    def claims(self) -> list[ClaimGroup]:
        """Groups of statements from different articles about one matter, agree or conflict (the ``claims`` config)."""
        from .pipeline.claims import find_claims

        return find_claims(self)

    def to_pandas(self, config: str = "articles") -> pd.DataFrame:
        """One config of the folder as a pandas DataFrame (needs pandas installed), checked against the manifest."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .manifest import read_manifest, read_verified

        if config not in DATA_FILES:
            raise ValueError(f"unknown config {config!r}; choose one of {', '.join(DATA_FILES)}")
        data = read_verified(self.path, read_manifest(self.path), DATA_FILES[config])
        frame: pd.DataFrame = pq.read_table(pa.BufferReader(data)).to_pandas()
        return frame


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load the corpus at ``path`` (default: the shipped one, ``dataset_dir()``).

    Checks the folder's ``manifest.json`` on the way (schema version, and the size and sha256
    of the file it reads); ``azpk-corpus validate`` checks everything.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .arrow_schema import schemas
    from .manifest import read_manifest, read_verified

    folder = Path(path) if path is not None else dataset_dir()
    file = folder / DATA_FILES["articles"]
    if not folder.is_dir() or not file.is_file():
        hint = (
            "reinstall the package: pip install --force-reinstall azpk-corpus"
            if path is None
            else "build it with 'azpk-corpus build SOURCE_DIR OUT_DIR'"
        )
        raise DataNotFoundError(f"{file}: no such file; {hint}")
    manifest = read_manifest(folder)
    data = read_verified(folder, manifest, DATA_FILES["articles"])
    try:
        table = pq.read_table(pa.BufferReader(data))
    except (OSError, pa.ArrowException) as exc:
        raise DataFormatError(f"{file}: not a readable Parquet file ({exc}); rebuild the folder") from exc
    expected = schemas()["articles"]
    if not table.schema.equals(expected, check_metadata=False):
        have, want = set(map(str, table.schema)), set(map(str, expected))
        raise DataFormatError(
            f"{file}: columns do not match this version's schema (found {sorted(have - want) or 'another order'}, "
            f"expected {sorted(want - have) or 'another order'}); rebuild the folder with this version of azpk-corpus"
        )
    return Corpus(table, folder, manifest)
