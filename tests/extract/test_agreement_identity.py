"""One agreement that an article names several ways (by kind and place, by its date, by a name the knowledge base
gives an older agreement) is one node; two agreements of one article stay two. Probe sentences written for these
tests, over several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text


def _nodes(text: str, lang: str, date: str) -> list[tuple[str, str]]:
    """(mention text, agreement node id) in reading order."""
    ex = extract_text(text, lang=lang, date_=date)
    rows = [(m.start, m.text, e.id) for e in ex.entities if e.kind == "agreement" for m in e.mentions]
    return [(t, n) for _, t, n in sorted(rows)]


def _node_of(nodes: list[tuple[str, str]], text: str) -> str | None:
    return next((n for t, n in nodes if t == text), None)


@pytest.mark.parametrize(
    "date,text,dated",
    [
        ("2024-06-10", "Sudan's army and the RSF signed a humanitarian truce in Jeddah on May 11. "
         "Egypt welcomed the May 11 truce.", "May 11 truce"),
        ("2024-06-10", "Libya's rival governments signed an election agreement in Bouznika on May 11. "
         "The United Nations welcomed the May 11 agreement.", "May 11 agreement"),
        ("2024-05-20", "Sudan's army and the RSF signed a humanitarian truce in Jeddah on May 11. "
         "Egypt welcomed the May 11 truce.", "May 11 truce"),
        ("2024-06-10", "The Yemeni government and the Houthis signed a prisoner exchange deal in Muscat on May 11. "
         "Iran hailed the May 11 agreement.", "May 11 agreement"),
        ("2024-05-06", "Somalia's government and Ahlu Sunna Wal Jamaa signed a power-sharing agreement in Mogadishu "
         "on May 3. The Mogadishu accord gives the group five ministries. The United Nations welcomed the May 3 "
         "agreement.", "May 3 agreement"),
        ("2022-11-05", "Ethiopia's federal government and the Tigray People's Liberation Front signed a Cessation of "
         "Hostilities Agreement in Pretoria on November 2. Eritrea rejected the Pretoria agreement. Abiy Ahmed said "
         "the November 2 agreement must be fully implemented.", "November 2 agreement"),
    ],
)
def test_an_agreement_named_by_its_day_is_the_one_signed_that_day(date, text, dated):
    """ "signed a truce in Jeddah on May 11 … welcomed the May 11 truce": the day names the agreement the article
    reported signed that day (discovered, or known to the knowledge base), not a second one."""
    nodes = _nodes(text, "en", date)
    assert _node_of(nodes, dated) is not None and {n for _, n in nodes} == {_node_of(nodes, dated)}


@pytest.mark.parametrize(
    "text",
    [
        "Libya's rival governments signed an election agreement in Bouznika on May 11. The new agreement replaces "
        "the May 2 agreement, which collapsed.",
        "Sudan's army and the RSF signed a humanitarian truce in Jeddah on May 11. The truce replaces the May 2 "
        "truce, which collapsed within hours.",
    ],
)
def test_another_day_of_the_month_names_another_agreement(text):
    """ "signed … on May 11. The new agreement replaces the May 2 agreement": another day of that month is another
    agreement."""
    nodes = _nodes(text, "en", "2024-06-10")
    dated = next(n for t, n in nodes if t.startswith("May 2 "))
    assert dated != nodes[0][1]


@pytest.mark.parametrize(
    "lang,text,short",
    [
        ("en", "The Congolese government and the M23 rebels signed a ceasefire agreement in Doha on Tuesday. Congo's "
         "foreign minister said the Doha agreement was a first step towards peace.", "Doha agreement"),
        ("en", "Sudan's army and the Rapid Support Forces signed a ceasefire in Riyadh on Tuesday. The army said the "
         "Riyadh agreement would be respected.", "Riyadh agreement"),
        ("en", "Armenia and Azerbaijan signed a border deal in Sochi on Tuesday. Pashinyan said the Sochi agreement "
         "opened the roads.", "Sochi agreement"),
        ("ar", "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة يوم الثلاثاء اتفاقا لوقف إطلاق النار. وقال وزير الخارجية "
         "الكونغولي إن اتفاق الدوحة خطوة أولى نحو السلام.", "اتفاق الدوحة"),
        ("ar", "وقع الجيش السوداني وقوات الدعم السريع في الرياض يوم الثلاثاء اتفاقا لوقف إطلاق النار. وقال الجيش إنه "
         "سيلتزم باتفاق الرياض.", "اتفاق الرياض"),
        ("ar", "وقعت أرمينيا وأذربيجان في سوتشي يوم الثلاثاء اتفاقا حدوديا. وقال باشينيان إن اتفاق سوتشي يفتح الطرق.",
         "اتفاق سوتشي"),
    ],
)
def test_a_short_name_of_an_old_agreement_of_that_place_is_the_new_one(lang, text, short):
    """ "signed a ceasefire in Doha … the Doha agreement": the place's short name, which the knowledge base gives an
    agreement signed there years before by none of the article's actors, is the agreement the article reports."""
    nodes = _nodes(text, lang, "2026-03-14")
    assert len(nodes) == 2 and _node_of(nodes, short) == nodes[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the Rapid Support Forces signed a ceasefire in Riyadh on Tuesday. Yemen's government said "
        "the Riyadh agreement was still in force.",
        "Armenia and Azerbaijan signed a border deal in Sochi on Tuesday. Turkey said the Sochi agreement on Idlib had "
        "failed.",
    ],
)
def test_the_old_agreement_of_that_place_stays_when_its_parties_are_named(text):
    """ "Yemen's government said the Riyadh agreement was still in force": a party of the older agreement is named,
    so its short name is that agreement."""
    nodes = _nodes(text, "en", "2026-03-14")
    assert len({n for _, n in nodes}) == 2


