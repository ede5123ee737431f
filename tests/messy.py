"""A source folder holding one file of every bad-input class, beside good articles.

``CASES`` is the class -> outcome table the README shows; ``tests/test_bad_input.py`` builds
the folder and checks every row. To look at it by hand:
``python -c "from tests.messy import make; make('/tmp/messy')" && azpk-corpus build /tmp/messy /tmp/out``
"""

from __future__ import annotations

import codecs
import json
import os
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BIG = 50 * 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One class of input: the file that shows it and what the build must do with it."""

    cls: str
    file: str
    outcome: str
    """'built', 'built: <detail>', 'rejected: <reason>', 'skipped' or 'fatal'."""


CASES = [
    Case("good article (UTF-8)", "good.txt", "built"),
    Case("empty file", "empty.txt", "rejected: empty"),
    Case("whitespace only", "blank.txt", "rejected: empty"),
    Case("NUL bytes", "nul.txt", "rejected: binary"),
    Case("a PDF (by its magic bytes)", "paper.txt", "rejected: binary"),
    Case("a ZIP (by its magic bytes)", "bundle.txt", "rejected: binary"),
    Case("UTF-8 with BOM", "bom.txt", "built: encoding utf-8-sig"),
    Case("UTF-16 with BOM", "utf16.txt", "built: encoding utf-16"),
    Case("legacy code page, unambiguous", "legacy.txt", "built: repairs decoded_cp1252"),
    Case("legacy code page, ambiguous", "naive.txt", "rejected: ambiguous_encoding"),
    Case("mojibake (â€™)", "mojibake.txt", "built: repairs mojibake"),
    Case("a saved HTML page (opens with a doctype or `<html>`)", "saved.html", "built: repairs html_rendered"),
    Case("very large file (50 MB)", "huge.txt", "rejected: too_large"),
    Case("no body found", "menu.txt", "rejected: no_body"),
    Case("the same article twice", "good2.txt", "rejected: duplicate"),
    Case("near duplicate", "near.txt", "built: near_duplicates"),
    Case("catalog entry for a missing file", "gone.txt", "rejected: missing_file"),
    Case("unknown catalog key", "badkey.txt", "rejected: bad_catalog_entry"),
    Case("unreadable file", "locked.txt", "rejected: unreadable"),
    Case("sub-folder", "drafts", "skipped"),
    Case("symbolic link", "link.txt", "skipped"),
    Case("not a .txt or .html file", "notes.md", "skipped"),
    Case("malformed catalog", "catalog.json", "fatal"),
]


PARAGRAPHS = (
    "The two governments agreed on Monday to expand cooperation in energy, trade and education over the next decade.",
    "Officials said the new agreements would be signed during a visit by the foreign minister later this year.",
    "Analysts noted that trade between the countries remains small, although both sides have promised to increase it.",
)
"""An article of its own for the HTML case (a copy of a seed would be rejected as a duplicate)."""


def _seed(index: int) -> str:
    return sorted(SEEDS.glob("*.txt"))[index].read_text(encoding="utf-8")


def make(folder: str | Path, *, huge: bool = True) -> Path:
    """Write the folder (the malformed-catalog case is left out: it stops the whole build)."""
    src = Path(folder)
    src.mkdir(parents=True, exist_ok=True)
    good, other = _seed(3), _seed(1)
    plain = "".join(c if ord(c) < 128 or c in "’‘“”–—" else " " for c in _seed(4))  # cp1252 in every code page
    files: dict[str, bytes] = {
        "good.txt": good.encode(),
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n   \n",
        "nul.txt": b"text\x00with\x00nuls",
        "paper.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "bundle.txt": b"PK\x03\x04\x14\x00\x00\x00",
        "bom.txt": codecs.BOM_UTF8 + other.encode(),
        "utf16.txt": _seed(0).encode("utf-16"),
        "legacy.txt": plain.encode("cp1252"),
        "naive.txt": (plain + "\nA naïve plan.\n").encode("cp1252"),
        "mojibake.txt": _seed(2).replace("’", "’".encode().decode("cp1252")).encode(),  # curly apostrophes as mojibake
        "menu.txt": b"Home\nNews\nSport\nContact\nLogin\n",
        "good2.txt": good.encode(),
        "near.txt": good.replace("Pakistan", "Islamabad", 3).encode(),  # a re-published copy, edited
        "badkey.txt": b"never read: its catalog entry is invalid",
        "locked.txt": b"never read: the test makes it unreadable",
        "notes.md": b"# not an article",
        "saved.html": (
            "<!DOCTYPE html><html><head><title>x</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in ("Baku talks", *PARAGRAPHS))
            + "</body></html>"
        ).encode(),
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    if huge:
        with (src / "huge.txt").open("wb") as fh:
            fh.truncate(BIG)  # sparse: 50 MB on paper, nothing on disk
    (src / "drafts").mkdir(exist_ok=True)
    (src / "drafts" / "draft.txt").write_text("not read")
    if not (src / "link.txt").is_symlink():
        os.symlink(src / "good.txt", src / "link.txt")
    catalog = {"gone.txt": {"publisher": "Nobody"}, "badkey.txt": {"url": "https://example.com/"}}
    (src / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")
    return src
