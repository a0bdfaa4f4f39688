"""Arabic: an invitation or a call received from someone («تلقى X دعوة من Y») is no backing of X by Y (the
supported-by frame read «دعوة» like «دعم»). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2023-03-01").relations}


def test_an_invitation_received_from_a_king_is_no_support() -> None:
    rels = _rels("وتلقى الرئيس التونسي قيس سعيد دعوة من العاهل السعودي لحضور القمة العربية في الرياض.")
    assert not any(t == "supports" for _, t, _ in rels)


def test_support_received_from_a_state_is_still_support() -> None:
    rels = _rels("وقال الرئيس الصومالي إن بلاده تلقت دعما عسكريا من تركيا.")
    assert ("state:tur", "supports", "state:som") in rels
