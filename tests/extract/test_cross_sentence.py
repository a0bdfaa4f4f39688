"""Cross-sentence links: an actor the sentence names only by a description of what it is to this one — "the
guest", «الضيف الإيراني» — standing for one named in a sentence before. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, date: str = "2024-03-10") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


def test_the_guest_named_by_his_state_is_the_visitor_of_that_state():
    text = "وصل علي شمخاني إلى بغداد صباح اليوم على رأس وفد أمني. واستقبل محمد شياع السوداني الضيف الإيراني في مكتبه."
    assert ("person:mohammed-shia-al-sudani", "meets", "person:ali-shamkhani") in _rels(text, "ar", "2023-03-19")
    text = "وصل هاكان فيدان إلى بورتسودان أمس. واستقبل عبد الفتاح البرهان الضيف التركي، وبحث معه مسار الحرب."
    rels = _rels(text, "ar")
    assert ("person:abdel-fattah-al-burhan", "meets", "person:hakan-fidan") in rels
    text = "Hakan Fidan arrived in Tripoli on Monday. Abdul Hamid Dbeibah received the Turkish visitor at his office."
    assert ("person:abdul-hamid-dbeibah", "meets", "person:hakan-fidan") in _rels(text, "en")


def test_the_guest_of_another_state_than_the_one_named_is_no_one():
    """ «الضيف التركي» after an Iranian visitor: the adjective names whose guest it is, so no one here."""
    text = "وصل عباس عراقجي إلى بيروت أمس. واستقبل نجيب ميقاتي الضيف التركي في السراي."
    rels = _rels(text, "ar")
    assert not any(r[1] == "meets" and "abbas-araghchi" in r[2] for r in rels)


def test_of_two_people_in_the_sentence_before_the_guest_is_the_one_who_opens_it():
    text = (
        "Nicolas Sarkozy flew to Tbilisi late on Tuesday from Moscow, where he and Dmitry Medvedev had agreed on "
        "a plan. Speaking at a joint news conference with his guest, Mikheil Saakashvili said Georgia backed it."
    )
    rels = _rels(text, "en", "2008-08-12")
    assert ("person:mikheil-saakashvili", "meets", "person:nicolas-sarkozy") in rels
    assert ("person:mikheil-saakashvili", "meets", "person:dmitry-medvedev") not in rels
    text = (
        "William Ruto flew to Addis Ababa on Friday from Asmara, where he and Isaias Afwerki had discussed Sudan. "
        "At a joint news conference with his guest, Abiy Ahmed said the region needed peace."
    )
    rels = _rels(text, "en")
    assert ("person:abiy-ahmed", "meets", "person:william-ruto") in rels
    assert ("person:abiy-ahmed", "meets", "person:isaias-afwerki") not in rels


def test_the_one_accused_after_a_dropped_subject_is_the_object():
    """«…، واتهمت X بـ…»: an accusation verb with one actor and then the charge goes on with the subject before;
    the actor is the accused, not the accuser."""
    cases = [
        ("ودانت الحكومة الصومالية الهجوم، واتهمت حركة الشباب بقتل مدنيين.", "state:som", "group:al-shabaab"),
        ("وقال الجيش السوداني إنه صد الهجوم، واتهم قوات الدعم السريع بقصف الأحياء.", "org:saf", "group:rsf"),
        ("وانتقد آبي أحمد الجبهة، واتهم إريتريا بدعم المتمردين.", "person:abiy-ahmed", "state:eri"),
        ("ورحبت أوكرانيا بالقرار، واتهمت روسيا بعرقلة المفاوضات.", "state:ukr", "state:rus"),
    ]
    for text, accuser, accused in cases:
        rels = _rels(text, "ar")
        assert (accuser, "opposes", accused) in rels, text
        assert (accused, "opposes", accuser) not in rels, text


def test_two_actors_before_the_charge_name_their_own_accuser():
    rels = _rels("وزار المبعوث الأممي عدن، واتهمت الحكومة اليمنية الحوثيين بخرق الهدنة.", "ar")
    assert ("state:yem", "opposes", "group:houthis") in rels
    rels = _rels("وقال حفتر إنه يريد السلام، واتهمت حكومة الوحدة الوطنية قواته بقصف طرابلس.", "ar")
    assert not any(r[0] == "person:khalifa-haftar" and r[1] == "opposes" for r in rels)


def test_an_arabic_bare_rank_is_the_last_commander_and_a_name_after_it_is_no_adjective():
    """«واتهم الجنرال قوات الدعم السريع»: a name without the article after the definite noun is the verb's object,
    not whose general he is (an adjective agrees in the article: «الجنرال السوداني»)."""
    text = "زار عبد الفتاح البرهان القاهرة الاثنين. واتهم الجنرال قوات الدعم السريع بارتكاب جرائم حرب."
    assert ("person:abdel-fattah-al-burhan", "opposes", "group:rsf") in _rels(text, "ar")
    text = "تفقد خليفة حفتر قواته في سرت. واتهم الجنرال تركيا بتسليح حكومة طرابلس."
    assert ("person:khalifa-haftar", "opposes", "state:tur") in _rels(text, "ar")


def test_the_two_men_and_the_guerrillas():
    text = "التقى عبد الحميد الدبيبة خليفة حفتر في روما. وبحث الرجلان توحيد الجيش."
    assert ("person:abdul-hamid-dbeibah", "negotiates_with", "person:khalifa-haftar") in _rels(text, "ar")
    text = "استقبل عبد الفتاح البرهان آبي أحمد في بورتسودان. واتفق الرجلان على فتح الحدود."
    rels = _rels(text, "ar")
    assert ("person:abdel-fattah-al-burhan", "meets", "person:abiy-ahmed") in rels
    text = "The ELN resumed talks with Colombia's government in Caracas. The guerrillas said they supported a truce."
    assert any(r[0] == "group:eln" and r[1] == "states" for r in _rels(text, "en"))


def test_with_him_at_the_head_of_the_next_sentence_is_the_one_met_before():
    """«استقبل X Y … . وبحث معه …»: the one X received, when the sentence before named one other actor."""
    text = "استقبل محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي في بغداد. وبحث معه أمن الحدود."
    assert ("person:mohammed-shia-al-sudani", "negotiates_with", "person:abbas-araghchi") in _rels(text, "ar")
    text = "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة. وناقش معه الحرب في سوريا."
    assert ("person:hakan-fidan", "negotiates_with", "person:abbas-araghchi") in _rels(text, "ar", "2025-03-10")
    text = "استقبل جوزيف عون المبعوث الأميركي آموس هوكستين في بيروت. وبحث معه الانسحاب الإسرائيلي."
    assert ("person:joseph-aoun", "negotiates_with", "person:amos-hochstein") in _rels(text, "ar", "2025-03-10")


def test_with_him_after_a_sentence_naming_two_guests_is_no_one():
    text = (
        "استقبل رجب طيب أردوغان فلاديمير بوتين وإبراهيم رئيسي في أنقرة. وبحث معه الحرب في سوريا."
    )
    rels = _rels(text, "ar", "2023-05-10")
    assert not any(r[1] == "negotiates_with" for r in rels)


def test_these_groups_are_the_last_list_of_groups_named():
    text = (
        "The Houthis and Hezbollah fired missiles at Israel on Monday. "
        "Washington said Iran armed these groups and accused them of threatening shipping."
    )
    rels = _rels(text, "en")
    assert {("state:irn", "supports", "group:houthis"), ("state:irn", "supports", "group:hezbollah")} <= rels
    text = (
        "وتقاتل في الفاشر حركة العدل والمساواة وحركة تحرير السودان إلى جانب الجيش. "
        "وتتهم قوات الدعم السريع هذه الفصائل بخرق الحياد."
    )
    assert ("group:rsf", "opposes", "group:jem") in _rels(text, "ar")


def test_a_stance_verb_with_its_object_pronoun_acts_on_the_actor_named_before_it():
    """«…، وتتهمها بالارتباط بإسرائيل»: the pronoun is the groups named before (a name in the charge is neither
    the accused nor the accuser); «ـه» a person, «ـها» a state, body or group; not in a relative clause."""
    text = (
        "وشن الحرس الثوري الإيراني هجمات على مقار أحزاب كردية معارضة قرب أربيل، بينها الحزب الديمقراطي الكردستاني "
        "الإيراني وحزب «كومله». وتطالب طهران بنزع سلاح هذه الجماعات، وتتهمها بالارتباط بإسرائيل."
    )
    rels = _rels(text, "ar", "2023-03-19")
    assert {("state:irn", "opposes", "group:kdpi"), ("state:irn", "opposes", "group:komala")} <= rels
    assert not any(r[0] == "state:isr" and r[1] == "opposes" for r in rels)
    text = "وذكرت الحكومة الصومالية حركة الشباب في بيانها، واتهمتها بقتل مدنيين."
    assert ("state:som", "opposes", "group:al-shabaab") in _rels(text, "ar")
    text = "استقبل إيمانويل ماكرون بنيامين نتنياهو في باريس، وانتقده بسبب الحرب في غزة."
    assert ("person:emmanuel-macron", "opposes", "person:benjamin-netanyahu") in _rels(text, "ar")
    text = "وعقدت المشاورات التي يستضيفها مجلس التعاون الخليجي في الرياض، والتي قاطعها الحوثيون."
    assert not any(r[0] == "group:houthis" and r[1] == "opposes" and r[2].startswith("org:") for r in _rels(text, "ar"))


def test_the_two_delegations_after_both_sides_in_one_sentence_are_the_same_two():
    """ "urged both sides … and met the two delegations": a collective after its verb is no subject, so the second
    one of the sentence is the same pair; «الوفدين» like «الطرفين»."""
    text = (
        "The Afghan government and the Taliban opened peace talks in Doha on Saturday. The Taliban's political "
        "chief said the movement wanted an Islamic system. The government's negotiators said they sought a "
        "ceasefire. Mike Pompeo urged both sides to seize the opportunity and met separately with the two delegations."
    )
    rels = _rels(text, "en", "2020-09-12")
    assert {("person:mike-pompeo", "meets", "state:afg"), ("person:mike-pompeo", "meets", "group:taliban")} <= rels
    text = "بدأ وفد الحكومة السودانية ووفد قوات الدعم السريع محادثات في جدة. وقال المبعوث الأميركي إنه التقى الوفدين."
    rels = _rels(text, "ar", "2023-05-08")
    assert any(r[1] == "meets" and r[2] == "group:rsf" for r in rels)


def test_the_two_groups_are_the_two_groups_named_before():
    text = (
        "Hamas and Islamic Jihad fired rockets at Israel on Monday. Egypt and Qatar called for calm, and the United "
        "Nations urged restraint after days of strikes on Gaza. Israel said its jets had struck dozens of targets. "
        "The two groups said they would continue fighting Israel."
    )
    rels = _rels(text, "en")
    assert {("group:hamas", "states", "state:isr"), ("group:pij", "states", "state:isr")} <= rels
    assert ("state:egy", "states", "state:isr") not in rels  # (the groups, not the last pair of states)


def test_his_host_is_the_other_one_of_the_visit_but_a_host_country_is_no_person():
    text = "Abiy Ahmed met Isaias Afwerki in Asmara. Abiy thanked his host for his hospitality."
    assert ("person:abiy-ahmed", "states", "person:isaias-afwerki") in _rels(text, "en")
    text = "Volodymyr Zelensky met Andrzej Duda in Warsaw. Zelensky thanked their host country for its support."
    assert ("person:volodymyr-zelensky", "states", "person:andrzej-duda") not in _rels(text, "en")
