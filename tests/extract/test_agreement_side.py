"""Parties, signatories, roles and memberships around agreements, on sentences written for these tests."""

from explorer.extract import extract_text


def triples(text, lang, date="2019-06-01"):
    ex = extract_text(text, lang=lang, date_=date)
    return {(r.source, r.type, r.target) for r in ex.relations}, {e.id: e for e in ex.entities}


def test_arabic_list_of_titles_gives_each_person_his_own_state():
    rels, _ = triples(
        "وحضر الاجتماع رئيس فرنسا إيمانويل ماكرون، ورئيس وزراء إيطاليا جوزيبي كونتي، "
        "ووزير ألمانيا للشؤون الخارجية هايكو ماس.",
        "ar",
    )
    roles = {(s, t) for s, r, t in rels if r == "holds_role_in"}
    assert {
        ("person:emmanuel-macron", "state:fra"),
        ("person:giuseppe-conte", "state:ita"),
        ("person:heiko-maas", "state:deu"),
    } <= roles
    assert ("person:giuseppe-conte", "state:deu") not in roles


def test_arabic_title_then_comma_then_rank_or_second_title():
    rels, _ = triples(
        "ووقع البيان قائد الجيش السوداني، الفريق أول عبد الفتاح البرهان، "
        "بحضور رئيس المخابرات المصرية، الوزير عباس كامل.",
        "ar",
        "2021-03-01",
    )
    assert ("person:abdel-fattah-al-burhan", "holds_role_in", "org:saf") in rels
    assert ("person:abbas-kamel", "holds_role_in", "org:egypt-gis") in rels


def test_english_title_with_a_portfolio_or_qualifier_keeps_its_owner():
    rels, ents = triples(
        "Ukrainian Infrastructure Minister Oleksandr Kubrakov arrived in Kyiv. "
        "Mullah Abdul Ghani Baradar, the Taliban's top political leader, spoke later.",
        "en",
        "2022-07-22",
    )
    kubrakov = next(e for e in ents.values() if e.name == "Oleksandr Kubrakov")
    assert (kubrakov.id, "holds_role_in", "state:ukr") in rels
    assert ("person:abdul-ghani-baradar", "holds_role_in", "group:taliban") in rels


def test_ceasefire_noun_is_the_known_peace_agreement_of_that_week():
    rels, ents = triples(
        "The Ethiopian federal government and the rebels reached an agreement on Wednesday in Pretoria "
        "on a cessation of hostilities.",
        "en",
        "2022-11-02",
    )
    assert [e.id for e in ents.values() if e.kind == "agreement"] == ["agr:pretoria-agreement-2022"]
    assert ("state:eth", "agrees_with", "agr:pretoria-agreement-2022") in rels


def test_arabic_list_with_a_dashed_aside_keeps_every_party():
    rels, ents = triples(
        "رام الله: رسمياً، وقّعت كلّ من حركتي فتح وحماس -مساء اليوم الخميس- اتفاق المصالحة بعد شهور من المفاوضات. "
        "واتفقت الحركتان على تشكيل حكومة جديدة.",
        "ar",
        "2017-10-12",
    )
    agr = "agr:cairo-reconciliation-2017"
    assert {("org:fatah", "agrees_with", agr), ("group:hamas", "agrees_with", agr)} <= rels
    assert "اتفاق المصالحة" in {m.text for m in ents[agr].mentions}  # the agreement's complement is its name
    assert ("org:fatah", "agrees_with", "group:hamas") in rels or ("group:hamas", "agrees_with", "org:fatah") in rels


def test_lexicon_words_that_look_like_yaml_booleans_stay_words():
    from explorer.extract.lexicon import load_lexicon

    en = load_lexicon("en")
    assert "on" in en.w("after_agreement") and "true" not in en.w("after_agreement")


def test_separate_deals_signed_with_others_make_every_signatory_a_party():
    bsgi = "agr:black-sea-grain-initiative-2022"
    rels, _ = triples(
        "Russia and Ukraine signed separate deals on Friday with Turkey and the United Nations to export grain.",
        "en",
        "2022-07-22",
    )
    assert {(s, bsgi) for s in ("state:rus", "state:ukr", "state:tur", "org:un")} <= {
        (s, t) for s, r, t in rels if r == "agrees_with"
    }
    rels, _ = triples(
        "وقّعت روسيا وأوكرانيا أمس اتفاقيتين منفصلتين مع تركيا والأمم المتحدة لتصدير الحبوب.", "ar", "2022-07-22"
    )
    assert {(s, bsgi) for s in ("state:rus", "state:ukr", "state:tur", "org:un")} <= {
        (s, t) for s, r, t in rels if r == "agrees_with"
    }


