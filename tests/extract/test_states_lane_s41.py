"""States lane, session 41: where a speaker spoke from, and a channel that relays a statement."""

from tests.extract.shapes import named_relations


def _states(rels):
    return [r for r in rels if r[1] == "states"]


def test_the_country_of_the_town_a_speaker_called_from_is_no_topic():
    text = (
        "Yasir Arman, a leader of the civilian coalition, told The Associated Press in a phone interview from "
        "Nairobi, Kenya, that the Rapid Support Forces had looted homes in Khartoum."
    )
    rels = _states(named_relations(text, "en", "2023-05-20"))
    assert ("Yasir Arman", "states", "Kenya") not in rels, rels
    assert ("Yasir Arman", "states", "Rapid Support Forces") in rels, rels


def test_the_country_after_a_town_by_telephone_is_where_he_was():
    text = (
        "Houthi negotiator Mohammed Abdulsalam told Al Jazeera by telephone from Muscat, Oman, that the strikes "
        "by the United States would not stop the attacks."
    )
    rels = _states(named_relations(text, "en", "2024-02-10"))
    assert ("Mohammed Abdulsalam", "states", "Oman") not in rels, rels


def test_a_channel_that_relays_a_statement_does_not_make_it():
    text = (
        "وأكد وزير الإعلام اليمني معمر الإرياني، في تصريح نقلته قناة اليمنية، "
        "أن جماعة الحوثي لم تنسحب من ميناء الحديدة."
    )
    rels = _states(named_relations(text, "ar", "2019-05-14"))
    assert not [r for r in rels if r[2] == "Yemen"], rels
    assert [r for r in rels if r[2] == "Houthis" and r[1] == "states"], rels


def test_a_relaying_relative_does_not_end_the_speakers_statement():
    text = (
        "وقال وزير الإعلام اليمني معمر الإرياني في تصريحات نقلتها وكالة سبأ "
        "إن جماعة الحوثي لم تنسحب من ميناء الحديدة."
    )
    rels = _states(named_relations(text, "ar", "2019-05-14"))
    assert [r for r in rels if r[2] == "Houthis"], rels
    assert not [r for r in rels if r[0] == "وكالة سبأ" or r[2] == "Yemen"], rels
