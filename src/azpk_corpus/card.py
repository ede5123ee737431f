"""The dataset card (README.md) of a built folder: YAML the Hub and ``datasets`` read, then prose.

Field tables are generated from the pydantic models and feature lists from the
Arrow schemas, so the card cannot drift from the data.
"""

from __future__ import annotations

import types
import typing
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel

from ._version import __version__
from .models import CONFIG_MODELS, SCHEMA_VERSION, Article, ClaimGroup, ClaimMember

if TYPE_CHECKING:
    import pyarrow as pa

DATA_FILES = {name: f"{name}/train.parquet" for name in CONFIG_MODELS}
"""Config name -> Parquet path inside a built folder."""


class ClaimSummary(NamedTuple):
    """What the card says of one claim group: a line, not its members."""

    id: str
    kind: str
    attribute: str
    label: str
    articles: int
    reason: str


@dataclass
class CorpusStats:
    """What the card is written from, gathered while a build streams (the records are never all at hand)."""

    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATA_FILES, 0))
    nbytes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATA_FILES, 0))
    """Arrow size of each config's records."""
    removed: Counter[str] = field(default_factory=Counter)
    """Lines removed from the pages, by reason."""
    publishers: Counter[str] = field(default_factory=Counter)
    claims: list[ClaimSummary] = field(default_factory=list)
    rejected: int = 0


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


def claims_section(claims: list[ClaimSummary]) -> list[str]:
    """Markdown lines on what the claims show, written from the groups themselves."""
    conflicts = [g for g in claims if g.label == "conflict"]
    lines = [
        "### What the claims show",
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
            reason = g.reason.replace("|", "\\|")
            lines.append(f"| `{g.id}` | {g.kind} | {g.attribute} | **{g.label}** | {g.articles} | {reason} |")
        lines.append("")
    return lines


DESCRIPTION = (
    "Opinion and news articles on Azerbaijan–Pakistan relations, turned from raw scraped pages into "
    "schema-validated records: metadata, cleaned body text, authors with their bios, the facts each "
    "article states (typed dates, quantities, entities, predicate, polarity, attribution, with character "
    "offsets), and where the articles agree or contradict each other."
)
LICENSE_NOTE = (
    "The builder's code and this record structure are MIT-licensed. The article texts, titles and bios remain "
    "the copyright of their publishers and authors; they are included for research on the texts themselves "
    "(text and data mining, quotation with attribution). Anyone redistributing the folder passes the texts on "
    "under those terms: cite the original articles, check each publisher's terms before republishing, and "
    "remove an article on its rights holder's request. The `facts`, `claims` and `authors` configs hold short "
    "quotations with offsets; the `articles` config holds whole texts."
)
CITATION = """@misc{azpk_corpus,
  title  = {azpk-corpus: articles on Azerbaijan--Pakistan relations as schema-validated records},
  author = {{azpk-corpus developers}},
  year   = {2026},
  howpublished = {\\url{https://pypi.org/project/azpk-corpus/}},
  note   = {Version VERSION}
}""".replace("VERSION", __version__)
CARD_TEMPLATE = "card_template.md"


def config_descriptions() -> dict[str, str]:
    """One sentence per config, shared by the card and croissant.json."""
    return {
        "articles": "one row per article: metadata, cleaned text, authors with bios, facts, removed lines.",
        "facts": "one row per stated fact, with its article_id, typed dates, quantities and entities.",
        "authors": "one row per author name, with the longest bio given and the ids of their articles.",
        "claims": "one row per group of statements from different articles about one matter, "
        "labelled agree or conflict with the reason.",
    }


_SIZES = ((10**3, "n<1K"), (10**4, "1K<n<10K"), (10**5, "10K<n<100K"), (10**6, "100K<n<1M"), (10**7, "1M<n<10M"))


def size_category(n: int) -> str:
    """The Hub's size bucket for ``n`` records."""
    return next((label for limit, label in _SIZES if n < limit), "10M<n<100M")


def card_header(stats: CorpusStats) -> dict[str, Any]:
    """The YAML metadata block the Hub and ``datasets`` read (checked by ``hub_card.schema.json``)."""
    from .arrow_schema import schemas

    return {
        "pretty_name": "azpk-corpus",
        "language": ["en"],
        "license": "other",
        "license_name": "article-text-copyright-of-publishers",
        "license_details": "Code and record structure MIT; article texts copyright of their publishers.",
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "multilinguality": ["monolingual"],
        "source_datasets": ["original"],
        "tags": ["news", "opinion", "azerbaijan", "pakistan", "claims", "fact-extraction", "croissant"],
        "task_categories": ["text-classification", "token-classification"],
        "task_ids": ["fact-checking", "named-entity-recognition"],
        "size_categories": [size_category(stats.rows["articles"])],
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
                "splits": [{"name": "train", "num_bytes": stats.nbytes[name], "num_examples": stats.rows[name]}],
            }
            for name, schema in schemas().items()
        ],
    }


