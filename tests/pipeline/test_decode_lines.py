from __future__ import annotations

import codecs

import pytest

from azpk_corpus.pipeline.decode import Decoded, _plausible, decode
from azpk_corpus.pipeline.lines import normalize_line, split_lines
from azpk_corpus.pipeline.types import RawDocument, Reject


@pytest.mark.parametrize(
    ("data", "text", "encoding", "repairs"),
    [
        (b"Hello", "Hello", "utf-8", ()),
        (codecs.BOM_UTF8 + b"Hello", "Hello", "utf-8-sig", ()),
        (codecs.BOM_UTF16_LE + "Héllo".encode("utf-16-le"), "Héllo", "utf-16", ()),
        (codecs.BOM_UTF16_BE + "Héllo".encode("utf-16-be"), "Héllo", "utf-16", ()),
        # legacy code pages: decoded when every plausible reading gives the same text
        ("The café’s menu".encode("cp1252"), "The café’s menu", "cp1252", ("decoded_cp1252",)),
        ("Größe und Maß".encode("cp1252"), "Größe und Maß", "cp1252", ("decoded_cp1252",)),
        ("Łódź and Kraków".encode("cp1250"), "Łódź and Kraków", "cp1250", ("decoded_cp1250",)),
        ("Καλημέρα κόσμε".encode("cp1253"), "Καλημέρα κόσμε", "cp1253", ("decoded_cp1253",)),
        ("Azərbaycan İlham Əliyev".encode(), "Azərbaycan İlham Əliyev", "utf-8", ()),
        # mojibake (UTF-8 read as cp1252 upstream) repaired by ftfy, and recorded
        ("It’s the 44‑day war".encode().decode("cp1252").encode(), "It’s the 44‑day war", "utf-8", ("mojibake",)),
        ("Â£5 million".encode(), "£5 million", "utf-8", ("mojibake",)),
    ],
)
def test_decodes(data: bytes, text: str, encoding: str, repairs: tuple[str, ...]) -> None:
    assert decode(RawDocument("a.txt", data)) == Decoded(text, encoding, repairs)


@pytest.mark.parametrize(
    ("data", "reason", "says"),
    [
        (b"", "empty", "is empty"),
        (b"  \n\t\n", "empty", "only whitespace"),
        (codecs.BOM_UTF8 + b" \r\n", "empty", "only whitespace"),
        (b"%PDF-1.4 ...", "binary", "a PDF"),
        (b"PK\x03\x04rest", "binary", "a ZIP archive"),
        (b"\x1f\x8b\x08rest", "binary", "a gzip archive"),
        (b"abc\x00def", "binary", "NUL bytes"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable", "bad UTF-16"),
        # one high byte alone reads as a different plausible letter in each code page
        (b"Price \xe9 only", "ambiguous_encoding", "re-save it as UTF-8"),
        ("a naïve plan".encode("cp1252"), "ambiguous_encoding", "cp1250 read it as different text"),  # ï or ď
        ("Привет, как дела".encode("cp1251"), "ambiguous_encoding", "cp1251, cp1253"),  # Russian or Greek
    ],
)
def test_rejects_name_the_file_and_reason(data: bytes, reason: str, says: str) -> None:
    result = decode(RawDocument("bad.txt", data))
    assert isinstance(result, Reject)
    assert result.reason == reason
    assert result.message.startswith("bad.txt: ") and says in result.message


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("café au lait", True),
        ("cafй au lait", False),  # Cyrillic glued to Latin
        ("£ódŸ", False),  # a symbol inside a word, a capital after a small letter
        ("Привет мир", True),
        ("naïve Æsir", True),
        ("Ïðèâåò", False),  # Russian read as cp1252: a Latin word of accented letters only
        ("Łódź and été", True),
        ("control \x85 char", False),
    ],
)
def test_plausible(text: str, plausible: bool) -> None:
    assert _plausible(text) is plausible


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


@pytest.mark.parametrize(
    "text",
    ["It’s the 44-day war", "naïve café Größe Łódź", "Привет мир", "plain ASCII", "price: £5 — 10%"],
)
def test_clean_text_skips_ftfy_and_is_unchanged(text: str) -> None:
    """The cheap pair check finds nothing to repair in clean text (so ftfy is not run on it)."""
    from azpk_corpus.pipeline.decode import _MOJIBAKE_PAIR

    assert not _MOJIBAKE_PAIR.search(text)
    assert decode(RawDocument("a.txt", text.encode())) == Decoded(text, "utf-8", ())


def test_c1_control_is_repaired() -> None:
    assert decode(RawDocument("a.txt", "we\x92re".encode())) == Decoded("we’re", "utf-8", ("mojibake",))
