"""schema/*.json is generated from the models; regenerate with `python -m azpk_corpus.schema --write schema`."""

from __future__ import annotations

from pathlib import Path

from azpk_corpus.models import CONFIG_MODELS
from azpk_corpus.schema import json_schemas, render, with_readme_fields

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


def test_one_file_per_config() -> None:
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(f"{n}.schema.json" for n in CONFIG_MODELS)


def test_no_drift_from_models() -> None:
    for name, schema in json_schemas().items():
        committed = (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == render(schema), (
            f"schema/{name}.schema.json drifted from the models: run python -m azpk_corpus.schema --write schema"
        )


def test_readme_field_tables_match_the_models() -> None:
    readme = (SCHEMA_DIR.parent / "README.md").read_text(encoding="utf-8")
    assert readme == with_readme_fields(readme), (
        "README field tables drifted: run python -m azpk_corpus.schema --readme README.md"
    )
