"""Score built articles against a gold file (the format of tests/gold_seeds.json and the bench).

Metrics, as the gold files define them:
- body: bag-of-words P/R/F1 over ``re.findall(r"\\w+", s.casefold())`` tokens; bios the same.
- title: exact match after NFC, whitespace collapse and casefold.
- authors: per-page F1 of name sets after the same normalisation (both empty = 1).
- facts: a gold fact is found when a built fact's sentence contains its evidence; its values
  are right when every gold date has a built date whose value is one of the accepted values
  and every gold quantity a built quantity of equal value and unit. A built fact is right
  when its sentence holds a gold or optional fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .models import Article, ClaimGroup, Fact

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def norm(text: str | None) -> str:
    """NFC, every kind of whitespace collapsed to one space, casefolded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def prf(predicted: str | None, gold: str | None) -> tuple[float, float, float]:
    """Bag-of-words precision, recall, F1; an empty prediction scores 0 (both empty: 1)."""
    p, g = Counter(tokens(predicted or "")), Counter(tokens(gold or ""))
    if not p and not g:
        return 1.0, 1.0, 1.0
    if not p or not g:
        return 0.0, 0.0, 0.0
    overlap = sum((p & g).values())
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, (2 * precision * recall / (precision + recall) if overlap else 0.0)


def name_f1(predicted: list[str], gold: list[str]) -> float:
    p, g = {norm(n) for n in predicted}, {norm(n) for n in gold}
    if not p and not g:
        return 1.0
    hits = len(p & g)
    return 2 * hits / (len(p) + len(g))


def date_values(fact: Fact) -> set[str]:
    """Every value a fact's dates state or resolve to: the value, a range's ends, the resolved forms."""
    values: set[str] = set()
    for d in fact.dates:
        values.add(d.value)
        if d.range:
            values.update((d.range.start, d.range.end))
        if d.resolved_value:
            values.update(d.resolved_value.split("/"))
            values.add(d.resolved_value)
    return values


def _values_right(fact: Fact, gold: dict[str, Any]) -> bool:
    dates = date_values(fact)
    for accepted in gold.get("dates", []):
        if not dates & set(accepted):
            return False
    for quantity in gold.get("quantities", []):
        if not any(
            abs(q.value - quantity["value"]) <= 1e-9 * max(1.0, abs(quantity["value"])) and q.unit == quantity["unit"]
            for q in fact.quantities
        ):
            return False
    return True


@dataclass
class PageScore:
    """Scores of one built article against its gold entry."""

    source_file: str
    body: tuple[float, float, float]
    title_ok: bool | None
    author_f1: float | None
    bio_f1: list[float] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    gold_facts: int = 0
    facts_found: int = 0
    facts_values_right: int = 0
    built_facts: int = 0
    built_facts_right: int = 0
    missed_facts: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)
    unsupported_facts: list[str] = field(default_factory=list)


def score_article(article: Article | None, gold: dict[str, Any]) -> PageScore:
    """Score one article (None: the builder rejected the page) against one gold entry."""
    text = article.text if article else ""
    score = PageScore(
        source_file=gold["source_file"],
        body=prf(text, gold.get("body")),
        title_ok=(norm(article.title if article else None) == norm(gold.get("title")))
        if gold.get("title_known", True)
        else None,
        author_f1=name_f1([a.name for a in article.authors] if article else [], [a["name"] for a in gold["authors"]])
        if gold.get("authors_known", True)
        else None,
    )
    built = {norm(a.name): a for a in (article.authors if article else [])}
    for author in gold["authors"]:
        if author.get("bio"):
            mine = built.get(norm(author["name"]))
            score.bio_f1.append(prf(mine.bio if mine else None, author["bio"])[2])
    body = norm(text)
    score.leaks = [snippet for snippet in gold.get("boilerplate", []) if norm(snippet) and norm(snippet) in body]
    facts = article.facts if article else []
    score.gold_facts = len(gold.get("facts", []))
    for gold_fact in gold.get("facts", []):
        holders = [f for f in facts if norm(gold_fact["evidence"]) in norm(f.text)]
        if not holders:
            score.missed_facts.append(gold_fact["evidence"])
            continue
        score.facts_found += 1
        if any(_values_right(f, gold_fact) for f in holders):
            score.facts_values_right += 1
        else:
            score.wrong_values.append(gold_fact["evidence"])
    supported = [norm(f["evidence"]) for f in gold.get("facts", [])] + [norm(s) for s in gold.get("optional_facts", [])]
    score.built_facts = len(facts)
    for fact in facts:
        if any(s in norm(fact.text) for s in supported):
            score.built_facts_right += 1
        else:
            score.unsupported_facts.append(fact.text)
    return score


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def summary(scores: list[PageScore]) -> dict[str, float]:
    """Corpus-level figures: mean body P/R/F1, title and author rates, bio F1, fact recall/precision."""
    gold_facts = sum(s.gold_facts for s in scores)
    found = sum(s.facts_found for s in scores)
    built = sum(s.built_facts for s in scores)
    titled = [s.title_ok for s in scores if s.title_ok is not None]
    authored = [s.author_f1 for s in scores if s.author_f1 is not None]
    return {
        "pages": len(scores),
        "body_precision": mean([s.body[0] for s in scores]),
        "body_recall": mean([s.body[1] for s in scores]),
        "body_f1": mean([s.body[2] for s in scores]),
        "title_exact": mean([float(t) for t in titled]),
        "author_f1": mean(authored),
        "bio_f1": mean([b for s in scores for b in s.bio_f1]),
        "leaks": sum(len(s.leaks) for s in scores),
        "fact_recall": found / gold_facts if gold_facts else float("nan"),
        "fact_values_right": sum(s.facts_values_right for s in scores) / found if found else float("nan"),
        "fact_precision": sum(s.built_facts_right for s in scores) / built if built else float("nan"),
    }


@dataclass
class CrossScore:
    """How one gold cross-article group was found: the built group holding all its members, if any."""

    topic: str
    gold_label: str
    found: str | None = None
    label: str | None = None

    @property
    def right(self) -> bool:
        return self.label == self.gold_label


def score_claims(groups: list[ClaimGroup], articles: list[Article], gold: list[dict[str, Any]]) -> list[CrossScore]:
    """Match each gold group (file -> evidence) to a built group holding every member; compare labels.

    A member is held when the group has a statement from that file whose fact sentence contains the evidence;
    of several holding groups the one with the gold label counts.
    """
    texts = {f.id: norm(f.text) for a in articles for f in a.facts}
    scores = []
    for entry in gold:
        score = CrossScore(entry["topic"], entry["agreement"])
        for group in groups:
            held = all(
                any(m.source_file == file and norm(evidence) in texts[m.fact_id] for m in group.members)
                for file, evidence in entry["members"].items()
            )
            if held and (score.found is None or group.label == entry["agreement"]):
                score.found, score.label = group.id, group.label
        scores.append(score)
    return scores
