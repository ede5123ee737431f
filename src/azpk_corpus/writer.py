"""Turn built records into the files of a corpus folder: Parquet per config, card, rejects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .card import DATA_FILES, render_card
from .croissant import CROISSANT_NAME, croissant
from .manifest import Inputs, make_manifest, sha256_file, write_manifest
from .models import Article, AuthorRow, ClaimGroup, FactRow
from .pipeline.claims import find_claims
from .pipeline.types import Reject

if TYPE_CHECKING:
    import pyarrow as pa

REJECTS_NAME = "rejects.jsonl"
CARD_NAME = "README.md"

# Fixed writer settings so that the same records give the same bytes with one pyarrow version.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "row_group_size": 10_000,
}


def fact_rows(articles: list[Article]) -> list[FactRow]:
    return [FactRow(**fact.model_dump(), article_id=a.id) for a in articles for fact in a.facts]


def author_rows(articles: list[Article]) -> list[AuthorRow]:
    """One row per distinct name (casefolded), in first-seen order, with the longest bio given."""
    rows: dict[str, tuple[str, str | None, list[str]]] = {}
    for article in articles:
        for author in article.authors:
            key = author.name.casefold()
            name, bio, ids = rows.get(key, (author.name, None, []))
            if author.bio and len(author.bio) > len(bio or ""):
                bio = author.bio
            if article.id not in ids:
                ids.append(article.id)
            rows[key] = (name, bio, ids)
    return [AuthorRow(name=n, bio=b, article_ids=ids) for n, b, ids in rows.values()]


def tables(articles: list[Article], claims: list[ClaimGroup]) -> dict[str, pa.Table]:
    """Arrow tables of the configs, with the explicit schemas."""
    import pyarrow as pa

    from .arrow_schema import schemas

    rows = {
        "articles": [a.model_dump() for a in articles],
        "facts": [r.model_dump() for r in fact_rows(articles)],
        "authors": [r.model_dump() for r in author_rows(articles)],
        "claims": [r.model_dump() for r in claims],
    }
    return {name: pa.Table.from_pylist(rows[name], schema=schema) for name, schema in schemas().items()}


def writer_settings() -> dict[str, Any]:
    """What decides the Parquet bytes besides the records: recorded in the manifest."""
    import pyarrow as pa

    return {"pyarrow": pa.__version__, "parquet": PARQUET_OPTIONS}


def write_corpus(articles: list[Article], rejects: list[Reject], dest: Path, inputs: Inputs) -> None:
    """Write every file of a corpus folder into ``dest`` (an empty folder); the manifest last."""
    import pyarrow.parquet as pq

    from .arrow_schema import schemas

    claims = find_claims(articles)
    built = tables(articles, claims)
    for name, table in built.items():
        path = dest / DATA_FILES[name]
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, **PARQUET_OPTIONS)
    with (dest / REJECTS_NAME).open("w", encoding="utf-8") as fh:
        for reject in rejects:
            record = {"file": reject.source_file, "reason": reject.reason, "message": reject.message}
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    (dest / CARD_NAME).write_text(render_card(built, articles, claims, len(rejects)), encoding="utf-8")
    parquet = {name: (sha256_file(dest / path), (dest / path).stat().st_size) for name, path in DATA_FILES.items()}
    document = croissant(parquet, schemas())
    (dest / CROISSANT_NAME).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_manifest(dest, make_manifest(dest, inputs, writer_settings()))
