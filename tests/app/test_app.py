"""The dashboard under AppTest: each tab, the filters, search, the URL round trip, upload, first start."""

from __future__ import annotations

import base64
import json
import re
from datetime import date

import pytest

from explorer.store import open_store
from tests.app.handmade import APP, COH, RU, K, L, run_app


def evidence_html(at) -> str:
    """The evidence table of the Graph tab (the last st.html on the page)."""
    tables = [h.proto.body for h in at.get("html") if 'class="dg"' in h.proto.body]
    return tables[-1] if tables else ""


def evidence_rows(at) -> int:
    return evidence_html(at).count("<tr>") - 1


def snapshot(at) -> str:
    src = at.get("iframe")[0].proto.src
    assert src.startswith("data:text/html;charset=utf-8;base64,")
    return base64.b64decode(src.split(",", 1)[1]).decode("utf-8")


def snapshot_nodes(page: str, *, hidden: bool = False) -> set[str]:
    """The nodes drawn (with `hidden`, the left-out neighbours a double-click reveals instead)."""
    data = json.loads(re.search(r'id="diplograph-data">(.*?)</script>', page, re.S).group(1))
    extra = data["nodes"]["fields"].index("extra")
    return {row[0] for row in data["nodes"]["rows"] if bool(row[extra]) == hidden}


def params(at) -> dict[str, list[str]]:
    """The URL the app wrote, each value as a list (repeated parameters)."""
    return {k: list(v) if isinstance(v, list | tuple) else [v] for k, v in at.query_params.items()}


# -- Graph tab -------------------------------------------------------------------------------------------


def test_graph_tab_draws_the_view_and_its_evidence(app_env):
    at = run_app()
    page = snapshot(at)
    assert "vis-network" in page or "vis.Network" in page
    assert K in snapshot_nodes(page)
    body = evidence_html(at)
    assert "Kerry met Lavrov in Munich on Thursday night." in body
    assert evidence_rows(at) == 17
    assert '<td dir="rtl">التقى كيري الرئيس بوتين في موسكو مساء أمس.</td>' in body
    assert "<th>Method</th>" in body and '<td dir="ltr">trigger</td>' in body  # the construction behind each row
    labels = [b.label for b in at.get("download_button")]
    assert any("HTML snapshot" in x for x in labels)


def test_snapshot_download_is_exactly_the_drawn_view(app_env):
    at = run_app({"actor": L, "hops": "1"})
    button = next(b for b in at.get("download_button") if "HTML snapshot" in b.label)
    assert button.proto.deferred_file_id  # made on click, from the same rows (the browser test downloads it)
    nodes = snapshot_nodes(snapshot(at))
    assert L in nodes and "group:isis" not in nodes


def test_filters_change_the_evidence_table(app_env):
    at = run_app()
    assert evidence_rows(at) == 17
    at.multiselect(key="types").set_value(["phones"]).run()
    assert evidence_rows(at) == 2
    assert "spoke by phone" in evidence_html(at)
    at.multiselect(key="types").set_value([]).run()
    at.slider(key="dates").set_value((date(2016, 7, 1), date(2016, 12, 31))).run()
    body = evidence_html(at)
    assert "Kerry met Boris Johnson in London." in body
    assert "Munich" not in body
    assert "انتقدت روسيا" not in body  # a narrower date range leaves undated relations out…
    assert any("undated relations left out of this date range" in c.value for c in at.caption)
    at.toggle(key="undated").set_value(True).run()
    assert "انتقدت روسيا" in evidence_html(at)  # …unless asked for
    at.toggle(key="undated").set_value(False).run()
    assert "انتقدت روسيا" not in evidence_html(at)
    at.multiselect(key="kinds").set_value(["state", "armed_group"]).run()
    assert evidence_rows(at) == 1  # Russia fights Islamic State
    assert "داعش" in evidence_html(at)


