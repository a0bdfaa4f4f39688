"""Articles that name two agreements (a new one and an older one, a deal and a truce): each its own node, with
its own mentions. Probe articles written for these tests, over several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text


def _nodes(text: str, lang: str, date: str) -> list[tuple[str, str]]:
    """(mention text, agreement node name) in reading order."""
    ex = extract_text(text, lang=lang, date_=date)
    rows = [(m.start, m.text, e.name) for e in ex.entities if e.kind == "agreement" for m in e.mentions]
    return [(t, n) for _, t, n in sorted(rows)]


def _node_of(nodes: list[tuple[str, str]], text: str, nth: int = 0) -> str | None:
    found = [n for t, n in nodes if t == text]
    return found[nth] if len(found) > nth else None


@pytest.mark.parametrize(
    "date,opening",
    [
        ("2024-10-25", "Rival Libyan commanders signed a permanent ceasefire in Sirte on Friday."),
        ("2024-10-25", "Sudan's army and the Rapid Support Forces signed a permanent ceasefire in Jeddah on Friday."),
        ("2024-10-25", "The Congolese army and the M23 rebels signed a permanent ceasefire in Doha on Friday."),
        ("2024-10-25", "Somalia and Ahlu Sunna Wal Jamaa signed a permanent ceasefire in Mogadishu on Friday."),
        ("2024-10-25", "Mali's junta and the Tuareg rebels signed a permanent ceasefire in Algiers on Friday."),
    ],
)
def test_a_month_after_another_agreement_noun_dates_that_one(date, opening):
    """ "The permanent ceasefire replaces a fragile truce agreed in January": January dates the truce named
    between, not the ceasefire the article reports."""
    text = f"{opening} The permanent ceasefire replaces a fragile truce agreed in January. Both sides welcomed it."
    nodes = _nodes(text, "en", date)
    reported = _node_of(nodes, "permanent ceasefire")
    assert reported is not None and _node_of(nodes, "permanent ceasefire", 1) == reported
    assert _node_of(nodes, "fragile truce") not in (None, reported)


@pytest.mark.parametrize(
    "date,opening",
    [
        ("2024-10-25", "وقعت الأطراف الليبية في سرت الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقع الجيش السوداني وقوات الدعم السريع في جدة الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقعت الحكومة الصومالية وحركة الشباب في مقديشو الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقعت الحكومة اليمنية وجماعة الحوثي في مسقط الجمعة اتفاقا دائما لوقف إطلاق النار."),
    ],
)
def test_an_arabic_month_after_another_agreement_noun_dates_that_one(date, opening):
    """«ويحل الاتفاق محل هدنة هشة أعلنت في يناير»: January dates the truce, the agreement is the one reported; and
    «هدنة يناير» later is that truce again (the month named right after the noun)."""
    text = f"{opening} ويحل الاتفاق محل هدنة هشة أعلنت في يناير. وقال الطرفان إن هدنة يناير لم تحترم قط."
    nodes = _nodes(text, "ar", date)
    reported = _node_of(nodes, "اتفاقا دائما لوقف إطلاق النار")
    assert reported is not None and _node_of(nodes, "الاتفاق") == reported
    older = _node_of(nodes, "هدنة هشة")
    assert older not in (None, reported) and _node_of(nodes, "هدنة") == older


@pytest.mark.parametrize(
    "date,signers",
    [
        ("2021-02-09", "Somalia's federal government and the leaders of its member states"),
        ("2021-02-09", "South Sudan's government and the opposition SPLM-IO"),
        ("2021-02-09", "Libya's rival parliaments"),
        ("2021-02-09", "Sudan's military and the civilian Forces of Freedom and Change"),
        ("2021-02-09", "The Central African Republic's government and the armed groups"),
    ],
)
def test_an_agreement_named_by_month_and_day_is_an_older_one(date, signers):
    """ "replacing the September 17 agreement": the month and day name an agreement of its own, before the
    article; "the new deal" after it is the one the article reports."""
    text = (
        f"{signers} signed an electoral agreement on Saturday, replacing the September 17 agreement that had "
        "collapsed last year. The new deal sets a date for elections."
    )
    nodes = _nodes(text, "en", date)
    reported, older = _node_of(nodes, "electoral agreement"), _node_of(nodes, "September 17 agreement")
    assert reported is not None and older not in (None, reported)
    assert _node_of(nodes, "new deal") == reported


@pytest.mark.parametrize(
    "date,first,second",
    [
        ("2024-03-10", "The Yemeni government and the Houthis agreed on Monday to extend the truce.",
         "the government and the Southern Transitional Council signed a new power-sharing deal in Aden."),
        ("2024-03-10", "Sudan's army and the RSF agreed a 72-hour truce on Sunday.",
         "the army and the Forces of Freedom and Change signed a new power-sharing deal in Khartoum."),
        ("2024-03-10", "Libya's rival parliaments agreed a ceasefire in Sirte on Sunday.",
         "the two parliaments signed a new electoral agreement in Bouznika."),
        ("2024-03-10", "Ethiopia's government and Fano fighters agreed a truce in Amhara on Sunday.",
         "Ethiopia and the TPLF signed a new implementation deal in Nairobi."),
        ("2024-03-10", "Afghan officials and the Taliban agreed a holiday truce on Sunday.",
         "the two sides signed a new de-escalation agreement in Doha."),
    ],
)
def test_a_new_deal_signed_after_a_truce_is_another_agreement(date, first, second):
    """ "Separately, A and B signed a new power-sharing deal": the indefinite noun says it is new, so it is not
    the truce named before; its mention keeps its modifiers as news writes them."""
    nodes = _nodes(f"{first} Separately, {second}", "en", date)
    truce = next(n for t, n in nodes if t.endswith(("truce", "ceasefire")))
    span = second.split(" signed a ")[1].split(" in ")[0]
    assert _node_of(nodes, span) not in (None, truce)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Yemeni government and the Houthis agreed on Monday to extend the truce. Saudi Arabia welcomed it.", "en"),
        ("Libya's rival governments agreed on Monday to extend the truce around Sirte. Washington welcomed it.", "en"),
        ("Ethiopia's government and Fano militiamen agreed on Monday to extend the truce in Amhara. "
         "The United States welcomed it.", "en"),
        ("Mali's junta and Tuareg rebels agreed on Monday to extend the truce in Kidal. The United States welcomed it.",
         "en"),
        ("اتفقت الحكومة اليمنية وجماعة الحوثي الاثنين على تمديد الهدنة. ورحبت السعودية بالخطوة.", "ar"),
        ("اتفقت الحكومة الليبية ومجلس النواب الاثنين على تمديد الهدنة. ورحبت الولايات المتحدة بالخطوة.", "ar"),
    ],
)
def test_an_extended_truce_is_one_of_the_sides_that_extend_it(text, lang):
    """ "agreed to extend the truce" names a truce already in force: one whose parties are the sides of that
    sentence, never the Sudanese truce of that spring that a mediator named elsewhere (Saudi Arabia, the United
    States) took part in."""
    names = {n for _, n in _nodes(text, lang, "2023-08-15")}
    assert names and "Jeddah Short-Term Ceasefire Agreement" not in names
