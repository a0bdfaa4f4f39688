"""Agreements as nodes: a mention that fits a knowledge-base agreement links to it, a discovered agreement is
named by place, kind and month so the same agreement in two documents is one node, and nothing is made of a
bare "the agreement" that cannot be resolved."""

from pathlib import Path

import pytest

from explorer.extract import extract
from explorer.extract.agreements import family_of_known
from explorer.extract.pipeline import extract_text
from explorer.ingest.readers import read_path
from explorer.kb import load_kb

SAMPLES = Path(__file__).resolve().parents[2] / "explorer" / "samples"


@pytest.fixture(scope="module")
def sample_agreements():
    kb = load_kb()
    return {
        d.path.rsplit("/", 1)[-1]: [e for e in extract(d, kb).entities if e.kind == "agreement"]
        for d in read_path(SAMPLES)
    }


def test_munich_cessation_of_hostilities_is_one_node(sample_agreements):
    ids = {e.id for e in sample_agreements["06-en-2016-munich-cessation-of-hostilities.md"]}
    assert ids == {"agr:syria-coh-2016", "agr:unscr-2254"}


def test_astana_memorandum_is_found(sample_agreements):
    ids = {e.id for e in sample_agreements["09-ar-2017-astana-de-escalation.md"]}
    assert "agr:astana-deescalation-memo-2017" in ids


def test_no_sample_splits_an_agreement(sample_agreements):
    """In no document do two nodes stand for one agreement: a discovered node never repeats the kind of
    another discovered node or of a known agreement of that document (a declaration named by a city where none
    of the known ones was issued, «إعلان موسكو» beside a ceasefire signed in Ankara, is another one)."""
    kb = load_kb()
    for name, ents in sample_agreements.items():
        found = [e for e in ents if e.id.startswith("agr:x-")]
        kinds = [e.name.split(" (")[0].split()[-1] for e in found]
        assert len(kinds) == len(set(kinds)), (name, [e.name for e in found])
        known_ents = [kb.get(e.id) for e in ents if not e.id.startswith("agr:x-")]
        known = {family_of_known(kb, e.id) for e in known_ents}
        cities = {kb.get(e.record["place"]).name for e in known_ents if e.record.get("place")}
        elsewhere = {e.name.split(" (")[0].rsplit(" ", 1)[0] for e in found if "declaration" in e.name} - cities
        kinds = [
            k for e, k in zip(found, kinds, strict=True) if e.name.split(" (")[0].rsplit(" ", 1)[0] not in elsewhere
        ]
        assert not {k for k in kinds if k in known}, (name, [e.name for e in ents])


def test_discovered_agreement_is_named_by_place_kind_and_month():
    ex = extract_text(
        "Mediators said the warring sides agreed to a ceasefire in Idlib on Thursday.", lang="en", date_="2020-03-05"
    )
    names = {e.name for e in ex.entities if e.kind == "agreement"}
    assert names == {"Idlib ceasefire (March 2020)"}


def test_same_agreement_in_two_documents_is_one_node():
    a = extract_text(
        "Mediators said the warring sides agreed to a ceasefire in Idlib on Thursday.", lang="en", date_="2020-03-05"
    )
    b = extract_text("وقال الوسطاء إن الطرفين اتفقا على وقف إطلاق النار في إدلب.", lang="ar", date_="2020-03-12")
    ida = {e.id for e in a.entities if e.kind == "agreement"}
    idb = {e.id for e in b.entities if e.kind == "agreement"}
    assert ida and ida == idb


def test_bare_agreement_noun_without_date_makes_no_node():
    ex = extract_text("Officials said the agreement would hold.", lang="en")
    assert not [e for e in ex.entities if e.kind == "agreement"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "In Geneva, the envoy said any deal must protect civilians."),
        ("en", "Talks in Doha ended with no agreement on prisoners."),
        ("ar", "وشدد المبعوث في جنيف على أن أي اتفاق نهائي يبقى رهن المفاوضات."),
    ],
)
def test_any_or_no_agreement_is_no_agreement_in_particular(lang, text):
    """«أي اتفاق», "any deal", "no agreement" name no agreement: no node, no relation toward one (a dated article
    with a place would otherwise get a discovered 'Geneva agreement')."""
    ex = extract_text(text, lang=lang, date_="2018-01-30")
    assert not [e for e in ex.entities if e.kind == "agreement"], ex.entities
    assert not [r for r in ex.relations if r.target.startswith("agr:")]


def test_a_bare_agreement_is_never_one_about_a_country_the_article_does_not_name():
    """In March 2020 "an agreement" of Putin and Erdogan in an article on Idlib is the Moscow protocol, never the
    Berlin conclusions on Libya of January (Russia, Turkey and the UN are among their parties too)."""
    ex = extract_text(
        "Vladimir Putin and Recep Tayyip Erdogan reached an agreement on Thursday after six hours of talks in the "
        "Kremlin, while UN Secretary-General Antonio Guterres urged restraint in Idlib.",
        lang="en",
        date_="2020-03-06",
    )
    agreements = {r.target for r in ex.relations if r.target.startswith("agr:")}
    assert "agr:berlin-conclusions-2020" not in agreements
    assert agreements == {"agr:moscow-idlib-protocol-2020"}, ex.relations


