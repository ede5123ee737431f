"""Countries, capitals, organisations and places named in a text, with stable ids.

Countries come from pycountry (``iso:<alpha-3>``); ``gazetteer.json`` (versioned, shipped
with the package) adds short and adjectival country forms, capitals mapped to their country,
and the organisations and places of the region (``gaz:<key>``). Matching is case-sensitive
on whole words, longest name first, so 'UN Security Council' is one mention, not two.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

from ..models import EntityKind

# pycountry names that are common English words or given names far more often than countries.
_AMBIGUOUS = frozenset({"Chad", "Jersey", "Jordan", "Guernsey", "Niger"})


@dataclass(frozen=True)
class Named:
    """What a name refers to."""

    id: str
    name: str
    kind: EntityKind
    country: str | None


@dataclass(frozen=True)
class Mention:
    """A name found in a text: offsets into that text and what it refers to."""

    start: int
    end: int
    entity: Named


def gazetteer() -> dict[str, Any]:
    """The shipped gazetteer file, parsed."""
    return cast(dict[str, Any], json.loads(resources.files(__package__).joinpath("gazetteer.json").read_text("utf-8")))


@functools.cache
def _names() -> tuple[re.Pattern[str], dict[str, Named]]:
    import pycountry

    table: dict[str, Named] = {}

    def country(code: str) -> Named:
        record = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
        if record is None:
            raise ValueError(f"gazetteer.json: {code} is not an ISO 3166 alpha-3 code")
        name = getattr(record, "common_name", None) or record.name
        return Named(f"iso:{code}", name.split(",")[0], "country", code)

    for record in pycountry.countries:
        named = country(record.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value and "," not in value and value not in _AMBIGUOUS:
                table.setdefault(value, named)
    data = gazetteer()
    for code, aliases in data["country_aliases"].items():
        for alias in aliases:
            table[alias] = country(code)
    for entry in data["entries"]:
        named = Named(f"gaz:{entry['id']}", entry["name"], entry["kind"], entry["country"])
        for alias in entry["aliases"]:
            table[alias] = named
    alternatives = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<name>{alternatives})(?!\w)"), table


def find_entities(text: str) -> list[Mention]:
    """Every known name in ``text``, in order, none overlapping."""
    pattern, table = _names()
    return [Mention(m.start("name"), m.end("name"), table[m.group("name")]) for m in pattern.finditer(text)]
