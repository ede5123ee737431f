"""JSON Schema of each config's rows, generated from the pydantic models.

``python -m azpk_corpus.schema --write schema --readme README.md`` regenerates
``schema/*.json`` and the README's field tables; tests fail when either drifts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .models import CONFIG_MODELS, SCHEMA_VERSION


def json_schemas() -> dict[str, dict[str, Any]]:
    """Config name -> JSON Schema (draft 2020-12) of one row."""
    out = {}
    for name, model in CONFIG_MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://pypi.org/project/azpk-corpus/schema/{SCHEMA_VERSION}/{name}.schema.json"
        out[name] = schema
    return out


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


README_START, README_END = "<!-- fields:start -->", "<!-- fields:end -->"


def readme_fields() -> str:
    """The README's field tables (between its fields markers), generated from the models."""
    from .card import field_table, nested_models
    from .models import Article

    parts = ["#### `articles`", "", field_table(Article), ""]
    for name, model in nested_models(Article).items():
        parts += [f"#### `{name}`", "", field_table(model), ""]
    for config in ("facts", "authors", "claims"):
        parts += [f"#### `{config}`", "", field_table(CONFIG_MODELS[config]), ""]
    for name, model in nested_models(CONFIG_MODELS["claims"]).items():
        parts += [f"#### `{name}`", "", field_table(model), ""]
    return "\n".join(parts)


def with_readme_fields(readme: str) -> str:
    """``readme`` with the block between the fields markers regenerated."""
    head, rest = readme.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_START}\n{readme_fields()}{README_END}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser(description="Regenerate the files derived from the models.")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write DIR/<config>.schema.json (e.g. schema/)")
    parser.add_argument("--readme", type=Path, metavar="FILE", help="rewrite the field tables in FILE (README.md)")
    args = parser.parse_args()
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, schema in json_schemas().items():
            (args.write / f"{name}.schema.json").write_text(render(schema), encoding="utf-8")
    if args.readme:
        args.readme.write_text(with_readme_fields(args.readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
