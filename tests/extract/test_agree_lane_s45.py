"""Agreements on real news (session 45, lane `agreements`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _of(got, rtype):
    return {(s, o) for s, t, o in got if t == rtype}


def test_parties_taking_on_the_terms_under_an_agreement_do_not_invoke_it():
    # "Under the plan, both sides agreed to …", "agreed to X under the deal", «وتعهدت A وB بموجب الاتفاق بـ…»: the
    # sentence tells what the parties took on, the terms of an agreement they are party to; no statement invokes it
    cases = [
        ("en", "Under the Minsk accord, Ukraine and Russia pledged to pull heavy weapons back from the front line."),
        ("en", "Ukraine and Russia agreed to an exchange of all prisoners under the Minsk accord."),
        ("ar", "وبموجب اتفاق مينسك، تعهدت أوكرانيا وروسيا بسحب الأسلحة الثقيلة من خط الجبهة."),
        ("ar", "وتعهدت أوكرانيا وروسيا بموجب اتفاق مينسك بسحب الأسلحة الثقيلة من خط الجبهة."),
    ]
    for lang, text in cases:
        got = named_relations(text, lang, "2015-02-14")
        assert not _of(got, "references"), (text, got)
        assert {s for s, _ in _of(got, "agrees_with")} >= {"Ukraine", "Russia"}, (text, got)


def test_a_side_acting_under_an_agreement_still_invokes_it():
    # no verb of taking on terms: "Under the accord, Kyiv will …" invokes it (and binds the side)
    got = named_relations(
        "Under the Minsk accord, Ukraine will pull heavy weapons back from the front line.", "en", "2015-02-14"
    )
    assert ("Ukraine", "Minsk II") in _of(got, "references"), got


def _agreement_texts(text: str, lang: str, date: str) -> list[str]:
    from explorer.extract.pipeline import extract_text

    ex = extract_text(text, lang=lang, date_=date)
    return [text[m.start : m.end] for e in ex.entities if e.kind == "agreement" for m in e.mentions]


def test_an_accusative_adjective_is_part_of_an_arabic_agreement_mention_ar():
    # «وقعا اتفاقا أمنيا», «اتفاقًا تاريخيًا»: the indefinite accusative noun's adjective takes its ending, and is
    # written with it as the agreement's name in the text
    cases = [
        ("وقعت إثيوبيا وإريتريا في أسمرة اتفاقا أمنيا ينظم دوريات الحدود المشتركة.", "اتفاقا أمنيا"),
        ("وأبرمت الحكومة الكولومبية مع المتمردين اتفاقًا تاريخيًا ينهي عقودا من القتال.", "اتفاقًا تاريخيًا"),
    ]
    for text, span in cases:
        assert span in _agreement_texts(text, "ar", "2016-11-20"), (text, _agreement_texts(text, "ar", "2016-11-20"))
