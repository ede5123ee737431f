"""Output safety: a build is written beside OUT_DIR and swapped into place whole, or not at all.

The new folder is written as ``.<name>.tmp-<pid>-<random>`` next to OUT_DIR and exchanged
with OUT_DIR in one atomic ``renameat2(RENAME_EXCHANGE)`` on Linux, so that at every moment
OUT_DIR is either the old corpus or the new one, even under ``kill -9``. Where the exchange
is not available, two renames are used and the next build restores OUT_DIR from the
``.<name>.old-<pid>`` folder if a crash fell between them. Leftovers of killed builds are
removed by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import re
import shutil
import tempfile
from pathlib import Path

from .card import DATA_FILES
from .errors import OutputDirError
from .writer import CARD_NAME

_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<kind>tmp|old)-(?P<pid>\d+)(-.*)?$")
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def is_corpus_dir(path: Path) -> bool:
    """A folder a previous build wrote (so a new build may replace it)."""
    return (path / CARD_NAME).is_file() and (path / DATA_FILES["articles"]).is_file()


def check_out_dir(out_dir: Path, force: bool) -> None:
    """Refuse an OUT_DIR a build must not replace; restore one a crashed swap left missing."""
    recover(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputDirError(f"{out_dir}: exists and is not a folder; choose another OUT_DIR")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_corpus_dir(out_dir) and not force:
        raise OutputDirError(
            f"{out_dir}: exists and is not a corpus folder; choose an empty or new OUT_DIR, or pass --force to replace it"
        )


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out_dir: Path) -> list[Path]:
    """Remove what killed builds left beside ``out_dir``; put back an OUT_DIR a crash left missing."""
    if not out_dir.parent.is_dir():
        return []
    removed = []
    for path in sorted(out_dir.parent.iterdir()):
        match = _LEFTOVER.match(path.name)
        if not match or match["name"] != out_dir.name or _alive(int(match["pid"])):
            continue
        if match["kind"] == "old" and not out_dir.exists():
            os.replace(path, out_dir)  # the crash fell between the two renames of the fallback swap
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def temp_dir(out_dir: Path) -> Path:
    """A new empty folder beside ``out_dir`` (same file system, so the swap is a rename)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=out_dir.parent))


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where the system cannot."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_into_place(tmp: Path, out_dir: Path) -> None:
    """Make ``tmp`` the new ``out_dir``; the old folder stays whole until the new one is in place."""
    if not out_dir.exists():
        os.replace(tmp, out_dir)
        return
    if _exchange(tmp, out_dir):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old corpus
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    os.replace(out_dir, old)
    try:
        os.replace(tmp, out_dir)
    except OSError:
        os.replace(old, out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