def _agreements_and_parties(text: str, lang: str, date_: str | None = None) -> tuple[set[str], set[tuple[str, str]]]:
    ex = extract_text(text, lang=lang, date_=date_)
    agreements = {e.id for e in ex.entities if e.kind == "agreement"}
    return agreements, {(r.source, r.target) for r in ex.relations if r.type == "agrees_with"}


@pytest.mark.parametrize(
    ("text", "lang", "node"),
    [
        (
            "Somalia and Ethiopia signed the Mogadishu declaration after two days of talks.",
            "en",
            "agr:x-mogadishu-declaration",
        ),
        ("Niger and Mali signed a memorandum of understanding on security in Niamey.", "en", "agr:x-niamey-memorandum"),
        ("وقعت الصومال وإثيوبيا إعلان مقديشو بعد يومين من المحادثات.", "ar", "agr:x-mogadishu-declaration"),
    ],
)
def test_an_undated_agreement_named_by_its_place_is_a_node_with_its_parties(text, lang, node):
    """ "the Mogadishu declaration", «إعلان مقديشو»: a place naming the noun makes it an agreement even without
    an article date, and both signers agree to it (not only to each other)."""
    agreements, pairs = _agreements_and_parties(text, lang)
    assert agreements == {node}
    assert {s for s, t in pairs if t == node} >= {"state:som", "state:eth"} or {s for s, t in pairs if t == node} >= {
        "state:ner",
        "state:mli",
    }


def test_a_place_after_talks_does_not_name_the_ceasefire():
    """ "agreed to an immediate ceasefire after talks in Doha": Doha is where the talks were."""
    agreements, _ = _agreements_and_parties(
        "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha.", "en"
    )
    assert agreements == set()


@pytest.mark.parametrize(
    ("text", "lang", "known"),
    [
        ("Chad signed a peace accord with the rebels in Doha, mediated by Qatar.", "en", "agr:doha-chad-2022"),
        ("The Sudanese army and the RSF agreed to a seven-day truce in Jeddah.", "en", "agr:jeddah-ceasefire-2023"),
        ("اتفق الجيش السوداني وقوات الدعم السريع على هدنة لمدة سبعة أيام في جدة.", "ar", "agr:jeddah-ceasefire-2023"),
        (
            "The foreign ministers of Rwanda and the DRC signed the Washington Peace Agreement on Friday.",
            "en",
            "agr:washington-drc-rwanda-2025",
        ),
    ],
)
def test_an_agreement_signed_at_a_place_is_the_known_one_whose_parties_the_sentence_names(text, lang, known):
    """Of the knowledge base's agreements signed at the place, the one whose parties the sentence names (and
    whose name holds the noun's words), not a new node."""
    agreements, _ = _agreements_and_parties(text, lang)
    assert known in agreements and not any(a.startswith("agr:x-") for a in agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan signed a 15-point declaration in Kabul on Saturday.",  # not the US-Afghan one
        "Israel and Hamas clinched a prisoner-exchange deal in Cairo after weeks of talks.",  # no ceasefire of Cairo
    ],
)
def test_a_known_agreement_of_the_place_that_does_not_fit_is_not_taken(text):
    agreements, pairs = _agreements_and_parties(text, "en")
    assert agreements and all(a.startswith("agr:x-") for a in agreements)
    assert len({s for s, _t in pairs}) == 2


@pytest.mark.parametrize(
    ("text", "lang", "agreement", "signer"),
    [
        (
            "Qatar hosted the signing of the Doha Peace Agreement for Chad. Chad and more than 40 rebel groups signed"
            " the pact.",
            "en",
            "agr:doha-chad-2022",
            "state:tcd",
        ),
        (
            "Ethiopian and Eritrean leaders met in Jeddah to sign the Jeddah Peace Agreement. Abiy Ahmed and Isaias"
            " Afwerki signed the document in the presence of King Salman.",
            "en",
            "agr:jeddah-ethiopia-eritrea-2018",
            "person:abiy-ahmed",
        ),
    ],
)
def test_the_pact_and_the_signed_document_are_the_agreement_named_before(text, lang, agreement, signer):
    _agreements, pairs = _agreements_and_parties(text, lang)
    assert (signer, agreement) in pairs


def test_a_document_nobody_signs_is_no_agreement():
    """ "the document" is an agreement only as what is signed or agreed: a report is not."""
    ex = extract_text(
        "Russia and Ukraine signed the Black Sea Grain Initiative. The UN published the document on its website.",
        lang="en",
    )
    assert not [m for e in ex.entities if e.kind == "agreement" for m in e.mentions if m.text == "document"]


