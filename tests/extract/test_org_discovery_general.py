"""Issue 9: organizations and armed groups the knowledge base does not know, found from their own words in
both languages (explorer/extract/organizations.py). The batch (tests/fixtures/org_discovery/) is scored by
benchmarks/org_discovery.py with floors at the figures reached; each mechanism has sentences of its own below,
written for these tests (news style, real bodies, invented or paraphrased facts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from explorer.extract.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("org_discovery", ROOT / "benchmarks" / "org_discovery.py")
org_discovery = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(org_discovery)

# recall, precision (2026-12-04 evening: en 0.979 and 1.000, ar 0.935 and 1.000 measured; before the mechanisms
# en 0.750 and 0.500, ar 0.717 and 0.800)
FLOORS = {"en": (0.97, 0.99), "ar": (0.93, 0.99)}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_batch_recall_and_precision_stay_above_their_floors(lang):
    r = org_discovery.score(lang)
    recall, precision = FLOORS[lang]
    assert r["recall"] >= recall, r["misses"]
    assert r["precision"] >= precision, r["fakes"]


def _bodies(lang: str, text: str) -> dict[str, str]:
    ex = extract_text(text, lang=lang, date_="2024-05-10")
    return {m.text: e.kind for e in ex.entities if e.kind in ("organization", "armed_group") for m in e.mentions}


def _names(lang: str, text: str) -> set[str]:
    ex = extract_text(text, lang=lang, date_="2024-05-10")
    return {e.name for e in ex.entities}


def _rels(lang: str, text: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang=lang, date_="2024-05-10")
    names = {e.id: e.name for e in ex.entities}
    return {(names.get(r.source, r.source), r.type, names.get(r.target, r.target)) for r in ex.relations}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state or place named right before the name is part of it
        ("The Tigray Defence Forces withdrew from the town on Friday.", "Tigray Defence Forces"),
        ("Officials said the Libya Observer Council had not been consulted.", "Libya Observer Council"),
        ("The Somaliland National Electoral Commission set the vote for November.",
         "Somaliland National Electoral Commission"),
        # a body named before it: the UN's own bodies
        ("The UN Committee on the Rights of the Child asked Israel for a report.",
         "UN Committee on the Rights of the Child"),
        # "in" and a state after a body sent there
        ("The European Union Training Mission in Mali suspended its courses.",
         "European Union Training Mission in Mali"),
        # courts and tribunals head names too
        ("Iraq's Federal Supreme Court ruled the referendum unconstitutional.", "Federal Supreme Court"),
        # linking words and "the" inside the name
        # (the knowledge base knows the Movement for Democracy in Liberia: the longer name is another body)
        ("The Movement for Democracy and Justice in Chad took the town of Bardai in 1998.",
         "Movement for Democracy and Justice in Chad"),
    ],
)
def test_a_name_spans_its_head_its_modifiers_and_its_complements(text, name):
    assert name in _bodies("en", text)


@pytest.mark.parametrize(
    "text",
    [
        "Army Chief of Staff Osman Hassan arrived in Juba on Sunday.",  # a title after the head noun
        "Council President Amina Dahir opened the session.",
        "The Turkish Air Force struck targets near Qandil, the ministry said.",  # a branch of a state's forces
        "On Monday the Ethiopian National Defense Force said it had retaken Lalibela.",
    ],
)
def test_no_body_is_made_from_a_title_or_a_states_own_forces(text):
    assert not [t for t in _bodies("en", text) if t.lower().startswith(("army chief", "council president", "turkish"))]


def test_the_state_before_a_name_is_no_actor_of_its_own():
    assert "Sudan" not in _names("en", "Chad accused the Sudan Liberation Movement of recruiting fighters.")
    assert ("Chad", "opposes", "Sudan Liberation Movement") in _rels(
        "en", "Chad accused the Sudan Liberation Movement of recruiting fighters."
    )


def test_capitalised_words_an_acronym_in_brackets_spells_out_name_a_body():
    text = (
        "The Alliance for the Restoration of Peace and Counter-Terrorism (ARPCT) denied the charge. Somalia accused"
        " the ARPCT of killing civilians."
    )
    rels = _rels("en", text)
    assert ("Somalia", "opposes", "Alliance for the Restoration of Peace and Counter-Terrorism") in rels, rels
    # the letters must spell the words: no body from a name they do not abbreviate
    assert "Minister Ali Ahmed" not in _bodies("en", "Foreign Minister Ali Ahmed (UN) spoke first.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a construct head, construct nouns and the state that ends the chain
        ("وقالت حركة تحرير أزواد إن مقاتليها انسحبوا من البلدة.", "حركة تحرير أزواد"),
        ("وأعلنت قوات درع الوطن انتشارها في المدينة.", "قوات درع الوطن"),
        # definite nouns joined by «و» inside the name
        ("ورفضت جبهة الخلاص والتغيير الاتفاق الجديد.", "جبهة الخلاص والتغيير"),
        # a demonym after a name of three words
        ("وأعلنت جبهة التحرير الوطني الجزائرية دعمها للمرشح.", "جبهة التحرير الوطني الجزائرية"),
        # a definite head and two adjectives, or one and a complement with «لـ»
        ("وطالب المجلس الأعلى الانتقالي بتسليم السلطة.", "المجلس الأعلى الانتقالي"),
        ("وقالت الهيئة الوطنية للانتخابات إن الفرز انتهى.", "الهيئة الوطنية للانتخابات"),
        ("وأصدر المجلس الوطني لإنقاذ الشعب بياناً.", "المجلس الوطني لإنقاذ الشعب"),
        # a head after a clitic; two words after a head that names bodies only
        ("واتهمت الحكومة عناصر تابعة لحركة تحرير كردفان بالهجوم.", "حركة تحرير كردفان"),
        ("وقالت سرايا الأنصار إنها قصفت الموقع.", "سرايا الأنصار"),
        # a name in quotes runs to the closing quote
        ('وأعلنت "غرفة عمليات الشمال الموحدة" بدء الهجوم.', "غرفة عمليات الشمال الموحدة"),
        # a head and one word of its own (not an adjective nor a common complement: see the test below)
        ("وأعلن جيش أراكان سيطرته على بلدة في ولاية راخين.", "جيش أراكان"),
        ("وقالت كتائب زيد بن علي إنها استهدفت القاعدة.", "كتائب زيد بن علي"),
        ("وأعلن تحالف تأسيس تشكيل حكومة موازية.", "تحالف تأسيس"),
        # a quoted name after a head noun is the body (a state or place may be part of it)
        ('وتبنى تنظيم "ولاية سيناء" الهجوم على الكمين.', "ولاية سيناء"),
        ("وأعلنت جماعة «أنصار الإسلام» مسؤوليتها عن التفجير.", "أنصار الإسلام"),
        ('وانتشرت قوات "درع السودان" في الجزيرة.', "درع السودان"),
    ],
)
def test_an_arabic_name_spans_its_head_its_genitives_and_its_adjectives(text, name):
    bodies = _bodies("ar", text)
    assert name in bodies, bodies


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت قوات النظام المدينة الليلة الماضية.",  # a definite object after the name is no adjective
        "تسببت المعارك في حركة نزوح واسعة للسكان.",  # a flow of people
        "تسببت المعارك في حركة نزوح السكان.",
        "شنت جماعة مسلحة هجوماً على القرية.",  # an indefinite adjective is no construct noun
        "طالبت المنظمات الإنسانية الدولية بفتح الممرات.",  # bodies of a kind
        "اجتمع المجلس المحلي الجديد أمس.",  # «الجديد» is no part of a name
        "دعا الاتحاد الأطراف المتحاربة إلى الحوار.",  # a definite object after the head
        "وقال الحزب الحاكم إن الانتخابات ستجرى في موعدها.",  # one adjective, no quotes
    ],
)
def test_no_arabic_body_is_made_from_a_common_phrase(text):
    assert not [t for t, _ in _bodies("ar", text).items() if t not in ("الاتحاد",)], _bodies("ar", text)


def test_a_discovered_arabic_body_is_a_relation_endpoint():
    rels = _rels("ar", "واتهم الجيش السوداني حركة تحرير كردفان بمهاجمة قافلة إغاثة.")
    assert any(t == "حركة تحرير كردفان" and r == "opposes" for _, r, t in rels), rels


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # an "'s" inside a name after a word of people
        ("en", "The Chin People's Defence Force ambushed an army convoy near Falam.", "Chin People's Defence Force"),
        # a word that says what the body is, before the body's own name
        ("ar", "وقاتلت مليشيا جيش المختار إلى جانب الحكومة.", "جيش المختار"),
        ("ar", "وأعلن تنظيم حركة الإصلاح الديمقراطية مشاركته في الانتخابات.", "حركة الإصلاح الديمقراطية"),
        # the other spelling of the militia noun
        ("ar", "وهاجمت مليشيات درع الجنوب مواقع الجيش.", "مليشيات درع الجنوب"),
        # a news outlet's name in quotes runs to the closing quote; the name is what the quotes hold (as gold names
        # outlets: «قناة "المملكة"» is Al-Mamlaka TV by «المملكة»)
        ("ar", 'وذكرت وكالة "أمد" أن الاجتماع انتهى.', "أمد"),
    ],
)
def test_more_name_shapes(lang, text, name):
    bodies = _bodies(lang, text)
    assert name in bodies, bodies


def test_an_adjective_of_allegiance_is_no_part_of_a_name():
    assert not _bodies("ar", "واندلعت اشتباكات بين المسلحين ووحدات الجيش الموالية للحكومة.")


def test_letters_the_text_defines_are_the_body_it_gives_them_to():
    """The knowledge base reads SNA as the Syrian National Army; in a text about Somalia that defines it, SNA is
    the Somali National Army wherever it comes back."""
    text = ("The operation was led by the Somali National Army (SNA) with African support. "
            "Al-Shabaab fighters attacked an SNA base near Jowhar on Monday.")
    ex = extract_text(text, lang="en", date_="2023-01-10")
    names = {m.text: e.name for e in ex.entities for m in e.mentions}
    assert names.get("SNA") == names.get("Somali National Army"), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey backed Jaish al-Izza in the offensive on Hama.", "Jaish al-Izza"),
        ("Saraya al-Ashtar claimed the bombing near Manama.", "Saraya al-Ashtar"),
        ("Jaish Khalid ibn al-Walid held the Yarmouk basin until 2018.", "Jaish Khalid ibn al-Walid"),
    ],
)
def test_a_transliterated_arabic_head_comes_first_and_its_name_follows(text, name):
    assert _bodies("en", text).get(name) == "armed_group", _bodies("en", text)


def test_transliterated_names_are_relation_endpoints():
    rels = _rels("en", "Turkey backed Jaish al-Izza in the offensive on Hama.")
    assert ("Turkey", "supports", "Jaish al-Izza") in rels


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Chad said fighters of the Sudan Liberation Movement crossed the border.", "Sudan Liberation Movement"),
        ("en", "The rebel Alliance for Change seized the town of Rutshuru.", "Alliance for Change"),
        ("en", "The Alliance for Change attacked army posts near Goma and fought the Congolese army.",
         "Alliance for Change"),
        ("ar", "وقال مقاتلو تحالف قوى التغيير إنهم سيطروا على البلدة.", "تحالف قوى التغيير"),
    ],
)
def test_a_body_the_text_calls_armed_or_shows_fighting_is_an_armed_group(lang, text, name):
    assert _bodies(lang, text).get(name) == "armed_group", _bodies(lang, text)


def test_a_body_that_does_not_fight_keeps_its_kind():
    assert _bodies("en", "The Alliance for Change won twelve seats in the vote.").get("Alliance for Change") == (
        "organization"
    )


def test_a_discovered_body_is_named_again_by_its_head_noun():
    text = ("The National Council for the Safeguard of the Homeland took power in Niamey. "
            "ECOWAS condemned the council on Sunday.")
    assert ("Economic Community of West African States", "opposes",
            "National Council for the Safeguard of the Homeland") in _rels("en", text)
    bodies = _bodies("ar", "وقعت حركة تحرير كردفان اتفاقاً مع الحكومة. وقالت الحركة إنها ستلتزم به.")
    assert "الحركة" in bodies, bodies


def test_a_head_noun_with_an_adjective_of_another_name_is_no_back_reference():
    """«الجبهة الشامية» after «جبهة النصرة» is another front, not the Nusra Front named again."""
    ex = extract_text("وقاتلت جبهة النصرة في حلب. ورفضت الجبهة الشامية الانضمام إليها.", lang="ar", date_="2016-05-01")
    nusra = [e for e in ex.entities if "النصرة" in " ".join(m.text for m in e.mentions)]
    assert nusra and all(m.text != "الجبهة" for m in nusra[0].mentions), [(e.name, e.mentions) for e in ex.entities]


@pytest.mark.parametrize(
    ("lang", "text", "known"),
    [
        # the last words of a known body's English name, in an article about its state
        ("en", "Yemen's government signed a deal with the Transitional Council in Riyadh.",
         "Southern Transitional Council"),
        ("en", "In Tripoli, the Presidential Council of Libya welcomed the vote. The National Army rejected it.",
         "Libyan National Army"),
        # the first words of a known body's Arabic name
        ("ar", "ووقعت الحكومة اليمنية اتفاقاً مع المجلس الانتقالي برعاية سعودية.", "Southern Transitional Council"),
    ],
)
def test_part_of_a_known_bodys_name_is_that_body_in_an_article_about_its_state(lang, text, known):
    assert known in _names(lang, text), _names(lang, text)


def test_part_of_a_name_is_no_known_body_of_a_state_the_article_does_not_name():
    names = _names("en", "The Transitional Council of Chad said elections would be held next year.")
    assert "Southern Transitional Council" not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت حركة تمرد جديدة مسؤوليتها عن الهجوم.",  # a kind of body
        "وانسحب جيش احتلال من المنطقة.",
        "ويرى حزب سياسي أن الوضع خطير.",  # an adjective
        "وأعلن حزب صغير انسحابه من الائتلاف.",
        "وتتولى الهيئة تنظيم وضم المجموعات المسلحة.",  # a verbal noun and a conjunction
        "ويبلغ عدد أفراد جيش قوامه عشرة آلاف جندي.",
        "وتقدمت القوات على جبهة شمال حلب.",  # a direction
        "وأعلنت واشنطن عملية بحرية، وهي تحالف يضم بريطانيا والبحرين.",  # a verb after the head
    ],
)
def test_a_head_and_a_common_word_name_no_body(text):
    found = _bodies("ar", text)
    assert set(found) <= {"الهيئة", "الائتلاف", "تحالف"}, found  # (a body named by its noun and its members)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The International Cease-fire Monitoring Committee met in Naqoura on Monday.",
         "International Cease-fire Monitoring Committee"),
        ("Commander of the Joint Protection Force Ali Adam said the road was open.", "Joint Protection Force"),
    ],
)
def test_hyphenated_words_and_titles_before_a_name(text, name):
    assert name in _bodies("en", text), _bodies("en", text)


def test_no_body_is_made_of_a_title_and_its_complement():
    assert not _bodies("en", "Chief of Staff of the Army General Ahmed Hassan said the offensive was over.")


def test_a_name_after_its_states_possessive_keeps_its_first_word():
    bodies = _bodies("en", "Somalia's National Independent Electoral Commission set the date of the vote.")
    assert "National Independent Electoral Commission" in bodies, bodies


def test_a_quoted_movement_with_one_adjective_is_a_body():
    bodies = _bodies("ar", "وطالب ممثلو ”الحراك السلمي” بحصة في الحكومة.")
    assert "الحراك السلمي" in bodies, bodies


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The envoy appealed to the Saudi-led international coalition to lift the blockade."),
        ("ar", "وشن التحالف العسكري بقيادة السعودية غارات على مواقع في صعدة."),
    ],
)
def test_a_led_coalition_with_adjectives_between_is_the_known_one(lang, text):
    assert "Saudi-led coalition" in _names(lang, text), _names(lang, text)


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        ("وقصفت طائرات تحالف عسكري تقوده السعودية مواقع للحوثيين في صعدة.", "Saudi-led coalition",
         "تحالف عسكري تقوده السعودية"),
        ("وقال التحالف الذي تقوده السعودية إنه اعترض طائرة مسيرة فوق جازان.", "Saudi-led coalition",
         "التحالف الذي تقوده السعودية"),
        ("وقصفت طائرات تحالف دولي تقوده الولايات المتحدة مواقع لتنظيم الدولة قرب الرقة.",
         "Global Coalition against Daesh", "تحالف دولي تقوده الولايات المتحدة"),
        ("ويخوض اليمن حربا منذ 2015، إذ يقود السعوديون تحالفا عسكريا ضد الحوثيين.", "Saudi-led coalition", "تحالفا"),
        ("وتقود الولايات المتحدة تحالفا دوليا ضد تنظيم الدولة في العراق وسوريا.", "Global Coalition against Daesh",
         "تحالفا دوليا"),
    ],
)
def test_an_indefinite_body_a_state_leads_is_the_known_led_one(text, body, mention):
    """«تحالف … تقوده X» and «يقود X تحالفا»: the body the knowledge base names «التحالف بقيادة X»."""
    ex = extract_text(text, lang="ar", date_="2024-05-10")
    got = {e.name: [m.text for m in e.mentions] for e in ex.entities}
    assert mention in got.get(body, []), got


def test_a_state_leading_a_coalition_is_its_member():
    ex = extract_text("وتقود الولايات المتحدة تحالفا دوليا ضد تنظيم الدولة في العراق.", lang="ar", date_="2024-05-10")
    names = {e.id: e.name for e in ex.entities}
    rels = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("United States", "member_of", "Global Coalition against Daesh") in rels, rels


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("وقررت هيئة رئاسة المفوضية العليا للانتخابات تأجيل الاقتراع.", "المفوضية العليا للانتخابات",
         "هيئة رئاسة المفوضية العليا"),
        ("A leader of the Merera Gudina-led Oromo Federalist Congress spoke on Monday.", "Oromo Federalist Congress",
         "Merera Gudina-led Oromo Federalist Congress"),
    ],
)
def test_the_body_is_the_one_named_inside_a_part_of_it_or_after_its_leader(text, name, not_name):
    bodies = _bodies("ar" if text[0] > "z" else "en", text)
    assert name in bodies and not_name not in bodies, bodies


def test_part_of_a_name_after_a_group_is_that_groups_body_not_a_known_one():
    names = _names("en", "The Taliban Foreign Ministry said Kabul wanted good ties with Tehran.")
    assert not [x for x in names if x.endswith("Foreign Ministry") and x != "Foreign Ministry"], names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ethiopia's House of Federation rejected the request of the regional council.", "House of Federation"),
        ("The East African Court of Justice ruled on the case on Thursday.", "East African Court of Justice"),
    ],
)
def test_a_head_that_names_bodies_only_before_of(text, name):
    assert name in _bodies("en", text), _bodies("en", text)


def test_a_head_before_of_alone_is_no_body_and_a_known_one_is_found_by_it():
    assert not _bodies("en", "The delegations met at the Guest House in Khartoum.")
    assert "Libyan House of Representatives" in _names(
        "en", "In Libya, the House of Representatives met in Benghazi. Libya's prime minister attended."
    )


def test_a_known_short_name_with_another_complement_names_another_body_ar():
    # «الجبهة الشعبية» is the PFLP's short name; «الجبهة الشعبية للإنقاذ» is another front
    from explorer.extract.pipeline import extract_text

    ex = extract_text("وانسحبت الجبهة الشعبية للإنقاذ من الحوار الوطني في الخرطوم.", lang="ar")
    assert not any(e.id == "org:pflp" or "Palestine" in e.name for e in ex.entities), [e.name for e in ex.entities]
    assert any(e.name == "الجبهة الشعبية للإنقاذ" for e in ex.entities)
    ex = extract_text("وقالت الجبهة الشعبية لتحرير فلسطين إنها ترفض المقترح.", lang="ar")
    assert any("Popular Front for the Liberation of Palestine" == e.name for e in ex.entities)
