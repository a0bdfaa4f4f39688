"""The shipped knowledge base is data: check it like a schema (unique ids, aliases unique per kind,
every role and reference points at an existing actor, every date parses)."""

import re
from collections import Counter, defaultdict

import pytest

from explorer.kb import load_records, norm_alias, parse_kb_date

OFFICES = {
    "head_of_state", "president", "vice_president", "king", "emir", "crown_prince", "prime_minister",
    "deputy_prime_minister", "foreign_minister", "deputy_foreign_minister", "defence_minister", "minister",
    "ambassador", "un_ambassador", "envoy", "secretary_general", "deputy_secretary_general", "high_representative",
    "spokesperson", "negotiator", "head", "leader", "commander", "speaker", "chief_of_staff",
    "national_security_adviser",
}


@pytest.fixture(scope="module")
def records():
    return load_records()


def test_sizes_meet_the_brief(records):
    states = records["states"]
    assert sum(1 for s in states if s.get("un") == "member") == 193
    assert {s["id"] for s in states if s.get("un") == "observer"} == {"state:vat", "state:pse"}
    assert len(records["people"]) >= 1275
    assert len(records["organizations"]) >= 517
    assert len(records["agreements"]) >= 321
    with_roles = [p for p in records["people"] if p.get("roles")]
    assert len(with_roles) >= len(records["people"]) * 0.97


def test_ids_unique_and_prefixed(records):
    prefix = {"states": "state:", "people": "person:", "agreements": "agr:", "places": "place:"}
    ids = Counter(r["id"] for items in records.values() for r in items)
    assert [i for i, n in ids.items() if n > 1] == []
    for section, items in records.items():
        for r in items:
            want = prefix.get(section) or ("group:" if r.get("kind") == "armed_group" else "org:")
            assert r["id"].startswith(want), r["id"]
            assert r.get("name"), r["id"]


def test_aliases_unique_per_kind(records):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for section, items in records.items():
        for r in items:
            kind = r.get("kind") or section
            names = [r["name"], r.get("name_ar")] + list(r.get("aliases") or []) + list(r.get("aliases_ar") or [])
            for n in {norm_alias(str(x)) for x in names if x}:
                seen[(kind, n)].add(r["id"])
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert clashes == {}


def test_references_exist_and_dates_parse(records):
    ids = {r["id"] for items in records.values() for r in items}
    for p in records["people"]:
        for role in p.get("roles") or []:
            assert role["office"] in OFFICES, (p["id"], role["office"])
            for ref in ("of", "to"):
                if role.get(ref):
                    assert role[ref] in ids, (p["id"], role[ref])
            start, end = parse_kb_date(role.get("start")), parse_kb_date(role.get("end"), end=True)
            if start and end:
                assert start <= end, p["id"]
    for o in records["organizations"]:
        for ref in [o.get("parent"), o.get("state")] + list(o.get("members") or []):
            if ref:
                assert ref in ids, (o["id"], ref)
    for a in records["agreements"]:
        parse_kb_date(a.get("date"))
        for ref in a.get("parties") or []:
            assert ref in ids, (a["id"], ref)
    for pl in records["places"]:
        if pl.get("state"):
            assert pl["state"] in ids, pl["id"]


def test_people_have_names_in_both_scripts(records):
    missing = [p["id"] for p in records["people"] if not p.get("name_ar")]
    assert len(missing) <= len(records["people"]) * 0.02


def test_organizations_and_agreements_have_names_in_both_scripts(records):
    for section in ("organizations", "agreements"):
        assert [r["id"] for r in records[section] if not r.get("name_ar")] == [], section


def test_aliases_are_in_their_own_script(records):
    """An Arabic alias with Latin letters (or the reverse) is a paste error that can never match."""
    wrong = []
    for items in records.values():
        for r in items:
            arabic = [r.get("name_ar")] + list(r.get("aliases_ar") or [])
            english = [r["name"]] + list(r.get("aliases") or [])
            wrong += [(r["id"], a) for a in arabic if a and re.search("[A-Za-z]", str(a))]
            wrong += [(r["id"], a) for a in english if re.search("[\u0600-\u06ff]", str(a))]
    assert wrong == []


def test_agreements_are_placed_and_typed(records, kb):
    """Where an agreement was signed is a place id (a place or a capital): linking mentions uses it."""
    types = {"resolution", "communique", "declaration", "ceasefire", "truce", "agreement", "memorandum", "treaty",
             "plan", "draft_resolution"}
    for a in records["agreements"]:
        assert a.get("type") in types, a["id"]
        if a.get("place"):
            assert kb.get(a["place"]) is not None and kb.get(a["place"]).kind == "place", (a["id"], a["place"])
    assert sum(1 for a in records["agreements"] if a.get("place")) >= 140


def test_knowledge_base_resolves_new_regions(kb):
    """Roles beyond Syria resolve by date: Sudan, Ethiopia, Ukraine, Afghanistan, Mali."""
    from datetime import date

    assert kb.holders("foreign_minister", "state:ukr", date(2022, 3, 1)) == ["person:dmytro-kuleba"]
    assert kb.holders("prime_minister", "state:eth", date(2022, 11, 2)) == ["person:abiy-ahmed"]
    assert kb.holders("foreign_minister", "state:afg", date(2022, 1, 1)) == ["person:amir-khan-muttaqi"]
    assert "person:assimi-goita" in kb.holders("president", "state:mli", date(2023, 1, 1))
    assert kb.holders("president", "state:ssd", date(2018, 9, 12)) == ["person:salva-kiir"]


def test_knowledge_base_resolves_roles_by_date(kb):
    from datetime import date

    assert kb.holders("foreign_minister", "state:rus", date(2016, 7, 15)) == ["person:sergei-lavrov"]
    assert "person:john-kerry" in kb.holders("foreign_minister", "state:usa", date(2016, 7, 15))
    assert "person:john-kerry" not in kb.holders("foreign_minister", "state:usa", date(2018, 7, 15))
