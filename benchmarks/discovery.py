"""Discovery of actors the knowledge base does not know: made-up people and bodies of many conflicts, each set in
the same few news-style frames, in English and Arabic.

    python benchmarks/discovery.py [--misses] [--lang en|ar] [--what people|orgs]

A person or body counts as discovered when an entity of the right kind has a mention whose text is its name
(compared the way the scorer compares surface forms: case, punctuation, "the", and an Arabic clitic on the first
word aside). "surname" counts the later references by the last word of the name that join the full name.
"spurious" counts the people and bodies the extractor made up that are none of the listed ones (a title, a
place or a common noun taken for a name). The last line is `RESULT key=value …`.

The names are invented (no fact about anyone), spread over Sudan, Somalia, the Sahel, DR Congo, Ethiopia, Libya,
Yemen, Syria, Iraq, Afghanistan, Ukraine, the Caucasus, Lebanon, Gaza, Myanmar, Mozambique and the CAR.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# region: (city, town) in English and Arabic
PLACES = {
    "sd": (("Khartoum", "El Fasher"), ("الخرطوم", "الفاشر")),
    "so": (("Mogadishu", "Baidoa"), ("مقديشو", "بيدوا")),
    "sh": (("Bamako", "Gao"), ("باماكو", "غاو")),
    "cd": (("Kinshasa", "Goma"), ("كينشاسا", "غوما")),
    "et": (("Addis Ababa", "Mekelle"), ("أديس أبابا", "مقلي")),
    "ly": (("Tripoli", "Sirte"), ("طرابلس", "سرت")),
    "ye": (("Aden", "Marib"), ("عدن", "مأرب")),
    "sy": (("Damascus", "Idlib"), ("دمشق", "إدلب")),
    "iq": (("Baghdad", "Mosul"), ("بغداد", "الموصل")),
    "af": (("Kabul", "Kandahar"), ("كابول", "قندهار")),
    "ua": (("Kyiv", "Kharkiv"), ("كييف", "خاركيف")),
    "ca": (("Yerevan", "Goris"), ("يريفان", "غوريس")),
    "lb": (("Beirut", "Tyre"), ("بيروت", "صور")),
    "ps": (("Gaza", "Rafah"), ("غزة", "رفح")),
    "mm": (("Yangon", "Lashio"), ("يانغون", "لاشيو")),
    "mz": (("Maputo", "Pemba"), ("مابوتو", "بيمبا")),
    "cf": (("Bangui", "Bria"), ("بانغي", "بريا")),
}

# (English name, Arabic name, region): invented people
PEOPLE = [
    ("Osman Hamid Kodi", "عثمان حامد كودي", "sd"),
    ("Babiker Adam Tirab", "بابكر آدم تيراب", "sd"),
    ("Mubarak Ismail Dahab", "مبارك إسماعيل دهب", "sd"),
    ("Kamal Eddin Jabir", "كمال الدين جابر", "sd"),
    ("Hamza Idris Kabbashi", "حمزة إدريس كباشي", "sd"),
    ("Abdiweli Hassan Guled", "عبدولي حسن غوليد", "so"),
    ("Farhan Ali Dhuxul", "فرحان علي دوحول", "so"),
    ("Mustafa Abdi Warsame", "مصطفى عبدي وارسمي", "so"),
    ("Yusuf Moalim Ibrahim", "يوسف معلم إبراهيم", "so"),
    ("Amadou Ag Intalla", "أمادو آغ إنتالا", "sh"),
    ("Sidi Ould Bechir", "سيدي ولد البشير", "sh"),
    ("Boubacar Diallo Sangare", "بوبكر ديالو سانغاري", "sh"),
    ("Issoufou Maman Garba", "إيسوفو مامان غاربا", "sh"),
    ("Ibrahim Ag Mohamedine", "إبراهيم آغ محمدين", "sh"),
    ("Mohamed Lemine Ould Sidi", "محمد الأمين ولد سيدي", "sh"),
    ("Mamadou Sall Tounkara", "مامادو سال تونكارا", "sh"),
    ("Jean-Pierre Kalonji Mbuyi", "جان بيير كالونجي مبويي", "cd"),
    ("Ernest Mutombo Kasongo", "إرنست موتومبو كاسونغو", "cd"),
    ("Patrice Ilunga Tshibanda", "باتريس إيلونغا تشيباندا", "cd"),
    ("Tesfaye Gebremariam Alemu", "تسفاي جبريماريام ألمو", "et"),
    ("Haile Berhe Woldu", "هايلي برهي ولدو", "et"),
    ("Gebru Asfaw Kidane", "جبرو أسفاو كيداني", "et"),
    ("Salem Abdelhadi al-Warfalli", "سالم عبد الهادي الورفلي", "ly"),
    ("Faraj Miloud al-Obeidi", "فرج ميلود العبيدي", "ly"),
    ("Tarek Salah Bougrine", "طارق صلاح بوقرين", "ly"),
    ("Nasser Abdulrab al-Jaadi", "ناصر عبد ربه الجعدي", "ye"),
    ("Fadl Saleh al-Kuhlani", "فضل صالح الكحلاني", "ye"),
    ("Ali Hassan Jumaa", "علي حسن جمعة", "ye"),
    ("Khaled Fares al-Hamdan", "خالد فارس الحمدان", "sy"),
    ("Omar Jamil Shaabo", "عمر جميل شعبو", "sy"),
    ("Hazem Kadhim al-Saadi", "حازم كاظم الساعدي", "iq"),
    ("Qais Jabbar al-Mousawi", "قيس جبار الموسوي", "iq"),
    ("Anwar Jalal Dosky", "أنور جلال دوسكي", "iq"),
    ("Abdul Qadir Hanifi", "عبد القادر حنيفي", "af"),
    ("Mohammad Nabi Zadran", "محمد نبي زدران", "af"),
    ("Gul Rahman Wardak", "غل رحمن وردك", "af"),
    ("Taras Levchuk", "تاراس ليفتشوك", "ua"),
    ("Dmytro Horbenko", "دميترو هوربينكو", "ua"),
    ("Serhiy Tkachuk", "سيرغي تكاتشوك", "ua"),
    ("Armen Hovakimyan", "أرمين هوفاكيميان", "ca"),
    ("Rauf Mammadli", "رؤوف ممدلي", "ca"),
    ("Levon Ghukasyan", "ليفون غوكاسيان", "ca"),
    ("Elchin Huseynli", "إلتشين حسينلي", "ca"),
    ("Wissam Karim Haidar", "وسام كريم حيدر", "lb"),
    ("Hussein Ali Qansou", "حسين علي قانصو", "lb"),
    ("Maher Younis Abu Shamala", "ماهر يونس أبو شمالة", "ps"),
    ("Ayman Rashid Abu Daqqa", "أيمن رشيد أبو دقة", "ps"),
    ("Ziad Fuad Hamayel", "زياد فؤاد حمايل", "ps"),
    ("Nabil Tawfiq Sarhan", "نبيل توفيق سرحان", "ps"),
    ("Saw Kyaw Htun", "ساو كياو هتون", "mm"),
    ("Bernardo Machava Nhaca", "برناردو ماشافا نهاكا", "mz"),
    ("Thierry Ndakala Yangou", "تييري نداكالا يانغو", "cf"),
    ("Hissein Abakar Mahamat", "حسين أبكر ماحامات", "cf"),
    ("Suleiman bin Hamad al-Rawahi", "سليمان بن حمد الرواحي", "ye"),
    ("Faisal bin Nasser al-Otaibi", "فيصل بن ناصر العتيبي", "ye"),
    ("Adel Mansour al-Harbi", "عادل منصور الحربي", "ye"),
    ("Yacine Bouzid Mekki", "ياسين بوزيد مكي", "ly"),
    ("Abdelkarim Mahamat Saleh", "عبد الكريم ماحامات صالح", "sd"),
    ("Anas Mahmoud al-Shami", "أنس محمود الشامي", "sy"),
    ("Ramzi Hadi al-Kubaisi", "رمزي هادي الكبيسي", "iq"),
]

RANKS_EN = ["General", "Colonel", "Sheikh", "Dr.", "Brigadier General", "Major General"]
RANKS_AR = ["اللواء", "العقيد", "الشيخ", "الدكتور", "العميد", "الفريق أول"]
STATES_EN = ["Kenya", "Egypt", "Qatar", "Turkey", "Algeria", "Norway"]

PEOPLE_EN = [
    "{rank} {name} said on Tuesday that the fighters would withdraw from {town}.",
    "{name}, the group's spokesman, told reporters in {city} that the ceasefire was holding.",
    '"We will not hand over our weapons," said {name}, a commander of the rebel forces.',
    "{state}'s envoy {name} met the prime minister in {city} on Monday.",
    "The delegation, led by {name}, arrived in {city} late on Sunday. {surname} said the talks would last three days.",
    "Security forces arrested {name}, a senior official of the opposition party, in {city} on Thursday.",
]
PEOPLE_AR = [
    "وقال المتحدث باسم الحركة {name} إن المقاتلين انسحبوا من {town}.",
    "وأكد القيادي في الجبهة {name} أن المفاوضات ستستأنف الأسبوع المقبل.",
    "والتقى {rank} {name} وفدا من الأمم المتحدة في {city} يوم الأحد.",
    "{name}، رئيس المجلس المحلي في {city}، قال إن الوضع الإنساني صعب.",
    "ووصل {name} إلى {city} على رأس وفد الحكومة. وقال {surname} إن المحادثات ستستمر ثلاثة أيام.",
    "واعتقلت قوات الأمن {name}، أحد قادة المعارضة، في {city} يوم الخميس.",
]

# (English name, Arabic name, kind, region): invented bodies
ORGS = [
    ("Front for the Liberation of Kivu", "جبهة تحرير كيفو", "armed_group", "cd"),
    ("Azawad Salvation Movement", "حركة إنقاذ أزواد", "armed_group", "sh"),
    ("Sennar Liberation Army", "جيش تحرير سنار", "armed_group", "sd"),
    ("Martyr Abu Ali Brigade", "لواء الشهيد أبو علي", "armed_group", "sy"),
    ("Jubaland Defence Brigades", "كتائب الدفاع عن جوبالاند", "armed_group", "so"),
    ("Fezzan Revolutionary Brigades", "سرايا فزان الثورية", "armed_group", "ly"),
    ("Raya Liberation Front", "جبهة تحرير رايا", "armed_group", "et"),
    ("Ogaden Salvation Army", "جيش إنقاذ أوغادين", "armed_group", "et"),
    ("Liptako Self-Defence Movement", "حركة الدفاع الذاتي في ليبتاكو", "armed_group", "sh"),
    ("Nineveh Plains Protection Brigade", "لواء حماية سهل نينوى", "armed_group", "iq"),
    ("Wadi Hadramawt Shield Brigades", "ألوية درع وادي حضرموت", "armed_group", "ye"),
    ("Idlib Free Army", "جيش إدلب الحر", "armed_group", "sy"),
    ("Jazira Free Men Brigade", "لواء أحرار الجزيرة", "armed_group", "sy"),
    ("Army of the Southern Mountains", "جيش الجبال الجنوبية", "armed_group", "sy"),
    ("Jebel Marra Liberation Movement", "حركة تحرير جبل مرة", "armed_group", "sd"),
    ("Cabo Delgado Resistance Front", "جبهة مقاومة كابو ديلغادو", "armed_group", "mz"),
    ("Sagaing People's Defence Brigade", "لواء الدفاع الشعبي في ساغاينغ", "armed_group", "mm"),
    ("Rafah Martyrs Brigades", "كتائب شهداء رفح", "armed_group", "ps"),
    ("Nablus Free Battalion", "كتيبة نابلس الحرة", "armed_group", "ps"),
    ("Zintan Thunder Brigade", "لواء رعد الزنتان", "armed_group", "ly"),
    ("Upper Nile Popular Army", "الجيش الشعبي لأعالي النيل", "armed_group", "sd"),
    ("Kordofan Revolutionary Forces", "قوات كردفان الثورية", "armed_group", "sd"),
    ("Hindu Kush Resistance Front", "جبهة مقاومة هندوكوش", "armed_group", "af"),
    ("Donbas Volunteer Legion", "فيلق متطوعي دونباس", "armed_group", "ua"),
    ("Karabakh Liberation Army", "جيش تحرير كاراباخ", "armed_group", "ca"),
    ("Gedo Salvation Forces", "قوات إنقاذ جدو", "armed_group", "so"),
    ("Ouham Self-Defence Front", "جبهة الدفاع الذاتي في أوهام", "armed_group", "cf"),
    ("Kasai Revolutionary Army", "جيش كاساي الثوري", "armed_group", "cd"),
    ("Bekaa Resistance Brigades", "سرايا المقاومة في البقاع", "armed_group", "lb"),
    ("Marib Tribal Brigades", "ألوية قبائل مأرب", "armed_group", "ye"),
    ("National Committee for the Return of Displaced Persons", "اللجنة الوطنية لعودة النازحين", "organization", "sd"),
    ("Supreme Council of the Beja Tribes", "المجلس الأعلى لقبائل البجا", "organization", "sd"),
    ("Darfur Women's Union", "اتحاد نساء دارفور", "organization", "sd"),
    ("Galmudug Elders Council", "مجلس أعيان جلمدغ", "organization", "so"),
    ("Azawad Youth Coalition", "تحالف شباب أزواد", "organization", "sh"),
    ("Fezzan Unity Party", "حزب وحدة فزان", "organization", "ly"),
    ("Sabha Social Council", "المجلس الاجتماعي لسبها", "organization", "ly"),
    ("Taiz Civil Society Coalition", "تحالف المجتمع المدني في تعز", "organization", "ye"),
    ("Raqqa Tribal Council", "مجلس عشائر الرقة", "organization", "sy"),
    ("Anbar Tribal Salvation Council", "مجلس إنقاذ عشائر الأنبار", "organization", "iq"),
    ("Kabul Women's Solidarity Network", "شبكة تضامن نساء كابول", "organization", "af"),
    ("Kharkiv Civic Committee", "اللجنة المدنية في خاركيف", "organization", "ua"),
    ("Syunik Residents Union", "اتحاد سكان سيونيك", "organization", "ca"),
    ("Bekaa Farmers Association", "جمعية مزارعي البقاع", "organization", "lb"),
    ("Higher Committee for Prisoners' Affairs", "اللجنة العليا لشؤون الأسرى", "organization", "ps"),
    ("Omdurman Resistance Committees Coordination", "تنسيقية لجان المقاومة في أم درمان", "organization", "sd"),
    ("Wollo Peace Council", "مجلس سلام ولو", "organization", "et"),
    ("Puntland Democratic Alliance", "التحالف الديمقراطي في بونتلاند", "organization", "so"),
    ("Union of Sahel Patriots", "اتحاد وطنيي الساحل", "organization", "sh"),
    ("Union for Congolese Renewal", "الاتحاد من أجل التجديد الكونغولي", "organization", "cd"),
    ("Movement for Central African Unity", "حركة من أجل وحدة أفريقيا الوسطى", "organization", "cf"),
    ("Cabo Delgado Displaced Persons Association", "جمعية نازحي كابو ديلغادو", "organization", "mz"),
    ("Shan Democratic Forum", "منتدى شان الديمقراطي", "organization", "mm"),
    ("Mahra Tribal Council", "مجلس قبائل المهرة", "organization", "ye"),
    ("Ghat Reconciliation Committee", "لجنة المصالحة في غات", "organization", "ly"),
    ("Hama Negotiation Committee", "لجنة التفاوض في حماة", "organization", "sy"),
    ("Nineveh Reconstruction Council", "مجلس إعمار نينوى", "organization", "iq"),
    ("Mekelle Elders Committee", "لجنة حكماء مقلي", "organization", "et"),
    ("Gathering of Darfur Civil Forces", "تجمع القوى المدنية في دارفور", "organization", "sd"),
    ("National Party for Justice and Development", "الحزب الوطني للعدالة والتنمية", "organization", "sh"),
]

ORGS_EN = [
    "The {org} said in a statement on Friday that it rejected the government's proposal.",
    "Talks between the government and the {org} resumed in {city} on Monday.",
    "A spokesman for the {org} told AFP that its delegation would travel to {city}.",
    "{act}",
    "The army accused the {org} of blocking aid convoys near {town}.",
]
ACT_EN = {
    "armed_group": "Fighters of the {org} seized the town of {town} after heavy clashes.",
    "organization": "Members of the {org} met the United Nations envoy in {city} on Wednesday.",
}
ORGS_AR = [
    "و{said} {org} في بيان يوم الجمعة إن{her} ترفض مقترح الحكومة.",
    "واستؤنفت المحادثات بين الحكومة و{org} في {city} يوم الاثنين.",
    "وقال متحدث باسم {org} لوكالة فرانس برس إن وفدها سيتوجه إلى {city}.",
    "{act}",
    "واتهم الجيش {org} بعرقلة قوافل المساعدات قرب {town}.",
]
ACT_AR = {
    "armed_group": "وسيطر مقاتلو {org} على بلدة {town} بعد اشتباكات عنيفة.",
    "organization": "والتقى أعضاء في {org} المبعوث الأممي في {city} يوم الأربعاء.",
}
_FEMININE = ("كتائب", "سرايا", "ألوية", "قوات")  # broken plurals; a singular ending in «ة» is feminine too


def _texts_people(lang: str):
    for n, (en, ar, region) in enumerate(PEOPLE):
        (city, town) = PLACES[region][lang == "ar"]
        name = ar if lang == "ar" else en
        frames = PEOPLE_AR if lang == "ar" else PEOPLE_EN
        for t, frame in enumerate(frames):
            fill = {
                "name": name,
                "surname": name.split()[-1],
                "rank": (RANKS_AR if lang == "ar" else RANKS_EN)[(n + t) % 6],
                "state": STATES_EN[(n + t) % 6],
                "city": city,
                "town": town,
            }
            yield frame.format(**fill), name, "person", t


def _texts_orgs(lang: str):
    for en, ar, kind, region in ORGS:
        (city, town) = PLACES[region][lang == "ar"]
        name = ar if lang == "ar" else en
        first = ar.split()[0].removeprefix("ال")
        fem = first.endswith("ة") or first in _FEMININE
        frames, acts = (ORGS_AR, ACT_AR) if lang == "ar" else (ORGS_EN, ACT_EN)
        for t, frame in enumerate(frames):
            fill = {"org": name, "city": city, "town": town, "said": "قالت" if fem else "قال"}
            fill["her"] = "ها" if fem else "ه"
            text = frame.replace("{act}", acts[kind]).format(**fill)
            yield text, name, kind, t


def score(lang: str, what: str) -> dict:
    from explorer.evaluate import _forms
    from explorer.extract.pipeline import extract_text

    kinds = ("person",) if what == "people" else ("organization", "armed_group")
    texts = _texts_people(lang) if what == "people" else _texts_orgs(lang)
    out: dict = {"n": 0, "found": 0, "kind": 0, "spurious": 0, "surname": 0, "surname_n": 0, "by_frame": {}}
    out["misses"] = []
    for text, name, kind, frame in texts:
        ex = extract_text(text, lang=lang, date_="2024-05-10")
        want = _forms(name)
        ents = [e for e in ex.entities if e.kind in ("person", "organization", "armed_group")]
        hit = [e for e in ents if any(_forms(m.text) & want for m in e.mentions)]
        right = [e for e in hit if e.kind == kind]
        out["n"] += 1
        out["found"] += bool(hit)
        out["kind"] += bool(right)
        f = out["by_frame"].setdefault(frame, [0, 0])
        f[0] += bool(right)
        f[1] += 1
        if not right:
            got = sorted(f"{e.kind}:{m.text}" for e in ents for m in e.mentions)
            out["misses"].append((name, text, got))
        for e in ents:
            if not e.known and e.kind in kinds and e not in hit:
                out["spurious"] += 1
                out["misses"].append(("SPURIOUS " + e.kind, text, [m.text for m in e.mentions]))
        if what == "people" and "{surname}" in (PEOPLE_AR if lang == "ar" else PEOPLE_EN)[frame]:
            out["surname_n"] += 1
            last = _forms(name.split()[-1])
            out["surname"] += any(any(_forms(m.text) & last for m in e.mentions) for e in right)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--lang", choices=("en", "ar"))
    ap.add_argument("--what", choices=("people", "orgs"))
    args = ap.parse_args()
    result = {}
    for what in [args.what] if args.what else ["people", "orgs"]:
        for lang in [args.lang] if args.lang else ["en", "ar"]:
            r = score(lang, what)
            share = r["kind"] / max(r["n"], 1)
            result[f"{what}_{lang}"] = share
            frames = " ".join(f"{k}:{a}/{b}" for k, (a, b) in sorted(r["by_frame"].items()))
            line = f"{what} {lang}: right kind and span {r['kind']}/{r['n']} = {share:.3f} (any kind {r['found']})"
            line += f"  spurious {r['spurious']}  frames {frames}"
            if r["surname_n"]:
                line += f"  surname joined {r['surname']}/{r['surname_n']}"
            print(line)
            if args.misses:
                for name, text, got in r["misses"]:
                    print(f"  MISS {name}  | {text}  | got {got}")
    print("RESULT " + " ".join(f"{k}={v:.3f}" for k, v in result.items()))


if __name__ == "__main__":
    main()
