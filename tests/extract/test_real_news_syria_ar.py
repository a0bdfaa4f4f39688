"""Shapes met in real Arabic news about Syria's conflict diplomacy (2011–2024), written for these tests in news
style and tried across several conflicts: «الديموقراطية» spelled with its optional long vowel, a joint envoy
whose title names two bodies («المبعوث المشترك للأمم المتحدة والجامعة العربية»), and the Syrian opposition as a
side at the talks («وفد المعارضة السورية»: the KB's Syrian armed opposition, as in the English lane)."""

from tests.extract.shapes import named_relations


def test_the_long_vowel_spelling_of_democratic_names_the_same_bodies():
    text = "وأجرى وفد من مجلس سوريا الديموقراطية محادثات مع الحكومة السورية في دمشق أمس."
    assert ("Syrian Democratic Council", "negotiates_with", "Syria") in named_relations(text, "ar", "2018-07-29")
    text = "وقال القائد العام لقوات سوريا الديموقراطية مظلوم عبدي إن الحوار مع دمشق مستمر."
    assert ("Mazloum Abdi", "holds_role_in", "Syrian Democratic Forces") in named_relations(text, "ar", "2023-01-10")
    text = "وزار الرئيس الرواندي بول كاغامي جمهورية الكونغو الديموقراطية في أول زيارة منذ سنوات."
    assert ("Paul Kagame", "visits", "DR Congo") in named_relations(text, "ar", "2019-06-01")


JOINT_ENVOYS = (
    (
        "وقال المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا كوفي عنان إن الحكومة قبلت خطته.",
        "ar",
        "2012-04-06",
        "Kofi Annan",
        {"United Nations", "Arab League"},
    ),
    (
        "ووصل موفد الأمم المتحدة وجامعة الدول العربية الخاص الأخضر الإبراهيمي أمس إلى دمشق.",
        "ar",
        "2012-09-14",
        "Lakhdar Brahimi",
        {"United Nations", "Arab League"},
    ),
    (
        "وقال الوسيط المشترك للاتحاد الأفريقي والأمم المتحدة في دارفور جبريل باسولي إن المحادثات ستستأنف في الدوحة.",
        "ar",
        "2009-02-10",
        "Djibril Bassolé",
        {"United Nations", "African Union"},
    ),
    (
        "Kofi Annan, the joint special envoy of the United Nations and the Arab League, said Damascus had accepted "
        "his plan.",
        "en",
        "2012-04-06",
        "Kofi Annan",
        {"United Nations", "Arab League"},
    ),
    (
        "The joint mediator of the African Union and the United Nations, Djibril Bassole, said talks would resume.",
        "en",
        "2009-02-10",
        "Djibril Bassolé",
        {"United Nations", "African Union"},
    ),
)


def test_a_joint_envoy_holds_his_role_in_both_bodies_his_title_names():
    for text, lang, date, person, bodies in JOINT_ENVOYS:
        rels = named_relations(text, lang, date)
        assert {b for s, t, b in rels if s == person and t == "holds_role_in"} >= bodies, (text, rels)


def test_a_title_with_one_body_and_a_state_after_and_names_no_second_body():
    text = "وقال وزير الخارجية السعودي والأمين العام لمجلس التعاون جاسم البديوي إن الاجتماع كان ناجحا."
    rels = named_relations(text, "ar", "2023-05-01")
    assert not [
        r for r in rels if r[1] == "holds_role_in" and r[2] == "Gulf Cooperation Council" and r[0] != "Jasem Albudaiwi"
    ]


def test_the_syrian_opposition_is_a_side_at_the_talks():
    text = "والتقى المبعوث الأممي إلى سوريا ستيفان دي ميستورا مع وفد المعارضة السورية في جنيف اليوم الاثنين."
    assert ("Staffan de Mistura", "meets", "Syrian armed opposition") in named_relations(text, "ar", "2016-02-01")
    text = "UN envoy Staffan de Mistura met the Syrian opposition delegation in Geneva on Monday."
    assert ("Staffan de Mistura", "meets", "Syrian armed opposition") in named_relations(text, "en", "2016-02-01")


RECEPTIONS = (
    (
        "وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق، وكان في استقباله لدى وصوله إلى المطار الرئيس السوري بشار الأسد.",
        "2023-05-03",
        ("Bashar al-Assad", "Ebrahim Raisi"),
    ),
    (
        "وقالت المصادر إن وزير الخارجية السوري فيصل المقداد كان في استقبال نظيره الإماراتي عبد الله بن زايد في مطار "
        "دمشق الدولي.",
        "2021-11-09",
        ("Faisal Mekdad", "Abdullah bin Zayed Al Nahyan"),
    ),
    (
        "ووصل رئيس مجلس السيادة السوداني عبد الفتاح البرهان إلى القاهرة، وكان في استقباله فور وصوله إلى مطار القاهرة "
        "الدولي الرئيس المصري عبد الفتاح السيسي.",
        "2023-08-29",
        ("Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"),
    ),
    (
        "وصل وزير الخارجية الأوكراني دميترو كوليبا إلى بكين، وكان في استقباله عند وصوله نظيره الصيني وانغ يي.",
        "2024-07-23",
        ("Wang Yi", "Dmytro Kuleba"),
    ),
    (
        "وكان في استقبال المبعوث الأممي هانس غروندبرغ لدى وصوله إلى صنعاء وزير خارجية الحوثيين هشام شرف.",
        "2022-04-11",
        ("Hisham Sharaf", "Hans Grundberg"),
    ),
)


def test_the_one_there_to_receive_a_visitor_meets_him():
    for text, date, (host, guest) in RECEPTIONS:
        rels = named_relations(text, "ar", date)
        assert (host, "meets", guest) in rels or (guest, "meets", host) in rels, (text, rels)


def test_receiving_refugees_or_aid_meets_no_one():
    text = "وساهمت تركيا والأردن في استقبال اللاجئين السوريين منذ عام 2011."
    assert not [r for r in named_relations(text, "ar", "2016-01-01") if r[1] == "meets"]
