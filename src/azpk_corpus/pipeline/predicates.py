"""What a sentence asserts: known predicates with their clause, polarity and participants.

A small closed list of predicates worth comparing across articles (recognition,
diplomatic relations, resolutions, trade, agreements, membership, visits, war), each a
verb-anchored pattern, so 'the absence of diplomatic relations' is not read as an event.
Also the sentence-level cues the record keeps: attribution ('said the Foreign Ministry',
'according to ...') and hedging ('reportedly', 'may').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import FactKind

_W = r"\W+(?:[\w’'`-]+\W+)"  # a word gap: '\W+' then a word and its trailing gap, repeated by the caller
_PATTERNS: tuple[tuple[FactKind, str], ...] = (
    ("state_recognition", r"\brecogni[sz]\w*" + _W + r"{0,4}?as\s+an?\s+(?:sovereign\s+|independent\s+)?(?:state|country|nation)\b"),
    ("recognized_independence", r"\brecogni[sz]\w*" + _W + r"{0,5}?independence\b|\bindependence" + _W + r"{0,4}?recogni[sz]ed\b"),
    (
        "diplomatic_relations",
        r"\b(?:establish\w*|set\s+up|sever\w*|broke|break\w*|restor\w*|normali[sz]\w*|cut)" + _W + r"{0,2}?diplomatic\s+(?:relations|ties)\b"
        r"|\bdiplomatic\s+(?:relations|ties)" + _W + r"{0,6}?(?:established|set\s+up|severed|restored|cut)\b",
    ),
    (
        "resolution_adopted",
        r"\b(?:adopt\w*|pass(?:ed|es)?|approv\w*)" + _W + r"{0,4}?resolutions?\b"
        r"|\bresolutions?\s+(?:no\.?\s*)?\d+" + _W + r"{0,12}?(?:was|were)\s+(?:unanimously\s+)?adopted\b",
    ),
    (
        "trade_volume",
        r"\b(?:bilateral\s+)?trade(?:\s+(?:volume|turnover))?\s+(?:\w+\s+){0,2}?(?:stand\w*|stood|reach\w*|amount\w*|total\w*|was|is|grew|rose|fell)\b"
        r"|\btrade\s+(?:volume|turnover)\b",
    ),
    (
        "agreements_signed",
        r"\bsign(?:ed|s|ing)?" + _W + r"{0,4}?(?:agreements?|documents|memorand\w*|MoUs?|treat(?:y|ies)|accords?|protocols?)\b"
        r"|\b(?:agreements?|documents|memorand\w*|MoUs?|treat(?:y|ies))" + _W + r"{0,4}?(?:were|was|been)\s+signed\b",
    ),
    (
        "membership",
        r"\b(?:is|are|was|were|became|become|becoming)\s+(?:also\s+)?(?:an?\s+)?(?:full\s+|founding\s+|observer\s+)?members?\s+(?:of|state\s+of)\b"
        r"|\b(?:bid|application|accession)\s+(?:for|to)\s+(?:full\s+)?membership\b|\bmembership\s+(?:in|of)\b",
    ),
    ("visit", r"\bvisit(?:ed|s|ing)?\b"),
    ("war", r"\b(?:war|conflict|battles?|hostilities|clashes|offensive|ceasefire|forces|army|troops)\b"),
)  # fmt: skip
_PREDICATES = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _PATTERNS)
STANDALONE: frozenset[FactKind] = frozenset(
    {
        "recognized_independence",
        "state_recognition",
        "diplomatic_relations",
        "resolution_adopted",
        "agreements_signed",
        "membership",
    }
)
"""Predicates precise enough to make a fact of a sentence without a date or a number
(checked on the seeds: every such sentence is a gold or optional fact)."""

# Clause breaks: a new subject after 'and', a contrast, or a semicolon.
_CLAUSE_BREAK = re.compile(
    r";\s*|\s+(?:—|–)\s+|,?\s+(?:while|whereas|but)\s+|\s+and\s+(?=(?:it[’']?s|it|this|that|they|he|she|we|there)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|yet\s+to|without|refus\w*\s+to|fail\w*\s+to|declin\w*\s+to)\b(?!\s+(?:only|just|least|doubt)\b)|n[’']t\b",
    re.IGNORECASE,
)
_NEGATION_WINDOW = 40
"""Characters before a predicate's trigger searched for a negation cue: reaches 'has not yet recognized' and
'the only country in the world not to establish any', set on the seeds."""
_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|estimated|approximately|roughly|around|nearly|almost|"
    r"likely|unlikely|possibly|perhaps|probably|may|might|could|seems?|appears?\s+to|believed\s+to|said\s+to\s+be|"
    r"rumou?red|circa)\b",
    re.IGNORECASE,
)
_SPEECH = r"(?:said|says|stated|states|noted|notes|added|declared|announced|stressed|emphasi[sz]ed|told|tweeted|wrote|reiterated|underlined|confirmed|claimed|reported)"
_SOURCE_END = re.compile(
    r"\s+(?:in\s+a\s+statement|on\s+(?:Twitter|X|his|her|its|their)|in\s+(?:his|her|its|their)|at\s+a|during|that)\b.*$"
)
_ATTRIBUTION = (
    re.compile(r"\b[Aa]ccording\s+to\s+(?P<src>[^,;:“”\"]{3,80})"),
    re.compile(r"[”\"],?\s+" + _SPEECH + r"\s+(?P<src>(?:the\s+)?[A-Z][^,;:.“”\"]{1,80})"),
    re.compile(
        r"(?:^|,\s+|[“\"]\s*)(?P<src>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}(?:[A-Z][\w’'.-]*|president|minister|ministry|"
        r"spokes(?:man|person|woman)|ambassador|officials?|leaders?|government))\s+(?:has\s+|had\s+|also\s+)?"
        + _SPEECH
        + r"\b"
    ),
)
_CHANGE_CUES = re.compile(
    r"\b(?:recently|until|no\s+longer|now|has\s+since|have\s+since|newly|finally)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Statement:
    """One predicate stated in a sentence: its kind, clause span, trigger span and polarity."""

    kind: FactKind
    start: int
    end: int
    trigger_start: int
    negated: bool


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``sentence``."""
    bounds, pos = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(sentence)))
    return [(s, e) for s, e in bounds if e > s]


