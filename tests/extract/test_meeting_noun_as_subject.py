"""A meeting noun that is the subject of its own clause ("The meeting occurred as X …", "the aim of the talks was to
…", 'the goal of the meeting is "to end the war with Y"'): the names after that verb are no partners of the meeting.
Sentences of our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

KEEPS_OUT = [
    (
        "en",
        "Blinken met Sudanese officials in Port Sudan. The meeting occurred as Mohamed Hamdan Dagalo continued his"
        " offensive on El Fasher.",
        ("person:antony-blinken", "meets", "person:mohamed-hamdan-dagalo"),
    ),
    (
        "en",
        'Aliyev said the purpose of the meeting was "to sign a lasting peace with Armenia".',
        ("person:ilham-aliyev", "meets", "state:arm"),
    ),
]

FINDS = [
    (
        "en",
        "Aliyev held a meeting with Pashinyan in Brussels on Sunday.",
        ("person:ilham-aliyev", "meets", "person:nikol-pashinyan"),
    ),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_meeting_noun_as_subject(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
