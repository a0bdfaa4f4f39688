"""A state or group named again by what it is (issue 9): "the kingdom", «المملكة», "the Islamic Republic", "the
movement", "the group" are the nearest one named before that fits, so the relations of the sentence they open
reach it. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_="2024-05-14").relations}


def test_the_movement_is_the_group_named_before():
    rels = _rels("Hamas rejected the proposal on Tuesday. The movement accused Israel of stalling the talks.", "en")
    assert ("group:hamas", "opposes", "state:isr") in rels


def test_the_group_is_the_nearest_group_not_the_most_named():
    text = (
        "Hamas said the talks in Cairo had stalled. Hamas blamed Israel for the delay.\n\n"
        "The Houthis fired missiles at Israel on Monday. The group condemned the United States for backing Israel."
    )
    rels = _rels(text, "en")
    assert ("group:houthis", "opposes", "state:usa") in rels
    assert ("group:hamas", "opposes", "state:usa") not in rels


def test_the_kingdom_is_the_state_whose_name_says_so():
    rels = _rels("واستضافت السعودية محادثات في جدة. وأكدت المملكة دعمها لمجلس القيادة الرئاسي اليمني.", "ar")
    assert ("state:sau", "supports", "org:plc-yemen") in rels
    rels = _rels(
        "Saudi Arabia hosted the talks. The kingdom reaffirmed its support for the Presidential Leadership Council.",
        "en",
    )
    assert ("state:sau", "supports", "org:plc-yemen") in rels


def test_the_islamic_republic_is_iran():
    rels = _rels("Iran criticised the resolution. The Islamic Republic accused Britain of backing Israel.", "en")
    assert ("state:irn", "opposes", "state:gbr") in rels


def test_in_the_kingdom_is_a_place_not_an_actor():
    text = (
        "أعلن وزير الخارجية الكويتي أحمد ناصر المحمد الصباح عن اتفاق بين السعودية وقطر، "
        "عشية القمة الخليجية في محافظة العلا بالمملكة."
    )
    ex = extract_text(text, lang="ar", date_="2024-05-14")
    saudi = next(e for e in ex.entities if e.id == "state:sau")
    assert all("المملكة" not in m.text for m in saudi.mentions)


def test_the_alliance_and_the_bloc_are_the_organization_named_before():
    rels = _rels("NATO condemned the strikes on Kharkiv. The alliance pledged more support for Ukraine.", "en")
    assert ("org:nato", "supports", "state:ukr") in rels
    rels = _rels("ودعا الاتحاد الأفريقي إلى الحوار في السودان. وأدان التكتل قوات الدعم السريع.", "ar")
    assert ("org:african-union", "opposes", "group:rsf") in rels


def test_it_before_the_verb_is_the_state_that_was_the_subject():
    rels = _rels("Russia vetoed the draft on Tuesday. It accused the United States of politicising the crisis.", "en")
    assert ("state:rus", "opposes", "state:usa") in rels


def test_it_says_of_a_text_makes_no_statement_of_the_subject_before():
    text = "The United States drafted the resolution. It says the council will act if Damascus fails to comply."
    rels = _rels(text, "en")
    assert not any(r[0] == "state:usa" and r[1] == "states" for r in rels)


def test_it_said_in_the_past_is_the_body_that_was_the_subject():
    text = (
        "The African Union held an emergency summit in Addis Ababa on Monday. In a statement, it said "
        "Rwanda had to pull its soldiers out of North Kivu. \"Burundi must stay out of the fighting,\" it added."
    )
    rels = _rels(text, "en")
    assert ("org:african-union", "states", "state:rwa") in rels
    assert ("org:african-union", "states", "state:bdi") in rels


def test_he_said_after_a_quotation_is_the_subject_before_it_not_the_quotations():
    text = (
        'Interim President Assimi Goita addressed the nation on Tuesday. "Algeria armed the rebels who attacked '
        'Kidal," he said.'
    )
    assert ("person:assimi-goita", "states", "state:dza") in _rels(text, "en")
