"""Stage 2: text to normalized lines (NFC, no NBSP or other odd spaces, no doubled spaces, no Markdown marks)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .markup import plain
from .types import Line, Page, RawDocument
from .unwrap import unwrap

# Zero-width characters and the soft hyphen carry no text; other Unicode spaces and control
# characters (which a scraper sometimes leaves between words) become ' '.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\x00-\x08\x0e-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_line(text: str) -> str:
    """NFC, invisible characters dropped, every run of spaces made one ASCII space, stripped, and
    Markdown marks read as the text they mark up (``markup.plain``)."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return plain(_SPACES.sub(" ", text).strip())


def split_lines(doc: RawDocument, text: str) -> Page:
    """Split into non-blank normalized lines (a hard-wrapped paragraph is one), remembering each
    line's raw line number (a paragraph's first)."""
    lines = []
    raws = re.split(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x1c|\x1d|\x1e|\x85", text)
    for number, raw in unwrap(raws):
        clean = normalize_line(raw)
        if clean:
            lines.append(Line(number, clean))
    return Page(doc, hashlib.sha256(doc.data).hexdigest(), tuple(lines))
