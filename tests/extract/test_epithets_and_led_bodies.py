"""A rank before the noun that refers back ("the field marshal") and a ruling body or army followed by "led by"
("the junta led by X"): both are read, so the sentence's relations have their ends."""

from __future__ import annotations

from tests.extract.shapes import named_relations


def _triples(text: str, date: str, kb) -> set[tuple[str, str, str]]:
    return named_relations(text, "en", date, kb)


def test_the_field_marshal_is_the_commander_named_before(kb):
    text = ("Khalifa Haftar, commander of the Libyan National Army, skipped the Paris meeting. "
            "The field marshal instead met Egyptian President Abdel Fattah al-Sisi in Cairo.")
    assert ("Khalifa Haftar", "meets", "Abdel Fattah el-Sisi") in _triples(text, "2019-04-20", kb)


def test_the_junta_led_by_a_general_is_the_ruling_body(kb):
    text = ("ECOWAS met in Abuja after the coup in Niger. "
            "The bloc then imposed sanctions on the junta led by Abdourahamane Tiani.")
    got = _triples(text, "2023-08-10", kb)
    junta = {t for t in got if t[0] == "Abdourahamane Tchiani" and t[1] == "holds_role_in"}
    assert junta and all("Safeguard" in t[2] for t in junta)
    assert any(s.startswith("Economic Community") and r == "opposes" and "Safeguard" in t for s, r, t in got)
