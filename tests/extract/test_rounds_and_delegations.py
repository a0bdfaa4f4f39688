"""Issue 9, read from real news on the Saudi–Iranian talks in Beijing (2023) and the Nile dam talks: «عقدت A وB
جولة جديدة من المفاوضات» holds talks as «جولة محادثات» does; «الوفود الروسية والتركية والإيرانية» stands for
the sides its adjectives name; a known two-party deal is not what a text names only one of its parties for.
Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _read(lang: str, text: str, on: str):
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}, ex


def _pairs(rels, rtype: str) -> set[frozenset]:
    return {frozenset((s, t)) for s, r, t in rels if r == rtype}


@pytest.mark.parametrize(
    ("text", "on", "sides"),
    [
        ("وعقدت مصر والسودان وإثيوبيا جولة جديدة من المفاوضات في الخرطوم.", "2020-07-03",
         ("Egypt", "Sudan", "Ethiopia")),
        ("وأجرى الجانبان الروسي والأوكراني جولة ثالثة من المحادثات في إسطنبول.", "2022-03-29", ("Russia", "Ukraine")),
        ("وعقد الوفدان الأرميني والأذربيجاني جولة جديدة من المحادثات في واشنطن.", "2023-06-01",
         ("Armenia", "Azerbaijan")),
    ],
)
def test_a_new_round_of_talks_is_held_by_its_subjects(text, on, sides):
    rels, _ = _read("ar", text, on)
    assert {frozenset((a, b)) for n, a in enumerate(sides) for b in sides[n + 1 :]} <= _pairs(rels, "negotiates_with")


@pytest.mark.parametrize(
    ("text", "on", "rtype", "sides"),
    [
        ("والتقت الوفود الروسية والتركية والإيرانية في أستانا.", "2017-05-03", "meets", ("Russia", "Turkey", "Iran")),
        ("وعقدت الوفود السودانية والإثيوبية والمصرية جولة جديدة من المفاوضات في الخرطوم.", "2020-07-03",
         "negotiates_with", ("Sudan", "Ethiopia", "Egypt")),
    ],
)
def test_delegations_named_by_their_adjectives_are_those_sides(text, on, rtype, sides):
    rels, _ = _read("ar", text, on)
    assert {frozenset((a, b)) for n, a in enumerate(sides) for b in sides[n + 1 :]} <= _pairs(rels, rtype)


def test_delegations_with_one_adjective_are_no_pair():
    rels, _ = _read("ar", "ورحبت الوفود اليمنية بتمديد الهدنة.", "2022-06-03")
    assert not _pairs(rels, "meets") and not _pairs(rels, "negotiates_with")


def test_a_two_party_deal_needs_both_parties_named():
    text = ("Iran and Saudi Arabia agreed on Friday to restore relations. The two countries released a joint "
            "communique on the deal with China.")
    _, ex = _read("en", text, "2023-03-10")
    assert "Iran-IAEA Joint Statement of March 2023" not in {e.name for e in ex.entities}
    rels, _ = _read("en", "Iran and the IAEA reached an agreement in Tehran on Saturday.", "2023-03-04")
    assert ("Iran", "agrees_with", "Iran-IAEA Joint Statement of March 2023") in rels  # both named: the known one
