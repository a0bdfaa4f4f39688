"""Roles, meetings, visits and talks (session 41, lane `roles`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _has(got, a, rtype, b):
    return (a, rtype, b) in got or (rtype in ("meets", "negotiates_with") and (b, rtype, a) in got)


def test_a_deposed_leader_after_a_possessive_or_a_verb_is_met_not_ousted():
    # "met Mali's deposed President X", "talked with ousted President X": the participle describes the title
    text = ("An African Union team on Monday met Mali's deposed President Ibrahim Boubacar Keita in Bamako "
            "and held talks with Colonel Assimi Goita.")
    got = named_relations(text, "en", "2020-08-24")
    assert _has(got, "African Union", "meets", "Ibrahim Boubacar Keïta"), got
    assert not any(t == "meets" and "Mali" in (s, o) for s, t, o in got), got
    assert not any(t == "opposes" for s, t, o in got), got
    text = "The Guinean mediators visited ousted President Alpha Conde at his residence in Conakry."
    got = named_relations(text, "en", "2021-09-10")
    assert not any(t == "opposes" for s, t, o in got), got


def test_hosts_named_after_the_airport_that_received_him_meet_him_ar():
    # «وكان في استقباله بمطار … الدولي، X ووزير … Y»: the venue and its name stand between the noun and the hosts
    text = ("وصل وزير الخارجية الكيني موساليا مودافادي، صباح الثلاثاء، إلى مقديشو في زيارة رسمية تستغرق يومين. "
            "وكان في استقباله بمطار آدم عدي الدولي، وزير الخارجية الصومالي أحمد معلم فقي ووزير الدفاع "
            "عبد القادر محمد نور.")
    got = named_relations(text, "ar", "2024-02-06")
    assert _has(got, "Ahmed Moallim Fiqi", "meets", "Musalia Mudavadi"), got
    assert _has(got, "عبد القادر محمد نور", "meets", "Musalia Mudavadi"), got


def test_the_guest_a_reception_pronoun_stands_for_is_the_one_who_arrived_ar():
    # a sentence between names a sender of a message: «استقباله» is still the visitor's
    text = ("وصل وزير الخارجية الكيني موساليا مودافادي، صباح الثلاثاء، إلى مقديشو في زيارة تستغرق يومين. "
            "ويجتمع مودافادي خلال الزيارة بالرئيس حسن شيخ محمود، ويسلمه دعوة من الرئيس الكيني وليام روتو "
            "لحضور قمة إقليمية. وكان في استقباله لدى وصوله وزير الدولة للشؤون الخارجية علي محمد عمر.")
    got = named_relations(text, "ar", "2024-02-06")
    assert _has(got, "علي محمد عمر", "meets", "Musalia Mudavadi"), got
    assert not _has(got, "علي محمد عمر", "meets", "William Ruto"), got


def test_a_body_known_by_a_bare_name_is_another_state_s_after_that_state():
    # "Foreign Office" alone is Britain's; after "Pakistani" it is Pakistan's, the one the knowledge base knows
    text = ("Pakistani Foreign Office spokesman Ali Khan said on Thursday that Islamabad had sent a "
            "delegation to Kabul for talks with the Taliban.")
    got = named_relations(text, "en", "2024-05-02")
    assert ("Ali Khan", "member_of", "Ministry of Foreign Affairs (Pakistan)") in got, got
    assert not any(o == "UK Foreign Office" for s, t, o in got), got


def test_his_visit_after_the_guest_a_host_received_is_the_guest_s_ar():
    # «استقبل X … Y خلال زيارته لـZ»: Y visits Z, not the host at home
    text = ("استقبل رئيس الوزراء الإثيوبي آبي أحمد، الثلاثاء، في مكتبه الرئيس الكيني وليام روتو خلال زيارته "
            "لأديس أبابا، وبحث معه الوضع في الصومال.")
    got = named_relations(text, "ar", "2024-01-09")
    assert ("William Ruto", "visits", "Addis Ababa") in got, got
    assert ("Abiy Ahmed", "visits", "Addis Ababa") not in got, got


def test_a_participle_opening_the_sentence_takes_the_main_clause_s_subject():
    # "Arriving in X, Y met …": Y arrived, not the subject of the sentence before
    text = ("Washington imposed new sanctions on Caracas in March. Arriving in Caracas on Monday, Brazilian "
            "President Luiz Inacio Lula da Silva met Nicolas Maduro at the Miraflores palace. Arriving in Bogota, "
            "an official delegation from Norway began consultations.")
    got = named_relations(text, "en", "2023-05-29")
    assert ("Luiz Inácio Lula da Silva", "visits", "Caracas") in got or any(
        t == "visits" and o == "Caracas" and "Lula" in s for s, t, o in got), got
    assert not any(t == "visits" and s == "United States" for s, t, o in got), got


def test_readiness_to_resume_talks_is_no_talks_held():
    # "expressed his readiness to resume talks with X", "her willingness to meet Y": nothing held yet
    text = ("Armenian Prime Minister Nikol Pashinyan on Friday expressed his readiness to resume talks with "
            "Azerbaijan, and Ilham Aliyev reaffirmed his willingness to meet Pashinyan in Brussels.")
    got = named_relations(text, "en", "2023-04-14")
    assert not any(t in ("negotiates_with", "meets") for s, t, o in got), got


def test_a_verbal_noun_with_his_pronoun_after_a_title_is_no_name_ar():
    # «أبدى الرئيس X استعداده لـ…», «ثمّن رئيس الدولة جهود …»: the object of the verb, not a person
    text = ("وأبدى رئيس الوزراء الأرميني استعداده لاستئناف المفاوضات مع أذربيجان، فيما ثمن وزير الخارجية "
            "الأذربيجاني جهود الوساطة الأوروبية.")
    got = named_relations(text, "ar", "2023-05-15")
    junk = {s for s, t, o in got if s.startswith(("استعداد", "جهود"))}
    assert not junk, got


def test_a_gerund_after_a_noun_of_people_is_not_the_sentence_subject_s():
    # "shared footage of the delegation meeting X": the delegation met X, not the one who shared it
    text = ("Kenyan government spokesman Isaac Mwaura shared footage of the delegation meeting Abdel Fattah "
            "al-Burhan in Port Sudan on Sunday.")
    got = named_relations(text, "en", "2024-06-02")
    assert not _has(got, "Isaac Mwaura", "meets", "Abdel Fattah al-Burhan"), got