@pytest.mark.parametrize(
    ("text", "agreement"),
    [
        # kind + parties: the knowledge base's agreement that goes by the pair's name
        (
            "A ceasefire agreement between Israel and Hezbollah took effect on Wednesday.",
            "agr:israel-lebanon-ceasefire-2024",
        ),
        # kind + parties it does not know: a new one named by its sides
        ("A truce between Kyrgyzstan and Tajikistan held on Sunday.", "agr:x-kyrgyzstan-tajikistan-ceasefire"),
        # a place and a capitalised word between it and the noun
        (
            "Armenia and Azerbaijan initialled the Washington Joint Declaration in August.",
            "agr:washington-armenia-azerbaijan-2025",
        ),
    ],
)
def test_an_undated_agreement_named_by_its_sides_or_its_place(text, agreement):
    agreements, pairs = _agreements_and_parties(text, "en")
    assert agreements == {agreement}
    assert len({s for s, t in pairs if t == agreement}) == 2


def test_an_arabic_agreement_its_adjective_and_what_it_is_for_are_one_node():
    """«اتفاقا تاريخيا لوقف إطلاق النار»: one agreement, not an agreement and a ceasefire."""
    agreements, _ = _agreements_and_parties(
        "وقعت الحكومة الكولومبية اتفاقا تاريخيا لوقف إطلاق النار في هافانا.", "ar", "2016-06-23"
    )
    assert len(agreements) == 1


def test_an_agreement_named_by_its_place_is_that_one_whoever_the_sentence_names():
    """«اتفاق جوبا» with a movement the knowledge base does not list among its parties is still the Juba
    agreement."""
    agreements, pairs = _agreements_and_parties(
        "ومن المجموعات المسلحة الموقعة على اتفاق جوبا، حركة العدل والمساواة والجبهة الثورية.", "ar", "2020-10-03"
    )
    assert agreements == {"agr:juba-peace-2020"}
    assert ("group:jem", "agr:juba-peace-2020") in pairs


def test_an_agreement_between_two_states_is_none_of_one_of_them_with_a_third():
    """«اتفاق بين السودان وجنوب السودان» in January 2021 is not Sudan's accession deal with the United States and
    Israel signed that week: a known agreement must have every state the noun names as its side."""
    agreements, pairs = _agreements_and_parties(
        "أعلنت الوساطة أنه تم التوصل إلى اتفاق بين السودان وجنوب السودان بشأن النفط.", "ar", "2021-01-04"
    )
    assert agreements and not agreements & {"agr:israel-sudan-2021"}
    assert {s for s, _t in pairs} == {"state:sdn", "state:ssd"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلن الوزير أنه تم الاتفاق على فتح الحدود بين السعودية وقطر اعتبارا من اليوم.", "ar"),
        ("An agreement on reopening the border between Saudi Arabia and Qatar was announced on Monday.", "en"),
    ],
)
def test_the_sides_after_what_was_agreed_are_its_parties(text, lang):
    """ "an agreement on reopening the border between A and B", «تم الاتفاق على فتح الحدود بين A وB»."""
    _agreements, pairs = _agreements_and_parties(text, lang, "2021-01-04")
    assert {s for s, _t in pairs} >= {"state:sau", "state:qat"}


def _agreement_names(text: str, lang: str, date_: str) -> list[str]:
    return [e.name for e in extract_text(text, lang=lang, date_=date_).entities if e.kind == "agreement"]


def test_an_agreement_dated_by_an_older_year_is_that_years():
    """ "the 1991 ceasefire" in a 2020 article is not a ceasefire of the article's month, and the ceasefire
    reported afterwards is not the old one."""
    names = _agreement_names(
        "The rebels said on Saturday they no longer feel bound by the 1991 ceasefire with Morocco. "
        "Morocco and the rebels agreed a new ceasefire on Monday.",
        "en",
        "2020-11-14",
    )
    # (the knowledge base knows the 1991 Western Sahara ceasefire: that one, or one named by its year)
    assert any(n.endswith("(1991)") or n == "Western Sahara Ceasefire of 1991" for n in names), names
    assert any(n.endswith("(November 2020)") for n in names), names


def test_an_arabic_agreement_dated_by_a_year_after_it():
    names = _agreement_names(
        "واتفقت أنقرة وبغداد على تفعيل اتفاقية التعاون الأمني الموقعة بينهما عام 2009 بين تركيا والعراق.",
        "ar",
        "2023-03-10",
    )
    assert any(n.endswith("(2009)") for n in names), names


def test_an_older_year_finds_the_known_agreement_of_that_year():
    """ "a 1994 memorandum" signed by Ukraine and Russia is the Budapest Memorandum of the knowledge base."""
    names = _agreement_names("Ukraine and Russia signed a 1994 memorandum.", "en", "2014-03-01")
    assert names == ["Budapest Memorandum"]


def test_an_agreement_dated_by_a_year_after_it_is_the_one_already_named():
    """ "the Strategic Framework Agreement … The agreement signed in 2008": the one the article named, not a
    new node of 2008."""
    names = _agreement_names(
        "The two sides reaffirmed the Strategic Framework Agreement. The agreement signed in 2008 "
        "set out cooperation between the United States and Iraq.",
        "en",
        "2020-08-19",
    )
    assert not any(n.endswith("(2008)") and "Framework" not in n for n in names), names


