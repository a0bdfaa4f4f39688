"""Iraqi news often quote the inner name of Kataib Hezbollah («كتائب «حزب الله»», «كتائب «حزب الله العراقي»»): the
brigades, not Lebanon's Hezbollah, are struck or strike (issue 9: fights with the right target). Sentences written
for this test."""

import pytest

from explorer.extract.pipeline import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت مسيّرة أمريكية ليل الخميس مخزنا لكتائب «حزب الله» قرب القائم.",
        "وقالت واشنطن إنها ضربت مقرات تابعة لكتائب «حزب الله العراقي» جنوب بغداد.",
    ],
)
def test_the_quoted_inner_name_is_the_brigades(text) -> None:
    ex = extract_text(text, lang="ar", date_="2024-02-03")
    ids = {e.id for e in ex.entities}
    assert "group:kataib-hezbollah" in ids, ids
    assert "group:hezbollah" not in ids, ids
