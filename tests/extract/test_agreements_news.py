"""Agreements the knowledge base does not know, named the way news names them, their parties and what they
invoke. Sentences written for these tests, across conflicts."""

import pytest

from explorer.extract.pipeline import extract_text


def _agreement_spans(text: str, lang: str = "en", date: str = "2023-05-01") -> set[str]:
    ex = extract_text(text, lang=lang, date_=date)
    return {m.text for e in ex.entities if e.kind == "agreement" for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        (  # a capitalized adjective before the noun
            "Sudan's generals and the civilian coalition initialled the Constitutional Declaration in Khartoum.",
            "2019-08-04",
            "Constitutional Declaration",
        ),
        (  # a capitalized complement after it
            "Somalia's federal government and Jubaland signed the Agreement on Electoral Arrangements on Tuesday.",
            "2024-03-12",
            "Agreement on Electoral Arrangements",
        ),
        (  # both, with 'and' inside the complement
            "Rebel factions in the north signed the Political Accord for Peace and National Reconciliation in Rome.",
            "2017-06-20",
            "Political Accord for Peace and National Reconciliation",
        ),
        (  # after a possessive determiner
            "The talks were led by the regional bloc under its Sahel Initiative for Peace and Security.",
            "2021-06-20",
            "Sahel Initiative for Peace and Security",
        ),
    ],
)
def test_titled_agreements_are_spanned_whole(text: str, date: str, span: str) -> None:
    assert span in _agreement_spans(text, date=date)


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        (  # a noun modifier the lexicon does not list
            "Kyiv and Moscow signed the grain corridor deal in Istanbul under UN and Turkish auspices.",
            "2022-07-22",
            "grain corridor deal",
        ),
        (  # two of them after an article
            "Yerevan and Baku carried out a border delimitation protocol agreed in Almaty, officials said.",
            "2024-05-15",
            "border delimitation protocol",
        ),
        (  # after a possessive determiner
            "Khartoum said the RSF had broken its humanitarian corridor truce within hours.",
            "2023-05-22",
            "humanitarian corridor truce",
        ),
    ],
)
def test_english_noun_modifiers_are_part_of_the_mention(text: str, date: str, span: str) -> None:
    assert span in _agreement_spans(text, date=date)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a verb between the article and the noun is no modifier
        (
            "Lavrov said the three countries would help the parties reach agreement without outside pressure.",
            "agreement",
        ),
        # nor a preposition
        (
            "Iran, Turkey and Brazil agreed on the terms and put their signatures to the declaration in Tehran.",
            "declaration",
        ),
    ],
)
def test_a_verb_or_preposition_ends_the_modifiers(text: str, span: str) -> None:
    spans = _agreement_spans(text)
    assert span in spans and not any(s.endswith(" " + span) and s != span for s in spans)


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        # a weekday after 'on' is a date, no part of the title
        (
            "The military council signed the Political Declaration on Sunday in Khartoum.",
            "2019-07-17",
            "Political Declaration",
        ),
        # a lower-case complement is what the agreement is about, no part of its name
        (
            "ECOWAS leaders adopted the Abuja Declaration on the situation in Niger.",
            "2023-08-10",
            "Abuja Declaration",
        ),
    ],
)
def test_titles_stop_where_the_name_ends(text: str, date: str, span: str) -> None:
    assert span in _agreement_spans(text, date=date)


def _agreement_ids(text: str, lang: str = "en", date: str = "2023-05-01") -> set[str]:
    return {e.id for e in extract_text(text, lang=lang, date_=date).entities if e.kind == "agreement"}


PLACE_NAMED = [
    # (text, date, the agreement it is, an older one signed in that city it is not)
    (  # an older agreement signed in the city, none of whose parties the sentence names
        "Sudan's neighbours adopted the Cairo Initiative at a summit on the war in Sudan.",
        "2023-07-13",
        None,
        "agr:egypt-greece-maritime-2020",
    ),
    (  # the city names the agreement of the day, signed elsewhere, whose party the sentence names
        "The Central African government and 14 armed groups signed the Khartoum Agreement on Wednesday.",
        "2019-02-06",
        "agr:car-peace-agreement-2019",
        "agr:khartoum-declaration-ssd-2018",
    ),
    # the sentence names a party of the older agreement: it is that one
    ("Ukraine accused Russia of violating the Minsk agreement.", "2016-05-10", "agr:minsk-ii-2015", None),
    # years on, the last one whose names hold the city, not a later plan signed there under a name of its own
    (
        "Kyiv accused Moscow of breaching the Minsk agreement.",
        "2022-02-20",
        "agr:minsk-ii-2015",
        "agr:steinmeier-formula-2019",
    ),
    (
        "Mali's junta ended the Algiers Accord, citing hostile acts by Algeria.",
        "2024-01-26",
        "agr:algiers-mali-2015",
        None,
    ),
]


