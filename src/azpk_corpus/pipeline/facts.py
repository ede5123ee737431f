"""Stage 5: the body's sentences that state something checkable, typed: dates, quantities, entities, predicate."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import syntok.segmenter as segmenter

from ..models import Anchor, DateMention, DateRange, Entity, Fact, Quantity
from .entities import find_entities
from .predicates import STANDALONE, attribution, hedged, is_negated, statements
from .quantities import find_quantities
from .timex import find_dates, resolve, stated_year


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


def _span(sentence: str, offset: int, start: int, end: int) -> dict[str, Any]:
    """text/start/end of a span of ``sentence``, with offsets into the article text."""
    return {"text": sentence[start:end], "start": offset + start, "end": offset + end}


def _dates(
    sentence: str, offset: int, last_year: str | None, published: str | None
) -> tuple[list[DateMention], str | None]:
    """The sentence's dates, year-less ones resolved; and the last year stated once it is read."""
    mentions = []
    for timex in find_dates(sentence):
        resolved: str | None = None
        anchor: Anchor | None = None
        if timex.value.startswith("XXXX") or "/XXXX" in timex.value:
            if last_year is not None:
                resolved, anchor = resolve(timex.value, last_year), "earlier_year"
            elif published is not None:
                resolved, anchor = resolve(timex.value, published[:4]), "published_date"
        mentions.append(
            DateMention(
                **_span(sentence, offset, timex.start, timex.end),
                value=timex.value,
                granularity=timex.granularity,
                mod=timex.mod,
                range=DateRange(start=timex.range[0], end=timex.range[1]) if timex.range else None,
                resolved_value=resolved,
                anchor=anchor,
            )
        )
        last_year = stated_year(timex) or last_year
    return mentions, last_year


def extract_facts(article_id: str, text: str, published_date: str | None = None) -> list[Fact]:
    """One Fact per sentence of ``text`` that states a date, a quantity or a standalone predicate.

    A year-less date is resolved with the last year stated earlier in the text, else with
    ``published_date``; its stated ``value`` is kept as written.
    """
    facts: list[Fact] = []
    last_year: str | None = None
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        dates, last_year = _dates(sentence, start, last_year, published_date)
        timexes = [(d.start - start, d.end - start) for d in dates]
        amounts = find_quantities(sentence, skip=timexes)
        found = statements(sentence)
        measured = any(a.kind != "ordinal" for a in amounts)
        if not dates and not measured and not any(s.kind in STANDALONE for s in found):
            continue
        facts.append(
            Fact(
                id=f"{article_id}-f{len(facts) + 1:03d}",
                text=sentence,
                start=start,
                end=end,
                kind=found[0].kind if found else "other",
                dates=dates,
                quantities=[
                    Quantity(
                        **_span(sentence, start, a.start, a.end),
                        value=a.value,
                        unit=a.unit,
                        mod=a.mod,
                        kind=a.kind,
                        role=a.role,
                    )
                    for a in amounts
                ],
                entities=[
                    Entity(
                        **_span(sentence, start, m.start, m.end),
                        id=m.entity.id,
                        name=m.entity.name,
                        kind=m.entity.kind,
                        country=m.entity.country,
                    )
                    for m in find_entities(sentence)
                ],
                polarity="negative" if is_negated(sentence, found) else "positive",
                attribution=attribution(sentence),
                hedged=hedged(sentence)
                or any(a.mod == "approx" for a in amounts)
                or any(d.mod == "approx" for d in dates),
            )
        )
    return facts
