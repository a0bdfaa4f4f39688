"""Roles stated in shapes the title parser does not read: who heads a state's delegation or negotiating team
(after an apposition: "X, a member of parliament who heads the government delegation"; "the government team is
led by X"), and an aide to a titled holder ("X, spokesman for Prime Minister Y", «X مستشار الرئيس الأوكراني Y»,
«X المتحدث باسم الرئيس Y», «X مستشار قائد قوات الدعم السريع»):
his state or body; titles stacked before one name when the knowledge base has the holder
serve the first title's owner («قائد الجيش رئيس مجلس السيادة X»); a relative that gives the title ("X, who serves
as defence minister", «X، الذي يشغل منصب القائد العام للقوات المسلحة»); an Arabic title whose body's first word
it took, or with the region its office covers before the name («… في الشرق الأدنى والأوسط X»); a title over a
region that a body rules ("the president of Nagorno-Karabakh"); no title owned by a body's backer ("Libya's
UN-recognised Government of National Accord"); «قائد ما يعرف بـX»; "the head of the Taliban's political office,
X"; "X signed … on behalf of Y"; «وزيرا دفاع البلدين A وB»; "Top US diplomat X"; "their leaders, A and B". Sentences
written for these tests (news style, several conflicts)."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("text", "on", "person", "state"),
    [
        ("David Arakhamia, who leads Ukraine's negotiating team, said the talks were constructive.", "2022-03-29",
         "David Arakhamia", "Ukraine"),
        ("Syria and the opposition met in Geneva. Ahmad Kuzbari, a member of parliament who heads the government "
         "delegation, spoke first.", "2019-10-30", "Ahmad Kuzbari", "Syria"),
        ("Afghanistan and the Taliban began talks. The government team is led by former intelligence chief Masoom "
         "Stanekzai.", "2020-09-12", "Masoom Stanekzai", "Afghanistan"),
        ("Khaled al-Yamani, a former diplomat who heads Yemen's delegation, said the talks were useful.",
         "2018-12-13", "Khaled al-Yamani", "Yemen"),
    ],
)
def test_who_heads_a_states_delegation_or_team(text, on, person, state):
    assert (person, "holds_role_in", state) in named_relations(text, "en", on)


def test_a_relative_after_a_non_apposition_is_not_a_role():
    rels = named_relations("The talks between Russia's team and Ukraine, which leads the region, began.", "en",
                           "2022-03-29")
    assert not any(r == "holds_role_in" for _, r, _ in rels)


@pytest.mark.parametrize(
    ("text", "lang", "on", "aide", "state"),
    [
        ("وقالت أوكرانيا إنها لن تتنازل عن أراض. وقال ميخايلو بودولياك مستشار الرئيس الأوكراني فولوديمير زيلينسكي "
         "إنه لم يحدد موعد.", "ar", "2022-03-29", "Mykhailo Podolyak", "Ukraine"),
        ("وأرسلت إثيوبيا وفدا. وقال رضوان حسين مستشار رئيس الوزراء آبي أحمد إن المحادثات جيدة.", "ar", "2022-10-25",
         "Redwan Hussien", "Ethiopia"),
        ("وقالت روسيا إن المحادثات ستستمر. وقال دميتري بيسكوف المتحدث باسم الرئيس فلاديمير بوتين إنه لم يحدد موعد.",
         "ar", "2022-03-29", "Dmitry Peskov", "Russia"),
        ("Libya's government accepted. Mohammed Siala, spokesman for Prime Minister Fayez al-Sarraj, said the talks "
         "would resume.", "en", "2020-02-10", "Mohamed Taha Siala", "Libya"),
        ("Iran and Saudi Arabia agreed. Ali Shamkhani, an envoy of President Ebrahim Raisi, signed the deal.", "en",
         "2023-03-10", "Ali Shamkhani", "Iran"),
    ],
)
def test_an_aide_to_a_titled_holder_serves_his_state(text, lang, on, aide, state):
    assert (aide, "holds_role_in", state) in named_relations(text, lang, on)


def test_a_leader_of_another_state_is_no_aide():
    rels = named_relations("وقالت أوكرانيا إنها ستشارك. واستقبل بوتين مستشار الرئيس الأوكراني فولوديمير زيلينسكي في "
                           "موسكو.", "ar", "2022-03-29")
    assert ("Vladimir Putin", "holds_role_in", "Ukraine") not in rels


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("وأعلن السودان الهدنة. ولم يعلّق قائد الجيش رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان على الإعلان.",
         "ar", "Sudanese Armed Forces"),
        ("Sudan's army chief and Sovereign Council head Abdel Fattah al-Burhan said the army would fight.", "en",
         "Sudanese Armed Forces"),
    ],
)
def test_stacked_titles_with_owners_the_holder_serves(text, lang, body):
    rels = named_relations(text, lang, "2023-05-20")
    assert ("Abdel Fattah al-Burhan", "holds_role_in", body) in rels
    assert ("Abdel Fattah al-Burhan", "holds_role_in", "Transitional Sovereignty Council") in rels


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's emir and Hamas leader Ismail Haniyeh met in Doha.",
        "واستقبل أمير قطر رئيس المكتب السياسي لحركة حماس إسماعيل هنية في الدوحة.",
    ],
)
def test_a_title_owned_by_a_body_its_holder_does_not_serve_is_someone_elses(text):
    rels = named_relations(text, "ar" if "قطر" in text else "en", "2024-01-10")
    assert ("Ismail Haniyeh", "holds_role_in", "Qatar") not in rels


_BARADAR = "The head of the Taliban's political office in Doha, Mullah Abdul Ghani Baradar, said they wanted peace."


@pytest.mark.parametrize(
    ("text", "lang", "on", "person", "owner"),
    [
        ("Israel vowed to continue. Gallant, who serves as defence minister, said the operation would continue.", "en",
         "2024-03-01", "Yoav Gallant", "Israel"),
        ("Sudan's army rejected the plan. Abdel Fattah al-Burhan, who also serves as head of the Sovereign Council, "
         "said the army would fight.", "en", "2023-05-20", "Abdel Fattah al-Burhan",
         "Transitional Sovereignty Council"),
        ("وقال عبد الفتاح البرهان، الذي يشغل منصب رئيس مجلس السيادة السوداني، إن الجيش سيواصل القتال.", "ar",
         "2023-05-20", "Abdel Fattah al-Burhan", "Transitional Sovereignty Council"),
        ("وأعلن رئيس الوزراء العراقي حيدر العبادي النصر في العراق. وأعلن العبادي، الذي يشغل أيضاً منصب القائد العام "
         "للقوات المسلحة، يوم العاشر عطلة رسمية.", "ar", "2017-12-10", "Haider al-Abadi", "Iraqi Army"),
        *[(text, "en", "2020-09-12", "Abdul Ghani Baradar", owner) for owner in ("Taliban political office in Doha",
          "Taliban") for text in (_BARADAR, "Mullah Abdul Ghani Baradar, the head of the Taliban's political office, "
                                  "said the movement wanted peace.")],  # (an organ after its parent's possessive)
    ],
)
def test_a_relative_that_gives_the_title(text, lang, on, person, owner):
    assert (person, "holds_role_in", owner) in named_relations(text, lang, on)


@pytest.mark.parametrize(
    ("text", "on", "person", "body"),
    [
        ("وقال المدير الإقليمي للجنة الدولية للصليب الأحمر في الشرق الأدنى والأوسط فابريزيو كاربوني إن العملية تبعث "
         "الأمل في اليمن.", "2023-04-14", "Fabrizio Carboni", "International Committee of the Red Cross"),
        ("وشارك عن الجانب الفلسطيني رئيس جهاز المخابرات العامة ماجد فرج في الاجتماع.", "2023-02-26", "Majed Faraj",
         "Palestinian General Intelligence Service"),
        ("وقال فهد ياسين رئيس جهاز المخابرات الصومالي إنه استقال.", "2022-05-10", "Fahad Yasin", "Somalia"),
        ("وقال رئيس جهاز المخابرات الصومالي فهد ياسين إنه استقال.", "2022-05-10", "Fahad Yasin", "Somalia"),
    ],
)
def test_arabic_title_body_and_region_before_the_name(text, on, person, body):
    assert (person, "holds_role_in", body) in named_relations(text, "ar", on)


def test_a_regional_director_is_not_the_bodys_head():
    rels = named_relations("وقال المدير الإقليمي لبرنامج الأغذية العالمي في الشرق الأوسط وشمال أفريقيا كورين فلايشر "
                           "إن الجوع يتفاقم في السودان.", "ar", "2023-04-14")
    assert ("Cindy McCain", "holds_role_in", "World Food Programme") not in rels
    assert any(r == "holds_role_in" and b == "World Food Programme" for _, r, b in rels)


@pytest.mark.parametrize(
    ("text", "on", "person", "body"),
    [
        ("Samvel Shahramanyan, the president of Nagorno-Karabakh, signed a decree.", "2023-09-20",
         "Samvel Shahramanyan", "Republic of Artsakh"),
        ("Nagorno-Karabakh's president Samvel Shahramanyan signed a decree.", "2023-09-20", "Samvel Shahramanyan",
         "Republic of Artsakh"),
        ("Nechirvan Barzani, the president of the Kurdistan Region, met the delegation in Erbil.", "2021-03-10",
         "Nechirvan Barzani", "Kurdistan Regional Government"),
        ("Tigray's interim president Getachew Reda met the envoy in Mekelle.", "2023-06-10", "Getachew Reda",
         "Tigray Interim Regional Administration"),
    ],
)
def test_a_title_over_a_region_a_body_rules(text, on, person, body):
    assert (person, "holds_role_in", body) in named_relations(text, "en", on)


@pytest.mark.parametrize(
    "text",
    [
        "Fayez al-Sarraj, the head of Libya's UN-recognised Government of National Accord, flew to Ankara.",
        "Fayez al-Sarraj, the head of Libya's UN-backed Government of National Accord, flew to Ankara.",
        "Fayez al-Sarraj, head of the UN-recognised Government of National Accord, flew to Ankara.",
    ],
)
def test_a_backer_or_recogniser_owns_no_title(text):
    rels = named_relations(text, "en", "2019-12-10")
    assert ("Fayez al-Sarraj", "holds_role_in", "Government of National Accord") in rels
    assert ("Fayez al-Sarraj", "holds_role_in", "United Nations") not in rels


def test_a_body_before_the_region_its_envoy_is_for_stays_named():
    rels = named_relations("وقال الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، مبعوث الاتحاد الأفريقي للقرن الأفريقي، إن "
                           "المحادثات مفيدة.", "ar", "2022-11-02")
    assert ("Olusegun Obasanjo", "holds_role_in", "African Union") in rels


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("وقال قائد ما يعرف بجيش الإسلام زهران علوش إن الفصائل لن تنسحب.", "Zahran Alloush", "Jaish al-Islam"),
        ("وقال زعيم ما يسمى بتنظيم الدولة الإسلامية أبو بكر البغدادي إن التنظيم سيتوسع.", "Abu Bakr al-Baghdadi",
         "Islamic State"),
    ],
)
def test_so_called_inside_an_arabic_title(text, person, body):
    rels = named_relations(text, "ar", "2014-06-10")
    assert (person, "holds_role_in", body) in rels
    assert all(s in (person, body) for s, r, _ in rels if r == "holds_role_in")


def test_a_military_council_is_no_army():
    rels = named_relations("The deal was signed by Mohamed Hamdan Dagalo, the deputy head of the military council, "
                           "and Ahmed al-Rabie of the FFC.", "en", "2019-08-17")
    assert ("Mohamed Hamdan Dagalo", "holds_role_in", "Rapid Support Forces") not in rels


@pytest.mark.parametrize(
    ("text", "on", "signer", "rel", "side"),
    [
        ("Redwan Hussein signed the agreement on behalf of Ethiopia in Pretoria.", "2022-11-02", "Redwan Hussien",
         "holds_role_in", "Ethiopia"),
        ("Kenyatta said Redwan Hussein signed on behalf of Ethiopia.", "2022-11-02", "Redwan Hussien",
         "holds_role_in", "Ethiopia"),
        ("Sidi Brahim Ould Sidati signed the peace agreement on behalf of the Coordination of Azawad Movements in "
         "Bamako.", "2015-06-20", "Sidi Brahim Ould Sidati", "holds_role_in", "Coordination of Azawad Movements"),
    ],
)
def test_a_person_who_signs_on_behalf_of_a_side(text, on, signer, rel, side):
    assert (signer, rel, side) in named_relations(text, "en", on)


def test_signers_of_two_sides_are_not_crossed():
    rels = named_relations("Zalmay Khalilzad and Abdul Ghani Baradar signed the deal on behalf of the United States "
                           "and the Taliban.", "en", "2020-02-29")
    assert ("Abdul Ghani Baradar", "holds_role_in", "United States") not in rels


@pytest.mark.parametrize(
    ("text", "on", "pairs"),
    [
        ("ووقعت إسرائيل والإمارات اتفاقا. ووقع وزيرا خارجية البلدين غابي أشكنازي وعبدالله بن زايد الاتفاق.",
         "2020-08-13", [("Gabi Ashkenazi", "Israel"), ("Abdullah bin Zayed Al Nahyan", "United Arab Emirates")]),
        ("واتفقت روسيا وتركيا على هدنة. والتقى وزيرا دفاع البلدين سيرغي شويغو وخلوصي أكار في موسكو.", "2021-03-10",
         [("Sergei Shoigu", "Russia"), ("Hulusi Akar", "Turkey")]),
        ("واتفقت إثيوبيا والسودان على التهدئة. والتقى رئيسا وزراء البلدين آبي أحمد وعبد الله حمدوك في أديس أبابا.",
         "2021-03-10", [("Abiy Ahmed", "Ethiopia"), ("Abdalla Hamdok", "Sudan")]),
    ],
)
def test_an_arabic_dual_title_over_both_countries_without_a_comma(text, on, pairs):
    rels = named_relations(text, "ar", on)
    for person, state in pairs:
        assert (person, "holds_role_in", state) in rels
    assert not any(r == "holds_role_in" and p not in dict(pairs) for p, r, _ in rels)


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("Top US diplomat Antony Blinken arrived in Cairo on Monday.", "Antony Blinken", "United States"),
        ("Antony Blinken arrived in Cairo on Monday. The top US diplomat met President Abdel Fattah el-Sisi.",
         "Antony Blinken", "United States"),
        ("Top Russian diplomat Sergei Lavrov arrived in Cairo on Monday.", "Sergei Lavrov", "Russia"),
        ("Top EU diplomat Josep Borrell met Sudanese officials.", "Josep Borrell", "European Union"),
    ],
)
def test_a_title_split_by_its_state(text, person, owner):
    assert (person, "holds_role_in", owner) in named_relations(text, "en", "2023-05-10")


def test_an_indefinite_split_title_is_nobody_named_before():
    rels = named_relations("Antony Blinken met Sisi in Cairo. A top US diplomat said the talks were useful.", "en",
                           "2023-05-10")
    assert ("Antony Blinken", "holds_role_in", "United States") not in rels


def test_a_state_before_an_envoys_title_is_where_he_is_sent():
    rels = named_relations("Saudi Arabia's minister of state and Yemen envoy Adel al-Jubeir said the kingdom backed "
                           "Yemen.", "en", "2019-06-10")
    assert ("Adel al-Jubeir", "holds_role_in", "Saudi Arabia") in rels
    assert ("Adel al-Jubeir", "holds_role_in", "Yemen") not in rels


@pytest.mark.parametrize(
    ("text", "on", "pairs"),
    [
        ("Armenia and Azerbaijan agreed to a truce. Their leaders, Nikol Pashinyan and Ilham Aliyev, met in Moscow.",
         "2021-03-10", [("Nikol Pashinyan", "Armenia"), ("Ilham Aliyev", "Azerbaijan")]),
        ("Ethiopia and Eritrea made peace. Their leaders, Abiy Ahmed and Isaias Afwerki, embraced in Asmara.",
         "2018-07-09", [("Abiy Ahmed", "Ethiopia"), ("Isaias Afwerki", "Eritrea")]),
    ],
)
def test_their_leaders_hold_the_offices_the_knowledge_base_gives(text, on, pairs):
    rels = named_relations(text, "en", on)
    assert all((person, "holds_role_in", state) in rels for person, state in pairs)



def test_arabic_aides_to_unnamed_holders_but_not_a_verbs_subject():
    ezzat = named_relations("وقال يوسف عزت مستشار قائد قوات الدعم السريع إن الجيش خرق الهدنة.", "ar", "2023-05-10")
    assert ("Youssef Ezzat", "member_of", "Rapid Support Forces") in ezzat
    podolyak = named_relations("وقال ميخايلو بودولياك مستشار الرئيس الأوكراني إن المحادثات صعبة.", "ar", "2022-03-29")
    assert ("Mykhailo Podolyak", "holds_role_in", "Ukraine") in podolyak
    rels = named_relations("واستقبل البرهان مستشار قائد قوات الدعم السريع في بورتسودان.", "ar", "2023-05-10")
    assert ("Abdel Fattah al-Burhan", "member_of", "Rapid Support Forces") not in rels
