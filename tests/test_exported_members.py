"""The public API: a sorted __all__, every name importable, nothing heavy at import time."""

from __future__ import annotations

import subprocess
import sys

import azpk_corpus


def test_all_is_sorted_and_unique() -> None:
    assert azpk_corpus.__all__ == sorted(set(azpk_corpus.__all__), key=str.casefold)


def test_every_exported_name_resolves() -> None:
    for name in azpk_corpus.__all__:
        assert getattr(azpk_corpus, name) is not None, name


def test_dir_lists_every_export() -> None:
    assert set(azpk_corpus.__all__) <= set(dir(azpk_corpus))


def test_exports_are_documented_and_ours() -> None:
    for name in azpk_corpus.__all__:
        value = getattr(azpk_corpus, name)
        if callable(value):
            assert value.__module__.startswith("azpk_corpus."), name
            assert value.__doc__, f"{name} has no docstring"


def test_import_is_light() -> None:
    code = "import sys, azpk_corpus; print(sorted(m for m in ('datasets', 'pyarrow', 'pydantic', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_version_is_the_data_version() -> None:
    from azpk_corpus import load_corpus

    assert all(a.provenance.builder_version == azpk_corpus.__version__ for a in load_corpus())


def test_changelog_has_an_entry_for_this_version() -> None:
    from pathlib import Path

    from azpk_corpus._version import RELEASE_DATE

    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{azpk_corpus.__version__}] - {RELEASE_DATE}\n" in changelog