def test_a_bare_arabic_announcement_is_no_declaration():
    """«بعد ساعات من الإعلان»: "hours after the announcement" names no declaration; «ووقعت الأطراف الإعلان في
    جدة» (signed the declaration) still does."""
    assert _agreement_names("وواصلت القوات قصف أحياء في حمص بعد ساعات من الإعلان.", "ar", "2012-03-27") == []
    assert _agreement_names("ووقعت الأطراف الإعلان في جدة.", "ar", "2023-05-12")


def test_agreements_signed_in_a_window_are_those_a_scan_finds(kb):
    """The agreements found by bisection in the list sorted by signing date are the ones a scan of all of them
    finds, in the same order (known_fit keeps the first of those that score best)."""
    from datetime import date

    from explorer.extract.agreements import _kb_agreements, _kb_date, _signed_in

    every = _kb_agreements(kb)
    for first, last in [
        (date(2016, 1, 1), date(2016, 12, 31)),
        (date(2019, 9, 1), date(2019, 11, 30)),
        (date(2023, 4, 15), date(2023, 4, 15)),
        (date(1900, 1, 1), date(2100, 1, 1)),
    ]:
        scan = [e for e in every if first <= _kb_date(e) <= last]
        assert _signed_in(kb, first.toordinal(), last.toordinal()) == scan
    assert len(_signed_in(kb, date(1900, 1, 1).toordinal(), date(2100, 1, 1).toordinal())) == len(every)


