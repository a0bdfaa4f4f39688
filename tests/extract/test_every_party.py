"""Every party a sentence names for a trigger, wherever it stands: subjects coordinated across an aside about one
of them ("Hezbollah, the Iran-backed group, and Hamas"), "as well as" and "along with the" in a list of subjects,
objects and sides listed across such an aside. Sentences written for these tests, across several conflicts."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str = "en", date: str = "2023-05-01") -> set[tuple[str, str, str]]:
    x = extract_text(text, lang=lang, date_=date)
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], r.type, names[r.target]) for r in x.relations}


def test_subjects_listed_across_a_descriptive_aside_all_act() -> None:
    rels = _rels(
        "Hezbollah, the Iran-backed Lebanese group, and Hamas condemned the Israeli strike on a school in Gaza City "
        "late on Tuesday, calling it a massacre."
    )
    assert {("Hezbollah", "opposes", "Israel"), ("Hamas", "opposes", "Israel")} <= rels
    rels = _rels(
        "The Rapid Support Forces, a paramilitary group led by Mohamed Hamdan Dagalo, and the Sudanese army signed a "
        "short-term ceasefire in Jeddah on Saturday after two weeks of talks."
    )
    signed = {s for s, t, o in rels if t == "agrees_with"}
    assert {"Rapid Support Forces", "Sudanese Armed Forces"} <= signed


def test_a_relative_aside_does_not_part_the_subjects_of_the_main_verb() -> None:
    rels = _rels(
        "Turkey, which has troops in northern Syria, and Russia, which backs Damascus, agreed on Tuesday to a "
        "ceasefire in Idlib after talks in Sochi."
    )
    assert ("Russia", "supports", "Syria") in rels
    assert ("Turkey", "supports", "Syria") not in rels  # the relative's verb is only its own antecedent's
    assert {s for s, t, o in rels if t == "agrees_with"} >= {"Turkey", "Russia"}


def test_as_well_as_and_along_with_the_add_subjects() -> None:
    rels = _rels(
        "Kenya and Uganda, as well as Tanzania, condemned al-Shabaab on Sunday after the attack on a hotel in "
        "Mogadishu that killed at least twenty people."
    )
    assert {(c, "opposes", "al-Shabaab") for c in ("Kenya", "Uganda", "Tanzania")} <= rels
    rels = _rels(
        "Sudan's army and the Rapid Support Forces, along with the Sudan Liberation Movement, signed the agreement "
        "in Juba on Saturday, a government spokesman said."
    )
    signed = {s for s, t, o in rels if t == "agrees_with"}
    assert {"Sudanese Armed Forces", "Rapid Support Forces", "Sudan Liberation Movement"} <= signed


def test_a_serial_comma_list_with_articles_keeps_every_item() -> None:
    rels = _rels(
        "Egypt, the United Arab Emirates, and Saudi Arabia condemned the Houthis on Monday after the attack on "
        "a tanker in the Red Sea."
    )
    assert {(c, "opposes", "Houthis") for c in ("Egypt", "United Arab Emirates", "Saudi Arabia")} <= rels


def test_objects_and_sides_listed_across_an_aside() -> None:
    rels = _rels(
        "Washington imposed sanctions on the Rapid Support Forces, a paramilitary group, and the Sudanese army on "
        "Thursday over the fighting in El Fasher."
    )
    assert {
        ("United States", "opposes", "Rapid Support Forces"),
        ("United States", "opposes", "Sudanese Armed Forces"),
    } <= rels
    rels = _rels("The ceasefire between Israel, which launched the offensive, and Hamas held for a second day.")
    assert {s for s, t, o in rels if t == "agrees_with"} >= {"Israel", "Hamas"}


def test_no_aside_where_a_speaker_or_an_object_stands() -> None:
    rels = _rels("Israel struck Hezbollah, the Iran-backed group, and Hamas vowed revenge.")
    assert ("Israel", "fights", "Hezbollah") in rels
    rels = _rels("Hamas, the Israeli army said, and Islamic Jihad fired rockets at Ashkelon on Sunday.")
    assert not any(s == "Hamas" and t == "fights" for s, t, o in rels)


def test_arabic_subjects_after_the_verb_listed_across_a_relative_aside() -> None:
    rels = _rels(
        "ووقع الجيش السوداني، الذي يقوده عبد الفتاح البرهان، وقوات الدعم السريع اتفاقاً لوقف إطلاق النار في جدة "
        "مساء السبت برعاية سعودية أميركية.",
        "ar",
    )
    assert {s for s, t, o in rels if t == "agrees_with"} >= {"Sudanese Armed Forces", "Rapid Support Forces"}
    rels = _rels(
        "ورفضت حركة حماس، التي تسيطر على قطاع غزة، وحركة الجهاد الإسلامي المقترح الإسرائيلي يوم الاثنين.", "ar"
    )
    assert {s for s, t, o in rels if t == "opposes"} == {"Hamas", "Palestinian Islamic Jihad"}
    assert not any(o == "Palestinian Islamic Jihad" for s, t, o in rels)
    rels = _rels(
        "والتقى لافروف، الذي يزور أنقرة، ووزير الدفاع الروسي سيرغي شويغو الرئيس التركي رجب طيب أردوغان في القصر "
        "الرئاسي.",
        "ar",
    )
    assert {
        ("Sergei Lavrov", "meets", "Recep Tayyip Erdoğan"),
        ("Sergei Shoigu", "meets", "Recep Tayyip Erdoğan"),
    } <= rels


def test_a_relative_asides_object_ends_at_its_closing_comma() -> None:
    rels = _rels("وأيدت الولايات المتحدة، التي تدعم إسرائيل، وبريطانيا مشروع القرار الذي قدمته فرنسا.", "ar")
    assert ("United States", "supports", "Israel") in rels
    assert ("United States", "supports", "United Kingdom") not in rels
    assert {s for s, t, o in rels if t == "supports" and o != "Israel"} >= {"United States", "United Kingdom"}
    rels = _rels(
        "ودان الاتحاد الأفريقي، الذي علق عضوية السودان، والهيئة الحكومية للتنمية الهجوم على مخيم للنازحين في الفاشر.",
        "ar",
    )
    assert ("African Union", "opposes", "Intergovernmental Authority on Development") not in rels
    # the first word of a title that opens with «و» of its own is no "and": the minister is the one met
    rels = _rels("والتقى لافروف، الذي يزور أنقرة، وزير الخارجية التركي مولود جاووش أوغلو.", "ar")
    assert ("Sergei Lavrov", "meets", "Mevlüt Çavuşoğlu") in rels


def test_the_object_follows_an_aside_right_after_the_verb() -> None:
    rels = _rels(
        "On Friday, the Libyan National Army signed, under UN auspices, a permanent ceasefire with the Government "
        "of National Accord in Geneva."
    )
    signed = {s for s, t, o in rels if t == "agrees_with"}
    assert {"Libyan National Army", "Government of National Accord"} <= signed
    rels = _rels(
        "The Sudanese army agreed, under pressure from Washington and Riyadh, to a week-long truce with the Rapid "
        "Support Forces."
    )
    assert {s for s, t, o in rels if t == "agrees_with"} >= {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert not any(s in ("United States", "Saudi Arabia") for s, t, o in rels)
    rels = _rels("وكان المغرب قد وقع، في ديسمبر الماضي، مع إسرائيل إعلاناً مشتركاً لاستئناف العلاقات بين البلدين.", "ar")
    assert {s for s, t, o in rels if t == "agrees_with"} >= {"Morocco", "Israel"}


def test_struck_past_a_time_aside_is_a_strike_not_a_deal() -> None:
    rels = _rels("Israel struck, late on Tuesday, Hezbollah positions in southern Lebanon, the army said.")
    assert ("Israel", "fights", "Hezbollah") in rels
    assert not any(t == "agrees_with" for s, t, o in rels)


def test_objects_one_after_the_other_and_later_then() -> None:
    rels = _rels(
        "Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Monday, and later "
        "British Prime Minister Rishi Sunak in London."
    )
    assert {("Volodymyr Zelensky", "meets", "Emmanuel Macron"), ("Volodymyr Zelensky", "meets", "Rishi Sunak")} <= rels
    rels = _rels("Ethiopia accused Egypt, and later Sudan, of trying to destabilise the country through proxies.")
    assert {("Ethiopia", "opposes", "Egypt"), ("Ethiopia", "opposes", "Sudan")} <= rels
    rels = _rels(
        "واستقبل الرئيس المصري عبد الفتاح السيسي رئيس المجلس الرئاسي الليبي محمد المنفي ثم قائد الجيش الوطني الليبي "
        "خليفة حفتر في القاهرة.",
        "ar",
    )
    assert {("Abdel Fattah el-Sisi", "meets", p) for p in ("Mohamed al-Menfi", "Khalifa Haftar")} <= rels


def test_a_later_clause_subject_is_no_object() -> None:
    rels = _rels("Blinken met Netanyahu in Jerusalem, and later Abbas said the Palestinian Authority was ready.")
    assert not any(o == "Mahmoud Abbas" or s == "Mahmoud Abbas" and t == "meets" for s, t, o in rels)
    rels = _rels("والتقى بلينكن نتنياهو في القدس، ثم قال عباس إن السلطة الفلسطينية مستعدة لإدارة غزة.", "ar")
    assert not any(t == "meets" and "Mahmoud Abbas" in (s, o) for s, t, o in rels)


def test_arabic_their_noun_after_an_aside_is_the_verbs_subjects() -> None:
    rels = _rels(
        "أعلن الجيش السوداني وقوات الدعم السريع، في بيان مشترك صدر عن الوساطة السعودية الأميركية، موافقتهما على "
        "هدنة لمدة سبعة أيام.",
        "ar",
    )
    assert {s for s, t, o in rels if t == "agrees_with"} == {"Sudanese Armed Forces", "Rapid Support Forces"}
    rels = _rels("وجددت روسيا والصين، في جلسة لمجلس الأمن الدولي، دعمهما للحكومة السورية في مواجهة الإرهاب.", "ar")
    assert {("Russia", "supports", "Syria"), ("China", "supports", "Syria")} <= rels
    assert not any(s == "Syria" and t == "supports" for s, t, o in rels)
    rels = _rels("وأعلنت حركتا حماس والجهاد الإسلامي رفضهما للمقترح الإسرائيلي الجديد.", "ar")
    assert {s for s, t, o in rels if t == "opposes"} == {"Hamas", "Palestinian Islamic Jihad"}


def test_doers_after_a_fronted_gerund_and_were() -> None:
    rels = _rels(
        "Signing the Juba agreement on Saturday were the Sudanese government, the Sudan Revolutionary Front and the "
        "Sudan Liberation Movement, after a year of talks in South Sudan's capital."
    )
    signed = {s for s, t, o in rels if t == "agrees_with"}
    assert {"Sudan", "Sudan Revolutionary Front", "Sudan Liberation Movement"} <= signed
    rels = _rels("Rejecting the Egyptian proposal were Hamas and Islamic Jihad, which called it a surrender document.")
    assert {(g, "opposes", "Egyptian proposal (May 2023)") for g in ("Hamas", "Palestinian Islamic Jihad")} <= rels
    rels = _rels("Backing the Sudanese army are Egypt and Turkey, while the UAE is accused of arming the RSF.")
    assert {("Egypt", "supports", "Sudanese Armed Forces"), ("Turkey", "supports", "Sudanese Armed Forces")} <= rels


def test_a_gerund_subject_with_is_names_no_doer() -> None:
    rels = _rels("Backing Ukraine is a priority for the European Union, the bloc's foreign policy chief said.")
    assert not any(t == "supports" and o == "Ukraine" for s, t, o in rels)


def test_a_sponsor_demonym_after_agreed_is_no_party() -> None:
    rels = _rels("واتفقت السعودية وإيران برعاية صينية على استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين.", "ar")
    assert not any(t == "agrees_with" and "China" in (s, o) for s, t, o in rels)
    assert ("Saudi Arabia", "agrees_with", "Iran") in rels


def test_partners_after_with_in_a_reduced_relative() -> None:
    rels = _rels("The memorandum Ethiopia signed with Somaliland in January angered Somalia's government in Mogadishu.")
    assert {s for s, t, o in rels if t == "agrees_with" and o.endswith("memorandum (May 2023)")} == {
        "Ethiopia",
        "Somaliland",
    }


def test_a_meeting_or_talks_that_brought_together_a_pair() -> None:
    rels = _rels("The talks, hosted by Qatar, brought together the Taliban and the United States for a third round.")
    assert ("Taliban", "negotiates_with", "United States") in rels
    assert not any("Qatar" in (s, o) and t == "negotiates_with" for s, t, o in rels)
    rels = _rels(
        "وجمع الاجتماع في الرياض ولي العهد السعودي الأمير محمد بن سلمان والرئيس الأوكراني فولوديمير زيلينسكي.", "ar"
    )
    assert ("Mohammed bin Salman", "meets", "Volodymyr Zelensky") in rels


def test_a_list_of_four_brought_together_names_no_pair() -> None:
    rels = _rels("The meeting in Astana brought together Russia, Iran, Turkey and Syria.")
    assert not any(t == "meets" for s, t, o in rels)


def test_objects_each_with_its_place() -> None:
    rels = _rels("Israel has been fighting Hamas in Gaza and Hezbollah in Lebanon since October, the army chief said.")
    assert {("Israel", "fights", "Hamas"), ("Israel", "fights", "Hezbollah")} <= rels
    rels = _rels("وتقاتل إسرائيل حركة حماس في غزة وحزب الله في لبنان منذ أكتوبر الماضي.", "ar")
    assert {("Israel", "fights", "Hamas"), ("Israel", "fights", "Hezbollah")} <= rels


def test_a_name_after_a_place_that_opens_its_own_clause() -> None:
    rels = _rels("وقصفت إسرائيل مواقع لحركة حماس في غزة وحزب الله أعلن الرد على الغارات.", "ar")
    assert ("Israel", "fights", "Hezbollah") not in rels


def test_a_list_inside_a_relative_is_no_aside_and_backers_stop_at_the_asides_end() -> None:
    rels = _rels("Hamas, which Israel, the US and the EU list as a terrorist group, and Fatah met in Cairo on Tuesday.")
    assert not any(t == "meets" and "Israel" in (s, o) for s, t, o in rels)
    rels = _rels("The Houthis, who are backed by Iran, and Saudi Arabia exchanged prisoners in April.")
    assert ("Iran", "supports", "Houthis") in rels
    assert ("Saudi Arabia", "supports", "Houthis") not in rels
    rels = _rels("وشنت إسرائيل غارات على حزب الله، المدعوم من إيران، وحركة حماس في جنوب لبنان.", "ar")
    assert ("Iran", "supports", "Hezbollah") in rels
    assert ("Hamas", "supports", "Hezbollah") not in rels


def test_not_only_but_also_joins_subjects() -> None:
    rels = _rels("Not only Egypt but also Qatar condemned the Israeli strike on the Rafah crossing on Monday.")
    assert {("Egypt", "opposes", "Israel"), ("Qatar", "opposes", "Israel")} <= rels


def test_those_who_signed_it_alongside_the_subject() -> None:
    rels = _rels(
        "Russia brokered the ceasefire between Armenia and Azerbaijan on Monday. Putin signed it alongside Aliyev "
        "and Pashinyan in Moscow late at night."
    )
    signed = {s for s, t, o in rels if t == "agrees_with" and o.startswith("Armenia-Azerbaijan ceasefire")}
    assert {"Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"} <= signed


def test_talks_held_at_a_place_and_time_between_two_sides() -> None:
    rels = _rels("Talks were held in Jeddah on Saturday between the Sudanese army and the Rapid Support Forces.")
    assert ("Sudanese Armed Forces", "negotiates_with", "Rapid Support Forces") in rels
    rels = _rels("Talks took place in Doha last week between Israel and Hamas, officials said.")
    assert ("Israel", "negotiates_with", "Hamas") in rels
