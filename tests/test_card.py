"""The dataset card: the Hub's template sections, a YAML header its schema accepts, fields from the models."""

from __future__ import annotations

from pathlib import Path

import pytest

from azpk_corpus.card import CorpusStats, render_card, size_category, split_card
from azpk_corpus.models import CONFIG_MODELS
from azpk_corpus.validate import card_problems

HUB_SECTIONS = [
    "# Dataset Card for azpk-corpus",
    "## Dataset Details",
    "### Dataset Description",
    "### Dataset Sources",
    "## Uses",
    "### Direct Use",
    "### Out-of-Scope Use",
    "## Dataset Structure",
    "## Dataset Creation",
    "### Curation Rationale",
    "### Source Data",
    "#### Data Collection and Processing",
    "#### Who are the source data producers?",
    "### Annotations",
    "#### Personal and Sensitive Information",
    "## Bias, Risks, and Limitations",
    "### Recommendations",
    "## Citation",
    "## Dataset Card Authors",
    "## Dataset Card Contact",
]


@pytest.fixture(scope="module")
def card(built_seeds: Path) -> str:
    return (built_seeds / "README.md").read_text(encoding="utf-8")


def test_header_passes_its_schema(card: str) -> None:
    assert card_problems(card) == []


def test_has_the_hub_template_sections_in_order(card: str) -> None:
    headings = [line for line in card.splitlines() if line.startswith("#")]
    positions = [headings.index(section) for section in HUB_SECTIONS]
    assert positions == sorted(positions)


def test_no_placeholder_is_left(card: str) -> None:
    assert "$" not in card.split("\n---\n", 1)[1] and "More Information Needed" not in card


def test_every_field_of_every_config_is_in_a_table(card: str) -> None:
    for model in CONFIG_MODELS.values():
        for name in model.model_fields:
            assert f"| `{name}` |" in card, name


def test_limitations_and_rights_are_stated(card: str) -> None:
    body = split_card(card)[1]
    for phrase in (
        "state-aligned",
        "Factual errors are kept as stated",
        "copyright of their",
        "redistribut",
        "```bibtex",
    ):
        assert phrase in body, phrase


def test_header_lists_each_config_with_its_counts(card: str) -> None:
    header = split_card(card)[0]
    assert [c["config_name"] for c in header["configs"]] == list(CONFIG_MODELS)
    counts = {i["config_name"]: i["splits"][0]["num_examples"] for i in header["dataset_info"]}
    assert counts == {"articles": 5, "facts": 44, "authors": 6, "claims": 6}


@pytest.mark.parametrize(("n", "label"), [(0, "n<1K"), (999, "n<1K"), (1000, "1K<n<10K"), (250_000, "100K<n<1M")])
def test_size_category(n: int, label: str) -> None:
    assert size_category(n) == label


def test_an_empty_corpus_still_renders_a_valid_card() -> None:
    text = render_card(CorpusStats(rejected=3))
    assert card_problems(text) == [] and "0 articles" in text and "3 raw file(s) rejected" in text
