"""A head of state's office named without its state (armies.find_presidencies): "the presidency said",
"Azerbaijan's presidential administration", "the royal court", «وفق بيان للديوان الملكي». It is the knowledge
base's presidency or royal court of the state the phrase or the article names. Sentences written for these
tests, on several conflicts."""

from tests.extract.shapes import named_relations


def test_the_presidency_said_is_the_state_presidency():
    rels = _names("Sudan's army chief met the RSF envoy in Cairo. Egyptian President Abdel Fattah al-Sisi "
                  "hosted the talks, and the presidency said the sides agreed to a truce.", "en", "2023-07-13")
    assert "Egyptian Presidency" in rels
    rels = _names("Syrian President Ahmed al-Sharaa met Turkish officials in Damascus on Tuesday, the presidency "
                  "said.", "en", "2025-03-11")
    assert "Syrian Presidency" in rels


def test_a_chair_handed_over_is_no_presidency():
    rels = _names("Egyptian President Abdel Fattah al-Sisi took over the presidency of the African Union in "
                  "Addis Ababa.", "en", "2019-02-10")
    assert "Egyptian Presidency" not in rels


def test_two_word_offices_with_their_state():
    rels = named_relations("Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in "
                           "Lviv. The presidential office said Kyiv had accepted the talks.", "en", "2022-08-18")
    assert any(src == "Office of the President of Ukraine" and t == "states" for src, t, _ in rels)
    rels = _names("Ukraine's presidential office said Zelensky would meet Erdogan in Istanbul.", "en", "2022-03-01")
    assert "Office of the President of Ukraine" in rels


def test_the_royal_court_in_arabic_and_english():
    text = ("واستقبل الملك محمد السادس المبعوث الأمريكي في الرباط، وأكد له، وفق بيان للديوان الملكي، أن المغرب "
            "يدعم الحل.")
    assert "Royal Cabinet (Morocco)" in _names(text, "ar", "2020-12-22")
    text = "King Abdullah II received Palestinian President Mahmoud Abbas in Amman, the royal court said."
    assert "Royal Hashemite Court" in _names(text, "en", "2023-10-18")


def _names(text: str, lang: str, date: str) -> set[str]:
    from explorer.extract.pipeline import extract_text
    return {e.name for e in extract_text(text, lang=lang, date_=date).entities}


def test_the_source_an_arabic_aside_names_does_not_act_in_the_clause():
    rels = named_relations("وأكد الملك لضيفه، وفق بيان للديوان الملكي الأردني، أن دعم الأردن للقضية الفلسطينية ثابت.",
                           "ar", "2023-10-18")
    assert not any(src == "Royal Hashemite Court" and t == "supports" for src, t, _ in rels)
    rels = named_relations("وشدد المبعوث، بحسب بيان للخارجية الأمريكية، أن دعم قطر للمفاوضات مستمر.", "ar",
                           "2023-05-02")
    assert ("US State Department", "supports", "Qatar") not in rels

