"""How far back a construction looks for the agreement an elided object, a pronoun or a welcome stands for.

A signing with no object ("refused to sign"), "it" or "welcomed the move" points to an agreement the reader has
just met: named in the same sentence or the one before, not four sentences and a different topic earlier. The
reach is a lexicon window in tokens (`constructions:` in explorer/lexicon/{ar,en}.yaml), about two sentences."""

from explorer.extract.pipeline import extract_text

_FILLER_EN = (
    " Fighting continued in the north of the country through the week, aid groups said."
    " Fuel shortages forced several hospitals in the capital to close their wards for days."
    " Prices of bread and cooking gas doubled in local markets since the start of the month."
)
_FILLER_AR = (
    " واستمرت المعارك في شمال البلاد طوال الأسبوع بحسب منظمات إغاثة محلية."
    " وأدى نقص الوقود إلى إغلاق عدد من المستشفيات في العاصمة لأيام عدة."
    " وتضاعفت أسعار الخبز وغاز الطهي في الأسواق منذ مطلع الشهر الجاري."
)


def _rel(text: str, lang: str, rtype: str, source: str) -> list[str]:
    ex = extract_text(text, lang=lang, date_="2019-02-06")
    kinds = {e.id: e.kind for e in ex.entities}
    rels = [r for r in ex.relations if r.type == rtype and r.source == source]
    return [r.target for r in rels if kinds.get(r.target) == "agreement"]


def test_elided_signing_reaches_the_agreement_of_the_sentence_before() -> None:
    text = "The government and the rebels signed the Khartoum peace agreement. Thomas Cirillo refused to sign."
    assert _rel(text, "en", "opposes", "person:thomas-cirillo")


def test_elided_signing_does_not_reach_an_agreement_named_paragraphs_earlier() -> None:
    text = (
        "The government and the rebels signed the Khartoum peace agreement on Tuesday."
        + _FILLER_EN
        + " Thomas Cirillo refused to sign."
    )
    assert not _rel(text, "en", "opposes", "person:thomas-cirillo")


def test_arabic_refusal_to_sign_after_its_subject_keeps_to_the_near_agreement() -> None:
    near = "وقعت الحكومة والمتمردون اتفاق الخرطوم للسلام يوم الثلاثاء. ورفض توماس سيريلو التوقيع."
    far = "وقعت الحكومة والمتمردون اتفاق الخرطوم للسلام يوم الثلاثاء." + _FILLER_AR + " ورفض توماس سيريلو التوقيع."
    assert _rel(near, "ar", "opposes", "person:thomas-cirillo")
    assert not _rel(far, "ar", "opposes", "person:thomas-cirillo")


def test_welcoming_it_reaches_back_a_paragraph_not_the_whole_article() -> None:
    opening = "The government and the rebels signed the Khartoum peace agreement on Tuesday."
    near = opening + _FILLER_EN + " The African Union welcomed it."
    far = opening + _FILLER_EN * 2 + " The African Union welcomed it."
    assert _rel(near, "en", "supports", "org:african-union")
    assert not _rel(far, "en", "supports", "org:african-union")


def test_rejecting_it_reaches_back_a_paragraph_not_the_whole_article() -> None:
    opening = "The government and the rebels signed the Khartoum peace agreement on Tuesday."
    near = opening + " Uganda rejected it on Wednesday."
    far = opening + _FILLER_EN + " Uganda rejected it on Wednesday."
    assert _rel(near, "en", "opposes", "state:uga")
    assert not _rel(far, "en", "opposes", "state:uga")


def test_under_its_terms_and_described_it_reach_back_a_paragraph_not_the_whole_article() -> None:
    opening = "The government and the rebels signed the Khartoum peace agreement on Tuesday."
    for said, rtype in (
        (" Under its terms, Uganda will withdraw its troops.", "references"),
        (" Uganda described it as a breakthrough.", "states"),
    ):
        assert _rel(opening + said, "en", rtype, "state:uga")
        assert not _rel(opening + _FILLER_EN + said, "en", rtype, "state:uga")