def test_plural_agreements_not_signed_here_are_no_agreement_and_no_trigger():
    rels, ents = triples(
        "Both governments must respect agreements signed by the United Nations, Russia and Ukraine said.",
        "en",
        "2022-07-22",
    )
    assert not [e for e in ents.values() if e.kind == "agreement"]
    assert not [r for r in rels if r[1] == "agrees_with"]


def test_a_signatory_speaks_for_the_movement_his_title_names():
    rels, _ = triples(
        "Hamas political chief Ismail Haniyeh and Fatah official Azzam al-Ahmad signed the reconciliation "
        "agreement in Cairo on Thursday.",
        "en",
        "2017-10-12",
    )
    agr = "agr:cairo-reconciliation-2017"
    assert ("group:hamas", "agrees_with", agr) in rels
    assert ("person:ismail-haniyeh", "agrees_with", agr) in rels


def test_each_signatory_on_behalf_of_a_side_with_its_side():
    rels, _ = triples(
        "ووقعت الحكومة السودانية والجبهة الثورية اتفاق جوبا للسلام. كما وقع عن الحكومة السودانية رئيس وفدها "
        "المفاوض عضو المجلس السيادي محمد حمدان دقلو، وعن الجبهة الثورية الهادي إدريس.",
        "ar",
        "2020-10-03",
    )
    juba = "agr:juba-peace-2020"
    assert {("state:sdn", juba), ("org:srf", juba), ("person:mohamed-hamdan-dagalo", juba)} <= {
        (s, t) for s, r, t in rels if r == "agrees_with"
    }
    assert ("person:mohamed-hamdan-dagalo", "holds_role_in", "state:sdn") in rels
    assert not [s for s, r, t in rels if s.startswith("person:x-")]  # «وفدها المفاوض» is nobody's name


def test_parties_named_inside_an_agreements_long_name_are_parties():
    rels, ents = triples(
        "شهدت الرياض التوقيع على اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي الجنوبي. ورحبت السعودية بالاتفاق.",
        "ar",
        "2019-11-05",
    )
    riyadh = "agr:riyadh-agreement-2019"
    assert {"state:yem", "org:stc"} <= set(ents)
    assert {("state:yem", "agrees_with", riyadh), ("org:stc", "agrees_with", riyadh)} <= rels
    assert ("state:sau", "agrees_with", riyadh) not in rels


def test_a_body_named_after_its_parent_is_a_member_of_it():
    rels, _ = triples(
        "The United Nations welcomed the vote. The UN's Libya mission said the talks would resume in Tunis.",
        "en",
        "2021-02-05",
    )
    assert ("org:unsmil", "member_of", "org:un") in rels
    rels, _ = triples("Hamas leaders met UN officials in Gaza on Monday.", "en", "2021-02-05")
    assert not [r for r in rels if r[1] == "member_of"]


def test_winning_the_chair_and_the_members_listed_after_it():
    rels, _ = triples(
        "وفاز خالد المشري (من طرابلس) برئاسة المجلس الأعلى للدولة، بعضوية كل من عبد الله اللافي (عن طرابلس)، "
        "وموسى الكوني (عن فزان).",
        "ar",
        "2021-02-05",
    )
    body = "org:libya-hcs"
    assert ("person:khalid-al-mishri", "holds_role_in", body) in rels
    assert {("person:abdullah-al-lafi", "member_of", body), ("person:musa-al-koni", "member_of", body)} <= rels


def test_a_movements_prime_minister_is_its_member():
    rels, _ = triples("Hamas Prime Minister Ismail Haniyeh arrived in Cairo on Monday.", "en", "2007-02-05")
    assert ("person:ismail-haniyeh", "member_of", "group:hamas") in rels
    assert ("person:ismail-haniyeh", "holds_role_in", "group:hamas") not in rels


def test_a_title_without_a_state_is_the_office_the_knowledge_base_gives_that_day():
    rels, _ = triples(
        "Secretary of State Mike Pompeo arrived in Doha on Saturday, where the United States signed a deal.",
        "en",
        "2020-02-29",
    )
    assert ("person:mike-pompeo", "holds_role_in", "state:usa") in rels


