"""Parties of agreements (session 41, lane `agree`). Sentences written for these tests."""

from tests.extract.shapes import named_relations, parties


def test_names_inside_a_relative_clause_on_a_document_do_not_act_after_it_ar():
    # «أكد الاتفاق، الذي وُقّع خلال لقاء بين A وB، الالتزام بـ…»: the document's words, not an act of A and B
    text = ("وأكد اتفاق نيروبي، الذي جرى توقيعه في العاصمة الكينية خلال لقاء بين الرئيس الكيني وليام روتو "
            "والرئيس الكونغولي فيليكس تشيسكيدي، الالتزام بوقف الأعمال العدائية.")
    got = named_relations(text, "ar", "2023-03-03")
    assert not parties(got), got


def test_a_passive_signing_verb_is_signed_by_those_after_min_janib_ar():
    # «ووُقّع «الاتفاق» … من جانب الحكومة»: passive; the signer is named after «من جانب», not carried over
    text = ("وحضر وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني مراسم التوقيع في الدوحة. ووُقّع «اتفاق الدوحة "
            "للسلام» في صيغته الأولى في آذار الماضي، من جانب الحكومة التشادية والجماعات المتمردة.")
    got = named_relations(text, "ar", "2022-08-10")
    assert parties(got) == {"Chad", "الجماعات المتمردة"}, got  # (the rebel groups, named by what they are, sign too)


def test_a_signing_noun_with_its_own_signer_after_it_ar():
    # «مرهون بتوقيع «قيادة الجيش على البروتوكول»»: the noun after «توقيع» signs, not the body before it
    text = ("ووقعت الحكومة الكولومبية وجيش التحرير الوطني «اتفاق المكسيك» في آذار. وقال الوزير إن عمل «لجنة "
            "الرقابة» مرهون بتوقيع «قيادة الجيش على البروتوكول الأمني».")
    got = named_relations(text, "ar", "2023-03-20")
    assert parties(got) == {"Colombia", "National Liberation Army (Colombia)"}, got


def _entity_names(text, lang, date):
    from explorer.extract.pipeline import extract_text

    return {e.name for e in extract_text(text, lang=lang, date_=date).entities}


def test_an_agreement_signed_at_a_place_in_a_year_is_the_known_one():
    # "the ceasefire agreement signed in Geneva in 2020", three years on: the known one of that place and year
    text = "Military officers from both camps reviewed the cease-fire agreement signed in Geneva in 2020."
    assert "Libya Permanent Ceasefire Agreement" in _entity_names(text, "en", "2023-02-12")


def test_the_speaker_of_a_relative_clause_invokes_the_agreement_ar():
    # «X، التي قالت إن … وفقا للاتفاق»: the one who says it invokes the agreement, not the sentence's subject
    text = ("وقع الرئيس الأذربيجاني إلهام علييف على البيان الثلاثي. وجاء توقيع علييف في باكو بحضور وزير "
            "الخارجية التركي مولود جاويش أوغلو، الذي قال إن على القوات الأرمينية الانسحاب من الإقليم وفقا للاتفاق.")
    got = named_relations(text, "ar", "2020-11-10")
    refs = {s for s, t, o in got if t == "references"}
    assert refs == {"Mevlüt Çavuşoğlu"} or refs == {"Mevlut Cavusoglu"}, got



def test_a_capital_government_listed_with_a_group_signs_too():
    # "The Kiev government and separatist rebels signed": the capital's government is the state, listed with them
    text = "The Kiev government and separatist rebels have signed a roadmap towards a truce in the Donbas."
    got = named_relations(text, "en", "2015-02-12")
    assert "Ukraine" in parties(got), got


def test_a_junta_government_is_the_state_that_signs():
    # "Chad's transitional junta government has signed": the state's government, not a possessive modifier
    text = "Chad's transitional junta government has signed a peace agreement with armed opposition factions."
    got = named_relations(text, "en", "2022-08-09")
    assert "Chad" in parties(got), got
