"""Issue 9: «ألوية» (brigades) is written with «أل» that belongs to the word, not the article (the article is
written with a bare alif); normalization makes it «الويه», which looked like «ويه» with the article, so no body
was ever named by it. Sentences written for this test (made-up brigades)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _armed(text: str) -> list[str]:
    ex = extract_text(text, lang="ar", date_="2024-05-01")
    return [e.name for e in ex.entities if e.kind == "armed_group"]


def test_brigades_and_a_city_name_an_unknown_group():
    names = _armed("وأعلنت ألوية أحرار شبوة في بيان أنها صدت هجوما قرب عتق.")
    assert any(n.startswith("ألوية أحرار") for n in names), names


def test_brigades_after_and_name_an_unknown_group():
    names = _armed("واندلعت اشتباكات بين الجيش وألوية درع حضرموت قرب المكلا.")
    assert "ألوية درع حضرموت" in names, names


def test_a_definite_brigades_word_names_no_body_alone():
    ex = extract_text("وانسحبت الألوية من المدينة بعد المعارك.", lang="ar", date_="2024-05-01")
    assert not [e for e in ex.entities if e.kind == "armed_group"]
