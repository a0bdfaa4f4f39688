"""Roles stated in shapes the title parser does not read: who heads a state's delegation or negotiating team
(after an apposition: "X, a member of parliament who heads the government delegation"; "the government team is
led by X"), and an aide to a titled holder ("X, spokesman for Prime Minister Y", «X مستشار الرئيس الأوكراني Y»,
«X المتحدث باسم الرئيس Y»): his state. Sentences written for these tests (news style, several conflicts)."""

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