@pytest.mark.parametrize(
    "lang,text,older",
    [
        ("en", "Sudan's army and the RSF signed a humanitarian truce in Jeddah on Saturday. The truce replaces a "
         "ceasefire brokered by the African Union in Addis Ababa in January. The RSF said the Addis Ababa "
         "ceasefire had never been respected.", "Addis Ababa ceasefire"),
        ("en", "Congo and the M23 rebels signed a ceasefire in Doha on Saturday. It replaces a truce brokered by "
         "Angola in Luanda in January. Kinshasa said the Luanda truce had never been respected.", "Luanda truce"),
        ("en", "Libya's rival governments signed a ceasefire in Geneva on Saturday. It replaces a truce brokered by "
         "Egypt in Cairo in January. The GNA said the Cairo truce had never been respected.", "Cairo truce"),
        ("en", "The Yemeni government and the Houthis signed a truce in Muscat on Saturday. It replaces a ceasefire "
         "brokered by the UN in Stockholm in January. The Houthis said the Stockholm ceasefire had never been "
         "respected.", "Stockholm ceasefire"),
        ("ar", "وقع الجيش السوداني وقوات الدعم السريع في جدة يوم السبت اتفاقا لهدنة إنسانية. وقالت قوات الدعم "
         "السريع إن اتفاق أديس أبابا لم يحترم قط.", "اتفاق أديس أبابا"),
        ("ar", "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة يوم السبت اتفاقا لوقف إطلاق النار. وقالت كينشاسا "
         "إن اتفاق لواندا لم يحترم قط.", "اتفاق لواندا"),
    ],
)
def test_a_noun_another_place_names_is_not_the_agreement_signed_elsewhere(lang, text, older):
    """ "signed a truce in Jeddah … the Addis Ababa ceasefire": a place of another state than any the reported
    agreement's sentences name makes another agreement ("a ceasefire brokered by the African Union in Addis Ababa in
    January", when the article names one, else a known or discovered one of that place)."""
    nodes = _nodes(text, lang, "2024-03-14")
    assert _node_of(nodes, older) not in (None, nodes[0][1])
    if lang == "en":  # the indefinite noun dated by its brokers' month is that older one
        assert _node_of(nodes, text.split(" brokered ")[0].split()[-1]) == _node_of(nodes, older)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Sudan's army and the RSF signed a humanitarian truce in Jeddah on Saturday. The army said the Darfur "
         "truce would let aid reach El Fasher."),
        ("ar", "وقع الجيش السوداني وقوات الدعم السريع في جدة يوم السبت اتفاقا لهدنة إنسانية. وقال الجيش إن هدنة دارفور "
         "ستسمح بوصول المساعدات."),
    ],
)
def test_a_place_of_the_agreements_own_state_keeps_it(lang, text):
    """ "the Darfur truce" after the truce signed in Jeddah by Sudan's army and the RSF is that truce."""
    assert len({n for _, n in _nodes(text, lang, "2024-03-14")}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "وقعت الحكومة اليمنية وجماعة الحوثي في مسقط في 11 مايو اتفاقا لتبادل الأسرى. ورحبت إيران باتفاق 11 مايو.",
        "وقعت الحكومة الليبية ومجلس النواب في بوزنيقة اتفاقا انتخابيا في 11 مايو. ورحبت الأمم المتحدة باتفاق 11 مايو.",
        "وقع الجيش السوداني وقوات الدعم السريع في جدة في 11 مايو اتفاقا لهدنة إنسانية. ورحبت مصر بهدنة 11 مايو.",
        "وقعت الحكومة الصومالية وولاية جوبالاند في نيروبي في 11 مايو اتفاقا أمنيا. ورحبت كينيا باتفاق 11 مايو.",
    ],
)
def test_an_arabic_agreement_named_by_its_day_is_the_one_signed_that_day(text):
    """«وقعت … في 11 مايو اتفاقا … ورحبت إيران باتفاق 11 مايو»: the day and month after the noun name the agreement
    the article reported signed that day, whether the signing clause dates it before or after the noun."""
    nodes = _nodes(text, "ar", "2024-06-10")
    assert len(nodes) == 2 and nodes[0][1] == nodes[1][1]


