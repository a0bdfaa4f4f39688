"""Who states what, session 45: the office of a state's head speaks ("the Somali presidency said", «قالت الرئاسة
الفلسطينية»: the knowledge base holds the presidencies of more states), for its state as a spokesman does (its own
state is not what it speaks of); a speaker set off by commas inside the sentence ("The trip, Lavrov said, followed
…") is not the subject of what follows. Sentences written for these tests."""

from explorer.extract import extract
from explorer.ingest.document import make_document
from explorer.kb import load_kb
from tests.extract.shapes import named_relations


def _entities(text: str, lang: str, date: str) -> set[str]:
    return {e.name for e in extract(make_document(text, lang=lang, date=date), load_kb()).entities}


def _rels(text: str, lang: str, date: str, rtype: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == rtype}


def test_a_presidency_speaks():
    text = "The Somali presidency said al-Shabaab had lost control of two towns in Hiraan."
    en = _rels(text, "en", "2022-09-10", "states")
    assert ("Somali Presidency", "al-Shabaab") in en, en
    text = "وقالت الرئاسة الفلسطينية في بيان إن إسرائيل تتحمل مسؤولية التصعيد في جنين."
    ar = _rels(text, "ar", "2023-07-04", "states")
    assert ("Palestinian Presidency", "Israel") in ar, ar


def test_a_presidency_does_not_speak_of_its_own_side_s_people():
    text = ("Azerbaijan's presidential administration said the Karabakh units would be disarmed, and that envoys of "
            "the region would meet Azerbaijani officials in Barda on Friday.")
    assert "Azerbaijani Presidential Administration" in _entities(text, "en", "2024-05-10")
    states = _rels(text, "en", "2024-05-10", "states")
    assert ("Azerbaijani Presidential Administration", "Azerbaijan") not in states, states


def test_a_speaker_set_off_by_commas_is_not_the_next_subject():
    text = "This trip, Lavrov said, followed discussions between Mahamat Deby and Vladimir Putin."
    talks = _rels(text, "en", "2024-01-25", "negotiates_with")
    assert ("Sergei Lavrov", "Mahamat Idriss Déby") not in talks, talks
    assert ("Mahamat Idriss Déby", "Vladimir Putin") in talks, talks
