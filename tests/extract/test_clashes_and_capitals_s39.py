"""Fighting and stance between states named by their capitals (issue 9, recall on news nobody tuned to):
- «مواجهات بين X وY» (confrontations between) is fighting between the two, as «اشتباكات بين» is.
- «كابول» is a common spelling of Kabul; acting, it is Afghanistan («اتهمت كابول إسلام آباد …»).
- A capital before "'s" owns what follows and acts, even after "to" ("linked to Moscow's backing of …").
Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2024-03-20")


def test_confrontations_between_two_sides_are_fighting() -> None:
    rels = _rels("واندلعت ليل الأحد مواجهات بين مقاتلي حركة طالبان والجيش الباكستاني قرب معبر تورخم.", "ar")
    assert any(t == "fights" and {s, o} == {"Taliban", "Pakistan Army"} for s, t, o in rels), rels


def test_kabul_spelled_with_waw_acts_for_afghanistan() -> None:
    rels = _rels("واتهمت كابول طهران بقصف قرى حدودية.", "ar")
    assert ("Afghanistan", "opposes", "Iran") in rels, rels


def test_a_possessive_capital_after_to_is_the_state() -> None:
    rels = _rels("The raids were tied to Moscow's backing of the Syrian government.", "en")
    assert ("Russia", "supports", "Syria") in rels, rels
