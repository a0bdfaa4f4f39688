"""Agreements named by a description (session 43, lane `agree`). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _agreed(got):
    return {(s, o) for s, t, o in got if t == "agrees_with"}


def test_an_indefinite_noun_after_a_brokered_compound_is_still_indefinite():
    # "In 2013, A and B signed a Ugandan-brokered peace deal": the compound between the article and the noun keeps
    # the noun indefinite, so the sentence's older year dates it, apart from the week's ceasefire
    text = ("DOHA, March 4 (wire) - Kinshasa and the M23 rebels agreed on Tuesday to a ceasefire in North Kivu. "
            "In 2013, Congo and the M23 signed a Ugandan-brokered peace deal that the rebels say was never honoured.")
    got = _agreed(named_relations(text, "en", "2025-03-04"))
    theirs = {o for s, o in got if s == "March 23 Movement"}
    assert len(theirs) == 2 and any("March 2025" in o for o in theirs), got


def test_a_truce_in_force_is_of_the_war_the_article_names_not_one_its_mediator_guaranteed():
    # "violating the ceasefire" between two states: a truce of the last year whose war is theirs, not one of
    # another war that a state the article also names (the host of talks) was a party to
    text = ("BAKU, May 6 (wire) - Azerbaijan and Armenia blamed each other on Monday for violating the ceasefire "
            "along their border, days after Washington hosted talks between the two foreign ministers.")
    ex = extract_text(text, lang="en", date_="2024-05-06")
    names = [e.name for e in ex.entities if e.kind == "agreement"]
    assert names and not any("Gaza" in n for n in names), names


def _agreement_texts(text: str, lang: str, date: str) -> list[str]:
    ex = extract_text(text, lang=lang, date_=date)
    return [text[m.start : m.end] for e in ex.entities if e.kind == "agreement" for m in e.mentions]


def test_an_arabic_agreement_mention_takes_in_the_topic_after_it_ar():
    # «اتفاق تقاسم السلطة», «اتفاقا لتقاسم السلطة», «اتفاقا حول تقاسم السلطة»: the topic is part of the mention
    texts = _agreement_texts(
        "وقع رئيس زيمبابوي روبرت موغابي وزعيم المعارضة مورغان تسفانغيراي في هراري الاثنين اتفاقا لتقاسم السلطة.",
        "ar",
        "2008-09-15",
    )
    assert "اتفاقا لتقاسم السلطة" in texts, texts
    texts = _agreement_texts("ووقع قادة مدغشقر في أديس أبابا اتفاقا حول تقاسم السلطة.", "ar", "2009-11-07")
    assert "اتفاقا حول تقاسم السلطة" in texts, texts
    texts = _agreement_texts("ووقعت الحكومة والحركة الشعبية اتفاق تقاسم السلطة في نيفاشا.", "ar", "2004-05-26")
    assert "اتفاق تقاسم السلطة" in texts, texts
    texts = _agreement_texts("ووقع الجانبان اتفاق عودة اللاجئين في دمشق.", "ar", "2024-05-01")
    assert "اتفاق عودة اللاجئين" in texts, texts


def test_a_resolution_a_body_adopts_unnumbered_is_the_known_one_of_that_day_ar():
    # «تبنى المجلس، في جلسة …، قرارا يفرض …»: an aside between the verb and «قرارا», no number named after it; the
    # body's resolution of that day in the knowledge base, on the state the text names
    text = ("تبنى مجلس الأمن الدولي، في جلسة عقدت الثلاثاء في نيويورك بامتناع روسيا عن التصويت، قرارا يفرض حظرا على "
            "توريد الأسلحة إلى الحوثيين في اليمن.")
    ex = extract_text(text, lang="ar", date_="2015-04-14")
    names = [e.name for e in ex.entities if e.kind == "agreement"]
    assert names == ["UN Security Council Resolution 2216"], names


def test_the_truce_that_ended_an_older_war_is_that_year_s_not_the_article_s():
    # "fought a war in 2006 that ended with a UN-brokered truce": the truce is of 2006, apart from the week's
    text = ("BEIRUT, Nov 27 (wire) - A ceasefire between Israel and Hezbollah took hold on Wednesday. The two foes "
            "fought a month-long war in 2006 that ended with a UN-brokered truce.")
    ex = extract_text(text, lang="en", date_="2024-11-27")
    nodes = {e.name: [text[m.start : m.end] for m in e.mentions] for e in ex.entities if e.kind == "agreement"}
    assert len(nodes) == 2 and any("2006" in n for n in nodes), nodes
    text = "وأعلن البلدان هدنة جديدة الأحد. وخاض البلدان حربا استمرت ستة أسابيع عام 2020 انتهت بهدنة توسطت فيها روسيا."
    ex = extract_text(text, lang="ar", date_="2023-09-24")
    names = [e.name for e in ex.entities if e.kind == "agreement"]
    assert any("2020" in n for n in names), names


def test_a_deal_signed_before_the_agreement_named_after_it_is_a_step_before_it():
    # "signed a power-sharing deal on Sunday … the Revitalized Agreement would be signed next month": the
    # agreement named later, signed after the article, is not the deal signed that day
    text = ("KHARTOUM, Aug 5 (wire) - South Sudan's government and Riek Machar's SPLM-IO signed a power-sharing deal "
            "in Khartoum on Sunday. Mediators said the Revitalized Agreement on the Resolution of the Conflict in "
            "South Sudan would be signed next month.")
    ex = extract_text(text, lang="en", date_="2018-08-05")
    nodes = {e.name: [text[m.start : m.end] for m in e.mentions] for e in ex.entities if e.kind == "agreement"}
    assert len(nodes) == 2, nodes
