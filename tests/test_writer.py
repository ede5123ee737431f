"""Claim groups are written a batch of members at a time, with the same values as whole ``ClaimGroup`` rows."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from azpk_corpus import writer
from azpk_corpus.arrow_schema import schemas
from azpk_corpus.models import Article
from azpk_corpus.pipeline import claims
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.claims import Buckets, planned_groups, statement_items
from azpk_corpus.pipeline.types import RawDocument

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize("batch", [1, 2, 1_000])
def test_claim_rows_equal_whole_groups(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(claims, "LOAD_BATCH", batch)
    monkeypatch.setattr(writer, "MEMBER_BATCH", batch)
    articles = [process(RawDocument(p.name, p.read_bytes())) for p in sorted(SEEDS.glob("*.txt"))]
    items = [item for a in articles if isinstance(a, Article) for item in statement_items(a)]
    buckets = Buckets()
    for item in items:
        buckets.add(item)
    schema = schemas()["claims"]
    planned = list(planned_groups(buckets, lambda numbers: [items[n] for n in numbers]))
    assert len(planned) >= 2  # the seeds state some matters in several articles
    for group in planned:
        row, articles = writer.claim_row(group, schema)
        whole = group.group()
        assert row.schema == schema
        assert row.equals(pa.Table.from_pylist([whole.model_dump()], schema=schema))
        assert articles == len({m.article_id for m in whole.members})
