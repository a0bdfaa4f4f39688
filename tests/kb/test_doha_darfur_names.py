"""Issue 9: the 2011 Darfur peace document is also called «اتفاق الدوحة لسلام دارفور» and "the Doha Agreement for
Peace in Darfur"; those names are that document, not the 2020 US-Taliban Doha Agreement that their first words
would match. Sentences written for this test."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _agreements(text: str, lang: str) -> list[str]:
    ex = extract_text(text, lang=lang, date_="2014-03-01")
    return [e.name for e in ex.entities if e.kind == "agreement"]


def test_arabic_doha_darfur_agreement():
    names = _agreements("وجددت حركة التحرير والعدالة تمسكها باتفاق الدوحة لسلام دارفور.", "ar")
    assert names == ["Doha Document for Peace in Darfur"], names


def test_english_doha_darfur_agreement():
    names = _agreements("The movement said it remained committed to the Doha Agreement for Peace in Darfur.", "en")
    assert names == ["Doha Document for Peace in Darfur"], names
