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


def test_year_less_dates_resolve_from_the_last_stated_year_else_the_published_date() -> None:
    text = "On 3 May, talks began. In 2020 the war broke out. On 27 September it began."
    first, _, last = extract_facts("0123456789abcdef", text, published_date="2021-07-14")
    assert (first.dates[0].value, first.dates[0].resolved_value, first.dates[0].anchor) == (
        "XXXX-05-03",
        "2021-05-03",
        "published_date",
    )
    assert (last.dates[0].value, last.dates[0].resolved_value, last.dates[0].anchor) == (
        "XXXX-09-27",
        "2020-09-27",
        "earlier_year",
    )
    assert extract_facts("0123456789abcdef", "On 3 May, talks began.")[0].dates[0].resolved_value is None


def test_fact_fields() -> None:
    text = (
        "Azerbaijan is also a member of the Jammu and Kashmir Contact Group. "
        "The president noted that Pakistan does not establish diplomatic relations with Armenia. "
        "Trade reportedly stands at around 7.3 USD million. "
        "Pakistan was among the first countries to recognize the independence of Azerbaijan in 1991."
    )
    member, relations, trade, recognition = extract_facts("0123456789abcdef", text)
    assert (member.kind, member.polarity, [e.id for e in member.entities]) == (
        "membership",
        "positive",
        ["iso:AZE", "gaz:oic_jk_contact_group"],
    )
    assert (relations.kind, relations.polarity, relations.attribution) == (
        "diplomatic_relations",
        "negative",
        "The president",
    )
    assert (trade.kind, trade.hedged, trade.quantities[0].kind) == ("trade_volume", True, "money")
    assert recognition.kind == "recognized_independence" and not recognition.hedged
    assert [q.kind for q in recognition.quantities] == ["ordinal"]


def test_an_ordinal_alone_makes_no_fact() -> None:
    assert extract_facts("0123456789abcdef", "It was the first visit of its kind.") == []
