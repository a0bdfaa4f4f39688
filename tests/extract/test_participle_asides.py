"""Asides opened by a passive participle (issue 9, "support and opposition with their arguments in the right
order"): "The agreement, signed by the two countries' foreign ministers, A and B, calls for …": the ministers
named after their office are who signed (not their states' possessive phrase), and the names of the aside are
not the subject of the verb after it. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text

TEXT = (
    "Congo and Rwanda signed a peace agreement in Washington on Friday. The agreement, signed by the two countries' "
    "foreign ministers, Therese Kayikwamba Wagner and Olivier Nduhungirehe, calls for the withdrawal of Rwandan "
    "troops within 90 days."
)


def _rels(text: str, date: str = "2025-06-28") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_=date).relations}


def test_the_officials_named_after_their_office_signed() -> None:
    rels = _rels(TEXT)
    signers = {s for s, t, _ in rels if t == "agrees_with" and s.startswith("person:")}
    assert signers == {"person:therese-kayikwamba-wagner", "person:olivier-nduhungirehe"}


def test_the_names_of_a_participle_aside_are_not_the_next_verbs_subject() -> None:
    rels = _rels(TEXT)
    assert not any(t == "opposes" for _, t, _ in rels)
    text = "Turkey, backed by its allies, Azerbaijan and Pakistan, accused Armenia of shelling Ganja."
    rels = _rels(text, "2020-10-11")
    assert ("state:tur", "opposes", "state:arm") in rels
    assert not {("state:aze", "opposes", "state:arm"), ("state:pak", "opposes", "state:arm")} & rels

def test_a_participle_aside_keeps_its_own_agent() -> None:
    rels = _rels("The Houthis, backed by Iran, attacked Saudi Arabia.", "2019-09-14")
    assert ("state:irn", "supports", "group:houthis") in rels
    assert ("group:houthis", "fights", "state:sau") in rels
