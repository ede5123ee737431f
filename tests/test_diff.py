"""azpk-corpus diff: records added, removed and changed by id, and the version bump the rule asks for."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from azpk_corpus import dataset_dir, diff_folders
from azpk_corpus.cli import main
from azpk_corpus.diff import _changed_fields, field_paths, render_markdown
from azpk_corpus.runner import build

from .conftest import SEEDS


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A build of a copy of seeds/ where one word of one body paragraph was replaced (same length)."""
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(SEEDS, src, dirs_exist_ok=True)
    path = sorted(src.glob("*.txt"))[2]
    lines = path.read_text(encoding="utf-8").split("\n")
    # The longest digit-free line is body prose; a same-length edit keeps every offset.
    number = max((i for i, line in enumerate(lines) if not re.search(r"\d", line)), key=lambda i: len(lines[i]))
    word = max(re.findall(r"[a-z]{6,}", lines[number]), key=len)
    lines[number] = lines[number].replace(word, word.upper(), 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "corpus"
    build(src, out)
    return out, path.name


def test_identical_folders(built_seeds: Path) -> None:
    diff = diff_folders(built_seeds, built_seeds)
    assert all(not (d.added or d.removed or d.changed) for d in diff.configs.values())
    assert diff.bump == "patch"


def test_one_edited_article_against_the_release_shows_exactly_that_change(edited: tuple[Path, str]) -> None:
    out, name = edited
    diff = diff_folders(dataset_dir(), out)
    articles = diff.configs["articles"]
    assert [(c.label, c.fields) for c in articles.changed] == [(name, ["provenance.raw_sha256", "text"])]
    assert not articles.added and not articles.removed and articles.unchanged == 4
    for config in ("authors", "claims"):
        d = diff.configs[config]
        assert not (d.added or d.removed or d.changed), config
    # a fact whose sentence holds the edited word changes its text; no fact is added or removed
    facts = diff.configs["facts"]
    assert not facts.added and not facts.removed
    assert all(c.fields == ["text"] and c.key.startswith(articles.changed[0].key) for c in facts.changed)
    assert diff.bump == "major"


def test_added_and_removed_articles(tmp_path: Path, built_seeds: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    first = sorted(src.glob("*.txt"))[0]
    first.rename(first.with_name("renamed.txt"))
    build(src, tmp_path / "out")
    diff = diff_folders(built_seeds, tmp_path / "out")
    assert len(diff.configs["articles"].added) == 1 and len(diff.configs["articles"].removed) == 1
    assert diff.bump == "major"


def test_fields_added_are_not_changes_and_ask_for_minor(tmp_path: Path, built_seeds: Path) -> None:
    """An older folder without a column: the new column is listed, and records are otherwise the same."""
    old = tmp_path / "old"
    shutil.copytree(built_seeds, old)
    path = old / "facts" / "train.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["hedged"]), path)
    diff = diff_folders(old, built_seeds)
    assert diff.configs["facts"].fields_added == ["hedged"] and not diff.configs["facts"].changed
    assert diff.bump == "minor"


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ({"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 3}, []),  # a field added is not a change
        ({"a": 1, "b": 2}, {"a": 1}, ["b"]),  # a field removed is
        ({"a": [{"x": 1}]}, {"a": [{"x": 1, "y": 2}]}, []),  # nor is a nested member added
        ({"a": [{"x": 1}]}, {"a": [{"x": 2}]}, ["a"]),
        ({"a": [1, 2]}, {"a": [1]}, ["a"]),
        (
            {"provenance": {"builder_version": "0.1.0", "raw_sha256": "x"}},
            {"provenance": {"builder_version": "1.0.0", "raw_sha256": "x"}},
            [],
        ),
        ({"provenance": {"raw_sha256": "x"}}, {"provenance": {"raw_sha256": "y"}}, ["provenance.raw_sha256"]),
    ],
)
def test_changed_fields(old: dict[str, object], new: dict[str, object], changed: list[str]) -> None:
    assert _changed_fields(old, new) == changed


def test_field_paths_cover_nested_members() -> None:
    paths = field_paths(pq.read_schema(dataset_dir() / "facts" / "train.parquet"))
    assert {"dates", "dates.range", "dates.range.start", "entities.id", "article_id"} <= set(paths)


def test_markdown_is_the_changelog_section(edited: tuple[Path, str]) -> None:
    text = render_markdown(diff_folders(dataset_dir(), edited[0]))
    assert text.startswith("### Data\n") and "- `articles`: 0 added, 0 removed, 1 changed, 4 unchanged." in text
    assert "**major**" in text


def test_cli_text_json_and_default_old(edited: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    out, name = edited
    assert main(["diff", str(out)]) == 0  # OLD_DIR defaults to the shipped corpus
    text = capsys.readouterr().out
    assert f"({name}): provenance.raw_sha256, text" in text and "version bump the rule asks for: major" in text
    assert main(["diff", str(dataset_dir()), str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bump"] == "major" and len(data["configs"]["articles"]["changed"]) == 1
    assert main(["diff", "a", "b", "c"]) == 2
    assert main(["diff", str(out / "nowhere")]) == 2
