"""Parties to agreements in shapes read from wire news of several conflicts (session 38, lane `agree`). Sentences
written for these tests."""

from tests.extract.shapes import named_relations


def _parties(got, agreement_word=""):
    return {s for s, t, o in got if t == "agrees_with" and agreement_word in o}


def test_partner_after_with_and_the_kind_of_body_it_is():
    # «مع حركة X», «مع تحالف X»: the name leaves the body's kind word out of its phrase; the partner still signs
    text = "وقعت الحكومة الكونغولية في الدوحة السبت اتفاقا جديدا مع حركة إم23 بعد أشهر من القتال."
    got = named_relations(text, "ar", "2025-11-15")
    assert "March 23 Movement" in _parties(got), got
    text = "ووقعت الحكومة الانتقالية السودانية أمس مع تحالف الجبهة الثورية، اتفاق جوبا للسلام بحضور وسطاء."
    got = named_relations(text, "ar", "2020-10-03")
    assert {"Sudan", "Sudan Revolutionary Front"} <= _parties(got), got
