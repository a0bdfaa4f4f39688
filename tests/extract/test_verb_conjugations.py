"""Conjugation is the matcher's, not every word list's: the future «سـ» and the first person «نـ», «أـ» read a
verb as the present-tense entry the lexicon lists (explorer/extract/lexicon.py, Conjugations). A future event is
modal as "will meet" is; a future stance is held as "will support" is; "we" or "I" in a quotation is the one
quoted, as "We condemn …" after "X said:" is in English; "if", "plans to", "ready to" (Arabic modal_words) make an
event modal in both languages. Sentences written for this test, several conflicts."""

import pytest

from explorer.extract.lexicon import load_lexicon
from explorer.extract.pipeline import extract_text
from explorer.text.normalize import normalize
from explorer.text.tokens import tokenize
from tests.extract.shapes import check_relations


def _read(word: str):
    toks = tokenize(normalize(word).text)
    lex = load_lexicon("ar")
    hit = lex.triggers.match_at(toks, 0)
    return (hit[0].label if hit else None), lex.triggers.readings.get(toks[0].text)


@pytest.mark.parametrize(
    ("word", "label", "future", "first"),
    [
        ("سيدعم", "supports", True, False),
        ("ستلتقي", "meets", True, False),
        ("وسيزور", "visits", True, False),
        ("ندين", "opposes", False, True),
        ("ونرفض", "opposes", False, True),
        ("أؤكد", "states", False, True),
        ("أدعو", "supports", False, True),
        ("سنوقع", "agrees_with", True, True),
        ("سأعلن", "states", True, True),
        ("نرفضه", "opposes", False, True),
        ("ستوقع", "agrees_with", True, False),  # («توقع» alone is "expectation": the lexicon leaves it out)
        ("ستقاطع", "opposes", True, False),
    ],
)
def test_conjugated_verbs_are_triggers(word, label, future, first):
    got, reading = _read(word)
    assert got == label
    assert (reading.future, reading.first_person) == (future, first)


@pytest.mark.parametrize(
    "word", ["واشنطن", "النصف", "واصل", "سيري", "باري", "أصف", "سادك", "سياسة", "سيارة", "نظام", "نائب", "ستة", "نجيب"]
)
def test_look_alikes_are_no_conjugated_verbs(word):
    """Names and nouns that open with the same letters («واشنطن» is no «يشن…», «سيري» no «يرى», «النصف» no
    «يصف»: a verb takes no article)."""
    assert _read(word)[0] is None


