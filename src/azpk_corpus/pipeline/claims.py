"""Corpus stage: statements from different articles about one matter, labelled agree or conflict.

Each fact is read again for its predicates (``predicates.statements``), one statement per
predicate and clause, with the countries it is about. Candidates are pairs of statements
from different articles with the same predicate family whose clauses, numbers masked, are
alike (rapidfuzz); rules then confirm them: the same participants (or the same resolution
number), and for wars a shared day or duration. A group is a ``conflict`` when members state
incompatible values (1991 vs 1992; 'April 1993' contains '1993-04-30', so that agrees) or
opposite polarities, the latter flagged as possibly a change over time.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeAlias

from rapidfuzz import fuzz

from ..models import Article, ClaimAttribute, ClaimGroup, ClaimLabel, ClaimMember, FactKind
from .predicates import change_cue, participants, statements

FUZZY_MIN = 40.0
"""Least rapidfuzz token_set_ratio (0-100) between two clauses, numbers masked, for them to be compared.
Set on the seeds: the cross-article pairs inside the six gold groups score 43-86, while 13 of the 139
cross-article pairs with the same predicate family score 30-39. It prunes the least alike pairs; the rules
(participants, resolution number, shared day or duration) do most of the work."""
_FAMILY: dict[FactKind, str] = {"state_recognition": "relations", "diplomatic_relations": "relations"}
_KEYED = frozenset({"recognized_independence", "relations", "membership", "resolution_adopted"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|states|nations|sides|republics)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Item:
    """One statement of one fact, ready to compare: only what grouping and the claims rows need, so that a
    build can hold the statements of a whole corpus (a few hundred bytes each) rather than its articles."""

    article_id: str
    source_file: str
    published_date: str | None
    fact_id: str
    fact_start: int
    kind: FactKind
    statement_start: int
    negated: bool
    clause: str
    parties: frozenset[str]
    dates: tuple[str, ...]
    durations: tuple[str, ...]
    identifiers: frozenset[float]

    @property
    def family(self) -> str:
        return _FAMILY.get(self.kind, self.kind)


def _article_pair(article: Article) -> frozenset[str]:
    """The two countries the article names most (for 'the two countries'), if both are named twice."""
    counts = Counter(e.country for f in article.facts for e in f.entities if e.country and e.kind != "organisation")
    top = counts.most_common(2)
    return frozenset(c for c, n in top) if len(top) == 2 and top[1][1] >= 2 else frozenset()


def statement_items(article: Article) -> list[Item]:
    """The statements of one article's facts, as compared across articles (a pure per-article step)."""
    pair = _article_pair(article)
    items = []
    for fact in article.facts:
        codes = [(e.start - fact.start, e.country) for e in fact.entities if e.country]
        orgs = [(e.start - fact.start, e.id) for e in fact.entities if e.kind == "organisation"]
        for statement in statements(fact.text):
            clause = range(fact.start + statement.start, fact.start + statement.end)
            subject, obj = participants(statement, codes)
            if statement.kind == "membership":  # a member of what: the first organisation after the trigger
                obj = next((o for at, o in orgs if statement.trigger_start <= at < statement.end), None)
                if obj is None:
                    continue
            parties = frozenset(c for c in (subject, obj) if c)
            if len(parties) < 2 and _PAIR.search(fact.text, statement.start, statement.end):
                parties = pair or parties
            dates = [d for d in fact.dates if d.start in clause]
            quantities = [q for q in fact.quantities if q.start in clause]
            items.append(
                Item(
                    article.id,
                    article.source_file,
                    article.published_date,
                    fact.id,
                    fact.start,
                    statement.kind,
                    statement.start,
                    statement.negated,
                    fact.text[statement.start : statement.end].strip(" ,;"),
                    parties,
                    tuple(d.range.start if d.range else d.value for d in dates),
                    tuple(f"{q.value:g} {q.unit}" for q in quantities if q.kind == "duration"),
                    frozenset(q.value for q in quantities if q.kind == "identifier"),
                )
            )
    return items


def may_group(item: Item) -> bool:
    """Whether the item can join any group: a keyed family with a key, or a war statement giving a day or a
    duration. The runner keeps only these (about 70% of the statements of its synthetic pages)."""
    if item.family in _KEYED:
        return bool(item.identifiers if item.family == "resolution_adopted" else item.parties)
    return item.family == "war" and (any(len(v) == 10 for v in item.dates) or bool(item.durations))


