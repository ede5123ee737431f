"""--engine ray: Ray Data runs the per-article work and the folder is the same bytes as a local build.

Runs a local Ray (no cluster, no network); it takes ~15 s to start, hence ``slow``. Alone:
``python -m pytest tests/test_ray_engine.py``.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from azpk_corpus.errors import UsageError
from azpk_corpus.runner import build

from .conftest import SEEDS
from .test_runner import _assert_same_files, _mixed_source


@pytest.mark.slow
def test_ray_writes_the_same_bytes_as_local_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray.data")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)  # a local Ray, whatever the machine is set up for
    src = _mixed_source(tmp_path)
    for seed in sorted(SEEDS.glob("*.txt"))[2:]:
        shutil.copy(seed, src / seed.name)
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(first, src / ("zz_copy_of_" + first.name))
    (src / "catalog.json").write_text(json.dumps({"menu.txt": {"published_date": "not a date"}}), encoding="utf-8")
    local = build(src, tmp_path / "local", workers=1)
    calls: list[int] = []
    remote = build(src, tmp_path / "ray", workers=2, engine="ray", progress=lambda d, t, n: calls.append(d))
    assert calls == list(range(1, 10))
    assert remote.built == local.built == 5
    assert remote.rejects == local.rejects
    _assert_same_files(tmp_path / "local", tmp_path / "ray")


def test_without_ray_the_error_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    with pytest.raises(UsageError, match=r"pip install 'azpk-corpus\[ray\]'"):
        build(SEEDS, tmp_path / "out", engine="ray")
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.iterdir()), "temporary folders left behind"


def test_an_unknown_engine_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown engine 'spark'; choose one of local, ray"):
        build(SEEDS, tmp_path / "out", engine="spark")
