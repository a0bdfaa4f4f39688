"""Coordinated subjects whose conjuncts carry a title in apposition, "of STATE" or a pronoun ("Sudan's army chief,
X, and Y, the commander of the RSF, signed", "he, A of Ukraine and B of Russia held talks", "he and Erdogan had
agreed"): every conjunct acts, and "PERSON of STATE" is a role in that state. Sentences written for these tests,
about several conflicts."""

from tests.extract.shapes import named_relations

SAF = "Sudanese Armed Forces"


def test_apposed_titles_on_both_conjuncts_keep_both_signatories():
    text = ("Sudan's army chief, Abdel Fattah al-Burhan, and Mohamed Hamdan Dagalo, the commander of the Rapid "
            "Support Forces, signed the Jeddah Declaration on Thursday.")
    got = named_relations(text, "en", "2023-05-12")
    signers = {s for s, t, _ in got if t == "agrees_with"}
    assert {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"} <= signers, got
    text = ("Mazloum Abdi, the commander of the SDF, and Ahmed al-Sharaa, the interim president, signed the "
            "integration agreement in Damascus.")
    got = named_relations(text, "en", "2025-03-10")
    assert {"Mazloum Abdi", "Ahmed al-Sharaa"} <= {s for s, t, _ in got if t == "agrees_with"}, got


def test_title_before_the_name_and_its_state_after_it():
    text = "President Salva Kiir of South Sudan and Riek Machar signed the peace agreement in Addis Ababa."
    got = named_relations(text, "en", "2018-09-12")
    assert {"Salva Kiir Mayardit", "Riek Machar"} <= {s for s, t, _ in got if t == "agrees_with"}, got
    assert ("Salva Kiir Mayardit", "holds_role_in", "South Sudan") in got


def test_person_of_state_is_a_role_and_a_pronoun_opens_the_list():
    text = ("Turkish Foreign Minister Mevlut Cavusoglu said after he, Dmytro Kuleba of Ukraine and Sergei Lavrov of "
            "Russia held talks in Antalya that no progress was made.")
    got = named_relations(text, "en", "2022-03-10")
    assert ("Dmytro Kuleba", "holds_role_in", "Ukraine") in got
    assert ("Sergei Lavrov", "holds_role_in", "Russia") in got
    assert ("Mevlüt Çavuşoğlu", "negotiates_with", "Dmytro Kuleba") in got
    assert not any(t == "states" and o == "Ukraine" for _, t, o in got), got  # (Ukraine is Kuleba's, not a topic)


def test_a_pronoun_and_a_name_as_one_subject():
    got = named_relations("Putin said he and Erdogan had agreed on a ceasefire in Idlib.", "en", "2020-03-06")
    assert {"Vladimir Putin", "Recep Tayyip Erdoğan"} <= {s for s, t, _ in got if t == "agrees_with"}, got
    text = "Macron flew to Moscow, where he and Putin had agreed on the Minsk agreements."
    got = named_relations(text, "en", "2022-02-08")
    assert {"Emmanuel Macron", "Vladimir Putin"} <= {s for s, t, _ in got if t == "agrees_with"}, got


def test_a_name_in_apposition_to_the_name_before_it_is_that_person():
    text = "Ukraine's foreign minister, Dmytro Kuleba, and Sergei Lavrov, his Russian counterpart, met in Antalya."
    assert ("Dmytro Kuleba", "meets", "Sergei Lavrov") in named_relations(text, "en", "2022-03-10")


def test_serial_comma_list_and_a_clause_after_a_comma():
    got = named_relations("Russia, China, and Iran signed the agreement in Tehran.", "en", "2021-03-27")
    assert {"Russia", "China", "Iran"} <= {s for s, t, _ in got if t == "agrees_with"}, got
    got = named_relations("Israel attacked Hamas, and Egypt condemned the strikes.", "en", "2021-05-12")
    assert ("Hamas", "opposes", "Hamas") not in got
    assert not any(s == "Hamas" and t == "opposes" for s, t, _ in got), got


def test_person_of_state_needs_the_states_name():
    got = named_relations("Talks with Abiy Ahmed of Ethiopia ended on Friday.", "en", "2022-11-02")
    assert ("Abiy Ahmed", "holds_role_in", "Ethiopia") in got
    got = named_relations("Abiy Ahmed of Ethiopia's ruling party spoke on Friday.", "en", "2022-11-02")
    assert ("Abiy Ahmed", "holds_role_in", "Ethiopia") not in got


def test_the_two_men_are_the_pair_named_paragraphs_before():
    text = ("Yemen's president, Abd Rabbuh Mansur Hadi, and Abdulmalik al-Houthi, the leader of the Houthis, signed "
            "the agreement in Sanaa on Sunday. Under the deal, the militias will withdraw from the capital. The text "
            "also calls for a new government within a month, officials said. Television showed the two men shaking "
            "hands after the signing.")
    got = named_relations(text, "en", "2014-09-21")
    hadi, houthi = "Abdrabbuh Mansour Hadi", "Abdul-Malik al-Houthi"
    assert {(hadi, "meets", houthi), (houthi, "meets", hadi)} & got, got


def test_arabic_titled_signatories_stay_both():
    text = "ووقّع رئيس مجلس السيادة عبد الفتاح البرهان وقائد قوات الدعم السريع محمد حمدان دقلو على إعلان جدة."
    got = named_relations(text, "ar", "2023-05-12")
    assert {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"} <= {s for s, t, _ in got if t == "agrees_with"}, got
