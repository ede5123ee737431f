from __future__ import annotations

import pytest
from pydantic import ValidationError

from azpk_corpus.models import Article, DateMention, Fact, Provenance, Quantity

PROV = Provenance(raw_sha256="0" * 64, builder_version="1.0.0", schema_version="1.2.0", encoding="utf-8", repairs=[])


def _article(**changes: object) -> Article:
    text = "In 1992 it rained for 3 days."
    fact = Fact(
        id="0123456789abcdef-f001",
        text=text,
        start=0,
        end=len(text),
        kind="other",
        dates=[DateMention(text="1992", value="1992", granularity="year", start=3, end=7)],
        quantities=[Quantity(text="3 days", value=3, unit="day", kind="duration", start=22, end=28)],
        entities=[],
        polarity="positive",
        hedged=False,
    )
    fields: dict[str, object] = dict(
        id="0123456789abcdef",
        source_file="a.txt",
        title=None,
        authors=[],
        publisher=None,
        source_url=None,
        published_date=None,
        section=None,
        language="en",
        text=text,
        headings=[],
        facts=[fact],
        removed=[],
        provenance=PROV,
    )
    fields.update(changes)
    return Article.model_validate(fields)


def test_valid_article() -> None:
    assert _article().facts[0].quantities[0].value == 3


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "not-hex"),
        ("published_date", "14 July 2021"),
        ("text", ""),
        ("text", "Something else entirely, longer than the fact."),
        ("extra_field", 1),
    ],
)
def test_invalid_article(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        _article(**{field: value})


@pytest.mark.parametrize("value", ["1992-06-09", "1993-04", "1992", "199X", "19XX", "1992/1994", "XXXX-09-27"])
def test_timex_values_accepted(value: str) -> None:
    assert DateMention(text="x", value=value, granularity="year", start=0, end=1).value == value


@pytest.mark.parametrize("value", ["June 1992", "92", "1992-6-9", ""])
def test_timex_values_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        DateMention(text="x", value=value, granularity="year", start=0, end=1)


def test_span_length_must_match() -> None:
    with pytest.raises(ValidationError):
        DateMention(text="1992", value="1992", granularity="year", start=0, end=10)
