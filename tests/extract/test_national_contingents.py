"""A force noun with nationality adjectives and a mission or force it serves in ("Ugandan soldiers of the AU
mission", «القوات الإثيوبية في بعثة الاتحاد الأفريقي»), or the mission those contingents make up ("AMISOM, made up
mainly of Ugandan troops", «القوة، التي تتشكل من جنود …»): each state is a member of it. Sentences written for
these tests, about several missions."""

from tests.extract.shapes import named_relations


def _members(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "member_of"}


def test_soldiers_of_a_mission():
    got = _members(
        "Ugandan and Burundian soldiers of the African Union mission fought al-Shabaab near Mogadishu.",
        "en",
        "2012-01-10",
    )
    assert {("Uganda", "African Union Mission in Somalia"), ("Burundi", "African Union Mission in Somalia")} <= got
    got = _members("Indian peacekeepers in the UN Interim Force in Lebanon were wounded.", "en", "2019-01-10")
    assert ("India", "UN Interim Force in Lebanon") in got


def test_the_mission_the_contingents_make_up():
    text = "AMISOM, which is made up mainly of Ugandan and Burundian troops, drove al-Shabaab out of Mogadishu."
    assert ("Uganda", "African Union Mission in Somalia") in _members(text, "en", "2012-01-10")
    text = (
        "The UN mission in Mali was set up in 2013. The force, drawn largely from Chadian and Togolese troops, "
        "lost many soldiers."
    )
    got = _members(text, "en", "2016-01-10")
    assert {"Chad", "Togo"} <= {s for s, _ in got}, got


def test_arabic_contingents():
    text = "وهددت الحكومة بإخراج القوات الإثيوبية من بعثة الاتحاد الأفريقي لحفظ السلام في الصومال."
    assert "Ethiopia" in {s for s, _ in _members(text, "ar", "2024-01-10")}
    text = (
        "ونشرت بعثة الاتحاد الأفريقي في الصومال قواتها في مقديشو عام 2007. وكانت القوة الأفريقية، التي تتكون "
        "أساساً من جنود أوغنديين وبورونديين، قد طردت المسلحين من العاصمة."
    )
    assert {"Uganda", "Burundi"} <= {s for s, _ in _members(text, "ar", "2011-09-10")}


def test_no_mission_no_membership():
    assert not _members("The government, made up of Kenyan officials, met on Monday.", "en", "2020-01-10")
    got = _members("Russian troops from the Wagner Group attacked the town.", "en", "2022-01-10")
    assert not any(s == "Russia" for s, _ in got), got
