"""An agreement dated by a full day in English news (issue 9), sentences written for these tests: "on November
2, 2022" and "on 2 November 2022" date it to that year's month, so the knowledge base's agreement is found (the
year used to be read as the day's, and the last November before the article taken instead)."""

import pytest

from explorer.extract.pipeline import extract_text


@pytest.mark.parametrize(
    ("text", "agreement"),
    [
        (
            "Ethiopia's federal government and the Tigray People's Liberation Front signed a cessation of hostilities "
            "agreement in Pretoria on November 2, 2022, after talks mediated by the African Union.",
            "agr:pretoria-agreement-2022",
        ),
        (
            "Ethiopia's government and the TPLF signed a cessation of hostilities agreement in Pretoria on 2 November "
            "2022.",
            "agr:pretoria-agreement-2022",
        ),
        (
            "Armenia and Azerbaijan signed a ceasefire on November 9, 2020, ending six weeks of fighting.",
            "agr:karabakh-trilateral-statement-2020",
        ),
    ],
)
def test_a_day_month_and_year_date_the_agreement(text, agreement):
    x = extract_text(text, lang="en", date_="2025-02-10")
    assert {(r.type, r.target) for r in x.relations} >= {("agrees_with", agreement)}
    assert not any("2024" in e.name or "2025" in e.name for e in x.entities if e.kind == "agreement")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yemen's government and the Houthis signed an agreement in Stockholm in December 2018."),
        ("ar", "ووقعت الحكومة اليمنية وجماعة الحوثي اتفاقاً في ستوكهولم في ديسمبر 2018."),
    ],
)
def test_an_agreement_signed_in_a_city_is_the_one_named_after_it(lang, text):
    """Three Yemeni agreements were signed that month near Stockholm (the knowledge base places them at Rimbo, in
    Sweden): the city the text names is in Sweden, and the one named after it is the Stockholm Agreement."""
    x = extract_text(text, lang=lang, date_="2025-02-10")
    assert ("agrees_with", "agr:stockholm-agreement-2018") in {(r.type, r.target) for r in x.relations}


def test_the_deal_its_signers_name_is_the_older_agreement():
    """An article dated in October 2025 names the Pakistan–Afghanistan ceasefire of that month, then the
    DRC–Rwanda agreement signed in June: "the deal" the Congolese and Rwandan ministers signed is the June one,
    though it is older than the article's own."""
    text = (
        "Afghanistan's Taliban government and Pakistan agreed to an immediate ceasefire after talks in Doha. "
        "The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on June 27, 2025. "
        "Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe "
        "signed the deal."
    )
    x = extract_text(text, lang="en", date_="2025-10-20")
    signed = {r.target for r in x.relations if r.type == "agrees_with" and r.source.startswith("person:")}
    assert signed == {"agr:washington-drc-rwanda-2025"}


def test_a_ceasefire_in_a_place_is_none_about_other_states():
    """In June 2025, with Israel, Qatar and the United States named, "a new proposal for a ceasefire in Gaza" is
    not the Israel–Iran ceasefire of that month (about neither Gaza nor its state)."""
    text = (
        "أعلنت وزارة الخارجية القطرية أن الدوحة استضافت جولة جديدة من المحادثات غير المباشرة بين حماس وإسرائيل "
        "بمشاركة مصرية وأمريكية. وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن الوسطاء قدموا مقترحاً جديداً "
        "لوقف إطلاق النار في غزة."
    )
    x = extract_text(text, lang="ar", date_="2025-06-20")
    assert "agr:israel-iran-ceasefire-2025" not in {r.target for r in x.relations}
    assert any(e.kind == "agreement" and "Gaza" in e.name for e in x.entities)
