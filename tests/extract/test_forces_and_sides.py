"""Who acts in a fight or a stance (issue 9): forces named by their commander («قوات خليفة حفتر», "forces loyal
to X"), states coordinated as the subject of cutting ties or as adjectives of one weapon, a capital held
responsible, threats that are not yet fighting, vows to defeat, fighting for someone. Sentences written for
these tests, on several conflicts."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations

_named = named_relations


def test_forces_named_by_their_commander_are_his_armed_group():
    rels = _named("وتدعم مصر والإمارات قوات خليفة حفتر بالسلاح والمال.", "ar", "2019-06-01")
    assert ("Egypt", "supports", "Libyan National Army") in rels
    assert ("United Arab Emirates", "supports", "Libyan National Army") in rels
    assert ("Khalifa Haftar", "holds_role_in", "Libyan National Army") in rels
    assert ("Egypt", "supports", "Khalifa Haftar") not in rels
    rels = _named("Egypt and the UAE back forces loyal to Khalifa Haftar.", "en", "2019-06-01")
    assert ("Egypt", "supports", "Libyan National Army") in rels


def test_forces_loyal_to_a_body_are_that_body():
    rels = _named("واشتبكت القوات الموالية لحكومة الوفاق مع قوات حفتر قرب سرت.", "ar", "2019-06-01")
    assert ("Government of National Accord", "fights", "Libyan National Army") in rels


def test_forces_loyal_to_a_rebel_leader_are_his_group_and_a_president_stays_himself():
    text = "واشتبكت القوات الموالية لسلفا كير مع القوات الموالية لرياك مشار في جوبا."
    ex = extract_text(text, lang="ar", date_="2016-07-10")
    names = {e.name for e in ex.entities}
    assert "SPLM-in-Opposition" in names and "Salva Kiir Mayardit" in names
    assert "South Sudan People's Defence Forces" not in names


def test_every_state_coordinated_before_cutting_ties_cuts_them():
    rels = _named("وقطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر.", "ar", "2017-06-05")
    for state in ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"):
        assert (state, "opposes", "Qatar") in rels


def test_two_states_named_on_one_weapon_fight_together_not_each_other():
    rels = _named("وشنت مقاتلات أميركية وبريطانية غارات على مواقع للحوثيين في اليمن.", "ar", "2024-01-12")
    assert ("United States", "fights", "Houthis") in rels and ("United Kingdom", "fights", "Houthis") in rels
    assert not {r for r in rels if {r[0], r[2]} == {"United States", "United Kingdom"}}


def test_a_capital_held_responsible_is_its_state():
    rels = _named("وحمّلت كييف موسكو مسؤولية قصف المسرح في ماريوبول.", "ar", "2022-03-01")
    assert ("Ukraine", "opposes", "Russia") in rels


def test_a_threat_to_strike_is_no_fighting_yet():
    for text in ("هددت إسرائيل بشن عملية عسكرية ضد الحوثيين في اليمن.", "هددت إسرائيل بشن هجوم على الحوثيين في اليمن."):
        rels = _named(text, "ar", "2024-01-01")
        assert not {r for r in rels if r[1] == "fights"}, text
    rels = _named("Israel threatened to launch strikes on the Houthis in Yemen.", "en", "2024-01-01")
    assert not {r for r in rels if r[1] == "fights"}
    # an operation launched is fighting
    rels = _named("وشنت السعودية عملية عسكرية ضد جماعة الحوثي في اليمن.", "ar", "2015-03-26")
    assert ("Saudi Arabia", "fights", "Houthis") in rels


def test_a_vow_to_defeat_is_opposition():
    rels = _named("Somalia's new president Hassan Sheikh Mohamud vowed to defeat al-Shabaab.", "en", "2022-05-20")
    assert ("Hassan Sheikh Mohamud", "opposes", "al-Shabaab") in rels
    rels = _named("وتعهد الرئيس الصومالي حسن شيخ محمود بهزيمة حركة الشباب.", "ar", "2022-05-20")
    assert ("Hassan Sheikh Mohamud", "opposes", "al-Shabaab") in rels


def test_fighting_for_someone_is_backing_him_not_fighting_him():
    text = "Armenia said Syrian mercenaries were sent to fight for Azerbaijan."
    rels = _named(text, "en", "2020-10-03")
    assert not {r for r in rels if r[1] == "fights" and "Azerbaijan" in (r[0], r[2])}


OPPOSING = [
    ("en", "Washington downgraded ties with Managua after the disputed vote.", "United States", "Nicaragua"),
    ("en", "Rwanda broke with Belgium over its stance on the fighting in eastern Congo.", "Rwanda", "Belgium"),
    ("en", "Moscow blocked a resolution drafted by France.", "Russia", "French draft resolution (June 2022)"),
    ("ar", "وجمدت الجزائر علاقاتها مع إسبانيا بعد تغيير موقفها من الصحراء الغربية.", "Algeria", "Spain"),
    ("ar", "وصنفت الولايات المتحدة حركة الشباب منظمة إرهابية.", "United States", "al-Shabaab"),
    ("ar", "وعرقلت روسيا مشروع قرار قدمته فرنسا.", "Russia", "French draft resolution (June 2022)"),
]


def test_more_ways_of_opposing_an_actor():
    for lang, text, source, target in OPPOSING:
        assert (source, "opposes", target) in _named(text, lang, "2022-06-01"), text


def test_a_host_meets_his_guest_but_not_the_sides_of_talks_he_hosts():
    text = "واستضاف الرئيس التركي رجب طيب أردوغان الرئيس الأوكراني فولوديمير زيلينسكي في إسطنبول."
    rels = _named(text, "ar", "2022-06-01")
    assert ("Recep Tayyip Erdoğan", "meets", "Volodymyr Zelensky") in rels
    rels = _named("واستضافت قطر محادثات بين الولايات المتحدة وحركة طالبان.", "ar", "2020-01-01")
    assert not {r for r in rels if r[1] == "meets" and "Qatar" in (r[0], r[2])}


def test_the_owner_before_a_possessive_is_not_the_one_met():
    rels = _named("Abiy met Eritrea's Isaias Afwerki for the first time in two decades.", "en", "2018-07-08")
    text = "Turkish President Recep Tayyip Erdogan hosted Ukraine's Volodymyr Zelensky in Istanbul."
    rels |= _named(text, "en", "2022-06-01")
    assert ("Recep Tayyip Erdoğan", "meets", "Volodymyr Zelensky") in rels
    assert not {r for r in rels if r[1] == "meets" and r[2] in ("Ukraine", "Eritrea")}


def test_founders_after_the_verb_and_members_after_a_bracketed_short_name():
    rels = _named("وشكلت مالي وبوركينا فاسو والنيجر تحالف دول الساحل.", "ar", "2023-09-20")
    for state in ("Mali", "Burkina Faso", "Niger"):
        assert (state, "member_of", "Alliance of Sahel States") in rels
    text = "وتضم الهيئة الحكومية للتنمية (إيغاد) جيبوتي وإريتريا وإثيوبيا وكينيا والصومال."
    rels = _named(text, "ar", "2023-06-01")
    for state in ("Djibouti", "Eritrea", "Ethiopia", "Kenya", "Somalia"):
        assert (state, "member_of", "Intergovernmental Authority on Development") in rels


def test_receiving_aid_or_arms_is_no_meeting_and_the_giver_backs_the_receiver():
    rels = _named("واستقبل السودان مساعدات إنسانية من مصر وقطر.", "ar", "2023-06-01")
    assert ("Egypt", "supports", "Sudan") in rels and ("Qatar", "supports", "Sudan") in rels
    assert not {r for r in rels if r[1] == "meets"}
    rels = _named("Ukraine received a first batch of F-16 jets from Denmark.", "en", "2024-08-01")
    assert ("Denmark", "supports", "Ukraine") in rels and not {r for r in rels if r[1] == "meets"}


def test_arabic_mediators_named_before_the_sides():
    rels = _named("وتتوسط مصر وقطر والولايات المتحدة بين إسرائيل وحماس.", "ar", "2024-01-10")
    assert ("Israel", "negotiates_with", "Hamas") in rels or ("Hamas", "negotiates_with", "Israel") in rels
    assert not {r for r in rels if r[1] == "negotiates_with" and "Qatar" in (r[0], r[2])}


def test_a_cessation_of_hostilities_agreement_links_to_the_accord_the_knowledge_base_files_as_an_agreement():
    text = "ووقعت الحكومة الإثيوبية والجبهة الشعبية لتحرير تيغراي اتفاقا لوقف الأعمال العدائية في بريتوريا."
    rels = _named(text, "ar", "2022-11-02")
    assert ("Ethiopia", "agrees_with", "Pretoria Agreement") in rels
    assert ("Tigray People's Liberation Front", "agrees_with", "Pretoria Agreement") in rels


VISITS = [
    ("en", "Hemedti visited Kampala, Addis Ababa and Nairobi.", ["Kampala", "Addis Ababa", "Nairobi"]),
    ("en", "Hemedti toured several African capitals, including Kampala, Addis Ababa and Nairobi.",
     ["Kampala", "Addis Ababa", "Nairobi"]),
    ("ar", "وزار حميدتي كمبالا وأديس أبابا ونيروبي.", ["Kampala", "Addis Ababa", "Nairobi"]),
    ("ar", "وزار حميدتي عواصم أفريقية عدة بينها كمبالا وأديس أبابا ونيروبي.", ["Kampala", "Addis Ababa", "Nairobi"]),
]


def test_every_place_of_a_listed_visit_is_visited_and_stays_a_place():
    for lang, text, places in VISITS:
        rels = _named(text, lang, "2023-06-01")
        for place in places:
            assert ("Mohamed Hamdan Dagalo", "visits", place) in rels, text
        assert not {r for r in rels if r[2] in ("Uganda", "Ethiopia", "Kenya")}, text


def test_two_sides_that_fought_for_a_while_fought_each_other():
    rels = _named("The TPLF and the Ethiopian army fought for two years.", "en", "2022-11-02")
    assert ("Tigray People's Liberation Front", "fights", "Ethiopian National Defense Force") in rels


def test_an_event_noun_that_only_dates_the_clause_has_no_agent():
    rels = _named("Finland joined NATO after the invasion of Ukraine.", "en", "2023-06-01")
    assert ("Finland", "member_of", "NATO") in rels
    assert not {r for r in rels if r[1] == "fights"}
    assert ("Russia", "fights", "Ukraine") in _named("Russia's invasion of Ukraine began in 2022.", "en", "2023-06-01")


def test_fighting_back_is_fighting():
    rels = _named("Kyiv has fought back since the invasion by Russia.", "en", "2023-06-01")
    assert ("Ukraine", "fights", "Russia") in rels and ("Ukraine", "supports", "Russia") not in rels
