"""The lead's constructions of session 45. Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations as _rels


def test_an_operation_backed_by_is_the_clause_subjects():
    """What a participle after a military operation backs is the operation's side (the clause's subject), never the
    enemy named before it."""
    text = ("Since January the Somali army and clan fighters have pushed al-Shabaab out of several towns in an "
            "offensive backed by American drones.")
    rels = _rels(text, "en", "2023-02-10")
    assert ("United States", "supports", "al-Shabaab") not in rels, rels
    assert ("United States", "supports", "Somali National Army") in rels, rels


def test_an_act_that_dates_or_explains_the_clause_has_no_named_doer():
    """«منذ الإطاحة بـ», «جراء قصف …»: the event dates or explains what the clause's subject does; that subject did
    not carry it out."""
    ousted = _rels("ويعيش العراق اضطرابات متواصلة منذ الإطاحة بالرئيس السابق صدام حسين عام 2003.", "ar", "2012-05-01")
    assert ("Iraq", "opposes", "Saddam Hussein") not in ousted, ousted
    text = "وجاء اتصال الرئيس العراقي برهم صالح بالتزامن مع غضب واسع في بغداد جراء قصف صاروخي نفذته إيران على أربيل."
    shelled = _rels(text, "ar", "2022-03-14")
    assert not [r for r in shelled if r[0] == "Barham Salih" and r[1] == "fights"], shelled
    struck = _rels("وأعلنت الوكالة الدولية للطاقة الذرية تعليق عمليات التفتيش عقب الغارات الروسية على المحطة.", "ar",
                   "2022-03-05")
    assert not [r for r in struck if r[1] == "fights" and r[0] == "International Atomic Energy Agency"], struck


def test_a_noun_in_construct_after_a_time_word_is_the_subjects_own_act():
    text = "ويرأس الجنرال عبد الرحمن تياني المجلس العسكري الذي استولى على الحكم في النيجر بعد إطاحة الرئيس محمد بازوم."
    rels = _rels(text, "ar", "2023-08-20")
    assert [r for r in rels if r[1] == "opposes" and r[2] == "Mohamed Bazoum"], rels


def test_a_past_verb_after_a_quoted_modal_is_the_speakers():
    """ "said the war 'must end' and accused X": the modal belongs to the reported clause; the accusation is made."""
    text = 'Pashinyan said on Monday that the war "must end" and accused Azerbaijan of shelling villages.'
    rels = _rels(text, "en", "2020-10-12")
    assert ("Nikol Pashinyan", "opposes", "Azerbaijan") in rels, rels
    assert not _rels("The two sides may meet and sign the deal next week.", "en", "2020-10-12")



def test_capitals_listed_at_the_start_act_as_their_states():
    """ "Amman, Moscow and Washington agreed": a list that opens the sentence is no dateline; the capitals act."""
    rels = _rels("Cairo, Doha and Washington have agreed to press both sides for a pause in the fighting.", "en",
                 "2023-11-20")
    assert ("Egypt", "agrees_with", "Qatar") in rels or ("Qatar", "agrees_with", "Egypt") in rels, rels


def test_a_joint_declaration_is_named_without_joint_too():
    """The knowledge base's "Joint Declaration of Peace and Friendship" is also written without "Joint"."""
    text = "Abiy Ahmed and Isaias Afwerki met in Asmara to review the Declaration of Peace and Friendship."
    names = {e.name for e in extract_text(text, lang="en", date_="2019-07-09").entities}
    assert "Ethiopia-Eritrea Joint Declaration of Peace and Friendship" in names, names


def test_a_ministerial_delegation_is_no_visit_verb():
    """«وفد وزاري»: "ministerial", not «و» + «زار» ("and visited"); the verb's forms are listed, not its prefix."""
    rels = _rels("ووصل وفد وزاري قطري إلى بيروت أمس. وزارت وزيرة الخارجية الألمانية بيربوك القاهرة.", "ar",
                 "2023-05-01")
    assert ("Annalena Baerbock", "visits", "Cairo") in rels, rels
    assert not [r for r in rels if r[1] == "visits" and r[0] == "Qatar" and r[2] != "Beirut"], rels


@pytest.mark.parametrize(("lang", "text", "lister", "listed"), [
    ("en", "The European Union on Monday added the Wagner Group to its sanctions list.", "European Union",
     "Wagner Group"),
    ("ar", "وأدرجت الولايات المتحدة حركة الشباب على قائمة المنظمات الإرهابية عام 2008.", "United States",
     "al-Shabaab"),
    ("ar", "وصوت مجلس الأمن بالإجماع على إدراج اسم نائب قائد قوات الدعم السريع عبد الرحيم دقلو في قائمة العقوبات.",
     "UN Security Council", None),
])
def test_putting_someone_on_a_sanctions_list_opposes_him(lang, text, lister, listed):
    rels = _rels(text, lang, "2023-02-27")
    hits = [r for r in rels if r[0] == lister and r[1] == "opposes"]
    assert hits and (listed is None or (lister, "opposes", listed) in rels), rels


def test_the_libyan_political_agreement_in_the_feminine():
    """«الاتفاقية السياسية الليبية»: the Libyan Political Agreement as Arabic news also names it (knowledge)."""
    text = "وجدد المبعوث الأممي تمسكه بالاتفاقية السياسية الليبية الموقعة في الصخيرات."
    names = {e.name for e in extract_text(text, lang="ar", date_="2016-06-14").entities}
    assert "Libyan Political Agreement" in names, names
