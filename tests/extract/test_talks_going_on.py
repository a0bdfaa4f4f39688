"""Talks that go on are held, and a commitment in the future tense is held now (issue 9, modality): "will
continue talks with", "said it would continue talks with" assert talks under way, as "would keep fighting" asserts
a war; «ستلتزم بالهدنة» commits now; "may hold talks", "will hold talks", «ستوقع» are not done yet. Sentences
written for these tests."""

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


@pytest.mark.parametrize(
    "text, actor",
    [
        ("وقالت حركة حماس إنها ستلتزم بالهدنة.", "group:hamas"),
        ("وأكدت قوات الدعم السريع أنها ستلتزم بإعلان جدة.", "group:rsf"),
    ],
)
def test_a_commitment_in_the_future_is_held_now(text: str, actor: str) -> None:
    ex = extract_text(text, lang="ar", date_="2024-03-07")
    assert any(r.source == actor and r.type == "agrees_with" for r in ex.relations)


def test_a_signing_in_the_future_is_not_done() -> None:
    ex = extract_text("وأعلنت حركة حماس أنها ستوقع على الاتفاق الأسبوع المقبل.", lang="ar", date_="2024-03-07")
    assert not any(r.type == "agrees_with" for r in ex.relations)
