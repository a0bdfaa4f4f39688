"""What is discussed is not who discusses it: "discussed the war with Russia" names Russia as the war's, not as a
partner of the talks or an enemy of the speakers, and "in a call with X" after it is still the subject's call."""

from __future__ import annotations

from tests.extract.shapes import named_relations


def _triples(text: str, lang: str, kb) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2024-06-01", kb)


def test_the_war_discussed_is_nobodys_fight_and_the_call_is_the_subjects(kb):
    got = _triples("Scholz discussed the war with Russia in a phone call with Zelensky on Friday.", "en", kb)
    assert ("Olaf Scholz", "phones", "Volodymyr Zelensky") in got
    assert not any("Russia" in (s, t) for s, _, t in got)


def test_arabic_pair_discussing_the_war_with_a_third_negotiate_with_each_other(kb):
    text = ("واستقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس الأوكراني فولوديمير زيلينسكي. "
            "وبحث الجانبان سبل إنهاء الحرب مع روسيا.")
    got = _triples(text, "ar", kb)
    assert not any(r == "negotiates_with" and "Russia" in (s, t) for s, r, t in got)
    assert any(r == "negotiates_with" and {s, t} == {"Recep Tayyip Erdoğan", "Volodymyr Zelensky"} for s, r, t in got)
