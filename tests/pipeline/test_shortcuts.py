"""The speed shortcuts never change a result: each skips only text its full matcher finds nothing in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from azpk_corpus.pipeline import facts, quantities, timex

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_ALWAYS = re.compile("")
# Words near what the patterns look for, so that generated text often comes close to matching.
_WORDS = [
    "May", "may", "March", "march", "Sept.", "dec", "decade", "century", "twentieth", "one", "a", "an", "week",
    "dozens", "of", "scores", "hundreds", "first", "ten", "tend", "forty-four", "half", "and", "USD", "$", "€",
    "million", "bn", "resolution", "Article", "no.", "in", "since", "early", "mid-", "the", "signed", "agreements",
    "recognised", "as", "state", "diplomatic", "relations", "established", "member", "of", "visit", "war", "not",
    "1991", "5", "27", "2020s", "3rd", "1,200", "7.3", "-", "–", ".", ",", "\n", "\n\n", "%", "’s",
]  # fmt: skip
texts = st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=40).map(" ".join)


@pytest.mark.parametrize(
    ("module", "find"),
    [(timex, timex.find_dates), (quantities, quantities.find_quantities)],
    ids=["dates", "quantities"],
)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_text_the_prefilter_skips_holds_nothing(
    monkeypatch: pytest.MonkeyPatch, module: object, find: object, text: str
) -> None:
    prefilter = module._MAY_HOLD  # type: ignore[attr-defined]
    with monkeypatch.context() as patched:
        patched.setattr(module, "_MAY_HOLD", _ALWAYS)
        found = find(text)  # type: ignore[operator]
    assert prefilter.search(text) or not found


def _all_paragraphs(monkeypatch: pytest.MonkeyPatch, text: str) -> list[object]:
    with monkeypatch.context() as patched:
        patched.setattr(facts, "may_state", lambda paragraph: True)
        return list(facts.extract_facts("0123456789abcdef", text, "2020-05-01"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(texts, max_size=6).map("\n\n".join))
@example(text="no. 0/A")  # syntok ends a sentence at 'no.', which leaves '0' a count
def test_skipping_paragraphs_keeps_every_fact(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert facts.extract_facts("0123456789abcdef", text, "2020-05-01") == _all_paragraphs(monkeypatch, text)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_skipping_paragraphs_keeps_every_fact_of_a_seed(monkeypatch: pytest.MonkeyPatch, seed: str) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert facts.extract_facts("0123456789abcdef", text, "2020-05-01") == _all_paragraphs(monkeypatch, text)
    skipped = [p for _, p in facts.segmenter.preprocess_with_offsets(text) if not facts.may_state(p)]
    assert skipped  # the shortcut does skip something on real pages
