from __future__ import annotations

import pytest

from azpk_corpus.pipeline.bios import about_heading, bio_line, role_line


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
        ("Ilham Aliyev is the leader who won the war.", None),  # no role word: prose, not a bio
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
