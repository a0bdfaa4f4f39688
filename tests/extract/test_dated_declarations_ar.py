"""Arabic: a declaration dated to the day («إعلان 27 تشرين الثاني 2024», a month in two words) is the known
agreement announced or in force that day whose parties the document names, whatever its kind. Sentences written
for these tests."""

from explorer.extract.pipeline import extract_text


def _agreements(text: str, day: str) -> set[str]:
    return {e.id for e in extract_text(text, lang="ar", date_=day).entities if e.kind == "agreement"}


def test_a_declaration_dated_by_a_two_word_month_is_the_ceasefire_of_that_day() -> None:
    text = "ودعا رئيس الحكومة اللبنانية الولايات المتحدة إلى إلزام إسرائيل باحترام إعلان 27 تشرين الثاني 2024."
    assert "agr:israel-lebanon-ceasefire-2024" in _agreements(text, "2025-07-01")

