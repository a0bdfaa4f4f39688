"""Issue 9, read from real summit news: the states whose leaders reach a deal all sign it, even when the article
later names one of those leaders (so that "the leaders of Russia" is also Putin); a ceasefire reached the day a
known agreement was signed by those parties is that agreement; a statement "on" a state is not a known agreement
about something else. Sentences written for these tests (news style, invented wording)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _signers(lang: str, text: str, on: str) -> dict[str, set[str]]:
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    out: dict[str, set[str]] = {}
    for r in ex.relations:
        if r.type == "agrees_with" and r.target.startswith("agr:"):
            out.setdefault(names[r.target], set()).add(names[r.source])
    return out


NORMANDY = {"Russia", "Ukraine", "France", "Germany"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The leaders of Russia, Ukraine, France and Germany struck a ceasefire deal after marathon talks. "
               "At a news conference in the Belarusian capital, Russia's president, Vladimir Putin, said the truce "
               "would begin on Sunday."),
        ("en", "The leaders of Ukraine, Russia, Germany and France struck a ceasefire deal after marathon talks. "
               "France's president, François Hollande, said later that much remained to be done."),
        ("ar", "توصل قادة روسيا وأوكرانيا وفرنسا وألمانيا إلى اتفاق لوقف إطلاق النار بعد محادثات ماراثونية. "
               "وقال الرئيس الروسي فلاديمير بوتين إن الهدنة تبدأ الأحد."),
    ],
)
def test_every_state_whose_leader_reached_the_deal_signs_it(lang, text):
    """(Before: the states named again by their leader later in the article dropped out of the list.)"""
    signers = _signers(lang, text, "2015-02-12")
    assert signers == {"Minsk II": NORMANDY}


def test_a_ceasefire_reached_the_day_a_known_agreement_was_signed_is_that_agreement():
    """Minsk II is filed as an agreement, not a ceasefire: the four parties, the day, and no place named."""
    text = "The leaders of Russia, Ukraine, France and Germany agreed a ceasefire deal after talks through the night."
    assert set(_signers("en", text, "2015-02-12")) == {"Minsk II"}
    assert "Minsk II" not in _signers("en", text, "2015-05-20")  # three months later it is some other truce


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The presidents of Russia, Turkey and Iran signed a joint statement on Syria in Tehran on Tuesday."),
        ("ar", "وقع رؤساء روسيا وتركيا وإيران بياناً مشتركاً حول سوريا في طهران اليوم الثلاثاء."),
    ],
)
def test_a_statement_on_one_state_is_not_a_known_deal_about_another(lang, text):
    """Three days before the Black Sea grain deal, whose parties include Russia and Turkey: not that deal."""
    assert "Black Sea Grain Initiative" not in _signers(lang, text, "2022-07-19")


@pytest.mark.parametrize(
    ("lang", "text", "on", "known"),
    [
        ("en", "Germany and France urged the parties to fully implement the Minsk agreement.", "2016-09-15",
         "Minsk II"),
        ("ar", "وطالبت مصر بتنفيذ اتفاق جوبا للسلام.", "2022-05-02", "Juba Peace Agreement"),
    ],
)
def test_an_agreement_named_by_its_place_years_later_is_the_last_one_signed_there(lang, text, on, known):
    """(Before: a new "Minsk agreement (September 2016)" beside the known one.)"""
    names = [e.name for e in extract_text(text, lang=lang, date_=on).entities if e.kind == "agreement"]
    assert names == [known]
