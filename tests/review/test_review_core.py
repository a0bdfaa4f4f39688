"""Every decision kind through the core API: what a researcher sees in the next view."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.errors import ExplorerError
from explorer.graph.build import build_view
from explorer.graph.spec import ViewSpec
from explorer.review import api, log, overlay
from tests.review.conftest import find

LAVROV, KERRY, ZARIF = "person:sergei-lavrov", "person:john-kerry", "person:mohammad-javad-zarif"
MISTURA = "person:staffan-de-mistura"


def edges(store, **spec) -> set[tuple[str, str, str]]:
    c = api.reviewed(store)
    G = build_view(c.relations, c.entities, ViewSpec(**spec))
    return {(u, d["type"], v) for u, v, d in G.edges(data=True)}


def test_rejected_relation_is_hidden_by_default_shown_on_request_and_confirmed_only_publishes(store):
    c = api.reviewed(store)
    bad = find(c, ZARIF, "holds_role_in", "state:irn")
    good = find(c, LAVROV, "phones", KERRY)
    assert (ZARIF, "holds_role_in", "state:irn") in edges(store)
    api.verdict(store, [bad], "reject", reviewer="ann", note="disputed office")
    api.verdict(store, [good], "confirm", reviewer="ann")
    assert (ZARIF, "holds_role_in", "state:irn") not in edges(store)
    assert (ZARIF, "holds_role_in", "state:irn") in edges(store, reviewed="all")
    assert edges(store, reviewed="confirmed") == {(LAVROV, "phones", KERRY)}
    row = api.reviewed(store).relations.set_index("rid").loc[bad]
    assert (row["review"], row["reviewer"], row["review_note"]) == ("rejected", "ann", "disputed office")
    api.verdict(store, [bad], "unreview", reviewer="bob")
    assert (ZARIF, "holds_role_in", "state:irn") in edges(store)


def test_the_later_decision_on_a_relation_wins_and_both_stay_in_the_log(store):
    rid = find(api.reviewed(store), "state:tur", "opposes")
    api.verdict(store, [rid], "confirm", reviewer="ann")
    api.verdict(store, [rid], "reject", reviewer="bob")
    assert api.reviewed(store).relations.set_index("rid").loc[rid, "review"] == "rejected"
    assert [d.action for d in log.read_log(store)] == ["confirm", "reject"]


def test_change_type_reverse_and_reattach(store):
    c = api.reviewed(store)
    rid = find(c, LAVROV, "meets", MISTURA)
    api.set_type(store, rid, "negotiates_with", reviewer="ann")
    assert (LAVROV, "negotiates_with", MISTURA) in edges(store)
    api.set_ends(store, rid, reverse=True, reviewer="ann")
    assert (MISTURA, "negotiates_with", LAVROV) in edges(store)
    api.set_ends(store, rid, target=ZARIF, reviewer="ann")
    assert (MISTURA, "negotiates_with", ZARIF) in edges(store)
    assert find(api.reviewed(store), MISTURA, "negotiates_with", ZARIF) == rid  # the id stays stable


def test_relation_added_by_hand_keeps_a_real_sentence(store):
    doc = store.documents_frame()
    doc_id = doc[doc["title"].str.startswith("Lavrov and Kerry")].iloc[0]["id"]
    text = store.document(doc_id).text
    start, end = api.sentences(text)[0]
    assert text[start:end].startswith("GENEVA, March 3, 2016")
    [d] = api.add_relation(store, doc_id, start, end, LAVROV, KERRY, "meets", reviewer="ann")
    c = api.reviewed(store)
    row = c.relations.set_index("rid").loc[d.target]
    assert row["sentence"] == text[start:end] and row["review"] == "confirmed" and row["date"] == "2016-03-03"
    assert (LAVROV, "meets", KERRY) in edges(store, reviewed="confirmed")
    with pytest.raises(ExplorerError, match="outside it"):
        api.add_relation(store, doc_id, 0, len(text) + 5, LAVROV, KERRY, "meets", reviewer="ann")
    with pytest.raises(ExplorerError, match="no sentence at"):  # the evidence is a whole sentence, not a cut
        api.add_relation(store, doc_id, start + 3, end, LAVROV, KERRY, "meets", reviewer="ann")


def test_merge_then_split(store):
    api.entity_decision(store, "merge", ZARIF, {"into": KERRY}, reviewer="ann")
    c = api.reviewed(store)
    assert ZARIF not in set(c.entities["id"])
    assert "Mohammad Javad Zarif" in c.entities.set_index("id").loc[KERRY, "aliases"]
    assert (LAVROV, "phones", KERRY) in edges(store) and not any(ZARIF in (u, v) for u, _, v in edges(store))
    api.entity_decision(store, "split", ZARIF, reviewer="ann")
    assert (LAVROV, "phones", ZARIF) in edges(store)


def test_rename_alias_and_kind(store):
    api.entity_decision(store, "rename", MISTURA, {"name": "S. de Mistura", "name_ar": "دي ميستورا"}, reviewer="a")
    api.entity_decision(store, "alias", MISTURA, {"alias": "the UN mediator"}, reviewer="a")
    api.entity_decision(store, "set_kind", "state:tur", {"kind": "organization"}, reviewer="a")
    e = api.reviewed(store).entities.set_index("id")
    assert e.loc[MISTURA, "name"] == "S. de Mistura" and e.loc[MISTURA, "name_ar"] == "دي ميستورا"
    assert {"the UN mediator", "Staffan de Mistura"} <= set(e.loc[MISTURA, "aliases"])
    assert e.loc["state:tur", "kind"] == "organization"
    assert ("state:tur", "opposes", "state:syr") not in edges(store, kinds=("state",))


def test_document_date_with_precision_title_outlet_and_exclusion(store):
    docs = store.documents_frame()
    undated = docs[docs["date"].isna()].iloc[0]["id"]
    feb = {"start": date(2016, 2, 1), "end": date(2016, 2, 29), "include_undated": False}
    assert not any(MISTURA in (u, v) for u, _, v in edges(store, **feb))
    api.document_decision(store, "set_date", undated, {"date": "2016-02"}, reviewer="ann")
    api.document_decision(store, "set_title", undated, {"title": "Alloush meets de Mistura"}, reviewer="ann")
    api.document_decision(store, "set_outlet", undated, {"outlet": "Field notes"}, reviewer="ann")
    c = api.reviewed(store)
    d = c.documents.set_index("id").loc[undated]
    assert (d["date"], d["date_precision"], d["title"], d["source"]) == ("2016-02-01", "month",
                                                                          "Alloush meets de Mistura", "Field notes")
    rows = c.relations[c.relations["doc_id"] == undated]
    assert set(rows["date"]) == {"2016-02-01"} and set(rows["doc_title"]) == {"Alloush meets de Mistura"}
    assert any(MISTURA in (u, v) for u, _, v in edges(store, **feb))
    api.document_decision(store, "exclude", undated, reviewer="ann")
    assert not any(r == undated for r in api.reviewed(store).relations["doc_id"])
    api.document_decision(store, "include", undated, reviewer="ann")
    assert any(r == undated for r in api.reviewed(store).relations["doc_id"])


def test_min_confidence_filters_the_view(store):
    low = edges(store, min_confidence=0.0)
    high = edges(store, min_confidence=0.8)
    assert high < low and all(t != "states" for _, t, _ in high)


def test_unknown_targets_and_bad_values_change_nothing(store):
    version = log.log_version(store)
    rid = find(api.reviewed(store), "state:tur", "opposes")
    for call in (
        lambda: api.verdict(store, [rid, "r-0000000000000000"], "confirm", reviewer="a"),
        lambda: api.entity_decision(store, "merge", ZARIF, {"into": "person:nobody"}, reviewer="a"),
        lambda: api.entity_decision(store, "set_kind", ZARIF, {"kind": "wizard"}, reviewer="a"),
        lambda: api.document_decision(store, "set_date", "f" * 64, {"date": "2016"}, reviewer="a"),
        lambda: api.document_decision(store, "set_date", store.documents_frame()["id"][0], {"date": "2016-13"},
                                      reviewer="a"),
        lambda: api.set_type(store, rid, "likes", reviewer="a"),
    ):
        with pytest.raises(ExplorerError):
            call()
    assert log.log_version(store) == version
    assert api.reviewed(store).relations["review"].eq("unreviewed").all()


def test_precision_per_relation_type_from_reviews(store):
    c = api.reviewed(store)
    holds = c.relations[c.relations["type"] == "holds_role_in"]["rid"].tolist()
    api.verdict(store, holds[:3], "confirm", reviewer="a")
    api.verdict(store, [find(c, ZARIF, "holds_role_in", "state:irn")], "reject", reviewer="a")
    api.set_type(store, find(c, "state:tur", "opposes"), "fights", reviewer="a")
    p = overlay.precision_by_type(api.reviewed(store).relations).set_index("type")
    confirmed = len([r for r in holds[:3] if r != find(c, ZARIF, "holds_role_in", "state:irn")])
    assert p.loc["holds_role_in", "confirmed"] == confirmed and p.loc["holds_role_in", "rejected"] == 1
    assert p.loc["holds_role_in", "precision"] == round(confirmed / (confirmed + 1), 3)
    assert p.loc["opposes", "rejected"] == 1 and p.loc["opposes", "confirmed"] == 0
