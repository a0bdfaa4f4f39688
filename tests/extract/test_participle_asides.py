"""Asides opened by a passive participle (issue 9, "support and opposition with their arguments in the right
order"): "The agreement, signed by the two countries' foreign ministers, A and B, calls for …": the ministers
named after their office are who signed (not their states' possessive phrase), and the names of the aside are
not the subject of the verb after it. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text

TEXT = (
    "Congo and Rwanda signed a peace agreement in Washington on Friday. The agreement, signed by the two countries' "
    "foreign ministers, Therese Kayikwamba Wagner and Olivier Nduhungirehe, calls for the withdrawal of Rwandan "
    "troops within 90 days."
)


def _rels(text: str, date: str = "2025-06-28") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_=date).relations}


def test_the_officials_named_after_their_office_signed() -> None:
    rels = _rels(TEXT)
    signers = {s for s, t, _ in rels if t == "agrees_with" and s.startswith("person:")}
    assert signers == {"person:therese-kayikwamba-wagner", "person:olivier-nduhungirehe"}


def test_the_names_of_a_participle_aside_are_not_the_next_verbs_subject() -> None:
    rels = _rels(TEXT)
    assert not any(t == "opposes" for _, t, _ in rels)
    text = "Turkey, backed by its allies, Azerbaijan and Pakistan, accused Armenia of shelling Ganja."
    rels = _rels(text, "2020-10-11")
    assert ("state:tur", "opposes", "state:arm") in rels
    assert not {("state:aze", "opposes", "state:arm"), ("state:pak", "opposes", "state:arm")} & rels

def test_a_participle_aside_keeps_its_own_agent() -> None:
    rels = _rels("The Houthis, backed by Iran, attacked Saudi Arabia.", "2019-09-14")
    assert ("state:irn", "supports", "group:houthis") in rels
    assert ("group:houthis", "fights", "state:sau") in rels


def test_an_aside_closed_before_a_verb_phrase_is_not_its_subject() -> None:
    """"The army, backed by Egypt, launched a new offensive against …": the comma closes the aside before the verb
    that governs the noun trigger; the army fights, not its backer."""
    text = (
        "The Sudanese army, backed by Egypt, launched a new offensive against the Rapid Support Forces in "
        "Omdurman on Saturday, two weeks after talks in Jeddah broke down."
    )
    rels = _rels(text, "2023-09-02")
    assert ("state:egy", "supports", "org:saf") in rels
    assert ("org:saf", "fights", "group:rsf") in rels
    assert ("state:egy", "fights", "group:rsf") not in rels
    rels = _rels("The Houthis, armed by Iran, then fired a barrage of missiles at Saudi Arabia.", "2019-09-14")
    assert ("group:houthis", "fights", "state:sau") in rels
    assert ("state:irn", "fights", "state:sau") not in rels


def _rels_ar(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_=date).relations}


def test_an_arabic_noun_modified_across_a_comma_is_the_subject() -> None:
    """«وكانت القوات السودانية، المدعومة من مصر، قد شنت هجوماً على …»: the forces the aside modifies attacked."""
    text = (
        "وكانت القوات السودانية، المدعومة من مصر، قد شنت هجوماً واسعاً على مواقع قوات الدعم السريع في أم درمان "
        "صباح السبت، بعد أسبوعين من تعثر المحادثات في جدة."
    )
    rels = _rels_ar(text, "2023-09-02")
    assert ("state:egy", "supports", "state:sdn") in rels
    assert ("state:sdn", "fights", "group:rsf") in rels
    assert ("state:egy", "fights", "group:rsf") not in rels


def test_who_backs_the_speaker_is_not_what_the_statement_is_about() -> None:
    """«وقال الحوثيون، المدعومون من إيران، إنهم استهدفوا سفينة إسرائيلية»: the statement is about the ship's
    country; Iran only says who backs the speaker."""
    text = "وقال الحوثيون، المدعومون من إيران، إنهم استهدفوا سفينة إسرائيلية في البحر الأحمر مساء الأحد."
    rels = _rels_ar(text, "2023-11-20")
    assert ("state:irn", "supports", "group:houthis") in rels
    assert ("group:houthis", "states", "state:irn") not in rels
    assert ("group:houthis", "fights", "state:isr") in rels


def test_who_joins_is_the_name_before_a_relative_aside() -> None:
    """"Kenyan troops, who entered Somalia to pursue al-Shabaab fighters, will join the AU force": the troops join,
    not the group their aside pursues."""
    text = (
        "Kenyan troops, who entered southern Somalia in October to pursue al-Shabaab fighters, will join the African "
        "Union force under the resolution adopted on Wednesday."
    )
    rels = _rels(text, "2012-02-23")
    assert ("group:al-shabaab", "member_of", "org:amisom") not in rels
    assert any(s.startswith(("state:ken", "org:kdf")) and t == "member_of" for s, t, _ in rels)
    rels = _rels("Finland, which shares a 1,340-kilometre border with Russia, joined NATO in April.", "2023-05-01")
    assert ("state:fin", "member_of", "org:nato") in rels


def test_a_participle_after_a_possessive_describes_the_noun() -> None:
    """"Niger's ousted president Mohamed Bazoum", "Iran's armed proxies": the participle describes the noun after
    it; Niger ousts no one, Iran arms no one here."""
    text = "ECOWAS threatened military intervention to restore Niger's ousted president Mohamed Bazoum."
    rels = _rels(text, "2024-01-28")
    assert not any(t == "opposes" and o == "person:mohamed-bazoum" for _, t, o in rels)
    rels = _rels("Iran's armed proxies attacked US bases in Iraq and Syria.", "2024-01-28")
    assert ("state:irn", "supports", "state:usa") not in rels