def contains(wide: str, narrow: str) -> bool:
    """A TIMEX3 value holds another: '199X' holds '1991', '1993-04' holds '1993-04-30', 'XXXX-09-27' holds '2020-09-27'."""
    return len(narrow) >= len(wide) and all(w in ("X", n) or n == "X" for w, n in zip(wide, narrow, strict=False))


def compatible(a: str, b: str) -> bool:
    return contains(a, b) or contains(b, a)


def _masked(text: str) -> str:
    return _NUMBER.sub("#", text)


def _short(item: Item) -> str:
    return item.source_file.rsplit(".", 1)[0]


Picked = Callable[[Item], tuple[str, ...]]
Load = Callable[[Sequence[int]], list[Item]]
"""The statements of the given numbers, in that order."""


class Buckets:
    """Which statements may form a group together, by statement number: all a corpus-wide grouping holds
    in memory (4 bytes per statement and bucket), the statements themselves staying where the caller keeps
    them (a list, or a spool file in a build).

    Keyed families bucket on their participants (or resolution numbers); a statement naming one party
    joins the one full bucket of its family that includes it. Wars bucket on each day and each duration.
    """

    def __init__(self) -> None:
        self._full: dict[tuple[str, frozenset[object]], array[int]] = {}
        self._partial: dict[tuple[str, str], array[int]] = {}
        self._days: dict[str, array[int]] = defaultdict(lambda: array("I"))
        self._durations: dict[str, array[int]] = defaultdict(lambda: array("I"))
        self.count = 0
        """Statements added so far; the next one is given this number."""

    def add(self, item: Item) -> None:
        number, self.count = self.count, self.count + 1
        if not may_group(item):
            return
        if item.family in _KEYED:
            if item.family == "resolution_adopted":
                self._full.setdefault((item.family, frozenset(item.identifiers)), array("I")).append(number)
            elif len(item.parties) < 2:
                self._partial.setdefault((item.family, next(iter(item.parties))), array("I")).append(number)
            else:
                self._full.setdefault((item.family, frozenset(item.parties)), array("I")).append(number)
        else:
            for value in sorted({v for v in item.dates if len(v) == 10}):
                self._days[value[4:]].append(number)
            for duration in sorted(set(item.durations)):
                self._durations[duration].append(number)

    def plan(self) -> Iterator[tuple[ClaimAttribute | None, str, list[int]]]:
        """Each bucket as (attribute, value, statement numbers in arrival order), families in name order;
        the attribute is None for keyed families (it depends on the members), the value '' for them."""
        homes: dict[tuple[str, frozenset[object]], list[int]] = defaultdict(list)
        for (family, party), numbers in self._partial.items():
            found = [key for key in self._full if key[0] == family and party in key[1]]
            if len(found) == 1:
                homes[found[0]] += numbers
        families = sorted({family for family, _ in self._full} | ({"war"} if self._days or self._durations else set()))
        for family in families:
            if family == "war":
                yield from (("date", day, list(self._days[day])) for day in sorted(self._days))
                yield from (("duration", d, list(self._durations[d])) for d in sorted(self._durations))
                continue
            for key, numbers in self._full.items():
                if key[0] == family:
                    yield None, "", [*numbers, *sorted(homes.get(key, []))]


LOAD_BATCH = 1_000
"""Statements loaded at once while a bucket or a group is scanned: a bucket can hold a statement of most articles
of a corpus (80,000 at 100,000 synthetic pages, ~1 kB each as Python objects), so none is loaded whole. Set by
hand."""


def _stream(load: Load, numbers: Sequence[int]) -> Iterator[Item]:
    for start in range(0, len(numbers), LOAD_BATCH):
        yield from load(numbers[start : start + LOAD_BATCH])