def _agreement_rels(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    from explorer.extract.pipeline import extract_text

    ex = extract_text(text, lang=lang, date_=date)
    return {(r.source, r.type, r.target) for r in ex.relations}


def test_a_demonstrative_and_a_gendered_pronoun_name_the_agreement():
    """«بهذا الاتفاق» is what is welcomed; «رفضته» (masculine) takes «الاتفاق», «رفضتها» (feminine) «المبادرة»."""
    text = (
        "وقعت الحكومة الصومالية وولاية بونتلاند اتفاق تقاسم السلطة في مقديشو. ورحبت الأمم المتحدة بهذا الاتفاق، "
        "ورفضته ولاية جوبالاند."
    )
    rels = _agreement_rels(text, "ar", "2023-02-10")
    assert any(r[1] == "supports" and r[0] == "org:un" and r[2].startswith("agr:") for r in rels), rels
    assert any(r[1] == "opposes" and r[2].startswith("agr:") for r in rels), rels
    assert not any(r[1] == "opposes" and r[2] == "org:un" for r in rels), rels
    text = "أعلنت مصر مبادرة لإنهاء الحرب في ليبيا. وأيد عقيلة صالح المبادرة، بينما رفضتها حكومة الوفاق الوطني."
    rels = _agreement_rels(text, "ar", "2020-06-07")
    assert any(r[1] == "opposes" and r[2].startswith("agr:") for r in rels), rels
    text = "وقعت الحكومة الصومالية وولاية بونتلاند اتفاق تقاسم السلطة في مقديشو. بينما رفضتها ولاية جوبالاند."
    rels = _agreement_rels(text, "ar", "2023-02-10")
    assert not any(r[1] == "opposes" and r[2].startswith("agr:") for r in rels), rels


def test_a_hyphenated_compound_is_part_of_the_agreement():
    from explorer.extract.pipeline import extract_text

    for text, span in [
        ("Israel's cabinet approved the U.S.-brokered deal on Thursday.", "U.S.-brokered deal"),
        ("The Houthis accepted a two-month truce on Friday.", "two-month truce"),
        ("Egypt welcomed the Qatari-mediated agreement between Hamas and Israel.", "Qatari-mediated agreement"),
    ]:
        ents = extract_text(text, lang="en", date_="2023-05-01").to_json()["entities"]
        spans = [m["text"] for e in ents if e["kind"] == "agreement" for m in e["mentions"]]
        assert span in spans, spans


def _agreement_spans(text: str, lang: str, date: str = "2023-05-01") -> tuple[list[str], set[str]]:
    from explorer.extract.pipeline import extract_text

    ents = extract_text(text, lang=lang, date_=date).to_json()["entities"]
    spans = [m["text"] for e in ents if e["kind"] == "agreement" for m in e["mentions"]]
    return spans, {e["kind"] for e in ents if e["kind"] != "agreement"}


def test_an_arabic_agreement_mention_takes_its_adjectives_and_complement():
    """«الاتفاق السابق», «الاتفاقية الثنائية للتعاون الأمني»: adjectives and a «ل» complement are in the mention
    (annotators write them so); what follows with «مع» or «في» is not."""
    for text, span in [
        ("رفضت الحكومة الانتقالية في مالي الاتفاق السابق مع المتمردين الطوارق.", "الاتفاق السابق"),
        ("وقعت ميانمار وتايلاند الاتفاقية الثنائية للتعاون الأمني.", "الاتفاقية الثنائية للتعاون الأمني"),
        ("أكد الجيش السوداني التزامه بالاتفاقات السابقة مع قوات الدعم السريع.", "بالاتفاقات السابقة"),
    ]:
        spans, _ = _agreement_spans(text, "ar")
        assert span in spans, spans


def test_a_sponsor_and_a_city_are_in_the_agreement_mention_and_stay_mentions():
    """«اتفاق سلام بوساطة قطرية», «إعلان القاهرة»: the sponsor's nisba and the naming city are part of the
    mention; the state and the city are still found; the parties after «بين» are not swallowed."""
    spans, kinds = _agreement_spans("وقعت الحكومة الأفغانية وحركة طالبان اتفاق سلام بوساطة قطرية في الدوحة.", "ar")
    assert "اتفاق سلام بوساطة قطرية" in spans and "state" in kinds, spans
    spans, kinds = _agreement_spans("أعلنت الفصائل الفلسطينية هدنة إنسانية بوساطة مصرية وقطرية.", "ar")
    assert "هدنة إنسانية بوساطة مصرية وقطرية" in spans, spans
    spans, kinds = _agreement_spans("وقعت الحكومة اليمنية والحوثيون اتفاقا برعاية أممية.", "ar")
    assert "اتفاقا برعاية أممية" in spans and "organization" in kinds, spans
    spans, kinds = _agreement_spans("أعلنت الحكومة اليمنية تمسكها بإعلان القاهرة.", "ar")
    assert "بإعلان القاهرة" in spans and "place" in kinds, spans
    spans, _ = _agreement_spans("وقع الطرفان اتفاقاً في الخرطوم والرياض.", "ar")
    assert not any("الخرطوم" in s for s in spans), spans
    spans, _ = _agreement_spans("رحبت الأمم المتحدة بالاتفاق الشامل بين الحكومة الكولومبية وجيش التحرير الوطني.", "ar")
    assert not any("الحكومة" in s for s in spans), spans


def test_a_summit_s_outcomes_are_a_declaration_of_their_own_city():
    """«مخرجات قمة القاهرة» is what a summit concluded, a declaration named by its city, and not the Jeddah
    declaration welcomed just before; "the previous agreement" is written whole."""
    from explorer.extract.pipeline import extract_text

    ex = extract_text(
        "رحب الجيش السوداني بإعلان جدة، وأكد أهمية مخرجات قمة القاهرة لدول جوار السودان.", lang="ar", date_="2023-07-15"
    )
    spans = {m["text"]: e["id"] for e in ex.to_json()["entities"] if e["kind"] == "agreement" for m in e["mentions"]}
    assert "مخرجات قمة القاهرة" in spans and spans["مخرجات قمة القاهرة"] != spans.get("بإعلان جدة"), spans
    spans, _ = _agreement_spans("وقالت الحكومة الصومالية إنها ملتزمة بمخرجات مؤتمر المصالحة الوطنية.", "ar")
    assert "بمخرجات مؤتمر المصالحة الوطنية" in spans, spans
    spans, _ = _agreement_spans("The Taliban said the previous agreement with Washington was still binding.", "en")
    assert "previous agreement" in spans, spans


def test_an_arms_embargo_is_an_agreement_of_its_own_kind():
    """ "the arms embargo", «حظر توريد الأسلحة», «حظر الأسلحة»: an agreement node, never the ceasefire or the
    resolution named beside it (an embargo is only ever an embargo)."""
    from explorer.extract.pipeline import extract_text

    for text, lang, span in [
        ("Turkey has repeatedly violated the arms embargo, the EU said.", "en", "arms embargo"),
        ("واتهمت الأمم المتحدة الإمارات بانتهاك حظر الأسلحة المفروض على السودان.", "ar", "حظر الأسلحة"),
        ("وطالبت الحكومة الصومالية برفع حظر السلاح عن الجيش.", "ar", "حظر السلاح"),
    ]:
        spans, _ = _agreement_spans(text, lang)
        assert span in spans, spans
    ex = extract_text(
        "Sudan's army and the RSF agreed to a ceasefire in Jeddah. The UN urged states to respect the arms embargo.",
        lang="en",
        date_="2023-05-20",
    )
    ids = {m["text"]: e["id"] for e in ex.to_json()["entities"] if e["kind"] == "agreement" for m in e["mentions"]}
    assert "arms embargo" in ids and ids["arms embargo"] != ids.get("ceasefire"), ids


def test_a_body_s_resolutions_are_one_agreement_and_the_body_stays_itself():
    """«قرارات مجلس الأمن», «لقرارات الأمم المتحدة»: the resolutions of a body, one agreement whose span holds
    the body (still a mention of its own), so what violates them does not oppose the Council; «بقرارات الحكومة»
    are a government's decisions, no agreement; "contrary to" an agreement references it."""
    from explorer.extract.pipeline import extract_text

    ex = extract_text("وقال الوزير إن إسرائيل تنتهك قرارات مجلس الأمن في الجولان.", lang="ar", date_="2023-05-01")
    ents = ex.to_json()["entities"]
    spans = [m["text"] for e in ents if e["kind"] == "agreement" for m in e["mentions"]]
    assert "قرارات مجلس الأمن" in spans and "org:unsc" in {e["id"] for e in ents}, spans
    assert not [r for r in ex.relations if r.type == "opposes" and r.target == "org:unsc"], ex.relations
    spans, _ = _agreement_spans("ورفضت بوليفيا الخطوة واعتبرتها مخالفة لقرارات الأمم المتحدة.", "ar")
    assert "لقرارات الأمم المتحدة" in spans, spans
    spans, _ = _agreement_spans("وأشاد المجلس العسكري في مالي بقرارات الحكومة الانتقالية.", "ar")
    assert spans == [], spans
    ex = extract_text("Kyiv said the referendum was contrary to the Minsk agreements.", lang="en", date_="2022-09-25")
    assert any(r.type == "references" and r.source == "state:ukr" for r in ex.relations), ex.relations


def _agreement_ids(text: str, lang: str, date: str) -> dict[str, str]:
    """Each agreement mention's text and the id of its node."""
    ex = extract_text(text, lang=lang, date_=date)
    return {m["text"]: e["id"] for e in ex.to_json()["entities"] if e["kind"] == "agreement" for m in e["mentions"]}


@pytest.mark.parametrize(
    ("text", "lang", "date", "not_known"),
    [
        ("Turkey and Ukraine signed a defence cooperation agreement in Ankara.", "en", "2022-07-22",
         "agr:black-sea-grain-initiative-2022"),
        ("The Lebanese army and UNIFIL signed a coordination agreement in Naqoura.", "en", "2024-11-27",
         "agr:israel-lebanon-ceasefire-2024"),
        ("Eritrean forces and Amhara militias agreed on a local ceasefire in western Tigray.", "en", "2022-11-05",
         "agr:pretoria-agreement-2022"),
        ("اتفقت القوات الإريترية وميليشيات الأمهرة على هدنة محلية في غرب تيغراي.", "ar", "2022-11-05",
         "agr:pretoria-agreement-2022"),
        ("توصلت الحكومة الصومالية وحركة أهل السنة والجماعة إلى اتفاق لتقاسم السلطة في ولاية غلمدغ.", "ar",
         "2024-03-10", "agr:turkey-somalia-defence-2024"),
        ("وقعت تركيا وأوكرانيا اتفاقية تعاون دفاعي في أنقرة.", "ar", "2022-07-22",
         "agr:black-sea-grain-initiative-2022"),
    ],
)  # fmt: skip
def test_a_new_agreement_on_another_topic_is_not_the_known_one_of_that_month(text, lang, date, not_known):
    """An indefinite noun that says what the agreement is about ("a defence cooperation agreement", "a local
    truce", «اتفاق لتقاسم السلطة») is not a known agreement of that month whose names say nothing of it."""
    ids = _agreement_ids(text, lang, date)
    assert ids and not_known not in ids.values(), ids


@pytest.mark.parametrize(
    ("text", "lang", "date", "known"),
    [
        ("The army and the RSF agreed to a seven-day ceasefire in Jeddah.", "en", "2023-05-20",
         "agr:jeddah-ceasefire-2023"),
        ("وقّع العراق وإيران اليوم اتفاقاً أمنياً لتنسيق حماية الحدود المشتركة.", "ar", "2023-03-19",
         "agr:iraq-iran-security-2023"),
    ],
)  # fmt: skip
def test_a_new_agreement_the_known_one_is_named_for_is_still_it(text, lang, date, known):
    """A length ("seven-day") is no topic; «اتفاقاً أمنياً» (with its tanween) is the security agreement."""
    assert known in _agreement_ids(text, lang, date).values()


def test_a_draft_resolution_is_only_what_a_noun_calls_a_draft():
    """A draft put to the vote that month is "the US draft resolution", «مشروع القرار الأميركي»; not "a
    ceasefire" the parties accept nor "a resolution" the Council adopts."""
    ids = _agreement_ids("Israel and Hezbollah accepted a ceasefire proposed by the United States.", "en", "2024-03-10")
    assert ids and "agr:draft-gaza-2024-03" not in ids.values(), ids
    ids = _agreement_ids(
        "The UN Security Council adopted a resolution demanding an immediate ceasefire in Gaza.", "en", "2024-03-25"
    )
    assert ids.get("resolution") == "agr:unscr-2728" and "agr:draft-gaza-2024-03" not in ids.values(), ids
    ids = _agreement_ids("Russia and China vetoed the US draft resolution on Gaza on Friday.", "en", "2024-03-25")
    assert "agr:draft-gaza-2024-03" in ids.values(), ids
    ids = _agreement_ids("استخدمت روسيا والصين حق النقض ضد مشروع القرار الأميركي بشأن غزة.", "ar", "2024-03-25")
    assert "agr:draft-gaza-2024-03" in ids.values(), ids


@pytest.mark.parametrize(
    "text",
    [
        "رفضت حركة حماس المقترح الإسرائيلي الجديد لوقف إطلاق النار.",
        "وافقت حركة 23 مارس على المقترح الأنغولي لوقف إطلاق النار في شرق الكونغو.",
        "رحبت الحكومة السودانية بالمبادرة المصرية لوقف إطلاق النار في الخرطوم.",
    ],
)
def test_what_a_proposal_is_for_is_no_agreement_of_its_own(text):
    """«المقترح الإسرائيلي الجديد لوقف إطلاق النار» is one proposal, as "the new Israeli proposal for a
    ceasefire" is: the ceasefire it is for, past its proposers' adjectives, is no second node."""
    ids = _agreement_ids(text, "ar", "2024-03-10")
    assert len(set(ids.values())) == 1 and not any(t.startswith("لوقف") for t in ids), ids


def test_the_proposers_of_a_ceasefire_proposal_are_no_parties():
    """ "the Egyptian-Qatari ceasefire proposal": Egypt and Qatar put it forward; Hamas, which accepted it,
    agrees with it."""
    ex = extract_text(
        "Hamas accepted the Egyptian-Qatari ceasefire proposal on Monday.", lang="en", date_="2024-03-10"
    )
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with"}
    assert "group:hamas" in agreeing and not agreeing & {"state:egy", "state:qat"}, ex.relations


def test_a_draft_peace_agreement_is_one_agreement():
    """ "initialled a draft peace agreement": the draft of that agreement, not a draft resolution beside it."""
    ids = _agreement_ids(
        "Congo and Rwanda initialled a draft peace agreement in Washington on Wednesday.", "en", "2025-06-18"
    )
    assert list(ids) == ["draft peace agreement"], ids


@pytest.mark.parametrize(
    ("text", "lang", "date", "sides"),
    [
        ("Colombia's government and the ELN announced a six-month ceasefire on Friday.", "en", "2023-06-09",
         {"state:col"}),
        ("Armenia and Azerbaijan announced an agreement to exchange prisoners.", "en", "2023-12-07",
         {"state:arm", "state:aze"}),
        ("Sudan and South Sudan declared a truce in the disputed Abyei area.", "en", "2024-03-10",
         {"state:sdn", "state:ssd"}),
        ("أعلنت أرمينيا وأذربيجان اتفاقاً لتبادل الأسرى.", "ar", "2023-12-07", {"state:arm", "state:aze"}),
        ("أعلن الجيش السوداني وقوات الدعم السريع هدنة لمدة 72 ساعة في الخرطوم.", "ar", "2024-03-10",
         {"group:rsf"}),
    ],
)  # fmt: skip
def test_sides_that_declare_an_agreement_together_agree_to_it(text, lang, date, sides):
    """ "A and B announced a ceasefire": two sides that together declare an agreement are its parties (the
    dev README's joint announcements), beside stating it."""
    ex = extract_text(text, lang=lang, date_=date)
    agr = {e.id for e in ex.entities if e.kind == "agreement"}
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with" and r.target in agr}
    assert sides <= agreeing, ex.relations


@pytest.mark.parametrize(
    "text",
    [
        "The mediators Egypt and Qatar announced a truce in Gaza.",
        "The United Nations and the African Union announced a truce in Darfur.",
        "Egypt and Qatar announced a truce between Israel and Hamas.",
        "Egypt and Qatar announced a new plan for a ceasefire in Gaza.",
    ],
)
def test_mediators_that_declare_an_agreement_are_no_parties(text):
    """Who declares an agreement as mediator, an international body or between others is no side of it, nor
    are those who announce a plan or a proposal (its proposers)."""
    ex = extract_text(text, lang="en", date_="2024-03-10")
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with"}
    assert not agreeing & {"state:egy", "state:qat", "org:un", "org:au"}, ex.relations


def test_a_side_that_announces_a_numbered_truce_with_another():
    """ "Sudan's army announced a 72-hour truce with the RSF": the possessive before the verb and the number
    after it do not hide the declarer (patterns._declarers)."""
    ex = extract_text("Sudan's army announced a 72-hour truce with the RSF.", lang="en", date_="2024-03-10")
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with"}
    assert {"org:saf", "group:rsf"} <= agreeing, ex.relations


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Angola put forward a ceasefire proposal for eastern Congo on Monday. The M23 rejected the proposal.", "en"),
        ("Biden outlined a three-phase proposal for a ceasefire in Gaza. Hamas said it viewed the proposal "
         "positively.", "en"),
        ("قدمت مصر مقترحاً لوقف إطلاق النار في غزة. ورحبت حماس بالمقترح.", "ar"),
        ("طرحت أنغولا مقترحاً جديداً لوقف إطلاق النار في شرق الكونغو. ورفضت حركة 23 مارس المقترح.", "ar"),
    ],
)  # fmt: skip
def test_the_proposal_is_the_proposal_for_a_ceasefire_named_before(text, lang):
    """ "a proposal for a ceasefire", «مقترحاً لوقف إطلاق النار» (with its tanween), then "the proposal",
    «المقترح»: one proposal, whatever it is for (agreements._compatible)."""
    ids = _agreement_ids(text, lang, "2024-06-01")
    assert len(ids) == 2 and len(set(ids.values())) == 1, ids


