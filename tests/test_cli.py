from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from azpk_corpus.cli import main

from .conftest import SEEDS


def test_build_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), str(tmp_path / "out")]) == 0
    assert "built 5 article(s), rejected 0" in capsys.readouterr().out


def test_build_exit_1_on_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes((SEEDS / "003_4dd7f42ee01dac60.txt").read_bytes())
    (src / "bad.txt").write_bytes(b"")
    assert main(["build", str(src), str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert "rejected: bad.txt: is empty" in captured.err and "[empty]" in captured.err
    assert "built 1 article(s), rejected 1 (empty 1)" in captured.out


def test_fatal_error_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("azpk-corpus: error: ") and "nowhere" in err[0]


def test_usage_error_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build"])
    assert exc.value.code == 2


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_workers_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build", str(SEEDS), "out", "--workers", value])
    assert exc.value.code == 2
    assert "is not a whole number of at least 1" in capsys.readouterr().err


def test_build_with_two_workers(tmp_path: Path) -> None:
    assert main(["build", str(SEEDS), str(tmp_path / "out"), "-j", "2", "-q"]) == 0
    assert (tmp_path / "out" / "manifest.json").is_file()


def test_help_and_version() -> None:
    out = subprocess.run([sys.executable, "-m", "azpk_corpus", "build", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "SOURCE_DIR" in out.stdout and "--strict" in out.stdout
    out = subprocess.run([sys.executable, "-m", "azpk_corpus", "--version"], capture_output=True, text=True)
    assert out.stdout.strip().startswith("azpk-corpus ")


def test_evaluate_prints_the_issue_figures(built_seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    gold = Path(__file__).parent / "gold_seeds.json"
    assert main(["evaluate", str(built_seeds), str(gold), "--details"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["summary"]["pages"] == 5 and result["summary"]["title_exact"] == 1.0
    assert len(result["pages"]) == 5


def test_evaluate_bad_gold_is_an_error(built_seeds: Path, tmp_path: Path) -> None:
    (tmp_path / "g.json").write_text("[]")
    assert main(["evaluate", str(built_seeds), str(tmp_path / "g.json")]) == 2
