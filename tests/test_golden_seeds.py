"""The seeds against tests/gold_seeds.json (the yardstick), and against reviewed snapshots.

The gold is read only here, never by the builder. Snapshots in tests/golden/ are
rewritten only with `pytest --update-golden`; review their diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from azpk_corpus.evaluate import PageScore, score_article, score_claims, summary
from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.types import RawDocument

from .conftest import GOLDEN, SEEDS

SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _built(name: str) -> Article:
    from azpk_corpus.catalog import read_catalog
    from azpk_corpus.pipeline.types import CatalogEntry

    entry = read_catalog(SEEDS)[0].get(name, CatalogEntry())
    result = process(RawDocument(name, (SEEDS / name).read_bytes(), entry))
    assert isinstance(result, Article), result
    return result


def _gold_for(gold: dict[str, Any], name: str) -> dict[str, Any]:
    return next(g for g in gold["articles"] if g["source_file"] == name)


@pytest.fixture(scope="module")
def scores(gold: dict[str, Any]) -> dict[str, PageScore]:
    return {name: score_article(_built(name), _gold_for(gold, name)) for name in SEED_FILES}


@pytest.mark.parametrize("name", SEED_FILES)
def test_title(name: str, gold: dict[str, Any]) -> None:
    assert _built(name).title == _gold_for(gold, name)["title"]


@pytest.mark.parametrize("name", SEED_FILES)
def test_authors_exact_and_no_extra(name: str, gold: dict[str, Any]) -> None:
    g = _gold_for(gold, name)
    names = [a.name for a in _built(name).authors]
    assert names == [a["name"] for a in g["authors"]]
    assert not set(names) & set(g["not_authors"])


@pytest.mark.parametrize("name", SEED_FILES)
def test_metadata_from_catalog_and_page(name: str, gold: dict[str, Any]) -> None:
    g, a = _gold_for(gold, name), _built(name)
    assert (a.publisher, a.source_url, a.section) == (g["publisher"], g["source_url"], g["section"])
    assert a.published_date == g.get("published_date")
    assert a.language == "en"


@pytest.mark.parametrize("name", SEED_FILES)
def test_body_bounds_headings_and_no_leaks(name: str, gold: dict[str, Any], scores: dict[str, PageScore]) -> None:
    g, a = _gold_for(gold, name), _built(name)
    assert a.text.startswith(g["body_first"])
    assert a.text.endswith(g["body_last"])
    assert a.headings == g["headings"]
    assert scores[name].leaks == []
    assert scores[name].body[2] >= 0.98


def test_text_is_normalized() -> None:
    for name in SEED_FILES:
        text = _built(name).text
        assert "\u00a0" not in text and "  " not in text and "\n\n\n" not in text
        assert all(p == p.strip() and p for p in text.split("\n\n"))


def test_issue_bars(scores: dict[str, PageScore]) -> None:
    """The package issue's 'must show' figures on the seeds."""
    s = summary(list(scores.values()))
    assert s["title_exact"] == 1.0
    assert s["author_f1"] == 1.0
    assert s["bio_f1"] >= 0.95
    assert s["body_f1"] >= 0.98
    assert s["leaks"] == 0
    assert s["fact_recall"] >= 0.95  # the facts issue's bars
    assert s["fact_values_right"] >= 0.90
    assert s["fact_precision"] >= 0.90


def test_cross_article_groups(gold: dict[str, Any]) -> None:
    """All six gold groups found with the right label, and no conflict beyond the gold ones."""
    from azpk_corpus.pipeline.claims import find_claims

    articles = [_built(name) for name in SEED_FILES]
    groups = find_claims(articles)
    found = score_claims(groups, articles, gold["cross_article"])
    assert [(s.topic, s.label) for s in found] == [(g["topic"], g["agreement"]) for g in gold["cross_article"]]
    conflicts = {g.id for g in groups if g.label == "conflict"}
    assert conflicts == {s.found for s in found if s.gold_label == "conflict"}


def _snapshot(article: Article) -> dict[str, Any]:
    data = article.model_dump(mode="json")
    data.pop("provenance")
    return data


@pytest.mark.parametrize("name", SEED_FILES)
def test_snapshot(name: str, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / f"{Path(name).stem}.json"
    current = _snapshot(_built(name))
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"{path} missing: run pytest --update-golden and review the diff"
    assert json.loads(path.read_text(encoding="utf-8")) == current, (
        f"{name} changed: if intended, run pytest --update-golden and review the diff"
    )
