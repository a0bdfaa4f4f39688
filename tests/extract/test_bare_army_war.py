"""A bare "the army" / «الجيش» is the army of the state where the fighting is, not of the state a visiting
minister comes from: places named past the dateline and the state's army named elsewhere count for it."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _armies(text: str, lang: str, kb) -> set[str]:
    ex = extract_text(text, lang=lang, date_="2023-06-10", kb=kb)
    return {e.name for e in ex.entities if e.id.startswith("org:") and "rm" in e.id or "Army" in e.name
            or "Armed Forces" in e.name}


def test_army_of_the_war_not_of_the_visitor(kb):
    text = ("CAIRO, June 10 (Reuters) - Egypt's foreign minister Sameh Shoukry called for calm on Saturday. "
            "The army and the Rapid Support Forces have battled for weeks in Omdurman and Bahri. "
            "Sudan's army chief said the army would not attend talks.")
    names = _armies(text, "en", kb)
    assert "Sudanese Armed Forces" in names
    assert "Egyptian Army" not in names


def test_arabic_bare_army_in_a_foreign_ministers_story(kb):
    text = ("القاهرة (وكالات) - حث وزير الخارجية المصري سامح شكري أمس الأطراف السودانية على التهدئة. "
            "وتدور معارك بين الجيش وقوات الدعم السريع في أم درمان منذ أسابيع. "
            "وقال شكري إن مصر مستعدة للمساعدة.")
    names = _armies(text, "ar", kb)
    assert "Egyptian Army" not in names


def test_urging_both_sides_to_stop_opposes_neither(kb):
    text = ("Ethiopia and the TPLF have fought in Tigray since November. "
            "Kenya urged both sides to stop the fighting and return to talks.")
    ex = extract_text(text, lang="en", date_="2021-06-10", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    assert not [r for r in ex.relations if r.type == "opposes" and names[r.source] == "Kenya"]


def test_urging_one_side_to_stop_still_opposes_it(kb):
    text = "Kenya urged Ethiopia to stop its offensive in Tigray."
    ex = extract_text(text, lang="en", date_="2021-06-10", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    assert ("Kenya", "opposes", "Ethiopia") in {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_an_army_in_a_groups_own_name_is_no_states_army(kb):
    text = "Fighters of the Army of the Southern Mountains seized the town of Idlib after heavy clashes."
    ex = extract_text(text, lang="en", date_="2021-06-10", kb=kb)
    assert not [e for e in ex.entities if e.name in ("Syrian Arab Army", "Syrian Armed Forces")]
