"""A known deal about two states signed after the article appeared is the article's agreement only if the article
names both: «الاتفاق» in a Lebanese article of September 2025 that names Israel and the United States is not the
Gaza ceasefire signed the next month (Palestine is never named). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _agreements(text: str, day: str) -> set[str]:
    return {e.id for e in extract_text(text, lang="ar", date_=day).entities if e.kind == "agreement"}


def test_a_later_deal_about_other_states_is_not_the_agreement_of_the_article() -> None:
    text = "وطالب رئيس الحكومة اللبنانية الولايات المتحدة بالضغط على إسرائيل لاحترام الاتفاق."
    assert "agr:gaza-ceasefire-2025-10" not in _agreements(text, "2025-09-23")