def test_minimum_weight_keeps_only_repeated_links(app_env):
    at = run_app()
    at.number_input(key="min_weight").set_value(3).run()
    body = evidence_html(at)
    assert evidence_rows(at) == 4  # Kerry and Lavrov: 2 meetings, 2 calls
    assert "Boris Johnson" not in body


def test_undated_documents_are_counted_never_lost(app_env):
    at = run_app()
    assert "(1 undated)" in at.caption[0].value


# -- search ----------------------------------------------------------------------------------------------


def test_search_tolerates_variants_and_centres_the_view(app_env):
    at = run_app()
    for query in ("Kery", "كيرى", "kerry"):
        at.text_input(key="q").set_value(query).run()
        assert "John Kerry" in at.button(key="hit_0").label, query
    at.button(key="hit_0").click().run()
    assert at.multiselect(key="actors").value == [K]
    assert params(at)["actor"] == [K]
    body = evidence_html(at)
    assert "Kerry" in body and "انتقدت روسيا" not in body  # one hop around Kerry only
    at.text_input(key="q").set_value("مجلس الامن").run()  # no hamza
    assert "UN Security Council" in at.button(key="hit_0").label


def test_search_finds_agreements_by_alias(app_env):
    at = run_app()
    at.text_input(key="q").set_value("الهدنه").run()
    assert "Cessation of hostilities" in at.button(key="hit_0").label


# -- URL -------------------------------------------------------------------------------------------------


def test_url_round_trip_opens_the_same_view(app_env):
    url = {
        "actor": K, "hops": "2", "from": "2016-01-01", "to": "2016-12-31", "kind": ["person", "state"],
        "type": ["meets", "phones"], "w": "1", "undated": "0", "a": "2016-01-01..2016-04-30",
        "b": "2016-05-01..2016-12-31", "lang": "en", "tab": "compare",
    }
    at = run_app(url)
    assert at.multiselect(key="actors").value == [K]
    assert at.slider(key="hops").value == 2
    assert at.slider(key="dates").value == (date(2016, 1, 1), date(2016, 12, 31))
    assert at.multiselect(key="kinds").value == ["person", "state"]
    assert at.multiselect(key="types").value == ["meets", "phones"]
    assert at.toggle(key="undated").value is False
    assert at.date_input(key="period_a").value == (date(2016, 1, 1), date(2016, 4, 30))
    written = params(at)
    for key in ("actor", "hops", "from", "to", "kind", "type", "undated", "a", "b", "tab"):
        want = url[key] if isinstance(url[key], list) else [url[key]]
        assert written[key] == want, key
    # change the view, then open the URL it wrote in a fresh session: same widgets
    at.slider(key="hops").set_value(1).run()
    at.multiselect(key="types").set_value(["meets"]).run()
    again = run_app({k: v if len(v) > 1 else v[0] for k, v in params(at).items()})
    for key in ("actors", "kinds", "types"):
        assert again.multiselect(key=key).value == at.multiselect(key=key).value
    for key in ("hops", "dates"):
        assert again.slider(key=key).value == at.slider(key=key).value
    for key in ("period_a", "period_b"):
        assert again.date_input(key=key).value == at.date_input(key=key).value
    assert again.toggle(key="undated").value == at.toggle(key="undated").value
    assert evidence_html(again) == evidence_html(at) or again.session_state["tab"] == "Compare"


