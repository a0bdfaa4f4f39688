"""Known actors, news forms: does the gazetteer read the forms news uses for organizations and armed groups the
knowledge base already knows?

    python benchmarks/known_forms.py [--misses] [--lang en|ar] [--template NAME]

About 150 bodies of the knowledge base, from many conflicts (the Sudans, Somalia, the Sahel, the Great Lakes,
Ethiopia, Libya, Yemen, Iraq, Syria, Afghanistan and Pakistan, Ukraine, the Caucasus, Gaza and Lebanon, and a
few from further away), are each written into sentence templates of news style, one surface form a template:
the plain name, "the X group", "X fighters", "X's", the other spelling (Defense/Defence), "ash-Sham" or
"el-Sharia" for "al-", a ministry "of" its state, and in Arabic a head noun («حركة», «جماعة», «ميليشيا»,
«مسلحو», «عناصر») before the bare name, a proclitic on the name, the name in guillemets, «ج» for the «غ» of a
foreign g (Egyptian press), a ministry by the state's nisba or name. A template counts as read when an entity
of the extraction with the body's knowledge-base id has a mention overlapping the written form; `overlap` counts
any organization or armed group there (found, but maybe linked to another id). The last line is
`RESULT recognised_en=… recognised_ar=…`: the share of (body, template) pairs read, per language.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Armed groups and bodies: ids of the knowledge base, a few from every conflict the news covers.
ARMED = """
group:rsf group:jem group:slm-mm group:slm-aw group:splm-n group:splm-io group:white-army group:janjaweed
group:sudan-shield-forces group:baraa-bin-malik group:al-shabaab group:isis-somalia group:ahlu-sunna-waljamaa
group:ras-kamboni group:hizbul-islam group:jnim group:is-sahel group:iswap group:aqim group:ansar-dine
group:katiba-macina group:mnla group:cma-mali group:boko-haram group:ansaru group:lakurawa group:fact-chad
group:dan-na-ambassagou group:gatia group:m23 group:fdlr group:adf group:codeco group:mai-mai group:wazalendo
group:red-tabara group:cndp group:seleka group:anti-balaka group:lra group:tplf group:tigray-defence-forces
group:ola group:fano group:onlf group:lna group:radaa group:kaniyat group:nawasi-brigade group:libya-dawn
group:ssa-libya group:brigade-444 group:tariq-bin-ziyad-brigade group:libya-shield-force group:houthis
group:giants-brigades group:security-belt group:hadrami-elite group:aqap
group:shabwani-elite group:pmf group:kataib-hezbollah group:asaib-ahl-al-haq group:nujaba group:badr
group:saraya-al-salam group:peshmerga group:isis group:al-qaeda group:hts group:sdf group:ypg group:pkk
group:sna group:ahrar-al-sham group:jaish-al-islam group:hurras-al-din group:faylaq-al-sham
group:hamza-division group:sultan-murad-division group:men-of-dignity group:ndf-syria group:nusra
group:fatemiyoun group:zainabiyoun group:hezbollah group:radwan-force group:hamas group:qassam group:pij
group:al-quds-brigades group:al-aqsa-martyrs group:lions-den group:dflp group:prc group:taliban
group:haqqani-network group:iskp group:ttp group:nrf-afghanistan group:bla group:let group:jaish-e-mohammed
group:wagner group:africa-corps group:azov group:akhmat group:russian-volunteer-corps
group:freedom-of-russia-legion group:artsakh-defence-army group:polisario
group:sinai-province group:pjak group:jaish-al-adl group:mek group:arakan-army group:kia group:farc
""".split()
BODIES = """
org:saf org:sovereignty-council org:plc-yemen org:islah org:kdp org:pyd org:etilaf org:lebanese-forces org:plo
org:fama org:fardc org:faca org:eritrean-defence-forces org:spa-sudan org:gns-libya
org:libya-hcs org:jmc-5-5 org:iraqi-army org:egyptian-army org:quds-force org:mossad org:amisom org:unmiss
org:unsom org:unifil org:mfa-irn org:mfa-qat org:mfa-are org:mfa-isr org:mfa-tur org:mfa-egy org:mfa-syr
org:mod-rus org:mod-isr org:mod-ukr org:mod-irn
""".split()

MINISTRIES = """
org:mfa-rus org:mfa-irn org:mfa-tur org:mfa-sau org:mfa-qat org:mfa-egy org:mfa-syr org:mfa-are org:mfa-jor
org:mfa-lbn org:mfa-irq org:mfa-omn org:mfa-ukr org:mfa-mar org:mfa-dza org:mfa-eth org:mfa-arm org:mfa-aze
org:mfa-afg org:mod-rus org:mod-tur org:mod-syr org:mod-ukr org:mod-aze org:mod-arm org:mod-irn org:mod-egy
org:mod-sdn org:mod-mli org:mod-nga org:mod-som org:mod-eth org:mod-irq org:mod-sau org:mod-lbn
""".split()

# Arabic head nouns news drops or swaps before a body's name (not «قوات», «جبهة», «حزب»: part of most names).
_AR_HEADS = ("حركة", "جماعة", "تنظيم", "ميليشيا", "ميليشيات", "مجموعة")
# English head nouns a short form leaves out ("Ras Kamboni fighters", "the Haqqani group").
_EN_HEADS = (" Group", " group", " Movement", " movement", " Network", " network", " militia", " Organization")

# Templates: (name, text with {N} for the form, which form). English, then Arabic; armed groups, bodies, ministries.
EN_ARMED = [
    ("name", "{N} said on Tuesday that its fighters had repelled an attack near the border.", "name"),
    ("the-name", "Talks between the army and the {N} broke down on Sunday, mediators said.", "name"),
    ("group", "Fighters of the {N} group stormed an army post overnight, residents said.", "short"),
    ("fighters", "Dozens of {N} fighters were killed in air strikes, the military said on Monday.", "short"),
    ("militants", "Local officials blamed {N} militants for the ambush on the convoy.", "short"),
    ("possessive", "The envoy accused {N}'s leadership of blocking the delivery of aid.", "name"),
    ("curly", "The envoy accused {N}’s leadership of blocking the delivery of aid.", "curly"),
    ("spelling", "Talks between the army and the {N} broke down on Sunday, mediators said.", "spelling"),
    ("no-al", "The army said {N} had withdrawn from two villages.", "no_al"),
    ("sun-letter", "Witnesses said {N} fighters had entered the town at dawn.", "sun"),
    ("el-article", "A commander of {N} was killed in a drone strike, officials said.", "el"),
]
EN_BODIES = [
    ("name", "{N} said on Tuesday that it had received the proposal.", "name"),
    ("the-name", "The envoy held talks with the {N} in the capital on Sunday.", "name"),
    ("possessive", "Diplomats said {N}'s position had hardened since the summer.", "name"),
    ("officials", "{N} officials declined to comment on the report.", "short"),
    ("spelling", "A spokesman for the {N} told reporters that talks would resume.", "spelling"),
]
EN_MINISTRIES = [
    ("of-state", "The {N} said it had summoned the ambassador.", "of_state"),
    ("state-s", "{N} said on Monday that it rejected the accusations.", "state_s"),
    ("demonym-lower", "A statement from the {N} welcomed the agreement.", "demonym_lower"),
]
AR_ARMED = [
    ("name", "أعلنت {N} مسؤوليتها عن الهجوم على موقع للجيش.", "name"),
    ("clitic-wa", "واندلعت اشتباكات عنيفة بين الجيش و{N} قرب الحدود.", "name"),
    ("militants", "هاجم مسلحو {N} نقطة تفتيش للجيش فجر اليوم.", "name"),
    ("elements", "قتل ثلاثة من عناصر {N} في غارة جوية أمس.", "name"),
    ("militia-head", "اتهم المبعوث ميليشيا {B} بعرقلة وصول المساعدات.", "bare"),
    ("group-head", "وقالت مصادر محلية إن جماعة {B} سيطرت على البلدة.", "bare"),
    ("bi-head", "وندد البيان بتنظيم {B} وهجماته.", "bare"),
    ("quoted", "قال متحدث باسم «{B}» إن المفاوضات لم تحقق أي تقدم.", "bare"),
    ("hard-g", "وأعلنت {N} سيطرتها على مواقع جديدة.", "hard_g"),
    ("members-bare", "واشتبك الجيش مع مسلحي {B} قرب الحدود.", "bare"),
]
AR_BODIES = [
    ("name", "أعلنت {N} أنها تسلمت المقترح أمس.", "name"),
    ("clitic-li", "وقال المتحدث باسم {N} إن المحادثات ستستأنف الأسبوع المقبل.", "name"),
    ("clitic-bi", "واجتمع المبعوث ب{N} في العاصمة أمس.", "name"),
    ("wa-li", "وأكد مصدر ل{N} أن الاجتماع تأجل.", "name"),
    ("quoted", "وقال بيان صادر عن «{N}» إن الوفد غادر العاصمة.", "name"),
]
AR_MINISTRIES = [
    ("nisba", "وقالت {N} في بيان إنها استدعت السفير.", "ar_nisba"),
    ("short-nisba", "ونددت {N} بالهجوم.", "ar_short"),
    ("of-state", "وأعلنت {N} أن الوزير سيزور المنطقة.", "ar_construct"),
]
# English plurals and names news writes differently as a modifier ("Houthi fighters", not "Houthis fighters")
_EN_SHORT = {"group:houthis": "Houthi", "group:taliban": "Taliban"}
_SPELLINGS = (("Defence", "Defense"), ("Organisation", "Organization"), ("Mobilization", "Mobilisation"))
_AR_MINISTRY = {"mfa": ("وزارة الخارجية", "الخارجية", "وزارة خارجية"), "mod": ("وزارة الدفاع", "الدفاع", "وزارة دفاع")}


_ARTICLE = re.compile(r"(?<![\w'])[Aa]l-(\w+)")


def _sun(word: str) -> str:
    """The article as said before the word's first letter: "ash-Sham", "ad-Din", "an-Nusra", "al-Qaeda"."""
    w = word.lower()
    sun = next((d for d in ("sh", "th", "dh") if w.startswith(d)), w[0] if w[0] in "tdrzsn" else "l")
    return f"a{sun}-{word}"


