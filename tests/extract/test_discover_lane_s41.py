"""Issue 9, discovery lane (session 41): constructions that made or missed an actor or an agreement on news from
conflicts nobody tuned to. Sentences written for these tests."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _ex(text: str, lang: str, date_: str):
    return extract_text(text, lang=lang, date_=date_)


def test_announcing_body_with_its_own_stance_is_no_declaration():
    # «إعلان X تأييده/استعداده …»: a body announcing its own support or readiness, not a declaration named after it
    ex = _ex(
        "وصلت القوات إلى المدينة بعد يومين من إعلان الاتحاد الأوروبي استعداده لتمويل البعثة، "
        "وعقب إعلان مجلس السلم والأمن التابع للاتحاد الأفريقي رفضه للانقلاب.",
        "ar",
        "2023-08-10",
    )
    assert not [e.name for e in ex.entities if e.kind == "agreement"], [e.name for e in ex.entities]


def _names(ex) -> dict[str, str]:
    return {e.name: e.kind for e in ex.entities}


def test_known_actors_under_their_other_names():
    # the knowledge base's other spellings: a capital written in two words, a commission that is the forces' own
    # legal name, a movement written with its army, the plural of an accord's name
    ar = _names(
        _ex(
            "واستقبل ولي عهد أبو ظبي وفدا من الحركة الشعبية/الجيش الشعبي لتحرير السودان في المعارضة، فيما جددت "
            "حركة جيش تحرير السودان بقيادة عبد الواحد محمد نور رفضها للمبادرة.",
            "ar",
            "2021-06-02",
        )
    )
    assert ar.get("Abu Dhabi") == "place" and "أبو ظبي" not in ar, ar
    assert "SPLM-in-Opposition" in ar and "Sudan Liberation Movement-Abdel Wahid" in ar, ar
    en = _names(
        _ex(
            "Units of the Popular Mobilization Commission pushed back an assault near Samarra. In Bamako, the "
            "junta said it no longer considered itself bound by the Algiers Accords.",
            "en",
            "2024-02-03",
        )
    )
    assert "Popular Mobilization Forces" in en and "Popular Mobilization Commission" not in en, en
    assert "Algiers Accord (Mali)" in en, en

