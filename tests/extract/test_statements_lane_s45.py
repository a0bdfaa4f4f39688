"""Who states what, session 45: a text as the subject of an Arabic speech verb. «وأضاف القرار أن …», «وأعرب القرار
عن القلق …»: a resolution the knowledge base knows speaks for the body that adopted it, and is not what its words
are about; «وقال بيان نشرته وكالة …»: the agency that put a statement out is not its author, and a statement with
no author named has none (no actor of the sentence before is carried into it). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _states(text: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, "ar", date) if t == "states"}


def test_a_resolution_speaks_for_the_council_about_what_it_names():
    text = (
        "اعتمد مجلس الأمن القرار 2417 يوم الخميس. وأعرب القرار عن القلق من تدهور الأوضاع في اليمن. "
        "وأضاف القرار أن الحوثيين يتحملون مسؤولية عرقلة وصول المساعدات."
    )
    states = _states(text, "2018-06-01")
    assert ("UN Security Council", "Yemen") in states, states
    assert ("UN Security Council", "Houthis") in states, states
    assert ("UN Security Council", "UN Security Council Resolution 2417") not in states, states


def test_the_agency_that_puts_a_statement_out_does_not_speak():
    text = (
        "رحبت الحكومة الصومالية بقرار مجلس الأمن. وقال بيان بثته وكالة الأنباء الصومالية (صونا) إن الحكومة "
        "ترفض أي دور لحركة الشباب في العملية الانتخابية."
    )
    assert not {s for s, _ in _states(text, "2021-05-01")} & {"وكالة الأنباء الصومالية", "Somali National News Agency"}


def test_a_statement_with_no_author_named_has_no_speaker():
    text = (
        "وقع الطرفان الاتفاق في الدوحة يوم السبت بحضور وزير الدولة القطري. وقال بيان وزع على الصحفيين عقب المراسم إن "
        "التوقيع جاء بعد محادثات طويلة بين الحكومة التشادية والمتمردين."
    )
    assert not _states(text, "2022-08-08")
