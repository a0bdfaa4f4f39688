"""Who holds a role phrase: an apposition whose body is followed by its short name in brackets ("X, the African
Union's (AU) mediator") still describes the name before the comma; an envoy the knowledge base knows only where he
is posted is not the one meant by a title that sends its envoy nowhere or elsewhere ("the AU special envoy to the
Horn of Africa"). Sentences of our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "Angolan President Joao Lourenco, the African Union's (AU) mediator for the Great Lakes, flew to Kinshasa.",
        "2024-02-01",
        [("person:joao-lourenco", "holds_role_in", "org:african-union")],
        [("person:mohamed-belaiche", "*", "*")],
    ),
    (
        "The African Union special envoy to the Horn of Africa held talks with Tigrayan officials in Mekelle.",
        "2023-03-01",
        [],
        [("person:mohamed-belaiche", "*", "*")],
    ),
]


@pytest.mark.parametrize("text,date,wanted,unwanted", ROWS, ids=[f"en-{n}" for n in range(len(ROWS))])
def test_role_owners(text, date, wanted, unwanted):
    check_relations(extract_text(text, lang="en", date_=date).relations, wanted, unwanted)
