from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.pipeline.bios import about_heading, bio_line, role_line, self_intro


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Doe is a senior fellow at the Example Institute.",
            ("Jane Doe", "Jane Doe is a senior fellow at the Example Institute."),
        ),
        ("(The writer is a journalist based in Lahore.)", (None, "The writer is a journalist based in Lahore.")),
        ("(-Writer is Chairman of the union.)", (None, "Writer is Chairman of the union.")),
        ("*The author is a professor of history.*", (None, "The author is a professor of history.")),
        # a label before the name ('Author Jane Doe is …')
        (
            "Author Jane Doe is the head winemaker at the Example Winehouse.",
            ("Jane Doe", "Author Jane Doe is the head winemaker at the Example Winehouse."),
        ),
        # a dash or emphasis around a signed bio ('— Jane Doe is …', '*Jane Doe is …*')
        (
            "— Jane Doe is a correspondent for Example Times in Baku.",
            ("Jane Doe", "Jane Doe is a correspondent for Example Times in Baku."),
        ),
        (
            "*Jane Doe is a senior fellow at the Institute.*",
            ("Jane Doe", "Jane Doe is a senior fellow at the Institute."),
        ),
        ("Ilham Aliyev is the leader who won the war.", None),  # no role word: prose, not a bio
        # what a writer does, without a role word; the label of an author box is no part of the bio
        (
            "Jane Doe writes about energy for Example News.",
            ("Jane Doe", "Jane Doe writes about energy for Example News."),
        ),
        (
            "Jane Doe has reported on Central Asia for 15 years.",
            ("Jane Doe", "Jane Doe has reported on Central Asia for 15 years."),
        ),
        ("Ilham Aliyev has written to the president of Pakistan.", None),  # a letter, not a career
        ("Shehbaz Sharif writes that the deal will help.", None),
        (
            "About the author: Jane Doe is a senior fellow at the Institute.",
            ("Jane Doe", "Jane Doe is a senior fellow at the Institute."),
        ),
        # a handle or site after the name, and what the person is between commas
        (
            "Jane Doe (@janedoe) is a senior fellow at the Caspian Institute.",
            ("Jane Doe", "Jane Doe (@janedoe) is a senior fellow at the Caspian Institute."),
        ),
        (
            "Jane Doe, a senior fellow at the Caspian Institute, writes on energy.",
            ("Jane Doe", "Jane Doe, a senior fellow at the Caspian Institute, writes on energy."),
        ),
        (
            "The writer, a former ambassador, teaches at the Caspian Institute.",
            (None, "The writer, a former ambassador, teaches at the Caspian Institute."),
        ),
        (
            "Jane Doe is Director of the Caspian Institute.",
            ("Jane Doe", "Jane Doe is Director of the Caspian Institute."),
        ),
        # news about someone in office is not a bio: 'is' must say what the person is
        ("Ilham Aliyev is expected to visit Islamabad next month, the president's office said.", None),
        ("Ilham Aliyev, the President of Azerbaijan, is expected to visit Islamabad next month.", None),
        ("Ilham Aliyev, the President of Azerbaijan, said the deal was signed.", None),
        ("Pakistan is a friend of Azerbaijan.", None),
    ],
)
def test_bio_line(text: str, expected: tuple[str | None, str] | None) -> None:
    assert bio_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director of Research at the Example Institute", True),
        ("An award-winning analyst with ten years of experience", True),
        ("Follow us", False),
        ("The talks ended without agreement on any of the points raised.", False),
    ],
)
def test_role_line(text: str, expected: bool) -> None:
    assert role_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About the author", ""),
        ("About the Author:", ""),
        ("About Jane Doe", "Jane Doe"),
        ("About us", None),
        ("About", None),
        ("About Amar Hussain", "Amar Hussain"),  # 'A' of 'Amar' is not an article
        ("Sobre Carlos Nadalim", "Carlos Nadalim"),
        ("Sobre o autor", ""),
        ("Über den Autor", ""),
        ("À propos de l'auteur", ""),
        ("Over de auteur", ""),
        ("Over the years", None),
    ],
)
def test_about_heading(text: str, expected: str | None) -> None:
    assert about_heading(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('Hi there! 👋🏻 I\'m the "Girl" in Girl Eat World. I love eating and travelling.', "Melissa", True),
        ("Hello, and welcome! I'm the editor & founder of this site.", "Asser Example", True),
        ("I'm Philip, a certified personal trainer and strength coach.", "Philip Example", True),
        ("I am a running coach with over a decade of experience.", "Amanda Example", True),
        # comments under a commenter's name: no introduction
        ("I’m biased toward the grill in the railyard; you missed it.", "Jasmine Example", False),
        ("I’m from Chicago, now living in OKC and you nailed it.", "Maggie", False),
        ("I'm Kat, and I agree.", "Jane Example", False),  # another person's name
        ("Jane Doe is a writer.", "Jane Doe", False),  # third person: bio_line's job
    ],
)
def test_self_intro(text: str, name: str, expected: bool) -> None:
    assert self_intro(text, name) is expected


@given(
    st.text(max_size=80), st.sampled_from(["Hi, I'm ", "I am ", "Hello there! My name is ", ""]), st.text(max_size=20)
)
def test_self_intro_takes_any_text(text: str, opener: str, name: str) -> None:
    """Never raises, and says yes only to a first-person opening."""
    if self_intro(opener + text, name or "Jane"):
        assert re.search(r"(?i)\bi['’]m\b|\bi am\b|\bmy name is\b", opener + text)