def _confirmed(members: Iterable[Item]) -> list[int]:
    """Positions of the members with a fuzzy-alike statement in another article (and, for wars, a shared
    party); none unless they come from two articles or more.

    Members are compared through their distinct signatures (masked clause, and parties for wars), each
    knowing up to two of the articles that state it, so a bucket costs a few integers per member and
    one comparison per pair of distinct clauses, whatever its size."""
    signatures: dict[tuple[str, frozenset[str]], int] = {}
    stated: list[list[int]] = []  # per signature, up to two articles that state it
    articles: dict[str, int] = {}
    member_signature, member_article = array("I"), array("I")
    war = False  # one family per bucket
    for item in members:
        war = item.family == "war"
        key = (_masked(item.clause), item.parties if war else frozenset())
        number = signatures.setdefault(key, len(signatures))
        if number == len(stated):
            stated.append([])
        article = articles.setdefault(item.article_id, len(articles))
        if len(stated[number]) < 2 and article not in stated[number]:
            stated[number].append(article)
        member_signature.append(number)
        member_article.append(article)
    keys = list(signatures)
    reach: list[list[int]] = []  # per signature, up to two articles stating an alike signature
    for key in keys:
        found: list[int] = []
        for other, number in signatures.items():
            if war and key[1] and other[1] and not key[1] & other[1]:
                continue
            if any(a not in found for a in stated[number]) and fuzz.token_set_ratio(key[0], other[0]) >= FUZZY_MIN:
                found.extend(a for a in stated[number] if a not in found)
                if len(found) >= 2:
                    break
        reach.append(found[:2])
    kept = [
        k
        for k, (number, article) in enumerate(zip(member_signature, member_article, strict=True))
        if any(a != article for a in reach[number])
    ]
    return kept if len({member_article[k] for k in kept}) >= 2 else []


def _label(members: Iterable[Item], attribute: ClaimAttribute, picked: Picked) -> tuple[ClaimLabel, str, bool]:
    """Agree or conflict, why, and whether it may be a change over time: one pass over the members."""
    yes: set[str] = set()
    no: set[str] = set()
    cues: set[str] = set()
    dated: set[str | None] = set()
    values: dict[str, set[str]] = defaultdict(set)
    for item in members:
        if attribute == "status":
            (no if item.negated else yes).add(_short(item))
            if cue := change_cue(item.clause):
                cues.add(cue)
            dated.add(item.published_date)
        else:
            for value in picked(item):
                values[value].add(_short(item))
    if attribute == "status":
        if yes and no:
            change = bool(cues) or (None not in dated and len(dated) > 1)
            why = f"stated ({', '.join(sorted(yes))}) vs negated ({', '.join(sorted(no))})"
            if change:
                why += "; possibly a change over time" + (
                    f" ('{', '.join(sorted(cues))}')" if cues else " (articles dated apart)"
                )
            return "conflict", why, change
        return "agree", f"all {'negated' if no else 'stated'}", False
    clashes = [(a, b) for a in values for b in values if a < b and not compatible(a, b)]
    if clashes:
        sides = sorted({v for pair in clashes for v in pair})
        return "conflict", " vs ".join(f"{v} ({', '.join(sorted(values[v]))})" for v in sides), False
    ordered = sorted(values, key=lambda v: (-len(v.replace("X", "")), v))
    if len(ordered) > 1:
        return "agree", f"{ordered[-1]} contains {ordered[0]}" if len(ordered) == 2 else f"all fit {ordered[0]}", False
    return "agree", f"all give {ordered[0]}" if ordered else "all state it", False


def _dates(item: Item) -> tuple[str, ...]:
    return item.dates


def _picker(attribute: ClaimAttribute, value: str) -> Picked:
    """The values a member gives: a war's day (with its year), a war's duration, else its dates."""
    if value and attribute == "date":

        def pick(item: Item) -> tuple[str, ...]:
            return tuple(v for v in item.dates if len(v) == 10 and v.endswith(value))

        return pick
    if value:
        return lambda item: (value,)
    return _dates


class Scan(NamedTuple):
    """What one pass over a planned group's statements gives: every ``ClaimGroup`` field but the members, the
    number of articles, and the statement numbers in member order (file, then position in it)."""

    header: dict[str, Any]
    articles: int
    order: list[int]