def test_representatives_on_behalf_of_a_side_and_a_spelling_variant_of_the_eu():
    rels, _ = triples(
        "ووقّع الاتفاق الإطاري عن المكون العسكري قائد الجيش الفريق أول عبد الفتاح البرهان، فيما وقعه عن القوى "
        "المدنية ممثلو تحالف قوى الحرية والتغيير وممثلون عن الجبهة الثورية، بحضور مندوبي الاتحاد الأوربي.",
        "ar",
        "2022-12-05",
    )
    agr = "agr:sudan-framework-agreement-2022"
    assert {("org:ffc", "agrees_with", agr), ("org:srf", "agrees_with", agr)} <= rels
    _, ents = triples("ورحب الاتحاد الأوربي بالاتفاق.", "ar", "2022-12-05")
    assert "org:eu" in ents


def test_a_truce_only_sought_between_two_sides_has_no_parties_yet():
    rels, _ = triples(
        "وتقود دول عربية جهود وساطة للتهدئة ووقف إطلاق النار بين إسرائيل وحماس.", "ar", "2021-05-15"
    )
    assert not [r for r in rels if r[1] == "agrees_with"]
    rels, _ = triples("Qatar led efforts for a ceasefire between Israel and Hamas on Saturday.", "en", "2021-05-15")
    assert not [r for r in rels if r[1] == "agrees_with"]
    rels, _ = triples("Egypt announced a ceasefire between Israel and Hamas on Friday.", "en", "2021-05-21")
    assert ("state:isr", "agrees_with") in {(s, r) for s, r, _ in rels}


def test_multi_word_agreement_names_match_in_lower_case_single_words_do_not():
    _, ents = triples("Kyiv said the talks would build on the minsk agreements.", "en", "2019-12-09")
    assert "agr:minsk-ii-2015" in ents
    _, ents = triples("The talks will turkey-proof nothing, said an official in Kyiv.", "en", "2019-12-09")
    assert "state:tur" not in ents


def test_what_is_signed_by_someone_is_an_agreement_not_the_actor_before():
    rels, _ = triples(
        "A letter from Abbas told Haniyeh to respect agreements signed by the Palestine Liberation Organization.",
        "en",
        "2007-03-15",
    )
    assert not [r for r in rels if r[1] == "agrees_with"]


def test_signatories_named_by_a_participle_or_a_noun():
    rels, _ = triples(
        "ووقعه ممثلون عن الجبهة الثورية التي تضم مجموعات مسلحة موقعة على اتفاق جوبا للسلام.", "ar", "2022-12-05"
    )
    assert ("org:srf", "agrees_with", "agr:juba-peace-2020") in rels
    rels, _ = triples(
        "The Sudan Revolutionary Front, a signatory to the Juba Peace Agreement, joined the talks.", "en", "2022-12-05"
    )
    assert ("org:srf", "agrees_with", "agr:juba-peace-2020") in rels


def test_a_short_place_name_is_the_agreement_signed_there_that_week():
    rels, ents = triples("وبعد توصل روسيا وتركيا إلى اتفاق سوتشي، بدأت الدوريات.", "ar", "2019-10-23")
    assert ("state:rus", "agrees_with", "agr:sochi-ne-syria-2019") in rels
    _, ents = triples("وبعد توصل روسيا وتركيا إلى اتفاق سوتشي، بدأت الدوريات.", "ar", "2018-10-23")
    assert "agr:sochi-idlib-memo-2018" in ents


def test_the_signing_as_a_date_makes_no_party():
    rels, _ = triples("ونوه هادي خلال مؤتمر صحافي بعد التوقيع، بمبعوث الأمم المتحدة جمال بنعمر.", "ar", "2014-09-22")
    assert not [r for r in rels if r[1] == "agrees_with"]
    rels, _ = triples("وبعد توصل روسيا وتركيا إلى اتفاق سوتشي، بدأت الدوريات.", "ar", "2019-10-23")
    assert ("state:tur", "agrees_with", "agr:sochi-ne-syria-2019") in rels


def test_unknown_signatories_each_sign_for_their_own_side():
    ex = extract_text(
        "ووقع الاتفاق عن الحكومة اليمنية سالم الخنبشي، وعن المجلس الانتقالي الجنوبي ناصر الخبجي عضو هيئة رئاسة "
        "المجلس.",
        lang="ar",
        date_="2019-11-05",
    )
    names = {e.id: e.name for e in ex.entities}
    rels = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("ناصر الخبجي", "member_of", "Southern Transitional Council") in rels
    assert ("سالم الخنبشي", "holds_role_in", "Yemen") in rels
    assert ("ناصر الخبجي", "holds_role_in", "Yemen") not in rels
    assert {s for s, r, t in rels if r == "agrees_with"} >= {"ناصر الخبجي", "سالم الخنبشي", "Yemen"}


