"""Property tests: for any text, a valid record or a reject, never an exception, nothing invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.decode import Decoded, decode
from azpk_corpus.pipeline.lines import normalize_line
from azpk_corpus.pipeline.types import RawDocument, Reject

_WORDS = ["Pakistan", "Azerbaijan", "the", "of", "and", "in", "1992", "44-day", "By", "Jane", "Doe", "Home", "/",
          "Follow", "us", "is", "a", "writer", "27", "September", "million", "USD", ".", "?", "(", ")",
          "recognized", "independence", "diplomatic", "relations", "established", "not", "Resolution", "822",
          "Baku", "UN", "Security", "Council", "first", "war", "–", "10", "November", "around", "said"]  # fmt: skip
_line = st.lists(st.sampled_from(_WORDS) | st.text(min_size=1, max_size=12), min_size=0, max_size=40).map(" ".join)
pages = st.lists(_line, min_size=0, max_size=30).map("\n\n".join)


def _examples(request: pytest.FixtureRequest) -> int:
    return 10_000 if request.config.getoption("--hypothesis-long") else 150


def _run(request: pytest.FixtureRequest, name: str, strategy: st.SearchStrategy[bytes]) -> None:
    """Check ``strategy``'s examples through the per-article function and say how many ran; the long run
    (``--hypothesis-long``) must really have run 10,000."""
    calls: list[int] = []

    @settings(max_examples=_examples(request), deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def run(data: bytes) -> None:
        calls.append(1)
        _check_bytes(data)

    run()
    print(f"{name}: {len(calls)} examples, 0 failures")
    if request.config.getoption("--hypothesis-long"):
        assert len(calls) >= 10_000, len(calls)


def _check_bytes(data: bytes) -> None:
    doc = RawDocument("p.txt", data)
    result = process(doc)
    assert isinstance(result, Article | Reject)
    if isinstance(result, Reject):
        assert re.fullmatch(r"[a-z][a-z_]*", result.reason) and result.message.startswith("p.txt: ")
        return
    Article.model_validate(result.model_dump())  # the record round-trips through its own schema
    decoded = decode(doc)
    assert isinstance(decoded, Decoded) and list(decoded.repairs) == result.provenance.repairs
    # Compared with the page as decoded (repairs are recorded on the record) and normalized (NFC,
    # soft hyphens dropped: table-tested in test_decode_lines).
    if not decoded.repairs and decoded.encoding.startswith("utf-8"):
        assert decoded.text == data.decode("utf-8-sig")  # nothing changed that is not recorded
    raw_words = set(re.findall(r"\w+", normalize_line(decoded.text).casefold()))
    assert set(re.findall(r"\w+", result.text.casefold())) <= raw_words, "text has words not in the page"
    for fact in result.facts:
        for span in [fact, *fact.dates, *fact.quantities, *fact.entities]:
            assert 0 <= span.start <= span.end <= len(result.text)
            assert result.text[span.start : span.end] == span.text
    for line in result.removed:
        assert line.line >= 1 and line.text


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def test_arbitrary_text(request: pytest.FixtureRequest) -> None:
    _run(request, "arbitrary text", st.text().map(_utf8))


def test_page_like_text(request: pytest.FixtureRequest) -> None:
    _run(request, "page-like text", pages.map(_utf8))


def test_arbitrary_bytes(request: pytest.FixtureRequest) -> None:
    """Any bytes at all (legacy code pages, binary, broken UTF-8): a record or a reject, never an exception."""
    _run(request, "arbitrary bytes", st.binary(max_size=2000) | pages.map(lambda p: p.encode("cp1252", "replace")))
