"""Parties of agreements in English news (session 46, lane `agren`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _agree(text: str, date: str = "2019-03-04") -> set[str]:
    return {s for s, t, _ in named_relations(text, "en", date) if t == "agrees_with"}


def test_sides_named_after_mediators_who_speak_sign():
    # "Mediators said A and B signed a truce": the mediator noun is the subject of a verb of saying, so the names
    # after the verb are the subject of what is said, not actors the mediation word introduces
    for text in (
        "Mediators said Chad and Niger signed a ceasefire on Sunday.",
        "Mediators say Chad and Niger agreed to a ceasefire deal to halt the fighting along their border.",
        "The mediators said on Monday that Chad and Niger had reached a truce.",
    ):
        assert _agree(text) >= {"Chad", "Niger"}, (text, _agree(text))
    # the mediators themselves introduced by the word still broker, and sign nothing
    text = "Brokered by mediators Qatar and Turkey, the truce between Chad and Niger took effect on Sunday."
    assert "Qatar" not in _agree(text), _agree(text)
