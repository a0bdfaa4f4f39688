"""Verbs news uses for a relation, beyond the most common one (issue 9: rules that generalize): each sentence,
written for this test, must give its relation. A verb that is missing here is missing on every conflict."""

import pytest

from explorer.extract.pipeline import extract_text

CASES = [
    ("ar", "ودكت المدفعية الإسرائيلية مواقع حزب الله قرب الحدود.", ("state:isr", "fights", "group:hezbollah")),
    ("ar", "واجتاحت القوات الروسية أوكرانيا في شباط 2022.", ("org:russian-armed-forces", "fights", "state:ukr")),
    ("ar", "وضربت إسرائيل مواقع لحزب الله في الجنوب.", ("state:isr", "fights", "group:hezbollah")),
    ("ar", "وأطلقت حركة حماس صواريخ على إسرائيل ليلاً.", ("group:hamas", "fights", "state:isr")),
    ("ar", "وقطع المغرب علاقاته مع إيران عام 2018.", ("state:mar", "opposes", "state:irn")),
    ("ar", "وعاقبت الولايات المتحدة روسيا بحزمة جديدة.", ("state:usa", "opposes", "state:rus")),
    ("ar", "وقدمت إيران الدعم لحزب الله طوال الحرب.", ("state:irn", "supports", "group:hezbollah")),
    ("ar", "وتسلح إيران الحوثيين منذ سنوات بحسب الأمم المتحدة.", ("state:irn", "supports", "group:houthis")),
    ("ar", "وتبنى مجلس الأمن القرار 2254 بالإجماع.", ("org:unsc", "agrees_with", "agr:unscr-2254")),
    ("en", "Iran armed the Houthis for years, a UN panel found.", ("state:irn", "supports", "group:houthis")),
    ("en", "Antony Blinken conferred with Sergei Lavrov in Geneva.",
     ("person:antony-blinken", "meets", "person:sergei-lavrov")),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_the_verb_gives_its_relation(lang, text, want):
    ex = extract_text(text, lang=lang, date_="2023-06-12")
    assert want in {(r.source, r.type, r.target) for r in ex.relations}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The UN arms embargo on Libya was broken by several states, the panel said."),
    ("en", "Erdogan threatened to close the border with Iraq."),
    ("ar", "وخاض الرئيس الانتخابات عام 2019."),
])
def test_look_alikes_give_no_relation(lang, text):
    ex = extract_text(text, lang=lang, date_="2023-06-12")
    assert not [r for r in ex.relations if r.type in ("supports", "opposes", "fights")]


def test_propaganda_is_no_call():
    """«دعاية» (propaganda) starts like «دعا» (called for) but backs no one."""
    ex = extract_text("واتهمت الحكومة إيران بشن حملة دعاية ضد السعودية.", lang="ar", date_="2023-06-12")
    assert ("state:irn", "supports", "state:sau") not in {(r.source, r.type, r.target) for r in ex.relations}
