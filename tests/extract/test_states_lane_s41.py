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


def test_a_verb_joined_by_and_after_an_apposition_keeps_the_named_subject():
    text = (
        "Hakan Fidan, the Turkish foreign minister, apologised to the families and said the government of Iraq "
        "would close the camps."
    )
    rels = _states(named_relations(text, "en", "2024-08-15"))
    assert ("Hakan Fidan", "states", "Iraq") in rels, rels


def test_a_common_noun_subject_after_the_last_comma_still_has_no_named_subject():
    text = "After Turkey and Iraq ended the talks, delegates from both sides said the camps would close."
    rels = _states(named_relations(text, "en", "2024-08-15"))
    assert not [r for r in rels if r[0] in ("Turkey", "Iraq")], rels


def test_the_coalition_spokesman_is_known_with_the_article_on_his_surname():
    text = "وقال المتحدث باسم التحالف أحمد العسيري إن الحوثيين أطلقوا صاروخا باليستيا على جازان."
    rels = _states(named_relations(text, "ar", "2016-05-02"))
    assert ("Ahmed Asiri", "states", "Houthis") in rels, rels


def test_an_embassy_in_construct_after_the_verb_is_its_own_unnamed_subject():
    text = (
        "أعلن وزير الخارجية الباكستاني إسحاق دار أن بلاده سترد على أي هجوم. "
        "وقالت سفارة نيودلهي في واشنطن في بيان إن معاهدة مياه نهر السند معلقة."
    )
    rels = _states(named_relations(text, "ar", "2025-05-08"))
    assert ("Ishaq Dar", "states", "Indus Waters Treaty") not in rels, rels


def test_a_verb_with_no_subject_of_its_own_still_carries_the_speaker():
    text = (
        "أعلن وزير الخارجية الباكستاني إسحاق دار أن بلاده سترد على أي هجوم. "
        "وقال في بيان إن معاهدة مياه نهر السند معلقة."
    )
    rels = _states(named_relations(text, "ar", "2025-05-08"))
    assert ("Ishaq Dar", "states", "Indus Waters Treaty") in rels, rels


def test_a_source_phrase_names_the_titled_person_not_the_body_of_his_title():
    text = (
        "وبحسب المبعوث الأممي إلى ليبيا عبد الله باتيلي، فإن مجلس النواب والمجلس الأعلى للدولة "
        "وافقا على خارطة الطريق."
    )
    rels = named_relations(text, "ar", "2023-03-01")
    assert [r for r in rels if r[0] == "Abdoulaye Bathily" and r[1] == "states"], rels


def test_a_long_title_before_the_source_name_in_english():
    text = "According to the UN special envoy for Libya, Abdoulaye Bathily, Khalifa Haftar agreed to the truce."
    rels = named_relations(text, "en", "2023-03-01")
    assert [r for r in rels if r[0] == "Abdoulaye Bathily" and r[1] == "states"], rels


def test_his_saying_ends_an_unknown_name_after_a_relay():
    text = "ونقلت قناة الجزيرة عن المتحدث باسم حركة الشباب عبد العزيز أبو مصعب قوله إن كينيا ستدفع الثمن."
    rels = named_relations(text, "ar", "2019-01-16")
    assert not [r for r in rels if "قوله" in r[0]], rels
    assert [r for r in rels if r[1] == "states" and r[2] == "Kenya"], rels


def test_a_clause_then_he_said_is_the_speaker_of_the_sentence_before():
    text = (
        "Abdoulaye Diop spoke to reporters in Bamako on Friday. "
        "Algeria had no right to host the rebels, he said."
    )
    rels = _states(named_relations(text, "en", "2024-01-26"))
    assert ("Abdoulaye Diop", "states", "Algeria") in rels, rels


def test_a_clause_then_he_wrote_reads_the_clause_before_him():
    text = "Nikol Pashinyan spoke on Facebook after midnight. Azerbaijan would keep the land it had taken, he wrote."
    rels = _states(named_relations(text, "en", "2020-11-10"))
    assert ("Nikol Pashinyan", "states", "Azerbaijan") in rels, rels


def test_a_body_speaking_of_its_own_states_joint_strikes_is_about_their_target():
    text = "The White House said U.S. and British warplanes had bombed Houthi missile depots near Hodeidah."
    rels = _states(named_relations(text, "en", "2024-02-04"))
    assert ("White House", "states", "United Kingdom") not in rels, rels
    assert ("White House", "states", "Houthis") in rels, rels
