"""Articles that name two agreements (a new one and an older one, a deal and a truce): each its own node, with
its own mentions. Probe articles written for these tests, over several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text


def _nodes(text: str, lang: str, date: str) -> list[tuple[str, str]]:
    """(mention text, agreement node name) in reading order."""
    ex = extract_text(text, lang=lang, date_=date)
    rows = [(m.start, m.text, e.name) for e in ex.entities if e.kind == "agreement" for m in e.mentions]
    return [(t, n) for _, t, n in sorted(rows)]


def _node_of(nodes: list[tuple[str, str]], text: str, nth: int = 0) -> str | None:
    found = [n for t, n in nodes if t == text]
    return found[nth] if len(found) > nth else None


@pytest.mark.parametrize(
    "date,opening",
    [
        ("2024-10-25", "Rival Libyan commanders signed a permanent ceasefire in Sirte on Friday."),
        ("2024-10-25", "Sudan's army and the Rapid Support Forces signed a permanent ceasefire in Jeddah on Friday."),
        ("2024-10-25", "The Congolese army and the M23 rebels signed a permanent ceasefire in Doha on Friday."),
        ("2024-10-25", "Somalia and Ahlu Sunna Wal Jamaa signed a permanent ceasefire in Mogadishu on Friday."),
        ("2024-10-25", "Mali's junta and the Tuareg rebels signed a permanent ceasefire in Algiers on Friday."),
    ],
)
def test_a_month_after_another_agreement_noun_dates_that_one(date, opening):
    """ "The permanent ceasefire replaces a fragile truce agreed in January": January dates the truce named
    between, not the ceasefire the article reports."""
    text = f"{opening} The permanent ceasefire replaces a fragile truce agreed in January. Both sides welcomed it."
    nodes = _nodes(text, "en", date)
    reported = _node_of(nodes, "permanent ceasefire")
    assert reported is not None and _node_of(nodes, "permanent ceasefire", 1) == reported
    assert _node_of(nodes, "fragile truce") not in (None, reported)


@pytest.mark.parametrize(
    "date,opening",
    [
        ("2024-10-25", "وقعت الأطراف الليبية في سرت الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقع الجيش السوداني وقوات الدعم السريع في جدة الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقعت الحكومة الصومالية وحركة الشباب في مقديشو الجمعة اتفاقا دائما لوقف إطلاق النار."),
        ("2024-10-25", "وقعت الحكومة اليمنية وجماعة الحوثي في مسقط الجمعة اتفاقا دائما لوقف إطلاق النار."),
    ],
)
def test_an_arabic_month_after_another_agreement_noun_dates_that_one(date, opening):
    """«ويحل الاتفاق محل هدنة هشة أعلنت في يناير»: January dates the truce, the agreement is the one reported; and
    «هدنة يناير» later is that truce again (the month named right after the noun)."""
    text = f"{opening} ويحل الاتفاق محل هدنة هشة أعلنت في يناير. وقال الطرفان إن هدنة يناير لم تحترم قط."
    nodes = _nodes(text, "ar", date)
    reported = _node_of(nodes, "اتفاقا دائما لوقف إطلاق النار")
    assert reported is not None and _node_of(nodes, "الاتفاق") == reported
    older = _node_of(nodes, "هدنة هشة")
    assert older not in (None, reported) and _node_of(nodes, "هدنة") == older


@pytest.mark.parametrize(
    "date,signers",
    [
        ("2021-02-09", "Somalia's federal government and the leaders of its member states"),
        ("2021-02-09", "South Sudan's government and the opposition SPLM-IO"),
        ("2021-02-09", "Libya's rival parliaments"),
        ("2021-02-09", "Sudan's military and the civilian Forces of Freedom and Change"),
        ("2021-02-09", "The Central African Republic's government and the armed groups"),
    ],
)
def test_an_agreement_named_by_month_and_day_is_an_older_one(date, signers):
    """ "replacing the September 17 agreement": the month and day name an agreement of its own, before the
    article; "the new deal" after it is the one the article reports."""
    text = (
        f"{signers} signed an electoral agreement on Saturday, replacing the September 17 agreement that had "
        "collapsed last year. The new deal sets a date for elections."
    )
    nodes = _nodes(text, "en", date)
    reported, older = _node_of(nodes, "electoral agreement"), _node_of(nodes, "September 17 agreement")
    assert reported is not None and older not in (None, reported)
    assert _node_of(nodes, "new deal") == reported


@pytest.mark.parametrize(
    "date,first,second",
    [
        ("2024-03-10", "The Yemeni government and the Houthis agreed on Monday to extend the truce.",
         "the government and the Southern Transitional Council signed a new power-sharing deal in Aden."),
        ("2024-03-10", "Sudan's army and the RSF agreed a 72-hour truce on Sunday.",
         "the army and the Forces of Freedom and Change signed a new power-sharing deal in Khartoum."),
        ("2024-03-10", "Libya's rival parliaments agreed a ceasefire in Sirte on Sunday.",
         "the two parliaments signed a new electoral agreement in Bouznika."),
        ("2024-03-10", "Ethiopia's government and Fano fighters agreed a truce in Amhara on Sunday.",
         "Ethiopia and the TPLF signed a new implementation deal in Nairobi."),
        ("2024-03-10", "Afghan officials and the Taliban agreed a holiday truce on Sunday.",
         "the two sides signed a new de-escalation agreement in Doha."),
    ],
)
def test_a_new_deal_signed_after_a_truce_is_another_agreement(date, first, second):
    """ "Separately, A and B signed a new power-sharing deal": the indefinite noun says it is new, so it is not
    the truce named before; its mention keeps its modifiers as news writes them."""
    nodes = _nodes(f"{first} Separately, {second}", "en", date)
    truce = next(n for t, n in nodes if t.endswith(("truce", "ceasefire")))
    span = second.split(" signed a ")[1].split(" in ")[0]
    assert _node_of(nodes, span) not in (None, truce)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Yemeni government and the Houthis agreed on Monday to extend the truce. Saudi Arabia welcomed it.", "en"),
        ("Libya's rival governments agreed on Monday to extend the truce around Sirte. Washington welcomed it.", "en"),
        ("Ethiopia's government and Fano militiamen agreed on Monday to extend the truce in Amhara. "
         "The United States welcomed it.", "en"),
        ("Mali's junta and Tuareg rebels agreed on Monday to extend the truce in Kidal. The United States welcomed it.",
         "en"),
        ("اتفقت الحكومة اليمنية وجماعة الحوثي الاثنين على تمديد الهدنة. ورحبت السعودية بالخطوة.", "ar"),
        ("اتفقت الحكومة الليبية ومجلس النواب الاثنين على تمديد الهدنة. ورحبت الولايات المتحدة بالخطوة.", "ar"),
    ],
)
def test_an_extended_truce_is_one_of_the_sides_that_extend_it(text, lang):
    """ "agreed to extend the truce" names a truce already in force: one whose parties are the sides of that
    sentence, never the Sudanese truce of that spring that a mediator named elsewhere (Saudi Arabia, the United
    States) took part in."""
    names = {n for _, n in _nodes(text, lang, "2023-08-15")}
    assert names and "Jeddah Short-Term Ceasefire Agreement" not in names


@pytest.mark.parametrize(
    "sides,kind,place,welcomer",
    [
        ("Libya's rival parliaments", "roadmap", "Sirte", "The UN mission"),
        ("Somalia's leaders", "roadmap", "Galkayo", "The African Union"),
        ("Mali's junta and the rebels", "roadmap", "Algiers", "Algeria"),
        ("Yemen's government and the Houthis", "memorandum", "Muscat", "Oman"),
        ("South Sudan's government and the SPLM-IO", "roadmap", "Juba", "Uganda"),
    ],
)
def test_a_noun_of_its_own_kind_is_the_last_agreement_of_that_kind(sides, kind, place, welcomer):
    """ "agreed on a roadmap …, weeks after a ceasefire agreement was signed in Sirte. X welcomed the roadmap":
    the roadmap welcomed is the roadmap, not the nearer ceasefire agreement."""
    text = (
        f"{sides} agreed on a {kind} for elections on Friday, weeks after a ceasefire agreement was signed in "
        f"{place}. {welcomer} welcomed the {kind}."
    )
    nodes = _nodes(text, "en", "2025-08-21")
    first, last = _node_of(nodes, kind), _node_of(nodes, kind, 1)
    assert first is not None and last == first and _node_of(nodes, "ceasefire agreement") != first


@pytest.mark.parametrize(
    "opening,proposer,plan",
    [
        ("Israel and Hamas agreed to a ceasefire in Gaza on Monday.", "Egypt", "three-stage plan"),
        ("Armenia and Azerbaijan agreed to a ceasefire on Monday.", "Russia", "five-point plan"),
        ("Sudan's army and the RSF agreed to a ceasefire on Monday.", "Kenya", "four-point plan"),
        ("Somalia and Puntland agreed to a ceasefire on Monday.", "Qatar", "six-point plan"),
        ("Congo and the M23 agreed to a ceasefire on Monday.", "Angola", "two-phase plan"),
    ],
)
def test_a_plan_presented_after_a_ceasefire_is_its_own(opening, proposer, plan):
    """ "Hours later, Egypt presented a three-stage plan": an indefinite plan is a new node, not the ceasefire
    named before it, with its mention as written ("three-stage plan")."""
    nodes = _nodes(f"{opening} Hours later, {proposer} presented a {plan} for talks.", "en", "2024-03-26")
    assert _node_of(nodes, plan) not in (None, _node_of(nodes, "ceasefire"))


@pytest.mark.parametrize(
    "text,lang,earlier",
    [
        ("Congo and Rwanda signed a peace deal in Washington on Wednesday, months after an Angolan-brokered "
         "ceasefire broke down. Rwanda welcomed the deal.", "en", "Angolan-brokered ceasefire"),
        ("Ethiopia and the TPLF signed a peace deal in Nairobi on Wednesday, years after a Kenyan-brokered truce "
         "collapsed. The African Union welcomed the deal.", "en", "Kenyan-brokered truce"),
        ("Somalia and Puntland signed a deal in Garowe on Wednesday, months after a Qatari-brokered truce "
         "collapsed. Qatar welcomed the deal.", "en", "Qatari-brokered truce"),
        ("وقعت الحكومة الصومالية وبونتلاند اتفاقا جديدا الاثنين، بعد أشهر من انهيار اتفاق بوساطة قطرية. "
         "ورحبت قطر بالاتفاق.", "ar", "اتفاق بوساطة قطرية"),
        ("أعلن الجيش السوداني وقوات الدعم السريع الاثنين هدنة إنسانية جديدة، بعد عامين من انهيار هدنة 2023. "
         "وقالت قوات الدعم السريع إنها ستلتزم بالهدنة.", "ar", "هدنة"),
    ],
)
def test_an_agreement_months_before_the_reported_one_is_another(text, lang, earlier):
    """ "months after an Angolan-brokered ceasefire broke down", «بعد عامين من انهيار هدنة 2023»: an agreement
    dated weeks or more before the one the article reports (or by an older year) is a node of its own."""
    nodes = _nodes(text, lang, "2025-12-05")
    reported = nodes[0][1]
    assert _node_of(nodes, earlier) not in (None, reported)
    assert [n for t, n in nodes if t != earlier] == [reported] * (len(nodes) - 1)


@pytest.mark.parametrize(
    "text,signer,lang",
    [
        ("أعلنت الحكومة اليمنية وجماعة الحوثي تمديد الهدنة. من جهة أخرى، وقعت الحكومة والمجلس الانتقالي الجنوبي "
         "في الرياض اتفاقا جديدا لتقاسم السلطة.", "Southern Transitional Council", "ar"),
        ("أعلنت قطر التوصل إلى هدنة في غزة. ووقعت إسرائيل وحماس في الدوحة اتفاقا لتبادل الأسرى.", "Israel", "ar"),
        ("أعلنت روسيا وأوكرانيا هدنة. ووقعت كييف وموسكو في إسطنبول السبت اتفاقا لتبادل الأسرى.", "Russia", "ar"),
        ("أعلن الجيش السوداني هدنة من جانب واحد. ووقعت قوات الدعم السريع وحركة تحرير السودان في جوبا الاثنين "
         "اتفاقا للتعاون.", "Rapid Support Forces", "ar"),
        ("Qatar announced a truce in Gaza. Israel and Hamas signed in Doha on Monday an accord on prisoners.",
         "Israel", "en"),
    ],
)
def test_a_signing_verb_with_its_object_after_a_place_signs_that_object(text, signer, lang):
    """«وقعت A وB في الرياض اتفاقا جديدا»: the object comes after the place and the day; the signing is not an
    elided one of the truce named before (no agrees_with with it by `elided-agreement`)."""
    ex = extract_text(text, lang=lang, date_="2024-08-20")
    names = {e.id: e.name for e in ex.entities}
    elided = {names[r.source] for r in ex.relations if getattr(r, "method", "") == "elided-agreement"}
    assert signer not in elided


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan said a wider peace treaty was within reach.",
        "Israel and Hamas said a lasting deal was now within reach.",
        "Sudan's army and the RSF said a ceasefire was out of reach.",
        "Libya's rivals aim to reach a deal on elections by June.",
        "Congo and Rwanda aim to sign a peace agreement next month.",
        "Serbia and Kosovo are on the verge of a deal, EU officials said.",
        "Ethiopia and the TPLF were on the brink of a deal on disarmament.",
    ],
)
def test_an_agreement_only_hoped_for_has_no_parties(text):
    """ "a wider peace treaty was within reach", "aim to sign a peace agreement", "on the verge of a deal": the
    agreement is hoped for, not reached; no one agrees with it (nor with anything else in the sentence)."""
    ex = extract_text(text, lang="en", date_="2024-03-10")
    assert not [r for r in ex.relations if r.type == "agrees_with"]


@pytest.mark.parametrize(
    "text,plan",
    [
        ("أعلنت إسرائيل وحماس هدنة في غزة. وفي اليوم نفسه قدمت مصر خطة من ثلاث مراحل. ورفضت إسرائيل الخطة.", "خطة"),
        ("أعلنت أرمينيا وأذربيجان هدنة. وفي اليوم نفسه قدمت روسيا خطة من خمس نقاط. ورحبت أرمينيا بالخطة.", "خطة"),
        ("أعلن الجيش السوداني وقوات الدعم السريع هدنة. وفي اليوم نفسه قدمت كينيا خطة من أربع نقاط. "
         "ورفضت قوات الدعم السريع الخطة.", "خطة"),
        ("أعلنت الحكومة الليبية ومجلس النواب هدنة. وفي اليوم نفسه قدمت الجزائر خطة للمصالحة. "
         "ورحب مجلس النواب بالخطة.", "خطة للمصالحة"),
    ],
)
def test_an_arabic_plan_presented_after_a_truce_is_its_own(text, plan):
    """«قدمت مصر خطة من ثلاث مراحل» after a truce: the bare plan is a new node, and «الخطة» after it is that plan."""
    nodes = _nodes(text, "ar", "2024-05-10")
    truce = _node_of(nodes, "هدنة")
    assert _node_of(nodes, plan) not in (None, truce)
    assert [n for t, n in nodes if t != "هدنة"] == [_node_of(nodes, plan)] * (len(nodes) - 1)


@pytest.mark.parametrize(
    "text,placed",
    [
        ("Congo and Rwanda signed a peace deal in Washington on Wednesday. Angola said the Luanda ceasefire "
         "remained valid.", "Luanda ceasefire"),
        ("Presidents Tshisekedi and Kagame signed a peace agreement in Washington. Kinshasa said Rwanda had "
         "breached the Luanda truce.", "Luanda truce"),
        ("The Washington accord was signed by Congo and Rwanda on Thursday. The M23 said the Luanda ceasefire "
         "was dead.", "Luanda ceasefire"),
    ],
)
def test_a_noun_named_by_another_place_is_not_the_known_agreement_before_it(text, placed):
    """ "the Luanda ceasefire" after the peace deal signed in Washington that week: Luanda is in no state that
    deal binds, so the noun is the agreement of its own place, not the Washington one."""
    nodes = _nodes(text, "en", "2025-12-05")
    assert _node_of(nodes, placed) not in (None, nodes[0][1])


@pytest.mark.parametrize(
    "text,date,placed",
    [
        ("Israel and Hamas agreed to a four-day humanitarian pause, Qatar said on Wednesday. The United States "
         "welcomed the Gaza truce.", "2023-11-22", "Gaza truce"),
        ("Armenia and Azerbaijan signed a Russian-brokered ceasefire on Tuesday. Turkey welcomed the Karabakh "
         "truce.", "2020-11-10", "Karabakh truce"),
        ("Ethiopia and the TPLF signed a peace deal in Pretoria on Wednesday. Kenya welcomed the Tigray "
         "agreement.", "2022-11-03", "Tigray agreement"),
    ],
)
def test_a_noun_named_by_the_place_it_is_about_is_still_that_agreement(text, date, placed):
    """ "the Gaza truce" after the pause agreed in Doha, "the Tigray agreement" after the deal signed in
    Pretoria: the place is what the agreement is about, so the noun is that agreement."""
    nodes = _nodes(text, "en", date)
    assert _node_of(nodes, placed) == nodes[0][1]
