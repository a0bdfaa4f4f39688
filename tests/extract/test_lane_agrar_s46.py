"""Arabic agreements on real news (session 46, lane `agrar`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _agreeing(text: str, date: str = "2016-05-01") -> set[str]:
    return {s for s, t, _ in named_relations(text, "ar", date) if t == "agrees_with"}


def test_titled_sides_after_between_ar():
    # «جرى التوقيع على الاتفاق بين الرئيس A والزعيم B»: the second side's title carries the glued «و», so the list
    # after «بين» goes on to the titled name
    for text in (
        "وجرى التوقيع على الاتفاق بين الرئيس ميشال عون والزعيم وليد جنبلاط في بيروت.",
        "ووقع اتفاق المصالحة بين الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد أمس.",
    ):
        got = _agreeing(text, "2018-07-01")
        assert len(got) >= 2, (text, got)


def test_rebels_named_after_their_common_noun_sign_with_ar():
    # «وقعت الحكومة اتفاقا مع المتمردين الحوثيين»: "the rebels" before the name belongs to it; the partner after
    # «مع» is a party
    got = _agreeing("ووقعت الحكومة اليمنية الأحد اتفاقا مع المتمردين الحوثيين لتبادل نحو ألف أسير.", "2020-09-01")
    assert "Houthis" in got, got


def test_a_quoted_side_after_a_comma_and_a_parted_and_ar():
    # «وقعت A، و"B"، اتفاقا»: the «و» stands apart from a quoted name after a comma; B is listed with A
    text = 'ووقعت الحكومة السودانية، و"حركة العدل والمساواة"، اتفاقا لوقف إطلاق النار في الدوحة.'
    got = _agreeing(text, "2010-02-01")
    assert "Justice and Equality Movement" in got and "Sudan" in got, got


def test_a_sponsor_right_after_the_verb_does_not_sign_ar():
    # «وكانت كل من A وB وقعتا برعاية C، اتفاقا»: the name after a sponsoring word is no subject of the verb; the
    # sides before the verb sign
    got = _agreeing("وكانت كل من إريتريا وجيبوتي وقعتا برعاية قطر، اتفاقا لتسوية النزاع الحدودي.", "2010-07-01")
    assert "Qatar" not in got and {"Eritrea", "Djibouti"} <= got, got


def test_who_announces_a_signing_between_others_does_not_sign_ar():
    # «أعلن X توقيع اتفاق بين A وB»: the sides after «بين» signed; the announcer did not
    text = "وأعلن وزير الخارجية الكويتي اليوم توقيع اتفاق بين الحكومة الصومالية وحركة الشباب."
    got = named_relations(text, "ar", "2019-03-01")
    sides = {s for s, t, _ in got if t == "agrees_with"}
    assert "Kuwait" not in sides and not any(s.startswith("Sabah") for s in sides), got
    assert "Somalia" in sides, got


def test_an_agreement_signed_between_two_sides_after_a_word_of_talks_ar():
    # «بحث الوزيران تطبيق الاتفاق الموقع بين A وB»: the talks are about the agreement; the signed participle says
    # A and B signed it
    got = _agreeing("وبحث الوزيران سبل تطبيق اتفاق السلام الموقع بين إثيوبيا وإريتريا قبل عامين.", "2020-07-01")
    assert {"Ethiopia", "Eritrea"} <= got, got


def test_a_set_phrase_describing_a_side_does_not_end_the_list_ar():
    # «الحكومة اليمنية المعترف بها دوليا والمتمردون الحوثيون»: the set phrase describes the name before it; the
    # list goes on, and "and the rebels" before the next name belongs to it
    for text, side in (
        ("وقعت الحكومة الليبية المعترف بها دوليا والجيش الوطني الليبي أمس اتفاقا لتبادل الأسرى.", "Libyan National"),
        ("واتفقت الحكومة اليمنية المعترف بها دوليا والمتمردون الحوثيون على تمديد الهدنة شهرين.", "Houthis"),
    ):
        got = _agreeing(text, "2021-04-01")
        assert any(s.startswith(side) for s in got), (text, got)



def test_those_congratulated_on_a_signing_signed_ar():
    # «هنأ X A وB على توقيع الاتفاق»: A and B, praised right before «على» and the signing noun, signed; the one who
    # congratulates did not, nor the owner of efforts praised («أشاد بجهود قطر على …»)
    got = _agreeing("وهنأ رئيس مفوضية الاتحاد الأفريقي السودان وجنوب السودان على توقيع اتفاق التعاون.", "2012-10-01")
    assert {"Sudan", "South Sudan"} <= got and "African Union" not in got, got
    got = _agreeing("وأشاد الوزير بجهود الكويت على توقيع الاتفاق بين البلدين.", "2012-10-01")
    assert "Kuwait" not in got, got


def test_and_glued_to_what_the_next_quoted_name_is_ar():
    # «A وحركة "B" وافقتا», «A وميليشيا "B" وافقا»: «و» glued to a noun saying what the next name is, the name
    # quoted after it: B is listed with A before the verb
    for text, side in (
        ('وقال الوسيط إن الحكومة الصومالية وحركة "الشباب" وافقتا على هدنة لمدة أسبوعين.', "Somalia"),
        ('وأعلن الوسطاء أن الجيش السوداني وميليشيا "الدعم السريع" وافقا على هدنة جديدة لمدة ثلاثة أيام.', "Sudanese"),
    ):
        got = _agreeing(text, "2023-06-01")
        assert any(s.startswith(side) for s in got) and len(got) >= 2, (text, got)


def test_who_declares_agreeing_on_terms_with_a_partner_ar():
    # «أعلن A الاتفاق على هدنة مع B»: A declares its agreeing on the truce with B; both are its sides
    got = _agreeing("وأعلن الجيش المالي مساء الأحد الاتفاق على هدنة لمدة شهر مع تنسيقية حركات أزواد.", "2014-05-01")
    assert any(s.startswith("Mali") for s in got) and len(got) >= 2, got


def test_a_council_adopts_a_resolution_after_the_words_of_its_session_ar():
    # «تبنى مجلس الأمن في جلسة عقدها مساء الخميس قرارا …»: up to twelve words between the verb of adopting and the
    # indefinite «قرار» (the session, its time) leave it the council's resolution
    got = named_relations(
        "وتبنى مجلس الأمن الدولي في جلسة عقدها مساء الخميس قرارا يمدد ولاية بعثة حفظ السلام في جنوب السودان.",
        "ar",
        "2019-03-15",
    )
    assert any(s == "UN Security Council" and t == "agrees_with" for s, t, _ in got), got


def test_plural_agreements_signed_between_two_sides_ar():
    # «اتفاقيات السلام الموقعة بين A وB»: a plural agreement noun that a signed participle and «بين» follow is the
    # agreements the two signed, even after a verb of talks
    got = _agreeing("وناقش الوزيران سبل تنفيذ اتفاقيات التعاون الموقعة بين السودان وجنوب السودان.", "2013-04-01")
    assert {"Sudan", "South Sudan"} <= got, got


def test_states_named_after_a_plural_noun_of_states_sign_ar():
    # «ووقعت الدول الثلاث A وB وC على …»: the plural noun of states and its number stand for the names after them,
    # the verb's subject
    got = _agreeing("ووقعت الدول الثلاث مصر والسودان وإثيوبيا في الخرطوم على إعلان مبادئ حول السد.", "2015-03-23")
    assert {"Egypt", "Sudan", "Ethiopia"} <= got, got