def _negated(sentence: str, clause_start: int, at: int) -> bool:
    return _NEGATION.search(sentence, max(clause_start, at - _NEGATION_WINDOW), at) is not None


def statements(sentence: str) -> list[Statement]:
    """Every known predicate in ``sentence``, in order; one per kind per clause."""
    found: list[Statement] = []
    for start, end in clauses(sentence):
        for kind, pattern in _PREDICATES:
            m = pattern.search(sentence, start, end)
            if m is not None and not any(s.start == start and s.kind == kind for s in found):
                found.append(Statement(kind, start, end, m.start(), _negated(sentence, start, m.start())))
    return sorted(found, key=lambda s: (s.trigger_start, s.kind))


def is_negated(sentence: str, found: Sequence[Statement]) -> bool:
    """True when the sentence's first predicate, or without one any main verb, is negated."""
    if found:
        return found[0].negated
    return _NEGATION.search(sentence) is not None


def attribution(sentence: str) -> str | None:
    """The quoted or reported source, as written ('the Foreign Ministry'), or None."""
    for pattern in _ATTRIBUTION:
        m = pattern.search(sentence)
        if m is not None:
            source = _SOURCE_END.sub("", m.group("src")).strip(" ,")
            if len(source) > 2 and source.lower() not in {"it", "this", "that", "he", "she", "they", "we"}:
                return source
    return None


def hedged(sentence: str) -> bool:
    """True when the sentence states something with a hedge ('around', 'reportedly', 'may')."""
    return _HEDGES.search(sentence) is not None


def change_cue(clause: str) -> str | None:
    """A word saying the status changed ('recently', 'until', 'no longer'), or None."""
    m = _CHANGE_CUES.search(clause)
    return m.group().lower() if m else None


def participants(statement: Statement, codes: Sequence[tuple[int, str]]) -> tuple[str | None, str | None]:
    """(subject, object) country codes of a statement from the (offset, code) countries of its sentence:
    the first country in its clause, and the first other country after the trigger (else any other in
    the clause). Capitals and places count for their country."""
    inside = [(at, code) for at, code in codes if statement.start <= at < statement.end]
    if not inside:
        return None, None
    subject = inside[0][1]
    after = [c for at, c in inside if at >= statement.trigger_start and c != subject]
    others = [c for _, c in inside if c != subject]
    return subject, after[0] if after else others[0] if others else None
