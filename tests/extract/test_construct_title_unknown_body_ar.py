"""Issue 9: «X، رئيس <body>،» — an Arabic title in construct after a name, whose genitive is a body the knowledge
base does not know (found after the titles): that body is the title's owner, as a known one would be, and no
object of the clause's verb. Sentences written for this test (made-up people and bodies)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang="ar", date_="2024-05-01")
    name = {e.id: e.name for e in ex.entities}
    return {(name[r.source], r.type, name[r.target]) for r in ex.relations}


def test_head_of_an_unknown_movement_in_apposition():
    rels = _rels("وقال نادر الشامي، رئيس حركة إنقاذ بانغي، إن وفده لن يشارك في المفاوضات.")
    assert ("نادر الشامي", "holds_role_in", "حركة إنقاذ بانغي") in rels, rels
    assert ("نادر الشامي", "states", "حركة إنقاذ بانغي") not in rels, rels


def test_commander_of_unknown_brigades_in_apposition():
    rels = _rels("وأعلن سالم الزوي، قائد ألوية درع حضرموت، أن قواته انسحبت من المدينة.")
    assert ("سالم الزوي", "holds_role_in", "ألوية درع حضرموت") in rels, rels
