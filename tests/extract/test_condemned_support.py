"""Support named as the object of a verb of opposing or welcoming is someone else's support.

"Russia condemned Western support for Ukraine" says nothing of Russia backing Ukraine: the support belongs to
whoever the text names after the verb ("the UAE's backing"), or to no one named ("Western"). Sentences written for
this test, news style."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang=lang, date_="2023-03-01")
    return {(r.source, r.type, r.target) for r in ex.relations}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Russia condemned Western support for Ukraine.", ("state:rus", "supports", "state:ukr")),
        ("China criticised continued military support for Taiwan.", ("state:chn", "supports", "state:twn")),
        ("Iran denounced foreign support for the Kurdish rebels in Iraq.", ("state:irn", "supports", "state:irq")),
    ],
)
def test_the_condemning_side_does_not_support(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _rels(text)


def test_the_owner_named_after_the_verb_still_supports() -> None:
    rels = _rels("Sudan's army denounced the UAE's backing of the RSF.")
    assert ("state:are", "supports", "group:rsf") in rels
    assert ("state:are", "supports", "state:sdn") not in rels


@pytest.mark.parametrize(
    ("text", "lang", "right"),
    [
        ("Egypt reaffirmed its support for the Libyan government.", "en", ("state:egy", "supports", "state:lby")),
        ("Turkey pledged support for Azerbaijan.", "en", ("state:tur", "supports", "state:aze")),
        ("وجددت تركيا دعمها لأذربيجان.", "ar", ("state:tur", "supports", "state:aze")),
    ],
)
def test_ones_own_support_is_still_read(text: str, lang: str, right: tuple[str, str, str]) -> None:
    assert right in _rels(text, lang)


def test_a_welcomed_act_is_not_a_welcomed_guest() -> None:
    """ "welcomed Saudi support": Saudi Arabia owns what is welcomed; "welcomed the Saudi delegation": its guests."""
    welcomed = _rels("The Yemeni government welcomed Saudi support for the truce.")
    assert ("state:yem", "meets", "state:sau") not in welcomed
    guests = _rels("The Yemeni president welcomed the Saudi delegation in Aden.")
    assert any(t == "meets" and o == "state:sau" for _, t, o in guests)
