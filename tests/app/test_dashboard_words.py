"""What the dashboard says, in the label language, with the right number: under AppTest on the hand-made store."""

from __future__ import annotations

from explorer.store import open_store
from tests.app.handmade import IS, RU, K, L, run_app


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_one_relation_is_one_relation(app_env):
    at = run_app({"type": "fights", "lang": "en"})  # Russia fights Islamic State: the store's only fight
    assert "1 relation, newest first" in captions(at)
    at = run_app({"type": "fights", "lang": "ar"})
    assert "1 علاقة، الأحدث أولًا" in captions(at)


def test_no_path_is_said_in_arabic(app_env):
    at = run_app({"type": "fights", "lang": "ar"})
    at.selectbox(key="path_a").set_value(K)
    at.selectbox(key="path_b").set_value(L).run()
    assert not at.exception
    said = [i.value for i in at.info]
    assert any(s.startswith("لا مسار بين جون كيري") for s in said), said
    assert not any("No path" in s for s in said), said


def test_a_path_is_counted_in_arabic(app_env):
    at = run_app({"lang": "ar"})
    at.selectbox(key="path_a").set_value(RU)
    at.selectbox(key="path_b").set_value(IS).run()
    assert "1 مسار من 1 خطوة" in captions(at), captions(at)


def test_a_rejection_that_empties_the_view_says_it_was_saved_in_the_label_language(app_env):
    at = run_app({"type": "fights", "lang": "ar", "reviewer": "hala"})
    rows = at.session_state["rv_graph_ids"]
    assert len(rows) == 1
    at.multiselect(key="rv_graph_pick").set_value(rows)
    at.button(key="rv_graph_reject").click().run()
    assert not at.exception
    assert [s.value.replace("\\", "") for s in at.success] == ["تم حفظ 1 قرار باسم hala."]  # (Markdown-escaped)
    assert "لا علاقات في هذا العرض" in " ".join(i.value for i in at.info)


def test_a_capital_finds_its_state_with_or_without_a_clitic():
    """News names a state by its capital ("Moscow said", «رحبت موسكو»), and the extractor reads it as the state;
    the search box found only the agreements named after the city («بروتوكول موسكو»), never Russia."""
    import pandas as pd

    from explorer.kb import load_kb
    from explorer.search import SearchIndex

    ents = pd.DataFrame([
        {"id": "state:rus", "name": "Russia", "name_ar": "روسيا", "kind": "state", "aliases": [], "mentions": 5},
        {"id": "state:syr", "name": "Syria", "name_ar": "سوريا", "kind": "state", "aliases": [], "mentions": 5},
        {"id": "state:sdn", "name": "Sudan", "name_ar": "السودان", "kind": "state", "aliases": [], "mentions": 5},
        {"id": "agr:moscow-idlib-protocol-2020", "name": "Moscow Additional Protocol on Idlib",
         "name_ar": "بروتوكول موسكو", "kind": "agreement", "aliases": [], "mentions": 9},
    ])
    idx = SearchIndex.from_frame(ents, kb=load_kb())
    for query, state in [("Moscow", "state:rus"), ("موسكو", "state:rus"), ("لموسكو", "state:rus"),
                         ("Damascus", "state:syr"), ("بدمشق", "state:syr"), ("Khartoum", "state:sdn"),
                         ("والخرطوم", "state:sdn")]:
        hits = idx.search(query)
        assert hits and hits[0].id == state, (query, hits[:2])
    assert idx.search("Moscow protocol")[0].id == "agr:moscow-idlib-protocol-2020"


def test_arabic_relation_labels_point_from_source_to_target_and_keep_their_dates(app_env):
    """The bulk-review picker lists relations as «المصدر → الهدف · النوع · التاريخ»: in a right-to-left line the
    arrow pointed back at the source, and the date after the Arabic type read 15-07-2016."""
    at = run_app({"type": "meets", "lang": "ar"})
    options = at.multiselect(key="rv_graph_pick").options
    assert options and all("←" in o and "→" not in o for o in options), options
    assert any("\u20662016-07-15\u2069" in o for o in options), options
    at = run_app({"type": "meets", "lang": "en"})
    assert all("→" in o for o in at.multiselect(key="rv_graph_pick").options)


def test_evidence_dates_stay_on_one_line(app_env):
    """A narrow Date column broke 2016-07-15 after its year («2016-» over «07-15»)."""
    at = run_app({"type": "meets", "lang": "ar"})
    body = next(h.proto.body for h in at.get("html") if 'class="dg"' in h.proto.body)
    assert '<td dir="ltr" class="date">2016-07-15</td>' in body
    assert "table.dg td.date { white-space: nowrap; }" in body