def test_widget_values_streamlit_drops_come_back_from_the_url(app_env):
    """A click that lands while a busy server is still drawing the page can make Streamlit forget the values
    of widgets a finished run did not draw; the next run must rebuild them from the URL, not fall back to
    bare defaults (one node shown, no label language), and keep what the click itself changed."""
    at = run_app({"from": "2016-01-01", "to": "2016-12-31", "max": "30", "w": "1", "lang": "en", "kind": "person"})
    assert at.selectbox(key="year").value == 2016  # a whole year in the URL shows in the Year picker too
    # the session after the drop: it has run before (it knows the corpus's span) and holds what the click set,
    # but none of the widget values; the URL still holds the view the last finished run wrote
    from streamlit.testing.v1 import AppTest

    again = AppTest.from_file(APP, default_timeout=60)
    for k, v in params(at).items():
        again.query_params[k] = v if len(v) > 1 else v[0]
    again.session_state["seen_span"] = at.session_state["seen_span"]
    again.session_state["actors"] = [K]  # what the click did (a search hit's callback centres an actor)
    again.run()
    at = again
    assert not at.exception and not at.error
    assert at.session_state["lang"] == "en" and at.number_input(key="max_nodes").value == 30
    assert at.multiselect(key="kinds").value == ["person"] and at.selectbox(key="year").value == 2016
    assert at.slider(key="dates").value == (date(2016, 1, 1), date(2016, 12, 31))
    assert at.multiselect(key="actors").value == [K]
    assert params(at)["actor"] == [K] and params(at)["max"] == ["30"] and params(at)["from"] == ["2016-01-01"]


def test_every_run_sends_the_view_values_to_the_browser(app_env):
    """A browser that starts a new run (a search typed at once) before drawing the first run's widgets never got
    the values read from the URL; its widgets would start from bare defaults (one node shown, no label language)
    and send those back with the next click. So every run, not only the first, carries the view's values."""
    at = run_app({"max": "30", "lang": "en", "kind": "person", "hops": "2", "actor": K})
    at.text_input(key="q").set_value("Lavrov").run()  # a second run, with nothing changed in the view
    sent = {"max_nodes": at.number_input(key="max_nodes"), "kinds": at.multiselect(key="kinds"),
            "hops": at.slider(key="hops"), "actors": at.multiselect(key="actors"), "dates": at.slider(key="dates"),
            "undated": at.toggle(key="undated"), "min_weight": at.number_input(key="min_weight")}
    sent |= {b.proto.id.rsplit("-", 1)[1]: b for b in at.get("button_group")}  # the label language, colour by
    for key in ("max_nodes", "kinds", "hops", "actors", "dates", "undated", "min_weight", "lang", "colour"):
        assert sent[key].proto.set_value, f"{key}: the browser is not given the value this run"
    assert at.number_input(key="max_nodes").proto.value == 30


def test_bad_url_values_are_dropped_with_a_warning(app_env):
    at = run_app({"type": ["meets", "meet"], "hops": "9", "actor": "person:nobody"})
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")  # values are shown Markdown-escaped
    assert "meet" in warnings and "hops" in warnings and "person:nobody" in warnings
    assert at.multiselect(key="types").value == ["meets"]


# -- tabs ------------------------------------------------------------------------------------------------


def test_profile_tab(app_env):
    at = run_app({"focus": K, "tab": "profile"})
    assert at.selectbox(key="focus").value == K
    page = " ".join(h.proto.body for h in at.get("html"))
    assert "John Kerry" in page and "جون كيري" in page
    assert "<mark>Kerry</mark> met <mark>" not in page  # only the actor's own words are marked
    assert "<mark>Kerry</mark> met Lavrov in Munich" in page
    assert "<mark>كيري</mark>" in page
    frames = [d.value for d in at.dataframe]
    counterparts = next(f for f in frames if "counterpart" in f.columns)
    assert "Sergei Lavrov" in set(counterparts["counterpart"])
    agreements = next(f for f in frames if "agreement" in f.columns)
    assert {"Cessation of hostilities", "UNSC Resolution 2254"} <= set(agreements["agreement"])
    assert at.get("arrow_vega_lite_chart") or any("vega" in type(e.proto).__name__.lower() for e in at.main)


def test_profile_shows_roles_or_says_there_are_none(app_env):
    at = run_app({"focus": K, "tab": "profile"})
    roles_shown = any("office" in d.value.columns for d in at.dataframe)
    said_none = any("No dated roles" in c.value for c in at.caption)
    assert roles_shown or said_none


