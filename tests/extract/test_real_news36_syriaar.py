"""Shapes met in Arabic news about Syria (the sentences here are written for these tests, in news style, across
several conflicts): the task a resolution asks of an unnamed office holder («طلب من الأمين العام متابعة …») is no
person's name; «إيجاد حل» ("finding a solution") is not IGAD; «سابقاً» after a title marks a former holder, so
the name after it holds the title, not today's holder; and the «إن» of what is said, after a long occasion phrase
(«قال X خلال اجتماع … في القاهرة، إن …»), is where the statement's topic is looked for; «بدعم إماراتي لقتال X»:
the support's purpose is fought, not backed; «وأيدت روسيا الحليفة لسوريا القرار»: the ally the subject's aside
names is not the verb's object."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _people(text: str, date: str) -> set[str]:
    return {e.name for e in extract_text(text, lang="ar", date_=date).entities if e.kind == "person"}


def test_the_task_asked_of_a_title_holder_is_no_name():
    text = (
        "وطلب القرار الصادر عن الاجتماع الوزاري من الأمين العام لجامعة الدول العربية متابعة تنفيذ ما ورد فيه، "
        "وإحاطة المجلس بالتطورات في دورته المقبلة."
    )
    rels = named_relations(text, "ar", "2023-05-07")
    assert ("Ahmed Aboul Gheit", "holds_role_in", "Arab League") in rels
    assert not [r for r in rels if r[0].startswith("متابعة")]
    text = "وكلف مجلس الأمن الأمين العام للأمم المتحدة متابعة تنفيذ الاتفاق الموقع في الحديدة ورفع تقرير خلال شهر."
    assert not [p for p in _people(text, "2019-01-16") if p.startswith("متابعة")]
    text = "ودعا البيان الختامي المبعوث الأممي إلى ليبيا مواصلة جهوده لجمع الأطراف الليبية حول طاولة الحوار."
    assert not [p for p in _people(text, "2021-01-10") if p.startswith("مواصلة")]


def test_finding_a_solution_is_not_igad():
    text = "وأكد المبعوث الأممي أن المشاورات تهدف إلى إيجاد حل سياسي شامل للأزمة في السودان يضمن وقف القتال."
    ents = {e.name for e in extract_text(text, lang="ar", date_="2023-08-01").entities}
    assert "Intergovernmental Authority on Development" not in ents
    text = "ودعت منظمة الإيغاد طرفي النزاع في جنوب السودان إلى إيجاد مخرج للأزمة عبر الحوار."
    ents = {e.name for e in extract_text(text, lang="ar", date_="2016-08-01").entities}
    assert "Intergovernmental Authority on Development" in ents


_FORMER = [
    (
        "وضم الوفد المعارض، الذي وصل إلى جنيف مساء الأربعاء، نائب رئيس الوزراء السوري سابقاً قدري جميل "
        "وعدداً من الشخصيات المقبولة لدى دمشق.",
        "2016-02-03",
        ("Qadri Jamil", "Syria"),
    ),
    (
        "وقال وزير الخارجية السوداني سابقاً إبراهيم غندور، في تصريح لقناة محلية، إن الحوار هو السبيل الوحيد.",
        "2023-02-03",
        ("Ibrahim Ghandour", "Sudan"),
    ),
]


def test_formerly_after_a_title_gives_the_title_to_the_name_after_it():
    for text, date, (person, state) in _FORMER:
        holders = {s for s, t, o in named_relations(text, "ar", date) if t == "holds_role_in" and o == state}
        assert holders == {person}, (text, holders)  # not today's holder (Walid Muallem, Ali al-Sadiq)


def test_the_topic_is_sought_after_the_that_of_a_long_occasion_phrase():
    text = (
        "وقال وزير الخارجية المصري سامح شكري خلال اجتماع وزراء الخارجية العرب في مقر الجامعة بالقاهرة، إن "
        "السبيل الوحيد لحل الأزمة السورية هو الحل السياسي دون تدخلات خارجية."
    )
    assert ("Sameh Shoukry", "states", "Syria") in named_relations(text, "ar", "2023-05-07")
    text = (
        "وأكد المبعوث الأممي هانس غروندبرغ في إحاطة قدمها أمام أعضاء مجلس الأمن الدولي مساء الثلاثاء، أن "
        "الوضع في اليمن ما زال هشاً رغم تراجع المعارك."
    )
    assert ("Hans Grundberg", "states", "Yemen") in named_relations(text, "ar", "2022-06-14")
    text = (
        "وقال المبعوث الأممي غير بيدرسون خلال مؤتمر صحفي عقده في جنيف عقب لقائه الرئيسين المشتركين للجنة، "
        "إن الحل في سوريا يجب أن يكون سياسياً."
    )
    assert ("Geir Pedersen", "states", "Syria") in named_relations(text, "ar", "2019-10-28")


def test_the_purpose_of_a_support_phrase_is_fought_not_backed():
    cases = [
        (
            "وتقدمت قوات العمالقة، بدعم إماراتي لقتال الحوثيين، نحو مديريات بيحان في شبوة خلال الأيام الماضية.",
            "2022-01-15",
            ("United Arab Emirates", "supports", "Houthis"),
        ),
        (
            "وأفادت تقارير بتوغل فصائل من المعارضة بدعم تركي لقتال هيئة تحرير الشام في ريف إدلب الشمالي.",
            "2017-10-10",
            ("Turkey", "supports", "Hayat Tahrir al-Sham"),
        ),
        (
            "ودفعت قوات الدعم السريع بتعزيزات جديدة بدعم إماراتي لمحاربة الجيش السوداني في محيط الفاشر.",
            "2024-05-15",
            ("United Arab Emirates", "supports", "Sudanese Armed Forces"),
        ),
    ]
    for text, date, wrong in cases:
        assert wrong not in named_relations(text, "ar", date), text
    text = (
        "وقال رئيس الوفد الروسي ألكسندر لافرنتييف إن عدد المراقبين قد يصل إلى 1500 عنصر، وسط أنباء عن توغل "
        "فصائل معارضة بدعم تركي لقتال جبهة النصرة في ريف إدلب."
    )
    assert not [r for r in named_relations(text, "ar", "2017-09-15") if r[0] == "Turkey" and r[1] == "supports"]
    text = "وتقدمت قوات العمالقة بدعم إماراتي لقتال الحوثيين في مديريات بيحان بمحافظة شبوة."
    assert ("United Arab Emirates", "supports", "Giants Brigades") in named_relations(text, "ar", "2022-01-15")


def test_an_ally_noun_after_the_subject_is_no_object():
    text = "وأيدت روسيا الحليفة لسوريا القرار بعد سلسلة من المفاوضات في اللحظة الأخيرة قبل التصويت في مجلس الأمن."
    assert ("Russia", "supports", "Syria") not in named_relations(text, "ar", "2018-02-24")
    text = "ورفضت إيران الحليفة للحوثيين اتفاق الرياض الموقع بين الحكومة اليمنية والمجلس الانتقالي الجنوبي."
    rels = named_relations(text, "ar", "2019-11-06")
    assert ("Iran", "opposes", "Riyadh Agreement") in rels
    assert ("Iran", "opposes", "Houthis") not in rels
    text = "ودعمت الإمارات الحليفة للسعودية المبادرة السعودية لوقف إطلاق النار في اليمن التي أعلنت الاثنين."
    assert ("United Arab Emirates", "supports", "Saudi Arabia") not in named_relations(text, "ar", "2021-03-23")


def test_the_body_an_emanating_phrase_describes_is_the_subject():
    text = (
        "بدأت الهيئة العليا للمفاوضات المنبثقة عن المعارضة السورية، اليوم الاثنين، أول لقاء رسمي مع المبعوث "
        "الأممي ستافان دي ميستورا في مقر الأمم المتحدة بجنيف."
    )
    rels = named_relations(text, "ar", "2016-02-01")
    assert ("High Negotiations Committee", "meets", "Staffan de Mistura") in rels
    assert ("Syrian armed opposition", "meets", "Staffan de Mistura") not in rels


def test_between_the_two_of_them_after_a_call_or_meeting():
    text = (
        "بحث الرئيس التركي رجب طيب أردوغان، السبت، مع نظيره الإيراني حسن روحاني التطورات في محافظة إدلب "
        "السورية. جاء ذلك خلال اتصال هاتفي بينهما، وفق بيان صادر عن الرئاسة التركية."
    )
    assert ("Recep Tayyip Erdoğan", "phones", "Hassan Rouhani") in named_relations(text, "ar", "2020-02-29")
    text = (
        "استعرض الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني تطورات الأوضاع في قطاع "
        "غزة، خلال لقاء جمع بينهما في القاهرة اليوم الأربعاء."
    )
    assert ("Abdel Fattah el-Sisi", "meets", "Abdullah II") in named_relations(text, "ar", "2023-11-01")


def test_whom_a_call_is_addressed_to_is_not_backed():
    text = (
        "وناشد المبعوث المشترك دمشق الرد إيجاباً على دعوة مجلس الأمن الدولي للسلطات السورية إلى تطبيق "
        "الخطة المكونة من ست نقاط."
    )
    assert ("UN Security Council", "supports", "Syria") not in named_relations(text, "ar", "2012-03-21")
    text = "ورحبت القاهرة بدعوة الاتحاد الأفريقي للجيش السوداني وقوات الدعم السريع إلى وقف القتال فوراً."
    assert ("African Union", "supports", "Sudanese Armed Forces") not in named_relations(text, "ar", "2023-05-01")


def test_a_dual_title_goes_on_past_a_comma():
    text = (
        "بحث الرئيسان التركي رجب طيب أردوغان، والروسي فلاديمير بوتين، باتصال هاتفي، آخر مستجدات الأوضاع في "
        "سوريا، حسبما أعلنت مصادر رسمية من الجانبين."
    )
    rels = named_relations(text, "ar", "2019-12-11")
    assert ("Vladimir Putin", "holds_role_in", "Russia") in rels
    assert ("Recep Tayyip Erdoğan", "negotiates_with", "Vladimir Putin") in rels
    text = (
        "واتفق وزيرا الخارجية السعودي فيصل بن فرحان، والإيراني حسين أمير عبد اللهيان، على إعادة فتح سفارتي "
        "البلدين خلال شهرين."
    )
    rels = named_relations(text, "ar", "2023-04-06")
    assert ("Hossein Amir-Abdollahian", "holds_role_in", "Iran") in rels
    assert ("Faisal bin Farhan", "agrees_with", "Hossein Amir-Abdollahian") in rels


def test_criticism_an_event_caused_is_not_its_victims():
    text = (
        "وقتل العشرات في هجوم عبر الحدود على قوات حليفة للولايات المتحدة، تسبب في انتقادات لاذعة في واشنطن "
        "للرئيس الأمريكي دونالد ترامب."
    )
    rels = named_relations(text, "ar", "2019-10-11")
    assert not [r for r in rels if r[1] == "opposes" and r[2] == "Donald Trump"]
    text = "وتسببت الضربات الروسية على ريف إدلب الجنوبي في إدانة واسعة من تركيا، التي طالبت بوقف التصعيد فوراً."
    assert ("Turkey", "opposes", "Russia") in named_relations(text, "ar", "2019-10-11")


def test_then_he_opens_a_clause_of_its_own():
    text = (
        "وأضاف المبعوث المشترك أنه في الوقت الذي تلتزم فيه الحكومة السورية بالخطة فإنه يواصل الحوار مع "
        "المعارضة السورية للالتزام بها."
    )
    rels = named_relations(text, "ar", "2012-04-06")
    assert ("Syria", "negotiates_with", "Syrian armed opposition") not in rels
    assert not [r for r in rels if r[0] == "Syrian armed opposition" and r[1] == "agrees_with"]
    text = (
        "وأوضح المبعوث الأممي أنه في الوقت الذي تلتزم فيه الحكومة اليمنية بالهدنة فإنه يواصل اتصالاته "
        "والحوار مع الحوثيين في مسقط."
    )
    rels = named_relations(text, "ar", "2022-04-06")
    assert ("Yemen", "negotiates_with", "Houthis") not in rels


def test_an_outlet_is_not_one_of_the_two_sides():
    text = (
        "وقال رئيس الهيئة العليا للمفاوضات رياض حجاب في مقابلة مع قناة العربية مساء الخميس إن الوفد لن يذهب "
        "إلى جنيف. ويرتقب أن يتفاوض الطرفان على حدة مع المبعوث الأممي ستافان دي ميستورا."
    )
    assert ("Riyad Hijab", "negotiates_with", "Staffan de Mistura") not in named_relations(text, "ar", "2016-01-29")


def test_the_topic_of_talks_is_not_met():
    text = (
        "والتقى الموفد الدولي الخاص إلى سوريا ستافان دي ميستورا الأربعاء للمرة الأولى منذ انطلاق المفاوضات "
        "حول سوريا في جنيف وفداً من المعارضة القريبة من موسكو."
    )
    assert ("Staffan de Mistura", "meets", "Syria") not in named_relations(text, "ar", "2016-03-02")


def test_hailemariam_in_the_press_spelling_is_not_nikki_haley():
    text = "وقال رئيس الوزراء الإثيوبي السابق هايلي مريم ديسالين، في كلمة أمام القمة، إن اتفاق بريتوريا صامد."
    rels = named_relations(text, "ar", "2023-02-03")
    assert not [r for r in rels if r[0] == "Nikki Haley"]
