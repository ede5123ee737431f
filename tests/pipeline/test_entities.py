from __future__ import annotations

import pytest

from azpk_corpus.pipeline.entities import find_entities, gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan and Azerbaijan", [("Pakistan", "iso:PAK"), ("Azerbaijan", "iso:AZE")]),
        ("Turkey, Türkiye and Turkiye", [("Turkey", "iso:TUR"), ("Türkiye", "iso:TUR"), ("Turkiye", "iso:TUR")]),
        ("the Pakistani Foreign Ministry", [("Pakistani", "iso:PAK")]),
        ("independence from the Soviet Union", [("Soviet Union", "iso:SUN")]),
        (
            "the United Nations Security Council (UNSC)",
            [("United Nations Security Council", "gaz:unsc"), ("UNSC", "gaz:unsc")],
        ),
        (
            "the UN Security Council",
            [("UN Security Council", "gaz:unsc")],
        ),  # one mention, not 'UN' + 'Security Council'
        ("Baku and Islamabad", [("Baku", "gaz:baku"), ("Islamabad", "gaz:islamabad")]),
        (
            "the Armenian-occupied Nagorno-Karabakh",
            [("Armenian", "iso:ARM"), ("Nagorno-Karabakh", "gaz:nagorno_karabakh")],
        ),
        ("the Jammu and Kashmir Contact Group", [("Jammu and Kashmir Contact Group", "gaz:oic_jk_contact_group")]),
        ("Michael Jordan and Chad Smith", []),  # country names that are given names are left out
        ("Bakunin and Pakistanis", [("Pakistanis", "iso:PAK")]),  # whole words only
    ],
)
def test_find_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.start : m.end], m.entity.id) for m in find_entities(text)] == expected


def test_capitals_map_to_their_country() -> None:
    (baku,) = find_entities("talks in Baku")
    assert (baku.entity.kind, baku.entity.country) == ("capital", "AZE")


def test_gazetteer_is_versioned_with_unique_ids_and_aliases() -> None:
    data = gazetteer()
    assert data["version"].count(".") == 2
    ids = [e["id"] for e in data["entries"]]
    assert len(ids) == len(set(ids))
    aliases = [a for e in data["entries"] for a in e["aliases"]] + [
        a for v in data["country_aliases"].values() for a in v
    ]
    assert len(aliases) == len(set(aliases))
