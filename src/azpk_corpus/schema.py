"""JSON Schema of each config's rows, generated from the pydantic models.

``python -m azpk_corpus.schema --write DIR`` regenerates ``schema/*.json``; a test
fails when the committed files drift from the models.
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the JSON Schema files generated from the models.")
    parser.add_argument("--write", type=Path, metavar="DIR", required=True, help="folder to write (e.g. schema/)")
    args = parser.parse_args()
    args.write.mkdir(parents=True, exist_ok=True)
    for name, schema in json_schemas().items():
        (args.write / f"{name}.schema.json").write_text(render(schema), encoding="utf-8")


if __name__ == "__main__":
    main()
