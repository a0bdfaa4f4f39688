"""What the dashboard says, in the label language, with the right number: under AppTest on the hand-made store."""

from __future__ import annotations

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
