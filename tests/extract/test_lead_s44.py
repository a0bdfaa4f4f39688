"""The lead's constructions of session 44: a resolution a body adopts («تبنى مجلس … قرارا», "the council adopted a
resolution") that the article never names by number is an agreement the body agrees with, named by the body and the
month; a resolution noun right after a title is the title holder's object, never a person's name. Sentences
written for these tests."""

import pytest

from explorer.extract import extract
from explorer.ingest.document import make_document
from explorer.kb import load_kb
from tests.extract.shapes import named_relations

ADOPTED = [
    ("ar", "وتبنى مجلس السلم والأمن الأفريقي مساء الثلاثاء قرارا يعلق مشاركة غينيا في أنشطة الاتحاد.", "2021-09-14",
     "African Union Peace and Security Council"),
    ("ar", "وأقرّت الجمعية العامة للأمم المتحدة بأغلبية كبيرة قرارا يدعو إلى هدنة إنسانية في السودان.", "2024-03-08",
     "UN General Assembly"),
    ("en", "The IGAD Council of Ministers on Friday adopted a resolution urging both sides in Sudan to resume talks.",
     "2023-06-02", None),
]


@pytest.mark.parametrize(("lang", "text", "date", "body"), ADOPTED)
def test_an_adopted_resolution_is_the_bodys(lang, text, date, body):
    ex = extract(make_document(text, lang=lang, date=date), load_kb())
    names = {e.id: e.name for e in ex.entities}
    res = [e for e in ex.entities if e.kind == "agreement" and "resolution" in e.name.lower()]
    assert len(res) == 1 and "draft" not in res[0].name.lower(), names
    agrees = [(names[r.source], names[r.target]) for r in ex.relations if r.type == "agrees_with"]
    assert any(t == res[0].name and (body is None or s == body) for s, t in agrees), agrees


def test_a_resolution_after_a_plural_title_is_no_name():
    text = "وأقرّ مجلس الجامعة العربية على مستوى وزراء الخارجية قرارا بتجميد عضوية ليبيا."
    ex = extract(make_document(text, lang="ar", date="2011-02-22"), load_kb())
    assert not [e for e in ex.entities if e.kind == "person"], [e.name for e in ex.entities]
    assert any(r.type == "agrees_with" for r in ex.relations), ex.relations


def test_a_draft_keeps_its_name():
    text = "Norway and Kenya drafted a resolution demanding a halt to the fighting, which Russia vetoed."
    rels = named_relations(text, "en", "2023-08-22")
    assert all("Draft resolution" in t for _s, ty, t in rels if ty == "supports"), rels
