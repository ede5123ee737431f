"""kill -9 at any moment of a build leaves the previous OUT_DIR byte for byte as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from azpk_corpus.outdir import recover, swap_into_place
from azpk_corpus.runner import build
from azpk_corpus.validate import validate_folder

from .conftest import SEEDS


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(out: Path) -> list[str]:
    return [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]


ARTICLES = 64


@pytest.fixture
def bigger_source(tmp_path: Path) -> Path:
    """ARTICLES distinct articles (each seed with a sentence of its own in the body), so a build lasts seconds
    (24 once did; a faster builder finished them before the 1.5 s kill)."""
    src = tmp_path / "src"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(ARTICLES):
        lines = seeds[i % len(seeds)].read_text(encoding="utf-8").split("\n")
        longest = max(range(len(lines)), key=lambda n: len(lines[n]))
        lines[longest] += f" This copy was filed as number {i} in the archive."
        (src / f"{i:03d}.txt").write_text("\n".join(lines))
    return src


def _wait_for(predicate: object, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.002)
    return False


def _processes_of(src: Path) -> list[int]:
    """Processes whose command line names ``src``: the build and its pool workers (forked, same command)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if str(src).encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


@pytest.mark.parametrize(
    "moment", ["while reading (0.5 s)", "while reading (1.5 s)", "writing started", "files written"]
)
def test_kill_9_leaves_the_previous_out_dir_intact(tmp_path: Path, bigger_source: Path, moment: str) -> None:
    out = tmp_path / "out"
    build(SEEDS, out)
    before = _snapshot(out)
    proc = subprocess.Popen([sys.executable, "-m", "azpk_corpus", "build", str(bigger_source), str(out), "-q"])

    def tmp_files() -> list[Path]:
        return [f for d in out.parent.glob(f".{out.name}.tmp-*") for f in d.rglob("*") if f.is_file()]

    if moment.startswith("while reading"):
        time.sleep(float(moment.split("(")[1].split()[0]))
    elif moment == "writing started":
        assert _wait_for(lambda: list(out.parent.glob(f".{out.name}.tmp-*")), 60), "the build never started writing"
    else:
        assert _wait_for(lambda: len(tmp_files()) >= 3, 60), "the build never wrote files"
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _wait_for(lambda: not _processes_of(bigger_source), 10), "the killed build's workers live on"
    assert _snapshot(out) == before
    assert validate_folder(out).ok
    # the next build removes what the killed one left and replaces OUT_DIR
    report = build(bigger_source, out)
    assert report.built == ARTICLES and not _leftovers(out)


def test_recover_restores_out_dir_when_a_crash_fell_between_two_renames(tmp_path: Path) -> None:
    """The fallback swap (where no atomic exchange exists) renames OUT_DIR away first; a crash then is undone."""
    out = tmp_path / "out"
    build(SEEDS, out)
    before = _snapshot(out)
    dead = 2**22 + 12345  # above the default pid_max: no such process
    os.replace(out, tmp_path / f".out.old-{dead}")
    (tmp_path / f".out.tmp-{dead}-x").mkdir()
    recover(out)
    assert _snapshot(out) == before and not _leftovers(out)


def test_swap_exchanges_atomically(tmp_path: Path) -> None:
    out, new = tmp_path / "out", tmp_path / ".out.tmp-1-x"
    out.mkdir()
    (out / "old").write_text("old")
    new.mkdir()
    (new / "new").write_text("new")
    swap_into_place(new, out)
    assert [p.name for p in out.iterdir()] == ["new"] and not new.exists()


def test_a_live_builds_temp_folder_is_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".out.tmp-{os.getpid()}-x"
    live.mkdir()
    recover(tmp_path / "out")
    assert live.exists()
