"""The per-article function: one raw file in, one validated Article or one Reject out."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import NamedTuple

from pydantic import ValidationError

from .._version import __version__
from ..models import SCHEMA_VERSION, Article, Author, Provenance, RemovedLine
from .decode import Decoded, decode
from .facts import extract_facts
from .html import render_html
from .layout import layout
from .lines import split_lines
from .text_stats import guess_language
from .types import AuthorCredit, Layout, Page, RawDocument, Reject
from .urls import url_date, url_section

KEPT = frozenset({"body", "heading"})


def article_id(source_file: str) -> str:
    """Stable id: the first 16 hex digits of sha256 of the file name (NFC, UTF-8).

    It depends on nothing but the name, so fixing an article's text keeps its id and
    a diff between releases shows the change as 'changed', not 'removed + added'.
    """
    return hashlib.sha256(unicodedata.normalize("NFC", source_file).encode("utf-8")).hexdigest()[:16]


class Extracted(NamedTuple):
    """A page read and labelled, before the record is made."""

    decoded: Decoded
    page: Page
    found: Layout

    @property
    def body(self) -> str:
        """The kept lines (body and in-body headings), one paragraph each."""
        return "\n\n".join(
            line.text for line, label in zip(self.page.lines, self.found.labels, strict=True) if label in KEPT
        )


def extract(doc: RawDocument) -> Extracted | Reject:
    """Decode, split and label one raw file: the extraction alone, what text extractors do."""
    decoded = decode(doc)
    if isinstance(decoded, Reject):
        return decoded
    decoded = render_html(decoded)
    page = split_lines(doc, decoded.text)
    found = layout(page)
    if found is None:
        return Reject(doc.source_file, "no_body", f"{doc.source_file}: no run of prose found; is it an article page?")
    return Extracted(decoded, page, found)


def process(doc: RawDocument) -> Article | Reject:
    """Build one record from one raw file; never raises on bad content."""
    extracted = extract(doc)
    if isinstance(extracted, Reject):
        return extracted
    decoded, page, found = extracted
    body = extracted.body
    aid = article_id(doc.source_file)
    catalog = doc.catalog
    meta = decoded.meta  # a saved HTML page's head: what the visible text does not state
    published = catalog.published_date or found.dateline or meta.published or url_date(catalog.source_url)
    credits = found.authors or tuple(AuthorCredit(name, None) for name in meta.authors)
    try:
        return Article(
            id=aid,
            source_file=doc.source_file,
            title=catalog.title or found.title or meta.title,
            authors=[Author(name=a.name, bio=a.bio) for a in credits],
            publisher=catalog.publisher,
            source_url=catalog.source_url,
            published_date=published,
            section=catalog.section or found.section or url_section(catalog.source_url),
            language=guess_language(body),
            text=body,
            headings=[line.text for line, label in zip(page.lines, found.labels, strict=True) if label == "heading"],
            facts=extract_facts(aid, body, published),
            removed=[
                RemovedLine(line=line.number, text=line.text, reason=label)
                for line, label in zip(page.lines, found.labels, strict=True)
                if label not in KEPT
            ],
            provenance=Provenance(
                raw_sha256=page.raw_sha256,
                builder_version=__version__,
                schema_version=SCHEMA_VERSION,
                encoding=decoded.encoding,
                repairs=list(decoded.repairs),
            ),
        )
    except ValidationError as exc:  # a builder bug, reported per file rather than crashing the build
        return Reject(doc.source_file, "invalid_record", f"{doc.source_file}: built record is invalid: {exc}")
