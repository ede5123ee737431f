"""The dataset card (README.md) of a built folder: YAML the Hub and ``datasets`` read, then prose.

Field tables are generated from the pydantic models and feature lists from the
Arrow schemas, so the card cannot drift from the data.
"""

from __future__ import annotations

import types
import typing
from collections import Counter
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ._version import __version__
from .models import CONFIG_MODELS, SCHEMA_VERSION, Article, ClaimGroup, ClaimMember

if TYPE_CHECKING:
    import pyarrow as pa

DATA_FILES = {name: f"{name}/train.parquet" for name in CONFIG_MODELS}
"""Config name -> Parquet path inside a built folder."""


def _feature(typ: pa.DataType) -> dict[str, Any]:
    """The ``datasets`` YAML form of an Arrow type ('dtype', 'list', 'struct')."""
    import pyarrow as pa

    if pa.types.is_list(typ):
        inner = typ.value_type
        if pa.types.is_struct(inner):
            return {"list": [{"name": f.name, **_feature(f.type)} for f in inner]}
        return {"list": _feature(inner)["dtype"]}
    if pa.types.is_struct(typ):
        return {"struct": [{"name": f.name, **_feature(f.type)} for f in typ]}
    return {"dtype": {"int64": "int64", "double": "float64", "string": "string", "bool": "bool"}[str(typ)]}


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        names = [_type_name(a) for a in args if a is not type(None)]
        return " \\| ".join(names) + (" \\| null" if type(None) in args else "")
    if origin is list:
        return f"list[{_type_name(args[0])}]"
    if origin is typing.Literal:
        return "str"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    return getattr(annotation, "__name__", str(annotation))


def field_table(model: type[BaseModel]) -> str:
    """A Markdown table of a model's fields: name, type, description."""
    rows = ["| field | type | description |", "|---|---|---|"]
    for name, info in model.model_fields.items():
        rows.append(f"| `{name}` | {_type_name(info.annotation)} | {info.description or model.__doc__ or ''} |")
    return "\n".join(rows)


def nested_models(model: type[BaseModel], seen: dict[str, type[BaseModel]] | None = None) -> dict[str, type[BaseModel]]:
    """Every model used inside ``model``'s fields, depth first, by class name."""
    seen = {} if seen is None else seen
    for info in model.model_fields.values():
        for arg in [info.annotation, *typing.get_args(info.annotation)]:
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg.__name__ not in seen:
                seen[arg.__name__] = arg
                nested_models(arg, seen)
    return seen


def claims_section(claims: list[ClaimGroup]) -> list[str]:
    """Markdown lines on what the claims show, written from the groups themselves."""
    conflicts = [g for g in claims if g.label == "conflict"]
    lines = [
        "## What the claims show",
        "",
        f"The `claims` config groups statements from different articles about one matter: {len(claims)} group(s), "
        f"{len(claims) - len(conflicts)} in agreement and {len(conflicts)} in conflict. A conflict is two members "
        "stating incompatible values ('1991' vs '1992'; 'April 1993' holds '1993-04-30', so that agrees) or opposite "
        "polarities; `change_over_time` marks a polarity conflict that may be a change rather than an error.",
        "",
    ]
    if claims:
        lines += ["| group | predicate | compared | label | articles | reason |", "|---|---|---|---|---:|---|"]
        for g in claims:
            n = len({m.article_id for m in g.members})
            reason = g.reason.replace("|", "\\|")
            lines.append(f"| `{g.id}` | {g.kind} | {g.attribute} | **{g.label}** | {n} | {reason} |")
        lines.append("")
    return lines


def render_card(tables: dict[str, pa.Table], articles: list[Article], claims: list[ClaimGroup], n_rejected: int) -> str:
    """The whole README.md of a built folder."""
    import yaml

    from .arrow_schema import schemas

    header = {
        "pretty_name": "azpk-corpus",
        "language": ["en"],
        "license": "other",
        "license_name": "article-text-copyright-of-publishers",
        "tags": ["news", "opinion", "azerbaijan", "pakistan", "claims", "fact-extraction"],
        "task_categories": ["text-classification", "token-classification"],
        "size_categories": ["n<1K"],
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": "train", "path": path}],
                **({"default": True} if name == "articles" else {}),
            }
            for name, path in DATA_FILES.items()
        ],
        "dataset_info": [
            {
                "config_name": name,
                "features": [{"name": f.name, **_feature(f.type)} for f in schema],
                "splits": [{"name": "train", "num_bytes": tables[name].nbytes, "num_examples": tables[name].num_rows}],
            }
            for name, schema in schemas().items()
        ],
    }
    n_facts = tables["facts"].num_rows
    kinds = Counter(r.reason for a in articles for r in a.removed)
    nested = nested_models(Article)
    parts = [
        "---",
        yaml.safe_dump(header, sort_keys=False, allow_unicode=True).rstrip(),
        "---",
        "",
        "# azpk-corpus",
        "",
        "Opinion and news articles on Azerbaijan–Pakistan relations, turned from raw scraped pages into "
        "schema-validated records: metadata, cleaned body text, authors with their bios, the facts each "
        "article states (typed dates, quantities, entities, predicate, polarity, attribution, with character "
        "offsets), and where the articles agree or contradict each other.",
        "",
        f"Built by azpk-corpus {__version__} (record schema {SCHEMA_VERSION}): {len(articles)} articles, "
        f"{n_facts} facts, {tables['authors'].num_rows} authors, {tables['claims'].num_rows} claim groups; {n_rejected} raw file(s) rejected "
        "(see `rejects.jsonl`).",
        "",
        "## Loading",
        "",
        "```python",
        "import datasets",
        'facts = datasets.load_dataset("path/to/this/folder", "facts", split="train")',
        "",
        "from azpk_corpus import load_corpus  # pydantic records",
        "corpus = load_corpus()",
        "```",
        "",
        "## Configs",
        "",
        "- `articles`: one row per article.",
        "- `facts`: one row per fact, with `article_id`.",
        "- `authors`: one row per author name, with the ids of their articles.",
        "- `claims`: one row per group of statements from different articles about one matter, labelled "
        "`agree` or `conflict`.",
        "",
        "## Fields",
        "",
        "### articles",
        "",
        field_table(Article),
        "",
        *[part for name, model in nested.items() for part in (f"### {name}", "", field_table(model), "")],
        "### claims",
        "",
        field_table(ClaimGroup),
        "",
        "### ClaimMember",
        "",
        field_table(ClaimMember),
        "",
        *claims_section(claims),
        "## Lines removed from the pages",
        "",
        "Every raw line left out of `text` is listed in `removed` with a reason code:",
        "",
        "| reason | lines |",
        "|---|---:|",
        *[f"| `{reason}` | {count} |" for reason, count in sorted(kinds.items())],
        "",
        "## Limitations",
        "",
        "The articles are opinion pieces, many of them state-aligned and one-sided; facts are recorded as "
        "the articles state them, errors included, and are not checked. The article texts remain the "
        "copyright of their publishers: use them for research, and cite the sources.",
        "",
    ]
    return "\n".join(parts)
