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


@pytest.mark.parametrize(
    "lang,date,text,want",
    [
        (
            "en",
            "2015-04-15",
            "The UN Security Council adopted Resolution 2216 on Yemen on Tuesday. Yemen's UN ambassador Khaled "
            "Alyemany welcomed the vote.",
            ("Khaled al-Yamani", "supports", "UN Security Council Resolution 2216"),
        ),
        (
            "en",
            "2022-11-03",
            "Ethiopia and the Tigray People's Liberation Front signed the Pretoria agreement on Wednesday. The "
            "United States welcomed the arrangement.",
            ("United States", "supports", "Pretoria Agreement"),
        ),
        (
            "en",
            "2022-07-23",
            "Russia and Ukraine signed the Black Sea Grain Initiative in Istanbul on Friday. Ukrainian President "
            "Volodymyr Zelensky said the arrangement would hold only if Russia kept its word.",
            ("Volodymyr Zelensky", "states", "Black Sea Grain Initiative"),
        ),
        (
            "en",
            "2020-10-04",
            "Sudan's government and rebel groups signed the Juba peace agreement on Saturday. The Sudan "
            "Revolutionary Front endorsed the principles, and Egypt welcomed the signing.",
            ("Egypt", "supports", "Juba Peace Agreement"),
        ),
        (
            "ar",
            "2015-04-15",
            "تبنى مجلس الأمن الدولي القرار 2216 بشأن اليمن. وصوتت الأردن لصالح النص، ورحبت الحكومة اليمنية بالتصويت.",
            ("Jordan", "agrees_with", "UN Security Council Resolution 2216"),
        ),
        (
            "ar",
            "2015-12-23",
            "تبنى مجلس الأمن الدولي القرار 2259 بشأن ليبيا، فيما أيدت مصر النص.",
            ("Egypt", "supports", "UN Security Council Resolution 2259"),
        ),
    ],
)
def test_an_event_or_text_noun_is_the_agreement_named_before_it(lang, date, text, want):
    """ "welcomed the vote", "the arrangement", "the signing", «صوتت لصالح النص», «أيدت النص»: a noun that only
    refers (`anaphoric_agreement_nouns`) is the agreement or resolution the article named before it."""
    assert want in named_relations(text, lang, date)


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("en", "Iraqi Kurds voted in a referendum on independence on Monday. Turkey rejected the vote.", "Turkey"),
        ("en", "Greece and Macedonia signed the Prespa agreement. Turkey criticised the vote of confidence.", "Turkey"),
        (
            "en",
            "Ukraine signed the Black Sea Grain Initiative with Turkey and the United Nations, and Russia signed a "
            "memorandum of understanding with the United Nations in Istanbul on Friday. Egypt welcomed the "
            "arrangement.",
            "Egypt",
        ),
        ("ar", "رفض البرلمان العراقي التصويت على الدستور الجديد، ورحبت إيران بالتصويت.", "Iran"),
        ("ar", "انتقدت إيران النص الذي نشرته الصحيفة.", "Iran"),
    ],
)
def test_a_referring_noun_with_no_single_antecedent_names_no_agreement(lang, text, actor):
    """No agreement named before ("the vote" of a referendum), a complement that names what it is ("the vote of
    confidence", «التصويت على الدستور»), or two agreements named together ("the arrangement" after a grain
    deal and a memorandum signed beside it): no link, and never a new agreement."""
    ex = named_relations(text, lang, "2022-07-23")
    assert not [r for r in ex if r[0] == actor], ex


@pytest.mark.parametrize(
    "date,text,want",
    [
        (
            "2007-08-01",
            "اعتمد مجلس الأمن الدولي بالإجماع قراراً بنشر قوة مختلطة في دارفور. ويجيز القرار 1769 للقوة استخدام القوة.",
            "UN Security Council Resolution 1769",
        ),
        (
            "2014-05-27",
            "تبنى مجلس الأمن الدولي قراراً يمدد ولاية بعثة الأمم المتحدة في جنوب السودان. وقال المندوب الصيني إن "
            "بلاده أيدت القرار 2155.",
            "UN Security Council Resolution 2155",
        ),
    ],
)
def test_an_indefinite_resolution_a_council_adopts_is_the_one_named_next(date, text, want):
    """«تبنى مجلس الأمن قراراً يمدد …» and, a sentence on, «القرار 2155»: the council agrees to that resolution."""
    assert ("UN Security Council", "agrees_with", want) in named_relations(text, "ar", date)


def test_a_decision_nobody_adopts_as_a_body_is_no_resolution():
    """«أصدر الرئيس قراراً بإقالة …» (a decree) before a resolution is named: no link to the resolution, and no
    agreement of its own."""
    text = "أصدر الرئيس الليبي قراراً بإقالة وزير الدفاع. وقال دبلوماسيون إن القرار 2259 يدعو إلى تشكيل حكومة وفاق."
    ex = named_relations(text, "ar", "2015-12-23")
    assert not [r for r in ex if r[2] == "UN Security Council Resolution 2259" and r[1] == "agrees_with"], ex


@pytest.mark.parametrize(
    "lang,date,text,want",
    [
        (
            "ar",
            "2019-08-17",
            "وقع المجلس العسكري وقوى الحرية والتغيير الوثيقة الدستورية في الخرطوم. وأيدت مصر الوثيقة، فيما رفضت "
            "الجبهة الثورية الوثيقة.",
            ("Sudan Revolutionary Front", "opposes", "Sudan Constitutional Document of 2019"),
        ),
        (
            "en",
            "2020-11-10",
            "Armenia and Azerbaijan signed a Russian-brokered ceasefire agreement to end the war in Nagorno-Karabakh. "
            "Azerbaijani President Ilham Aliyev said the document amounted to Armenia's capitulation.",
            ("Ilham Aliyev", "states", "2020 Nagorno-Karabakh Ceasefire Agreement"),
        ),
        (
            "en",
            "2022-11-03",
            "Ethiopia and the Tigray People's Liberation Front signed a peace agreement in Pretoria on Wednesday. The "
            "agreement provides for the disarmament of Tigrayan fighters. Addis Ababa has also relied on a military "
            "cooperation memorandum it signed with Turkey last year. Kenya welcomed the agreement.",
            ("Kenya", "supports", "Pretoria Agreement"),
        ),
        (
            "ar",
            "2019-11-05",
            "وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي اتفاق الرياض أمس. وينص الاتفاق على تشكيل حكومة جديدة. "
            "وكانت الحكومة قد وقعت مع السعودية مذكرة تفاهم عسكرية في العام الماضي. ورحبت الكويت بالاتفاق.",
            ("Kuwait", "supports", "Riyadh Agreement"),
        ),
        (
            "en",
            "2016-06-24",
            "The Colombian government and the FARC agreed a bilateral ceasefire in Havana on Thursday. Venezuela "
            "welcomed the agreement.",
            ("Venezuela", "supports", "Colombia-FARC Bilateral and Definitive Ceasefire Agreement"),
        ),
    ],
)
def test_a_bare_noun_is_the_agreement_the_article_means(lang, date, text, want):
    """ "the document", «الوثيقة» as the object of a relation's trigger (past the Arabic subject) or as what is
    said of: the agreement the article named before. "Kenya welcomed the agreement" right after a memorandum
    named in passing: the agreement the article has named most often, not the nearest one of another kind; with
    no other agreement named ("agreed a ceasefire … welcomed the agreement"), the nearest it stays."""
    assert want in named_relations(text, lang, date)
