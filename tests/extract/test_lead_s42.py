"""The lead's constructions of session 42: after "X said … and", a verb of accusing, condemning, praising or urging
is the speaker's own act, not the act of whoever his reported clause names."""

import pytest

from tests.extract.shapes import named_relations

SPEAKER_ACTS = [
    ("Sudanese army chief Abdel Fattah al-Burhan said the army would keep fighting and accused the United Arab "
     "Emirates of arming the RSF.", ("Abdel Fattah al-Burhan", "opposes", "United Arab Emirates")),
    ("Rebel spokesman Getachew Reda denied that the TPLF had broken the Pretoria agreement, and accused Eritrea "
     "of keeping troops in Tigray.", ("Getachew Reda", "opposes", "Eritrea")),
    ("President Gustavo Petro said the ELN had kept its word but condemned the FARC dissidents for a new attack in "
     "Cauca.", ("Gustavo Petro", "opposes", "FARC")),
]


@pytest.mark.parametrize(("text", "want"), SPEAKER_ACTS)
def test_an_act_after_a_statement_is_the_speakers(text, want):
    rels = named_relations(text, "en", "2023-08-04")
    assert want in rels
    wrong = [r for r in rels if r[1] == want[1] and r[2] == want[2] and r[0] != want[0]]
    assert not wrong


def test_a_second_act_inside_the_reported_clause_stays_there():
    text = "Burhan said the RSF had shelled El Fasher and attacked Egypt's embassy."
    rels = named_relations(text, "en", "2023-08-04")
    assert ("Abdel Fattah al-Burhan", "opposes", "Egypt") not in rels
