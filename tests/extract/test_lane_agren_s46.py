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


def test_a_witness_on_hand_or_present_signs_nothing():
    # "signed the accord, with X on hand to witness the ceremony", ", with X present": after ", with" the name and a
    # word of presence make a clause of their own; X watches the signing and is no co-signatory
    for text in (
        "Chad and Niger signed a border accord on Friday, with French Foreign Minister Jean Morel on hand to witness"
        " the ceremony.",
        "Chad and Niger signed a border accord in Niamey on Friday, with Jean Morel present.",
    ):
        got = _agree(text)
        assert got >= {"Chad", "Niger"} and "Jean Morel" not in got, (text, got)
    # a partner after "with" still signs
    got = _agree("Chad signed a border accord with Niger on Friday.")
    assert got >= {"Chad", "Niger"}, got


def test_a_name_in_a_fronted_phrase_is_not_the_subject_after_it():
    # "At a ceremony with X in Washington, the two foreign ministers signed the accord": the comma closes the
    # fronted phrase and an unnamed noun phrase is the clause's subject; X only attends
    text = (
        "Chad and Niger signed a border accord on Friday. At a ceremony with French Foreign Minister Jean Morel in"
        " Paris, the two countries' foreign ministers signed the accord."
    )
    got = _agree(text)
    assert got >= {"Chad", "Niger"} and "Jean Morel" not in got, got


def test_an_aside_ending_with_a_bracketed_short_form_is_skipped():
    # "A and B, commander of the X (ACR), signed the truce": the aside about B ends with its body's short form in
    # brackets; the subjects are A and B (and B's body signs through him)
    text = (
        "Chadian Prime Minister Ali Hassan and Omar Nur, chief negotiator of the Movement for the Emancipation of the"
        " Niger Delta (MEND), signed the truce in Nairobi on Monday."
    )
    assert _agree(text) >= {"Ali Hassan", "Omar Nur"}, _agree(text)



def test_two_sides_each_with_its_short_form_in_brackets_both_sign():
    # "A (ACR) and the rebel B (ACR) signed a truce": each short form belongs to its own name; the list is not one
    # bracketed gloss of a name before it (as in "The E3 (France, Britain and Germany) signed")
    for text in (
        "The Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) signed a truce in Jeddah on"
        " Saturday.",
        "The National Transitional Council (NTC) and the rebel Justice and Equality Movement (JEM) signed a ceasefire"
        " in Doha on Monday.",
    ):
        assert len(_agree(text)) == 2, (text, _agree(text))


def test_two_sides_announcing_an_agreement_after_a_time_phrase_agree_to_it():
    # "A and B declared on Friday a truce": a time or place phrase between the verb of declaring and
    # the agreement it declares does not hide the object
    for text in (
        "The Malian government and the Coordination of Azawad Movements announced on Tuesday an agreement to merge"
        " their fighters into one army.",
        "Chad and Niger announced in Niamey on Sunday a ceasefire along their border.",
    ):
        assert len(_agree(text)) >= 2, (text, _agree(text))
    # what is said after "that" is no object declared
    assert not _agree("Chad and Niger announced on Sunday that a ceasefire would begin.")


def test_an_agreement_sealed_or_forged_by_named_sides():
    # "the accord, sealed by A and B in C, …": more participles of making a deal name its parties after "by"
    for verb in ("sealed", "forged", "finalised", "formalized"):
        text = f"Calm returned to the frontier on Friday. The accord, {verb} by Chad and Niger in Niamey, ends the war."
        assert _agree(text) >= {"Chad", "Niger"}, (verb, _agree(text))
    # "formalised the accord" as a verb: its subjects are its parties
    text = "Chad and Niger agreed a border accord on Friday. Their foreign ministers formalised the accord on Monday."
    got = _agree(text)
    assert got >= {"Chad", "Niger"}, got
    # forging ties is no agreement
    assert not _agree("Chad and Niger forged close ties on Friday.")


def test_states_acting_through_their_leaders_after_a_possessive():
    # "A and B's leaders agreed to a truce", "B's governments": the plural noun after the possessive stands for the
    # states themselves, as "B's government" already did; both states of the coordination agree
    for text in (
        "Chad and Niger's leaders agreed on Friday to an immediate truce.",
        "Chad and Niger's governments signed a border accord on Friday.",
    ):
        assert _agree(text) >= {"Chad", "Niger"}, (text, _agree(text))


def test_a_body_that_passed_an_agreement_or_resolution_agrees_to_it():
    # "the cabinet passed the accord", "the council passed a resolution": "passed" makes its subject a party only
    # to an agreement named as its object (`agreement_objects`); a chair that passed to a state agrees to nothing
    text = "Chad and Niger signed a border accord on Friday. The Chadian parliament passed the accord on Monday."
    got = named_relations(text, "en", "2019-03-04")
    assert any(s == "National Assembly of Chad" and t == "agrees_with" for s, t, _ in got), got
    text = "The UN Security Council passed a resolution on Thursday demanding a truce in Darfur."
    assert "UN Security Council" in _agree(text), _agree(text)
    assert not _agree("The rotating presidency of the African Union passed to Niger on Sunday.")


def test_a_partner_named_in_apposition_after_with_signs():
    # "signed a peace deal with the rival faction, the X": after "with" a short lower-case description and a comma,
    # the partner is named in apposition and signs; a speaker after the comma does not
    for text in (
        "Bamako inked an accord on Friday with the rival faction, the Coordination of Azawad Movements.",
        "Mali signed a truce on Sunday with its largest rebel alliance, the Coordination of Azawad Movements.",
    ):
        assert "Coordination of Azawad Movements" in _agree(text), (text, _agree(text))
    text = "Mali signed a truce with the rebels, the Coordination of Azawad Movements said on Sunday."
    assert "Coordination of Azawad Movements" not in _agree(text), _agree(text)