def test_an_arabic_noun_of_another_day_is_another_agreement():
    text = (
        "وقعت الحكومة الليبية ومجلس النواب في بوزنيقة اتفاقا انتخابيا في 11 مايو. ويحل الاتفاق محل اتفاق 2 مايو الذي "
        "انهار."
    )
    nodes = _nodes(text, "ar", "2024-06-10")
    assert _node_of(nodes, "اتفاق") not in (None, nodes[0][1])


@pytest.mark.parametrize(
    "lang,text,kb_id",
    [
        ("en", "Congo and the M23 signed a ceasefire in Doha on Saturday. The rebels said the Doha agreement had yet "
         "to be implemented. Qatar welcomed the agreement.", None),
        ("ar", "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة اتفاقا لوقف إطلاق النار. وقالت الحركة إن اتفاق الدوحة "
         "لم ينفذ. ورحبت قطر بالاتفاق.", None),
        ("en", "Pakistan and Afghanistan agreed an immediate ceasefire at talks in Doha. Islamabad said the Doha "
         "agreement must hold.", "agr:pak-afg-ceasefire-2025"),
    ],
)
def test_a_short_name_goes_to_the_agreement_of_that_week_only_when_the_article_names_its_sides(lang, text, kb_id):
    """ "the Doha agreement" in an article of the week Pakistan and Afghanistan agreed a truce in Doha is that truce
    only when the article names one of its sides besides Qatar: in one on Congo and the M23 it is theirs."""
    nodes = _nodes(text, lang, "2025-10-25")
    assert len({n for _, n in nodes}) == 1
    if kb_id is not None:
        assert nodes[0][1] == kb_id