def test_timeline_tab(app_env):
    at = run_app({"tab": "timeline"})
    assert any("undated relations" in c.value for c in at.caption)
    at.segmented_control(key="freq").set_value("week").run()
    assert not at.exception
    assert params(at)["freq"] == ["week"]


def test_compare_tab_marks_changes(app_env):
    at = run_app({"tab": "compare", "a": "2016-01-01..2016-04-30", "b": "2016-05-01..2017-01-31"})
    counts = {m.label: int(m.value) for m in at.metric}
    assert counts["appeared"] >= 1 and counts["disappeared"] >= 1
    changes = at.dataframe[0].value
    assert set(changes["change"]) <= {"appeared", "disappeared", "grew", "shrank"}
    roles = changes["types"].str.contains("holds role in|member of") & ~changes["types"].str.contains(
        "meets|phones|visits|negotiates|agrees|supports|opposes|fights")
    assert not roles.any() or roles.idxmin() == 0 and not roles[: roles.idxmax()].any()  # interactions first
    assert "_" not in "".join(changes["types"])  # human words, never ids
    assert any("without a date belong to neither period" in c.value for c in at.caption)
    at.date_input(key="period_b").set_value((date(2016, 1, 1), date(2016, 4, 30))).run()
    assert all(int(m.value) == 0 for m in at.metric)  # same period twice: nothing changed


def test_compare_presets_year_against_year_and_around_an_agreement(app_env):
    at = run_app({"tab": "compare"})
    at.selectbox(key="preset").set_value("years").run()
    at.selectbox(key="year_a").set_value(2016).run()
    at.selectbox(key="year_b").set_value(2017).run()
    at.button(key="apply_preset").click().run()
    assert at.date_input(key="period_a").value == (date(2016, 1, 1), date(2016, 12, 31))
    assert at.date_input(key="period_b").value[0] == date(2017, 1, 1)
    assert params(at)["a"] == ["2016-01-01..2016-12-31"]
    at.selectbox(key="preset").set_value("agreement").run()
    pick = at.selectbox(key="preset_agreement")
    assert pick.options  # agreements with a date (the knowledge base's, else their first relation's)
    pick.select_index(0).run()
    at.button(key="apply_preset").click().run()
    a, b = at.date_input(key="period_a").value, at.date_input(key="period_b").value
    assert a[1] < b[0] and (b[0] - a[1]).days == 1  # before the agreement, then from its day on


def test_agreements_tab_filters_the_graph(app_env):
    at = run_app({"tab": "agreements"})
    table = at.dataframe[0].value
    assert len(table) == 2
    assert set(table["agreement"]) == {"Cessation of hostilities", "UNSC Resolution 2254"}
    at.selectbox(key="agr_pick").set_value(COH).run()
    assert at.multiselect(key="actors").value == [COH]
    assert at.slider(key="hops").value == 1
    assert params(at)["actor"] == [COH]
    at.session_state["tab"] = "Graph"
    at.run()
    nodes = snapshot_nodes(snapshot(at))
    assert COH in nodes and RU in nodes and "group:isis" not in nodes


def test_metrics_tab(app_env):
    at = run_app({"tab": "metrics"})
    m = at.dataframe[0].value
    assert list(m.columns[:4]) == ["id", "name", "kind", "degree"]
    assert {"betweenness", "pagerank", "community", "weighted_degree"} <= set(m.columns)
    assert m["weighted_degree"].iloc[0] == m["weighted_degree"].max()
    assert any("metrics" in b.label.lower() for b in at.get("download_button"))
    assert any("communities" in c.value for c in at.caption)


