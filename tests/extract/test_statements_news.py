"""Who speaks in a news statement and what it is about (relation `states`), in the shapes news reports use.
Sentences written for these tests, across several conflicts."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations

ON = "2023-05-01"


def _states(text: str, lang: str = "ar") -> set[tuple[str, str]]:
    return {(s, t) for s, rtype, t in named_relations(text, lang, ON) if rtype == "states"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وقال المبعوث الأممي إلى ليبيا عبد الله باتيلي للصحفيين في طرابلس إن مجلس النواب الليبي يتحمل مسؤولية"
            " تأخير الانتخابات.",
            ("Abdoulaye Bathily", "Libyan House of Representatives"),
        ),
        (
            "وقال وزير الخارجية السوداني علي الصادق إن الاتحاد الأفريقي لم يعد وسيطاً محايداً في الأزمة.",
            ("Ali al-Sadiq Ali", "African Union"),
        ),
        (
            "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن حلف شمال الأطلسي يجب أن يقدم ضمانات أمنية لبلاده.",
            ("Volodymyr Zelensky", "NATO"),
        ),
        (
            "وقال رئيس المجلس العسكري في مالي عاصمي غويتا إن المجموعة الاقتصادية لدول غرب أفريقيا فرضت عقوبات غير"
            " شرعية على بلاده.",
            ("Assimi Goïta", "Economic Community of West African States"),
        ),
        (
            "وقال وزير الخارجية الأفغاني أمير خان متقي إن مجلس الأمن الدولي يجب أن يرفع العقوبات عن الحكومة الأفغانية.",
            ("Amir Khan Muttaqi", "UN Security Council"),
        ),
    ],
)
def test_a_body_that_is_the_subject_of_what_is_said_is_its_topic_ar(text, pair):
    assert pair in _states(text)


def test_the_speakers_own_body_as_the_subject_is_no_topic_ar():
    """The one the spokesman speaks for, and the body whose head speaks, are his side, not what he speaks of; the
    state named after it still is."""
    got = _states("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الأمم المتحدة مستعدة لدعم الحوار في السودان.")
    assert ("António Guterres", "United Nations") not in got
    got = _states(
        "وجاء الاتفاق ثمرة وساطة قادها مبعوث الاتحاد الأفريقي محمد الحسن ولد لبات. وقال ولد لبات للصحافيين إن الاتحاد"
        " الأفريقي سيعيد النظر في قرار تعليق عضوية السودان فور تشكيل الحكومة المدنية."
    )
    assert ("Mohamed El Hacen Lebatt", "Sudan") in got
    assert ("Mohamed El Hacen Lebatt", "African Union") not in got


def test_a_body_named_further_on_is_no_topic_ar():
    """Whom the words were told to («في تصريح لوكالة …», «أمام مجلس الأمن») is not what they are about."""
    got = _states("وقال وزير الخارجية اليمني أحمد بن مبارك أمام مجلس الأمن الدولي إن الحوثيين يرفضون تجديد الهدنة.")
    assert ("Ahmed Awad bin Mubarak", "UN Security Council") not in got


def test_the_body_and_whom_it_acts_on_in_the_same_clause_ar():
    got = _states("وأكد الرئيس الصومالي حسن شيخ محمود أن الجيش الصومالي سيواصل عملياته ضد حركة الشباب في هيران.")
    assert {("Hassan Sheikh Mohamud", "Somali National Army"), ("Hassan Sheikh Mohamud", "al-Shabaab")} <= got


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "وذكر بيان صادر عن وزارة الخارجية المصرية أن إسرائيل تتحمل المسؤولية عن التصعيد في غزة.",
            "ar",
            ("Egyptian Foreign Ministry", "Israel"),
        ),
        (
            "وقال بيان صادر عن الجيش السوداني إن قوات الدعم السريع هاجمت مدينة الفاشر.",
            "ar",
            ("Sudanese Armed Forces", "Rapid Support Forces"),
        ),
        (
            "وجاء في البيان الذي أصدرته وزارة الخارجية الأردنية أن إسرائيل التزمت وقف الاستيطان لأربعة أشهر.",
            "ar",
            ("Jordanian Foreign Ministry", "Israel"),
        ),
        (
            "وبحسب بيان صادر عن الحكومة الصومالية، فإن حركة الشباب فقدت السيطرة على عدة بلدات في هيران.",
            "ar",
            ("Somalia", "al-Shabaab"),
        ),
        (
            "وبحسب الحكومة السودانية فإن قوات الدعم السريع هاجمت الفاشر.",
            "ar",
            ("Sudan", "Rapid Support Forces"),
        ),
        (
            "According to the Ethiopian government, the TPLF had moved fighters into western Tigray.",
            "en",
            ("Ethiopia", "Tigray People's Liberation Front"),
        ),
    ],
)
def test_a_statement_speaks_for_whom_issued_it(text, lang, pair):
    """ "A statement issued by X said …", «وجاء في البيان الذي أصدرته X أن …», «بحسب الحكومة السودانية»: the one
    who issued the statement, or the government named, speaks."""
    assert pair in _states(text, lang)


def test_media_named_by_a_demonym_are_no_speaker():
    assert not _states("وبحسب وسائل إعلام مصرية، فإن إسرائيل رفضت المقترح الأخير.")
    assert not _states("According to Egyptian media, Israel rejected the latest proposal.", "en")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"The M23 must withdraw from all occupied areas," Uhuru Kenyatta said.',
            ("Uhuru Kenyatta", "March 23 Movement"),
        ),
        (
            '"Hamas must release the hostages first," former president Donald Trump said on Sunday.',
            ("Donald Trump", "Hamas"),
        ),
        (
            '"We will not negotiate with the RSF," Sudanese army chief Abdel Fattah al-Burhan told troops in Omdurman.',
            ("Abdel Fattah al-Burhan", "Rapid Support Forces"),
        ),
        (
            '"We are ready to talk to the Taliban if they respect human rights," Pakistani Prime Minister Shehbaz'
            " Sharif said.",
            ("Shehbaz Sharif", "Taliban"),
        ),
    ],
)
def test_a_quotation_before_its_speaker_is_about_the_group_it_names_first(text, pair):
    """'"The M23 must …," X said' (the article before the name), a speaker with "former" before his title, and a
    quotation that opens with the speaker's "we": about the first state or group the words name."""
    assert pair in _states(text, "en")


