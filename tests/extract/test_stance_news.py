"""Support and opposition as news writes them (lane `stance`): who backs whom, and who is acted against, with the
pair right when a clause holds more actors than the two. Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _pairs(text: str, lang: str, rtype: str) -> set[tuple[str, str]]:
    ex = extract_text(text, lang=lang, date_="2023-05-01")
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.source], names[r.target]) for r in ex.relations if r.type == rtype}


@pytest.mark.parametrize(
    ("lang", "text", "right", "wrong"),
    [
        (  # the support phrase opens the sentence: it backs the subject after its comma
            "en",
            "With the support of Turkey, the Government of National Accord repelled Haftar's offensive on "
            "Tripoli.",
            ("Turkey", "Government of National Accord"),
            None,
        ),
        (
            "en",
            "Thanks to the backing of Iran and Russia, Syrian government forces retook eastern Aleppo in "
            "December 2016.",
            ("Russia", "Syrian Arab Army"),
            ("Iran", "Russia"),
        ),
        (  # at the end of the clause: the subject is backed, not the name a preposition brings in
            "en",
            "The Somali army retook the town of Mahas from al-Shabaab on Sunday with the support of African "
            "Union troops.",
            ("African Union", "Somali National Army"),
            ("African Union", "al-Shabaab"),
        ),
        (
            "en",
            "The Sudanese army recaptured Wad Madani after weeks of fighting with the Rapid Support Forces, "
            "with support from Egypt, officials said.",
            ("Egypt", "Sudanese Armed Forces"),
            ("Egypt", "Rapid Support Forces"),
        ),
        (
            "ar",
            "وبدعم من تركيا، صدت حكومة الوفاق هجوم قوات حفتر على طرابلس في يونيو 2020.",
            ("Turkey", "Government of National Accord"),
            None,
        ),
        (
            "ar",
            "واستعاد الجيش الصومالي بلدة محاس من حركة الشباب يوم الأحد بدعم من الاتحاد الأفريقي.",
            ("African Union", "Somali National Army"),
            ("African Union", "al-Shabaab"),
        ),
        (
            "ar",
            "وسيطر الجيش السوداني على مدينة ود مدني بعد معارك مع قوات الدعم السريع بدعم من مصر، وفق مصادر عسكرية.",
            ("Egypt", "Sudanese Armed Forces"),
            ("Egypt", "Rapid Support Forces"),
        ),
        (
            "ar",
            "وبمساندة من الولايات المتحدة، اعترضت إسرائيل معظم الصواريخ التي أطلقتها إيران ليل السبت.",
            ("United States", "Israel"),
            None,
        ),
    ],
)
def test_support_phrase_backs_the_clause_subject(lang, text, right, wrong):
    got = _pairs(text, lang, "supports")
    assert right in got
    if wrong is not None:
        assert wrong not in got
