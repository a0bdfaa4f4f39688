"""Membership as news states it, in sentences of our own across conflicts (the anti-ISIS coalition, Libya and
NATO, the Security Council's permanent five, ECOWAS and the AU's chairs, Yemen's leadership council), both languages
where the shape exists: a body whose name says who leads it, a quantified aside («وجميعها أعضاء في»), the apposed list
after "the members of X,", a state apposed as a body's chair, and a council that includes its members. A target
ending in * matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import fits

_SYRIA_IN_LEAGUE = ("state:syr", "member_of", "org:arab-league")
_YPG_IN_SDF = ("group:ypg", "member_of", "group:sdf")

FINDS = [
    # a body named by the state that leads it
    (
        "ar",
        "وقصف التحالف الدولي بقيادة الولايات المتحدة مواقع للتنظيم قرب الرقة.",
        "2017-06-10",
        ("state:usa", "member_of", "org:global-coalition"),
    ),
    # a quantified aside after a list of states
    (
        "ar",
        "شنت فرنسا وبريطانيا والولايات المتحدة، وجميعها أعضاء في حلف الناتو، غارات على قوات القذافي.",
        "2011-03-20",
        ("state:gbr", "member_of", "org:nato"),
    ),
    (
        "ar",
        "وشاركت قطر والإمارات، وكلتاهما عضو في مجلس التعاون الخليجي، في العمليات.",
        "2015-04-01",
        ("state:qat", "member_of", "org:gcc"),
    ),
    # the apposed list after "the members of X,"
    (
        "en",
        "The five permanent members of the Security Council, the US, Russia, China, Britain and France, met on Gaza.",
        "2023-10-20",
        ("state:chn", "member_of", "org:unsc"),
    ),
    (
        "en",
        "The members of ECOWAS, Nigeria, Ghana and Senegal, backed the sanctions on Niger.",
        "2023-08-10",
        ("state:gha", "member_of", "org:ecowas"),
    ),
    # a state apposed as a body's chair, or holding its presidency in a relative clause
    (
        "en",
        "Senegal, the current chair of the African Union, hosted the summit.",
        "2022-02-05",
        ("state:sen", "member_of", "org:african-union"),
    ),
    (
        "en",
        "South Africa, the rotating chairman of the African Union, proposed talks on Libya.",
        "2020-02-05",
        ("state:zaf", "member_of", "org:african-union"),
    ),
    (
        "ar",
        "ودعت جيبوتي، الرئيس الدوري لمنظمة إيغاد، إلى وقف القتال في السودان.",
        "2023-05-01",
        ("state:dji", "member_of", "org:igad"),
    ),
    (
        "en",
        "France, which holds the rotating presidency of the European Union, brokered the six-point plan.",
        "2008-08-12",
        ("state:fra", "member_of", "org:eu"),
    ),
    # a council that includes its members, people too
    (
        "en",
        "Yemen's Presidential Leadership Council includes Aidarous al-Zubaidi and Tareq Saleh.",
        "2022-04-07",
        ("person:tareq-saleh", "member_of", "org:plc-yemen"),
    ),
    (
        "ar",
        "ويضم مجلس القيادة الرئاسي عيدروس الزبيدي وسلطان العرادة وطارق صالح.",
        "2022-04-07",
        ("person:sultan-al-arada", "member_of", "org:plc-yemen"),
    ),
    # an aside's unknown body stands for the named body before its comma; an aside without a comma before "that"
    (
        "en",
        "The Congo River Alliance, a political-military coalition that includes the M23, was launched in Nairobi.",
        "2023-12-16",
        ("group:m23", "member_of", "group:afc-congo"),
    ),
    (
        "ar",
        "سيطر جيش الفتح، وهو تحالف فصائل إسلامية يضم أحرار الشام وجبهة النصرة، على إدلب.",
        "2015-03-28",
        ("group:ahrar-al-sham", "member_of", "group:jaysh-al-fatah"),
    ),
    (
        "en",
        "Hayat Tahrir al-Sham, a new jihadist alliance that includes the former Nusra Front, seized Idlib.",
        "2017-02-01",
        ("group:nusra", "member_of", "group:hts"),
    ),
    # the group that makes up a body's core
    ("en", "The SDF, whose backbone is the Kurdish YPG, withdrew from the border.", "2019-10-13", _YPG_IN_SDF),
    ("en", "The YPG forms the backbone of the Syrian Democratic Forces.", "2019-10-13", _YPG_IN_SDF),
    (
        "ar",
        "وانسحبت قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب الكردية عمودها الفقري، من الحدود.",
        "2019-10-13",
        _YPG_IN_SDF,
    ),
    (
        "ar",
        "وتعد هيئة تحرير الشام، التي تشكل جبهة النصرة عمودها الفقري، أقوى فصيل في إدلب.",
        "2018-05-01",
        ("group:nusra", "member_of", "group:hts"),
    ),
    (
        "en",
        "The Forces of Freedom and Change, dominated by the Sudanese Professionals Association, rejected the deal.",
        "2020-12-14",
        ("org:spa-sudan", "member_of", "org:ffc"),
    ),
    # the people a body's delegation or council includes or is made up of
    (
        "en",
        "The Taliban's delegation in Doha includes Abdul Ghani Baradar and Sher Mohammad Abbas Stanekzai.",
        "2021-01-20",
        ("person:abdul-ghani-baradar", "member_of", "group:taliban"),
    ),
    (
        "ar",
        "ويضم وفد حماس في القاهرة خليل الحية وزاهر جبارين.",
        "2023-11-24",
        ("person:khalil-al-hayya", "member_of", "group:hamas"),
    ),
    (
        "en",
        "Libya's new Presidential Council is made up of Mohamed al-Menfi, Musa al-Koni and Abdullah al-Lafi.",
        "2021-02-06",
        ("person:musa-al-koni", "member_of", "org:*"),
    ),
    # an umbrella of a plural noun's groups: the members follow "including"
    (
        "en",
        "The Islamic Resistance in Iraq, an umbrella of Iran-backed militias including Kataib Hezbollah and Nujaba, "
        "claimed the attack.",
        "2024-01-10",
        ("group:kataib-hezbollah", "member_of", "group:*"),
    ),
    (
        "en",
        "The Sudan Revolutionary Front, an alliance of Darfur armed groups including the JEM, signed the Juba deal.",
        "2020-10-03",
        ("group:jem", "member_of", "*"),
    ),
    # a state back in a body
    ("en", "Syria returned to the Arab League on Sunday after twelve years.", "2023-05-07", _SYRIA_IN_LEAGUE),
    ("en", "Assad attended the summit after Syria's return to the Arab League.", "2023-05-19", _SYRIA_IN_LEAGUE),
    ("ar", "ورحبت مصر بعودة سوريا إلى جامعة الدول العربية.", "2023-05-08", _SYRIA_IN_LEAGUE),
    (
        "ar",
        "وعادت بوركينا فاسو إلى الاتحاد الأفريقي بعد رفع التعليق.",
        "2024-02-01",
        ("state:bfa", "member_of", "org:african-union"),
    ),
    # a member linked to the body's name before the member noun
    (
        "en",
        "Sweden will become NATO's 32nd member after Turkey lifted its veto.",
        "2023-07-11",
        ("state:swe", "member_of", "org:nato"),
    ),
    # an Arabic composing verb, the body, its adjectives, then its people
    (
        "ar",
        "ويتكون المجلس الرئاسي الليبي الجديد من محمد المنفي وموسى الكوني.",
        "2021-03-10",
        ("person:musa-al-koni", "member_of", "org:*"),
    ),
    # the states whose troops a force includes or is made up of
    (
        "en",
        "AMISOM, with troops from Uganda, Burundi and Kenya, withdrew from the town.",
        "2018-07-16",
        ("state:bdi", "member_of", "org:amisom"),
    ),
    (
        "en",
        "The Multinational Joint Task Force, which includes troops from Chad, Niger, Nigeria and Cameroon, fights "
        "Boko Haram.",
        "2024-03-01",
        ("state:cmr", "member_of", "*"),
    ),
    # a number among the member links; a comma before "including"; an Arabic verb of belonging
    (
        "en",
        "Ghana is one of the 15 members of the Security Council.",
        "2022-06-10",
        ("state:gha", "member_of", "org:unsc"),
    ),
    (
        "en",
        "The African Union's member states, including Egypt and Nigeria, backed the resolution.",
        "2024-02-01",
        ("state:nga", "member_of", "org:african-union"),
    ),
    (
        "ar",
        "وتنتمي كتائب حزب الله إلى المقاومة الإسلامية في العراق.",
        "2024-01-10",
        ("group:kataib-hezbollah", "member_of", "*"),
    ),
    # a member of a body's presidium («هيئة رئاسة»): a member of the body
    (
        "ar",
        "وأكد عضو هيئة رئاسة المجلس الانتقالي الجنوبي ناصر الخبجي التزام المجلس بالاتفاق.",
        "2019-11-06",
        ("*", "member_of", "org:stc"),
    ),
    # the Iran-led axis: a body the knowledge base now knows, its members named as for any other body
    (
        "en",
        'The Houthis are part of Iran\'s "axis of resistance", which includes Hezbollah and Hamas.',
        "2024-04-10",
        ("group:hamas", "member_of", "org:axis-of-resistance"),
    ),
    (
        "ar",
        "والحوثيون جزء من محور المقاومة الذي تقوده إيران ويضم حزب الله وحماس.",
        "2024-04-10",
        ("group:hezbollah", "member_of", "org:axis-of-resistance"),
    ),
    (
        "en",
        "Hezbollah, part of the Iran-led Axis of Resistance, fired rockets at northern Israel.",
        "2024-04-10",
        ("state:irn", "member_of", "org:axis-of-resistance"),
    ),
    # a seat held or won on a body, its qualifiers before the noun
    (
        "en",
        "Mozambique holds a non-permanent seat on the Security Council.",
        "2023-03-01",
        ("state:moz", "member_of", "org:unsc"),
    ),
    (
        "en",
        "Ghana won a seat on the Security Council for 2022-2023.",
        "2021-06-11",
        ("state:gha", "member_of", "org:unsc"),
    ),
    # elected or admitted to a body
    (
        "en",
        "Niger, Tunisia and Vietnam were elected to the Security Council on Wednesday.",
        "2020-06-17",
        ("state:tun", "member_of", "org:unsc"),
    ),
    (
        "en",
        "South Sudan was admitted to the African Union in July 2011.",
        "2011-07-28",
        ("state:ssd", "member_of", "org:african-union"),
    ),
]

NOT_FOUND = [
    # the aside's generic noun is not the body; the core's body is not a member of its core
    (
        "en",
        "The Congo River Alliance, a political-military coalition that includes the M23, was launched in Nairobi.",
        "2023-12-16",
        ("group:m23", "member_of", "org:x-*"),
    ),
    (
        "ar",
        "وانسحبت قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب الكردية عمودها الفقري، من الحدود.",
        "2019-10-13",
        ("group:sdf", "member_of", "group:ypg"),
    ),
    (
        "en",
        "The Tigray Defence Forces, whose backbone is the TPLF's old army, fought for two years.",
        "2021-06-01",
        ("group:tplf", "member_of", "*"),
    ),
    # the plural noun before "including" is no member
    (
        "en",
        "The Islamic Resistance in Iraq, an umbrella of Iran-backed militias including Kataib Hezbollah and Nujaba, "
        "claimed the attack.",
        "2024-01-10",
        ("group:x-*", "member_of", "*"),
    ),
    # joining as an observer is no membership
    (
        "ar",
        "وانضمت الصومال إلى مجموعة شرق أفريقيا بصفة مراقب.",
        "2022-08-01",
        ("state:som", "member_of", "*"),
    ),
    (
        "en",
        "Palestine joined the United Nations as a non-member observer state.",
        "2012-11-29",
        ("state:pse", "member_of", "*"),
    ),
    # returning to talks or a deal a body brokered; urging a body's members
    (
        "en",
        "Russia returned to the UN-brokered grain deal on Wednesday.",
        "2022-11-02",
        ("state:rus", "member_of", "*"),
    ),
    ("en", "The Houthis returned to the UN-led talks in Stockholm.", "2018-12-10", ("group:houthis", "member_of", "*")),
    (
        "en",
        "Zelensky urged NATO members to send more air defence systems to Ukraine.",
        "2024-06-01",
        ("person:volodymyr-zelensky", "member_of", "*"),
    ),
    # what a body's plan, meeting or list includes names none of its members
    (
        "en",
        "The UN plan includes Israel and Hamas exchanging hostages and prisoners.",
        "2024-01-10",
        ("state:isr", "member_of", "*"),
    ),
    ("en", "The Hamas list includes Israeli women and children.", "2023-11-22", ("state:isr", "member_of", "*")),
    (
        "en",
        "The Arab League meeting includes the foreign ministers of Egypt and Jordan.",
        "2024-01-10",
        ("*", "member_of", "org:arab-league"),
    ),
    # an Arabic include verb joined to a relative clause has no body after it as its subject
    (
        "ar",
        "والحوثيون جزء من محور المقاومة الذي تقوده إيران ويضم حزب الله وحماس.",
        "2024-04-10",
        ("group:hamas", "member_of", "group:hezbollah"),
    ),
    # a seat lost or offered
    ("en", "Syria lost its seat in the Arab League in 2011.", "2012-01-01", ("state:syr", "member_of", "*")),
    # elected to lead a body: no member's seat
    (
        "en",
        "Moussa Faki was re-elected to head the African Union Commission.",
        "2021-02-06",
        ("person:*", "member_of", "*"),
    ),
    # talking to a body's members names no list of them
    (
        "en",
        "Speaking to members of the Security Council, Russia and China opposed the draft.",
        "2019-01-09",
        ("state:rus", "member_of", "org:unsc"),
    ),
    # a person's title after a comma, not a state's chair
    (
        "ar",
        "وقال في السودان، رئيس مجلس السيادة عبد الفتاح البرهان، إن الجيش سيحمي البلاد.",
        "2023-04-20",
        ("state:sdn", "member_of", "*"),
    ),
    (
        "en",
        "In Sudan, the chairman of the Sovereign Council, Abdel Fattah al-Burhan, said the army would prevail.",
        "2023-04-20",
        ("state:sdn", "member_of", "*"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "date", "want"), FINDS)
def test_membership_is_found(lang, text, date, want):
    rels = extract_text(text, lang=lang, date_=date).relations
    assert any(fits(r, want) for r in rels), [(r.source, r.type, r.target) for r in rels]


@pytest.mark.parametrize(("lang", "text", "date", "unwanted"), NOT_FOUND)
def test_no_membership_is_read_there(lang, text, date, unwanted):
    rels = extract_text(text, lang=lang, date_=date).relations
    assert not any(fits(r, unwanted) for r in rels), [(r.source, r.type, r.target) for r in rels]
