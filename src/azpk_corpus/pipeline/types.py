"""Typed values passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CatalogEntry:
    """What the text cannot tell about one raw file; each value set here wins."""

    source_url: str | None = None
    publisher: str | None = None
    published_date: str | None = None
    section: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One raw file as read from disk."""

    source_file: str
    data: bytes
    catalog: CatalogEntry = field(default_factory=CatalogEntry)


@dataclass(frozen=True)
class Reject:
    """A raw file that yields no record, with a stable snake_case reason."""

    source_file: str
    reason: str
    message: str


@dataclass(frozen=True)
class Line:
    """A non-blank line of the page, normalized; ``number`` is 1-based in the raw file."""

    number: int
    text: str


@dataclass(frozen=True)
class Page:
    """A decoded page split into normalized non-blank lines."""

    source: RawDocument
    raw_sha256: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class AuthorCredit:
    name: str
    bio: str | None = None


@dataclass(frozen=True)
class Layout:
    """Every line of a page labelled: body lines kept, the rest removed with a reason."""

    labels: tuple[str, ...]
    """One label per line: 'body', 'heading', or a removal reason such as 'byline'."""
    title: str | None
    authors: tuple[AuthorCredit, ...]
    section: str | None
    dateline: str | None
    """ISO date read from a dateline on the page, if any."""