CASES = [
    # a future stance is held now ("will support")
    ("ar", "وأعلنت الحكومة الليبية أنها ستدعم المبعوث الأممي عبد الله باتيلي.",
     [("state:lby", "supports", "person:abdoulaye-bathily")], []),
    ("ar", "وأعلنت الحكومة الصومالية أنها سترفض مذكرة التفاهم بين إثيوبيا وأرض الصومال.",
     [("state:som", "opposes", "agr:ethiopia-somaliland-mou-2024")], []),
    ("en", "The Libyan government announced that it will support UN envoy Abdoulaye Bathily.",
     [("state:lby", "supports", "person:abdoulaye-bathily")], []),
    ("ar", "وقالت حركة العدل والمساواة إنها ستقاطع اجتماع الاتحاد الأفريقي.",
     [("group:jem", "opposes", "org:african-union")], []),
    # a future event has not happened ("will meet", "will sign", "will fight")
    ("ar", "وقالت الرئاسة الأوكرانية إن زيلينسكي سيلتقي أردوغان في أنقرة الأسبوع المقبل.",
     [], [("*", "meets", "*")]),
    ("ar", "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إنه سيزور صنعاء الأسبوع المقبل.", [], [("*", "visits", "*")]),
    ("ar", "وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا ستوقع الاتفاق مع أوكرانيا.",
     [], [("*", "agrees_with", "*")]),
    ("ar", "وأكد قائد الجيش السوداني عبد الفتاح البرهان أن الجيش سيقاتل قوات الدعم السريع حتى النهاية.",
     [], [("*", "fights", "*")]),
    ("ar", "وقالت الخارجية الأمريكية إن الوزير أنتوني بلينكن سوف يلتقي نظيره الصيني وانغ يي في بكين.",
     [], [("*", "meets", "*")]),
    ("en", "The Ukrainian presidency said Zelensky will meet Erdogan in Ankara next week.", [], [("*", "meets", "*")]),
    ("ar", "وسيعقد وزير الخارجية الأمريكي أنتوني بلينكن اجتماعا مع نظيره الروسي سيرغي لافروف في جنيف.",
     [], [("*", "meets", "*")]),
    ("ar", "وسيجري الرئيس التركي رجب طيب أردوغان محادثات مع الرئيس الروسي فلاديمير بوتين الأسبوع المقبل.",
     [], [("*", "negotiates_with", "*")]),
    ("en", "Turkish President Recep Tayyip Erdogan will hold talks with Russian President Vladimir Putin next week.",
     [], [("*", "negotiates_with", "*")]),
    ("ar", "وأجرى الرئيس التركي رجب طيب أردوغان محادثات مع الرئيس الروسي فلاديمير بوتين في سوتشي.",
     [("person:recep-tayyip-erdogan", "negotiates_with", "person:vladimir-putin")], []),
    # "if", "plans to", "ready to": an event not (yet) happened; readiness to back is a stance held
    ("ar", "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن أوكرانيا مستعدة للتفاوض مع روسيا.",
     [], [("*", "negotiates_with", "*")]),
    ("ar", "وأعلنت الحكومة الكولومبية أنها مستعدة لاستئناف المحادثات مع جيش التحرير الوطني.",
     [], [("*", "negotiates_with", "*")]),
    ("ar", "وقال المبعوث الأممي إلى ليبيا عبد الله باتيلي إنه يخطط لزيارة بنغازي للقاء خليفة حفتر.",
     [], [("*", "meets", "*")]),
    ("ar", "وقال نتنياهو إن إسرائيل ستقصف لبنان إذا هاجم حزب الله المدن الإسرائيلية.",
     [], [("*", "fights", "*"), ("*", "opposes", "*")]),
    ("ar", "وقالت الخارجية السودانية إن الحكومة تنوي التوقيع على الاتفاق مع الحركة الشعبية.",
     [], [("*", "agrees_with", "*")]),
    ("en", "Zelensky said Ukraine was ready to negotiate with Russia.", [], [("*", "negotiates_with", "*")]),
    ("en", "Netanyahu said Israel would strike Lebanon if Hezbollah attacked Israeli cities.", [],
     [("*", "fights", "*"), ("*", "opposes", "*")]),
    # "we", "I" in a quotation: the one quoted
    ("ar", 'وقال الرئيس الأوكراني فولوديمير زيلينسكي: "ندين الهجوم الروسي على كييف".',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    ("ar", "وقال وزير الخارجية الأوكراني دميترو كوليبا إن المحادثات كانت مثمرة. "
     'وأضاف: "ندين الهجمات الروسية على أوديسا".',
     [("person:dmytro-kuleba", "opposes", "state:rus")], []),
    ("ar", 'وقال الرئيس الفرنسي إيمانويل ماكرون: "سندعم أوكرانيا حتى النهاية".',
     [("person:emmanuel-macron", "supports", "state:ukr")], []),
    ("ar", 'وقال الرئيس الكولومبي غوستافو بيترو: "ندين هجمات جيش التحرير الوطني".',
     [("person:gustavo-petro", "opposes", "group:eln")], []),
    ("ar", 'وقال رئيس الوزراء الإثيوبي آبي أحمد: "أؤكد التزامنا باتفاق بريتوريا".',
     [("person:abiy-ahmed", "states", "agr:pretoria-agreement-2022")], []),
    ("ar", 'وقال رئيس الوزراء الإثيوبي آبي أحمد: "أدعو جبهة تحرير تيغراي إلى احترام اتفاق بريتوريا".',
     [("person:abiy-ahmed", "supports", "agr:pretoria-agreement-2022")], [("*", "supports", "group:tplf")]),
    ("en", '"I met Sergei Lavrov in Geneva," US Secretary of State Antony Blinken said.',
     [("person:antony-blinken", "meets", "person:sergei-lavrov")], []),
    ("ar", 'وقال الرئيس الأوكراني فولوديمير زيلينسكي: "التقينا الرئيس التركي رجب طيب أردوغان في أنقرة".',
     [("person:volodymyr-zelensky", "meets", "person:recep-tayyip-erdogan")], []),
    # a quotation that goes on into the next sentence: its speaker
    ("ar", 'وقال الرئيس الأوكراني فولوديمير زيلينسكي: "المحادثات كانت صعبة. ندين القصف الروسي على خاركيف".',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    ("ar", 'وقال قائد الجيش السوداني عبد الفتاح البرهان: "الحرب لن تطول. ندين هجمات قوات الدعم السريع على الفاشر".',
     [("person:abdel-fattah-al-burhan", "opposes", "group:rsf")], []),
    ("en", 'Ukrainian President Volodymyr Zelensky said: "The talks were difficult. We condemn Russia."',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    ("en", 'Sudanese army chief Abdel Fattah al-Burhan said: "The war will end soon. We reject the RSF\'s attacks on '
     'El Fasher."', [("person:abdel-fattah-al-burhan", "opposes", "group:rsf")], []),
    # a quotation that opens the sentence: the one the speech verb after it names
    ("ar", '"ندين الهجوم الروسي على كييف"، قال الرئيس الأوكراني فولوديمير زيلينسكي.',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    ("ar", '"ندعم الجيش السوداني"، قال وزير الخارجية المصري سامح شكري.',
     [("person:sameh-shoukry", "supports", "org:saf")], [("org:saf", "*", "*")]),
    ("ar", '"نرفض مذكرة التفاهم بين إثيوبيا وأرض الصومال"، أكد الرئيس الصومالي حسن شيخ محمود.',
     [("person:hassan-sheikh-mohamud", "opposes", "agr:ethiopia-somaliland-mou-2024")], []),
    ("en", '"We condemn the Russian attack on Kyiv," Ukrainian President Volodymyr Zelensky said.',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    ("en", 'Egypt hosted talks in Cairo. "We support the Sudanese army," Turkish President Recep Tayyip Erdogan said.',
     [("person:recep-tayyip-erdogan", "supports", "org:saf")], [("state:egy", "supports", "*")]),
    ("en", 'Russia launched missiles at Kyiv on Monday. "We condemn this attack on our cities," Ukrainian President '
     "Volodymyr Zelensky said.", [], [("state:rus", "opposes", "*")]),
    ("en", 'Ukrainian President Volodymyr Zelensky said: "We condemn the Russian attack on Kyiv."',
     [("person:volodymyr-zelensky", "opposes", "state:rus")], []),
    # a past verb's "we" suffix: the speaker, with or without quotation marks; on a present stem it is "us"
    ("ar", 'وقال الرئيس الأوكراني فولوديمير زيلينسكي: "بحثنا مع الرئيس التركي رجب طيب أردوغان صفقة الحبوب".',
     [("person:volodymyr-zelensky", "negotiates_with", "person:recep-tayyip-erdogan")], []),
    ("ar", 'وقال وزير الخارجية الإيراني عباس عراقجي: "دعمنا لحزب الله ثابت".',
     [("person:abbas-araghchi", "supports", "group:hezbollah")], []),
    ("ar", "وأوضح غوتيريش في مؤتمر صحفي في ستوكهولم توصلنا إلى اتفاق بشأن ميناء ومدينة الحديدة.",
     [("person:antonio-guterres", "agrees_with", "*")], []),
    ("ar", 'وقال الرئيس الأوكراني فولوديمير زيلينسكي: "تدعمنا فرنسا منذ بداية الحرب".', [],
     [("person:volodymyr-zelensky", "supports", "*")]),
    # the name after a first-person verb is its object, never its subject
    ("ar", 'وقال الرئيس الكولومبي غوستافو بيترو: "ندعم الحكومة الفنزويلية".',
     [("person:gustavo-petro", "supports", "state:ven")], [("state:ven", "*", "*")]),
    ("ar", '"ندعم الحكومة الشرعية في اليمن"، قال وزير الخارجية السعودي فيصل بن فرحان.', [],
     [("state:yem", "supports", "*")]),
    ("ar", 'وقال الرئيس الروسي فلاديمير بوتين: "لن نوقع أي اتفاق مع أوكرانيا".', [], [("*", "agrees_with", "*")]),
]


@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), CASES)
def test_conjugated_relations(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2024-03-01").relations, wanted, unwanted)