def test_a_speaker_reporting_a_breach_invokes_the_agreement():
    """«قال حزب الله إن إسرائيل خرقت وقف إطلاق النار»: whoever says another side breached an agreement invokes it
    (`references`), as the read gold has "Bourita … accused the Polisario of violating the military agreement"."""
    ex = extract_text("قال حزب الله إن إسرائيل خرقت وقف إطلاق النار أكثر من مئة مرة.", lang="ar", date_="2024-12-01")
    rels = {(r.source, r.type) for r in ex.relations if r.target.startswith("agr:")}
    assert ("group:hezbollah", "references") in rels, ex.relations


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's warring parties signed a declaration in Jeddah, but failed to agree on a ceasefire.",
        "The army and the RSF could not agree on a ceasefire in Jeddah.",
    ],
)
def test_a_ceasefire_not_agreed_on_is_no_agreement(text):
    """ "failed to agree on a ceasefire": none reached (`unrealized_cues`), so not the ceasefire signed in
    Jeddah a week later."""
    ids = _agreement_ids(text, "en", "2023-05-12")
    assert "agr:jeddah-ceasefire-2023" not in ids.values() and "ceasefire" not in ids, ids


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("واجتمع طرفا اتفاق بريتوريا، الحكومة الإثيوبية وجبهة تحرير تيغراي، في نيروبي.", {"state:eth", "group:tplf"}),
        ("وتبادل طرفا اتفاق الرياض، الحكومة اليمنية والمجلس الانتقالي الجنوبي، الاتهامات.", {"state:yem", "org:stc"}),
    ],
)
def test_the_two_parties_of_an_agreement_apposed(text, parties):
    """«طرفا اتفاق X، A وB», as "the two parties to X, A and B": the list apposed to the parties is its
    signatories (`signatory_nouns`)."""
    ex = extract_text(text, lang="ar", date_="2024-03-10")
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with" and r.target.startswith("agr:")}
    assert parties <= agreeing, ex.relations


