"""A host who met a list of people, each named with a title that starts with a qualifier ("caretaker", "former",
"acting", "army", "the Humanitarian Coordinator …"): every one of them is met, not only the first; and a title between
commas after a name that has a title of its own belongs to the next name of the list. Sentences of our own about
several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    (
        "en",
        "Ramtane Lamamra met with Sadiq al-Mahdi, interim Prime Minister Abdalla Hamdok and army chief Abdel Fattah"
        " al-Burhan in Khartoum on Monday.",
        [("person:*", "meets", "person:abdalla-hamdok"), ("person:*", "meets", "person:abdel-fattah-al-burhan")],
    ),
    (
        "en",
        "The envoy, Mike Hammer, met several leaders in Nairobi, including President William Ruto and the former"
        " Kenyan President Uhuru Kenyatta.",
        [("person:mike-hammer", "meets", "person:uhuru-kenyatta")],
    ),
    (
        "en",
        "In Port Sudan, Lamamra met with army spokesman Nabil Abdallah, the Deputy Chairman of the Sovereign Council"
        " Malik Agar, the Minister of Finance in the Sudanese government, Gibril Ibrahim, and several tribal leaders.",
        [
            ("person:jibril-ibrahim", "holds_role_in", "state:sdn"),
            ("person:ramtane-lamamra", "meets", "person:malik-agar"),
            ("person:ramtane-lamamra", "meets", "person:jibril-ibrahim"),
        ],
    ),
]


def test_a_title_between_listed_names_is_the_next_ones():
    text = (
        "In Port Sudan, Lamamra met with army spokesman Nabil Abdallah, the Deputy Chairman of the Sovereign Council"
        " Malik Agar, the Minister of Finance in the Sudanese government, Gibril Ibrahim, and several tribal leaders."
    )
    rels = extract_text(text, lang="en", date_="2023-05-10").relations
    check_relations(rels, [], [("person:malik-agar", "holds_role_in", "state:sdn")])


@pytest.mark.parametrize("lang,text,shapes", FINDS, ids=[f"find-{n}" for n in range(len(FINDS))])
def test_listed_titled_guests(lang, text, shapes):
    rels = extract_text(text, lang=lang, date_="2021-05-10").relations
    check_relations(rels, shapes, [])
