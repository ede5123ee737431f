from __future__ import annotations

from azpk_corpus.pipeline.facts import extract_facts, sentence_spans


def test_sentence_spans_are_offsets_into_the_text() -> None:
    text = "Mr. Khan visited Baku on 5 May 2019. He stayed 3 days.\n\nA new paragraph."
    spans = list(sentence_spans(text))
    assert [text[s:e] for s, e in spans] == [
        "Mr. Khan visited Baku on 5 May 2019.",
        "He stayed 3 days.",
        "A new paragraph.",
    ]


def test_only_anchored_sentences_become_facts() -> None:
    text = "Ties are strong. Relations began in 1992. They signed 53 documents."
    facts = extract_facts("0123456789abcdef", text)
    assert [f.text for f in facts] == ["Relations began in 1992.", "They signed 53 documents."]
    assert [f.id for f in facts] == ["0123456789abcdef-f001", "0123456789abcdef-f002"]
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        for span in [*fact.dates, *fact.quantities]:
            assert text[span.start : span.end] == span.text
    assert facts[0].dates[0].value == "1992" and facts[0].quantities == []
