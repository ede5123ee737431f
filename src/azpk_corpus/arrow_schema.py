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
    date = pa.struct([*span, f("value", pa.string())])
    quantity = pa.struct([*span, f("value", pa.float64()), f("unit", pa.string()), f("mod", pa.string(), True)])
    fact_fields = [
        *span,
        f("id", pa.string()),
        f("dates", pa.list_(f("element", date))),
        f("quantities", pa.list_(f("element", quantity))),
    ]
    author = pa.struct([f("name", pa.string()), f("bio", pa.string(), True)])
    removed = pa.struct([f("line", pa.int64()), f("text", pa.string()), f("reason", pa.string())])
    provenance = pa.struct(
        [f("raw_sha256", pa.string()), f("builder_version", pa.string()), f("schema_version", pa.string())]
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
        ]
    )
    facts = pa.schema([*fact_fields, f("article_id", pa.string())])
    authors = pa.schema(
        [f("name", pa.string()), f("bio", pa.string(), True), f("article_ids", pa.list_(f("element", pa.string())))]
    )
    return {"articles": articles, "facts": facts, "authors": authors}
