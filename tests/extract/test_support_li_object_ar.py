"""Arabic: a support noun with its own «لـ» object right after it («دعمه للأمم المتحدة في جهودها، ومراقبة الهدنة»)
backs that object; an agreement named later in the sentence does not take its place (the candidates step had put
the nearest agreement first). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2022-05-01").relations}


def test_support_for_the_body_named_with_li_is_not_support_for_the_truce_after_it() -> None:
    rels = _rels(
        "وأكد الاتحاد الأوروبي دعمه للأمم المتحدة في مساعيها السياسية، ورغبته في مراقبة وقف إطلاق النار في اليمن."
    )
    assert ("org:eu", "supports", "org:un") in rels
    assert not any(s == "org:eu" and t == "supports" and o.startswith("agr:") for s, t, o in rels)


def test_support_for_the_truce_itself_still_backs_it() -> None:
    rels = _rels("وجددت مصر دعمها للهدنة في اليمن.")
    assert any(s == "state:egy" and t == "supports" and o.startswith("agr:") for s, t, o in rels)
