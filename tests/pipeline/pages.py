"""Hand-made page parts shared by the layout tests: three paragraphs of prose and a builder."""

from __future__ import annotations

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.types import RawDocument

P1 = "The two governments agreed on Monday to expand cooperation in energy, trade and education over the next decade."
P2 = "Officials said the new agreements would be signed during a visit by the foreign minister later this year."
P3 = "Analysts noted that trade between the countries remains small, although both sides have promised to increase it."


def build(*lines: str) -> Article:
    """The record built from a page of these lines, one block each."""
    result = process(RawDocument("page.txt", "\n\n".join(lines).encode()))
    assert isinstance(result, Article), result
    return result