def test_an_arabic_title_keeps_its_date_in_order_in_an_english_line(app_env):
    """«لقاء جديد · 2016-07-15» in the English Document tab: the Arabic title opening a left-to-right line took
    the date into its own order (15-07-2016, at the wrong end). Title and date are now isolated."""
    at = run_app({"tab": "document", "lang": "en"})
    picker = at.selectbox(key="doc")
    arabic = [o for o in picker.options if "لقاء جديد" in o]
    assert arabic == ["\u2068لقاء جديد\u2069 · \u20662016-07-15\u2069"], picker.options
    with open_store(app_env, readonly=True) as store:
        [(doc,)] = store.query("SELECT id FROM documents WHERE title = ?", ("لقاء جديد",))
    picker.set_value(doc).run()
    cite = [m.value for m in at.markdown if "Test desk" in m.value]
    assert cite == ["\u2068لقاء جديد\u2069 · \u2068Test desk\u2069 · \u20662016-07-15\u2069 (day)"], cite


def test_arabic_tables_have_arabic_headers(app_env):
    """The profile's roles, counterparts and agreements, the Agreements, Metrics and Compare tabs: every table's
    header was the English column name («office», «counterpart», «first_date») in the Arabic dashboard."""
    import json

    def headers(at) -> list[str]:
        out = []
        for d in at.dataframe:
            config = json.loads(d.proto.columns or "{}")
            out += [v["label"] for k, v in config.items() if k != "_index" and "label" in v]
        return out

    at = run_app({"lang": "ar", "tab": "profile", "actor": K, "focus": K})
    shown = headers(at)
    assert {"المنصب", "الطرف الآخر", "الاتفاق", "أول تاريخ"} <= set(shown), shown
    for tab, word in (("agreements", "الأطراف"), ("metrics", "الدرجة"), ("compare", "التغيّر")):
        assert word in headers(run_app({"lang": "ar", "tab": tab})), tab
    assert headers(run_app({"lang": "en", "tab": "metrics"})) == []  # English keeps the column names


def test_the_month_being_played_is_named_in_the_label_language():
    """"▶ Playing: December 2016" stayed English (and its month name too) in the Arabic dashboard."""
    from datetime import date

    from explorer.render import words

    said = words.widget("▶ Playing: {month}", "ar").format(month=words.month_label(date(2016, 12, 1), "ar"))
    assert said == "▶ يُعرض الآن: ديسمبر 2016"
    assert words.month_label(date(2016, 2, 1), "en") == "February 2016"


def test_the_article_contracted_with_li_is_found():
    """«للأسد» ('for Assad'), «وللأمم المتحدة»: ل before the article contracts it to «لل», which search did not
    strip, so «للأسد» found no one and «وللأمم المتحدة» found the Security Council before the United Nations."""
    import pandas as pd

    from explorer.search import SearchIndex

    ents = pd.DataFrame([
        {"id": "person:bashar-al-assad", "name": "Bashar al-Assad", "name_ar": "بشار الأسد", "kind": "person",
         "aliases": ["الأسد"], "mentions": 5},
        {"id": "org:un", "name": "United Nations", "name_ar": "الأمم المتحدة", "kind": "organization", "aliases": [],
         "mentions": 5},
        {"id": "org:unsc", "name": "UN Security Council", "name_ar": "مجلس الأمن التابع للأمم المتحدة",
         "kind": "organization", "aliases": ["مجلس الأمن"], "mentions": 9},
        {"id": "group:isis", "name": "Islamic State", "name_ar": "تنظيم الدولة الإسلامية", "kind": "armed_group",
         "aliases": ["الدولة الإسلامية"], "mentions": 9},
    ])
    idx = SearchIndex.from_frame(ents)
    for query, wanted in [("للأسد", "person:bashar-al-assad"), ("وللأسد", "person:bashar-al-assad"),
                          ("وللأمم المتحدة", "org:un"), ("للدولة الإسلامية", "group:isis"),
                          ("الأسد", "person:bashar-al-assad")]:
        hits = idx.search(query)
        assert hits and hits[0].id == wanted, (query, hits[:2])


def test_the_periods_of_what_changed_keep_their_dates_in_arabic(app_env):
    """«الروابط ملوّنة بحسب ما تغيّر من 2015-12-18 – …»: after «من» the dates took the Arabic number order."""
    at = run_app({"lang": "ar", "colour": "change"})
    said = next(c for c in captions(at) if c.startswith("الروابط ملوّنة"))
    assert "من \u20662015-12-18\u2069 – \u2066" in said, said


def test_missing_cells_are_empty_and_a_current_office_says_so(app_env):
    """Streamlit drew every missing cell as a grey "None": an agreement with no type, a role with no "to", and
    the end of an office still held (Lavrov, foreign minister since 2004)."""
    agreements = run_app({"lang": "en", "tab": "agreements"}).dataframe[0].value
    text = agreements.select_dtypes(exclude="number")
    assert not text.isna().any().any(), text
    assert (agreements["type"] == "").any()  # the truce has no type in the hand-made store
    roles = run_app({"lang": "ar", "tab": "profile", "actor": L, "focus": L}).dataframe[0].value
    current = roles[roles["office"] == "foreign minister"]
    assert list(current["end"]) == ["في المنصب"] and list(current["to"]) == [""], roles
