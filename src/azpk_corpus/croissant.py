"""``croissant.json``: the folder described in MLCommons Croissant 1.1, for tools that read it.

One FileObject per Parquet file (with its sha256) and one RecordSet per config, whose
fields are generated from the explicit Arrow schemas (nested structs become
``subField`` with ``jsonPath`` transforms), so it cannot drift from the files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import RELEASE_DATE, __version__
from .card import CITATION, DESCRIPTION, LICENSE_NOTE, config_descriptions
from .models import SCHEMA_VERSION

if TYPE_CHECKING:
    import pyarrow as pa

CROISSANT_NAME = "croissant.json"

_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
_DATA_TYPES = {"string": "sc:Text", "int64": "sc:Integer", "double": "sc:Float", "bool": "sc:Boolean"}


def _field(record: str, file_id: str, column: str, typ: pa.DataType, skipped: list[str]) -> dict[str, Any] | None:
    """One Croissant field for a top-level Arrow column; None (and noted in ``skipped``) when it cannot be read.

    mlcroissant reads scalar columns, lists of scalars and one level of struct (or list of struct)
    with scalar members; members nested deeper are left out and named in ``skipped``.
    """
    import pyarrow as pa

    def leaf(name: str, inner: pa.DataType, path: list[str], is_array: bool) -> dict[str, Any]:
        source: dict[str, Any] = {"fileObject": {"@id": file_id}, "extract": {"column": column}}
        if path:
            source["transform"] = [{"jsonPath": step} for step in path]
        out = {"@type": "cr:Field", "@id": "/".join([record, column, *path]), "name": name,
               "dataType": _DATA_TYPES[str(inner)], "source": source}  # fmt: skip
        return {**out, "isArray": True} if is_array else out

    is_array = pa.types.is_list(typ)
    inner = typ.value_type if is_array else typ
    if not pa.types.is_struct(inner):
        return leaf(column, inner, [], is_array)
    subs = []
    for sub in inner:
        if pa.types.is_struct(sub.type) or pa.types.is_list(sub.type):
            skipped.append(f"{column}.{sub.name}")
        else:
            subs.append(leaf(sub.name, sub.type, [sub.name], False))
    out: dict[str, Any] = {"@type": "cr:Field", "@id": f"{record}/{column}", "name": column, "subField": subs}
    return {**out, "isArray": True} if is_array else out


def croissant(files: dict[str, tuple[str, int]], schemas: dict[str, pa.Schema]) -> dict[str, Any]:
    """The Croissant document for the Parquet files ``config -> (sha256, size)`` and their schemas."""
    from .card import DATA_FILES

    described = config_descriptions()
    distribution = [
        {
            "@type": "cr:FileObject",
            "@id": f"{config}-parquet",
            "name": f"{config}-parquet",
            "description": f"The {config} config: {described[config]}",
            "contentUrl": DATA_FILES[config],
            "contentSize": f"{size} B",
            "encodingFormat": "application/x-parquet",
            "sha256": sha,
        }
        for config, (sha, size) in files.items()
    ]
    record_sets = []
    for config, schema in schemas.items():
        skipped: list[str] = []
        fields = [_field(config, f"{config}-parquet", f.name, f.type, skipped) for f in schema]
        note = (
            f" Nested members left out here, read them from the Parquet file: {', '.join(skipped)}." if skipped else ""
        )
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": config,
                "name": config,
                "description": described[config] + note,
                "field": [f for f in fields if f is not None],
            }
        )
    return {
        "@context": _CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": "azpk-corpus",
        "description": DESCRIPTION,
        "version": __version__,
        "datePublished": RELEASE_DATE,
        "license": "https://spdx.org/licenses/MIT.html",
        "url": "https://pypi.org/project/azpk-corpus/",
        "citeAs": CITATION,
        "keywords": ["news", "opinion", "Azerbaijan", "Pakistan", "claims", "fact extraction"],
        "inLanguage": "en",
        "usageInfo": LICENSE_NOTE,
        "isLiveDataset": False,
        "rai:dataCollection": "Raw article pages as scraped (page chrome included), cleaned by rule-based extraction; "
        f"record schema {SCHEMA_VERSION}.",
        "rai:dataBiases": "One-sided, often state-aligned opinion pieces from a handful of publishers.",
        "rai:dataLimitations": "Facts are recorded as the articles state them, errors included; nothing is checked.",
        "distribution": distribution,
        "recordSet": record_sets,
    }
