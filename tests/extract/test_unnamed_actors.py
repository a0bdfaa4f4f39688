"""The actor a sentence does not name: a bare title («الوزير», «الرئيس», "the minister"), a group noun, a dropped
or pronoun subject stands for an actor named before, and the relation constructions use it. Sentences written
for these tests, news style, over several conflicts, with decoys where two candidates could fit."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


@pytest.mark.parametrize(
    ("text", "date", "rel"),
    [
        (
            "وصل وزير الدفاع الإسرائيلي يسرائيل كاتس إلى الحدود الشمالية أمس. وهدد الوزير حزب الله بالرد على أي هجوم.",
            "2024-12-01",
            ("person:israel-katz", "opposes", "group:hezbollah"),
        ),
        (
            "استقبل الرئيس الصومالي حسن شيخ محمود وفداً من الاتحاد الأفريقي في مقديشو. وانتقد الرئيس إثيوبيا بسبب"
            " اتفاقها مع أرض الصومال.",
            "2024-01-10",
            ("person:hassan-sheikh-mohamud", "opposes", "state:eth"),
        ),
        (
            "عقد رئيس الوزراء العراقي محمد شياع السوداني اجتماعاً مع قادة الأمن في بغداد. ودان رئيس الوزراء تركيا"
            " بسبب القصف في دهوك.",
            "2022-07-21",
            ("person:mohammed-shia-al-sudani", "opposes", "state:tur"),
        ),
        (
            "وصل وزير الخارجية الإثيوبي ديميكي ميكونين إلى الخرطوم أمس. واتهم الوزير مصر بعرقلة المفاوضات حول سد"
            " النهضة.",
            "2021-06-01",
            ("person:demeke-mekonnen", "opposes", "state:egy"),
        ),
    ],
    ids=["lebanon", "somalia", "iraq", "ethiopia"],
)
def test_a_definite_title_before_a_bare_name_is_the_holder_named_before(text, date, rel) -> None:
    """«وهدد الوزير حزب الله»: a title with the article takes no owner by a bare name after it (that would be
    «وزير حزب الله»); the name is the verb's object and the title the minister named in the sentence before."""
    assert rel in _rels(text, "ar", date)


def test_a_title_linked_to_its_body_by_a_preposition_keeps_it() -> None:
    """«وزير الدولة بوزارة الخارجية القطرية X»: a glued preposition links the ministry to the title."""
    text = "وقال وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي إن المحادثات ستستأنف الأسبوع المقبل."
    assert ("person:mohammed-al-khulaifi", "holds_role_in", "state:qat") in _rels(text, "ar", "2025-07-19")
