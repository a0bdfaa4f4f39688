"""Issue 9: a discovered agreement is named by its parties or its place, kind and month, never by actors who only
welcomed, mediated, hosted or talked about it; English and Arabic name it alike. Sentences of our own."""

import pytest

from explorer.extract.pipeline import extract_text

# (lang, text, English name, Arabic name or None)
NAMED = [
    # the sides after "between" name it, not the mediators or the welcomers
    (
        "en",
        "Oman and the United Nations mediated a truce between the Houthis and Saudi Arabia on Tuesday.",
        "Houthis-Saudi Arabia ceasefire (May 2023)",
        None,
    ),
    (
        "ar",
        "وتوسطت سلطنة عمان والأمم المتحدة في هدنة بين الحوثيين والسعودية.",
        "Houthis-Saudi Arabia ceasefire (May 2023)",
        None,
    ),
    (
        "en",
        "Turkey and the UN brokered a deal between Russia and Ukraine on Friday.",
        "Russia-Ukraine agreement (May 2023)",
        None,
    ),
    (
        "en",
        "Angola hosted talks that produced a ceasefire between Congo and Rwanda.",
        "DR Congo-Rwanda ceasefire (May 2023)",
        None,
    ),
    (
        "en",
        "The African Union praised the agreement between Somalia and Ethiopia.",
        "Ethiopia-Somalia agreement (May 2023)",
        "اتفاق بين إثيوبيا والصومال (مايو 2023)",
    ),
    (
        "ar",
        "رحبت قطر وتركيا بالاتفاق بين الصومال وإثيوبيا.",
        "Ethiopia-Somalia agreement (May 2023)",
        "اتفاق بين إثيوبيا والصومال (مايو 2023)",
    ),
    # the agents of "signed by" are its parties; a pact "signed in" a city is named by the city
    (
        "en",
        "The European Union hailed the peace deal signed by Armenia and Azerbaijan.",
        "Armenia-Azerbaijan agreement (May 2023)",
        None,
    ),
    (
        "en",
        "Somalia rejected the memorandum signed by Ethiopia and Somaliland.",
        "Ethiopia-Somaliland memorandum (May 2023)",
        None,
    ),
    ("en", "Britain and France hailed the agreement signed in Washington.", "Washington agreement (May 2023)", None),
    # the agents of "agreed by", the subjects of a relative clause of signing or agreeing, in both languages
    (
        "en",
        "Turkey welcomed the ceasefire agreed by Armenia and Azerbaijan.",
        "Armenia-Azerbaijan ceasefire (May 2023)",
        "وقف إطلاق النار بين أرمينيا وأذربيجان (مايو 2023)",
    ),
    (
        "ar",
        "رحبت تركيا بوقف إطلاق النار الذي اتفقت عليه أرمينيا وأذربيجان.",
        "Armenia-Azerbaijan ceasefire (May 2023)",
        "وقف إطلاق النار بين أرمينيا وأذربيجان (مايو 2023)",
    ),
    ("en", "Qatar welcomed the agreement that Congo and Rwanda signed.", "DR Congo-Rwanda agreement (May 2023)", None),
    ("ar", "رحب الاتحاد الأوروبي بالاتفاق الذي وقعته الكونغو ورواندا.", "DR Congo-Rwanda agreement (May 2023)", None),
    (
        "en",
        "The EU hailed the memorandum, which was signed by Sudan and South Sudan.",
        "South Sudan-Sudan memorandum (May 2023)",
        None,
    ),
    (
        "ar",
        "رحبت كينيا باتفاق السلام الذي وقعته إثيوبيا وجبهة تحرير شعب تيغراي.",
        "Ethiopia-Tigray People's Liberation Front agreement (May 2023)",
        None,
    ),
    # the subjects of a verb of agreeing before it ("agreed a truce", "agreed to", «اتفقت … على»)
    ("en", "The Houthis and Saudi Arabia agreed a truce.", "Houthis-Saudi Arabia ceasefire (May 2023)", None),
    ("en", "Israel agreed to a truce with Hamas.", "Hamas-Israel ceasefire (May 2023)", None),
    ("en", "Ukraine and Russia agreed on a prisoner exchange deal.", "Russia-Ukraine agreement (May 2023)", None),
    ("ar", "واتفقت روسيا وتركيا على هدنة يوم الخميس.", "Russia-Turkey ceasefire (May 2023)", None),
    ("ar", "اتفقت إثيوبيا والصومال على اتفاق أمني.", "Ethiopia-Somalia agreement (May 2023)", None),
    ("en", "Egypt and Qatar agreed to push for a truce.", "Ceasefire (May 2023)", None),
    ("en", "Hamas and Israel agreed on the plan put forward by Qatar.", "Qatari plan (May 2023)", None),
    ("ar", "واتفقت حماس وإسرائيل على المقترح الذي قدمته مصر.", "Egyptian proposal (May 2023)", None),
    # one of two joint actors that do not sign it is no name of it (mediators, or both its sides)
    ("en", "Saudi Arabia and the US announced a seven-day truce.", "Ceasefire (May 2023)", None),
    ("ar", "أعلنت السعودية والولايات المتحدة هدنة لمدة سبعة أيام.", "Ceasefire (May 2023)", None),
    ("en", "Afghanistan and Pakistan announced a ceasefire along the border.", "Ceasefire (May 2023)", None),
    ("en", "Sudan announced a truce on Friday.", "Sudan ceasefire (May 2023)", None),
    # who brokered or sponsored it does not name it
    ("ar", "أشادت مصر بالهدنة التي رعتها قطر والولايات المتحدة.", "Ceasefire (May 2023)", None),
    ("en", "Egypt praised the truce that was brokered by Qatar and the United States.", "Ceasefire (May 2023)", None),
    # those who say something about talks on it neither made nor name it
    ("en", "Egypt and Qatar announced that negotiations on the truce had stalled.", "Ceasefire (May 2023)", None),
    ("ar", "وأعلنت مصر وقطر أن المفاوضات بشأن الهدنة تعثرت.", "Ceasefire (May 2023)", None),
    ("ar", "وأعلنت الجزائر أن المحادثات بشأن اتفاق السلام تعثرت.", "Agreement (May 2023)", None),
]


