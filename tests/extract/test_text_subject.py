"""A sentence whose subject is the agreement ("The text also affirms …, and calls for a ceasefire") goes on with the
text as subject: the signatories named in the sentence before are not carried into its second verb. Sentences
written for these tests."""

from tests.extract.shapes import named_relations


def _supporters(text: str, date: str) -> set[str]:
    return {s for s, t, _ in named_relations(text, "en", date) if t == "supports"}


def test_the_text_keeps_its_own_clause():
    text = (
        "Syria's interim president, Ahmed al-Sharaa, and Mazloum Abdi, the commander of the SDF, signed an "
        "agreement on Monday. The text also affirms that the Kurds are part of the state, and calls for a "
        "ceasefire across Syria."
    )
    assert not {"Ahmed al-Sharaa", "Mazloum Abdi"} & _supporters(text, "2025-03-10")
    text = (
        "President Salva Kiir of South Sudan and Riek Machar signed the peace agreement in Addis Ababa. The deal "
        "also creates five vice presidents, and calls for a ceasefire within 72 hours."
    )
    assert not {"Salva Kiir Mayardit", "Riek Machar"} & _supporters(text, "2018-09-12")


def test_a_clause_with_no_subject_still_takes_the_one_before():
    text = "Lavrov arrived in Ankara on Monday. Later he met Erdogan and called for a ceasefire in Idlib."
    got = named_relations(text, "en", "2020-03-02")
    assert ("Sergei Lavrov", "meets", "Recep Tayyip Erdoğan") in got
