"""Build the wheel, install it into a fresh venv and load the corpus both ways, with the network off.

The fresh venv gets azpk-corpus from the wheel only (pip --no-index --no-deps); its
dependencies are borrowed read-only from the test environment through a .pth file,
so the test needs no download. A sitecustomize makes any socket connection fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NO_NETWORK = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network access attempted during an offline test")
socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""
CHECK = """
import os, socket, sys
try:
    socket.create_connection(("127.0.0.1", 9))
    raise SystemExit("the network guard is not active")
except OSError as exc:
    assert "offline test" in str(exc), exc
import datasets, azpk_corpus
from azpk_corpus import dataset_dir, load_corpus
assert azpk_corpus.__file__.startswith(sys.prefix), azpk_corpus.__file__
c = load_corpus()
from azpk_corpus import validate_folder
report = validate_folder(dataset_dir())
assert report.ok, report.problems
print(len(c), c[0].title, c[0].facts[0].text[:40])
for config in ("articles", "facts", "authors"):
    ds = datasets.load_dataset(str(dataset_dir()), config, split="train", cache_dir=os.environ["CACHE"])
    print(config, ds.num_rows)
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist and wheel as a release makes them: python -m build (the wheel is built from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)  # fmt: skip
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("azpk_corpus-*.whl")
    return found


@pytest.fixture(scope="module")
def sdist(dist: Path) -> Path:
    (found,) = dist.glob("azpk_corpus-*.tar.gz")
    return found


PACKAGE_FILES = {
    "py.typed",
    "pipeline/gazetteer.json",
    "card_template.md",
    "hub_card.schema.json",
    "explore.css",
    "explore.js",
}
DATA = {"README.md", "manifest.json", "croissant.json", "rejects.jsonl", *(f"{c}/train.parquet" for c in
        ("articles", "facts", "authors", "claims"))}  # fmt: skip


def test_wheel_holds_the_code_data_and_py_typed_and_nothing_stray(wheel: Path) -> None:
    names = [n for n in zipfile.ZipFile(wheel).namelist() if not n.split("/")[0].endswith(".dist-info")]
    package = {n.removeprefix("azpk_corpus/") for n in names}
    assert all(n.startswith("azpk_corpus/") for n in names), names
    assert PACKAGE_FILES | {f"data/{d}" for d in DATA} <= package
    stray = {n for n in package if not n.endswith(".py")} - PACKAGE_FILES - {f"data/{d}" for d in DATA}
    assert not stray
    assert wheel.stat().st_size < 1_000_000, "the wheel grew past 1 MB: look for stray files"


def test_sdist_holds_sources_seeds_tests_and_nothing_stray(sdist: Path) -> None:
    import tarfile

    with tarfile.open(sdist) as tar:
        names = [m.name.split("/", 1)[1] for m in tar.getmembers() if "/" in m.name and m.isfile()]
    top = {n.split("/")[0] for n in names}
    assert top <= {"src", "seeds", "schema", "tests", "benchmarks", "README.md", "CHANGELOG.md", "LICENSE",
                   "pyproject.toml", "PKG-INFO", ".gitignore"}, top  # fmt: skip
    assert {"seeds/catalog.json", "tests/gold_seeds.json", "src/azpk_corpus/data/manifest.json"} <= set(names)
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".parquet.tmp"))]


def test_twine_check_passes(dist: Path) -> None:
    files = sorted(str(p) for p in dist.iterdir())
    run = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.slow
def test_fresh_venv_offline(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_borrowed_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)], check=True)
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PYTHONPATH=str(guard), HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", CACHE=str(tmp_path / "cache"))
    run = subprocess.run([str(py), "-c", CHECK], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("5 ")
    assert lines[1:] == ["articles 5", f"facts {lines[2].split()[1]}", "authors 6"]
    cli = env_dir / "bin" / "azpk-corpus"
    built = subprocess.run([str(cli), "build", str(ROOT / "seeds"), str(tmp_path / "out")],
                           capture_output=True, text=True, cwd=tmp_path, env=env)  # fmt: skip
    assert built.returncode == 0, built.stderr
