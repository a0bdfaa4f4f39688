"""Whom "the two sides" / «الطرفان» stand for (issue 9): the states a text named as sides («الجانب السعودي»,
"the Iranian side") before any pair of their envoys; never a pair that only witnessed, sponsored or
accompanied the act, two officials of one state, or the «الدولتين» of the two-state solution. Sentences written
for these tests."""

from explorer.extract.pipeline import extract_text


def _ex(text: str, lang: str, date: str = "2023-03-10"):
    return extract_text(text, lang=lang, date_=date)


def _rels(text: str, lang: str, date: str = "2023-03-10") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in _ex(text, lang, date).relations}


def _stands_for(text: str, lang: str, collective: str, date: str = "2023-03-10") -> set[str]:
    ex = _ex(text, lang, date)
    return {e.id for e in ex.entities if any(m.text == collective for m in e.mentions)}


def test_states_named_as_sides_are_the_two_sides_not_their_envoys():
    text = ("ووقع الاتفاق عن الجانب السعودي مساعد العيبان، وعن الجانب الإيراني علي شمخاني. "
            "واتفق الجانبان على إعادة فتح السفارتين خلال شهرين.")
    assert _stands_for(text, "ar", "الجانبان") == {"state:sau", "state:irn"}
    text = ("The accord was signed for the Saudi side by Musaed al-Aiban and for the Iranian side by Ali Shamkhani. "
            "The two sides agreed to reopen their embassies within two months.")
    assert _stands_for(text, "en", "The two sides") == {"state:sau", "state:irn"}


def test_a_pair_after_a_bystander_word_is_no_two_sides():
    text = ("وجرى التوقيع بحضور الرئيس الكيني وليام روتو ورئيس المفوضية موسى فقي محمد. "
            "وقال المتحدث إن الطرفين اتفقا على وقف القتال.")
    assert _stands_for(text, "ar", "الطرفين") == set()
    text = ("The deal was signed in the presence of William Ruto and Moussa Faki Mahamat. "
            "A spokesman said the two sides had agreed to stop the fighting.")
    assert not {"person:william-ruto", "person:moussa-faki-mahamat"} & _stands_for(text, "en", "the two sides")


def test_two_officials_of_one_state_are_no_two_sides():
    text = ("وقال وزير الخارجية الأميركي أنتوني بلينكن إن مساعدته مولي في تقود الوفد الأميركي في جدة. "
            "ومن المقرر أن تستأنف المفاوضات بين الجانبين خلال أيام.")
    assert _stands_for(text, "ar", "الجانبين", "2023-05-12") == set()


def test_two_leaders_of_one_state_at_war_stay_two_sides():
    """Burhan leads the army and Dagalo the RSF: both Sudanese, still the two sides of the war."""
    text = ("واتصل بلينكن بقائد الجيش عبد الفتاح البرهان وقائد قوات الدعم السريع محمد حمدان دقلو. "
            "ودعا الطرفين إلى وقف إطلاق النار.")
    assert _stands_for(text, "ar", "الطرفين", "2023-06-01") == {
        "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo"}


def test_the_two_state_solution_names_no_sides():
    text = ("واستقبل العاهل الأردني وزير الخارجية المصري والمبعوث الأميركي. "
            "وأكد الملك تمسك بلاده بحل الدولتين.")
    assert _stands_for(text, "ar", "الدولتين") == set()


def test_a_name_that_opens_with_waw_is_not_coordinated_by_it():
    """«وانغ يي» opens with «و»: the name, not «و» + «انغ»; the party in his title and he are no two sides."""
    text = ("ووقع البيان وزير الدولة مساعد العيبان، إلى جانب مدير مكتب لجنة الشؤون الخارجية في الحزب الشيوعي "
            "الصيني وانغ يي. واتفق الجانبان على تفعيل الاتفاقية.")
    assert not any(e.startswith("org:") for e in _stands_for(text, "ar", "الجانبان"))


def test_the_pair_named_last_is_the_two_not_an_earlier_coordinated_pair():
    text = ("Sudan's army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo sent envoys to Jeddah. "
            "Somalia's president Hassan Sheikh Mohamud met Kenyan President William Ruto in Nairobi on Tuesday. "
            "The two leaders discussed the security of their shared border.")
    assert _stands_for(text, "en", "The two leaders") == {"person:hassan-sheikh-mohamud", "person:william-ruto"}
    text = ("Egypt and Ethiopia traded accusations over the dam on Monday. "
            "Libya's Mohamed al-Menfi received Chad's Mahamat Deby in Tripoli on Wednesday. "
            "The two leaders agreed to reopen the border crossing.")
    assert _stands_for(text, "en", "The two leaders") == {"person:mohamed-al-menfi", "person:mahamat-idriss-deby"}
