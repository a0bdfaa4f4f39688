"""An English verb right after "and" shares the subject of the clause's verb before it, however long that verb's
object ("Iran condemned the Israeli strikes on Yemen and backed the Houthis": Iran backs them, not Israel); a
trigger word right after a demonym is a noun ("the Israeli strikes"), whose agent is the demonym's state and which
is no verb of the clause. Sentences of our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "Iran condemned the Israeli strikes on Yemen and backed the Houthis.",
        [("state:irn", "supports", "group:houthis"), ("state:isr", "fights", "state:yem")],
        [("state:isr", "supports", "*")],
    ),
    (
        "Turkey denounced the Russian attacks on Kharkiv and supported Ukraine.",
        [("state:tur", "supports", "state:ukr")],
        [("state:rus", "supports", "*")],
    ),
    (
        "Egypt criticised the Ethiopian dam on the Blue Nile and backed Sudan.",
        [("state:egy", "supports", "state:sdn")],
        [("state:eth", "supports", "*")],
    ),
    (
        "Russia and Iran backed Assad.",
        [("state:rus", "supports", "person:*"), ("state:irn", "supports", "person:*")],
        [],
    ),
    (
        "Israeli strikes killed 20 Hamas fighters.",
        [("state:isr", "fights", "group:hamas")],
        [],
    ),
]


@pytest.mark.parametrize("text,wanted,unwanted", ROWS, ids=[f"row-{n}" for n in range(len(ROWS))])
def test_coordinated_verb(text, wanted, unwanted):
    check_relations(extract_text(text, lang="en", date_="2024-05-10").relations, wanted, unwanted)
