"""The dashboard's review controls through Streamlit's AppTest: each control appends the decision it
names, and the next run shows the corrected corpus."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from explorer.review import log
from explorer.store import open_store
from tests.review.conftest import ROOT

ZARIF, KERRY = "person:mohammad-javad-zarif", "person:john-kerry"


@pytest.fixture
def app(db, monkeypatch):
    import streamlit as st

    monkeypatch.setenv("DIPLOGRAPH_DB", str(db))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "explorer" / "app.py"), default_timeout=120)
    at.query_params.update({"reviewer": "ann", "lang": "en"})
    at.run()
    assert not at.exception, at.exception
    return at


def decisions(db):
    with open_store(db, readonly=True) as store:
        return log.read_log(store)


def test_bulk_reject_from_the_graph_tab_hides_the_relation(app, db):
    rows = app.session_state["rv_graph_ids"]
    before = len(rows)
    app.multiselect(key="rv_graph_pick").set_value(rows[:2])
    app.text_input(key="rv_graph_note").set_value("wrong roles")
    app.button(key="rv_graph_reject").click().run()
    assert not app.exception, app.exception
    assert [(d.action, d.reviewer, d.note) for d in decisions(db)] == [("reject", "ann", "wrong roles")] * 2
    assert len(app.session_state["rv_graph_ids"]) == before - 2  # rejected ones are hidden by default
    assert any("2 decisions saved as ann" in s.value for s in app.success)
    app.selectbox(key="reviewed").set_value("all").run()
    assert len(app.session_state["rv_graph_ids"]) == before


def test_profile_merges_and_renames(app, db):
    app.session_state["focus"] = ZARIF
    app.session_state["tab"] = "Profile"
    app.run()
    app.selectbox(key=f"rv_{ZARIF}_into").set_value(KERRY)
    app.button(key=f"rv_{ZARIF}_merge").click().run()
    assert not app.exception, app.exception
    [d] = decisions(db)
    assert (d.action, d.target, d.value) == ("merge", ZARIF, {"into": KERRY})
    app.session_state["focus"] = KERRY
    app.run()
    app.text_input(key=f"rv_{KERRY}_alias").set_value("Secretary Kerry")
    app.button(key=f"rv_{KERRY}_add_alias").click().run()
    assert [d.action for d in decisions(db)] == ["merge", "alias"]
    app.selectbox(key=f"rv_{KERRY}_split_pick").set_value(ZARIF)
    app.button(key=f"rv_{KERRY}_split").click().run()
    assert [d.action for d in decisions(db)] == ["merge", "alias", "split"]


def test_document_tab_dates_a_document_and_adds_a_relation(app, db):
    with open_store(db, readonly=True) as store:
        undated = store.documents_frame().query("date.isna()").iloc[0]["id"]
    app.session_state["tab"] = "Document"
    app.session_state["doc"] = undated
    app.run()
    assert not app.exception, app.exception
    assert any("Alloush" in h.proto.body for h in app.get("html"))
    k = f"rv_doc_{undated[:16]}_"
    app.text_input(key=k + "date").set_value("2016-05")
    app.button(key=k + "set_date").click().run()
    app.selectbox(key="rv_add_source").set_value("person:mohammed-alloush")
    app.selectbox(key="rv_add_type").set_value("negotiates_with")
    app.selectbox(key="rv_add_target").set_value("person:staffan-de-mistura")
    app.button(key="rv_add").click().run()
    assert not app.exception, app.exception
    d1, d2 = decisions(db)
    assert (d1.action, d1.value) == ("set_date", {"date": "2016-05", "precision": "month"})
    assert (d2.action, d2.value["type"], d2.value["doc_id"]) == ("add_relation", "negotiates_with", undated)
    assert d2.value["sentence"].startswith("Syrian opposition negotiator")
    rows = app.session_state["rv_doc_ids"]
    assert d2.target in rows
