"""Armed groups named by what they are (issue 9: news beyond the knowledge base): "Gaza militants", "Tuareg
rebels", «الميليشيات المتشددة», «المرتزقة الأجانب». Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _groups(text: str, lang: str) -> dict[str, str]:
    ex = extract_text(text, lang=lang, date_="2023-06-01")
    return {e.name: e.id for e in ex.entities if e.kind == "armed_group"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Israel and Gaza militants agreed to a truce brokered by Egypt.", "Gaza militants"),
    ("en", "The Malian army fought Tuareg rebels near the town of Kidal on Friday.", "Tuareg rebels"),
    ("en", "The army said Islamist militants had attacked a convoy near Gao.", "Islamist militants"),
    ("ar", "واشتبك الجيش السوداني مع الميليشيات المتشددة في ضواحي العاصمة.", "الميليشيات المتشددة"),
    ("ar", "ودعت الأمم المتحدة إلى خروج المرتزقة الأجانب من البلاد خلال ثلاثة أشهر.", "المرتزقة الأجانب"),
])
def test_a_group_named_by_what_it_is(lang, text, name):
    # (each sentence relates the group to another actor: a group named only by what it is is an entity only then)
    groups = _groups(text, lang)
    assert name in groups and groups[name].startswith("group:x-")


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Houthi rebels fired a missile at Saudi Arabia on Monday.", "group:houthis"),
    ("ar", "وقصفت الطائرات مواقع المتمردين الحوثيين في صعدة.", "group:houthis"),
])
def test_a_named_group_stays_itself(lang, text, group):
    groups = _groups(text, lang)
    assert group in groups.values() and not [g for g in groups.values() if g.startswith("group:x-")]


@pytest.mark.parametrize("text", [
    "Some rebels fled across the border, officials said.",
    "The rebels said they would keep fighting.",
    "Russia sent mercenaries to Mali last year.",
])
def test_no_group_without_a_word_that_says_which(text):
    assert not [g for g in _groups(text, "en").values() if g.startswith("group:x-")]


def test_the_group_takes_part_in_relations():
    ex = extract_text("Israel and Gaza militants agreed to a ceasefire on Wednesday.", lang="en", date_="2012-11-21")
    parties = {r.source for r in ex.relations if r.type == "agrees_with"}
    assert "state:isr" in parties and any(p.startswith("group:x-gaza-militants") for p in parties)
