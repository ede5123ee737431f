"""The hand-written Arrow schemas must say exactly what the pydantic models say."""

from __future__ import annotations

import types
import typing
from typing import Any

import pyarrow as pa
import pytest
from pydantic import BaseModel

from azpk_corpus.arrow_schema import schemas
from azpk_corpus.models import CONFIG_MODELS

_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow(annotation: Any) -> tuple[pa.DataType, bool]:
    """(Arrow type, nullable) that a model annotation calls for."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        assert len(inner) == 1, annotation
        return _arrow(inner[0])[0], type(None) in args
    if typing.get_origin(annotation) is typing.Literal:
        return pa.string(), False
    if typing.get_origin(annotation) is list:
        return pa.list_(pa.field("element", _arrow(args[0])[0], nullable=False)), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(_fields(annotation)), False
    return _SCALARS[annotation], False


def _fields(model: type[BaseModel]) -> list[pa.Field]:
    out = []
    for name, info in model.model_fields.items():
        typ, nullable = _arrow(info.annotation)
        out.append(pa.field(name, typ, nullable=nullable))
    return out


@pytest.mark.parametrize("config", sorted(CONFIG_MODELS))
def test_arrow_schema_matches_model(config: str) -> None:
    expected = pa.schema(_fields(CONFIG_MODELS[config]))
    assert schemas()[config].equals(expected), f"\n{schemas()[config]}\n!=\n{expected}"


def test_written_parquet_has_the_schema(built_seeds: Any) -> None:
    import pyarrow.parquet as pq

    from azpk_corpus.card import DATA_FILES

    for config, path in DATA_FILES.items():
        assert pq.read_schema(built_seeds / path).remove_metadata().equals(schemas()[config])
