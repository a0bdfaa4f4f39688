"""Who takes the second stance of a sentence (issue 9, arguments in the right order):
- "X denies backing the group and accuses Y …": a present verb of denial (`acting_verbs`) takes the -ing phrase
  as its object, and the verb after "and" goes on with X, not with the rebels.
- "X, a backer of Z, condemned … and urged Y …": with no name between the two verbs, the first verb's subject
  goes on; the name inside the apposition is not the second verb's subject.
- «أدان X، اليوم الاثنين، الغارات الجوية …»: a subject and a time set off by commas stand between the verb of
  condemning and the attack it takes as object; X did not attack.
Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2023-02-10")


def test_a_present_denial_keeps_its_subject_for_the_next_verb() -> None:
    text = (
        "The M23 took Rubaya in May. Rwanda denies backing the group and accuses Kinshasa of fighting alongside "
        "the FDLR."
    )
    rels = _rels(text, "en")
    assert ("Rwanda", "opposes", "DR Congo") in rels, rels
    assert not any(o == "DR Congo" and s != "Rwanda" for s, t, o in rels if t == "opposes"), rels


def test_the_apposition_name_does_not_take_the_second_verb() -> None:
    rels = _rels(
        "Norway, a long-standing funder of the United Nations mission, condemned the shelling and urged Russia to "
        "withdraw its troops.",
        "en",
    )
    assert ("Norway", "opposes", "Russia") in rels, rels
    assert not any(s == "United Nations" for s, t, _ in rels if t == "opposes"), rels


def test_a_time_aside_after_the_condemner_keeps_him_out_of_the_attack() -> None:
    rels = _rels("أدانت وزارة الخارجية القطرية، اليوم الثلاثاء، الغارات الجوية الأمريكية في العراق.", "ar")
    assert ("Qatari Foreign Ministry", "opposes", "United States") in rels, rels
    assert not any(s == "Qatari Foreign Ministry" and t == "fights" for s, t, _ in rels), rels
