"""A noun trigger taken by a second verb (issue 9), sentences written for these tests across conflicts. English:
"Kenya condemned al-Shabaab and offered support to Somalia" is Kenya's support; the name between the two verbs
is the first verb's object and never the noun's subject. Arabic: two verbs do not follow each other, so the
word right after a verb is a noun («وأكد دعم بلاده لـ…»), and the name right after such a noun, followed by
«للـ», is its agent («رفض موسكو للعقوبات»: Moscow's rejection), not what it is about."""

import pytest

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2024-03-10")


CASES = [
    (
        "en",
        "Kenya condemned al-Shabaab on Tuesday and offered support to Somalia's federal government.",
        ("Kenya", "supports", "Somalia"),
        ("al-Shabaab", "supports", "Somalia"),
    ),
    (
        "en",
        "Egypt condemned the Rapid Support Forces and reaffirmed its support for Sudan's army.",
        ("Egypt", "supports", "Sudanese Armed Forces"),
        ("Rapid Support Forces", "supports", "Sudanese Armed Forces"),
    ),
    (
        "en",
        "The European Union criticised Russia and voiced strong backing for Ukraine at the summit.",
        ("European Union", "supports", "Ukraine"),
        ("Russia", "supports", "Ukraine"),
    ),
    (
        "en",
        "Qatar hosted Hamas leaders and later gave support to the Egyptian mediation.",
        ("Qatar", "supports", "Egypt"),
        ("Hamas", "supports", "Egypt"),
    ),
    (
        "en",
        "Kenya and Ethiopia expressed support for Somalia's government.",
        ("Ethiopia", "supports", "Somalia"),
        ("Kenya", "supports", "Ethiopia"),
    ),
    (
        "ar",
        "استقبل أمير قطر قادة حماس في الدوحة، وأكد دعم بلاده للجيش السوداني.",
        ("Qatar", "supports", "Sudanese Armed Forces"),
        ("Hamas", "supports", "Qatar"),
    ),
    (
        "ar",
        "استقبل الرئيس الإريتري رئيس الوزراء الإثيوبي آبي أحمد، وأعلن دعم أسمرة للحكومة الإثيوبية.",
        ("Eritrea", "supports", "Ethiopia"),
        ("Abiy Ahmed", "supports", "Eritrea"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CASES)
def test_the_noun_of_a_second_verb_belongs_to_its_subject(lang, text, right, wrong):
    rels = _rels(text, lang)
    assert right in rels
    assert wrong not in rels


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("en", "Officials in Nairobi condemned al-Shabaab and offered support to Somalia's government.", "al-Shabaab"),
        (
            "ar",
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة، وأكد رفض موسكو للعقوبات الأمريكية.",
            "Russia",
        ),
        ("ar", "استقبل أمير قطر قادة حماس وأكد دعم بلاده للجهود المصرية.", "Qatar"),
    ],
)
def test_no_stance_is_guessed_for_the_name_between(lang, text, wrong):
    """With no named subject for the first verb, or a noun whose object is no actor, nothing is drawn to or from
    the name between the verbs."""
    rels = _rels(text, lang)
    assert not any(wrong in (r[0], r[2]) and r[1] in ("opposes", "supports") for r in rels)
