"""Bare nouns that stand for an agreement or resolution named earlier in the article («القرار», «النص»,
"the vote", "the arrangement"), across a whole document: probe articles written for these tests about several
conflicts."""

import pytest

from tests.extract.shapes import named_relations

# A paragraph of some seventy words with no agreement or decision in it, set between a resolution and the bare
# noun that refers to it (the places are the conflict's own).
_FILL = (
    "وكانت المعارك قد تجددت في ضواحي {a} و{b} خلال الأسابيع الماضية بين القوات الموالية للحكومة والمجموعات "
    "المسلحة، فيما تواصل نزوح آلاف العائلات نحو المدن الساحلية، وأكدت منظمات الإغاثة أن المستشفيات تعاني نقصاً "
    "حاداً في الأدوية والوقود وأن الطرق بين المدن ما زالت مقطوعة، وأن المعابر الحدودية مع {c} شهدت ازدحاماً "
    "كبيراً خلال الأيام الثلاثة الماضية مع تزايد أعداد الفارين من القتال. "
)


@pytest.mark.parametrize(
    "dated,about,places,closing,want",
    [
        ("2015-12-23 2259", "ليبيا", "طرابلس بنغازي تونس", "ورحبت الحكومة الإيطالية بالقرار.", "Italy supports"),
        ("2007-08-01 1769", "دارفور", "الفاشر نيالا تشاد", "وأعلنت الخرطوم تأييدها للقرار.", "Sudan supports"),
        ("2015-04-15 2216", "اليمن", "عدن تعز عمان", "وانتقدت إيران القرار، معتبرة أنه منحاز.", "Iran opposes"),
        ("2015-02-17 2202", "أوكرانيا", "دونيتسك لوغانسك روسيا", "ورحبت أوكرانيا بالقرار.", "Ukraine supports"),
    ],
)
def test_a_bare_resolution_noun_a_paragraph_on_is_the_only_resolution_named(dated, about, places, closing, want):
    """«رحبت X بالقرار» two paragraphs after the resolution is named (beyond the recency window of a bare
    «القرار»): the article has named one resolution and no other decision since, so it is that one."""
    (date, number), (a, b, c) = dated.split(), places.split()
    text = f"تبنى مجلس الأمن الدولي بالإجماع القرار {number} بشأن {about}. " + _FILL.format(a=a, b=b, c=c) + closing
    source, rtype = want.split()
    assert (source, rtype, f"UN Security Council Resolution {number}") in named_relations(text, "ar", date)


@pytest.mark.parametrize(
    "between",
    [
        "وأعلنت الحكومة اليمنية قرارها إغلاق ميناء الحديدة. ",  # another's decision named between
        "",
    ],
)
def test_a_far_bare_resolution_noun_is_not_linked_past_another_decision_or_a_second_resolution(between):
    """Far from the resolution, «القرار» after another's decision («قرارها إغلاق …») may be that decision; and
    with two resolutions named («القرار 2216 … بعد القرار 2140») recency alone does not choose."""
    opening = "القرار 2216 بشأن اليمن" if between else "القرار 2216 بشأن اليمن، بعد القرار 2140"
    text = (
        f"تبنى مجلس الأمن الدولي {opening}. "
        + _FILL.format(a="عدن", b="تعز", c="عمان")
        + between
        + "وانتقدت إيران القرار، معتبرة أنه منحاز."
    )
    assert not [r for r in named_relations(text, "ar", "2015-04-15") if r[0] == "Iran"]
