"""Stance received by the subject of a clause ("the memorandum drew condemnation from Somalia", "won the backing of
the African Union", «قوبل إعلان جدة برفض من قوات الدعم السريع», «حظيت المبادرة بتأييد الاتحاد الأفريقي»): the actors
after "from"/«من» (or the noun's genitive) hold it toward the agreement the subject names or the actor whose act it
is; an agreement welcomed in the passive is backed by who welcomed it. Sentences of our own across conflicts
(Somalia and Somaliland, Sudan, Tigray, Syria, Gaza, Ukraine, the Black Sea), in both languages."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    (
        "en",
        "The memorandum between Ethiopia and Somaliland drew condemnation from Somalia and the Arab League.",
        ("org:arab-league", "opposes", "agr:*"),
    ),
    ("en", "The Jeddah Declaration was met with rejection from the RSF.", ("group:rsf", "opposes", "agr:jeddah-*")),
    (
        "en",
        "The Pretoria Agreement won the backing of the African Union.",
        ("org:african-union", "supports", "agr:pretoria-*"),
    ),
    (
        "en",
        "The Turkish incursion drew sharp criticism from the Arab League.",
        ("org:arab-league", "opposes", "state:tur"),
    ),
    ("en", "Ukraine has received military support from Poland.", ("state:pol", "supports", "state:ukr")),
    (
        "en",
        "The RSF enjoys the backing of the United Arab Emirates, UN experts say.",
        ("state:are", "supports", "group:rsf"),
    ),
    (
        "en",
        "Russia's invasion of Ukraine drew condemnation from the UN General Assembly.",
        ("org:unga", "opposes", "state:rus"),
    ),
    ("en", "Resolution 2728 was welcomed by Algeria and Qatar.", ("state:qat", "supports", "agr:unscr-2728")),
    ("en", "The Black Sea Grain Initiative was also hailed by Turkey.", ("state:tur", "supports", "agr:black-sea-*")),
    ("ar", "قوبل إعلان جدة برفض واسع من قوات الدعم السريع.", ("group:rsf", "opposes", "agr:jeddah-*")),
    ("ar", "ولقيت مذكرة التفاهم إدانة من جامعة الدول العربية.", ("org:arab-league", "opposes", "agr:*")),
    ("ar", "حظيت المبادرة المصرية بتأييد الاتحاد الأفريقي.", ("org:african-union", "supports", "agr:*")),
    ("ar", "أثار القرار الإسرائيلي انتقادات حادة من الاتحاد الأوروبي.", ("org:eu", "opposes", "state:isr")),
    ("ar", "تواجه إثيوبيا انتقادات من مصر بسبب السد.", ("state:egy", "opposes", "state:eth")),
    ("ar", "وقوبل اتفاق وقف إطلاق النار بترحيب من قطر ومصر.", ("state:qat", "supports", "agr:*")),
]

KEEPS_OUT = [
    # who receives the stance holds none; the victim of the act is not what is condemned
    ("en", "The Jeddah Declaration was met with rejection from the RSF.", ("agr:*", "opposes", "*")),
    (
        "en",
        "Russia's invasion of Ukraine drew condemnation from the UN General Assembly.",
        ("org:unga", "opposes", "state:ukr"),
    ),
    ("en", "The RSF enjoys the backing of the United Arab Emirates, UN experts say.", ("org:un", "supports", "*")),
    ("ar", "تواجه إثيوبيا انتقادات من مصر بسبب السد.", ("state:eth", "opposes", "*")),
    # a person welcomed is a meeting, not backing
    ("en", "Blinken was welcomed by Netanyahu at the airport.", ("*", "supports", "*")),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_received_stance(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
