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
print(len(c), c[0].title, c[0].facts[0].text[:40])
for config in ("articles", "facts", "authors"):
    ds = datasets.load_dataset(str(dataset_dir()), config, split="train", cache_dir=os.environ["CACHE"])
    print(config, ds.num_rows)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    (found,) = dist.glob("azpk_corpus-*.whl")
    return found


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("azpk_corpus/py.typed", "azpk_corpus/data/README.md", "azpk_corpus/data/articles/train.parquet",
                   "azpk_corpus/data/facts/train.parquet", "azpk_corpus/data/authors/train.parquet"):  # fmt: skip
        assert needed in names
    assert not [n for n in names if n.startswith(("tests/", "seeds/", "benchmarks/")) or "__pycache__" in n]


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
