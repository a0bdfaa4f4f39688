"""Talks that someone asks for are not talks held: "stressed the need for a dialogue between A and B", "called for
negotiations between", «شدد على ضرورة الحوار بين», «دعا الطرفين إلى مفاوضات مباشرة». Talks that did take place, or
a meeting during which someone made a call, are still read. Sentences of our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

KEEPS_OUT = [
    (
        "en",
        "The Kenyan minister stressed the need for a frank dialogue between Somalia, Ethiopia and Eritrea.",
        ("state:som", "negotiates_with", "state:eth"),
    ),
    (
        "en",
        "Ramaphosa on Friday called for negotiations between Rwanda and the Democratic Republic of Congo.",
        ("state:rwa", "negotiates_with", "state:cod"),
    ),
    (
        "en",
        "The bloc underlined the importance of talks between Serbia and Kosovo under EU auspices.",
        ("state:srb", "negotiates_with", "state:*"),
    ),
    (
        "ar",
        "وشدد وزير الخارجية الكيني على ضرورة الحوار المباشر بين الصومال وإثيوبيا.",
        ("state:som", "negotiates_with", "state:eth"),
    ),
    (
        "ar",
        "ودعا الاتحاد الأفريقي أمس الطرفين إلى مفاوضات بين رواندا والكونغو الديمقراطية دون شروط.",
        ("state:rwa", "negotiates_with", "state:cod"),
    ),
]

FINDS = [
    (
        "en",
        "Talks between Somalia and Ethiopia resumed in Ankara on Monday.",
        ("state:som", "negotiates_with", "state:eth"),
    ),
    (
        "ar",
        "واستؤنفت في أنقرة المفاوضات بين الصومال وإثيوبيا.",
        ("state:som", "negotiates_with", "state:eth"),
    ),
    (
        "ar",
        "ودعا الرئيس الكيني خلال لقائه الرئيس الصومالي إلى التهدئة.",
        ("person:*", "meets", "person:*"),
    ),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_called_for_talks(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
