"""One agreement named many ways is one node: probe articles written for this benchmark (4–6 sentences, several
conflicts, English and Arabic), each with the phrases that name each of its agreements.

    python benchmarks/agreement_identity.py [--show]

News names one agreement several ways in one article: by kind and place ("the Jeddah deal", «اتفاق جدة»), by its
brokers ("the Qatari-mediated ceasefire"), by its day ("the May 3 agreement"), descriptively ("the seven-day
ceasefire", "the prisoner exchange deal") and by an anaphor ("the deal", «الاتفاق»). Half of the articles name
one agreement three ways or more; the other half name two agreements that must stay apart. For every agreement
the benchmark collects the nodes of the extraction's agreement mentions that overlap its phrases (1 is right;
a phrase no mention overlaps adds nothing), and for every two agreements of an article whether one node holds
both. The last line is `RESULT split_rate=… merged_wrongly=…`: the share of agreements read as more than one
node, and the share of agreement pairs read as one.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (lang, date, text, agreements): each agreement a list of phrases of the text; "phrase#2" is its second occurrence.
ARTICLES: list[tuple[str, str, str, list[list[str]]]] = [
    # one agreement, named three ways or more
    ("en", "2024-03-14",
     "Sudan's army and the Rapid Support Forces signed a humanitarian truce in Jeddah on Saturday after two weeks "
     "of talks. The Saudi and US-brokered truce is meant to last seven days. Under the Jeddah deal, both sides must "
     "let aid convoys reach Khartoum. The army said it was committed to the seven-day ceasefire. The United Nations "
     "welcomed the deal.",
     [["humanitarian truce", "US-brokered truce", "Jeddah deal", "seven-day ceasefire", "the deal"]]),
    ("en", "2024-03-14",
     "The Congolese government and the M23 rebels signed a ceasefire agreement in Doha on Tuesday. The "
     "Qatari-mediated ceasefire takes effect on Friday. Congo's foreign minister said the Doha agreement was a "
     "first step towards peace. Rwanda welcomed the Doha ceasefire. The African Union called on both sides to "
     "implement the deal.",
     [["ceasefire agreement", "Qatari-mediated ceasefire", "Doha agreement", "Doha ceasefire", "the deal"]]),
    ("en", "2025-10-25",
     "Armenia and Azerbaijan initialed a peace treaty in Washington on Friday. The US-brokered agreement ends "
     "nearly four decades of conflict over Nagorno-Karabakh. Armenian Prime Minister Nikol Pashinyan said the "
     "Washington peace deal opened a new era. Russia criticized the agreement.",
     [["peace treaty", "US-brokered agreement", "Washington peace deal", "the agreement"]]),
    ("en", "2022-11-05",
     "Ethiopia's federal government and the Tigray People's Liberation Front signed a Cessation of Hostilities "
     "Agreement in Pretoria on November 2. The African Union-brokered deal ended two years of war. Eritrea "
     "rejected the Pretoria agreement. Prime Minister Abiy Ahmed said the November 2 agreement must be fully "
     "implemented.",
     [["Cessation of Hostilities Agreement", "African Union-brokered deal", "Pretoria agreement",
       "November 2 agreement"]]),
    ("en", "2024-05-06",
     "Somalia's government and Ahlu Sunna Wal Jamaa signed a power-sharing agreement in Mogadishu on May 3. The "
     "Mogadishu accord gives the group five ministries in Galmudug. The United Nations welcomed the May 3 "
     "agreement. Al-Shabaab condemned the deal.",
     [["power-sharing agreement", "Mogadishu accord", "May 3 agreement", "the deal"]]),
    ("en", "2024-03-14",
     "Mali's transitional government and the Tuareg-led rebels signed a ceasefire in Algiers on Monday. Algeria "
     "mediated the agreement after weeks of clashes in Kidal. The Algerian-brokered truce requires both sides to "
     "free prisoners. France welcomed the truce agreed in Algiers.",
     [["a ceasefire", "the agreement", "Algerian-brokered truce", "truce agreed"]]),
    ("en", "2024-03-14",
     "Yemen's government and the Houthis agreed on a prisoner exchange deal in Muscat on Friday under UN "
     "auspices. The Omani-mediated exchange agreement covers nearly 900 detainees. UN envoy Hans Grundberg said "
     "the Muscat agreement showed that dialogue works. The Saudi-led coalition welcomed the prisoner swap deal.",
     [["prisoner exchange deal", "exchange agreement", "Muscat agreement", "prisoner swap deal"]]),
    ("en", "2020-10-24",
     "Libya's rival military delegations signed a permanent ceasefire agreement in Geneva on Friday under UN "
     "auspices. The UN-brokered deal requires all foreign fighters to leave Libya within three months. Stephanie "
     "Williams said the Geneva ceasefire was a turning point. Turkey questioned the agreement.",
     [["permanent ceasefire agreement", "UN-brokered deal", "Geneva ceasefire", "the agreement"]]),
    ("ar", "2024-03-14",
     "وقع الجيش السوداني وقوات الدعم السريع في جدة يوم السبت اتفاقا لهدنة إنسانية لمدة سبعة أيام. وقالت السعودية "
     "والولايات المتحدة إن اتفاق جدة يلزم الطرفين بحماية المدنيين. واتهمت قوات الدعم السريع الجيش بخرق الهدنة "
     "الإنسانية التي أبرمت في جدة. ورحبت الأمم المتحدة بالاتفاق.",
     [["اتفاقا لهدنة إنسانية", "اتفاق جدة", "الهدنة الإنسانية", "بالاتفاق"]]),
    ("ar", "2024-03-14",
     "وقعت الحكومة الكونغولية وحركة إم 23 في الدوحة يوم الثلاثاء اتفاقا لوقف إطلاق النار. ويدخل الاتفاق الذي "
     "رعته قطر حيز التنفيذ يوم الجمعة. وقال وزير الخارجية الكونغولي إن اتفاق الدوحة خطوة أولى نحو السلام. ورحبت "
     "رواندا بوقف إطلاق النار.",
     [["اتفاقا لوقف إطلاق النار", "الاتفاق الذي", "اتفاق الدوحة", "بوقف إطلاق النار"]]),
    ("ar", "2024-03-14",
     "أعلنت إسرائيل وحركة حماس الأربعاء التوصل إلى اتفاق لوقف إطلاق النار في غزة لمدة ستة أسابيع بوساطة قطرية "
     "ومصرية. ورحب الرئيس المصري عبد الفتاح السيسي بالهدنة. وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن "
     "الصفقة ستعيد الرهائن. ويشمل اتفاق غزة تبادلا للأسرى.",
     [["اتفاق لوقف إطلاق النار", "بالهدنة", "الصفقة", "اتفاق غزة"]]),
    ("ar", "2020-10-24",
     "وقع طرفا النزاع في ليبيا في جنيف يوم الجمعة اتفاقا دائما لوقف إطلاق النار برعاية الأمم المتحدة. ويلزم "
     "اتفاق جنيف جميع المقاتلين الأجانب بمغادرة ليبيا خلال ثلاثة أشهر. وقالت ستيفاني وليامز إن وقف إطلاق النار "
     "الدائم نقطة تحول. وانتقدت تركيا الاتفاق.",
     [["اتفاقا دائما لوقف إطلاق النار", "اتفاق جنيف", "وقف إطلاق النار الدائم", "الاتفاق."]]),
    ("ar", "2026-04-10",
     "وقعت الحكومة الصومالية وولاية بونتلاند في غاروي اتفاقا لتقاسم السلطة في 28 مارس. ويمنح الاتفاق الذي رعته تركيا "
     "بونتلاند حصة من عائدات النفط. ورحب الاتحاد الأفريقي باتفاق غاروي.",
     [["اتفاقا لتقاسم السلطة", "الاتفاق الذي", "باتفاق غاروي"]]),
    ("en", "2026-04-10",
     "Chad's junta and the FACT rebels agreed a seven-day ceasefire on Monday. The Qatari-brokered truce covers the "
     "Tibesti region. FACT accused the army of violating the seven-day truce within hours. Qatar urged both sides "
     "to respect the ceasefire.",
     [["seven-day ceasefire", "Qatari-brokered truce", "seven-day truce", "the ceasefire"]]),
    ("en", "2026-04-10",
     "South Sudan's government and the SPLM-IO signed a Cessation of Hostilities Agreement (CoHA) in Nairobi on "
     "Monday. The SPLM-IO accused the army of breaching the Nairobi agreement. Kenya welcomed the cessation of "
     "hostilities.",
     [["Cessation of Hostilities Agreement", "Nairobi agreement", "cessation of hostilities"]]),
    ("en", "2024-06-10",
     "The Yemeni government and the Houthis signed a prisoner exchange deal in Muscat on May 11. Iran hailed the "
     "May 11 agreement. The Houthis said the Omani-mediated deal would free 900 detainees.",
     [["prisoner exchange deal", "May 11 agreement", "Omani-mediated deal"]]),
    ("en", "2024-03-14",
     "Israel and Hamas agreed a six-week truce in Doha on Monday. Egypt said the Gaza truce would let aid in. "
     "Netanyahu said the Qatari-brokered deal would bring hostages home.",
     [["six-week truce", "Gaza truce", "Qatari-brokered deal"]]),
    ("ar", "2024-03-14",
     "اتفقت روسيا وتركيا في موسكو على وقف لإطلاق النار الاثنين. وقالت فصائل المعارضة إن هدنة إدلب تخدم دمشق.",
     [["وقف لإطلاق النار", "هدنة إدلب"]]),
    # two agreements that must stay two
    ("en", "2024-03-14",
     "Sudan's army and the RSF signed a humanitarian truce in Jeddah on Saturday. The truce replaces a ceasefire "
     "brokered by the African Union in Addis Ababa in January, which collapsed within days. The United States "
     "welcomed the humanitarian truce. The RSF said the Addis Ababa ceasefire had never been respected.",
     [["humanitarian truce", "The truce", "humanitarian truce#2"], ["a ceasefire", "Addis Ababa ceasefire"]]),
    ("en", "2025-10-25",
     "Armenia and Azerbaijan initialed a peace treaty in Washington on Friday. The treaty replaces the "
     "Russian-brokered ceasefire of November 2020, which ended the war over Nagorno-Karabakh. Pashinyan said the "
     "Washington treaty opened a new era. Moscow said the 2020 ceasefire remained the basis of its role.",
     [["peace treaty", "The treaty", "Washington treaty"], ["Russian-brokered ceasefire", "2020 ceasefire"]]),
    ("en", "2024-03-14",
     "The Yemeni government and the Houthis agreed on Tuesday to extend the UN-brokered truce by two months. "
     "Separately, the two sides signed a prisoner exchange deal in Muscat. The Saudi-led coalition welcomed the "
     "exchange deal. The Houthis accused the coalition of violating the truce#2.",
     [["UN-brokered truce", "truce#2"], ["prisoner exchange deal", "the exchange deal"]]),
    ("en", "2024-03-14",
     "Libya's rival parliaments agreed on a roadmap for elections in Bouznika on Sunday, weeks after a ceasefire "
     "agreement was signed in Sirte. The UN mission welcomed the roadmap. The Sirte ceasefire has largely held. "
     "Khalifa Haftar said the Bouznika roadmap ignored the army.",
     [["roadmap for elections", "the roadmap", "Bouznika roadmap"], ["ceasefire agreement", "Sirte ceasefire"]]),
    ("ar", "2024-03-14",
     "وقع طرفا النزاع في ليبيا اتفاقا لوقف إطلاق النار في جنيف، فيما لا يزال اتفاق الصخيرات الموقع عام 2015 "
     "الإطار السياسي للبلاد. ورحبت الأمم المتحدة بوقف إطلاق النار. وقال عقيلة صالح إن اتفاق الصخيرات انتهى.",
     [["اتفاقا لوقف إطلاق النار", "بوقف إطلاق النار"], ["اتفاق الصخيرات", "اتفاق الصخيرات#2"]]),
    ("ar", "2024-03-14",
     "وقع الجيش السوداني وقوات الدعم السريع في جدة يوم السبت اتفاقا لهدنة إنسانية. وتحل الهدنة محل اتفاق لوقف "
     "إطلاق النار أبرم في أديس أبابا في يناير وانهار خلال أيام. ورحبت الولايات المتحدة بالهدنة. وقالت قوات الدعم "
     "السريع إن اتفاق أديس أبابا لم يحترم قط.",
     [["اتفاقا لهدنة إنسانية", "الهدنة", "بالهدنة"], ["اتفاق لوقف إطلاق النار", "اتفاق أديس أبابا"]]),
    ("ar", "2024-03-14",
     "اتفقت الحكومة اليمنية وجماعة الحوثي الثلاثاء على تمديد الهدنة الأممية شهرين. وفي سياق منفصل، وقع الطرفان "
     "في مسقط اتفاقا لتبادل الأسرى. ورحب التحالف بقيادة السعودية باتفاق تبادل الأسرى. واتهم الحوثيون التحالف بخرق "
     "الهدنة.",
     [["الهدنة الأممية", "الهدنة#2"], ["اتفاقا لتبادل الأسرى", "باتفاق تبادل الأسرى"]]),
    ("en", "2026-04-10",
     "Yemen's government and the Southern Transitional Council signed a new power-sharing deal in Riyadh on Monday. "
     "The STC said the Riyadh agreement had never been implemented. Saudi Arabia welcomed the new deal.",
     [["new power-sharing deal", "new deal"], ["Riyadh agreement"]]),
    ("en", "2025-10-25",
     "Congo and the M23 signed a peace deal in Doha on Friday. It replaces a truce agreed in Luanda in March 2024. "
     "Kinshasa said the 2024 truce had never held. Rwanda welcomed the peace deal.",
     [["a peace deal", "the peace deal"], ["a truce", "2024 truce"]]),
    ("en", "2024-03-14",
     "Libya's rival governments agreed on Tuesday to extend the ceasefire around Sirte. In a separate development, "
     "the two parliaments signed an electoral agreement in Bouznika. The UN welcomed the electoral agreement. "
     "Haftar said the ceasefire would hold.",
     [["the ceasefire", "ceasefire would"], ["electoral agreement", "electoral agreement#2"]]),
    ("ar", "2024-03-14",
     "اتفق الجيش السوداني وقوات الدعم السريع الثلاثاء على تمديد الهدنة الإنسانية أسبوعا. ومن جهة أخرى، وقع الجيش في "
     "بورتسودان اتفاقا لتقاسم السلطة مع القوى المدنية. ورفضت قوات الدعم السريع الاتفاق.",
     [["الهدنة الإنسانية"], ["اتفاقا لتقاسم السلطة", "الاتفاق."]]),

]


def _span(text: str, phrase: str) -> tuple[int, int]:
    """The offsets of a phrase of the text ("phrase#2": its second occurrence)."""
    word, _, nth = phrase.partition("#")
    at = -1
    for _ in range(int(nth or 1)):
        at = text.index(word, at + 1)
    return at, at + len(word)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every agreement's nodes and mentions")
    args = ap.parse_args(argv)
    from explorer.extract.pipeline import extract_text

    agreements = split = pairs = merged = 0
    per_node: list[int] = []
    for lang, date, text, groups in ARTICLES:
        ex = extract_text(text, lang=lang, date_=date)
        ments = [(m.start, m.end, e.id, e.name) for e in ex.entities if e.kind == "agreement" for m in e.mentions]
        found = []
        for group in groups:
            spans = [_span(text, p) for p in group]
            nodes = {(eid, name) for s, e, eid, name in ments if any(s < b and a < e for a, b in spans)}
            found.append({eid for eid, _ in nodes})
            agreements += 1
            per_node.append(len(nodes))
            split += len(nodes) > 1
            if args.show or len(nodes) != 1:
                print(f"{lang} {date} {group[0]!r}: {len(nodes)} node(s) {sorted(n for _, n in nodes)}")
        for a, b in combinations(found, 2):
            pairs += 1
            if a & b:
                merged += 1
                print(f"{lang} {date} merged: {groups[0][0]!r} and another agreement share {sorted(a & b)}")
    mean = sum(per_node) / len(per_node)
    print(f"{len(ARTICLES)} articles, {agreements} agreements, {pairs} pairs; nodes per agreement {mean:.2f}")
    print(f"RESULT split_rate={split / agreements:.3f} merged_wrongly={merged / max(pairs, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