def _agreement_names(lang: str, text: str) -> list[tuple[str, str | None]]:
    ex = extract_text(text, lang=lang, date_="2023-05-01")
    return [(e.name, e.name_ar) for e in ex.entities if e.kind == "agreement"]


@pytest.mark.parametrize(("lang", "text", "name", "name_ar"), NAMED)
def test_a_discovered_agreement_is_named_by_its_parties_or_place(lang, text, name, name_ar):
    found = _agreement_names(lang, text)
    expected = [(name, name_ar if name_ar is not None else found[0][1] if found else None)]
    assert found == expected


def test_one_truce_between_two_sides_is_one_id_in_both_languages_and_across_documents():
    """Whichever side the text names first: one node per agreement per corpus."""
    en = extract_text("Qatar and Egypt mediated a truce between Israel and Hamas.", lang="en", date_="2023-05-03")
    ar = extract_text("ورحبت الأردن بالهدنة بين حماس وإسرائيل.", lang="ar", date_="2023-05-20")
    ids = {e.id for ex in (en, ar) for e in ex.entities if e.kind == "agreement"}
    assert ids == {"agr:x-hamas-israel-ceasefire-may-2023"}, ids


def test_a_declared_truce_is_still_named_by_the_state_that_declared_it():
    ex = extract_text("Ethiopia declared a humanitarian truce on Thursday.", lang="en", date_="2023-05-01")
    assert [e.name for e in ex.entities if e.kind == "agreement"] == ["Ethiopia ceasefire (May 2023)"]