class Planned(NamedTuple):
    """One claim group before its records are made: the numbers of its statements, how to load them, and what
    they are compared on. A group can hold a statement of most articles of a corpus, so its statements are
    read ``LOAD_BATCH`` at a time, never held together."""

    number: int
    numbers: Sequence[int]
    load: Load
    kind: FactKind
    attribute: ClaimAttribute
    picked: Picked

    def scan(self) -> Scan:
        parties: set[str] = set()
        articles: set[str] = set()
        keys: list[tuple[str, int, int, int]] = []

        def watched() -> Iterator[Item]:
            for number, item in zip(self.numbers, _stream(self.load, self.numbers), strict=True):
                parties.update(item.parties)
                articles.add(item.article_id)
                keys.append((*_order(item), number))
                yield item

        label, why, change = _label(watched(), self.attribute, self.picked)
        header = {
            "id": f"c{self.number:03d}",
            "kind": self.kind,
            "participants": sorted({c if ":" in c else f"iso:{c}" for c in parties}),
            "attribute": self.attribute,
            "label": label,
            "reason": why,
            "change_over_time": change,
        }
        keys.sort()
        return Scan(header, len(articles), [key[-1] for key in keys])

    def members(self, order: Sequence[int]) -> Iterator[ClaimMember]:
        """The members, their statements loaded in ``order`` (``Scan.order``)."""
        for i in _stream(self.load, order):
            yield ClaimMember(
                article_id=i.article_id,
                source_file=i.source_file,
                fact_id=i.fact_id,
                text=i.clause,
                polarity="negative" if i.negated else "positive",
                values=list(self.picked(i)) if self.attribute != "status" else [],
                published_date=i.published_date,
            )

    def group(self) -> ClaimGroup:
        scan = self.scan()
        return ClaimGroup(**scan.header, members=list(self.members(scan.order)))


def _order(item: Item) -> tuple[str, int, int]:
    return item.source_file, item.fact_start, item.statement_start


Found: TypeAlias = "tuple[tuple[str, str, str, str], array[int], FactKind, ClaimAttribute, str]"
"""A confirmed group: its sort key (where its first statement is), its statement numbers, kind, attribute and
bucket value."""


def _screen(bucket: ClaimAttribute | None, value: str, numbers: Sequence[int], load: Load) -> Found | None:
    """The confirmed group of one bucket, if any, read a batch at a time: once to confirm the members, once
    more to type the group."""
    years: set[str] = set()

    def watched() -> Iterator[Item]:
        for item in _stream(load, numbers):
            years.update(v[:4] for v in item.dates if v.endswith(value) and not v.startswith("X"))
            yield item

    positions = _confirmed(watched())
    if not positions or (bucket == "date" and len(years) > 1):  # the same day of different years: two events
        return None
    chosen = array("I", (numbers[k] for k in positions))
    negated: set[bool] = set()
    dated = False
    first: Item | None = None
    for item in _stream(load, chosen):
        negated.add(item.negated)
        dated = dated or bool(item.dates)
        if first is None:
            kind: FactKind = item.kind if item.family != "relations" else "diplomatic_relations"
        if first is None or _order(item) < _order(first):
            first = item
    assert first is not None  # positions is not empty
    if bucket is None:
        attribute: ClaimAttribute = "status" if len(negated) > 1 or not dated else "date"
    else:
        attribute, kind = bucket, "war"
    return (first.source_file, first.fact_id, kind, attribute), chosen, kind, attribute, value


def planned_groups(buckets: Buckets, load: Load) -> Iterator[Planned]:
    """Every group of statements about one matter in two or more articles, agree or conflict, in id order.

    Statements are bucketed by predicate family and then by key (participants, resolution number, day
    or duration) before any two are compared, so no pair across the whole corpus is ever tried. A
    bucket's statements are read a batch at a time, so a build holds a few integers per statement of
    the bucket, not the statements.
    """
    found = [group for bucket, value, numbers in buckets.plan() if (group := _screen(bucket, value, numbers, load))]
    found.sort(key=lambda group: group[0])
    for number, (_, chosen, kind, attribute, value) in enumerate(found, 1):
        yield Planned(number, chosen, load, kind, attribute, _picker(attribute, value))


def claim_groups(buckets: Buckets, load: Load) -> Iterator[ClaimGroup]:
    """The groups of ``planned_groups``, each made whole."""
    return (planned.group() for planned in planned_groups(buckets, load))


def find_claims(articles: Sequence[Article]) -> list[ClaimGroup]:
    """Every group of statements about one matter in two or more articles, agree or conflict."""
    items = [item for article in articles for item in statement_items(article)]
    buckets = Buckets()
    for item in items:
        buckets.add(item)
    return list(claim_groups(buckets, lambda numbers: [items[n] for n in numbers]))