@pytest.mark.parametrize(
    "lang,text",
    [
        ("ar", "وقعت الحكومة الصومالية وولاية بونتلاند في غاروي اتفاقا لتقاسم السلطة في 28 مارس. ورحب الاتحاد الأفريقي "
         "باتفاق غاروي."),
        ("ar", "وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي في الرياض اتفاقا لتقاسم السلطة الاثنين. وقال المجلس إن "
         "اتفاق الرياض سينفذ خلال شهر."),
        ("en", "Yemen's government and the Southern Transitional Council signed a power-sharing deal in Riyadh on "
         "Monday. The STC said the Riyadh agreement would be implemented within a month."),
    ],
)
def test_a_place_name_of_an_older_agreement_of_the_same_sides_is_the_one_just_signed(lang, text):
    """ "signed a power-sharing deal in Riyadh … the Riyadh agreement": the sides of the 2019 Riyadh Agreement are
    the sides of the new one, named in its own sentence: the short name is the agreement the article reports."""
    assert len({n for _, n in _nodes(text, lang, "2026-04-10")}) == 1


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Yemen's government and the Southern Transitional Council signed a new power-sharing deal in Riyadh "
         "on Monday. The STC said the Riyadh agreement had never been implemented."),
        ("ar", "وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي في الرياض اتفاقا جديدا لتقاسم السلطة الاثنين. وقال "
         "المجلس إن اتفاق الرياض لم ينفذ قط."),
        ("en", "Somalia's government and Puntland signed a power-sharing agreement in Garowe on Monday, building on "
         "the Garowe Principles."),
    ],
)
def test_a_new_deal_or_a_proper_name_keeps_the_older_agreement_apart(lang, text):
    """ "signed a new deal in Riyadh … the Riyadh agreement": "new" sets the deal against the older one; "the Garowe
    Principles" is a proper name, not a place and a kind."""
    assert len({n for _, n in _nodes(text, lang, "2026-04-10")}) == 2


@pytest.mark.parametrize(
    "lang,text,dated",
    [
        ("en", "Armenia and Azerbaijan initialed a peace treaty in Washington on Friday. The treaty replaces the "
         "Russian-brokered ceasefire of November 2020. Moscow said the 2020 ceasefire remained the basis of its "
         "role.", "2020 ceasefire"),
        ("en", "Sudan's army and the RSF signed a truce in Jeddah on Friday. It replaces a ceasefire agreed in Addis "
         "Ababa in March 2024. The army said the 2024 ceasefire had collapsed within days.", "2024 ceasefire"),
        ("en", "Congo and the M23 signed a peace deal in Doha on Friday. It replaces a truce agreed in Luanda in "
         "March 2024. Kinshasa said the 2024 truce had never held.", "2024 truce"),
        ("ar", "وقع الجيش السوداني وقوات الدعم السريع في جدة هدنة جديدة الجمعة. وتحل محل اتفاق لوقف إطلاق النار أبرم "
         "في أديس أبابا في مارس 2024. وقال الجيش إن اتفاق 2024 انهار خلال أيام.", "اتفاق"),
        ("ar", "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة اتفاق سلام الجمعة. ويحل محل هدنة أبرمت في لواندا في مارس "
         "2024. وقالت كينشاسا إن هدنة 2024 لم تصمد.", "هدنة"),
    ],
)
def test_an_agreement_named_by_an_older_year_is_the_one_the_article_dated_to_it(lang, text, dated):
    """ "a truce agreed in Luanda in March 2024 … the 2024 truce", "the ceasefire of November 2020 … the 2020
    ceasefire": the year names the older agreement the article already dated to it, not a third node."""
    nodes = _nodes(text, lang, "2025-10-25")
    assert len({n for _, n in nodes}) == 2 and nodes[-1][0] == dated and nodes[-1][1] != nodes[0][1]


