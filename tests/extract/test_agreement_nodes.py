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
