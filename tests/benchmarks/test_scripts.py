"""The benchmark scripts (compare, load, scale, robustness, fit_title) run on small inputs made here (figures are never asserted)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from azpk_corpus.pipeline.header import TITLE_WEIGHTS

P = "The two governments agreed on Monday to expand cooperation in energy, trade and education over the next decade."


def _load(name: str) -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_bench", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _load_beside_extraction(name: str) -> ModuleType:
    """A script that imports ``extraction`` from the benchmarks folder, as it does when run there."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        return _load(name)
    finally:
        sys.path.pop(0)


def test_compare_times_every_tool_on_the_same_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wcxb_0001.txt").write_text(f"Home\n\nEnergy ties deepen\n\n{P}\n\n{P} Again.")
    (tmp_path / "sh_ab.txt").write_text(f"Menu\n\n{P}\n\nShare")
    gold = [{"source_file": n, "body": P} for n in ("sh_ab.txt", "wcxb_0001.txt")]
    (tmp_path / "gold.json").write_text(json.dumps({"articles": gold}))
    assert _load("compare").main(["--bench", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| azpk-corpus process() | WCXB | 1 |" in out and "| azpk-corpus process() | Scrapinghub | 1 |" in out
    assert "| azpk-corpus extraction only | WCXB | 1 |" in out


def test_wrapped_text_is_one_escaped_paragraph_per_line() -> None:
    assert _load("compare").wrapped("a < b\n\nc") == "<html><body><p>a &lt; b</p><p>c</p></body></html>"


def test_load_compares_with_a_bare_read(built_seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _load("load").main([str(built_seeds), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "| import cost (difference) |" in out and "| ratio load_corpus / read_table |" in out


def test_scale_pages_are_deterministic_and_build(tmp_path: Path) -> None:
    scale = _load("scale")
    pool = scale.paragraphs()
    assert scale.page(7, pool) == scale.page(7, pool) != scale.page(8, pool)
    assert scale.make_pages(8, tmp_path / "pages") == sum(p.stat().st_size for p in (tmp_path / "pages").iterdir())
    from azpk_corpus.runner import build

    assert build(tmp_path / "pages", tmp_path / "out", workers=2).built == 8


def test_robustness_styles_rewrite_a_page_and_keep_its_article() -> None:
    robustness = _load_beside_extraction("robustness")
    paragraphs = [f"{P} Part {k}." for k in range(6)]
    text = "\n\n".join(["Home", "Energy ties deepen", *paragraphs])
    gold = {"title": "Energy ties deepen", "authors": [], "body": "\n\n".join(paragraphs)}
    for style, rewrite in robustness.STYLES.items():
        out = " ".join(rewrite(text, gold).split())  # 'wrapped' breaks the lines
        assert all(p in out for p in paragraphs), style
    ads = robustness.STYLES["ads"](text, gold).split("\n\n")
    assert ads.count("Advertisement") == 2 and ads.index("Advertisement") > ads.index(paragraphs[0])
    assert robustness.STYLES["media"]("\n\n".join(paragraphs[:3]), gold).count("02:15") == 0  # too short to hold one
    short, cut = robustness.CUTS["short"](text + "\n\nAbout us", gold)
    assert short.split("\n\n") == ["Home", "Energy ties deepen", *paragraphs[:2], "About us"]
    assert cut["body"] == "\n\n".join(paragraphs[:2]) and gold["body"] == "\n\n".join(paragraphs)


def test_fit_title_fits_the_newest_weight_alone() -> None:
    fit_title = _load_beside_extraction("fit_title")

    blank = (0.0,) * len(TITLE_WEIGHTS)
    marked = (*blank[:-1], 1.0)  # two candidates alike but for the newest feature, which the gold one has
    assert fit_title.fit_last([([blank, marked], [False, True])]) == (fit_title.LAST_GRID[1], 1)
    assert fit_title.fit_last([([blank, marked], [True, False])]) == (0.0, 1)  # ties go to 0