def _paren_free(name: str) -> str:
    return name.split(" (")[0].strip()


def en_forms(ent, kb) -> dict[str, str]:
    name = _paren_free(ent.name)
    short = _EN_SHORT.get(ent.id, name)
    for w in _EN_HEADS:
        stem = short[: -len(w)]
        if short.endswith(w) and not any(c.isdigit() for c in stem) and stem.istitle() and " of" not in stem:
            short = stem
    spelling = name
    for a, b in _SPELLINGS:
        spelling = spelling.replace(a, "\0").replace(b, a).replace("\0", b)
    no_al = name[3:] if name[:3].lower() == "al-" else name
    forms = {"name": name, "short": short, "curly": name.replace("'", "’"), "spelling": spelling, "no_al": no_al}
    forms["sun"] = _ARTICLE.sub(lambda m: _sun(m.group(1)), name)  # "Ansar ad-Din", "Ahrar ash-Sham"
    forms["el"] = _ARTICLE.sub(lambda m: "el-" + m.group(1), name)
    state = kb.get(ent.record.get("state") or "")
    if ent.id[:4] == "org:" and ent.id[4:8] in ("mfa-", "mod-") and state:
        what = "foreign ministry" if ent.id[4:7] == "mfa" else "defence ministry"
        dem = (state.record.get("demonyms") or [state.name])[0]
        forms |= {
            "of_state": f"{what} of {state.name}",
            "state_s": f"{state.name}'s {what}",
            "demonym_lower": f"{dem} {what}",
        }
    return forms


