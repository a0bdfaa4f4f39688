"""Roles, meetings, visits and talks (session 41, lane `roles`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _has(got, a, rtype, b):
    return (a, rtype, b) in got or (rtype in ("meets", "negotiates_with") and (b, rtype, a) in got)


def test_a_deposed_leader_after_a_possessive_or_a_verb_is_met_not_ousted():
    # "met Mali's deposed President X", "talked with ousted President X": the participle describes the title
    text = ("An African Union team on Monday met Mali's deposed President Ibrahim Boubacar Keita in Bamako "
            "and held talks with Colonel Assimi Goita.")
    got = named_relations(text, "en", "2020-08-24")
    assert _has(got, "African Union", "meets", "Ibrahim Boubacar Keïta"), got
    assert not any(t == "meets" and "Mali" in (s, o) for s, t, o in got), got
    assert not any(t == "opposes" for s, t, o in got), got
    text = "The Guinean mediators visited ousted President Alpha Conde at his residence in Conakry."
    got = named_relations(text, "en", "2021-09-10")
    assert not any(t == "opposes" for s, t, o in got), got
