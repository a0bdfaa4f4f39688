"""Parties of agreements (session 40, lane `agree`). Sentences written for these tests."""

from tests.extract.shapes import named_relations, parties


def _to(got, source):
    return {o for s, t, o in got if s == source and t in ("agrees_with", "references")}


def test_a_sponsor_is_no_subject_of_reaching_a_deal_ar():
    # «برعاية أممية», «التي ترعاها قطر»: who sponsors the talks does not reach the deal they aim at
    text = ("وقعت الحكومة الأفغانية وحركة طالبان اتفاقا لتبادل الأسرى في الدوحة. وقال المتحدث إن الجولة المقبلة "
            "في أوسلو برعاية أممية تتجه نحو التوصل إلى الاتفاق النهائي.")
    got = named_relations(text, "ar", "2020-03-10")
    assert "United Nations" not in parties(got), got
    text = ("وقعت حكومة تشاد والمجلس العسكري اتفاق الدوحة للسلام. وأوضح الوزير أن تعدد الفصائل أبطأ المحادثات "
            "التي ترعاها قطر منذ أشهر؛ ما أخّر التوصل إلى الاتفاق.")
    got = named_relations(text, "ar", "2022-08-08")
    assert "Qatar" not in parties(got), got


def test_a_deal_others_try_to_mediate_between_two_sides_is_not_reached():
    text = ("The foreign ministers met in Cairo amid efforts to mediate a truce deal between Hezbollah and Israel "
            "after weeks of cross-border fire.")
    got = named_relations(text, "en", "2024-10-20")
    assert not ({"Hezbollah", "Israel"} & parties(got)), got


def test_a_comma_before_and_and_a_head_noun_keeps_the_second_signer_ar():
    # «الحكومة الصومالية، وحركة …»: the comma does not end the list of signers
    text = ("وقّعت الحكومة السودانية، وحركة جيش تحرير السودان - جناح مناوي، مساء السبت في عاصمة جنوب السودان، "
            "اتفاقا للسلام.")
    got = named_relations(text, "ar", "2020-10-03")
    assert len(_to(got, "Sudan")) == 1 and len(parties(got)) == 2, got


def test_it_was_signed_by_names_the_signers_of_the_agreement_before():
    text = ("Officials in Kinshasa and Kigali published a peace agreement on Friday. It was signed by the two "
            "foreign ministers, Therese Kayikwamba Wagner and Olivier Nduhungirehe, in Washington.")
    got = named_relations(text, "en", "2025-06-27")
    assert {"Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe"} <= parties(got) or {
        "Therese Kayikwamba Wagner", "Olivier Nduhungirehe"} <= parties(got), got


def _entity_names(text, lang, date):
    from explorer.extract.pipeline import extract_text

    return {e.name for e in extract_text(text, lang=lang, date_=date).entities}


def test_a_place_in_an_agreement_title_names_no_party():
    # "the Khartoum Agreement" of the Central African war is not South Sudan's declaration signed in Khartoum:
    # the host's state, named only by the title's place, is no party the document names
    text = ("The Central African government and fourteen militias initialled a new peace deal on Tuesday. "
            "Touadera said the Khartoum Agreement would open a new page for the country.")
    names = _entity_names(text, "en", "2019-02-05")
    assert not any("South Sudan" in n for n in names), names



def test_a_signer_for_a_side_stops_at_a_new_clause_ar():
    # «ووقع عن X فلان، فيما رفض …»: the body refusing in the next clause signed for no side
    text = ("وقع الجيش السوداني وقوى الحرية والتغيير الاتفاق الإطاري. ووقع عن قوى الحرية والتغيير الواثق البرير، "
            "فيما رفض الحزب الشيوعي السوداني التوقيع على الاتفاق.")
    got = named_relations(text, "ar", "2022-12-05")
    assert "Sudanese Communist Party" not in parties(got), got


def test_a_refusal_before_two_coordinated_subjects_negates_the_signing_ar():
    text = ("ووقّعت الحكومة الانتقالية وحركات الجبهة الثورية اتفاق جوبا للسلام، فيما رفضت حركة تحرير السودان "
            "وفصائل أخرى التوقيع على الاتفاق.")
    got = named_relations(text, "ar", "2020-10-03")
    assert not any("تحرير السودان" in s or "Sudan Liberation" in s for s in parties(got)), got


def test_what_the_two_sides_agreed_is_no_agreement_of_the_caller_ar():
    text = ("وقال المتحدث إن كيغالي ملتزمة بالاتفاق. من جهته، رحب السفير الكيني بالاتفاق، فيما دعت واشنطن "
            "الطرفين إلى الالتزام بما اتفقا عليه.")
    got = named_relations(text, "ar", "2025-06-28")
    assert "Kenya" not in parties(got), got


def test_a_news_agency_in_the_dateline_is_no_side_of_the_deal():
    text = ("MOGADISHU (Reuters) - Rival Somali leaders signed a deal on Tuesday to end a months-long standoff over "
            "the election timetable.")
    names = _entity_names(text, "en", "2021-05-27")
    assert not any("Reuters" in n and n != "Reuters" for n in names), names


def test_a_where_clause_has_a_subject_of_its_own():
    text = ("Officials close to President William Ruto briefed reporters in Nairobi, where the feuding delegations "
            "signed the truce on Sunday.")
    got = named_relations(text, "en", "2023-03-12")
    assert "William Ruto" not in parties(got), got


def test_according_to_an_agreement_is_the_reporters_source_not_a_reference():
    text = ("Kinshasa and the rebels signed a declaration of principles in Doha on Saturday. According to the "
            "declaration, the M23 is to withdraw from the towns it holds.")
    got = named_relations(text, "en", "2025-07-19")
    assert not any(t == "references" for s, t, o in got if "M23" in s or "March 23" in s), got


def test_his_counterpart_in_a_body_then_named_is_the_second_signer_ar():
    text = ("ووقّع رئيس الوزراء العراقي حيدر العبادي ونظيره في حكومة إقليم كردستان نيجيرفان بارزاني، مساء الثلاثاء، "
            "اتفاقا نفطيا في بغداد.")
    got = named_relations(text, "ar", "2014-12-02")
    assert {"Haider al-Abadi", "Nechirvan Barzani"} <= parties(got), got


def test_an_agreement_named_after_its_place_of_talks_in_another_states_war():
    # the Central African accord initialled in Khartoum the day before its signing in Bangui, not South Sudan's
    text = ("Central African Republic: the government and fourteen militias initialled a peace accord on Tuesday. "
            "'The Khartoum Agreement is our chance,' Touadera said. Rebel leaders said the Khartoum Agreement "
            "had to be carried out at once.")
    names = _entity_names(text, "en", "2019-02-05")
    assert not any("South Sudan" in n for n in names), names