@pytest.mark.parametrize(
    "lang,text,other",
    [
        ("en", "The Yemeni government and the Houthis agreed on Tuesday to extend the UN-brokered truce by two months. "
         "Separately, the two sides signed a prisoner exchange deal in Muscat. The Houthis accused the coalition of "
         "violating the truce.", "prisoner exchange deal"),
        ("en", "Sudan's army and the RSF agreed on Tuesday to extend the humanitarian truce by a week. Separately, the "
         "army signed a power-sharing deal with civilian parties in Port Sudan. The RSF rejected the deal.",
         "power-sharing deal"),
        ("en", "Libya's rival governments agreed on Tuesday to extend the ceasefire around Sirte. In a separate "
         "development, the two parliaments signed an electoral agreement in Bouznika. The UN welcomed the electoral "
         "agreement.", "electoral agreement"),
        ("ar", "اتفقت الحكومة اليمنية وجماعة الحوثي الثلاثاء على تمديد الهدنة الأممية شهرين. وفي سياق منفصل، وقع "
         "الطرفان في مسقط اتفاقا لتبادل الأسرى. واتهم الحوثيون التحالف بخرق الهدنة.", "اتفاقا لتبادل الأسرى"),
        ("ar", "اتفق الجيش السوداني وقوات الدعم السريع الثلاثاء على تمديد الهدنة الإنسانية أسبوعا. ومن جهة أخرى، وقع "
         "الجيش في بورتسودان اتفاقا لتقاسم السلطة مع القوى المدنية. ورفضت قوات الدعم السريع الاتفاق.",
         "اتفاقا لتقاسم السلطة"),
    ],
)
def test_an_agreement_signed_separately_is_not_the_truce_named_before(lang, text, other):
    """ "Separately, the two sides signed a prisoner exchange deal", «وفي سياق منفصل، وقع الطرفان اتفاقا»: the
    sentence says it reports something else, so its indefinite noun is another agreement than the truce."""
    nodes = _nodes(text, lang, "2024-03-14")
    assert _node_of(nodes, other) not in (None, nodes[0][1]) and len({n for _, n in nodes}) == 2


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Israel and Hamas agreed a truce in Doha on Monday. Egypt said the Gaza truce would let aid in."),
        ("en", "Russia and Turkey agreed a ceasefire in Moscow on Monday. Syrian rebels said the Idlib ceasefire "
         "favoured Damascus."),
        ("en", "Congo and the M23 signed a ceasefire in Doha on Monday. Rwanda said the Goma ceasefire would let "
         "refugees return."),
        ("ar", "وقعت إسرائيل وحماس في الدوحة هدنة الاثنين. وقالت مصر إن هدنة غزة ستسمح بدخول المساعدات."),
    ],
)
def test_a_noun_named_by_the_place_fought_over_is_the_agreement_signed_elsewhere(lang, text):
    """ "agreed a truce in Doha … the Gaza truce": Gaza, Idlib, Goma are where the truce holds, not where another
    agreement was signed."""
    assert len({n for _, n in _nodes(text, lang, "2024-03-14")}) == 1


@pytest.mark.parametrize(
    "en,ar",
    [
        ("Sudan's army and the RSF signed a humanitarian truce in Jeddah on Saturday. Egypt welcomed the truce.",
         "وقع الجيش السوداني وقوات الدعم السريع في جدة يوم السبت اتفاقا لهدنة إنسانية. ورحبت مصر بالهدنة."),
        ("Congo and the M23 signed a ceasefire in Doha on Monday. Rwanda welcomed the truce.",
         "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة يوم الاثنين اتفاقا لوقف إطلاق النار. ورحبت رواندا بالهدنة."),
        ("Azerbaijan and Armenia reached a border demarcation agreement in Abu Dhabi on Monday. The UAE welcomed the "
         "deal.", "توصلت أذربيجان وأرمينيا في أبوظبي إلى اتفاق لترسيم الحدود. ورحبت الإمارات بالاتفاق."),
    ],
)
def test_one_agreement_reported_in_both_languages_is_one_node_across_documents(en, ar):
    """ "signed a truce in Jeddah" and «وقع … في جدة … اتفاقا لهدنة»: the place that names the agreement comes before
    its two signers in both languages, so the two articles' nodes have one id and the ingest merges them."""
    ids = [{n for _, n in _nodes(text, lang, "2024-03-14")} for text, lang in ((en, "en"), (ar, "ar"))]
    assert len(ids[0]) == 1 and ids[0] == ids[1]
