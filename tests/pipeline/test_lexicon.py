from __future__ import annotations

import pytest

from azpk_corpus.pipeline.lexicon import CAPTION, PUBLISHER_BLURB, boilerplate_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Please enter your comment!", "comment_form"),
        ("Leave a Reply", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Follow us", "follow_prompt"),
        ("Follow us on Twitter and Facebook", "follow_prompt"),
        ("Share this article", "share_prompt"),
        ("Facebook Twitter WhatsApp", "share_prompt"),
        ("Become an analyst. Send us your article.", "call_for_submissions"),
        ("Subscribe to our newsletter", "newsletter"),
        ("The views expressed are solely those of the author.", "disclaimer"),
        ("© 2024 Example News. All rights reserved.", "copyright"),
        ("This website uses cookies to improve your experience.", "cookie_notice"),
        ("Tags", "navigation"),
        ("Tags: Azerbaijan, Pakistan", "navigation"),
        ("Most Popular", "navigation"),
        ("Related Articles", "navigation"),
        ("Read more", "navigation"),
        ("Advertisement", "advertisement"),
        ("Pakistan was among the first countries to recognize Azerbaijan.", None),
        ("Share prices fell sharply on Monday after the central bank raised its rate.", None),
        ("Follow-up talks are planned for next year in Baku.", None),
    ],
)
def test_boilerplate_reason(text: str, reason: str | None) -> None:
    assert boilerplate_reason(text) == reason


def test_caption_and_blurb() -> None:
    assert CAPTION.search("Photo: Reuters")
    assert CAPTION.search("Leaders meet in Baku (Photo by Jane Doe)")
    assert not CAPTION.search("Leaders meet in Baku")
    assert PUBLISHER_BLURB.match("The Example Times is a digital and print magazine focusing on diplomacy.")
    assert not PUBLISHER_BLURB.match("Jane Doe is a senior fellow at the Example Institute.")
