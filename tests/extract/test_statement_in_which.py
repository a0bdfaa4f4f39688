"""«… في كلمة/مؤتمر صحفي لـX …، قال فيها/أشار فيه إن …»: "said in it" has the statement's owner as its speaker."""

from tests.extract.shapes import named_relations


def test_the_owner_of_the_speech_speaks_not_the_council_it_was_given_before():
    text = (
        "جاء ذلك في كلمة لوزير الخارجية الصومالي أحمد معلم فقي أمام مجلس الأمن، "
        "قال فيها إن حركة الشباب تستغل الجفاف."
    )
    rels = named_relations(text, "ar", "2023-03-02")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Ahmed Moallim Fiqi", "al-Shabaab") in states, rels
    assert not [r for r in states if r[0] == "UN Security Council"], rels


def test_the_speaker_of_the_sentence_before_does_not_go_on_into_another_press_conference():
    text = (
        "وقال رئيس الوزراء الإثيوبي آبي أحمد إن إريتريا تهدد أمن بلاده. "
        "جاء ذلك في تصريحات أدلى بها وزير الدفاع التركي خلوصي أكار، أكد فيها أن حزب العمال الكردستاني يشكل تهديدا."
    )
    rels = named_relations(text, "ar", "2022-06-14")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Hulusi Akar", "Kurdistan Workers' Party") in states, rels
    assert ("Abiy Ahmed", "Kurdistan Workers' Party") not in states, rels
