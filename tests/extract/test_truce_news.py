"""Issue 9, read from real news on the Yemen truce of 2022: renewing or extending "the truce" is the truce in
force, known from before the article's weeks, not a new one of its month; "Yemen's government and the country's
Houthi rebels" is one list; a body that reports what the warring parties agreed did not agree. Sentences written
for these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _read(lang: str, text: str, on: str):
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yemen's government and the Houthis agreed to extend the truce for two more months."),
        ("en", "Yemen's government and the Houthis agreed on Tuesday to renew an existing truce."),
        ("ar", "وافقت الحكومة اليمنية والحوثيون على تمديد الهدنة لشهرين إضافيين."),
    ],
)
def test_extending_the_truce_is_the_truce_in_force(lang, text):
    rels = _read(lang, text, "2022-08-02")
    assert {("Yemen", "agrees_with", "Yemen Truce of 2022"), ("Houthis", "agrees_with", "Yemen Truce of 2022")} <= rels


def test_an_owner_before_the_next_item_keeps_the_list_together():
    rels = _read("en", "Yemen's internationally recognized government and the country's Houthi rebels signed the "
                       "prisoner deal.", "2023-03-20")
    assert {r[0] for r in rels if r[1] == "agrees_with"} == {"Yemen", "Houthis"}


def test_a_body_reporting_what_a_states_parties_agreed_does_not_agree():
    rels = _read("en", "The United Nations says Sudan's warring parties agreed on Saturday to a week-long truce.",
                 "2023-05-20")
    assert not [r for r in rels if r[0] == "United Nations" and r[1] == "agrees_with"]


def test_a_spelling_of_the_houthi_leader():
    ex = extract_text("Abdel-Malek al-Houthi rejected the proposal.", lang="en", date_="2022-08-02")
    assert "Abdul-Malik al-Houthi" in {e.name for e in ex.entities}


def test_an_internationally_recognised_government_recognises_no_one():
    rels = _read("en", "The envoy discussed a UN proposal to renew the truce between the internationally recognised "
                       "government, supported by a Saudi-led coalition, and the Houthis.", "2022-09-29")
    assert not [r for r in rels if r[0] == "United Nations" and r[1] == "supports"]
