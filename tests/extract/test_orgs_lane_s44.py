"""The orgs lane of session 44: which words name an organization and which name a state or another body.
Sentences written for these tests."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _entities(text: str, lang: str, date: str) -> dict[str, str]:
    """Name → kind of the entities extracted."""
    return {e.name: e.kind for e in extract_text(text, lang=lang, date_=date).entities}


def test_demonym_troops_are_the_state_and_a_named_army_stays_the_army():
    text = ("Ugandan troops crossed into Ituri on Tuesday and attacked camps of the Allied Democratic Forces. "
            "The Ugandan army said three soldiers were wounded.")
    rels = named_relations(text, "en", "2021-12-01")
    assert ("Uganda", "fights", "Allied Democratic Forces") in rels
    assert not [r for r in rels if r[0] == "Uganda People's Defence Force" and r[1] == "fights"]
    assert _entities(text, "en", "2021-12-01").get("Uganda People's Defence Force") == "organization"


def _mentions(text: str, lang: str, date: str) -> dict[str, set[str]]:
    """Entity name → the texts of its mentions."""
    return {e.name: {m.text for m in e.mentions} for e in extract_text(text, lang=lang, date_=date).entities}


def test_letters_in_brackets_spell_the_longer_name_with_its_demonym():
    text = "The Ethiopian National Defense Forces (ENDF) said its units had retaken Lalibela from Fano militiamen."
    got = _mentions(text, "en", "2023-08-15")
    assert "National Defence Forces" not in got  # (Syria's, a part of the longer name)
    assert {"ENDF", "Ethiopian National Defense Forces"} <= got["Ethiopian National Defense Force"]


def test_bare_letters_are_the_body_the_article_names_in_full():
    text = ("Troops of the Somali National Army retook Adan Yabaal from al-Shabaab on Thursday. The SNA commander "
            "said the town was calm.")
    got = _mentions(text, "en", "2022-12-08")
    assert "Syrian National Army" not in got
    assert "SNA" in got["Somali National Army"]


def test_a_name_written_out_in_brackets_after_known_letters_is_that_body():
    text = "MONUSCO (UN Stabilization Mission in Congo) said the M23 had shelled Sake."
    got = _mentions(text, "en", "2024-02-10")
    assert [n for n, ms in got.items() if "UN Stabilization Mission in Congo" in ms] == [
        "UN Organization Stabilization Mission in the DR Congo"]


def test_letters_of_a_body_set_up_later_are_the_body_named_before_them():
    text = ("Colonel Assimi Goita, head of the National Committee for the Salvation of the People (CNSP), met ECOWAS "
            "mediators in Bamako on Saturday.")
    got = _mentions(text, "en", "2020-08-22")
    assert "National Council for the Safeguard of the Homeland (Niger)" not in got
    assert "CNSP" in got["National Committee for the Salvation of the People (Mali)"]


def test_a_description_between_commas_after_a_body_is_that_body():
    text = ("Clashes between the army and the RSF spread to Omdurman. The Central Council, the civilian coalition that "
            "signed the framework deal with the generals, urged both sides to lay down their arms.")
    got = _mentions(text, "en", "2023-04-20")
    assert "coalition" not in got.get("Rapid Support Forces", set())


def test_a_coalition_led_by_a_state_is_not_the_group_named_before():
    text = ("Kurdish fighters pushed the Islamic State group out of Raqqa. The US-led coalition, which backed the "
            "assault from the air, said the battle was over. An envoy to the coalition praised the fighters.")
    got = _mentions(text, "en", "2017-10-20")
    assert not {"coalition", "the coalition"} & got.get("Islamic State", set())
    rels = named_relations(text, "en", "2017-10-20")
    assert not [r for r in rels if r[0] == "Islamic State" and r[1] in ("states", "supports")]


def test_a_day_after_a_name_is_no_part_of_it():
    text = "A statement released by the Joint Security Committee on Friday said the convoy had reached Kidal."
    got = _entities(text, "en", "2024-03-01")
    assert not [n for n in got if "Friday" in n]


def test_the_houthis_word_for_the_coalition_is_the_coalition_in_yemen():
    text = "وقال عضو المجلس السياسي للجماعة في صنعاء إن \"تحالف العدوان\" قصف مواقع في محافظة صعدة اليمنية."
    got = _mentions(text, "ar", "2019-05-02")
    assert "تحالف العدوان" in got.get("Saudi-led coalition", set())