@pytest.mark.parametrize(
    ("text", "lang", "called"),
    [
        ("The envoy urged Israel and Hamas to respect the ceasefire.", "en", {"state:isr", "group:hamas"}),
        ("The statement called on Russia to honour the grain deal.", "en", {"state:rus"}),
        ("ودعا البيان إسرائيل وحماس إلى احترام الهدنة.", "ar", {"state:isr", "group:hamas"}),
    ],
)
def test_who_is_called_on_to_keep_an_agreement_neither_backs_nor_invokes_it(text, lang, called):
    """The one called on, after the call verb, has done nothing yet: it neither supports nor references the
    agreement (constructions._called_on); the caller does ("Egypt urged Israel and Hamas to respect the
    ceasefire": Egypt)."""
    ex = extract_text(text, lang=lang, date_="2024-03-10")
    acting = {r.source for r in ex.relations if r.type in ("supports", "references") and r.target.startswith("agr:")}
    assert not acting & called, ex.relations
    ex = extract_text("Egypt urged Israel and Hamas to respect the ceasefire.", lang="en", date_="2024-03-10")
    acting = {r.source for r in ex.relations if r.type == "supports" and r.target.startswith("agr:")}
    assert acting == {"state:egy"}, ex.relations


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلن الوسطاء مصر وقطر والولايات المتحدة التوصل إلى اتفاق لوقف إطلاق النار في غزة.", "ar"),
        ("Mediators Egypt, Qatar and the United States announced that a ceasefire deal had been reached.", "en"),
    ],
)
def test_named_mediators_are_no_parties(text, lang):
    """Actors a mediator noun introduces (`mediator_nouns`) state the deal they announce; they are no side of it
    (engine._named_mediators)."""
    ex = extract_text(text, lang=lang, date_="2024-03-10")
    rels = {(r.source, r.type) for r in ex.relations if r.target.startswith("agr:")}
    assert ("state:qat", "states") in rels and not {s for s, t in rels if t == "agrees_with"}, ex.relations


