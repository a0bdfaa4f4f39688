"""A pair thanked for hosting or mediating what "the two sides" did is not those sides ("thanked Saudi Arabia and
the United States for hosting the talks between the two sides", «شكر … مصر وقطر على وساطتهما بين الطرفين»).
Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _stands_for(text: str, lang: str, collective: str, date: str) -> set[str]:
    ex = extract_text(text, lang=lang, date_=date)
    return {e.name for e in ex.entities if any(m.text == collective for m in e.mentions)}


def test_hosts_thanked_are_not_the_sides():
    text = (
        "The army and the RSF agreed a one-week truce. The statement thanked Saudi Arabia and the United States "
        "for hosting the talks between the two sides."
    )
    got = _stands_for(text, "en", "the two sides", "2023-05-21")
    assert not {"Saudi Arabia", "United States"} & got, got
    text = "وشكر البيان العراق وسلطنة عمان على استضافة جولات الحوار بين الجانبين في بغداد ومسقط."
    got = _stands_for(text, "ar", "الجانبين", "2023-03-10")
    assert not {"Iraq", "Oman"} & got, got


def test_mediators_thanked_are_not_the_sides():
    text = "ورحبت الأمم المتحدة بالهدنة، وشكرت مصر وقطر على وساطتهما بين الطرفين خلال الأسابيع الماضية."
    got = _stands_for(text, "ar", "الطرفين", "2023-11-24")
    assert not {"Egypt", "Qatar"} & got, got


def test_a_pair_that_talked_is_still_the_two_sides():
    text = "Armenia and Azerbaijan held talks in Washington. The two sides agreed to meet again in May."
    assert {"Armenia", "Azerbaijan"} <= _stands_for(text, "en", "The two sides", "2023-05-01")


def test_sides_that_accepted_a_mediation_stay_the_sides():
    text = "Russia and Ukraine accepted Turkish mediation between the two sides on grain exports."
    assert {"Russia", "Ukraine"} <= _stands_for(text, "en", "the two sides", "2022-07-01")
