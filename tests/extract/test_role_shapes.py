"""Role and membership shapes that do not depend on one exact phrase (issue 9), sentences written for these
tests (other people and bodies than the challenge batch en-roles2 / ar-roles2): quotes, brackets, places and
asides between a title, its body and its name; an organ of a body («المكتب السياسي لحركة …»); English compounds
ending in their head ("chief spokesman"); an owner mention or an age between a name and its title; "the group's"
as owner; "X of BODY"; two titles joined by "and" with one name; "the al-Qaeda affiliate led by X"."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang).relations}


def _person(text: str, lang: str, name: str) -> str:
    ex = extract_text(text, lang=lang)
    return next(e.id for e in ex.entities if e.name == name)


# --- Arabic ------------------------------------------------------------------------------------------------


def test_a_quoted_body_after_its_head_noun_owns_the_title():
    text = 'وقال المتحدث باسم حركة "الجهاد الإسلامي" داود شهاب إن الحركة تدرس المقترح.'
    rels = _rels(text, "ar")
    assert (_person(text, "ar", "داود شهاب"), "member_of", "group:pij") in rels


def test_an_organ_of_a_body_gives_the_body_as_owner():
    # «رئيس الدائرة السياسية لـ«الحركة الشعبية»»: an organ the text does not name, «ل», quotes, then the body
    rels = _rels("واستقبل الرئيس الكيني رئيس المكتب السياسي لـ«حماس» خليل الحية في نيروبي.", "ar")
    assert ("person:khalil-al-hayya", "holds_role_in", "group:hamas") in rels


def test_an_aside_calling_him_one_of_the_leaders_is_no_name():
    text = "قال عضو المكتب السياسي لحركة حماس، وأحد مؤسسيها، موسى أبو مرزوق، إن الحركة لن تتراجع."
    rels = _rels(text, "ar")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels
    assert {r[0] for r in rels if r[1] == "member_of" and r[0].startswith("person:")} == {"person:mousa-abu-marzouk"}


def test_where_the_body_is_stands_between_the_title_and_the_name():
    rels = _rels("وقال قائد حركة الشباب بالصومال أحمد ديري إن الهجمات ستستمر.", "ar")
    text = "وقال قائد حركة الشباب في الصومال، أحمد ديري، إن الهجمات ستستمر."
    rels2 = _rels(text, "ar")
    for got in (rels, rels2):
        assert ("person:ahmed-diriye", "holds_role_in", "group:al-shabaab") in got
        assert ("person:ahmed-diriye", "holds_role_in", "state:som") not in got


def test_a_name_after_a_courtesy_title_before_its_own_title():
    text = "وقال الدكتور باسم نعيم عضو المكتب السياسي بحركة حماس إن الوفد غادر القاهرة."
    assert ("person:basem-naim", "member_of", "group:hamas") in _rels(text, "ar")
    text = "وقال الدكتور سامي خليفة عضو المكتب السياسي بحركة حماس إن الوفد غادر القاهرة."
    assert (_person(text, "ar", "سامي خليفة"), "member_of", "group:hamas") in _rels(text, "ar")


def test_two_titles_joined_by_and_share_the_name():
    rels = _rels("ووصل رئيس المجلس الرئاسي الليبي وقائد الجيش محمد المنفي إلى روما.", "ar")
    assert ("person:mohamed-al-menfi", "holds_role_in", "org:libya-pc") in rels


def test_a_ruler_with_an_adjective_before_the_state():
    rels = _rels("واستقبل الحاكم العسكري لمالي العقيد عاصمي غويتا وفدا من إيكواس.", "ar")
    assert ("person:assimi-goita", "holds_role_in", "state:mli") in rels


# --- English -----------------------------------------------------------------------------------------------


def test_english_compounds_end_in_their_head_title():
    rels = _rels("Hamas's chief spokesman Hazem Qassem said the movement had accepted the text.")
    assert any(r[1] == "member_of" and r[2] == "group:hamas" for r in rels)
    rels = _rels("Hezbollah's Beirut-based spokesman Mohammad Afif said the group would respond.")
    assert any(r[1] == "member_of" and r[2] == "group:hezbollah" for r in rels)
    assert not any(r[1] == "holds_role_in" and r[2] == "group:hezbollah" for r in rels)


def test_an_owner_mention_or_an_age_between_a_name_and_its_title():
    rels = _rels("Ned Price, the US State Department spokesman, said Washington backed the talks.")
    assert ("person:ned-price", "member_of", "org:us-state-department") in rels
    rels = _rels("Getachew Reda, 48, spokesman of the TPLF, said the fighters had withdrawn.")
    assert ("person:getachew-reda", "member_of", "group:tplf") in rels


def test_the_groups_title_is_the_group_named_before():
    text = "The Houthis fired two missiles. The group's military spokesman, Yahya Saree, said more would follow."
    assert ("person:yahya-saree", "member_of", "group:houthis") in _rels(text)


def test_a_name_of_a_body_belongs_to_it():
    rels = _rels("Mousa Abu Marzouk of Hamas met Egyptian officials in Cairo.")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels
    rels = _rels("Foreign Minister Jeyhun Bayramov of Azerbaijan met Ararat Mirzoyan.")
    assert not any(r[1] == "member_of" for r in rels)


def test_a_senior_figure_and_a_second_in_command():
    rels = _rels("Ahmed Diriye, a senior figure in al-Shabaab, was killed in a strike.")
    assert ("person:ahmed-diriye", "member_of", "group:al-shabaab") in rels
    rels = _rels("Abdul Ghani Baradar, second in command of the Taliban, flew to Doha.")
    assert ("person:abdul-ghani-baradar", "holds_role_in", "group:taliban") in rels


def test_a_representative_is_a_member_not_an_office_holder():
    rels = _rels("Tom Kessler, a representative of the Wagner Group in Bangui, denied the report.")
    got = {r for r in rels if r[0] == "person:x-tom-kessler"}
    assert got == {("person:x-tom-kessler", "member_of", "group:wagner")}


def test_led_by_after_an_apposition_is_the_named_body():
    rels = _rels("Fighters of HTS, the former al-Qaeda affiliate led by Ahmed al-Sharaa, entered Aleppo.")
    assert ("person:ahmed-al-sharaa", "holds_role_in", "group:hts") in rels
    assert ("person:ahmed-al-sharaa", "holds_role_in", "group:al-qaeda") not in rels


def test_a_state_before_a_body_only_says_where_the_body_is():
    rels = _rels("The chairman of the Yemen Presidential Leadership Council, Rashad al-Alimi, flew to Riyadh.")
    assert ("person:rashad-al-alimi", "holds_role_in", "org:plc-yemen") in rels
    rels = _rels("The head of Yemen's ruling Presidential Leadership Council, Rashad al-Alimi, flew to Riyadh.")
    assert ("person:rashad-al-alimi", "holds_role_in", "org:plc-yemen") in rels


def test_adjectives_between_a_title_and_its_body():
    rels = _rels("Ahmed Diriye, a leading figure in the feared al-Shabaab movement, was seen in Jilib.")
    assert ("person:ahmed-diriye", "member_of", "group:al-shabaab") in rels


def test_the_head_of_the_regime_in_a_state():
    rels = _rels("The head of the transitional government in Chad, Mahamat Idriss Deby, flew to Abuja.")
    assert ("person:mahamat-idriss-deby", "holds_role_in", "state:tcd") in rels


def test_english_titles_joined_by_and_share_the_name():
    text = "Chairman of the Presidential Leadership Council and Commander-in-Chief Rashad al-Alimi met Saudi officials."
    assert ("person:rashad-al-alimi", "holds_role_in", "org:plc-yemen") in _rels(text)


def test_plural_titles_give_each_listed_name_its_own_state():
    rels = _rels("Presidents William Ruto of Kenya and Yoweri Museveni of Uganda arrived in Juba.")
    assert ("person:william-ruto", "holds_role_in", "state:ken") in rels
    assert ("person:yoweri-museveni", "holds_role_in", "state:uga") in rels
    assert ("person:william-ruto", "holds_role_in", "state:uga") not in rels
    rels = _rels("William Ruto and Yoweri Museveni, the leaders of Kenya and Uganda, arrived in Juba.")
    assert ("person:william-ruto", "holds_role_in", "state:ken") in rels
    assert ("person:yoweri-museveni", "holds_role_in", "state:uga") in rels
    assert ("person:yoweri-museveni", "holds_role_in", "state:ken") not in rels
    rels = _rels("Kenya's and Uganda's presidents, William Ruto and Yoweri Museveni, arrived in Juba.")
    assert ("person:william-ruto", "holds_role_in", "state:ken") in rels
    assert ("person:yoweri-museveni", "holds_role_in", "state:uga") in rels


def test_a_title_is_no_name():
    rels = _rels("Jawid Karimi, spokesman for the Afghan National Security Adviser's office, denied the report.")
    assert not any("national-security-adviser" in r[0] for r in rels)


def test_the_dual_title_in_the_genitive_pairs_each_name_with_its_state():
    text = "وجرت المحادثات بين وزيري الخارجية الأرميني أرارات ميرزويان والأذربيجاني جيهون بيراموف في واشنطن."
    rels = _rels(text, "ar")
    assert ("person:ararat-mirzoyan", "holds_role_in", "state:arm") in rels
    assert ("person:jeyhun-bayramov", "holds_role_in", "state:aze") in rels
    assert ("person:ararat-mirzoyan", "holds_role_in", "state:aze") not in rels


def test_coordinated_titles_before_a_name_are_that_name_s_not_the_one_before():
    text = "وانتقد عبد الرحيم دقلو، رئيس المجلس الرئاسي الليبي ووزير الدفاع محمد المنفي، في كلمة مصورة."
    rels = _rels(text, "ar")
    assert ("person:mohamed-al-menfi", "holds_role_in", "org:libya-pc") in rels
    assert ("person:abdul-rahim-dagalo", "holds_role_in", "org:libya-pc") not in rels


def test_what_the_movement_is_then_its_quoted_name():
    rels = _rels("وقال عضو المكتب السياسي لحركة المقاومة الإسلامية «حماس» موسى أبو مرزوق إن الوفد غادر.", "ar")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels


def test_an_adviser_on_a_country_s_affairs_serves_the_body_not_the_country():
    text = "وقالت المستشارة الخاصة للأمين العام للأمم المتحدة بالشأن الليبي، ستيفاني وليامز، إن الحوار سيستأنف."
    rels = _rels(text, "ar")
    assert ("person:stephanie-williams", "holds_role_in", "org:un") in rels
    assert ("person:stephanie-williams", "holds_role_in", "state:lby") not in rels


def test_a_lowercase_word_after_the_owner_qualifies_the_title():
    rels = _rels("The AU's humanitarian envoy, Ramtane Lamamra, arrived in Port Sudan.")
    assert ("person:ramtane-lamamra", "holds_role_in", "org:african-union") in rels
    rels = _rels("Turkish presidential aide Ibrahim Kalin met the delegation.")
    assert ("person:ibrahim-kalin", "holds_role_in", "state:tur") in rels


def test_a_member_of_a_movement_s_committee_is_a_member_of_the_movement():
    rels = _rels("وقال عضو اللجنة المركزية لحركة فتح محمود العالول إن الحركة ترفض الخطة.", "ar")
    assert ("person:mahmoud-al-aloul", "member_of", "org:fatah") in rels


def test_a_title_over_a_state_s_army_names_the_force_he_commands():
    rels = _rels("وصل قائد الجيش الليبي، خليفة حفتر، إلى القاهرة.", "ar")
    assert ("person:khalifa-haftar", "holds_role_in", "group:lna") in rels
    assert ("person:khalifa-haftar", "holds_role_in", "state:lby") not in rels
    rels = _rels("واستقبل القائد العام للقوات المسلحة الليبية المشير خليفة حفتر الوفد.", "ar")
    assert ("person:khalifa-haftar", "holds_role_in", "group:lna") in rels
    rels = _rels("The Libyan army commander, Khalifa Haftar, flew to Moscow.")
    assert ("person:khalifa-haftar", "holds_role_in", "group:lna") in rels


def test_a_body_the_person_leads_in_a_relative_clause_or_after_bi_qiyadat():
    rels = _rels("وهاجمت حركة الشباب التي يقودها أحمد ديري قاعدة عسكرية.", "ar")
    assert ("person:ahmed-diriye", "holds_role_in", "group:al-shabaab") in rels
    rels = _rels("وسيطرت قوات الدعم السريع بقيادة محمد حمدان دقلو على المدينة.", "ar")
    assert ("person:mohamed-hamdan-dagalo", "holds_role_in", "group:rsf") in rels
    rels = _rels("The Taliban, commanded by Hibatullah Akhundzada, rejected the offer.")
    assert ("person:hibatullah-akhundzada", "holds_role_in", "group:taliban") in rels


def test_a_governor_s_region_inside_coordinated_titles():
    text = "ووصل عضو مجلس القيادة الرئاسي ومحافظ محافظة مأرب اللواء سلطان العرادة إلى الرياض."
    rels = _rels(text, "ar")
    assert ("person:sultan-al-arada", "member_of", "org:plc-yemen") in rels
    assert not any(r[1] == "member_of" and r[0] != "person:sultan-al-arada" for r in rels)


def test_the_aide_of_a_state_s_leader_holds_a_role_in_the_state():
    rels = _rels("Zamir Kabulov, Vladimir Putin's special envoy for Afghanistan, met Taliban officials in Kabul.")
    assert ("person:zamir-kabulov", "holds_role_in", "state:rus") in rels
    assert ("person:zamir-kabulov", "holds_role_in", "state:afg") not in rels
    rels = _rels("Ukrainian President Volodymyr Zelensky sent his chief of staff, Andriy Yermak, to Riyadh.")
    assert ("person:andriy-yermak", "holds_role_in", "state:ukr") in rels


def test_a_title_between_commas_after_a_name_is_that_name_s():
    text = "Accompanied by Jeyhun Bayramov, Azerbaijan's foreign minister, Ilham Aliyev arrived in Washington."
    rels = _rels(text)
    assert ("person:jeyhun-bayramov", "holds_role_in", "state:aze") in rels
    assert ("person:ilham-aliyev", "holds_role_in", "state:aze") not in rels


def test_a_representative_called_special_after_the_body_is_its_envoy():
    rels = _rels("وأعلن عبد الله باتيلي ممثل الأمين العام للأمم المتحدة الخاص في ليبيا استقالته.", "ar")
    assert ("person:abdoulaye-bathily", "holds_role_in", "org:un") in rels
    assert ("person:abdoulaye-bathily", "member_of", "org:un") not in rels


def test_its_title_in_english_without_a_comma():
    rels = _rels("The Houthis said their military spokesman Yahya Saree would speak at noon.")
    assert ("person:yahya-saree", "member_of", "group:houthis") in rels


def test_arabic_titles_whose_owner_is_a_pronoun_for_the_body_named_before():
    rels = _rels("وقالت حركة الشباب إن قائدها أحمد ديري نجا من الغارة.", "ar")
    assert ("person:ahmed-diriye", "holds_role_in", "group:al-shabaab") in rels
    rels = _rels("وأكد الحوثيون على لسان المتحدث باسمهم يحيى سريع استهداف السفينة.", "ar")
    assert ("person:yahya-saree", "member_of", "group:houthis") in rels
    rels = _rels("وأعلنت أذربيجان أن وزير خارجيتها جيهون بيراموف سيزور واشنطن.", "ar")
    assert ("person:jeyhun-bayramov", "holds_role_in", "state:aze") in rels


def test_a_feminine_title_is_no_pronoun():
    rels = _rels("والتقى الرئيس التركي رئيسة وزراء إيطاليا جورجيا ميلوني.", "ar")
    assert ("person:giorgia-meloni", "holds_role_in", "state:ita") in rels
    assert ("person:giorgia-meloni", "holds_role_in", "state:tur") not in rels


def test_cadres_founders_and_delegation_members():
    rels = _rels("وقال القيادي البارز في حركة الجهاد الإسلامي داود شهاب إن الحركة ترفض المقترح.", "ar")
    assert any(r[1] == "member_of" and r[2] == "group:pij" for r in rels)
    rels = _rels("وقال أحد قادة حركة حماس موسى أبو مرزوق إن الحركة ترفض المقترح.", "ar")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels
    rels = _rels("وأكد عضو وفد حماس المفاوض موسى أبو مرزوق أن الحركة تسلمت المقترح.", "ar")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels
    rels = _rels("Mousa Abu Marzouk, a co-founder of Hamas, said the movement had received the text.")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels


def test_a_counterpart_named_by_a_movement_s_adjective():
    text = "ووقع الورقة المسؤول في حركة حماس موسى أبو مرزوق، ونظيره الفتحاوي، جبريل الرجوب، في القاهرة."
    rels = _rels(text, "ar")
    assert ("person:mousa-abu-marzouk", "member_of", "group:hamas") in rels
    assert ("person:jibril-rajoub", "member_of", "org:fatah") in rels
    assert ("person:jibril-rajoub", "member_of", "group:hamas") not in rels


def test_an_organ_between_the_owner_and_the_title_and_abbreviated_ranks():
    rels = _rels("Hamas political bureau member Basem Naim said the movement had received the text.")
    assert ("person:basem-naim", "member_of", "group:hamas") in rels
    rels = _rels("RSF spokesman Brig. Gen. Omar Hamdan said the town had fallen.")
    assert ("person:omar-hamdan", "member_of", "group:rsf") in rels


def test_a_name_with_its_side_in_brackets():
    rels = _rels("The committee includes Malik Agar (SPLM-N) and Minni Minnawi (Sudan Liberation Movement-Minnawi).")
    assert ("person:malik-agar", "member_of", "group:splm-n") in rels
    rels = _rels("Talks between Ararat Mirzoyan (Armenia) and Jeyhun Bayramov resumed.")
    assert not any(r[1] == "member_of" for r in rels)


def test_lowercase_words_from_the_owner_s_possessive_to_the_title():
    rels = _rels("Yahya Saree, the Houthis' armed forces media spokesman, announced the strike.")
    assert ("person:yahya-saree", "member_of", "group:houthis") in rels


# --- named counterparts (both languages) -------------------------------------------------------------------


def test_named_counterparts_each_after_his_demonym_hold_the_office_in_that_state():
    # «نظيريه الفرنسي A والألماني B»: a demonym, its name, then the next pair
    text = (
        "واستقبل وزير الخارجية الإيطالي أنطونيو تاياني نظيريه الفرنسي جان نويل بارو والألماني أنالينا بيربوك في روما."
    )
    rels = _rels(text, "ar")
    assert ("person:jean-noel-barrot", "holds_role_in", "state:fra") in rels
    assert ("person:annalena-baerbock", "holds_role_in", "state:deu") in rels
    assert ("person:antonio-tajani", "meets", "state:fra") not in rels  # the demonym names no one met


def test_named_counterparts_after_their_demonyms_pair_by_the_knowledge_base():
    # «نظيريه الفرنسي والألماني، B وA»: the names in another order than the states; the roles on the date pair them
    text = "واستقبل وزير الخارجية الإيطالي أنطونيو تاياني نظيريه الفرنسي والألماني، أنالينا بيربوك وجان نويل بارو."
    rels = {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2025-02-10").relations}
    assert ("person:annalena-baerbock", "holds_role_in", "state:deu") in rels
    assert ("person:jean-noel-barrot", "holds_role_in", "state:fra") in rels
    assert ("person:annalena-baerbock", "holds_role_in", "state:fra") not in rels


def test_english_named_counterparts_take_the_states_before_the_noun():
    text = "Antonio Tajani hosted his French and German counterparts, Jean-Noel Barrot and Annalena Baerbock, in Rome."
    rels = _rels(text)
    assert ("person:jean-noel-barrot", "holds_role_in", "state:fra") in rels
    assert ("person:annalena-baerbock", "holds_role_in", "state:deu") in rels


def test_a_patronymic_name_is_called_by_its_first_part():
    # Ethiopian and Eritrean names are patronymic: "President Isaias", "Mr Abiy" name the people of the full names
    text = (
        "Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed signed a declaration in July. "
        "Abiy landed in Asmara on Sunday and was greeted by President Isaias. The two leaders held talks that evening."
    )
    rels = {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_="2018-07-09").relations}
    pair = {"person:abiy-ahmed", "person:isaias-afwerki"}
    assert any(r[1] == "negotiates_with" and {r[0], r[2]} == pair for r in rels)


# --- portfolios, offices inside a body, relative "who chairs" --------------------------------------------


def test_an_arabic_portfolio_of_several_words_stays_inside_the_title():
    # «لشؤون الشرق الأوسط»: the words after «لشؤون» are what the office deals with; the name follows them, and
    # «بأن» ("that") ends the name
    text = "وصرّح المبعوث البريطاني لشؤون الشرق الأوسط جون كيلي بأن المحادثات ستستأنف في لندن."
    rels = _rels(text, "ar")
    kelly = _person(text, "ar", "جون كيلي")
    assert (kelly, "holds_role_in", "state:gbr") in rels


def test_an_office_in_a_national_body_is_held_in_that_body():
    # «… في البيت الأبيض»: a body after «في» is where the office is, not a state the envoy is sent to
    rels = _rels("وقال منسق شؤون أفريقيا في البيت الأبيض جاد ميلر إن واشنطن تتابع المفاوضات.", "ar")
    assert any(r[1] == "holds_role_in" and r[2] == "org:white-house" for r in rels)
    rels = _rels("وقال المبعوث الأممي في ليبيا غسان سلامة إن الطرفين وافقا على الهدنة.", "ar")
    assert not any(r[1] == "holds_role_in" and r[2] == "state:lby" for r in rels)  # sent to Libya, not its envoy


def test_who_chairs_a_body_named_with_its_state_holds_the_role_not_the_state():
    rels = _rels("Salahuddin Rabbani, who chairs Afghanistan's High Peace Council, said the talks would resume.")
    assert not any(r[0] == "state:afg" and r[1] == "member_of" for r in rels)
    assert any(r[1] == "holds_role_in" and r[0] == "person:salahuddin-rabbani" for r in rels)


def test_a_deputy_title_is_not_resolved_to_the_holder_of_the_office():
    # "the Taliban's deputy leader", «نائب قائد …»: someone else than the leader the knowledge base knows
    rels = _rels("Kabul, 2020-09-12. The Taliban's deputy leader said the movement wanted a lasting peace.")
    assert not any(r[1] == "holds_role_in" and r[2] == "group:taliban" for r in rels)
    ex = extract_text("وقال نائب الرئيس الأميركي إن واشنطن تدعم الهدنة.", lang="ar", date_="2019-05-01")
    rels = {(r.source, r.type, r.target) for r in ex.relations}
    assert any(r[1] == "holds_role_in" and r[2] == "state:usa" for r in rels)  # an office deputy in its own right


def test_a_person_after_an_arabic_chairing_verb_holds_the_role():
    # «يرأس الجنرال X المجلس …»: verb, rank, name, then the body he heads
    ex = extract_text(
        "وفي النيجر يرأس الجنرال عبد الرحمن تياني المجلس الوطني لحماية الوطن منذ الانقلاب.",
        lang="ar",
        date_="2023-10-01",
    )
    rels = {(r.source, r.type, r.target) for r in ex.relations}
    assert any(r[1] == "holds_role_in" and r[0].startswith("person:") and "org:" in r[2] for r in rels)


# --- a body found after the titles (the knowledge base does not know it) -----------------------------------


def _named_body(ex, name_part: str) -> str:
    return next(e.id for e in ex.entities if name_part in e.name)


def _holds(text: str, lang: str, name: str, body_part: str) -> bool:
    ex = extract_text(text, lang=lang)
    person = next(e.id for e in ex.entities if e.name == name)
    body = _named_body(ex, body_part)
    return (person, "holds_role_in", body) in {(r.source, r.type, r.target) for r in ex.relations}


def test_a_title_over_an_unknown_body_introduces_the_name_after_it_ar():
    # «رئيس المجلس …»: the title phrase ends inside a body the titles step did not know yet (its acronym after it)
    text = "وقال رئيس المجلس الأعلى للرقابة المالية منصور العبيدي إن التقرير سينشر الأسبوع المقبل."
    assert _holds(text, "ar", "منصور العبيدي", "المجلس الأعلى للرقابة المالية")
    text = "وقال رئيس الهيئة العليا للعدالة الانتقالية (هععا) عثمان بشير إن الجلسات ستبدأ في مارس."
    assert _holds(text, "ar", "عثمان بشير", "الهيئة العليا للعدالة الانتقالية")


def test_an_unknown_body_inside_or_before_a_title_owns_it_en():
    for text in (
        "The chairman of the Coastal Fisheries Council, Omar Lugendo, said the ban would be lifted.",
        "Omar Lugendo, the chairman of the Coastal Fisheries Council, said the ban would be lifted.",
        "Coastal Fisheries Council chairman Omar Lugendo said the ban would be lifted.",
    ):
        assert _holds(text, "en", "Omar Lugendo", "Coastal Fisheries Council"), text


def test_a_state_opening_an_unknown_body_name_is_no_owner_of_the_title_en():
    # "the head of the Kenya …": the run after the state ends in a body's head noun, so it is no person's name
    text = "The director of the Malawi Fisheries Network, Grace Banda, said the lake was overfished."
    ex = extract_text(text, lang="en")
    assert not any(e.kind == "person" and "Network" in e.name for e in ex.entities)
    assert _holds(text, "en", "Grace Banda", "Malawi Fisheries Network")


def test_an_envoy_called_international_is_the_uns():
    # «المبعوث الدولي إلى …»: Arabic news calls the UN's envoy "the international envoy"
    rels = _rels("وقال المبعوث الدولي إلى ليبيا غسان سلامة إن المؤتمر سيعقد في برلين.", "ar")
    assert ("person:ghassan-salame", "holds_role_in", "org:un") in rels
    rels = _rels("وقال المبعوث الروسي إلى ليبيا ميخائيل بوغدانوف إن موسكو تدعم المؤتمر الدولي.", "ar")
    assert not any(t == "org:un" for _, _, t in rels)


def test_a_body_led_by_a_named_leader_with_bizaamat():
    # «بزعامة X», like «بقيادة X»: the person after it leads the body before it
    rels = _rels("وأعلن حزب المؤتمر الوطني الأفريقي بزعامة سيريل رامافوزا فوزه في الانتخابات.", "ar")
    assert any(s == "person:cyril-ramaphosa" and t == "holds_role_in" for s, t, _ in rels), rels
    text = "وانسحبت الحركة الوطنية للإنقاذ بزعامة منصور الحارثي من الحوار."
    ex = extract_text(text, lang="ar")
    person = next(e.id for e in ex.entities if e.name == "منصور الحارثي")
    body = _named_body(ex, "الحركة الوطنية للإنقاذ")
    assert (person, "holds_role_in", body) in {(r.source, r.type, r.target) for r in ex.relations}


def test_an_executive_secretary_and_a_commissioner_hold_roles_in_their_bodies():
    text = "ورحبت الهيئة الحكومية للتنمية بالاتفاق، ودعا سكرتيرها التنفيذي ورقنه جبيهو إلى وقف القتال."
    assert ("person:workneh-gebeyehu", "holds_role_in", "org:igad") in _rels(text, "ar")
    rels = _rels("IGAD Executive Secretary Workneh Gebeyehu called for an end to the fighting.")
    assert ("person:workneh-gebeyehu", "holds_role_in", "org:igad") in rels
    text = "وقال مفوض الاتحاد الأفريقي للسلم والأمن بانكولي أديوي إن الاتحاد يدعم الحوار بين الأطراف."
    ex = extract_text(text, lang="ar")
    person = next(e.id for e in ex.entities if "أديوي" in e.name or "Adeoye" in e.name)
    got = {(r.source, r.type, r.target) for r in ex.relations}
    assert (person, "holds_role_in", "org:african-union") in got
    # (not the AU's head by the knowledge base: a commissioner is not the commission's chair)
    assert not any(s != person and t == "holds_role_in" and o == "org:african-union" for s, t, o in got)


def test_a_plural_title_over_the_two_countries_and_its_article_lists_its_holders():
    lead = "Serbia and Kosovo agreed to resume talks. The foreign ministers of the two countries, "
    rels = _rels(lead + "Marko Djuric and Donika Gervalla, met in Brussels.")
    assert {("person:marko-djuric", "holds_role_in", "state:srb"), ("person:donika-gervalla", "holds_role_in",
            "state:xkx")} <= rels  # fmt: skip


def test_a_family_name_after_al_is_part_of_the_name_even_when_it_is_also_a_verb():
    # «آل صادق»: «صادق» is also "ratified"; after «آل» it is the family name
    text = "واستقبل وزير الخارجية السفير القطري في الرياض خالد آل صادق وبحث معه العلاقات الثنائية."
    ex = extract_text(text, lang="ar")
    assert any(e.name == "خالد آل صادق" for e in ex.entities), [e.name for e in ex.entities]


def test_the_head_of_a_transitional_period_is_the_states_president():
    text = "وقال رئيس المرحلة الانتقالية في غينيا العقيد مامادي دومبويا إن الانتخابات ستجري العام المقبل."
    ex = extract_text(text, lang="ar")
    person = next(e.id for e in ex.entities if e.kind == "person")
    assert (person, "holds_role_in", "state:gin") in {(r.source, r.type, r.target) for r in ex.relations}


def test_a_title_held_in_a_capacity_is_the_persons_before_it():
    rels = _rels("Talks were hosted by Togolese President Faure Gnassingbe as ECOWAS's mediator for Mali.")
    assert ("person:faure-gnassingbe", "holds_role_in", "org:ecowas") in rels
    text = "وقال الرئيس التوغولي فور غناسينغبي، بصفته وسيط المجموعة الاقتصادية لدول غرب أفريقيا، إن الحوار مستمر."
    rels = _rels(text, "ar")
    assert ("person:faure-gnassingbe", "holds_role_in", "org:ecowas") in rels
    # "as" there opens a clause: the title is someone else's
    rels = _rels("Antony Blinken spoke as the Russian foreign minister arrived in New Delhi.")
    assert ("person:antony-blinken", "holds_role_in", "state:rus") not in rels


def test_a_spokesman_speaks_for_the_body_the_sentence_opens_with():
    text = "ورفضت حركة «حماس» دعوة السلطة الفلسطينية إلى الحوار، ووصفها المتحدث باسمها حازم قاسم بأنها مناورة."
    rels = _rels(text, "ar")
    assert ("person:hazem-qassem", "member_of", "group:hamas") in rels
    assert ("person:hazem-qassem", "member_of", "org:pa") not in rels


def test_whose_title_is_the_body_before_it_and_a_leading_member_is_one_of_its_members():
    text = "The Sudanese Professionals Association, whose spokesman Walid Ali addressed the crowd, called a strike."
    ex = extract_text(text, lang="en")
    person = next(e.id for e in ex.entities if e.name == "Walid Ali")
    got = {(r.source, r.type, r.target) for r in ex.relations}
    assert (person, "member_of", "org:spa-sudan") in got, got
    rels = _rels("Omar Hamdan, a leading RSF negotiator, arrived in Jeddah.")
    assert ("person:omar-hamdan", "member_of", "group:rsf") in rels


def test_a_title_before_an_unknown_body_after_its_preposition_ar():
    # «X، القيادي في …»: the body found after the titles, right after the title's preposition, owns it
    text = "وقال منصور العبيدي، القيادي في جبهة الخلاص الوطنية، إن المحادثات فشلت."
    ex = extract_text(text, lang="ar")
    person = next(e.id for e in ex.entities if e.name == "منصور العبيدي")
    body = _named_body(ex, "جبهة الخلاص الوطنية")
    assert (person, "member_of", body) in {(r.source, r.type, r.target) for r in ex.relations}


def test_elected_president_of_a_state_in_the_accusative_ar():
    rels = _rels("وانتُخب محمد ولد الشيخ الغزواني رئيساً لموريتانيا في يونيو.", "ar")
    assert any(t == "holds_role_in" and o == "state:mrt" for _, t, o in rels), rels


def test_who_leads_a_body_named_with_its_type_noun_en():
    # "the Taqaddum coalition": the noun after the name says what the body is, not an organ of it
    rels = _rels("Abdalla Hamdok, who now leads the Taqaddum coalition, met Kenyan officials in Nairobi.")
    assert ("person:abdalla-hamdok", "holds_role_in", "org:taqaddum") in rels
