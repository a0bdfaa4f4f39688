"""Heads of intelligence and atomic-energy agencies hold their role in the agency, not as the head of their state:
"the head of the US delegation" is no CIA director, and a CIA director holds his role in the CIA. (Read from real
news of the 2025 Oman talks, where "the head of the US delegation" resolved to the CIA's director.)"""

from __future__ import annotations

from explorer.extract.pipeline import extract_text
from explorer.kb import load_kb


def _rels(lang: str, text: str, on: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_an_unnamed_delegation_head_is_no_agency_director():
    text = "The head of the US delegation met Iranian Foreign Minister Abbas Araghchi in Muscat."
    rels = _rels("en", text, "2025-04-12")
    assert not [r for r in rels if "Ratcliffe" in r[0]]


def test_agency_directors_hold_their_role_in_the_agency():
    rels = _rels("en", "CIA Director William Burns met Israeli Prime Minister Benjamin Netanyahu in Jerusalem.",
                 "2023-11-08")
    assert ("William Burns", "holds_role_in", "Central Intelligence Agency") in rels
    kb = load_kb()
    for person in ("person:john-ratcliffe", "person:gina-haspel", "person:ali-akbar-salehi"):
        heads = [r.of for r in kb.roles_of(person) if r.office == "head"]
        assert heads and all(not of.startswith("state:") for of in heads), (person, heads)
