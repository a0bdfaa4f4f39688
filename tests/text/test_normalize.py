from hypothesis import given
from hypothesis import strategies as st

from explorer.extract.pipeline import extract_text
from explorer.text import normalize as normalize_module
from explorer.text.normalize import detect_language, norm_key, normalize
from explorer.text.sentences import split_sentences


def test_arabic_orthography_folds_to_one_spelling():
    assert norm_key("الأميركيّة") == norm_key("الامريكية")
    assert norm_key("إيران") == norm_key("ايران")
    assert norm_key("مصطفى") == norm_key("مصطفي")
    assert norm_key("ــالهدنــة") == norm_key("الهدنه")
    assert norm_key("٢٠١٦") == "2016"
    assert norm_key("«الهيئة»") == norm_key("الهيئة")


def test_offsets_point_back_to_the_original_text():
    text = "وصل كيري إلى موسكوَ في ١٥ تمّوز"
    n = normalize(text)
    i = n.text.index("موسكو")
    s, e = n.span(i, i + len("موسكو"))
    assert text[s:e] == "موسكوَ"[:5] or text[s:e].startswith("موسكو")
    j = n.text.index("15")
    s, e = n.span(j, j + 2)
    assert text[s:e] == "١٥"


def test_lam_alef_contraction_keeps_whole_token():
    text = "قال ممثل للأمم المتحدة"
    n = normalize(text)
    i = n.text.index("الامم")
    s, e = n.span(i, i + len("الامم المتحده"))
    assert text[s:e] == "للأمم المتحدة"


def test_language_detection():
    assert detect_language("التقى وزير الخارجية") == "ar"
    assert detect_language("Kerry met Lavrov in Geneva") == "en"
    assert detect_language("12345 ...") == "unknown"


def test_sentences_keep_abbreviations_and_split_run_ons():
    text = "U.S. Secretary of State John Kerry met Mr. Lavrov.He left. وقال كيري إن الاتفاق صامد؟ نعم"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans[0] == "U.S. Secretary of State John Kerry met Mr. Lavrov."
    assert spans[1] == "He left."
    assert spans[2].endswith("؟")


@given(st.text())
def test_normalize_never_crashes_and_offsets_are_in_range(text):
    n = normalize(text)
    assert len(n.offsets) == len(n.text)
    assert all(0 <= o < len(text) for o in n.offsets)
    assert n.offsets == sorted(n.offsets)
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


_NEWS_CHARS = st.sampled_from(list("أإآاٱءؤئىيةهـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩«»،؛؟ بتثجحخدذرزسشصضطظعغفقكلمنوabcXYZ019.,-–—'\"\n\t") +
                              ["\u200f", "\u200b", "\xa0", "ﻻ", "ﷺ", "é", "İ", "ß"])


@given(st.text(_NEWS_CHARS, max_size=80) | st.text(max_size=40))
def test_normalize_copies_plain_runs_exactly_as_the_character_loop_would(text):
    """`normalize` copies runs of plain characters in one step for speed; the character-by-character
    loop is the definition, and both give the same text and offsets on any input."""
    out: list[str] = []
    offsets: list[int] = []
    normalize_module._slow(text, 0, len(text), False, out, offsets)
    slow = normalize_module._finish(out, offsets, len(text))
    fast = normalize(text)
    assert (fast.text, fast.offsets) == (slow.text, slow.offsets)


def test_two_names_run_together_are_two_words_again():
    """«روسياوتركيا» (a missing space, common in copy-pasted wire text) reads as «روسيا وتركيا», and each name's
    offsets still point into the original text; a word that only contains a name is left alone."""
    text = "اتفقت روسياوتركيا على الهدنة، وقال المصروقات."
    n = normalize(text)
    assert "روسيا وتركيا" in n.text and "المصروقات" in n.text
    start = n.text.index("وتركيا")
    assert text[n.offsets[start] : n.offsets[start + len("وتركيا") - 1] + 1] == "وتركيا"
    assert text[n.offsets[n.text.index("روسيا")] :].startswith("روسياوتركيا")


def test_run_together_names_are_found_as_two_states():
    ex = extract_text("اتفقت روسياوتركيا، أمس، على تسيير دوريات مشتركة.", lang="ar", date_="2019-10-23")
    assert {"state:rus", "state:tur"} <= {e.id for e in ex.entities}
