"""Talks that go on are held (issue 9, modality): "will continue talks with", "said it would continue talks
with" assert talks under way, as "would keep fighting" asserts a war; "may hold talks", "will hold talks" are not
held yet. Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_="2025-06-28").relations}


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("The M23 rebel group said it would continue talks with Kinshasa in Doha.", "group:m23", "state:cod"),
        ("Iran will continue negotiations with the IAEA next week.", "state:irn", "org:iaea"),
        ("The Taliban said they would pursue talks with Pakistan on the border.", "group:taliban", "state:pak"),
    ],
)
def test_talks_that_go_on_are_held(text: str, a: str, b: str) -> None:
    rels = _rels(text)
    assert (a, "negotiates_with", b) in rels or (b, "negotiates_with", a) in rels


@pytest.mark.parametrize(
    "text",
    ["Iran may hold talks with the IAEA next week.", "Iran will hold talks with the IAEA next week."],
)
def test_talks_not_yet_held_are_no_relation(text: str) -> None:
    assert not any(t == "negotiates_with" for _, t, _ in _rels(text))
