"""Who signs with the subject when a place or a time of the signing stands between the agreement and "with":
"signed a deal in Maputo on Sunday with …", "signed the accord on Friday (June 20) with …". Sentences written
for these tests, across several conflicts."""

from explorer.extract.pipeline import extract_text


def _agreeing(text: str, date: str = "2019-08-10") -> set[str]:
    x = extract_text(text, lang="en", date_=date)
    names = {e.id: e.name for e in x.entities}
    return {names[r.source] for r in x.relations if r.type == "agrees_with"}


def test_partner_after_a_place_and_a_day_of_the_signing_signs_too() -> None:
    found = _agreeing(
        "The Mozambican government signed a peace accord in Maputo on Tuesday with Renamo, the former rebel movement."
    )
    assert {"Mozambique", "Renamo"} <= found


def test_partner_after_a_day_and_a_date_in_parentheses_signs_too() -> None:
    found = _agreeing(
        "The government of Mali signed a ceasefire accord on Friday (June 20) with the Coordination of Azawad "
        "Movements after months of talks.",
        "2014-06-22",
    )
    assert "Coordination of Azawad Movements" in found


def test_a_mediator_after_the_place_signs_nothing() -> None:
    found = _agreeing(
        "The Sudanese government signed a truce in Jeddah on Saturday, with Saudi Arabia acting as mediator.",
        "2023-05-21",
    )
    assert "Saudi Arabia" not in found


def test_partner_after_a_described_capital_signs_too() -> None:
    found = _agreeing(
        "The Sudanese government signed a framework accord in the Qatari capital Doha on Tuesday with the Justice "
        "and Equality Movement.",
        "2010-02-25",
    )
    assert {"Sudan", "Justice and Equality Movement"} <= found
