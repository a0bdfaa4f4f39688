"""A small hand-made corpus for the dashboard tests, and an AppTest helper.

The corpus is eight short documents written for these tests (none is quoted from any outlet), in
Arabic and English, from December 2015 to January 2017, plus one undated document. Entities, mention
offsets and relations are made by hand through `Extraction` records, so the tests do not depend on
the extractor.
"""

from __future__ import annotations

from pathlib import Path

from explorer.ingest.document import make_document
from explorer.records import Entity, Extraction, Mention, Relation
from explorer.store import open_store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "explorer" / "app.py")

# id: (name, name_ar, kind, surfaces used to find mentions)
ENTITIES = {
    "person:john-kerry": ("John Kerry", "جون كيري", "person", ["John Kerry", "Kerry", "جون كيري", "كيري"]),
    "person:sergei-lavrov": ("Sergei Lavrov", "سيرغي لافروف", "person", ["Sergei Lavrov", "Lavrov", "لافروف"]),
    "person:vladimir-putin": ("Vladimir Putin", "فلاديمير بوتين", "person", ["Putin", "بوتين"]),
    "person:boris-johnson": ("Boris Johnson", "بوريس جونسون", "person", ["Boris Johnson", "Johnson", "جونسون"]),
    "state:usa": ("United States", "الولايات المتحدة", "state", ["United States", "Washington", "الولايات المتحدة",
                                                                  "واشنطن"]),
    "state:rus": ("Russia", "روسيا", "state", ["Russia", "Moscow", "روسيا", "موسكو"]),
    "org:unsc": ("UN Security Council", "مجلس الأمن الدولي", "organization", ["Security Council", "مجلس الأمن"]),
    "group:isis": ("Islamic State", "داعش", "armed_group", ["Islamic State", "داعش"]),
    "agr:cessation-2016": ("Cessation of hostilities", "وقف الأعمال القتالية", "agreement",
                           ["cessation of hostilities", "truce", "الهدنة", "وقف الأعمال القتالية"]),
    "agr:unscr-2254": ("UNSC Resolution 2254", "قرار مجلس الأمن 2254", "agreement", ["Resolution 2254", "2254"]),
}
ALIASES = {"person:john-kerry": ["Kerry", "كيري"], "person:sergei-lavrov": ["Lavrov", "لافروف", "Sergey Lavrov"],
           "agr:cessation-2016": ["truce", "الهدنة"]}

K, L, P, J = "person:john-kerry", "person:sergei-lavrov", "person:vladimir-putin", "person:boris-johnson"
US, RU, SC, IS = "state:usa", "state:rus", "org:unsc", "group:isis"
COH, R2254 = "agr:cessation-2016", "agr:unscr-2254"

# (title, date, lang, [(sentence, [(source, type, target), ...]), ...])
DOCS = [
    ("Council adopts a road map", "2015-12-18", "en", [
        ("The Security Council adopted Resolution 2254 on Friday.", [(SC, "agrees_with", R2254)]),
        ("Kerry said Resolution 2254 was a milestone.", [(K, "references", R2254)]),
    ]),
    ("Munich talks", "2016-02-12", "en", [
        ("Kerry met Lavrov in Munich on Thursday night.", [(K, "meets", L)]),
        ("Washington and Moscow agreed on a cessation of hostilities.", [(US, "agrees_with", COH),
                                                                        (RU, "agrees_with", COH)]),
    ]),
    ("كيري في موسكو", "2016-03-24", "ar", [
        ("التقى كيري الرئيس بوتين في موسكو مساء أمس.", [(K, "meets", P)]),
        ("وبحث كيري مع لافروف الهدنة في اتصال هاتفي.", [(K, "phones", L), (K, "references", COH)]),
    ]),
    ("لقاء جديد", "2016-07-15", "ar", [
        ("اجتمع جون كيري مع لافروف لساعات طويلة.", [(K, "meets", L)]),
        ("وأكدت روسيا أنها ستواصل قتال داعش.", [(RU, "fights", IS)]),
    ]),
    ("London meeting", "2016-07-19", "en", [
        ("Kerry met Boris Johnson in London.", [(K, "meets", J)]),
        ("Johnson said the truce must hold.", [(J, "references", COH)]),
    ]),
    ("Another call", "2016-09-09", "en", [
        ("Kerry and Lavrov spoke by phone about the truce.", [(K, "phones", L), (L, "references", COH)]),
    ]),
    ("Talks resume", "2017-01-10", "en", [
        ("Russia and the United States discussed the truce again.", [(RU, "negotiates_with", US),
                                                                    (RU, "references", COH)]),
    ]),
    ("بيان غير مؤرخ", None, "ar", [
        ("انتقدت روسيا الولايات المتحدة بشدة.", [(RU, "opposes", US)]),
    ]),
]


def make_extraction(title: str, date: str | None, lang: str, sentences) -> Extraction:
    text = " ".join(s for s, _ in sentences)
    doc = make_document(text, title=title, date=date, lang=lang, source="Test desk", path=f"{title}.txt")
    mentions: dict[str, list[Mention]] = {}
    taken: list[tuple[int, int]] = []
    for eid, (_, _, _, surfaces) in ENTITIES.items():
        for surface in sorted(surfaces, key=len, reverse=True):
            i = text.find(surface)
            while i >= 0:
                if not any(s < i + len(surface) and i < e for s, e in taken):
                    mentions.setdefault(eid, []).append(Mention(surface, i, i + len(surface)))
                    taken.append((i, i + len(surface)))
                i = text.find(surface, i + 1)
    relations = []
    pos = 0
    for sentence, rels in sentences:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        for src, rtype, tgt in rels:
            relations.append(Relation(src, tgt, rtype, sentence, start, pos, date, 0.9))
    used = set(mentions) | {r.source for r in relations} | {r.target for r in relations}
    entities = [
        Entity(eid, ENTITIES[eid][0], ENTITIES[eid][2], name_ar=ENTITIES[eid][1], aliases=ALIASES.get(eid, []),
               mentions=mentions.get(eid, []))
        for eid in ENTITIES if eid in used
    ]
    return Extraction(doc, entities, relations)


def build_store(path: Path) -> Path:
    with open_store(path) as store:
        store.add([make_extraction(*d) for d in DOCS])
    return path


def run_app(params: dict | None = None, *, timeout: float = 60):
    """An AppTest of the dashboard, run once, with `params` as the URL's query parameters."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