@pytest.mark.parametrize(("text", "date", "right", "wrong"), PLACE_NAMED)
def test_a_place_name_names_its_parties_agreement(text: str, date: str, right: str | None, wrong: str | None) -> None:
    found = _agreement_ids(text, date=date)
    assert right is None or right in found
    assert wrong not in found


def _relations(text: str, lang: str = "en", date: str = "2023-05-01") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


@pytest.mark.parametrize(
    ("text", "lang", "date", "target"),
    [
        (  # a relative clause whose antecedent is the truce, past its brokers
            "Israel and Hezbollah accepted a truce brokered by the United States and France, which calls for the "
            "implementation of Resolution 1701.",
            "en",
            "2024-11-27",
            "agr:unscr-1701",
        ),
        (  # the agreement before an aside naming its backers
            "The deal, which was brokered by Washington, requires Hezbollah to withdraw north of the Litani in line "
            "with Resolution 1701.",
            "en",
            "2024-11-27",
            "agr:unscr-1701",
        ),
        (  # Arabic: the agreement right after the verb of provision
            "وينص الاتفاق على انسحاب القوات الإسرائيلية من جنوب لبنان تنفيذا للقرار 1701.",
            "ar",
            "2024-11-27",
            "agr:unscr-1701",
        ),
    ],
)
def test_what_an_agreement_provides_for_is_no_actors_reference(text: str, lang: str, date: str, target: str) -> None:
    assert not {r for r in _relations(text, lang, date) if r[2] == target and r[1] in ("references", "supports")}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (  # a resolution's demands are the adopting body's
            "On Tuesday the Security Council adopted Resolution 2216, which demands that the Houthis withdraw from "
            "Sanaa, by 14 votes with Russia abstaining.",
            "2015-04-14",
            ("org:unsc", "opposes", "group:houthis"),
        ),
        (  # an actor's relative clause: the actor calls
            "Egypt, which calls for the implementation of the Arab Peace Initiative, withdrew the draft resolution.",
            "2016-12-23",
            ("state:egy", "supports", "agr:arab-peace-initiative-2002"),
        ),
        (  # the agreement inside the actor's aside is not the subject
            "Qatar, which mediated the deal, calls for the implementation of the Jeddah Declaration.",
            "2023-06-01",
            ("state:qat", "supports", "agr:jeddah-declaration-2023"),
        ),
    ],
)
def test_an_actors_call_still_counts(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in _relations(text, date=date)


ARABIC_CITY_NAMES = {
    # a city whose own name begins with «و» still names the agreement (no conjunction there)
    "ووقعت الكونغو الديمقراطية ورواندا اتفاق واشنطن للسلام في مقر وزارة الخارجية.": "اتفاق واشنطن للسلام",
    "ووقعت أرمينيا وأذربيجان إعلان واشنطن المشترك في البيت الأبيض.": "إعلان واشنطن المشترك",
}


def test_arabic_city_in_w_names_the_agreement() -> None:
    for text, span in ARABIC_CITY_NAMES.items():
        assert span in _agreement_spans(text, lang="ar", date="2025-08-08"), text


def test_a_signed_trilateral_statement_is_an_agreement() -> None:
    text = "Armenia, Azerbaijan and Russia signed a trilateral statement ending the war over Nagorno-Karabakh."
    rels = _relations(text, date="2020-11-10")
    assert {s for s, t, a in rels if t == "agrees_with" and a.startswith("agr:")} == {
        "state:arm",
        "state:aze",
        "state:rus",
    }
    # issued, not signed: a statement, no agreement
    assert not _agreement_spans(
        "Saudi Arabia, Iran and China issued a trilateral statement on Friday.", date="2023-03-10"
    )


def test_arabic_based_on_is_a_reference_unless_an_agreement_is_based() -> None:
    said = "وقالت تركيا إن أي تسوية يجب أن تستند إلى بيان جنيف والقرار 2254."
    assert ("state:tur", "references", "agr:unscr-2254") in _relations(said, lang="ar", date="2018-02-01")
    based = "ويستند الاتفاق إلى القرار 1701 الصادر عن مجلس الأمن عام 2006."
    assert not {r for r in _relations(based, lang="ar", date="2024-11-27") if r[1] == "references"}


def test_a_titled_initiative_is_not_the_agreement_it_led_to() -> None:
    text = (
        "Ethiopia and the Tigray People's Liberation Front signed a peace deal in Pretoria on Wednesday. The "
        "negotiations had been convened by the African Union under its Silencing the Guns Initiative for the Horn "
        'of Africa. "Today is a new dawn for Ethiopia," Prime Minister Abiy Ahmed told the ceremony.'
    )
    ex = extract_text(text, lang="en", date_="2022-11-02")
    initiative = next(e.id for e in ex.entities for m in e.mentions if m.text == "Guns Initiative")
    assert initiative != "agr:pretoria-agreement-2022"
    rels = {(r.source, r.type, r.target) for r in ex.relations}
    assert ("org:african-union", "references", initiative) in rels
    # words spoken at the signing ceremony are about the agreement signed, not the initiative named since
    assert ("person:abiy-ahmed", "states", "agr:pretoria-agreement-2022") in rels


CHARTERS = [
    # (lang, date, text, the agreement's mention, its party)
    (
        "en",
        "2020-09-12",
        "Mali's junta and political parties adopted the Transition Charter on Saturday.",
        "Transition Charter",
        "org:cnsp-mali",
    ),
    (
        "en",
        "2022-10-14",
        "Burkina Faso's national assembly adopted a transitional charter on Friday.",
        "transitional charter",
        None,
    ),
    (
        "ar",
        "2025-02-23",
        "ووقعت قوات الدعم السريع وحلفاؤها ميثاقا تأسيسيا في نيروبي لتشكيل حكومة موازية.",
        "ميثاقا تأسيسيا",
        "group:rsf",
    ),
]


def test_transitional_and_founding_charters_are_agreements() -> None:
    for lang, date, text, span, party in CHARTERS:
        ex = extract_text(text, lang=lang, date_=date)
        found = [e for e in ex.entities if e.kind == "agreement" and span in {m.text for m in e.mentions}]
        assert found, text
        assert party is None or any(r.source == party and r.target == found[0].id for r in ex.relations), text
    assert not _agreement_spans("The airline operates charter flights to Bamako.", date="2020-09-12")


def test_a_plan_is_named_by_the_body_that_put_it_forward() -> None:
    ar = "ورفض الجيش السوداني خارطة طريق إيغاد لإنهاء الحرب."
    assert "خارطة طريق إيغاد" in _agreement_spans(ar, lang="ar", date="2024-02-15")
    ex = extract_text("Sudan's army rejected the IGAD roadmap on Thursday.", lang="en", date_="2024-02-15")
    plan = next(e for e in ex.entities if e.kind == "agreement")
    assert plan.name.startswith("Intergovernmental Authority on Development plan")
    # rejecting the body's plan is no stance against the body
    assert {(r.type, r.target) for r in ex.relations if r.source == "org:saf"} == {("opposes", plan.id)}


TRAILING = [
    # (lang, date, text, the one who invokes, the agreement)
    (
        "en",
        "2024-11-27",
        "Israel began withdrawing from southern Lebanon on Monday, in accordance with Resolution 1701.",
        "state:isr",
        "agr:unscr-1701",
    ),
    (
        "en",
        "2019-01-10",
        "The Houthis redeployed from the port of Hodeidah, under the Stockholm Agreement.",
        "group:houthis",
        "agr:stockholm-agreement-2018",
    ),
    (
        "ar",
        "2024-11-27",
        "وبدأت القوات الإسرائيلية الانسحاب من جنوب لبنان، وفقا للقرار 1701.",
        "state:isr",
        "agr:unscr-1701",
    ),
]


def test_a_reference_after_a_comma_that_closes_the_sentence_is_the_clauses() -> None:
    for lang, date, text, who, agreement in TRAILING:
        assert (who, "references", agreement) in _relations(text, lang, date), text


OLDER_TITLES = [
    # (date, text, the agreement the title names, or None for a new one)
    (
        "2021-10-26",
        "Sudan's military suspended parts of the Constitutional Document after seizing power.",
        "agr:sudan-constitutional-document-2019",
    ),
    (
        "2021-06-10",
        "South Sudan's parties are behind schedule in implementing the Revitalized Agreement, the UN said.",
        "agr:r-arcss-2018",
    ),
    # words many agreements share name none in particular
    ("2024-05-01", "Somalia's federal government and Jubaland adopted the Framework Agreement on elections.", None),
]


def test_a_title_names_an_older_known_agreement() -> None:
    for date, text, known in OLDER_TITLES:
        found = _agreement_ids(text, date=date)
        assert (known in found) if known else not {a for a in found if not a.startswith("agr:x-")}, text


def test_an_arabic_place_named_agreement_is_the_last_named_after_the_place() -> None:
    ids = _agreement_ids("واتهمت كييف موسكو بانتهاك اتفاق مينسك.", lang="ar", date="2022-02-20")
    assert ids == {"agr:minsk-ii-2015"}
