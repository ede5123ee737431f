"""The explorer page: one mark per dated fact, the conflicts listed, nothing loaded from the network.

The browser test renders it in headless Chromium (Debian's ``chromium``). Where Chromium is not
installed it is skipped, unless AZPK_REQUIRE_BROWSER is set (CI sets it and installs Chromium).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from azpk_corpus import dataset_dir, load_corpus
from azpk_corpus.cli import main
from azpk_corpus.explore import interval, marks, render_report

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--virtual-time-budget=3000"]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(load_corpus())


def _dated_facts() -> int:
    return sum(1 for a in load_corpus() for f in a.facts if f.dates)


def _conflicts() -> list[str]:
    return [g.reason for g in load_corpus().claims if g.label == "conflict"]


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("1992-06-09", (1992 + 5 / 12 + 8 / 365, 1992 + 5 / 12 + 8 / 365)),
        ("1993-04", (1993.25, 1993 + 4 / 12)),
        ("1992", (1992.0, 1993.0)),
        ("199X", (1990.0, 2000.0)),
        ("19XX", (1900.0, 2000.0)),
        ("1992/1994", (1992.0, 1995.0)),
        ("XXXX-09-27", None),
    ],
)
def test_interval_follows_the_granularity(value: str, span: tuple[float, float] | None) -> None:
    got = interval(value)
    assert got == span if span is None or got is None else got == pytest.approx(span)


def test_one_mark_per_dated_fact(page: str) -> None:
    n = _dated_facts()
    assert n > 0 and len(marks(list(load_corpus()))) == n
    assert len(re.findall(r'<g class="mark ', page)) == n and f'data-marks="{n}"' in page


def test_conflicts_and_their_reasons_are_listed(page: str) -> None:
    conflicts = _conflicts()
    assert conflicts and page.count('data-label="conflict"') == len(conflicts)
    for reason in conflicts:
        assert reason.replace("'", "&#x27;") in page


def test_nothing_is_loaded_from_the_network(page: str) -> None:
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", page)
    assert "url(" not in page and "@import" not in page and "//cdn" not in page


def test_accessibility_basics(page: str) -> None:
    assert '<html lang="en">' in page and page.count("<h1>") == 1
    assert len(re.findall(r'<g class="mark [^>]*tabindex="0"[^>]*aria-label="[^"]+"', page)) == _dated_facts()
    assert '<label>Show <select id="claim-filter">' in page and 'aria-live="polite"' in page
    assert 'name="viewport"' in page and "Skip to content" in page


def test_cards_show_authors_bios_and_removed_lines(page: str) -> None:
    corpus = load_corpus()
    for article in corpus:
        for author in article.authors:
            assert f"<strong>{author.name}</strong>" in page.replace("&#x27;", "'")
    assert page.count("<details><summary>Lines removed from the page") == len(corpus)
    assert page.count("<mark id=") == sum(len(a.facts) for a in corpus)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["explore", str(dataset_dir()), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") and "wrote" in capsys.readouterr().out
    assert main(["explore", str(tmp_path / "nowhere"), "-o", str(out)]) == 2
    assert main(["explore", "-o", str(tmp_path / "no" / "dir" / "r.html")]) == 2


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        if os.environ.get("AZPK_REQUIRE_BROWSER"):
            pytest.fail("AZPK_REQUIRE_BROWSER is set but no chromium is installed (apt-get install chromium)")
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    return found


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    report = tmp_path / "report.html"
    assert main(["explore", "-o", str(report)]) == 0

    def run(*args: str) -> str:
        profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
        done = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, report.as_uri()],
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    dom = run("--dump-dom")
    n = _dated_facts()
    assert len(re.findall(r'<g class="mark ', dom)) == n  # one mark per dated fact, as the browser built the DOM
    assert f'data-ready="{n}"' in dom  # the script ran to its end and found every mark
    assert dom.count('data-label="conflict"') == len(_conflicts())
    for name, size in (("laptop", "1280,2400"), ("phone", "390,1600")):
        shot = tmp_path / f"explorer-{name}.png"
        run(f"--window-size={size}", f"--screenshot={shot}")
        assert _png_size(shot) == tuple(int(v) for v in size.split(",")) and shot.stat().st_size > 20_000