def test_an_agreement_between_a_representative_and_his_counterpart():
    rels, _ = triples(
        "ونقلت وسائل الإعلام لحظة توقيع اتفاق المصالحة بين ممثل حركة فتح عزام الأحمد، ونظيره الحمساوي، "
        "صالح العاروري، في القاهرة.",
        "ar",
        "2017-10-12",
    )
    agr = "agr:cairo-reconciliation-2017"
    assert {("person:azzam-al-ahmad", "agrees_with", agr), ("person:saleh-al-arouri", "agrees_with", agr)} <= rels


def test_an_office_in_the_accusative_after_a_name_is_held_in_the_body_after_it():
    rels, ents = triples(
        "فيما أصبح عبد الحميد محمد دبيبة (من إقليم طرابلس) رئيسًا لحكومة الوحدة الوطنية الليبية.", "ar", "2021-02-05"
    )
    assert ("person:abdul-hamid-dbeibah", "holds_role_in", "org:gnu") in rels


def test_a_capital_on_the_outskirts_is_a_place_not_a_party():
    rels, ents = triples(
        "وأوضح غوتيريش في مؤتمر صحفي على مشارف ستوكهولم: توصلنا إلى اتفاق بشأن الحديدة.", "ar", "2018-12-13"
    )
    assert "place:capital-swe" in ents and "state:swe" not in ents
    assert not [r for r in rels if r[0] == "state:swe"]


def _members(text, lang):
    rels, _ = triples(text, lang, "2024-03-10")
    return {(s, t) for s, r, t in rels if r == "member_of"}


def test_membership_lists_in_both_languages():
    league = {("state:egy", "org:arab-league"), ("state:jor", "org:arab-league"), ("state:sau", "org:arab-league")}
    assert league <= _members("Members of the Arab League, including Egypt, Jordan and Saudi Arabia, backed it.", "en")
    assert league <= _members("Egypt, Jordan and Saudi Arabia, all members of the Arab League, backed the plan.", "en")
    assert league <= _members("وأيدت الدول الأعضاء في جامعة الدول العربية، ومنها مصر والأردن والسعودية، الخطة.", "ar")
    gcc = _members("ويضم مجلس التعاون الخليجي السعودية وقطر والكويت.", "ar")
    assert {("state:sau", "org:gcc"), ("state:kwt", "org:gcc")} <= gcc
    assert ("state:tur", "org:nato") in _members("وقالت تركيا، العضو في حلف شمال الأطلسي، إنها تعارض الخطة.", "ar")


def test_and_the_representative_of_a_body_names_the_next_person():
    ex = extract_text(
        "وتمت عملية التوقيع بحضور الممثل الخاص للأمم المتحدة، فولكير بيرتس، وممثل الاتحاد الأفريقي، محمد بلعيش.",
        lang="ar",
        date_="2022-12-05",
    )
    names = {e.id: e.name for e in ex.entities}
    au = [names[r.source] for r in ex.relations if r.target == "org:african-union" and r.type == "member_of"]
    assert not [n for n in au if "بيرتس" in n or "Perthes" in n], au


def test_one_word_arabic_names_of_bodies_match_without_their_article():
    _, ents = triples("وقال مسؤول في ناتو إن بيشمركة كردستان تدعم الخطة.", "ar", "2020-06-01")
    assert {"org:nato", "group:peshmerga"} <= set(ents)


def test_every_party_of_a_multi_party_signing_agrees():
    text = "Russia, Iran and Turkey, the three guarantors, signed the Astana memorandum."
    rels, _ = triples(text, "en", "2017-05-04")
    memo = "agr:astana-deescalation-memo-2017"
    assert {(s, "agrees_with", memo) for s in ("state:rus", "state:irn", "state:tur")} <= rels
    rels, _ = triples(
        "ووقّعت الحكومة السودانية والجبهة الثورية وحركة العدل والمساواة على اتفاق جوبا للسلام.", "ar", "2020-10-03"
    )
    parties = {s for s, r, t in rels if r == "agrees_with" and t == "agr:juba-peace-2020"}
    assert {"state:sdn", "org:srf"} <= parties and len(parties) == 3
