"""benchmarks/extraction.py on a two-page bench made here (the real bench is never in the repo)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

P = "The two governments agreed on Monday to expand cooperation in energy, trade and education over the next decade."


def _load() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction.py"
    spec = importlib.util.spec_from_file_location("extraction_bench", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the process pool pickles its functions by module name
    spec.loader.exec_module(module)
    return module


def test_part_of_is_stable_and_splits_in_two() -> None:
    bench = _load()
    parts = [bench.part_of(f"wcxb_{i:04d}.txt") for i in range(400)]
    assert parts == [bench.part_of(f"wcxb_{i:04d}.txt") for i in range(400)]
    assert 150 < parts.count("tune") < 250


def test_scores_a_bench_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load()
    (tmp_path / "wcxb_0001.txt").write_text(f"Home\n\nEnergy ties deepen\n\nBy Jane Doe\n\n{P}\n\n{P} Again.")
    (tmp_path / "sh_ab.txt").write_text(f"Menu\n\n{P}\n\nShare")
    gold = [
        {"source_file": "wcxb_0001.txt", "title": "Energy ties deepen", "title_known": True, "authors": [{"name": "Jane Doe"}], "authors_known": True, "body": f"{P} {P} Again.", "boilerplate": ["Home"]},
        {"source_file": "sh_ab.txt", "title": None, "title_known": False, "authors": [], "authors_known": False, "body": P, "boilerplate": []},
    ]  # fmt: skip
    (tmp_path / "gold.json").write_text(json.dumps({"articles": gold}))
    details = tmp_path / "details.jsonl"
    assert bench.main(["--bench", str(tmp_path), "--part", "all", "--details", str(details)]) == 0
    out = capsys.readouterr().out
    assert "| WCXB | 1 | 1.000 (1.000 / 1.000) | 1.000 | 1.000 | 0 | 0 |" in out
    assert "| Scrapinghub | 1 | 1.000 (1.000 / 1.000) | - | - | 0 | 0 |" in out
    assert "trafilatura, original HTML" in out
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    assert [r["source_file"] for r in rows] == ["wcxb_0001.txt", "sh_ab.txt"]


def test_missing_bench_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _load().main(["--bench", str(tmp_path)]) == 2
    assert "no gold.json" in capsys.readouterr().err
