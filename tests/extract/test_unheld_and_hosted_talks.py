"""Meetings and talks the text does not say were held between the actors it names: talks named as possible,
asked for or offered ("open to a meeting with X", "a proposal to resume negotiations with Y", "a potential
meeting between A and B"), talks that two actors host or facilitate ("Norway and Kenya facilitated the
talks": the hosts are not two sides), "the mediation efforts of X" (X mediates); and a body's name inside a
backed document ("a French-backed UN Security Council resolution": France backs the resolution, not the
Council). Sentences of our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    ("en", "Ruto and Museveni held talks in Nairobi on Monday.", ("person:*", "negotiates_with", "person:*")),
    ("en", "Erdogan met Putin in Sochi after the invitation.", ("person:*", "meets", "person:*")),
    ("en", "Greece and Turkey held two days of talks in Athens.", ("state:grc", "negotiates_with", "state:tur")),
    (
        "en",
        "Beijing on Tuesday vetoed a French-backed UN Security Council resolution on Myanmar.",
        ("state:fra", "supports", "agr:*"),
    ),
    (
        "en",
        "Nine members voted for the resolution, which was co-written by Norway and Ghana, while two abstained.",
        ("state:nor", "supports", "agr:*"),
    ),
]

KEEPS_OUT = [
    # possible, asked for or offered: not held
    ("en", "Macron said he was open to a face-to-face meeting with Erdogan.", ("person:*", "meets", "person:*")),
    (
        "en",
        "Nairobi accepted the request of Somali officials for direct talks between Hassan Sheikh Mohamud"
        " and Abiy Ahmed.",
        ("person:*", "negotiates_with", "person:*"),
    ),
    (
        "en",
        "The round follows a proposal by Erdogan on Monday to resume direct negotiations with Greece.",
        ("person:*", "negotiates_with", "state:grc"),
    ),
    (
        "en",
        "The envoys discussed the truce and preparations for a possible meeting between Ruto and Museveni.",
        ("person:*", "meets", "person:*"),
    ),
    # hosts and facilitators are not two sides of the talks
    ("en", "Norway and Switzerland facilitated the talks in Oslo.", ("state:nor", "negotiates_with", "state:che")),
    (
        "en",
        "The statement praised the role of Oman and Iraq in hosting the negotiations.",
        ("state:omn", "negotiates_with", "state:irq"),
    ),
    # the mediation efforts of X: X mediates, no talks with whoever thanks it
    (
        "en",
        "Obasanjo expressed gratitude for the mediation efforts of Kenya and Uganda.",
        ("person:*", "negotiates_with", "state:ken"),
    ),
    # a body's name qualifying a backed document
    (
        "en",
        "Beijing on Tuesday vetoed a French-backed UN Security Council resolution on Myanmar.",
        ("state:fra", "supports", "org:*"),
    ),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_unheld_and_hosted_talks(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])


def test_two_who_suspend_talks_do_not_hold_them_with_each_other():
    text = "Kenya and Norway on Thursday announced a suspension of the Nairobi talks."
    rels = extract_text(text, lang="en", date_="2023-06-01").relations
    check_relations(rels, [], [("state:ken", "negotiates_with", "state:nor")])


def test_two_who_stand_ready_to_reconvene_talks_do_not_hold_them_with_each_other():
    text = "Kenya and Norway said they stood ready to reconvene the Nairobi talks once the parties act."
    rels = extract_text(text, lang="en", date_="2023-06-01").relations
    check_relations(rels, [], [("state:ken", "negotiates_with", "state:nor")])
