"""Issue 9: "UN peacekeepers", «قوات حفظ السلام الأممية», "African Union troops" stand for the mission the knowledge
base has deployed in the article's state on its date (extract/missions.py), not for the UN or the AU itself.
Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


def test_un_peacekeepers_in_an_article_on_mali_are_minusma():
    text = "Mali's government met rebel envoys in Bamako. Ansar Dine has kept up its attacks on UN peacekeepers."
    rels = _rels(text, "en", "2016-03-01")
    assert ("group:ansar-dine", "fights", "org:minusma") in rels
    assert ("group:ansar-dine", "fights", "org:un") not in rels


def test_the_date_chooses_between_two_missions_in_one_state():
    text = "Al-Shabaab fighters attacked African Union troops near Mogadishu, Somali officials said."
    assert ("group:al-shabaab", "fights", "org:amisom") in _rels(text, "en", "2019-05-10")
    assert ("group:al-shabaab", "fights", "org:atmis") in _rels(text, "en", "2023-05-10")


def test_the_state_named_after_the_phrase_wins_over_the_article():
    text = "Sudan and South Sudan met in Addis Ababa. Rebels fired on U.N. peacekeepers in South Sudan on Monday."
    ex = extract_text(text, lang="en", date_="2016-07-12")
    assert "org:unmiss" in {e.id for e in ex.entities}
    assert "org:unamid" not in {e.id for e in ex.entities}


def test_an_arabic_description_with_its_clitic():
    text = "وقّعت الحكومة المالية الاتفاق في باماكو، فيما تواصل جماعة أنصار الدين هجماتها على قوات حفظ السلام الأممية."
    rels = _rels(text, "ar", "2015-06-20")
    assert ("group:ansar-dine", "fights", "org:minusma") in rels


def test_no_mission_where_the_state_has_none_on_the_date():
    text = "Ethiopian forces clashed with Eritrean troops; UN peacekeepers were not deployed in the area."
    ex = extract_text(text, lang="en", date_="2021-01-05")
    missions = {"org:minusma", "org:monusco", "org:unmiss", "org:unamid", "org:amisom", "org:atmis", "org:unifil"}
    assert not missions & {e.id for e in ex.entities}
