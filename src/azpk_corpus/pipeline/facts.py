"""Stage 5: the body's sentences that state something checkable, typed: dates, quantities, entities, predicate."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import syntok.segmenter as segmenter
from syntok.tokenizer import Tokenizer

from ..models import Anchor, DateMention, DateRange, Entity, Fact, Quantity
from .entities import find_entities
from .predicates import STANDALONE, attribution, hedged, is_negated, statements
from .quantities import find_quantities
from .timex import find_dates, resolve, stated_year


def sentence_spans(text: str, keep: Callable[[str], bool] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence, by syntok, trailing spaces excluded; with ``keep``, only those of the
    paragraphs (syntok's own split) it keeps, so that no time goes into segmenting text that states nothing."""
    tokenizer = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it
    starts: list[int] = []
    for offset, paragraph in segmenter.preprocess_with_offsets(text):
        if keep is not None and not keep(paragraph):
            continue
        for sentence in segmenter.segment(tokenizer.tokenize(paragraph, offset)):
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


_NO_DOT_NUMBER = re.compile(r"\bno\.\s*\d", re.IGNORECASE)
"""'no. 5' is an identifier in the paragraph, but syntok may end a sentence at 'no.' and leave '5' a count."""


def may_state(paragraph: str) -> bool:
    """Whether a sentence of ``paragraph`` can be a fact: it holds a date, a measured quantity or a standalone
    predicate. The detectors are run on the whole paragraph, where they find at least what they find in any
    of its sentences; about half the text of the bench's bodies holds none, and is never segmented."""
    return (
        bool(find_dates(paragraph))
        or bool(_NO_DOT_NUMBER.search(paragraph))
        or any(a.kind != "ordinal" for a in find_quantities(paragraph))
        or any(s.kind in STANDALONE for s in statements(paragraph))
    )


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
    for start, end in sentence_spans(text, keep=may_state):
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
