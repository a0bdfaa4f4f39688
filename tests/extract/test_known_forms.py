"""Known bodies in the forms news writes them (benchmarks/known_forms.py): a state's ministry named by the state and
its portfolio, an Arabic name with another spelling of the state's nisba. Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _ids(text: str, lang: str, date: str = "2024-05-10") -> set[str]:
    return {e.id for e in extract_text(text, lang=lang, date_=date).entities}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey's defence ministry said its drones had struck PKK positions in northern Iraq.", "org:mod-tur"),
        ("Iraq's defense ministry announced the arrest of three Islamic State suspects in Anbar.", "org:mod-irq"),
        ("Sudan's defence ministry accused the RSF of shelling El Fasher on Saturday.", "org:mod-sdn"),
    ],
)
def test_a_state_and_its_defence_ministry_are_the_known_ministry(text, want):
    assert want in _ids(text, "en")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأعلنت وزارة دفاع أذربيجان أن مواقعها تعرضت لقصف قرب الحدود.", "org:mod-aze"),
        ("وقالت وزارة دفاع الصومال إن قواتها استعادت بلدة من حركة الشباب.", "org:mod-som"),
        ("ونفت وزارة دفاع نيجيريا مقتل مدنيين في الغارة.", "org:mod-nga"),
    ],
)
def test_an_arabic_defence_ministry_of_a_named_state(text, want):
    assert want in _ids(text, "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("واستدعت وزارة الخارجية الأرمنية سفير أذربيجان في يريفان.", "org:mfa-arm"),
        ("ونددت الخارجية الأرمنية بقصف القرى الحدودية.", "org:mfa-arm"),
        ("وقالت وزارة الدفاع الأرمنية إن قواتها ردت على مصادر النيران.", "org:mod-arm"),
    ],
)
def test_another_spelling_of_the_nisba_names_the_same_ministry(text, want):
    assert want in _ids(text, "ar")


def test_a_defence_force_is_no_defence_ministry():
    assert "org:mod-som" not in _ids("وقالت قوات الدفاع الصومالية إنها صدت هجوما.", "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وتبنت جماعة النجباء الهجوم على القاعدة الأمريكية في سوريا.", "group:nujaba"),
        ("وشنت ميليشيا القاعدة هجوما على ثكنة للجيش في شبوة.", "group:al-qaeda"),
        ("وسيطرت جماعة رأس كامبوني على ميناء كسمايو بعد انسحاب الحكومة.", "group:ras-kamboni"),
        ("واتهم الجيش الكونغولي ميليشيات كوديكو بقتل مدنيين في إيتوري.", "group:codeco"),
        ("وقال الجيش المالي إنه تصدى لهجوم شنه تنظيم المرابطون قرب غاو.", "group:al-mourabitoun"),
    ],
)
def test_an_arabic_group_under_another_head_noun_is_the_known_group(text, want):
    assert want in _ids(text, "ar")


def test_the_swap_never_takes_a_name_another_body_owns():
    ids = _ids("وقالت حركة فتح إن الاجتماع مع حماس تأجل.", "ar")
    assert "group:tanzim" not in ids


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Badr fighters were deployed to Diyala province ahead of the offensive.", "group:badr"),
        ("Haqqani militants were blamed for the truck bomb in Kabul.", "group:haqqani-network"),
        ("Ras Kamboni fighters took control of the port of Kismayo.", "group:ras-kamboni"),
        ("Troops killed five Maute gunmen in Marawi, the army said.", "group:maute-group"),
        ("Men of Dignity fighters set up checkpoints around Sweida.", "group:men-of-dignity"),
    ],
)
def test_an_armed_group_short_of_its_head_noun_before_a_noun_of_fighters(text, want):
    assert want in _ids(text, "en")


def test_a_short_form_never_takes_the_end_of_a_longer_name():
    ids = _ids("Dozens of Kataib Hezbollah fighters were killed in strikes near al-Qaim.", "en")
    assert "group:kataib-hezbollah" in ids
    assert "group:hezbollah" not in ids


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Quds Brigades fighters fired rockets from Jenin, the Israeli army said.", "group:al-quds-brigades"),
        ("Talks between Stepanakert and the Artsakh Defense Army broke down.", "group:artsakh-defence-army"),
        ("The National Defense Forces militia took over checkpoints in Homs.", "group:ndf-syria"),
    ],
)
def test_a_name_without_its_al_or_in_the_other_spelling(text, want):
    assert want in _ids(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants stormed a hotel in Mogadishu on Friday.",
        "The Allied Democratic Forces rebels killed 40 villagers near Beni.",
    ],
)
def test_no_second_group_from_the_end_of_a_known_name(text):
    ents = extract_text(text, lang="en", date_="2024-05-10").entities
    assert not [e.id for e in ents if e.id.startswith("group:x-")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ansar ad-Din fighters entered Kidal after the army withdrew.", "group:ansar-dine"),
        ("Jaish ul-Adl militants killed four border guards in Sistan-Baluchestan.", "group:jaish-al-adl"),
        ("Ansar el-Sharia fighters clashed with the army in Benghazi.", "group:ansar-al-sharia-libya"),
        ("The Islamic State's Khorasan Province claimed the bombing in Kabul.", "group:iskp"),
        ("Hamas's Executive Force deployed its men across Gaza City.", "group:hamas-executive-force"),
        ("The African Union's Peace and Security Council met on the crisis in Addis Ababa.", "org:au-psc"),
    ],
)
def test_an_article_said_another_way_or_a_name_in_its_owner_s_possessive(text, want):
    assert want in _ids(text, "en")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وانسحبت قوات فاجنر من شمال مالي بعد معارك عنيفة.", "group:wagner"),
        ("وأعلن تحالف نهر الكونجو سيطرته على مطار غوما.", "group:afc-congo"),
    ],
)
def test_the_egyptian_j_for_a_foreign_g(text, want):
    assert want in _ids(text, "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقالت تنسيقية حركات الأزواد إنها انسحبت من اتفاق الجزائر.", "group:cma-mali"),
        ("وأعلنت الحركة الوطنية لتحرير الأزواد سيطرتها على كيدال.", "group:mnla"),
    ],
)
def test_an_arabic_name_with_an_article_the_known_name_lacks(text, want):
    assert want in _ids(text, "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Group to Support Islam and Muslims (JNIM) claimed the ambush near Djibo.", "group:jnim"),
        ("The Support Group for Islam and Muslims (JNIM) said it had besieged the town.", "group:jnim"),
    ],
)
def test_a_long_form_in_other_words_before_a_known_acronym_is_that_body(text, want):
    ents = extract_text(text, lang="en", date_="2024-05-10").entities
    assert want in {e.id for e in ents}
    assert not [e.id for e in ents if e.id.startswith(("org:x-", "group:x-"))]


def test_a_ministry_by_the_state_s_nisba_is_the_state_s_own_even_unknown():
    ex = extract_text("وأعلنت الخارجية السودانية رفضها للبيان، وقالت وزارة الخارجية السودانية إنه تدخل.", lang="ar")
    ids = [e.id for e in ex.entities if e.kind == "organization"]
    assert len(ids) == 1 and ids[0].startswith("org:x-sdn")
    assert "org:mfa-eth" in _ids("وقالت الخارجية الإثيوبية إن المفاوضات فشلت.", "ar")


def test_a_state_s_foreign_policy_is_no_ministry():
    ex = extract_text("وانتقد الوزير السياسة الخارجية السودانية تجاه دول الجوار.", lang="ar")
    assert not [e.id for e in ex.entities if e.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("واتهم الجيش اليمني عناصر الحوثي بزرع الألغام في الحديدة.", "group:houthis"),
        ("واشتبكت القوات الصومالية مع مسلحي الشباب في شبيلي السفلى.", "group:al-shabaab"),
        ("وقال شهود إن مقاتلي فانو دخلوا مدينة غوندر.", "group:fano"),
        ("وقتل خمسة من الدواعش في غارة جوية قرب الرقة.", "group:isis"),
    ],
)
def test_members_of_a_known_group_name_it(text, want):
    assert want in _ids(text, "ar")


def test_members_of_the_state_are_no_group():
    assert "group:isis" not in _ids("واعتقلت الشرطة عناصر الدولة العميقة المتهمين بالفساد.", "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأعلنت الدفاع الروسية إسقاط ثلاث مسيرات أوكرانية فوق بيلغورود.", "org:mod-rus"),
        ("وقالت الدفاع الأذربيجانية إن مواقعها تعرضت لإطلاق نار.", "org:mod-aze"),
    ],
)
def test_a_defence_ministry_by_its_portfolio_and_nisba_after_a_verb(text, want):
    assert want in _ids(text, "ar")


def test_a_group_of_young_people_is_no_al_shabaab():
    assert "group:al-shabaab" not in _ids("وقالت مجموعة الشباب المتطوعين إنها وزعت المساعدات في بيدوا.", "ar")
