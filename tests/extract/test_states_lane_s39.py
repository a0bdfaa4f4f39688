"""Who states what (session 39): a quotation that names its topic past its opening, a speaker whose title is
followed by a relative aside about the body it names, and an Arabic relative clause between the speaker and «أن»."""

from tests.extract.shapes import named_relations


def _states(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "states"}


def test_a_quotation_of_two_sentences_is_about_the_group_it_names_inside():
    text = (
        '"The road to a settlement runs through talks with the Taliban. Nobody else can deliver it," '
        "Zalmay Khalilzad said on Sunday."
    )
    assert ("Zalmay Khalilzad", "Taliban") in _states(text, "en", "2019-09-01")


def test_the_relative_aside_after_a_spokesman_title_does_not_make_its_member_the_speaker():
    text = (
        "Corneille Nangaa, the leader of the Congo River Alliance, the coalition that includes M23, said on Monday "
        "that Kinshasa had rejected every offer of dialogue."
    )
    states = _states(text, "en", "2024-02-12")
    assert ("Corneille Nangaa", "DR Congo") in states
    assert ("March 23 Movement", "DR Congo") not in states


def test_an_arabic_relative_clause_on_the_speaker_is_not_what_he_announced():
    text = (
        "أعلن رئيس الوزراء الإثيوبي آبي أحمد، الذي عاد من نيروبي مساء الأحد، أن الحكومة الإثيوبية ستجري محادثات "
        "مع جبهة تحرير شعب تيغراي."
    )
    states = _states(text, "ar", "2022-10-20")
    assert ("Abiy Ahmed", "Tigray People's Liberation Front") in states
    assert ("Abiy Ahmed", "Ethiopia") not in states


def test_a_speech_verb_after_but_goes_with_the_speaker_not_the_reported_subject():
    text = (
        "M23 spokesman Lawrence Kanyuka said the group would respect its pledges but warned that Burundi had not "
        "pulled out."
    )
    states = _states(text, "en", "2025-02-10")
    assert ("Lawrence Kanyuka", "Burundi") in states
    assert ("March 23 Movement", "Burundi") not in states


def test_voice_of_america_is_an_outlet_the_speaker_told_not_the_united_states():
    text = '"We are not talking to them as a group," Hussein Sheikh Ali told Voice of America about al-Shabaab.'
    states = _states(text, "en", "2023-01-08")
    assert ("Hussein Sheikh Ali", "United States") not in states


def test_a_feminine_arabic_denial_is_a_statement_about_whom_it_names():
    text = "ونفت الحكومة الإريترية أن تكون قواتها قد دخلت الأراضي الإثيوبية بعد توقيع اتفاق بريتوريا مع جبهة تيغراي."
    rels = named_relations(text, "ar", "2022-11-10")
    assert any(s == "Eritrea" and t == "states" for s, t, o in rels), rels


def test_an_english_denial_that_is_a_statement():
    assert ("Burundi", "March 23 Movement") in _states(
        "Burundi denied that its soldiers had clashed with the M23 near Uvira.", "en", "2025-02-20"
    )



def test_an_agreement_named_only_as_a_new_one_is_not_what_the_statement_is_about():
    text = (
        "Pakistan's foreign minister Ishaq Dar said Islamabad wanted direct talks with the Taliban to reach a new "
        "border agreement."
    )
    states = _states(text, "en", "2024-12-20")
    assert ("Ishaq Dar", "Taliban") in states
    assert not any(o.startswith("Agreement") for s, o in states), states


def test_a_spokesman_of_a_bare_body_is_named_after_it():
    text = "وأكد المتحدث باسم الحكومة يوسف الخطيب أن الولايات المتحدة لم تبلغ بغداد مسبقا بالضربة."
    assert ("يوسف الخطيب", "United States") in _states(text, "ar", "2024-02-03")


def test_an_arabic_agreement_wished_for_without_article_gives_way_to_the_state_named():
    text = "وشدد وزير الخارجية التركي هاكان فيدان على ضرورة أن تقبل روسيا التوصل إلى اتفاق دائم مع أوكرانيا."
    states = _states(text, "ar", "2024-06-10")
    assert ("Hakan Fidan", "Russia") in states
    assert not any("agreement" in o for s, o in states), states
