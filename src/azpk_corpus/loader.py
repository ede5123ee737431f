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

    from .manifest import Manifest


def dataset_dir() -> Path:
    """The corpus folder shipped inside the package, built from ``seeds/``.

    Pass it to ``datasets.load_dataset(str(dataset_dir()), "facts")`` or read its
    Parquet files with any tool; it is a plain folder, also in an installed wheel.
    """
    return Path(__file__).parent / "data"


class Corpus(Sequence[Article]):
    """The articles of a corpus folder, in file-name order, as validated ``Article`` records."""

    def __init__(self, articles: Sequence[Article], path: Path, manifest: Manifest | None = None) -> None:
        self._articles = tuple(articles)
        self._by_id = {a.id: a for a in self._articles}
        self.path = path
        """The folder the corpus was read from."""
        self.manifest = manifest
        """The folder's ``manifest.json``: its version, schema version, files and input hash."""

    @property
    def version(self) -> str | None:
        """The azpk-corpus version that built the folder (one number for package and data)."""
        return self.manifest.version if self.manifest else None

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...
    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        return self._articles[index]

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles from {self.path}, version {self.version})"

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self._by_id.get(article_id)

    @cached_property
    def facts(self) -> list[FactRow]:
        """Every fact of every article, with its ``article_id`` (the ``facts`` config)."""
        from .writer import fact_rows

        return fact_rows(list(self._articles))

    @cached_property
    def authors(self) -> list[AuthorRow]:
        """One row per author name (the ``authors`` config)."""
        from .writer import author_rows

        return author_rows(list(self._articles))

    @cached_property
    def claims(self) -> list[ClaimGroup]:
        """Groups of statements from different articles about one matter, agree or conflict (the ``claims`` config)."""
        from .pipeline.claims import find_claims

        return find_claims(self._articles)

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
        rows = pq.read_table(pa.BufferReader(data)).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise DataFormatError(f"{file}: not a readable Parquet file ({exc}); rebuild the folder") from exc
    try:
        articles = [Article.model_validate(row) for row in rows]
    except ValidationError as exc:
        raise DataFormatError(
            f"{file}: records do not match this version's schema ({exc.error_count()} errors); "
            "rebuild the folder with this version of azpk-corpus"
        ) from exc
    return Corpus(articles, folder, manifest)
