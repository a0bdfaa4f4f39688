"""The knowledge base beyond Syria, seen through the extractor: actors and agreements of Sudan, Ethiopia,
Somalia, the Sahel, Ukraine, the Caucasus and Afghanistan are recognized under the names Arabic and English
news use. The sentences are written for these tests."""

import pytest

from explorer.extract import extract_text


def names(text: str, lang: str, date: str) -> set[str]:
    return {e.name for e in extract_text(text, lang=lang, date_=date).entities}


CASES = [
    (
        "ar",
        "2023-05-20",
        "وقّع ممثلو الجيش السوداني وقوات الدعم السريع في جدة اتفاقا لوقف إطلاق النار قصير الأمد، "
        "فيما رحب البرهان وحميدتي بالوساطة السعودية الأميركية.",
        {"Sudanese Armed Forces", "Rapid Support Forces", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"},
    ),
    (
        "ar",
        "2022-11-03",
        "رحب رئيس الوزراء الإثيوبي آبي أحمد باتفاق بريتوريا مع الجبهة الشعبية لتحرير تيغراي، "
        "وأشاد بدور الوسيط أوباسانجو والاتحاد الأفريقي.",
        {"Abiy Ahmed", "Pretoria Agreement", "Tigray People's Liberation Front", "Olusegun Obasanjo", "African Union"},
    ),
    (
        "ar",
        "2024-03-10",
        "أعلنت حركة الشباب مسؤوليتها عن هجوم في مقديشو، وتعهد الرئيس حسن شيخ محمود بمواصلة الحرب على الحركة.",
        {"al-Shabaab", "Hassan Sheikh Mohamud"},
    ),
    (
        "ar",
        "2023-08-01",
        "اتهمت جماعة نصرة الإسلام والمسلمين المجلس العسكري في مالي بقيادة عاصمي غويتا بالاستعانة بمرتزقة فاغنر.",
        {"Jama'at Nusrat al-Islam wal-Muslimin", "Assimi Goïta", "Wagner Group"},
    ),
    (
        "ar",
        "2022-02-20",
        "قال زيلينسكي إن اتفاقيات مينسك لم تعد قائمة، بينما دعا لافروف كييف إلى تنفيذ اتفاق مينسك 2 كاملا.",
        {"Volodymyr Zelensky", "Minsk II", "Sergei Lavrov"},
    ),
    (
        "ar",
        "2020-11-10",
        "وقع علييف وباشينيان وبوتين البيان الثلاثي الموقع في 10 نوفمبر لوقف إطلاق النار في ناغورنو كاراباخ.",
        {"Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin", "2020 Nagorno-Karabakh Ceasefire Agreement"},
    ),
    (
        "ar",
        "2022-01-10",
        "التقى وزير الخارجية في حكومة طالبان أمير خان متقي المبعوث الأميركي توماس ويست في الدوحة.",
        {"Amir Khan Muttaqi", "Taliban", "Thomas West"},
    ),
    (
        "en",
        "2022-07-22",
        "Ukraine and Russia signed the Black Sea Grain Initiative in Istanbul, with Erdogan and Guterres looking on.",
        {"Black Sea Grain Initiative", "Ukraine", "Russia", "Recep Tayyip Erdoğan", "António Guterres"},
    ),
    (
        "en",
        "2018-09-12",
        "Salva Kiir and Riek Machar signed the Revitalized Peace Agreement in Addis Ababa under IGAD auspices.",
        {"Salva Kiir Mayardit", "Riek Machar", "Revitalized Agreement on the Resolution of the Conflict in South Sudan",
         "Intergovernmental Authority on Development"},
    ),
    (
        "en",
        "2024-01-02",
        "Abdalla Hamdok's Taqaddum coalition and the RSF issued a declaration on ending the war in Sudan.",
        {"Abdalla Hamdok", "Taqaddum", "Rapid Support Forces"},
    ),
]


# conflicts beyond the Middle East and the Horn (people_conflicts.yaml and its companions): text, then what is found
FARTHER = {
    ("en", "2003-08-11"): (
        "Charles Taylor handed power to Moses Blah as LURD rebels waited outside Monrovia.",
        "Charles Taylor|Moses Blah|Liberians United for Reconciliation and Democracy",
    ),
    ("ar", "2021-02-02"): (
        "اعتقل الجيش الميانماري أونغ سان سو تشي بعد انقلاب قاده مين أونغ هلاينغ، ودعت آسيان إلى الحوار.",
        "Tatmadaw|Aung San Suu Kyi|Min Aung Hlaing|Association of Southeast Asian Nations",
    ),
    ("en", "2007-02-13"): (
        "Christopher Hill and Kim Kye-gwan agreed on first steps under the Six-Party Talks.",
        "Christopher Hill|Kim Kye Gwan|Six-Party Talks",
    ),
    ("ar", "2014-03-27"): (
        "وقعت مانيلا وجبهة مورو الإسلامية للتحرير الاتفاق الشامل بشأن بانغسامورو.",
        "Moro Islamic Liberation Front|Comprehensive Agreement on the Bangsamoro",
    ),
}
CASES += [(lang, day, text, set(want.split("|"))) for (lang, day), (text, want) in FARTHER.items()]


@pytest.mark.parametrize("lang,date,text,want", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_actors_and_agreements_of_the_new_regions_are_recognized(lang, date, text, want):
    got = names(text, lang, date)
    assert want <= got, sorted(want - got)


def test_bare_common_words_are_not_actors():
    """Words that are also names in the knowledge base only in a longer form stay ordinary words."""
    got = names("قال المسؤول إن التقدم في المفاوضات بطيء، وإن الأبيض والأسود لا يكفيان لوصف المشهد في الساحل.",
                "ar", "2024-05-01")
    assert not {"Taqaddum", "El Obeid", "Sahel"} & got
