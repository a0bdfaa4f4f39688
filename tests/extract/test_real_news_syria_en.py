"""Shapes met in English real news about Syria's conflict diplomacy (the sentences here are written for these
tests, in news style, across several conflicts): an envoy's title that names the country he is sent to between
his sender and the title ("UN Syria envoy X", "the UN and Arab League special Syria envoy X"); a subject after
"nor" ("Neither A nor B has signed it"), which negates the verb; a call told by "over the phone" and a topic after
"by phone on …"; the Syrian opposition named as such."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _roles(text: str, date: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in named_relations(text, "en", date) if r in ("holds_role_in", "member_of")}


def test_the_country_between_sender_and_envoy_is_where_he_is_sent():
    cases = [
        ("UN Syria envoy Staffan de Mistura said the talks would resume in Geneva.", "2016-03-01",
         "Staffan de Mistura", "United Nations", "Syria"),
        ("UN Yemen envoy Hans Grundberg arrived in Aden on Sunday.", "2023-04-10",
         "Hans Grundberg", "United Nations", "Yemen"),
        ("US Sudan envoy Tom Perriello said the Jeddah talks had stalled.", "2024-05-02",
         "Tom Perriello", "United States", "Sudan"),
        ("UN Libya envoy Ghassan Salame briefed the Security Council on Wednesday.", "2019-05-22",
         "Ghassan Salamé", "United Nations", "Libya"),
        ("US Afghanistan envoy Zalmay Khalilzad held talks with Taliban negotiators in Doha.", "2019-08-05",
         "Zalmay Khalilzad", "United States", "Afghanistan"),
        ("Russia's Syria envoy Alexander Lavrentiev met President Bashar al-Assad in Damascus.", "2021-06-01",
         "Alexander Lavrentiev", "Russia", "Syria"),
    ]  # fmt: skip
    for text, date, person, sender, country in cases:
        got = _roles(text, date)
        assert (person, sender) in got, (text, got)
        assert (person, country) not in got, (text, got)


def test_coordinated_and_hyphenated_senders_of_an_envoy():
    text = "The UN and Arab League special Syria envoy Lakhdar Brahimi held separate meetings with both delegations."
    got = _roles(text, "2014-01-24")
    assert {("Lakhdar Brahimi", "United Nations"), ("Lakhdar Brahimi", "Arab League")} <= got
    assert ("Lakhdar Brahimi", "Syria") not in got
    text = "A spokeswoman for the U.N.-Arab League's special envoy to Syria, Lakhdar Brahimi, told reporters."
    assert {("Lakhdar Brahimi", "United Nations"), ("Lakhdar Brahimi", "Arab League")} <= _roles(text, "2013-12-17")
    text = "The UN and Arab League special Syria envoy Lakhdar Brahimi met reporters."
    rels = named_relations(text, "en", "2014-01-24")
    assert not {r for r in rels if r[0] == "United Nations" and r[2] == "Arab League"}, rels


def _signers(text: str, date: str) -> set[str]:
    return {s for s, r, _ in named_relations(text, "en", date) if r == "agrees_with"}


def test_a_subject_after_nor_did_not_sign():
    assert not _signers("Neither the opposition nor the Syrian government have signed the memorandum.", "2017-05-04")
    text = "Neither the army nor the Rapid Support Forces has signed the Jeddah Declaration."
    assert not _signers(text, "2023-05-21")
    assert not _signers("Neither Armenia nor Azerbaijan has accepted the ceasefire.", "2020-10-12")
    text = "The army did not attend the ceremony, but the Rapid Support Forces signed the Jeddah Declaration."
    assert "Rapid Support Forces" in _signers(text, "2023-05-21")


def test_talks_over_the_phone_are_a_call_and_what_follows_on_is_their_topic():
    cases = [
        ("Sisi and Burhan discussed the crisis over the phone on Monday.", "2023-05-01",
         "Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"),
        ("Lavrov and Kerry continued their discussion over phone on the ceasefire.", "2016-02-21",
         "Sergei Lavrov", "John Kerry"),
        ("Erdogan and Putin held talks by phone on Ukraine.", "2022-03-01", "Recep Tayyip Erdoğan", "Vladimir Putin"),
    ]  # fmt: skip
    for text, date, a, b in cases:
        rels = named_relations(text, "en", date)
        assert (a, "phones", b) in rels or (b, "phones", a) in rels, (text, rels)
        assert not {r for r in rels if r[1] == "meets"}, (text, rels)  # not face to face
        assert not {r for r in rels if r[1] == "phones" and r[2] in ("Ukraine", "Syria")}, (text, rels)


def test_the_syrian_opposition_is_a_party():
    text = "A ceasefire was agreed following talks between the Syrian opposition and Russia."
    rels = named_relations(text, "en", "2016-12-13")
    assert ("Syrian armed opposition", "negotiates_with", "Russia") in rels, rels
    text = "The Syrian opposition delegation held talks with UN envoy Staffan de Mistura on Friday."
    rels = named_relations(text, "en", "2016-02-01")
    assert ("Syrian armed opposition", "negotiates_with", "Staffan de Mistura") in rels, rels


def test_a_capital_after_backed_by_is_the_state_that_backs():
    cases = [
        ("The Syrian regime, which is backed by Moscow, launched an offensive on Idlib.", "2020-02-01",
         ("Russia", "supports", "Syria")),
        ("The Houthis, who are backed by Tehran, rejected the Saudi initiative.", "2021-03-23",
         ("Iran", "supports", "Houthis")),
        ("The Rapid Support Forces, backed by Abu Dhabi, refused to withdraw from Khartoum.", "2023-08-01",
         ("United Arab Emirates", "supports", "Rapid Support Forces")),
    ]  # fmt: skip
    for text, date, want in cases:
        rels = named_relations(text, "en", date)
        assert want in rels, (text, rels)


def test_a_participle_after_a_plural_noun_describes_that_noun():
    texts = [
        "The ceasefire does not cover operations against organizations recognized as terrorist by the UN Security "
        "Council.",
        "The truce excludes groups designated as terrorist organizations by the UN Security Council.",
        "The Yemen truce does not apply to individuals listed as terrorists by the United Nations.",
    ]
    for text in texts:
        rels = named_relations(text, "en", "2016-02-27")
        assert not {r for r in rels if r[0] in ("UN Security Council", "United Nations")}, (text, rels)


def test_backers_of_opposing_sides_do_not_oppose_each_other():
    cases = [
        ("Turkey and the UAE back opposing sides in Libya, with Ankara supporting the government in Tripoli.",
         "2020-06-01", ("Turkey", "United Arab Emirates")),
        ("Egypt and Ethiopia back opposing sides in Sudan, with Cairo supporting the army.", "2023-06-01",
         ("Egypt", "Ethiopia")),
        ("The US and Russia back opposing sides in the conflict, with Moscow supporting President Bashar al-Assad.",
         "2017-07-08", ("United States", "Russia")),
    ]  # fmt: skip
    for text, date, (a, b) in cases:
        rels = named_relations(text, "en", date)
        assert not {r for r in rels if {r[0], r[2]} == {a, b}}, (text, rels)


def test_the_hyphenated_cease_fire_is_the_ceasefire():
    cases = [
        ("Russia and Turkey agreed a cease-fire in Syria's Idlib province, Putin said Thursday.", "2020-03-05",
         {"Russia", "Turkey"}),
        ("Armenia and Azerbaijan agreed to a humanitarian cease-fire in Nagorno-Karabakh.", "2020-10-10",
         {"Armenia", "Azerbaijan"}),
        ("The Sudanese army and the Rapid Support Forces signed a short-term cease-fire in Jeddah.", "2023-05-21",
         {"Sudanese Armed Forces", "Rapid Support Forces"}),
        ("Israel and Hamas agreed to an open-ended cease-fire brokered by Egypt.", "2014-08-26", {"Israel", "Hamas"}),
    ]  # fmt: skip
    for text, date, parties in cases:
        hyphened = {(s, t) for s, r, t in named_relations(text, "en", date) if r == "agrees_with"}
        plain = {(s, t) for s, r, t in named_relations(text.replace("cease-fire", "ceasefire"), "en", date)
                 if r == "agrees_with"}  # fmt: skip
        assert parties <= {s for s, _ in hyphened} and hyphened == plain, (text, hyphened, plain)


def test_syrian_diplomacy_spokespeople_and_advisers_are_known():
    cases = [
        ("Syrian President Bashar Assad's adviser Buseina Shaaban said the delegation was ready.", "2014-01-24",
         "Bouthaina Shaaban"),
        ("Turkish foreign ministry spokesman Huseyin Muftuoglu told reporters the ceasefire held.", "2016-12-13",
         "Hüseyin Müftüoğlu"),
        ("Khawla Mattar told reporters the talks would resume on Monday.", "2014-01-25", "Khawla Mattar"),
    ]  # fmt: skip
    for text, date, name in cases:
        ids = {e.id for e in extract_text(text, lang="en", date_=date).entities if e.name == name}
        assert ids and not any(i.startswith("person:x-") for i in ids), (text, ids)


def test_the_armed_opposition_is_a_camp_not_a_stance_or_an_arming():
    cases = [
        ("Delegations of the Syrian government and the armed opposition, as well as Russia, Turkey and Iran, "
         "took part.", "2017-01-23"),
        ("Representatives of the Libyan government and the armed opposition, as well as Egypt and Turkey, "
         "attended.", "2020-01-19"),
        ("The Sudanese government and the armed opposition, as well as Chad and Egypt, joined the talks.",
         "2020-08-31"),
    ]  # fmt: skip
    for text, date in cases:
        rels = named_relations(text, "en", date)
        assert not {r for r in rels if r[1] in ("opposes", "supports")}, (text, rels)


def test_its_un_ambassador_is_the_state_s_envoy():
    cases = [
        ("The Syrian delegation, headed by its U.N. ambassador Bashar al-Jaafari, arrived in Astana.", "2017-01-22",
         ("Bashar Jaafari", "Syria")),
        ("Israel said its UN ambassador Gilad Erdan would address the council.", "2023-10-10",
         ("Gilad Erdan", "Israel")),
    ]  # fmt: skip
    for text, date, want in cases:
        got = _roles(text, date)
        assert want in got and (want[0], "United Nations") not in got, (text, got)


def test_the_head_of_a_state_s_delegation_holds_a_role_in_it():
    cases = [
        ("Russia's delegation is headed by Special Presidential Envoy for the Syrian Settlement Alexander "
         "Lavrentyev.", "2017-01-23", ("Alexander Lavrentiev", "Russia")),
        ("Russia's delegation, headed by Alexander Lavrentyev, arrived in Astana.", "2017-01-23",
         ("Alexander Lavrentiev", "Russia")),
        ("Turkey's delegation is led by Ibrahim Kalin.", "2022-03-29", ("İbrahim Kalın", "Turkey")),
    ]  # fmt: skip
    for text, date, want in cases:
        got = _roles(text, date)
        assert want in got, (text, got)


def test_the_two_before_a_verb_are_the_pair_named_before():
    cases = [
        ("Abdullah bin Zayed met Assad in Damascus. The two agreed to boost ties.", "2021-11-09",
         ("Abdullah bin Zayed Al Nahyan", "agrees_with", "Bashar al-Assad")),
        ("Sisi received Burhan in Cairo. The two discussed the crisis.", "2023-01-01",
         ("Abdel Fattah el-Sisi", "negotiates_with", "Abdel Fattah al-Burhan")),
        ("Erdogan hosted Putin in Ankara. The two also discussed the war in Ukraine.", "2022-07-19",
         ("Recep Tayyip Erdoğan", "negotiates_with", "Vladimir Putin")),
    ]  # fmt: skip
    for text, date, (a, rel, b) in cases:
        rels = named_relations(text, "en", date)
        assert (a, rel, b) in rels or (b, rel, a) in rels, (text, rels)
    rels = named_relations("The ceasefire will last for the two weeks of talks in Doha.", "en", "2023-01-01")
    assert not rels, rels


def test_an_agreement_dated_on_a_day_of_an_earlier_month_is_that_month_s():
    text = "Armenia accused Azerbaijan of breaking the ceasefire agreed on October 10 in Moscow."
    names = {e.name for e in extract_text(text, lang="en", date_="2020-11-20").entities if e.kind == "agreement"}
    assert names == {"Moscow Humanitarian Ceasefire of October 2020"}, names