def test_a_truce_declared_for_a_time_with_another_side():
    """«أعلن الجيش السوداني هدنة لمدة 72 ساعة مع قوات الدعم السريع»: the duration between the truce and 'with'
    does not hide the other side (patterns._past_duration)."""
    ex = extract_text(
        "أعلن الجيش السوداني هدنة لمدة 72 ساعة مع قوات الدعم السريع.", lang="ar", date_="2024-03-10"
    )
    agreeing = {r.source for r in ex.relations if r.type == "agrees_with" and r.target.startswith("agr:")}
    assert {"org:saf", "group:rsf"} <= agreeing, ex.relations


@pytest.mark.parametrize(
    "text",
    ["Israel ended the ceasefire and resumed strikes on Gaza.", "The Malian government ended the Algiers accord."],
)
def test_ending_an_agreement_opposes_it(text):
    """ "ended the ceasefire": ending an agreement opposes it, as terminating or leaving it does (withdrew-from:
    only an agreement or a body right after the verb; "the talks ended without …" opposes nothing)."""
    ex = extract_text(text, lang="en", date_="2024-03-10")
    assert any(r.type == "opposes" and r.target.startswith("agr:") for r in ex.relations), ex.relations
    ex = extract_text("The talks ended without an agreement on Sunday.", lang="en", date_="2024-03-10")
    assert not [r for r in ex.relations if r.type == "opposes"], ex.relations
