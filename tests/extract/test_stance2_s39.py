"""Stance and fighting shapes found missing on news nobody tuned to (issue 9):
- A capital after a participle of backing and «من» («المدعومة من موسكو») is the state that backs.
- «مواجهات عنيفة بين X وY»: an adjective of violence between the clash noun and «بين» keeps the fight.
- "A, locked in a dispute with B over …, has voiced support for C": an -ed participle aside with
  its object leaves A the subject.
- "X's long-standing support for Y": a hyphenated adjective between the possessive and the stance
  noun keeps X the agent.
Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2025-05-14")


def test_a_capital_after_backed_by_is_the_backing_state() -> None:
    rels = _rels("وتقدمت مجموعة فاغنر المدعومة من موسكو نحو بلدة في شمال مالي.", "ar")
    assert ("Russia", "supports", "Wagner Group") in rels, rels


def test_confrontations_with_an_adjective_before_between_are_fighting() -> None:
    rels = _rels("ودارت مواجهات دامية بين مقاتلي حركة الشباب والجيش الصومالي في إقليم شبيلي.", "ar")
    assert any(t == "fights" and "Somali" in s + o and "Shabaab" in s + o for s, t, o in rels), rels


def test_a_participle_aside_with_an_object_leaves_the_subject_before_it() -> None:
    text = "Kenya, locked in a long quarrel with Somalia over the sea border, has voiced support for Ethiopia."
    rels = _rels(text, "en")
    assert ("Kenya", "supports", "Ethiopia") in rels, rels
    assert ("Somalia", "supports", "Ethiopia") not in rels, rels


def test_a_hyphenated_adjective_keeps_the_possessive_agent() -> None:
    rels = _rels("Observers in Belgrade pointed to Moscow's long-standing diplomatic support for Serbia.", "en")
    assert ("Russia", "supports", "Serbia") in rels, rels
    rels = _rels("The analysts doubted Ankara's full-throated backing of Azerbaijan.", "en")
    assert ("Turkey", "supports", "Azerbaijan") in rels, rels
