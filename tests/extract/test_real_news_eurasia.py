"""Constructions met in real news on Ukraine-Russia, the South Caucasus, Afghanistan and Syria, probed across
conflicts. Sentences written for these tests (no outlet's text)."""

import pytest

from explorer.extract.pipeline import extract_text


def _triples(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang=lang, date_=date)
    names = {e.id: e.name for e in ex.entities}
    return {(names.get(r.source, r.source), r.type, names.get(r.target, r.target)) for r in ex.relations}


def _agreeing(text: str, lang: str, date: str) -> set[str]:
    return {s for s, t, _o in _triples(text, lang, date) if t == "agrees_with"}


UNREACHED = [
    ("en", "2022-04-13", "The two leaders told their foreign ministers to begin working on a peace treaty between "
     "Yerevan and Baku."),
    ("en", "2023-06-02", "Mediators in Jeddah are working on a ceasefire agreement between the Sudanese army and "
     "the Rapid Support Forces."),
    ("en", "2023-11-13", "Qatari officials said there was no final deal between Israel and Hamas yet."),
    ("en", "2022-10-05", "The direct talks in Geneva focused on an Armenian-Azerbaijani peace treaty sought by Baku."),
    ("en", "2022-10-13", "Negotiations on a peace agreement between Ethiopia and the TPLF resumed in Pretoria on "
     "Monday."),
    ("ar", "2022-04-13", "وبدأ الوزيران العمل على معاهدة سلام بين أرمينيا وأذربيجان."),
    ("ar", "2023-06-13", "وتركزت المحادثات على اتفاق سلام بين الكونغو الديمقراطية ورواندا تسعى إليه واشنطن."),
    ("ar", "2023-06-13", "وناقش الوزيران إمكانية توقيع معاهدة سلام بين أرمينيا وأذربيجان."),
]


@pytest.mark.parametrize(("lang", "date", "text"), UNREACHED)
def test_an_agreement_not_reached_has_no_sides_agreeing(lang, date, text):
    assert not _agreeing(text, lang, date)


def test_an_agreement_signed_between_two_sides_still_has_them():
    got = _agreeing("Armenia and Azerbaijan signed a peace treaty between the two countries in Washington.",
                    "en", "2025-08-09")
    assert {"Armenia", "Azerbaijan"} <= got, got
    got = _agreeing("وقّع الجيش السوداني وقوات الدعم السريع في جدة اتفاقاً لوقف إطلاق النار بين الطرفين.",
                    "ar", "2023-05-21")
    assert got, got
