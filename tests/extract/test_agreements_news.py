"""Agreements the knowledge base does not know, named the way news names them, their parties and what they
invoke. Sentences written for these tests, across conflicts."""

import pytest

from explorer.extract.pipeline import extract_text


def _agreement_spans(text: str, lang: str = "en", date: str = "2023-05-01") -> set[str]:
    ex = extract_text(text, lang=lang, date_=date)
    return {m.text for e in ex.entities if e.kind == "agreement" for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        (  # a capitalized adjective before the noun
            "Sudan's generals and the civilian coalition initialled the Constitutional Declaration in Khartoum.",
            "2019-08-04",
            "Constitutional Declaration",
        ),
        (  # a capitalized complement after it
            "Somalia's federal government and Jubaland signed the Agreement on Electoral Arrangements on Tuesday.",
            "2024-03-12",
            "Agreement on Electoral Arrangements",
        ),
        (  # both, with 'and' inside the complement
            "Rebel factions in the north signed the Political Accord for Peace and National Reconciliation in Rome.",
            "2017-06-20",
            "Political Accord for Peace and National Reconciliation",
        ),
        (  # after a possessive determiner
            "The talks were led by the regional bloc under its Sahel Initiative for Peace and Security.",
            "2021-06-20",
            "Sahel Initiative for Peace and Security",
        ),
    ],
)
def test_titled_agreements_are_spanned_whole(text: str, date: str, span: str) -> None:
    assert span in _agreement_spans(text, date=date)


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        # a weekday after 'on' is a date, no part of the title
        (
            "The military council signed the Political Declaration on Sunday in Khartoum.",
            "2019-07-17",
            "Political Declaration",
        ),
        # a lower-case complement is what the agreement is about, no part of its name
        (
            "ECOWAS leaders adopted the Abuja Declaration on the situation in Niger.",
            "2023-08-10",
            "Abuja Declaration",
        ),
    ],
)
def test_titles_stop_where_the_name_ends(text: str, date: str, span: str) -> None:
    assert span in _agreement_spans(text, date=date)
