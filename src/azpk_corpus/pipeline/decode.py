"""Stage 1: bytes to text, or a reject saying why the bytes are not an article.

UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such. Other bytes are tried
in the legacy single-byte code pages scrapers meet (``LEGACY``): when every plausible reading
gives the same text the file is decoded, otherwise it is rejected as ambiguous. Mojibake
(UTF-8 read as cp1252 somewhere upstream: "â€™") is repaired with ftfy's ``fix_encoding``,
which only undoes such double encodings. Both are recorded on the record.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from .types import RawDocument, Reject

_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "a program",
}
LEGACY = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1256")
"""Windows code pages tried on bytes that are not UTF-8: Western, Central European, Cyrillic, Greek,
Turkish (Azerbaijani in Latin script) and Arabic (Urdu). The ISO 8859 variants differ from them only in
C1 controls, which no text holds. Many Western pages are ambiguous between cp1252 and cp1250 ('naïve'
or 'naďve'): those are rejected, not guessed."""
# What a wrong code page produces inside a word: letters of two scripts glued together ("cafй"), a
# symbol between letters ("£ódŸ"), a capital after a small letter, or a Latin word made mostly of
# accented letters ("Ïðèâåò" is Russian read as cp1252; "été" is fine, "Ïðèâåò" is not).
_WORD = re.compile(r"[^\W\d_]+(?:[^\s\w][^\W\d_]+)*")
_INNER = set("'’‘-‐‑.")
ACCENTED_SHARE = 2 / 3
"""Most accented letters a Latin word of five or more letters may have (Polish 'źdźbło' has 3 of 6, French
'été' and 'Łódź' are shorter); chosen by hand from such words, not tuned on data."""


@dataclass(frozen=True)
class PageMeta:
    """What a saved HTML page's head says of the article (JSON-LD, <meta> tags, <title>): the record's
    fallback where the visible text states no title, author or date."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


@dataclass(frozen=True)
class Decoded:
    """The text of a raw file, the encoding it was read in, the repairs made, and an HTML page's metadata."""

    text: str
    encoding: str
    repairs: tuple[str, ...] = ()
    meta: PageMeta = PageMeta()


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"


def _plausible(text: str) -> bool:
    """No word of the text looks like a wrong code page's output (table-tested)."""
    if re.search(r"[\x80-\x9f]", text):
        return False
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        letters = [c for c in word if c.isalpha()]
        scripts = {_script(c) for c in letters}
        if len(scripts) > 1 or any(not c.isalpha() and c not in _INNER for c in word):
            return False
        if any(a.islower() and b.isupper() and not b.isascii() for a, b in pairwise(letters)):
            return False
        if (
            scripts == {"LATIN"}
            and len(letters) >= 5
            and sum(not c.isascii() for c in letters) > ACCENTED_SHARE * len(letters)
        ):
            return False
    return True


def _legacy(doc: RawDocument) -> Decoded | Reject:
    readings: dict[str, list[str]] = {}
    for encoding in LEGACY:
        try:
            text = doc.data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            readings.setdefault(text, []).append(encoding)
    if len(readings) == 1:
        ((text, encodings),) = readings.items()
        return Decoded(text, encodings[0], (f"decoded_{encodings[0]}",))
    name = doc.source_file
    if not readings:
        return Reject(
            name,
            "undecodable",
            f"{name}: neither UTF-8 nor a legacy code page ({', '.join(LEGACY)}) reads it as text; re-save it as UTF-8",
        )
    candidates = ", ".join("/".join(e) for e in readings.values())
    return Reject(
        name,
        "ambiguous_encoding",
        f"{name}: not UTF-8, and {candidates} read it as different text; re-save it as UTF-8",
    )


def decode(doc: RawDocument) -> Decoded | Reject:
    """Decode the bytes of one raw file; reject binary, empty and unreadable content with a stable reason."""
    data, name = doc.data, doc.source_file
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Reject(name, "binary", f"{name}: is {what}, not a text article; remove it")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            decoded = Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            return Reject(name, "undecodable", f"{name}: bad UTF-16 ({exc.reason}); re-save it as UTF-8")
    elif b"\x00" in data:
        return Reject(name, "binary", f"{name}: holds NUL bytes, not text; remove it")
    else:
        try:
            decoded = Decoded(data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")
        except UnicodeDecodeError:
            legacy = _legacy(doc)
            if isinstance(legacy, Reject):
                return legacy
            decoded = legacy
    if not decoded.text.strip():
        what = "is empty" if not decoded.text else "holds only whitespace"
        return Reject(name, "empty", f"{name}: {what}, no text; remove it or fill it")
    return _fix_mojibake(decoded)


# UTF-8 read as cp1252 or Latin-1 turns every multi-byte character into a lead byte (Â..ô) followed
# by a continuation byte (U+0080..U+00BF or its cp1252 reading): without such a pair there is nothing
# for fix_encoding to undo, and the regex costs a fraction of ftfy's own scan (~7 ms per bench page).
# A C1 control (cp1252 punctuation read as Latin-1, 'we\x92re') is the other thing it repairs.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)


def _fix_mojibake(decoded: Decoded) -> Decoded:
    if not _MOJIBAKE_PAIR.search(decoded.text):
        return decoded
    import ftfy

    fixed = ftfy.fix_encoding(decoded.text)
    if fixed == decoded.text:
        return decoded
    return Decoded(fixed, decoded.encoding, (*decoded.repairs, "mojibake"))
