from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current builder (review the diff before committing)",
    )
    parser.addoption("--hypothesis-long", action="store_true", help="run property tests with 10,000 examples each")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((Path(__file__).parent / "gold_seeds.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus folder built from seeds/ once per test session."""
    from azpk_corpus.runner import build

    out = tmp_path_factory.mktemp("built") / "corpus"
    report = build(SEEDS, out)
    assert report.built == 5 and not report.rejects
    return out


@pytest.fixture
def copy(built_seeds: Path, tmp_path: Path) -> Path:
    """A private copy of the seeds' build, for tests that damage it."""
    import shutil

    out = tmp_path / "copy"
    shutil.copytree(built_seeds, out)
    return out
