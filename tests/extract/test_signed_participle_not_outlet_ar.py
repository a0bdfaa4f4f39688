"""Issue 9: «الموقع» after an agreement is the participle "the signed" («الاتفاق الموقع بتاريخ …»), not the
noun "website" that heads an outlet's name; an outlet's head noun is in construct, without the article («موقع
…»). Sentences written for this test (made-up outlet)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _orgs(text: str) -> list[str]:
    ex = extract_text(text, lang="ar", date_="2021-05-01")
    return [e.name for e in ex.entities if e.kind == "organization"]


def test_the_signed_agreement_is_no_outlet():
    text = "ودعا الطرفان إلى احترام اتفاق الهدنة الموقع بتاريخ 12 مارس الماضي في مدينة نيالا."
    assert _orgs(text) == [], _orgs(text)


def test_an_outlet_head_in_construct_still_names_one():
    orgs = _orgs("ونقل موقع زاهر نيوز عن مصادر محلية أن القافلة وصلت.")
    assert any(o.startswith("موقع زاهر") for o in orgs), orgs