def split_card(text: str) -> tuple[dict[str, Any], str]:
    """The YAML header (as data) and the Markdown body of a card."""
    import yaml

    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise ValueError("the card does not start with a '---' YAML block")
    head, body = text[4:].split("\n---\n", 1)
    data = yaml.safe_load(head)
    if not isinstance(data, dict):
        raise ValueError("the card's YAML block is not a mapping")
    return data, body


def render_card(stats: CorpusStats) -> str:
    """The whole README.md of a built folder: the Hub's dataset card template, filled from the records."""
    import string
    from importlib.resources import files

    import yaml

    described = config_descriptions()
    n = stats.rows["articles"]
    fields = [
        "#### articles",
        "",
        field_table(Article),
        "",
        *[
            part
            for name, model in nested_models(Article).items()
            for part in (f"#### {name}", "", field_table(model), "")
        ],
        "#### facts",
        "",
        field_table(CONFIG_MODELS["facts"]),
        "",
        "#### authors",
        "",
        field_table(CONFIG_MODELS["authors"]),
        "",
        "#### claims",
        "",
        field_table(ClaimGroup),
        "",
        "#### ClaimMember",
        "",
        field_table(ClaimMember),
    ]
    values = {
        "summary": DESCRIPTION,
        "description": "It is for ML/NLP work on claim detection, stance and fact consistency, and for analysts of "
        "the region. The `facts` and `authors` configs are views of the `articles` records, flattened for "
        "`datasets`.",
        "build_line": f"Built by azpk-corpus {__version__} (record schema {SCHEMA_VERSION}): {n} articles, "
        f"{stats.rows['facts']} facts, {stats.rows['authors']} authors, {stats.rows['claims']} claim "
        f"groups; {stats.rejected} raw file(s) rejected (see `rejects.jsonl`).",
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "configs": "\n".join(
            f"- `{name}` ({stats.rows[name]} rows, `{DATA_FILES[name]}`): {described[name]}" for name in DATA_FILES
        ),
        "fields": "\n".join(fields),
        "claims": "\n".join(claims_section(stats.claims)).rstrip(),
        "removed": "\n".join(
            [
                "| reason | lines |",
                "|---|---:|",
                *[f"| `{reason}` | {count} |" for reason, count in sorted(stats.removed.items())],
            ]
        ),
        "publishers": ", ".join(f"{p} ({k})" for p, k in sorted(stats.publishers.items())) or "none",
        "size_note": f"{n} articles"
        + (": enough for examples, tests and evaluation, not for training models alone." if n < 1000 else "."),
        "license_note": LICENSE_NOTE,
        "citation": CITATION,
    }
    body = string.Template(files(__package__).joinpath(CARD_TEMPLATE).read_text(encoding="utf-8")).substitute(values)
    header = yaml.safe_dump(card_header(stats), sort_keys=False, allow_unicode=True).rstrip()
    return f"---\n{header}\n---\n\n{body}"
