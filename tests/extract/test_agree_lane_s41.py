"""Parties of agreements (session 41, lane `agree`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _of(got, rtype):
    return {(s, o) for s, t, o in got if t == rtype}


def _parties(got):
    return {s for s, t, o in got if t == "agrees_with"}


def test_obligations_under_an_accord_make_a_party_not_a_reference():
    # "its commitments under the accord": the party's own obligations, no basis invoked for a statement
    text = ("BOGOTA, March 3 (Reuters) - The government accused the ELN of ignoring its commitments under the "
            "Mexico accord. Colombia has honoured its obligations under the agreement, Defence Minister Ivan "
            "Velasquez said on Monday.")
    got = named_relations(text, "en", "2023-03-03")
    assert not _of(got, "references"), got
    assert {"Colombia", "National Liberation Army (Colombia)"} <= _parties(got), got


def test_names_inside_a_relative_clause_on_a_document_do_not_act_after_it_ar():
    # «أكد الاتفاق، الذي وُقّع خلال لقاء بين A وB، الالتزام بـ…»: the document's words, not an act of A and B
    text = ("وأكد اتفاق نيروبي، الذي جرى توقيعه في العاصمة الكينية خلال لقاء بين الرئيس الكيني وليام روتو "
            "والرئيس الكونغولي فيليكس تشيسكيدي، الالتزام بوقف الأعمال العدائية.")
    got = named_relations(text, "ar", "2023-03-03")
    assert not _parties(got), got


def test_a_passive_signing_verb_is_signed_by_those_after_min_janib_ar():
    # «ووُقّع «الاتفاق» … من جانب الحكومة»: passive; the signer is named after «من جانب», not carried over
    text = ("وحضر وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني مراسم التوقيع في الدوحة. ووُقّع «اتفاق الدوحة "
            "للسلام» في صيغته الأولى في آذار الماضي، من جانب الحكومة التشادية والجماعات المتمردة.")
    got = named_relations(text, "ar", "2022-08-10")
    assert _parties(got) == {"Chad"}, got


def test_a_signing_noun_with_its_own_signer_after_it_ar():
    # «مرهون بتوقيع «قيادة الجيش على البروتوكول»»: the noun after «توقيع» signs, not the body before it
    text = ("ووقعت الحكومة الكولومبية وجيش التحرير الوطني «اتفاق المكسيك» في آذار. وقال الوزير إن عمل «لجنة "
            "الرقابة» مرهون بتوقيع «قيادة الجيش على البروتوكول الأمني».")
    got = named_relations(text, "ar", "2023-03-20")
    assert _parties(got) == {"Colombia", "National Liberation Army (Colombia)"}, got
