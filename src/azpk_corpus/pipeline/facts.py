"""Stage 5: the body's sentences that state something anchored by a date or a quantity."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import syntok.segmenter as segmenter

from ..models import DateMention, Fact, Quantity
from .quantities import find_quantities
from .timex import find_dates


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence, by syntok, trailing spaces excluded."""
    starts: list[int] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                starts.append(tokens[0].offset)
    # A sentence ends where the next begins (or at its paragraph break): offsets come from
    # the text itself, never from syntok's normalized token values.
    bounds = [*starts, len(text)]
    for start, nxt in itertools.pairwise(bounds):
        end = start + len(text[start:nxt].split("\n", 1)[0].rstrip())
        if end > start:
            yield start, end


def extract_facts(article_id: str, text: str) -> list[Fact]:
    """One Fact per sentence of ``text`` that holds at least one date or quantity."""
    facts: list[Fact] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        dates = find_dates(sentence)
        amounts = find_quantities(sentence, skip=[(d.start, d.end) for d in dates])
        if not dates and not amounts:
            continue
        facts.append(
            Fact(
                id=f"{article_id}-f{len(facts) + 1:03d}",
                text=sentence,
                start=start,
                end=end,
                dates=[
                    DateMention(text=sentence[d.start : d.end], value=d.value, start=start + d.start, end=start + d.end)
                    for d in dates
                ],
                quantities=[
                    Quantity(
                        text=sentence[a.start : a.end],
                        value=a.value,
                        unit=a.unit,
                        mod=a.mod,
                        start=start + a.start,
                        end=start + a.end,
                    )
                    for a in amounts
                ],
            )
        )
    return facts