def test_we_and_the_speakers_own_state_is_no_topic():
    assert not _states(
        '"We will defend Armenia\'s sovereignty at any cost," Armenian Prime Minister Nikol Pashinyan said.', "en"
    )


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "The TPLF rejected the Pretoria agreement, saying it had been imposed by Addis Ababa.",
            "en",
            ("Tigray People's Liberation Front", "Pretoria Agreement"),
        ),
        (
            "Hamas rejected the Israeli proposal, saying it did not guarantee an end to the war in Gaza.",
            "en",
            ("Hamas", "Israeli proposal (May 2023)"),
        ),
        (
            "ورفضت حركة حماس المقترح الإسرائيلي، مؤكدة أنه لا يضمن إنهاء الحرب.",
            "ar",
            ("Hamas", "Israeli proposal (May 2023)"),
        ),
        (
            "ودانت الجزائر العملية المغربية، معتبرة أنها تنتهك اتفاق وقف إطلاق النار لعام 1991.",
            "ar",
            ("Algeria", "Western Sahara Ceasefire of 1991"),
        ),
    ],
)
def test_what_a_participle_of_saying_adds_about_the_agreement_before_it(text, lang, pair):
    """ "rejected the proposal, saying it …", «رفضت حماس المقترح، مؤكدة أنه …» (the feminine and plural
    participles are speech words as much as «مؤكداً»): the words are about the agreement the clause named."""
    assert pair in _states(text, lang)


def test_saying_it_after_an_event_is_not_about_the_agreement():
    got = _states(
        "Israel struck Hamas positions in Gaza after the truce collapsed, saying it was responding to rocket fire.",
        "en",
    )
    assert not [p for p in got if "ceasefire" in p[1].lower()]


def test_what_a_speaker_wrote_is_a_statement_ar():
    got = _states("وكتب الرئيس الأوكراني فولوديمير زيلينسكي على تلغرام أن روسيا أطلقت عشرات الصواريخ على كييف.")
    assert ("Volodymyr Zelensky", "Russia") in got
    got = _states("وكتبت وزارة الخارجية الأمريكية في تغريدة أن الحوثيين يهددون الملاحة الدولية في البحر الأحمر.")
    assert ("US State Department", "Houthis") in got


def test_past_the_group_the_speaker_leads_to_whom_it_acts_on_ar():
    got = _states("وقال زعيم جماعة الحوثي عبد الملك الحوثي في خطاب متلفز إن الجماعة ستواصل هجماتها على إسرائيل.")
    assert ("Abdul-Malik al-Houthi", "Israel") in got
    assert ("Abdul-Malik al-Houthi", "Houthis") not in got


def test_states_that_only_name_nationalities_are_no_topic():
    """The freed prisoners' nationalities describe people; the statement is not about those states."""
    got = _states(
        "وأوضحت وزارة الخارجية السعودية في بيان أن الأسرى المفرج عنهم يحملون جنسيات الولايات المتحدة والمملكة"
        " المتحدة والسويد والمغرب."
    )
    assert not [p for p in got if p[1] in ("United States", "United Kingdom", "Sweden", "Morocco")]
    got = _states(
        "The Saudi foreign ministry said the freed prisoners were nationals of the United States, Britain and Sweden.",
        "en",
    )
    assert not [p for p in got if p[1] in ("United States", "United Kingdom", "Sweden")]
    got = _states("The Saudi foreign ministry said Russia had released ten prisoners after Saudi mediation.", "en")
    assert ("Saudi Foreign Ministry", "Russia") in got