def test_graph_colours_by_community_and_by_change_in_the_graph_itself(app_env):
    at = run_app()
    at.segmented_control(key="colour").set_value("community").run()
    assert params(at)["colour"] == ["community"]
    data = json.loads(re.search(r'id="diplograph-data">(.*?)</script>', snapshot(at), re.S).group(1))
    community = data["nodes"]["fields"].index("community")
    assert all(isinstance(row[community], int) for row in data["nodes"]["rows"])
    assert data["meta"]["colour"] == "community"
    at.segmented_control(key="colour").set_value("change").run()
    data = json.loads(re.search(r'id="diplograph-data">(.*?)</script>', snapshot(at), re.S).group(1))
    change = data["edges"]["fields"].index("change")
    assert {row[change] for row in data["edges"]["rows"]} & {"appeared", "disappeared", "grew", "shrank"}
    assert data["meta"]["colour"] == "change"


def test_labels_in_arabic(app_env):
    at = run_app({"lang": "ar"})
    body = evidence_html(at)
    assert '<table class="dg" dir="rtl">' in body
    assert "جون كيري" in body and "الفاعل" in body
    at.segmented_control(key="lang").set_value("en").run()
    assert "John Kerry" in evidence_html(at)


def test_upload_ingests_and_reports_per_file(app_env):
    at = run_app({"tab": "upload"})
    before = open_store(app_env, readonly=True).stats()["documents"]
    files = [
        ("new.txt", b"Kerry met Lavrov again in Geneva to discuss the truce.\n", "text/plain"),
        ("broken.json", b"{not json", "application/json"),
    ]
    at.file_uploader(key="uploads").set_value(files).run()
    at.button(key="ingest").click().run()
    report = at.dataframe[0].value.set_index("file")
    assert report.loc["new.txt", "ingested"] == 1
    assert report.loc["broken.json", "failed"] >= 1 and report.loc["broken.json", "reason"]
    assert open_store(app_env, readonly=True).stats()["documents"] == before + 1
    assert f"{before + 1} documents" in at.caption[0].value  # the view refreshed
    at.button(key="ingest").click().run()  # the same file again: a duplicate
    report = at.dataframe[0].value.set_index("file")
    assert report.loc["new.txt", "duplicates"] == 1 and report.loc["new.txt", "ingested"] == 0


def test_first_start_ingests_the_samples(tmp_path, monkeypatch):
    import streamlit as st

    monkeypatch.setenv("DIPLOGRAPH_DB", str(tmp_path / "fresh.db"))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = run_app(timeout=120)
    with open_store(tmp_path / "fresh.db", readonly=True) as store:
        assert store.stats()["documents"] == 16
    assert at.caption[0].value.startswith("16 وثيقة")  # the samples are mostly Arabic: so are the labels


def test_a_store_without_relations_is_not_an_error(tmp_path, monkeypatch):
    import streamlit as st

    from explorer.ingest.document import make_document
    from explorer.records import Extraction

    db = tmp_path / "bare.db"
    with open_store(db) as store:
        store.add([Extraction(make_document("Nothing happened today.", title="Quiet", lang="en"), [], [])])
    monkeypatch.setenv("DIPLOGRAPH_DB", str(db))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = run_app()
    assert any("No relations in this view" in i.value for i in at.info)
    for tab in ("profile", "timeline", "compare", "agreements", "metrics", "upload"):
        run_app({"tab": tab})