def ar_forms(ent, kb) -> dict[str, str] | None:
    if not ent.name_ar:
        return None
    name = _paren_free(ent.name_ar)
    head, _, rest = name.partition(" ")
    bare = rest if head in _AR_HEADS and rest else name
    forms = {"name": name, "bare": bare, "hard_g": name.replace("غ", "ج") if "g" in ent.name.lower() else name}
    state = kb.get(ent.record.get("state") or "")
    if ent.id[4:8] in ("mfa-", "mod-") and state and state.name_ar and state.record.get("demonym_ar"):
        full, short, construct = _AR_MINISTRY[ent.id[4:7]]
        nisba = "ال" + state.record["demonym_ar"] + "ة"
        forms |= {"ar_nisba": f"{full} {nisba}", "ar_short": f"{short} {nisba}"}
        forms["ar_construct"] = f"{construct} {state.name_ar}"
    return forms


def _overlapping(ex, start: int, end: int) -> list:
    return [
        e
        for e in ex.entities
        if e.kind in ("organization", "armed_group") and any(m.start < end and start < m.end for m in e.mentions)
    ]


def score(lang: str, only: str | None = None) -> dict:
    from explorer.extract.pipeline import extract_text
    from explorer.kb import load_kb

    kb = load_kb()
    table = {"en": (EN_ARMED, EN_BODIES, EN_MINISTRIES), "ar": (AR_ARMED, AR_BODIES, AR_MINISTRIES)}[lang]
    per: dict[str, list[int]] = {}  # template -> [n, read, overlap]
    misses: list[tuple[str, str, str, list[str]]] = []
    for part, ids, templates in zip(("armed", "body", "ministry"), (ARMED, BODIES, MINISTRIES), table, strict=True):
        for eid in ids:
            ent = kb.get(eid)
            if ent is None:
                raise SystemExit(f"known_forms: {eid} is not in the knowledge base")
            forms = en_forms(ent, kb) if lang == "en" else ar_forms(ent, kb)
            if forms is None:
                continue
            for tname, text, form in templates:
                if only and tname != only:
                    continue
                surface = forms.get(form)
                if surface is None:
                    continue
                slot = "{N}" if "{N}" in text else "{B}"
                start = text.index(slot)
                sentence = text.replace(slot, surface)
                if sentence[:1].islower():
                    sentence = sentence[0].upper() + sentence[1:]
                ex = extract_text(sentence, lang=lang, date_="2024-05-10", kb=kb)
                found = _overlapping(ex, start, start + len(surface))
                row = per.setdefault(f"{part}/{tname}", [0, 0, 0])
                row[0] += 1
                row[2] += bool(found)
                if any(e.id == eid for e in found):
                    row[1] += 1
                else:
                    misses.append((eid, tname, sentence, [f"{e.id}:{m.text}" for e in found for m in e.mentions]))
    return {"per": per, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--lang", choices=("en", "ar"))
    ap.add_argument("--template")
    args = ap.parse_args()
    shares = {}
    for lang in [args.lang] if args.lang else ["en", "ar"]:
        r = score(lang, args.template)
        n = read = 0
        for tname, (k, ok, over) in sorted(r["per"].items()):
            print(f"{lang} {tname:22} read {ok:3}/{k:3} = {ok / max(k, 1):.3f}   overlap {over / max(k, 1):.3f}")
            n, read = n + k, read + ok
        shares[lang] = read / max(n, 1)
        print(f"{lang} all                    read {read}/{n} = {shares[lang]:.3f}")
        if args.misses:
            for eid, tname, sentence, got in r["misses"]:
                print(f"  MISS {eid} [{tname}] got {got} | {sentence}")
    print("RESULT " + " ".join(f"recognised_{lang}={v:.3f}" for lang, v in shares.items()))


if __name__ == "__main__":
    main()
