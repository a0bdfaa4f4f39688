"""Shapes met in real news about Sudan, Ethiopia, Somalia, Libya, the Sahel and DR Congo (the sentences here are
written for these tests, in news style, across several conflicts): a coordinated subject whose second member
carries a describing word ("the army and the rival paramilitary RSF agreed"), a time set off by commas inside a
phone-call phrase, a meeting named by the relative clause «اللقاء الذي جمع X مع Y», representatives who sign
for their bodies («بتوقيع ممثلي A وB»), and «إعلان» + a person, which is an announcement, not a declaration."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _signers(text: str, lang: str, date: str) -> set[str]:
    return {s for s, t, _ in named_relations(text, lang, date) if t == "agrees_with"}


def test_a_describing_word_before_the_second_conjunct_keeps_the_first():
    text = "Sudan's army and the rival paramilitary Rapid Support Forces have agreed to a seven-day ceasefire."
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= _signers(text, "en", "2023-05-21")
    text = "The Ethiopian government and the rebel TPLF signed the Pretoria Agreement."
    assert {"Ethiopia", "Tigray People's Liberation Front"} <= _signers(text, "en", "2022-11-02")
    text = "The Libyan government and the rival eastern-based Libyan National Army signed a ceasefire in Geneva."
    assert {"Libya", "Libyan National Army"} <= _signers(text, "en", "2020-10-23")
    text = "The Malian government and the separatist Coordination of Azawad Movements signed the Algiers Accord."
    assert "Mali" in _signers(text, "en", "2015-06-20")


def test_a_bracketed_short_form_after_the_second_conjunct():
    text = (
        "The Ethiopian government and the Tigray People's Liberation Front (TPLF) have agreed to an immediate "
        "ceasefire."
    )
    assert {"Ethiopia", "Tigray People's Liberation Front"} <= _signers(text, "en", "2022-11-02")


def test_a_time_between_commas_inside_a_phone_call():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً، مساء الثلاثاء، من رئيس مجلس السيادة السوداني "
        "عبد الفتاح البرهان."
    )
    assert ("Abdel Fattah el-Sisi", "phones", "Abdel Fattah al-Burhan") in named_relations(text, "ar", "2023-06-06")
    text = "تلقى رئيس الوزراء الإثيوبي آبي أحمد اتصالا هاتفيا، أمس، من الرئيس الكيني وليام روتو."
    assert ("Abiy Ahmed", "phones", "William Ruto") in named_relations(text, "ar", "2023-06-06")


MEETINGS = (
    (
        "كشفت المتحدثة باسم المجلس الرئاسي عن اللقاء الذي جمع رئيس المجلس الرئاسي محمد المنفي مع المشير خليفة حفتر "
        "في بنغازي.",
        "2023-02-10",
        ("Mohamed al-Menfi", "Khalifa Haftar"),
    ),
    (
        "وتناول اللقاء الذي جمع الرئيس الصومالي حسن شيخ محمود مع رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا "
        "العلاقات الثنائية.",
        "2024-02-10",
        ("Hassan Sheikh Mohamud", "Abiy Ahmed"),
    ),
    (
        "وجاء ذلك خلال الاجتماع الذي جمع بين قائد الجيش السوداني عبد الفتاح البرهان والمبعوث الأمريكي توم بيرييلو "
        "في بورتسودان.",
        "2024-08-20",
        ("Abdel Fattah al-Burhan", "Tom Perriello"),
    ),
    (
        "وناقشت القمة التي جمعت الرئيس الرواندي بول كاغامي ونظيره الكونغولي فيليكس تشيسيكيدي في الدوحة الأزمة في "
        "شرق الكونغو.",
        "2024-03-18",
        ("Paul Kagame", "Félix Tshisekedi"),
    ),
)


def test_the_meeting_that_brought_together():
    for text, date, (a, b) in MEETINGS:
        assert (a, "meets", b) in named_relations(text, "ar", date), text


def test_representatives_sign_for_their_bodies():
    text = "رحبت الوزارة بتوقيع ممثلي القوات المسلحة السودانية وقوات الدعم السريع لاتفاق وقف إطلاق النار في جدة."
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= _signers(text, "ar", "2023-05-21")
    text = "رحبت مصر بتوقيع ممثلي الحكومة الإثيوبية وجبهة تحرير تيغراي اتفاق السلام في بريتوريا."
    assert {"Ethiopia", "Tigray People's Liberation Front"} <= _signers(text, "ar", "2022-11-03")


def test_a_persons_announcement_is_no_declaration():
    for text, date in (
        (
            "أعلنت قوات الدعم السريع هدنة، غداة إعلان قائد الجيش السوداني عبد الفتاح البرهان رفضه مقترحا دوليا "
            "بالهدنة ولم يتم إعلان تفاصيله.",
            "2025-11-25",
        ),
        ("وجاء ذلك بعد إعلان الرئيس الروسي فلاديمير بوتين وقف إطلاق النار لمدة ثلاثة أيام.", "2023-05-08"),
        ("وقال المتحدث إن الحكومة ستلتزم بالهدنة، وإنه سيتم إعلان موعد الجولة المقبلة لاحقا.", "2024-01-10"),
    ):
        names = [e.name for e in extract_text(text, lang="ar", date_=date).entities if e.kind == "agreement"]
        assert not any("declaration" in n.lower() for n in names), names


def test_a_pledge_to_pull_back_support_backs_no_one():
    for text, date in (
        ("Rwanda pledged to pull back support for the M23 -- and the United States welcomed the move.", "2025-06-27"),
        ("Uganda agreed to scale down its support for the SPLM-IO.", "2018-06-27"),
        ("Russia pulled back its support for Haftar's forces.", "2020-06-10"),
    ):
        got = named_relations(text, "en", date)
        assert not any(t == "supports" for _, t, _ in got), got
    assert ("Egypt", "supports", "Sudanese Armed Forces") in named_relations(
        "Egypt pledged to support the Sudanese army.", "en", "2024-06-27"
    )


def test_jordans_ministry_by_its_own_name():
    text = "رحبت وزارة الخارجية وشؤون المغتربين بتوقيع اتفاق وقف إطلاق النار في جدة."
    got = named_relations(text, "ar", "2023-05-21")
    assert any(s == "Jordanian Foreign Ministry" for s, _, _ in got), got


def test_a_prepositions_object_before_a_comma_signs_nothing():
    for text, date, signers in (
        (
            "Turkey expressed its commitment to the sovereignty and territorial integrity of Somalia, after the "
            "signing of a deal between Ethiopia and Somaliland.",
            "2024-01-04",
            {"Ethiopia", "Somaliland"},
        ),
        ("The talks were held in Doha with Qatar, after the signing of the deal.", "2024-01-04", set()),
    ):
        assert _signers(text, "en", date) == signers, text


def test_a_title_set_off_by_a_comma_before_the_second_name():
    text = (
        "President Salva Kiir and head of the opposition, Riek Machar as well as the other opposition parties "
        "signed the deal in Ethiopia."
    )
    assert {"Salva Kiir Mayardit", "Riek Machar"} <= _signers(text, "en", "2018-09-12")


def test_a_comma_after_the_subject_of_a_reported_clause():
    for text, date, pair in (
        (
            "أفادت وسائل إعلام سودانية بأن رئيس المجلس السيادي السوداني الفريق أول عبد الفتاح البرهان، استقبل الرئيس "
            "الإريتري أسياس أفورقي في مدينة بورتسودان.",
            "2025-11-15",
            ("Abdel Fattah al-Burhan", "Isaias Afwerki"),
        ),
        (
            "وذكرت الرئاسة أن الرئيس الصومالي حسن شيخ محمود، استقبل وزير الخارجية التركي هاكان فيدان في مقديشو.",
            "2024-11-15",
            ("Hassan Sheikh Mohamud", "Hakan Fidan"),
        ),
    ):
        assert (pair[0], "meets", pair[1]) in named_relations(text, "ar", date), text


def test_a_message_carried_after_a_title_is_no_name():
    for text, date in (
        ("ونقل رئيس المخابرات المصرية رسالة شفوية من الرئيس المصري عبدالفتاح السيسي إلى البرهان.", "2025-02-10"),
        ("وسلم وزير الخارجية السعودي رسالة خطية من الملك سلمان إلى الرئيس الصومالي.", "2024-02-10"),
        ("واستنكر الوزير الصومالي محاولة الانقلاب الفاشلة في السودان.", "2021-09-30"),
    ):
        people = [e.name for e in extract_text(text, lang="ar", date_=date).entities if e.kind == "person"]
        assert not any("رسال" in n or "محاول" in n for n in people), people


RANKED = (
    (
        "التقى رئيس مجلس السيادة الانتقالي الفريق أول الركن عبدالفتاح البرهان اليوم برئيس المخابرات العامة "
        "المصرية حسن رشاد في بورتسودان.",
        "2025-02-10",
        ("Abdel Fattah al-Burhan", "meets", "Hassan Rashad"),
    ),
    (
        "استقبل قائد الجيش الليبي الفريق أول الركن محمد الحداد وفدا من بعثة الأمم المتحدة.",
        "2023-02-10",
        ("Mohammed al-Haddad", "holds_role_in", "Libya"),
    ),
)


def test_a_rank_in_three_words_after_a_title():
    for text, date, triple in RANKED:
        got = named_relations(text, "ar", date)
        assert triple in got and not any(s == "Transitional Sovereignty Council" for s, _, _ in got), got


def test_a_time_in_pm_does_not_end_the_sentence():
    text = (
        "The Sudanese army and the RSF signed a seven-day ceasefire that is due to take effect on Monday at 9:45 "
        "p.m. local time in Sudan, the U.S. and Saudi Arabia said in a joint statement."
    )
    got = named_relations(text, "en", "2023-05-20")
    assert {"United States", "Saudi Arabia"} <= {s for s, t, _ in got if t == "states"}, got


def test_an_accord_named_after_its_place_is_the_one_of_the_named_parties():
    for text, lang in (
        ("Mali's government ended the Algiers Accord on Thursday.", "en"),
        ("أعلنت الحكومة في مالي إنهاء اتفاق الجزائر.", "ar"),
    ):
        names = [e.name for e in extract_text(text, lang=lang, date_="2024-01-25").entities if e.kind == "agreement"]
        assert names == ["Algiers Accord (Mali)"], names


def test_draft_after_to_is_a_verb():
    text = "Congo and Rwanda have agreed to draft a peace agreement by May 2."
    names = [e.name for e in extract_text(text, lang="en", date_="2025-04-26").entities if e.kind == "agreement"]
    assert not any("draft" in n.lower() for n in names), names
    text = "Russia vetoed the draft on Tuesday."
    names = [e.name for e in extract_text(text, lang="en", date_="2024-03-08").entities if e.kind == "agreement"]
    assert any("draft" in n.lower() for n in names), names


def test_a_ministers_rank_between_a_title_and_its_name():
    text = "التقى البرهان اليوم برئيس المخابرات العامة المصرية الوزير حسن محمود رشاد في بورتسودان."
    got = named_relations(text, "ar", "2025-02-10")
    assert ("Abdel Fattah al-Burhan", "meets", "Hassan Rashad") in got, got
