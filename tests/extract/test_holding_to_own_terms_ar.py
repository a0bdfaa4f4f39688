"""Arabic: holding to one's own terms or arms («تمسكها بشروطها لتجديد الهدنة», «تمسكه بسلاحه رغم القرار 1701»)
invokes no agreement named after them; holding to an agreement («تمسكها باتفاق الرياض») still does. Sentences
written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2023-08-07").relations}


def test_holding_to_its_own_terms_invokes_no_truce() -> None:
    rels = _rels("وأكدت جماعة الحوثي مجددا تمسكها بشروطها لتمديد الهدنة الأممية.")
    assert not any(t == "references" for _, t, _ in rels)


def test_holding_to_its_arms_invokes_no_resolution() -> None:
    rels = _rels("وأعلن حزب الله تمسكه بسلاحه رغم القرار 1701.")
    assert not any(t == "references" for _, t, _ in rels)


def test_holding_to_an_agreement_still_invokes_it() -> None:
    rels = _rels("وأعلنت الحكومة السودانية تمسكها بإعلان جدة الإنساني.")
    assert any(s == "state:sdn" and t == "references" for s, t, _ in rels)
