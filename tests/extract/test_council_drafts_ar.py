"""Issue 9, read from real Arabic reports of Security Council votes: a draft put to the vote is no resolution the
Council adopted another day; the states that prepared or tabled a draft back that draft, whatever the clause
names after them; «روسيا اليوم» is Russia, today, unless the text marks the channel's name. Sentences written
for these tests (news style)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _read(text: str, on: str):
    ex = extract_text(text, lang="ar", date_=on)
    names = {e.id: e.name for e in ex.entities}
    kinds = {e.name: e.kind for e in ex.entities}
    return kinds, {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_a_draft_rejected_in_april_is_not_the_resolution_adopted_in_february():
    kinds, rels = _read("رفض مجلس الأمن الدولي مشروع قرار أعدته روسيا للتنديد بالغارات الغربية.", "2018-04-14")
    drafts = [n for n, k in kinds.items() if k == "agreement"]
    assert len(drafts) == 1 and "2401" not in drafts[0]
    assert ("Russia", "supports", drafts[0]) in rels  # (before: the Council "supported Russia")
    assert ("UN Security Council", "opposes", drafts[0]) in rels


def test_a_draft_vetoed_the_day_before_is_not_the_resolution_of_the_day_after():
    kinds, rels = _read("استخدمت روسيا حق النقض ضد مشروع قرار يدين غزوها لأوكرانيا.", "2022-02-26")
    assert not [n for n, k in kinds.items() if k == "agreement" and "2623" in n]


def test_the_states_that_tabled_a_draft_back_it_not_the_state_it_is_about():
    kinds, rels = _read(
        "وصوت المجلس على مشروع قرار تقدمت به الولايات المتحدة وألبانيا، بشأن التدخل العسكري الروسي.", "2022-02-26"
    )
    draft = next(n for n, k in kinds.items() if k == "agreement")
    assert {("United States", "supports", draft), ("Albania", "supports", draft)} <= rels
    assert not [r for r in rels if r[2] == "Russia"]


def test_russia_today_is_russia_unless_the_channel_is_named():
    kinds, _ = _read("أعلنت روسيا اليوم الثلاثاء رفضها للمقترح الأمريكي.", "2023-05-02")
    assert kinds.get("Russia") == "state" and "RT" not in kinds
    kinds, _ = _read("وقال لافروف في مقابلة مع قناة روسيا اليوم إن موسكو ترفض الاتهامات.", "2023-05-02")
    assert kinds.get("RT") == "organization"
