"""Three readings of a sentence's second name. "The envoy also met with the secretary general of the Gulf
Cooperation Council, X": a diplomat noun that opens a longer title is that title's holder, not the diplomat named
before (who then meets X). "welcomed the TPLF delegation's visit": the name owns what is welcomed and is not
received. "the bloc imposed sanctions on Mali" after a junta was named: a body that rules a state is no bloc.
Sentences of our own."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    (
        "UN envoy Hans Grundberg arrived in Aden on Monday. He also met with the secretary general of the Gulf"
        " Cooperation Council, Jasem Albudaiwi.",
        ("person:hans-grundberg", "meets", "person:jasem-albudaiwi"),
    ),
    ("Ruto welcomed the Hamas delegation to Nairobi.", ("person:*", "meets", "group:hamas")),
    (
        "The Economic Community of West African States said it would keep sanctions on Guinea. It added that"
        " Burkina Faso's military junta must free Roch Marc Christian Kabore. The talks came three months after"
        " the bloc imposed sanctions on Mali.",
        ("org:ecowas", "opposes", "state:mli"),
    ),
]

KEEPS_OUT = [
    (
        "UN envoy Hans Grundberg arrived in Aden on Monday. He also met with the secretary general of the Gulf"
        " Cooperation Council, Jasem Albudaiwi.",
        ("person:hans-grundberg", "meets", "person:hans-grundberg"),
    ),
    (
        "Obasanjo on Wednesday welcomed the TPLF delegation's recent visit to Addis Ababa.",
        ("person:*", "meets", "group:*"),
    ),
    (
        "The Economic Community of West African States said it would keep sanctions on Guinea. It added that"
        " Burkina Faso's military junta must free Roch Marc Christian Kabore. The talks came three months after"
        " the bloc imposed sanctions on Mali.",
        ("org:mpsr-burkina", "opposes", "state:mli"),
    ),
]


@pytest.mark.parametrize(
    "text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_titled_objects_and_owned_welcomes(text, shape, found):
    rels = extract_text(text, lang="en", date_="2022-03-26").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
