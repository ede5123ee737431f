from __future__ import annotations

import codecs

import pytest

from azpk_corpus.pipeline.decode import decode
from azpk_corpus.pipeline.lines import normalize_line, split_lines
from azpk_corpus.pipeline.types import RawDocument, Reject


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Hello", "Hello"),
        (codecs.BOM_UTF8 + b"Hello", "Hello"),
        (codecs.BOM_UTF16_LE + "Héllo".encode("utf-16-le"), "Héllo"),
    ],
)
def test_decodes(data: bytes, expected: str) -> None:
    assert decode(RawDocument("a.txt", data)) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"%PDF-1.4 ...", "binary"),
        (b"PK\x03\x04rest", "binary"),
        (b"abc\x00def", "binary"),
        ("café".encode("latin-1"), "not_utf8"),
    ],
)
def test_rejects_name_the_file_and_reason(data: bytes, reason: str) -> None:
    result = decode(RawDocument("bad.txt", data))
    assert isinstance(result, Reject)
    assert result.reason == reason
    assert result.message.startswith("bad.txt: ")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  a\u00a0 b  ", "a b"),
        ("e\u0301", "é"),  # NFC
        ("zero\u200bwidth", "zerowidth"),
        ("tab\there", "tab here"),
        ("soft\u00adhyphen", "softhyphen"),
        ("escape\x1bchar", "escape char"),
    ],
)
def test_normalize_line(raw: str, clean: str) -> None:
    assert normalize_line(raw) == clean


def test_split_lines_keeps_raw_line_numbers() -> None:
    page = split_lines(RawDocument("a.txt", b""), "one\n\n  \ntwo\r\nthree")
    assert [(line.number, line.text) for line in page.lines] == [(1, "one"), (4, "two"), (5, "three")]
