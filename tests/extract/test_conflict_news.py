"""Fighting and membership in news-style sentences written for these tests (Somalia, Sudan, Iraq, Syria, DR Congo,
Ethiopia, Libya, Yemen, the Sahel): the triples a reader of the graph must see, and those that must stay out."""

import pytest

from tests.extract.test_conflict_relations import _fight, _rels


@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        ("Iraqi forces expelled Islamic State fighters from Mosul in July 2017.", "en", "org:iraqi-army", "group:isis"),
        (
            "Ugandan and Burundian troops drove al-Shabaab fighters out of Mogadishu in 2011.",
            "en",
            "state:uga",
            "group:al-shabaab",
        ),
        ("Congolese troops pushed M23 rebels out of Bunagana on Monday.", "en", "org:fardc", "group:m23"),
        ("Kenyan troops ousted al-Shabaab from the port city of Kismayo in 2012.", "en", "org:kdf", "group:al-shabaab"),
        ("The LNA expelled Islamic State militants from Derna in 2018.", "en", "group:lna", "group:isis"),
        (
            "Ethiopian federal troops drove Tigrayan forces out of Mekelle in November 2020.",
            "en",
            "org:endf",
            "group:tigray-defence-forces",
        ),
        (
            "طردت القوات الصومالية عناصر حركة الشباب من بلدة عيل بور.",
            "ar",
            "org:somali-national-army",
            "group:al-shabaab",
        ),
        ("طرد الجيش السوداني قوات الدعم السريع من ود مدني.", "ar", "org:saf", "group:rsf"),
        ("دحرت قوات سوريا الديمقراطية تنظيم داعش من الباقوز.", "ar", "group:sdf", "group:isis"),
    ],
)
def test_fighters_driven_out_are_fought(text: str, lang: str, a: str, b: str) -> None:
    assert _fight(_rels(text, lang), a, b)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Niger expelled the French ambassador on Friday.", "en"),
        ("Qatar expelled Hamas leaders from Doha under US pressure.", "en"),
        ("Mali's junta expelled French troops and the MINUSMA peacekeepers in 2023.", "en"),
        ("The United States pushed Israel to accept the ceasefire.", "en"),
        ("طردت النيجر السفير الفرنسي الأسبوع الماضي.", "ar"),
    ],
)
def test_expelling_envoys_or_pushing_a_state_is_no_fight(text: str, lang: str) -> None:
    assert not any(t == "fights" for _, t, _ in _rels(text, lang))