def test_changing_the_label_language_keeps_every_filter(app_env):
    at = run_app({"lang": "en"})
    assert at.slider(key="hops").label == "Hops" and at.multiselect(key="kinds").label == "Kinds"
    at.multiselect(key="actors").set_value([K]).run()
    at.multiselect(key="kinds").set_value(["person", "state"]).run()
    at.multiselect(key="types").set_value(["meets", "phones"]).run()
    at.slider(key="hops").set_value(2).run()
    at.slider(key="dates").set_value((date(2016, 1, 1), date(2016, 12, 31))).run()
    at.toggle(key="undated").set_value(True).run()
    at.number_input(key="max_nodes").set_value(40).run()
    at.selectbox(key="reviewed").set_value("all").run()
    at.slider(key="min_conf").set_value(0.1).run()
    kept = {"actors": [K], "kinds": ["person", "state"], "types": ["meets", "phones"]}
    values = lambda: ({k: at.multiselect(key=k).value for k in kept}, at.slider(key="hops").value,  # noqa: E731
                      at.slider(key="dates").value, at.toggle(key="undated").value,
                      at.number_input(key="max_nodes").value, at.selectbox(key="reviewed").value,
                      at.slider(key="min_conf").value)
    before, rows = values(), evidence_rows(at)
    at.segmented_control(key="lang").set_value("ar").run()
    at.run()  # and the rerun after it
    assert values() == before
    assert params(at)["actor"] == [K] and params(at)["lang"] == ["ar"] and params(at)["hops"] == ["2"]
    assert evidence_rows(at) == rows and "جون كيري" in evidence_html(at)
    # every widget of the sidebar and of the graph's controls speaks Arabic
    assert at.slider(key="hops").label == "عدد الخطوات" and at.multiselect(key="kinds").label == "الأنواع"
    assert at.multiselect(key="actors").label == "الفاعلون في المركز"
    assert at.slider(key="dates").label == "التواريخ" and at.toggle(key="undated").label == "اشمل العلاقات غير المؤرخة"
    assert at.number_input(key="max_nodes").label == "أقصى عدد من العقد"
    assert at.toggle(key="relayout").label == "أعد ترتيب هذا العرض"
    assert at.text_input(key="q").label == "ابحث في الفاعلين والاتفاقات"
    english = [w.label for w in [*at.sidebar.get("multiselect"), *at.sidebar.get("slider"), *at.sidebar.get("toggle"),
                                 *at.sidebar.get("number_input"), *at.sidebar.get("selectbox"),
                                 *at.sidebar.get("text_input")] if w.label.isascii() and w.label.strip("▶ ")]
    assert english == []
    at.segmented_control(key="lang").set_value("en").run()
    assert values() == before and at.slider(key="hops").label == "Hops"


def test_profile_counts_in_the_chosen_language_only(app_env):
    at = run_app({"lang": "ar", "tab": "profile", "focus": K, "actor": K})
    head = next(h.proto.body for h in at.get("html") if "<h3" in h.proto.body)
    assert "جون كيري" in head and ("علاقة" in head or "علاقات" in head)
    assert "relations" not in head and "mentions" not in head


