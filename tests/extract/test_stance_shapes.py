"""Supports and states in shapes tallied from real wire reports (issue 9): support in an aside or a reported
clause, a support noun with its owner, support ended, the speaker's own state. Sentences written for the tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_="2023-05-10").relations}


def test_participle_aside_keeps_the_subject_of_support_and_statement():
    rels = _rels("Japan, while renewing its firm support for Ukraine, said it would send more generators.", "en")
    assert ("state:jpn", "supports", "state:ukr") in rels, rels
    assert not [r for r in rels if r[0] == "state:ukr" and r[1] == "states"], rels


def test_support_promised_in_a_reported_clause_is_a_stance():
    rels = _rels("Turkey said it would continue to back the Government of National Accord.", "en")
    assert ("state:tur", "supports", "org:gna") in rels, rels
    rels = _rels("Kenya said it stands ready to support the full implementation of the Pretoria Agreement.", "en")
    assert ("state:ken", "supports", "agr:pretoria-agreement-2022") in rels, rels
    rels = _rels("قالت قطر إنها ستواصل دعم الحكومة الصومالية.", "ar")
    assert ("state:qat", "supports", "state:som") in rels, rels


def test_impersonal_clause_after_the_pronoun_complementizer_has_no_subject():
    rels = _rels("وأعلن أنطونيو غوتيريش أنه سيجري بحث الاتفاق مع إيران في جولة مقبلة.", "ar")
    assert not [r for r in rels if r[0] == "person:antonio-guterres" and r[1] == "negotiates_with"], rels


def test_with_the_support_of_names_the_supporter():
    rels = _rels("The Libyan National Army entered Sirte with the support of Russia.", "en")
    assert ("state:rus", "supports", "group:lna") in rels, rels
    assert ("group:lna", "supports", "state:rus") not in rels, rels


def test_owner_of_a_support_noun_with_a_kind_adjective():
    rels = _rels("Kyiv condemned Belarus's military support for Russia.", "en")
    assert ("state:blr", "supports", "state:rus") in rels, rels
    assert ("state:ukr", "supports", "state:rus") not in rels, rels
    rels = _rels("انتقدت أوكرانيا دعم بيلاروسيا العسكري لروسيا.", "ar")
    assert ("state:blr", "supports", "state:rus") in rels, rels
    assert ("state:ukr", "supports", "state:blr") not in rels, rels


def test_support_withdrawn_is_no_support():
    assert not [r for r in _rels("Niger ended its support for the French forces.", "en") if r[1] == "supports"]
    assert not [r for r in _rels("أوقفت بوروندي دعمها لحركة إم 23.", "ar") if r[1] == "supports"]


def test_statement_verbs_of_emphasis():
    rels = _rels("Egypt underscored that the Jeddah Declaration must be respected.", "en")
    assert ("state:egy", "states", "agr:jeddah-declaration-2023") in rels, rels
    rels = _rels("Kenya reaffirmed that Somalia would get more troops.", "en")
    assert ("state:ken", "states", "state:som") in rels, rels


def test_clause_before_a_following_speaker_is_what_the_statement_is_about():
    rels = _rels("The RSF must lift the siege of El Fasher, Kenya said on Monday.", "en")
    assert ("state:ken", "states", "group:rsf") in rels, rels
    rels = _rels("Hezbollah has not disarmed south of the Litani, Israel said.", "en")
    assert ("state:isr", "states", "group:hezbollah") in rels, rels
    rels = _rels("Turkey, the United Kingdom and Kenya expressed support for Somalia.", "en")
    assert not [r for r in rels if r[1] == "states" and r[2] == "state:tur"], rels


def test_the_source_after_according_to_speaks_not_the_actor_before():
    rels = _rels("The RSF shelled a camp near El Fasher, according to the United Nations.", "en")
    assert ("org:un", "states", "group:rsf") in rels, rels
    assert not [r for r in rels if r[0] == "group:rsf" and r[1] == "states"], rels
    rels = _rels("Qatar funded the reconstruction of Gaza, according to a UN report.", "en")
    assert not [r for r in rels if r[0] == "state:qat" and r[1] == "states"], rels
    rels = _rels("Israel withdrew according to the Israel-Lebanon ceasefire.", "en")
    assert not [r for r in rels if r[1] == "states"], rels


def test_funding_and_guaranteeing_are_support():
    rels = _rels("Iran has funded the Houthis for years.", "en")
    assert ("state:irn", "supports", "group:houthis") in rels, rels
    rels = _rels("Turkey is a guarantor of the Sochi agreement on northeast Syria.", "en")
    assert ("state:tur", "supports", "agr:sochi-ne-syria-2019") in rels, rels
    rels = _rels("مولت إيران جماعة الحوثيين.", "ar")
    assert ("state:irn", "supports", "group:houthis") in rels, rels


def test_arabic_attribution_after_the_report():
    rels = _rels("يبقى إعلان جدة أساس أي محادثات بين الطرفين، حسب ما أعلنت الأمم المتحدة.", "ar")
    assert ("org:un", "states", "agr:jeddah-declaration-2023") in rels, rels


def test_arabic_statement_with_its_owner_after_came_in():
    rels = _rels("وجاء في بيان للجيش السوداني أن قوات الدعم السريع قصفت مدينة الفاشر.", "ar")
    assert ("org:saf", "states", "group:rsf") in rels, rels



def test_the_owner_of_a_backer_noun_is_the_one_backed():
    rels = _rels("Turkey, the Government of National Accord's main backer, sent drones to Tripoli.", "en")
    assert ("state:tur", "supports", "org:gna") in rels, rels
    assert ("org:gna", "supports", "state:tur") not in rels, rels
    rels = _rels("Hezbollah's patron Iran sent a delegation to Beirut.", "en")
    assert ("state:irn", "supports", "group:hezbollah") in rels, rels
