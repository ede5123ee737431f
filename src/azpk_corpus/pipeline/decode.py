"""Stage 1: bytes to text, or a reject saying why the bytes are not an article."""

from __future__ import annotations

import codecs

from .types import RawDocument, Reject

_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
}


def decode(doc: RawDocument) -> str | Reject:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; reject anything else."""
    data = doc.data
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Reject(doc.source_file, "binary", f"{doc.source_file}: is {what}, not a text article; remove it")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return Reject(
                doc.source_file, "undecodable", f"{doc.source_file}: bad UTF-16 ({exc.reason}); re-save it as UTF-8"
            )
    if b"\x00" in data:
        return Reject(doc.source_file, "binary", f"{doc.source_file}: holds NUL bytes, not text; remove it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Reject(
            doc.source_file,
            "not_utf8",
            f"{doc.source_file}: not UTF-8 (byte {exc.start}: {exc.reason}); re-save it as UTF-8",
        )
    if not text.strip():
        return Reject(doc.source_file, "empty", f"{doc.source_file}: has no text; remove it or fill it")
    return text