def test_play_steps_the_view_through_the_months(app_env, monkeypatch):
    import streamlit as st

    from explorer.ui import page as page_module

    shown = []  # what each step of the play showed, recorded in its pause before the next

    class Clock:
        @staticmethod
        def sleep(_s):
            ss = st.session_state
            shown.append((ss.play_month, tuple(ss.dates), ss.undated, dict(st.query_params)))

    monkeypatch.setattr(page_module, "time", Clock)
    at = run_app({"lang": "en", "from": "2016-02-01"})
    span_end = at.slider(key="dates").value[1]
    at.toggle(key="play").set_value(True)
    at.run()  # plays to the corpus's end: each month drawn, then the page reruns on its own with the next
    assert not at.exception, [e.value for e in at.exception]
    months = [m for m, *_ in shown]
    assert months[0] == date(2016, 2, 1) and len(months) >= 6
    assert all(b == date(a.year + a.month // 12, a.month % 12 + 1, 1) for a, b in zip(months, months[1:], strict=False))
    for month, (start, end), undated, url in shown:
        assert start == month and end.month == month.month and end >= start  # one month at a time
        assert undated is False  # a month is a narrowed range: undated relations left out
        assert url["from"] == start.isoformat()  # the URL follows (a copied link opens that month)
    assert shown[-1][1][1] == span_end  # up to the corpus's last date, then play stops by itself
    assert at.toggle(key="play").value is False and "play_month" not in at.session_state
    assert not any("Playing" in c.value for c in at.caption)


def test_relayout_lays_this_view_out_on_its_own_and_back(app_env):
    at = run_app({"lang": "en", "actor": K, "hops": "1"})

    def places(page):
        data = json.loads(re.search(r'id="diplograph-data">(.*?)</script>', page, re.S).group(1))
        f = data["nodes"]["fields"]
        return {r[0]: (r[f.index("x")], r[f.index("y")]) for r in data["nodes"]["rows"] if not r[f.index("extra")]}, \
            data["meta"]["layout"]

    stable, layout = places(snapshot(at))
    assert layout == "fixed"  # the corpus's stable places
    at.toggle(key="relayout").set_value(True).run()
    own, layout = places(snapshot(at))
    assert set(own) == set(stable) and own != stable  # the same nodes, placed anew
    assert layout == "physics"  # and the browser settles them
    assert at.toggle(key="relayout").value is True
    at.multiselect(key="types").set_value(["meets"]).run()  # stays on while filtering
    assert places(snapshot(at))[1] == "physics"
    at.multiselect(key="types").set_value([]).run()
    at.toggle(key="relayout").set_value(False).run()
    assert places(snapshot(at)) == (stable, "fixed")  # back to the stable places, exactly


LATIN_OK = re.compile(r"\b(?:HTML|CSV|TSV|JSONL?|RSS|Atom|zip|gz)\b")  # format names stay as they are


def english(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", LATIN_OK.sub("", text or ""))


def widget_texts(at) -> list[str]:
    """The labels and help texts of every widget on the page, the tab names and the expanders' titles."""
    out = []
    for kind in ("button", "download_button", "selectbox", "multiselect", "slider", "toggle", "number_input",
                 "text_input", "segmented_control", "checkbox", "radio", "text_area", "file_uploader"):
        for w in at.get(kind):
            if "_doc_" not in (getattr(w, "key", None) or ""):  # a document's title: data, not a label
                out += [getattr(w.proto, "label", ""), getattr(w.proto, "help", "")]
    out += [t.label for t in at.tabs] + [e.label for e in at.expander] + [h.value for h in at.subheader]
    return [t for t in out if t]


def test_arabic_leaves_no_english_widget_labels(app_env):
    """Switched to Arabic: widget labels and help texts, the download buttons, the tab names, the header and
    the graph tab's headings all speak Arabic (actor names in the search hits included); the open tab stays open."""
    at = run_app({"lang": "en", "tab": "compare"})
    assert "Compare" in [t.label for t in at.tabs]
    at.segmented_control(key="lang").set_value("ar").run()
    at.run()
    assert at.session_state["tab"] == "المقارنة" and params(at)["tab"] == ["compare"]
    at = run_app({"lang": "ar", "actor": K})
    at.text_input(key="q").set_value("كيري").run()
    texts = widget_texts(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "نزّل هذا العرض (لقطة HTML)" in labels and "نزّل الأدلة (CSV)" in labels
    assert "الشبكة" in [t.label for t in at.tabs] and "الأدلة" in texts
    texts.append(at.caption[0].value)  # the header above the tabs
    left = [t for t in texts if english(t)]
    assert left == [], "\n".join(left)
    at.segmented_control(key="lang").set_value("en").run()
    assert "Download the evidence (CSV)" in [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("tab", ["profile", "timeline", "compare", "agreements", "metrics", "upload", "document"])
def test_every_tab_speaks_arabic_when_the_labels_are_arabic(app_env, tab):
    """Each tab opened with Arabic labels: its widgets, captions, notices, headings and the review-state
    choices are Arabic (names of actors and agreements are shown in their Arabic form)."""
    at = run_app({"lang": "ar", "tab": tab, "actor": K})
    texts = widget_texts(at) + [c.value for c in at.caption] + [i.value for i in at.info]
    texts += [m.value for m in at.markdown if m.value.startswith("**")]  # the tab's bold headings
    texts += list(at.selectbox(key="reviewed").options)  # the review states a view shows
    left = [t for t in texts if english(t)]
    assert texts and left == [], "\n".join(left)
