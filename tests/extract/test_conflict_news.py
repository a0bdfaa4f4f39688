"""Fighting and membership in news-style sentences written for these tests (Somalia, Sudan, Iraq, Syria, DR Congo,
Ethiopia, Libya, Yemen, the Sahel): the triples a reader of the graph must see, and those that must stay out."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.test_conflict_relations import _fight, _rels


@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        ("Iraqi forces expelled Islamic State fighters from Mosul in July 2017.", "en", "state:irq", "group:isis"),
        (
            "Ugandan and Burundian troops drove al-Shabaab fighters out of Mogadishu in 2011.",
            "en",
            "state:uga",
            "group:al-shabaab",
        ),
        ("Congolese troops pushed M23 rebels out of Bunagana on Monday.", "en", "state:cod", "group:m23"),
        (
            "Kenyan troops ousted al-Shabaab from the port city of Kismayo in 2012.",
            "en",
            "state:ken",
            "group:al-shabaab",
        ),
        ("The LNA expelled Islamic State militants from Derna in 2018.", "en", "group:lna", "group:isis"),
        (
            "Ethiopian federal troops drove Tigrayan forces out of Mekelle in November 2020.",
            "en",
            "state:eth",
            "group:tigray-defence-forces",
        ),
        (
            "طردت القوات الصومالية عناصر حركة الشباب من بلدة عيل بور.",
            "ar",
            "org:somali-national-army",
            "group:al-shabaab",
        ),
        ("طرد الجيش السوداني قوات الدعم السريع من ود مدني.", "ar", "org:saf", "group:rsf"),
        ("دحرت قوات سوريا الديمقراطية تنظيم داعش من الباقوز.", "ar", "group:sdf", "group:isis"),
    ],
)
def test_fighters_driven_out_are_fought(text: str, lang: str, a: str, b: str) -> None:
    assert _fight(_rels(text, lang), a, b)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Niger expelled the French ambassador on Friday.", "en"),
        ("Qatar expelled Hamas leaders from Doha under US pressure.", "en"),
        ("Mali's junta expelled French troops and the MINUSMA peacekeepers in 2023.", "en"),
        ("The United States pushed Israel to accept the ceasefire.", "en"),
        ("طردت النيجر السفير الفرنسي الأسبوع الماضي.", "ar"),
    ],
)
def test_expelling_envoys_or_pushing_a_state_is_no_fight(text: str, lang: str) -> None:
    assert not any(t == "fights" for _, t, _ in _rels(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        (
            "Saudi Arabia has led a coalition of Arab countries in air strikes against the Houthis since March 2015.",
            "en",
            "state:sau",
            "group:houthis",
        ),
        (
            "The United States leads a coalition against the Islamic State in Iraq and Syria.",
            "en",
            "state:usa",
            "group:isis",
        ),
        (
            "Washington has led a coalition against the Houthis in the Red Sea since December.",
            "en",
            "state:usa",
            "group:houthis",
        ),
        ("Turkey leads a coalition of Syrian rebel factions against the Kurdish YPG.", "en", "state:tur", "group:ypg"),
        ("تقود السعودية منذ عام 2015 تحالفا عسكريا ضد الحوثيين في اليمن.", "ar", "state:sau", "group:houthis"),
        ("تقود الولايات المتحدة تحالفا دوليا ضد تنظيم داعش منذ عام 2014.", "ar", "state:usa", "group:isis"),
    ],
)
def test_the_leader_of_a_coalition_against_armed_groups_fights_them(text: str, lang: str, a: str, b: str) -> None:
    assert _fight(_rels(text, lang), a, b)


def test_a_named_coalition_led_against_a_group_fights_it() -> None:
    rels = _rels("حيث يقود السعوديون تحالفا عسكريا ضد جماعة الحوثي المدعومة من إيران.", "ar")
    assert _fight(rels, "org:saudi-led-coalition", "group:houthis") and _fight(rels, "state:sau", "group:houthis")


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "Egypt leads a coalition of Arab states against Iran's influence.",
            "en",
            ("state:egy", "fights", "state:irn"),
        ),
        (
            "Kenya leads a coalition of East African states in talks with M23.",
            "en",
            ("state:ken", "fights", "group:m23"),
        ),
        (
            "Nigeria leads a regional force fighting Boko Haram around Lake Chad.",
            "en",
            ("state:nga", "member_of", "group:boko-haram"),
        ),
    ],
)
def test_a_coalition_against_a_state_or_a_force_fighting_a_group_is_no_membership(text, lang, wrong) -> None:
    assert wrong not in _rels(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        (
            "The Sudanese army attacked rebel groups in Darfur, including the Sudan Liberation Army and the "
            "Justice and Equality Movement.",
            "en",
            "org:saf",
            "group:jem",
        ),
        (
            "Russian warplanes bombed opposition factions in Idlib province, including Hayat Tahrir al-Sham and Ahrar "
            "al-Sham.",
            "en",
            "state:rus",
            "group:hts",
        ),
        (
            "Israel has carried out strikes on Iranian-backed groups in Syria and Iraq, including Kataib Hezbollah.",
            "en",
            "state:isr",
            "group:kataib-hezbollah",
        ),
    ],
)
def test_the_groups_listed_after_an_unnamed_object_are_fought(text: str, lang: str, a: str, b: str) -> None:
    assert _fight(_rels(text, lang), a, b)


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "Ethiopian troops attacked armed groups in Amhara, including Fano.",
            "en",
            ("org:endf", "supports", "group:fano"),
        ),
        (
            "The United States condemned attacks on civilians in Sudan, including those by the RSF.",
            "en",
            ("state:usa", "fights", "group:rsf"),
        ),
    ],
)
def test_armed_groups_are_no_arming_and_a_condemned_attack_no_fight(text, lang, wrong) -> None:
    assert wrong not in _rels(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "part", "body"),
    [
        (
            "The Qassam Brigades, the armed wing of Hamas, fired rockets at Tel Aviv.",
            "en",
            "group:qassam",
            "group:hamas",
        ),
        ("Hamas's armed wing, the Qassam Brigades, said it had fired rockets.", "en", "group:qassam", "group:hamas"),
        (
            "The People's Defence Forces, the armed wing of the PKK, claimed the attack.",
            "en",
            "group:x-people-s-defence-forces",
            "group:pkk",
        ),
        (
            "The Syrian Democratic Council, the political arm of the SDF, welcomed the deal.",
            "en",
            "org:sdc",
            "group:sdf",
        ),
        (
            "قال مجلس سوريا الديمقراطية، الذراع السياسية لقوات سوريا الديمقراطية، إنه يرحب بالاتفاق.",
            "ar",
            "org:sdc",
            "group:sdf",
        ),
        (
            "وقال الجناح العسكري لحركة حماس، كتائب القسام، إنه أطلق صواريخ على تل أبيب.",
            "ar",
            "group:qassam",
            "group:hamas",
        ),
    ],
)
def test_a_wing_of_a_body_is_part_of_it(text: str, lang: str, part: str, body: str) -> None:
    assert (part, "member_of", body) in _rels(text, lang)


def test_a_state_s_arm_in_the_region_is_no_membership() -> None:
    assert not any(
        t == "member_of" for _, t, _ in _rels("Hezbollah, Iran's most powerful arm in the region, fired rockets.", "en")
    )


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Azerbaijan and Armenia fought two wars over Nagorno-Karabakh.", "state:aze", "state:arm"),
        ("India and Pakistan have fought three wars over Kashmir.", "state:ind", "state:pak"),
    ],
)
def test_two_subjects_that_fought_wars_fought_each_other(text: str, a: str, b: str) -> None:
    assert _fight(_rels(text, "en"), a, b)


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_text(text, lang=lang, date_="2024-06-12").entities}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The 444th Brigade clashed with rival militias in southern Tripoli on Monday.", "en", "444th Brigade"),
        (
            "Ukraine's 47th Mechanized Brigade repelled a Russian assault near Avdiivka.",
            "en",
            "47th Mechanized Brigade",
        ),
        ("اشتبكت قوات اللواء السابع مع مجموعات مسلحة جنوب طرابلس.", "ar", "اللواء السابع"),
    ],
)
def test_a_unit_named_by_its_number_is_a_body(text: str, lang: str, name: str) -> None:
    assert _kinds(text, lang).get(name) in ("armed_group", "organization")


def test_a_rank_before_a_name_is_no_brigade() -> None:
    assert _kinds("وقال اللواء أحمد المسماري إن الجيش تقدم نحو طرابلس.", "ar").get("Ahmed al-Mismari") == "person"


@pytest.mark.parametrize(
    ("text", "lang", "members", "body"),
    [
        (
            "Egypt, Jordan, Morocco and Sudan will take part in the Saudi-led coalition.",
            "en",
            ("state:egy", "state:sdn"),
            "org:saudi-led-coalition",
        ),
        (
            "Uganda and Burundi contribute troops to the African Union Mission in Somalia.",
            "en",
            ("state:uga", "state:bdi"),
            "org:amisom",
        ),
        (
            "تشارك مصر والأردن في التحالف العسكري بقيادة السعودية.",
            "ar",
            ("state:egy", "state:jor"),
            "org:saudi-led-coalition",
        ),
    ],
)
def test_who_takes_part_in_a_body_is_a_member(text: str, lang: str, members: tuple, body: str) -> None:
    rels = _rels(text, lang)
    assert all((m, "member_of", body) in rels for m in members)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Qatar participated in the UN Security Council meeting on Gaza.", "en"),
        ("Kenya contributed to the African Union's peace fund.", "en"),
        ("The United States contributed $2 billion to the United Nations.", "en"),
        ("شاركت قطر في اجتماع مجلس الأمن بشأن غزة.", "ar"),
    ],
)
def test_taking_part_in_a_meeting_or_giving_money_is_no_membership(text: str, lang: str) -> None:
    assert not any(t == "member_of" for _, t, _ in _rels(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "member", "body"),
    [
        (
            "As a permanent member of the UN Security Council, Russia vetoed the resolution.",
            "en",
            "state:rus",
            "org:unsc",
        ),
        ("As a member of ECOWAS, Senegal backed the sanctions on Niger.", "en", "state:sen", "org:ecowas"),
        ("بصفتها عضوا دائما في مجلس الأمن، استخدمت روسيا حق النقض.", "ar", "state:rus", "org:unsc"),
        ("وبصفتها عضوا في الاتحاد الأفريقي، دعت إثيوبيا إلى وقف القتال.", "ar", "state:eth", "org:african-union"),
    ],
)
def test_who_acts_as_a_member_of_a_body_belongs_to_it(text: str, lang: str, member: str, body: str) -> None:
    assert (member, "member_of", body) in _rels(text, lang)


@pytest.mark.parametrize(
    ("text", "member", "body"),
    [
        ("وتعد قطر من أبرز أعضاء مجلس التعاون الخليجي.", "state:qat", "org:gcc"),
        ("وتعتبر السعودية من أهم أعضاء منظمة أوبك.", "state:sau", "org:opec"),
    ],
)
def test_one_of_the_foremost_members_is_a_member(text: str, member: str, body: str) -> None:
    assert (member, "member_of", body) in _rels(text, "ar")


def test_the_foremost_members_after_a_statement_are_not_its_speaker() -> None:
    rels = _rels("قالت مصر إن أبرز أعضاء الجامعة العربية يدعمون المبادرة.", "ar")
    assert not any(t == "member_of" for _, t, _ in rels)
