"""Explicit Arrow schemas for the Parquet files, one per dataset config.

Written by hand so that the on-disk layout is a reviewed decision, not whatever
type inference makes of a batch; ``tests/test_arrow_schema.py`` derives the same
schemas from the pydantic models and fails on any drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa


def schemas() -> dict[str, pa.Schema]:
    """Config name -> Arrow schema of its Parquet file (nullable only where the model allows None)."""
    import pyarrow as pa

    def f(name: str, typ: pa.DataType, nullable: bool = False) -> pa.Field:
        return pa.field(name, typ, nullable=nullable)

    span = [f("text", pa.string()), f("start", pa.int64()), f("end", pa.int64())]
    date_range = pa.struct([f("start", pa.string()), f("end", pa.string())])
    date = pa.struct(
        [
            *span,
            f("value", pa.string()),
            f("granularity", pa.string()),
            f("mod", pa.string(), True),
            f("range", date_range, True),
            f("resolved_value", pa.string(), True),
            f("anchor", pa.string(), True),
        ]
    )
    quantity = pa.struct(
        [
            *span,
            f("value", pa.float64()),
            f("unit", pa.string()),
            f("mod", pa.string(), True),
            f("kind", pa.string()),
            f("role", pa.string()),
        ]
    )
    entity = pa.struct(
        [*span, f("id", pa.string()), f("name", pa.string()), f("kind", pa.string()), f("country", pa.string(), True)]
    )
    fact_fields = [
        *span,
        f("id", pa.string()),
        f("kind", pa.string()),
        f("dates", pa.list_(f("element", date))),
        f("quantities", pa.list_(f("element", quantity))),
        f("entities", pa.list_(f("element", entity))),
        f("polarity", pa.string()),
        f("attribution", pa.string(), True),
        f("hedged", pa.bool_()),
    ]
    author = pa.struct([f("name", pa.string()), f("bio", pa.string(), True)])
    removed = pa.struct([f("line", pa.int64()), f("text", pa.string()), f("reason", pa.string())])
    provenance = pa.struct(
        [
            f("raw_sha256", pa.string()),
            f("builder_version", pa.string()),
            f("schema_version", pa.string()),
            f("encoding", pa.string()),
            f("repairs", pa.list_(f("element", pa.string()))),
        ]
    )
    articles = pa.schema(
        [
            f("id", pa.string()),
            f("source_file", pa.string()),
            f("title", pa.string(), True),
            f("authors", pa.list_(f("element", author))),
            f("publisher", pa.string(), True),
            f("source_url", pa.string(), True),
            f("published_date", pa.string(), True),
            f("section", pa.string(), True),
            f("language", pa.string(), True),
            f("text", pa.string()),
            f("headings", pa.list_(f("element", pa.string()))),
            f("facts", pa.list_(f("element", pa.struct(fact_fields)))),
            f("removed", pa.list_(f("element", removed))),
            f("provenance", provenance),
            f("near_duplicates", pa.list_(f("element", pa.string()))),
        ]
    )
    facts = pa.schema([*fact_fields, f("article_id", pa.string())])
    authors = pa.schema(
        [f("name", pa.string()), f("bio", pa.string(), True), f("article_ids", pa.list_(f("element", pa.string())))]
    )
    member = pa.struct(
        [
            f("article_id", pa.string()),
            f("source_file", pa.string()),
            f("fact_id", pa.string()),
            f("text", pa.string()),
            f("polarity", pa.string()),
            f("values", pa.list_(f("element", pa.string()))),
            f("published_date", pa.string(), True),
        ]
    )
    claims = pa.schema(
        [
            f("id", pa.string()),
            f("kind", pa.string()),
            f("participants", pa.list_(f("element", pa.string()))),
            f("attribute", pa.string()),
            f("label", pa.string()),
            f("reason", pa.string()),
            f("change_over_time", pa.bool_()),
            f("members", pa.list_(f("element", member))),
        ]
    )
    return {"articles": articles, "facts": facts, "authors": authors, "claims": claims}
