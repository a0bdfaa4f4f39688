"""Support and opposition as news writes them (lane `stance`): who backs whom, and who is acted against, with the
pair right when a clause holds more actors than the two. Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


def _pairs(text: str, lang: str, rtype: str) -> set[tuple[str, str]]:
    return {(s, t) for s, rt, t in named_relations(text, lang, "2023-05-01") if rt == rtype}


@pytest.mark.parametrize(
    ("lang", "text", "right", "wrong"),
    [
        (  # the support phrase opens the sentence: it backs the subject after its comma
            "en",
            "With the support of Turkey, the Government of National Accord repelled Haftar's offensive on Tripoli.",
            ("Turkey", "Government of National Accord"),
            None,
        ),
        (
            "en",
            "Thanks to the backing of Iran and Russia, Syrian government forces retook eastern Aleppo in "
            "December 2016.",
            ("Russia", "Syria"),
            ("Iran", "Russia"),
        ),
        (  # at the end of the clause: the subject is backed, not the name a preposition brings in
            "en",
            "The Somali army retook the town of Mahas from al-Shabaab on Sunday with the support of African "
            "Union troops.",
            ("African Union", "Somali National Army"),
            ("African Union", "al-Shabaab"),
        ),
        (
            "en",
            "The Sudanese army recaptured Wad Madani after weeks of fighting with the Rapid Support Forces, "
            "with support from Egypt, officials said.",
            ("Egypt", "Sudanese Armed Forces"),
            ("Egypt", "Rapid Support Forces"),
        ),
        (
            "ar",
            "وبدعم من تركيا، صدت حكومة الوفاق هجوم قوات حفتر على طرابلس في يونيو 2020.",
            ("Turkey", "Government of National Accord"),
            None,
        ),
        (
            "ar",
            "واستعاد الجيش الصومالي بلدة محاس من حركة الشباب يوم الأحد بدعم من الاتحاد الأفريقي.",
            ("African Union", "Somali National Army"),
            ("African Union", "al-Shabaab"),
        ),
        (
            "ar",
            "وسيطر الجيش السوداني على مدينة ود مدني بعد معارك مع قوات الدعم السريع بدعم من مصر، وفق مصادر عسكرية.",
            ("Egypt", "Sudanese Armed Forces"),
            ("Egypt", "Rapid Support Forces"),
        ),
        (
            "ar",
            "وبمساندة من الولايات المتحدة، اعترضت إسرائيل معظم الصواريخ التي أطلقتها إيران ليل السبت.",
            ("United States", "Israel"),
            None,
        ),
    ],
)
def test_support_phrase_backs_the_clause_subject(lang, text, right, wrong):
    got = _pairs(text, lang, "supports")
    assert right in got
    if wrong is not None:
        assert wrong not in got


@pytest.mark.parametrize(
    ("lang", "text", "rtype", "right", "wrong"),
    [
        (  # an ally of a state's army backs it (no member of it)
            "en",
            "Egypt, a key ally of the Sudanese army, hosted the talks in Cairo on Monday.",
            "supports",
            ("Egypt", "Sudanese Armed Forces"),
            None,
        ),
        (
            "en",
            "Eritrea, a close ally of the Ethiopian army during the Tigray war, has kept troops in the region.",
            "supports",
            ("Eritrea", "Ethiopian National Defense Force"),
            None,
        ),
        (  # arms received: the giver backs the receiver
            "en",
            "Ukraine received Patriot air defence systems from Germany and the United States last month.",
            "supports",
            ("Germany", "Ukraine"),
            None,
        ),
        (
            "en",
            "Armenia received artillery systems from India and France last year, angering Azerbaijan.",
            "supports",
            ("India", "Armenia"),
            None,
        ),
        (  # called on to leave a deal: opposed by the caller, not yet against the deal
            "en",
            "Somalia's government urged Ethiopia to withdraw from the memorandum of understanding with Somaliland.",
            "opposes",
            ("Somalia", "Ethiopia"),
            None,
        ),
        (
            "ar",
            "وطالبت الحكومة الصومالية إثيوبيا بالتراجع عن مذكرة التفاهم التي وقعتها مع أرض الصومال في يناير.",
            "opposes",
            ("Somalia", "Ethiopia"),
            None,
        ),
    ],
)
def test_allies_givers_and_calls(lang, text, rtype, right, wrong):
    got = _pairs(text, lang, rtype)
    assert right in got
    if wrong is not None:
        assert wrong not in got


def test_called_on_to_withdraw_is_no_withdrawal():
    text = "ودعت الحكومة الصومالية إثيوبيا إلى الانسحاب من مذكرة التفاهم مع أرض الصومال."
    assert not {p for p in _pairs(text, "ar", "opposes") if p[0] == "Ethiopia"}
    text = "Somalia's government urged Ethiopia to withdraw from the memorandum of understanding with Somaliland."
    assert not {p for p in _pairs(text, "en", "opposes") if p[0] == "Ethiopia"}
    text = "وطالبت الحكومة الصومالية إثيوبيا بالتراجع عن مذكرة التفاهم التي وقعتها مع أرض الصومال في يناير."
    assert not _pairs(text, "ar", "supports")


@pytest.mark.parametrize(
    ("lang", "text", "right"),
    [
        (
            "en",
            "Sudan's army said in a statement on Sunday that the Rapid Support Forces were fully responsible for the "
            "massacre in El Geneina.",
            ("Sudanese Armed Forces", "Rapid Support Forces"),
        ),
        (
            "en",
            "The Syrian Democratic Forces said Turkey was responsible for the drone strike that killed three fighters "
            "near Qamishli.",
            ("Syrian Democratic Forces", "Turkey"),
        ),
        (
            "en",
            "Iraq's foreign ministry said Iran was behind the missile attack on Erbil, the second in a month.",
            ("Iraqi Foreign Ministry", "Iran"),
        ),
        (
            "en",
            "The Taliban said the United States was to blame for the collapse of the Afghan economy.",
            ("Taliban", "United States"),
        ),
        (
            "ar",
            "وقال الجيش السوداني في بيان إن قوات الدعم السريع مسؤولة عن المجزرة التي شهدتها مدينة الجنينة.",
            ("Sudanese Armed Forces", "Rapid Support Forces"),
        ),
        (
            "ar",
            "وقالت وزارة الخارجية العراقية إن إيران تقف وراء الهجوم الصاروخي على أربيل.",
            ("Iraqi Foreign Ministry", "Iran"),
        ),
        (
            "ar",
            "وأكدت حركة حماس أن إسرائيل تتحمل المسؤولية الكاملة عن حياة الأسرى في قطاع غزة.",
            ("Hamas", "Israel"),
        ),
        # a demand on the actor a statement opens with
        (
            "en",
            "Ukraine's foreign ministry said Russia must be held accountable for the attack on Kharkiv.",
            ("Ministry of Foreign Affairs of Ukraine", "Russia"),
        ),
        (
            "en",
            "Kenya's President William Ruto said the RSF must stop attacking civilians in Darfur.",
            ("William Ruto", "Rapid Support Forces"),
        ),
        (
            "en",
            "The Houthis said the United States will pay a heavy price for its aggression on Yemen.",
            ("Houthis", "United States"),
        ),
        ("ar", "وقال الحوثيون إن الولايات المتحدة ستدفع الثمن غاليا.", ("Houthis", "United States")),
        # an actor's act described as a wrong
        (
            "en",
            "The Arab League described Israel's decision as a flagrant violation of international law.",
            ("Arab League", "Israel"),
        ),
        (
            "en",
            "Somalia called Ethiopia's deal with Somaliland a violation of its sovereignty.",
            ("Somalia", "Ethiopia"),
        ),
        (
            "en",
            "Moscow described Kyiv's incursion into the Kursk region as a major provocation.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_said_to_be_behind_a_harm_is_opposed(lang, text, right):
    assert right in _pairs(text, lang, "opposes")


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (  # a possessive after "at"/"in" owns the stance noun after it; it is no place
            "Morocco recalled its ambassador to Algeria in protest at Algeria's support for the Polisario Front.",
            ("Algeria", "Polisario Front"),
            ("Morocco", "Polisario Front"),
        ),
        (
            "Kyiv voiced anger at Hungary's support for Russia during the EU summit in Brussels.",
            ("Hungary", "Russia"),
            ("Ukraine", "Russia"),
        ),
    ],
)
def test_possessive_after_a_preposition_backs(text, right, wrong):
    got = _pairs(text, "en", "supports")
    assert right in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "right"),
    [  # a stance noun on an attack whose relative clause names the attacker
        ("وأعرب الاتحاد الأوروبي عن إدانته للهجوم الذي شنته حركة الشباب على مقديشو.", ("European Union", "al-Shabaab")),
        (
            "وأعربت مصر عن إدانتها الشديدة للهجوم الإرهابي الذي نفذته حركة الشباب على فندق في مقديشو.",
            ("Egypt", "al-Shabaab"),
        ),
    ],
)
def test_stance_noun_on_an_attack_told_in_a_relative_clause(text, right):
    assert right in _pairs(text, "ar", "opposes")


def test_attacked_in_a_relative_clause_is_not_opposed():
    text = "وأعربت الإمارات عن إدانتها للهجوم الذي استهدف قوات حفظ السلام في جنوب لبنان."
    assert not _pairs(text, "ar", "opposes")


@pytest.mark.parametrize(
    ("lang", "text", "right"),
    [  # arms, aid or money given: the giver backs the receiver
        (
            "en",
            "Iran has provided the Houthis with drones and ballistic missiles, according to a UN panel of experts.",
            ("Iran", "Houthis"),
        ),
        (
            "en",
            "Russia has provided arms to the Sudanese army since the war began, diplomats said.",
            ("Russia", "Sudanese Armed Forces"),
        ),
        (
            "en",
            "Turkey delivered Bayraktar drones to the Ethiopian government during the Tigray war.",
            ("Turkey", "Ethiopia"),
        ),
        ("en", "Germany has given Ukraine Leopard tanks and air defence systems.", ("Germany", "Ukraine")),
        ("ar", "وقدمت إيران طائرات مسيرة لروسيا لاستخدامها في الحرب على أوكرانيا.", ("Iran", "Russia")),
        ("ar", "وقدمت الولايات المتحدة مساعدات عسكرية بقيمة 300 مليون دولار لأوكرانيا.", ("United States", "Ukraine")),
    ],
)
def test_giving_arms_or_aid_backs_the_receiver(lang, text, right):
    assert right in _pairs(text, lang, "supports")


@pytest.mark.parametrize(
    ("lang", "text", "rtype"),
    [
        # responsible for a task, not a harm; the speaker's own side
        ("en", "The UN said Egypt was responsible for managing the Rafah crossing into Gaza.", "opposes"),
        ("en", "Israel said Hamas was responsible for the humanitarian situation in Gaza.", "opposes"),
        ("ar", "وقالت الأمم المتحدة إن مصر مسؤولة عن إدارة معبر رفح.", "opposes"),
        ("en", "Iraq said it was responsible for the security of its border with Syria.", "opposes"),
        # given, but no arms, aid or money
        ("en", "The government provided details of the attack to the United Nations on Monday.", "supports"),
        ("en", "Russia handed over the bodies of 50 Ukrainian soldiers to Ukraine.", "supports"),
        ("en", "Iran gave the Houthis a warning about escalation in the Red Sea.", "supports"),
        ("en", "Turkey sent thousands of refugees and migrants to Greece's border in 2020.", "supports"),
        ("ar", "وقدمت تركيا شكوى ضد إسرائيل إلى محكمة العدل الدولية.", "supports"),
    ],
)
def test_no_stance_taken(lang, text, rtype):
    assert not _pairs(text, lang, rtype)


@pytest.mark.parametrize(
    ("lang", "text", "right"),
    [  # a warning that threatens opposes the one warned; one that advises does not
        (
            "en",
            "The Yemeni government warned the Houthis that any escalation would be met with a decisive response.",
            ("Yemen", "Houthis"),
        ),
        (
            "en",
            "The United States warned Russia of severe consequences if it invaded Ukraine.",
            ("United States", "Russia"),
        ),
        ("ar", "وحذرت إيران إسرائيل من أن أي هجوم على منشآتها النووية سيقابل برد ساحق.", ("Iran", "Israel")),
        ("en", "Washington warned Ukraine that a Russian invasion could come at any moment.", None),
        ("ar", "وحذرت الولايات المتحدة أوكرانيا من أن الغزو الروسي قد يبدأ في أي لحظة.", None),
    ],
)
def test_threatening_warning_opposes(lang, text, right):
    got = _pairs(text, lang, "opposes")
    assert right in got if right is not None else not got


def test_demonym_support_phrase_backs_the_subject():
    """«بدعم» with a demonym: the demonym's state backs the clause subject, and does not do the clause's act."""
    text = "وصدت حكومة الوفاق، بدعم تركي، هجوم قوات حفتر على طرابلس في يونيو."
    assert ("Turkey", "Government of National Accord") in _pairs(text, "ar", "supports")
    assert ("Turkey", "Libyan National Army") not in _pairs(text, "ar", "fights")
    text = "واستعاد الجيش السوداني بدعم مصري مدينة ود مدني من قوات الدعم السريع."
    assert _pairs(text, "ar", "supports") == {("Egypt", "Sudanese Armed Forces")}


def test_arabic_ally_backs():
    """«X، الحليف الوثيق لـY،» and «تعد X الحليف الأبرز لـY»: the ally backs Y."""
    for text, pair in (
        (
            "وقالت مصر، الحليف الوثيق للجيش السوداني، إنها ستواصل جهود الوساطة بين الطرفين.",
            ("Egypt", "Sudanese Armed Forces"),
        ),
        ("وتعد إيران الحليف الأبرز لجماعة الحوثي في اليمن منذ سنوات.", ("Iran", "Houthis")),
        ("وأرسلت روسيا، الحليف الرئيسي للحكومة السورية، طائرات إضافية إلى قاعدة حميميم.", ("Russia", "Syria")),
    ):
        assert pair in _pairs(text, "ar", "supports")
    assert not _pairs("وقالت الولايات المتحدة إنها لن تتخلى عن حلفائها في الخليج.", "ar", "supports")


def test_fronted_backing_with_its_arm():
    """ "Backed by Russian air power, Syrian government forces …": the words of the arm after the backer."""
    text = "Backed by Russian air power, Syrian government forces retook eastern Aleppo in December 2016."
    assert ("Russia", "Syria") in _pairs(text, "en", "supports")
    text = "Backed by Turkish drones, the Government of National Accord repelled Haftar's offensive on Tripoli."
    assert ("Turkey", "Government of National Accord") in _pairs(text, "en", "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Israel must do more to protect civilians in Gaza.",
        "Egypt described Qatar's mediation between Israel and Hamas as a positive step.",
    ],
)
def test_statement_that_opposes_no_one(text):
    assert not _pairs(text, "en", "opposes")


@pytest.mark.parametrize(
    ("lang", "text", "right"),
    [
        # an adverb inside the trigger phrase
        (
            "en",
            "Cairo said on Sunday that Egypt stood firmly with Somalia against any attempt to divide it.",
            ("Egypt", "Somalia"),
        ),
        (
            "en",
            "Moscow has stood squarely behind the Syrian government since the start of the war.",
            ("Russia", "Syria"),
        ),
        # «دافع عن», the subject between the verb and its preposition
        ("ar", "ودافعت روسيا عن الحكومة السورية خلال جلسة مجلس الأمن أمس.", ("Russia", "Syria")),
        (
            "ar",
            "ودافع رئيس الوزراء الإثيوبي آبي أحمد عن مذكرة التفاهم مع أرض الصومال أمام البرلمان.",
            ("Abiy Ahmed", "*"),
        ),
    ],
)
def test_standing_with_and_defending_back(lang, text, right):
    got = _pairs(text, lang, "supports")
    assert right in got or right[1] == "*" and any(s == right[0] for s, _ in got), got


@pytest.mark.parametrize(
    ("lang", "text", "attacked"),
    [  # what is backed or defended is the operation, not whom it is against
        (
            "en",
            "Ankara backed the military operation against the Kurdish-led SDF in northern Syria.",
            "Syrian Democratic Forces",
        ),
        (
            "ar",
            "ودافع الرئيس التركي عن العملية العسكرية ضد قوات سوريا الديمقراطية في شمال سوريا.",
            "Syrian Democratic Forces",
        ),
        ("ar", "وأيدت الإمارات الحملة العسكرية على الحوثيين في اليمن.", "Houthis"),
    ],
)
def test_backing_an_operation_does_not_back_its_target(lang, text, attacked):
    assert not {s for s, t in _pairs(text, lang, "supports") if t == attacked}


def test_backing_the_operation_told_before_backs_who_carried_it_out():
    text = (
        "شنّ التحالف بقيادة السعودية غارات جوية على مواقع الحوثيين في صنعاء فجر الخميس. "
        "وأكدت البحرين تأييدها للعملية، بينما دانت إيران العملية ووصفتها بالعدوان."
    )
    assert ("Bahrain", "Saudi-led coalition") in _pairs(text, "ar", "supports")
    assert ("Iran", "Saudi-led coalition") in _pairs(text, "ar", "opposes")


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # the agent after the attack's own complement is the attacker the stance is against
        ("en", "Qatar on Tuesday condemned the strikes on civilians by Israel in the southern Gaza Strip."),
        ("ar", "وأدانت قطر، الثلاثاء، الغارات على المدنيين من قبل إسرائيل في جنوب قطاع غزة."),
    ],
)
def test_condemned_attack_with_its_agent_after_its_target(lang, text):
    triples = named_relations(text, lang, "2024-05-01")
    assert ("Qatar", "opposes", "Israel") in triples
    assert not {t for t in triples if t[1] in ("fights", "opposes") and t[2] == "Qatar"}
    assert ("Qatar", "fights", "Israel") not in triples


@pytest.mark.parametrize(
    ("text", "date", "right"),
    [  # «رفض بلاده لـ» + an act or presence + the demonym of the state whose act it is
        (
            "وجدد المقداد رفض بلاده للوجود العسكري الأميركي على الأراضي السورية.",
            "2023-06-04",
            ("Syria", "United States"),
        ),
        (
            "وجدد وزير الخارجية المصري سامح شكري رفض بلاده للوجود العسكري الإسرائيلي في محور فيلادلفيا.",
            "2024-05-20",
            ("Egypt", "Israel"),
        ),
    ],
)
def test_rejecting_a_states_presence_opposes_that_state(text, date, right):
    got = {(s, t) for s, rt, t in named_relations(text, "ar", date) if rt == "opposes"}
    assert right in got, got
