"""Every class of bad input gets its outcome (tests/messy.py, the README's table); the good ones are built."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from azpk_corpus import CatalogError, load_corpus
from azpk_corpus.cli import main
from azpk_corpus.runner import BuildReport, build

from .messy import CASES, make

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    src = make(tmp_path_factory.mktemp("messy") / "src")
    out = src.parent / "out"
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # root reads any file, so unreadability is simulated
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "read_bytes", read_bytes)
        report = build(src, out)
    return src, out, report


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome.startswith("rejected")], ids=lambda c: c.cls)
def test_rejected_with_a_stable_reason_naming_the_file(messy: tuple[Path, Path, BuildReport], case: object) -> None:
    _, out, report = messy
    reason = case.outcome.split(": ")[1]  # type: ignore[attr-defined]
    rejects = {r["file"]: r for r in map(json.loads, (out / "rejects.jsonl").read_text().splitlines())}
    assert rejects[case.file]["reason"] == reason  # type: ignore[attr-defined]
    assert case.file in rejects[case.file]["message"]  # type: ignore[attr-defined]
    assert len(rejects) == len(report.rejects)


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome.startswith("built")], ids=lambda c: c.cls)
def test_built_and_what_was_repaired_is_recorded(messy: tuple[Path, Path, BuildReport], case: object) -> None:
    _, out, _ = messy
    article = next(a for a in load_corpus(out) if a.source_file == case.file)  # type: ignore[attr-defined]
    detail = case.outcome.removeprefix("built").removeprefix(": ")  # type: ignore[attr-defined]
    if detail.startswith("encoding "):
        assert article.provenance.encoding == detail.split()[1]
    elif detail.startswith("repairs "):
        assert article.provenance.repairs == [detail.split()[1]]
    elif detail == "near_duplicates":
        original = next(a for a in load_corpus(out) if a.source_file == "good.txt")
        assert article.near_duplicates == [original.id] and original.near_duplicates == [article.id]


def test_mojibake_is_gone_from_the_text(messy: tuple[Path, Path, BuildReport]) -> None:
    article = next(a for a in load_corpus(messy[1]) if a.source_file == "mojibake.txt")
    assert "â€" not in article.text and "’" in article.text


def test_duplicate_names_the_first(messy: tuple[Path, Path, BuildReport]) -> None:
    (dup,) = [r for r in messy[2].rejects if r.reason == "duplicate"]
    assert dup.source_file == "good2.txt" and "good.txt" in dup.message


def test_skipped_things_are_said_once_each(messy: tuple[Path, Path, BuildReport]) -> None:
    notes = messy[2].notes
    for what in ("symbolic links", "sub-folders", "not named *.txt"):
        assert sum(what in n for n in notes) == 1, (what, notes)


def test_every_good_article_is_built_and_every_bad_one_is_listed(messy: tuple[Path, Path, BuildReport]) -> None:
    src, out, report = messy
    built = {a.source_file for a in load_corpus(out)}
    listed = {json.loads(line)["file"] for line in (out / "rejects.jsonl").read_text().splitlines()}
    pages = {p.name for p in src.iterdir() if p.suffix in (".txt", ".html") and not p.is_symlink()}
    assert built | listed == pages | {"gone.txt"} and not built & listed
    assert built == {c.file for c in CASES if c.outcome.startswith("built")}
    assert report.built == len(built)


def test_malformed_catalog_is_fatal_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = make(tmp_path / "src", huge=False)
    (src / "catalog.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"catalog\.json: cannot be read as JSON"):
        build(src, tmp_path / "out")
    assert main(["build", str(src), str(tmp_path / "out")]) == 2
    assert "catalog.json" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_strict_turns_any_reject_into_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = make(tmp_path / "src", huge=False)
    assert main(["build", str(src), str(tmp_path / "out"), "--strict"]) == 1
    assert "nothing written (--strict)" in capsys.readouterr().out and not (tmp_path / "out").exists()


def test_max_bytes_option(tmp_path: Path) -> None:
    src = make(tmp_path / "src", huge=False)
    report = build(src, tmp_path / "out", max_bytes=1000)
    assert {r.reason for r in report.rejects if r.source_file == "good.txt"} == {"too_large"}
    assert "1,000-byte limit" in next(r.message for r in report.rejects if r.source_file == "good.txt")


def test_readme_table_lists_every_case() -> None:
    text = README.read_text(encoding="utf-8")
    for case in CASES:
        assert re.search(rf"^\| {re.escape(case.cls)} \|", text, re.M), case.cls
