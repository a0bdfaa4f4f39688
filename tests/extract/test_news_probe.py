"""A construction probe written from news language, not from any evaluation set: plain sentences of the kind wire
reports carry, in both languages and across conflicts (Sudan, Ethiopia, Yemen, Libya, Ukraine, Myanmar, Colombia,
Afghanistan, Lebanon, the DRC, Somalia, the Sahel), with the relations a careful annotator would write. One table
per relation type: (language, date, sentence, [(source, target), ...]); every sentence was written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _has(lang: str, date: str, text: str, rtype: str, pairs: list[tuple[str, str]], symmetric: bool = False) -> None:
    rels = {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}
    for src, tgt in pairs:
        found = (src, rtype, tgt) in rels or (symmetric and (tgt, rtype, src) in rels)
        assert found, (src, rtype, tgt, sorted(rels))


SUPPORTS = [
    ("en", "2023-06-01", "Egypt called on the Sudanese army and the RSF to respect the"
     " truce.", [("state:egy", "agr:jeddah-ceasefire-2023")]),
    ("en", "2020-10-23", "Turkey backed the Government of National Accord with drones and"
     " advisers.", [("state:tur", "org:gna")]),
    ("en", "2020-10-23", "Russia's backing of Khalifa Haftar has worried"
     " Washington.", [("state:rus", "person:khalifa-haftar")]),
    ("en", "2020-10-23", "Egypt voiced its support for the Libyan National Army.", [("state:egy", "group:lna")]),
    ("en", "2022-03-01", "Poland and the Baltic states pledged military aid to Ukraine.", [("state:pol", "state:ukr")]),
    ("en", "2022-03-01", "Germany agreed to supply tanks to Ukraine.", [("state:deu", "state:ukr")]),
    ("en", "2022-07-22", "Antonio Guterres welcomed the Black Sea Grain"
     " Initiative.", [("person:antonio-guterres", "agr:black-sea-grain-initiative-2022")]),
    ("en", "2021-04-01", "The National Unity Government welcomed the five-point"
     " consensus.", [("org:nug-myanmar", "agr:asean-five-point-consensus-2021")]),
    ("en", "2024-11-27", "Najib Mikati welcomed the ceasefire agreement between Israel and"
     " Lebanon.", [("person:najib-mikati", "agr:israel-lebanon-ceasefire-2024")]),
    ("en", "2024-11-27", "Iran voiced support for Hezbollah.", [("state:irn", "group:hezbollah")]),
    ("en", "2023-01-01", "UN experts said Rwanda was supporting the M23.", [("state:rwa", "group:m23")]),
    ("en", "2022-01-01", "Turkey has trained Somali troops and supplied drones to the government in"
     " Mogadishu.", [("state:tur", "state:som")]),
    ("en", "2023-08-01", "Russia expressed support for the junta in Niger.", [("state:rus", "org:cnsp-niger")]),
    ("en", "2019-01-01", "Iran has been sending weapons to the Houthis for years.", [("state:irn", "group:houthis")]),
    ("en", "2015-01-01", "Russia propped up the Assad government for"  # (a leader's government is his state,
     " years.", [("state:rus", "state:syr")]),  # as the dev conventions' «حكومة هادي» is Yemen)
    ("en", "2001-01-01", "Pakistan harboured the Taliban leadership after 2001.", [("state:pak", "group:taliban")]),
    ("en", "2023-01-01", "The UAE has been delivering weapons to the Rapid Support Forces through"
     " Chad.", [("state:are", "group:rsf")]),
    ("ar", "2023-05-12", "رحبت السعودية بإعلان جدة الذي وقعه الجيش السوداني وقوات الدعم"
     " السريع.", [("state:sau", "agr:jeddah-declaration-2023")]),
    ("ar", "2023-05-12", "أكدت مصر دعمها للجيش السوداني في مواجهة قوات الدعم السريع.", [("state:egy", "org:saf")]),
    ("ar", "2022-11-03", "وأعلنت الولايات المتحدة دعمها لاتفاق"
     " بريتوريا.", [("state:usa", "agr:pretoria-agreement-2022")]),
    ("ar", "2018-12-13", "ودعت سلطنة عمان الحوثيين إلى الالتزام باتفاق"
     " ستوكهولم.", [("state:omn", "agr:stockholm-agreement-2018")]),
    ("ar", "2020-10-23", "وتدعم تركيا حكومة الوفاق الوطني بالطائرات المسيرة والمستشارين"
     " العسكريين.", [("state:tur", "org:gna")]),
    ("ar", "2020-10-23", "وأثار دعم روسيا لخليفة حفتر قلق واشنطن.", [("state:rus", "person:khalifa-haftar")]),
    ("ar", "2020-10-23", "وأكدت الإمارات ومصر دعمهما للجيش الوطني"
     " الليبي.", [("state:are", "group:lna"), ("state:egy", "group:lna")]),
    ("ar", "2022-03-01", "وتعهدت بولندا بتقديم مساعدات عسكرية لأوكرانيا.", [("state:pol", "state:ukr")]),
    ("ar", "2022-03-01", "وقررت ألمانيا تزويد أوكرانيا بدبابات ليوبارد.", [("state:deu", "state:ukr")]),
    ("ar", "2022-07-22", "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بمبادرة حبوب البحر"
     " الأسود.", [("person:antonio-guterres", "agr:black-sea-grain-initiative-2022")]),
    ("ar", "2024-11-27", "ورحب رئيس الحكومة اللبنانية نجيب ميقاتي باتفاق وقف إطلاق"
     " النار.", [("person:najib-mikati", "agr:israel-lebanon-ceasefire-2024")]),
    ("ar", "2024-11-27", "وجددت إيران دعمها لحزب الله.", [("state:irn", "group:hezbollah")]),
    ("ar", "2022-05-01", "وقدمت تركيا دعما عسكريا للحكومة الصومالية في حربها ضد حركة"
     " الشباب.", [("state:tur", "state:som")]),
    ("ar", "2023-08-01", "وأعربت روسيا عن دعمها للمجلس العسكري في النيجر.", [("state:rus", "org:cnsp-niger")]),
    ("ar", "2024-09-01", "وأرسلت مصر شحنات أسلحة إلى الصومال.", [("state:egy", "state:som")]),
    ("ar", "2019-01-01", "وأرسلت إيران شحنة أسلحة إلى الحوثيين.", [("state:irn", "group:houthis")]),
    ("ar", "2023-01-01", "وترسل روسيا شحنات من الأسلحة إلى المجلس العسكري في مالي.", [("state:rus", "org:cnsp-mali")]),
    ("ar", "2023-01-01", "وتسلمت أوكرانيا شحنة أسلحة من ألمانيا.", [("state:deu", "state:ukr")]),
    ("ar", "2019-01-01", "وواصلت إيران تزويد الحوثيين بالصواريخ والطائرات المسيرة.", [("state:irn", "group:houthis")]),
    ("ar", "2023-01-01", "ووعدت الولايات المتحدة بتقديم مساعدات إضافية للجيش"
     " اللبناني.", [("state:usa", "org:lebanese-army")]),
    ("en", "2022-03-01", "Germany and France pledged to keep backing"
     " Ukraine.", [("state:deu", "state:ukr"), ("state:fra", "state:ukr")]),
    ("en", "2022-01-01", "Iran is the main backer of the Houthis.", [("state:irn", "group:houthis")]),
    ("en", "2023-01-01", "Wagner fighters have backed the Malian army since 2021.", [("group:wagner", "org:fama")]),
    ("en", "2023-01-01", "The Arab League expressed solidarity with Somalia.", [("org:arab-league", "state:som")]),
    ("en", "2024-01-01", "Hezbollah's backing of Hamas drew Israeli strikes.", [("group:hezbollah", "group:hamas")]),
    ("en", "2022-11-03", "Abiy Ahmed hailed the Pretoria agreement as a new"
     " chapter.", [("person:abiy-ahmed", "agr:pretoria-agreement-2022")]),
    ("ar", "2023-05-12", "وجدد الرئيس المصري عبد الفتاح السيسي دعم مصر لوحدة السودان.", [("state:egy", "state:sdn")]),
    ("ar", "2020-06-01", "وجدد السيسي دعم مصر لأمن واستقرار ليبيا.", [("state:egy", "state:lby")]),
    ("ar", "2023-01-01", "وأكد أمير قطر دعم بلاده لسيادة الصومال ووحدة أراضيه.", [("state:qat", "state:som")]),
    ("en", "2023-05-12", "Egypt reiterated its support for the unity and stability of"
     " Sudan.", [("state:egy", "state:sdn")]),
    ("en", "2023-01-01", "Japan reaffirmed its support for the sovereignty and territorial integrity"
     " of Ukraine.", [("state:jpn", "state:ukr")]),
    ("en", "2023-01-01", "Kenya voiced support for the security and stability of"
     " Somalia.", [("state:ken", "state:som")]),
    ("en", "2023-05-12", "Saudi Arabia welcomed the Jeddah Declaration signed by the Sudanese army"
     " and the Rapid Support Forces.", [("state:sau", "agr:jeddah-declaration-2023")]),
    ("en", "2019-11-05", "Egypt welcomed the Riyadh Agreement signed by the Yemeni government and"
     " the Southern Transitional Council.", [("state:egy", "agr:riyadh-agreement-2019")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", SUPPORTS)
def test_supports(lang, date, text, pairs):
    _has(lang, date, text, "supports", pairs)


STATES = [
    ("en", "2020-10-03", "Abdel Fattah al-Burhan told reporters that the Juba Peace Agreement would"
     " end the war in Darfur.", [("person:abdel-fattah-al-burhan", "agr:juba-peace-2020")]),
    ("en", "2022-11-04", "Abiy Ahmed said the Pretoria agreement was a victory for all"
     " Ethiopians.", [("person:abiy-ahmed", "agr:pretoria-agreement-2022")]),
    ("en", "2015-02-12", "Vladimir Putin said the Minsk agreements remained the only basis for a"
     " settlement.", [("person:vladimir-putin", "agr:minsk-ii-2015")]),
    ("en", "2020-02-29", "Zalmay Khalilzad said the Doha Agreement would open the way to"
     " intra-Afghan talks.", [("person:zalmay-khalilzad", "agr:us-taliban-doha-2020")]),
    ("ar", "2020-10-03", "وقال رئيس مجلس السيادة عبد الفتاح البرهان إن اتفاق جوبا للسلام سينهي الحرب"
     " في دارفور.", [("person:abdel-fattah-al-burhan", "agr:juba-peace-2020")]),
    ("ar", "2022-11-03", "وقال رئيس الوزراء الإثيوبي آبي أحمد إن اتفاق بريتوريا انتصار لجميع"
     " الإثيوبيين.", [("person:abiy-ahmed", "agr:pretoria-agreement-2022")]),
    ("ar", "2015-02-12", "وقال الرئيس الروسي فلاديمير بوتين إن اتفاقيات مينسك تظل الأساس الوحيد"
     " للتسوية.", [("person:vladimir-putin", "agr:minsk-ii-2015")]),
    ("ar", "2020-02-29", "وقال المبعوث الأمريكي زلماي خليل زاد إن اتفاق الدوحة سيفتح الطريق أمام"
     " المفاوضات الأفغانية.", [("person:zalmay-khalilzad", "agr:us-taliban-doha-2020")]),
    ("en", "2022-11-04", "Abiy Ahmed told parliament that the Pretoria agreement had silenced the"
     " guns.", [("person:abiy-ahmed", "agr:pretoria-agreement-2022")]),
    ("en", "2020-02-29", "Zalmay Khalilzad told the BBC that the Doha Agreement was a historic"
     " opportunity.", [("person:zalmay-khalilzad", "agr:us-taliban-doha-2020")]),
    ("en", "2018-12-13", "According to Martin Griffiths, the Stockholm Agreement covers Hodeidah and"
     " Taiz.", [("person:martin-griffiths", "agr:stockholm-agreement-2018")]),
    ("en", "2022-11-04", "The Pretoria agreement, Getachew Reda said, must be implemented in"
     " full.", [("person:getachew-reda", "agr:pretoria-agreement-2022")]),
    ("en", "2019-11-05", "Mohammed bin Salman described the Riyadh Agreement as a new era for"
     " Yemen.", [("person:mohammed-bin-salman", "agr:riyadh-agreement-2019")]),
    ("en", "2022-07-22", "\"The Black Sea Grain Initiative is a beacon of hope,\" Antonio Guterres"
     " said.", [("person:antonio-guterres", "agr:black-sea-grain-initiative-2022")]),
    ("en", "2024-11-27", "Najib Mikati said on Wednesday that Lebanon would abide by the ceasefire"
     " agreement.", [("person:najib-mikati", "agr:israel-lebanon-ceasefire-2024")]),
    ("ar", "2020-10-03", "وقال الهادي إدريس إن اتفاق جوبا للسلام يعالج جذور"
     " الأزمة.", [("person:al-hadi-idris", "agr:juba-peace-2020")]),
    ("ar", "2022-11-03", "واعتبر آبي أحمد أن اتفاق بريتوريا يفتح صفحة"
     " جديدة.", [("person:abiy-ahmed", "agr:pretoria-agreement-2022")]),
    ("ar", "2019-11-05", "ووصف محمد بن سلمان اتفاق الرياض بأنه خطوة"
     " مهمة.", [("person:mohammed-bin-salman", "agr:riyadh-agreement-2019")]),
    ("ar", "2018-12-13", "ورأى مارتن غريفيث في اتفاق ستوكهولم بداية لمسار"
     " السلام.", [("person:martin-griffiths", "agr:stockholm-agreement-2018")]),
    ("ar", "2020-02-29", "وأكد زلماي خليل زاد أن اتفاق الدوحة لا يتضمن بنودا"
     " سرية.", [("person:zalmay-khalilzad", "agr:us-taliban-doha-2020")]),
    ("ar", "2024-11-27", "وقال نجيب ميقاتي في بيان إن لبنان ملتزم باتفاق وقف إطلاق"
     " النار.", [("person:najib-mikati", "agr:israel-lebanon-ceasefire-2024")]),
    ("ar", "2015-02-12", "وأشار فلاديمير بوتين إلى أن اتفاقيات مينسك لا بديل"
     " لها.", [("person:vladimir-putin", "agr:minsk-ii-2015")]),
    ("en", "2019-11-05", "Mohammed bin Salman described the Riyadh Agreement as an important"
     " step.", [("person:mohammed-bin-salman", "agr:riyadh-agreement-2019")]),
    ("en", "2020-02-29", "Zalmay Khalilzad stressed that the Doha Agreement contained no secret"
     " annexes.", [("person:zalmay-khalilzad", "agr:us-taliban-doha-2020")]),
    ("en", "2024-11-27", "In a statement, Najib Mikati said Lebanon was committed to the ceasefire"
     " agreement.", [("person:najib-mikati", "agr:israel-lebanon-ceasefire-2024")]),
    ("en", "2015-02-12", "Vladimir Putin pointed out that there was no alternative to the Minsk"
     " agreements.", [("person:vladimir-putin", "agr:minsk-ii-2015")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", STATES)
def test_states(lang, date, text, pairs):
    _has(lang, date, text, "states", pairs)


AGREES_WITH = [
    ("en", "2023-06-01", "Both the Sudanese army and the RSF signed the Jeddah Short-Term Ceasefire"
     " Agreement on Monday.", [("org:saf", "agr:jeddah-ceasefire-2023"), ("group:rsf", "agr:jeddah-ceasefire-2023")]),
    ("en", "2020-10-03", "Minni Minnawi, a leader of the Sudan Liberation Movement, signed the Juba"
     " Peace Agreement.", [("person:minni-minnawi", "agr:juba-peace-2020")]),
    ("en", "2022-11-03", "Ethiopia and the TPLF signed the Pretoria agreement to end two years of"
     " war.", [("state:eth", "agr:pretoria-agreement-2022"), ("group:tplf", "agr:pretoria-agreement-2022")]),
    ("en", "2018-12-13", "The Yemeni government and the Houthis agreed on the Stockholm Agreement"
     " after a week of talks in Sweden.",
     [
         ("state:yem", "agr:stockholm-agreement-2018"),
         ("group:houthis", "agr:stockholm-agreement-2018"),
     ]),
    ("en", "2019-11-05", "Saudi Arabia brokered the Riyadh Agreement between the Yemeni government"
     " and the Southern Transitional Council.",
     [
         ("state:yem", "agr:riyadh-agreement-2019"),
         ("org:stc", "agr:riyadh-agreement-2019"),
     ]),
    ("en", "2019-11-05", "Aidarous al-Zubaidi, the head of the Southern Transitional Council, signed"
     " the Riyadh Agreement.", [("person:aidarous-al-zubaidi", "agr:riyadh-agreement-2019")]),
    ("en", "2020-10-23", "The Government of National Accord and the Libyan National Army signed a"
     " permanent ceasefire in Geneva.", [("org:gna", "agr:libya-ceasefire-2020")]),
    ("en", "2022-07-22", "Ukraine and Russia signed the Black Sea Grain Initiative in"
     " Istanbul.",
     [
         ("state:ukr", "agr:black-sea-grain-initiative-2022"),
         ("state:rus", "agr:black-sea-grain-initiative-2022"),
     ]),
    ("en", "2021-04-01", "Min Aung Hlaing agreed to the five-point consensus at the ASEAN summit in"
     " Jakarta.", [("person:min-aung-hlaing", "agr:asean-five-point-consensus-2021")]),
    ("en", "2016-11-24", "Juan Manuel Santos and Rodrigo Londono signed the peace agreement in"
     " Bogota.",
     [
         ("person:juan-manuel-santos", "agr:colombia-final-agreement-2016"),
         ("person:rodrigo-londono", "agr:colombia-final-agreement-2016"),
     ]),
    ("en", "2020-02-29", "The United States and the Taliban signed the Doha Agreement on"
     " Saturday.", [("state:usa", "agr:us-taliban-doha-2020"), ("group:taliban", "agr:us-taliban-doha-2020")]),
    ("en", "2024-11-27", "Israel and Hezbollah accepted the ceasefire brokered by the United States"
     " and France.",
     [
         ("state:isr", "agr:israel-lebanon-ceasefire-2024"),
         ("group:hezbollah", "agr:israel-lebanon-ceasefire-2024"),
     ]),
    ("en", "2006-08-12", "Lebanon accepted Resolution 1701.", [("state:lbn", "agr:unscr-1701")]),
    ("en", "2022-11-23", "Kenya, Angola and the DRC endorsed the Luanda"
     " communique.",
     [
         ("state:ken", "agr:luanda-communique-2022"),
         ("state:ago", "agr:luanda-communique-2022"),
         ("state:cod", "agr:luanda-communique-2022"),
     ]),
    ("en", "2015-06-20", "The Coordination of Azawad Movements signed the Algiers accord in"
     " Bamako.", [("group:cma-mali", "agr:algiers-mali-2015")]),
    ("ar", "2023-05-12", "رحبت السعودية بإعلان جدة الذي وقعه الجيش السوداني وقوات الدعم"
     " السريع.", [("org:saf", "agr:jeddah-declaration-2023"), ("group:rsf", "agr:jeddah-declaration-2023")]),
    ("ar", "2023-05-12", "وقعت كل من القوات المسلحة السودانية وقوات الدعم السريع على إعلان"
     " جدة.", [("org:saf", "agr:jeddah-declaration-2023"), ("group:rsf", "agr:jeddah-declaration-2023")]),
    ("ar", "2020-10-03", "ووقع مني أركو مناوي، رئيس حركة تحرير السودان، على اتفاق جوبا"
     " للسلام.", [("person:minni-minnawi", "agr:juba-peace-2020")]),
    ("ar", "2022-11-03", "وقعت الحكومة الإثيوبية وجبهة تحرير تيغراي اتفاق بريتوريا لوقف الأعمال"
     " العدائية.", [("state:eth", "agr:pretoria-agreement-2022"), ("group:tplf", "agr:pretoria-agreement-2022")]),
    ("ar", "2018-12-13", "وتوصلت الحكومة اليمنية والحوثيون إلى اتفاق ستوكهولم بعد أسبوع من المشاورات"
     " في السويد.", [("state:yem", "agr:stockholm-agreement-2018"), ("group:houthis", "agr:stockholm-agreement-2018")]),
    ("ar", "2019-11-05", "ووقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي اتفاق الرياض برعاية"
     " سعودية.", [("state:yem", "agr:riyadh-agreement-2019"), ("org:stc", "agr:riyadh-agreement-2019")]),
    ("ar", "2019-11-05", "وأعلن رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي التزام المجلس باتفاق"
     " الرياض.", [("org:stc", "agr:riyadh-agreement-2019")]),
    ("ar", "2020-10-23", "ووقع وفدا حكومة الوفاق الوطني والجيش الوطني الليبي اتفاق وقف إطلاق النار"
     " الدائم في جنيف.", [("org:gna", "agr:libya-ceasefire-2020"), ("group:lna", "agr:libya-ceasefire-2020")]),
    ("ar", "2022-07-22", "ووقعت أوكرانيا وروسيا على مبادرة حبوب البحر الأسود في"
     " إسطنبول.",
     [
         ("state:ukr", "agr:black-sea-grain-initiative-2022"),
         ("state:rus", "agr:black-sea-grain-initiative-2022"),
     ]),
    ("ar", "2021-04-24", "ووافق قائد المجلس العسكري في ميانمار مين أونغ هلاينغ على خطة التوافق"
     " الخماسية لآسيان.", [("person:min-aung-hlaing", "agr:asean-five-point-consensus-2021")]),
    ("ar", "2016-11-24", "ووقع الرئيس الكولومبي خوان مانويل سانتوس وزعيم فارك رودريغو لوندونيو اتفاق"
     " السلام في بوغوتا.",
     [
         ("person:juan-manuel-santos", "agr:colombia-final-agreement-2016"),
         ("person:rodrigo-londono", "agr:colombia-final-agreement-2016"),
     ]),
    ("ar", "2020-02-29", "ووقعت الولايات المتحدة وحركة طالبان اتفاق الدوحة يوم"
     " السبت.", [("state:usa", "agr:us-taliban-doha-2020"), ("group:taliban", "agr:us-taliban-doha-2020")]),
    ("ar", "2024-11-27", "ووافقت كل من إسرائيل وحزب الله على اتفاق وقف إطلاق النار بوساطة أمريكية"
     " وفرنسية.",
     [
         ("state:isr", "agr:israel-lebanon-ceasefire-2024"),
         ("group:hezbollah", "agr:israel-lebanon-ceasefire-2024"),
     ]),
    ("ar", "2006-08-12", "ووافقت الحكومة اللبنانية على القرار 1701.", [("state:lbn", "agr:unscr-1701")]),
    ("ar", "2015-06-20", "ووقعت تنسيقية حركات أزواد على اتفاق الجزائر في"
     " باماكو.", [("group:cma-mali", "agr:algiers-mali-2015")]),
    ("en", "2018-12-13", "The Stockholm Agreement, which the Houthis and the government signed in"
     " December, has barely been implemented.", [("group:houthis", "agr:stockholm-agreement-2018")]),
    ("en", "2020-02-29", "The Taliban, which signed the Doha Agreement with Washington, promised to"
     " cut ties with al-Qaeda.", [("group:taliban", "agr:us-taliban-doha-2020")]),
    ("en", "2022-11-03", "The TPLF's acceptance of the Pretoria agreement surprised many"
     " observers.", [("group:tplf", "agr:pretoria-agreement-2022")]),
    ("en", "2019-11-05", "The Southern Transitional Council committed to the Riyadh"
     " Agreement.", [("org:stc", "agr:riyadh-agreement-2019")]),
    ("en", "2022-07-22", "Russia pulled out of the Black Sea Grain Initiative a year after signing"
     " it.", [("state:rus", "agr:black-sea-grain-initiative-2022")]),
    ("en", "2021-04-24", "Min Aung Hlaing endorsed the five-point consensus but did not implement"
     " it.", [("person:min-aung-hlaing", "agr:asean-five-point-consensus-2021")]),
    ("en", "2023-05-12", "Representatives of the Sudanese army and the RSF signed the Jeddah"
     " Declaration on Thursday.",
     [
         ("org:saf", "agr:jeddah-declaration-2023"),
         ("group:rsf", "agr:jeddah-declaration-2023"),
     ]),
    ("en", "2018-12-13", "Both the Houthis and the Yemeni government signed the Stockholm"
     " Agreement.", [("group:houthis", "agr:stockholm-agreement-2018"), ("state:yem", "agr:stockholm-agreement-2018")]),
    ("ar", "2020-10-03", "ووقع عن الحكومة السودانية محمد حمدان دقلو وعن الجبهة الثورية الهادي إدريس"
     " على اتفاق جوبا للسلام.",
     [
         ("person:mohamed-hamdan-dagalo", "agr:juba-peace-2020"),
         ("person:al-hadi-idris", "agr:juba-peace-2020"),
     ]),
    ("ar", "2019-11-05", "وينص اتفاق الرياض الموقع بين الحكومة اليمنية والمجلس الانتقالي الجنوبي على"
     " تشكيل حكومة جديدة.", [("state:yem", "agr:riyadh-agreement-2019"), ("org:stc", "agr:riyadh-agreement-2019")]),
    ("ar", "2023-05-12", "وأعلنت قوات الدعم السريع موافقتها على إعلان"
     " جدة.", [("group:rsf", "agr:jeddah-declaration-2023")]),
    ("ar", "2022-11-03", "وأكدت جبهة تحرير تيغراي التزامها باتفاق"
     " بريتوريا.", [("group:tplf", "agr:pretoria-agreement-2022")]),
    ("ar", "2016-11-30", "وصادق الكونغرس الكولومبي على اتفاق السلام مع"
     " فارك.", [("org:parliament-col", "agr:colombia-final-agreement-2016")]),
    ("ar", "2018-12-13", "ووافقت الحكومة اليمنية والحوثيون على اتفاق"
     " ستوكهولم.", [("state:yem", "agr:stockholm-agreement-2018"), ("group:houthis", "agr:stockholm-agreement-2018")]),
    ("ar", "2020-02-29", "وتعهدت حركة طالبان بموجب اتفاق الدوحة بقطع علاقاتها مع تنظيم"
     " القاعدة.", [("group:taliban", "agr:us-taliban-doha-2020")]),
    ("ar", "2015-06-20", "وانضمت تنسيقية حركات أزواد إلى اتفاق الجزائر بعد أسابيع من توقيع الحكومة"
     " المالية عليه.", [("group:cma-mali", "agr:algiers-mali-2015")]),
    ("ar", "2022-07-22", "وأعلن وزير البنية التحتية الأوكراني أولكسندر كوبراكوف توقيعه على مبادرة"
     " حبوب البحر الأسود.", [("person:oleksandr-kubrakov", "agr:black-sea-grain-initiative-2022")]),
    ("en", "2020-10-03", "The Juba Peace Agreement was signed by Mohamed Hamdan Dagalo on behalf of"
     " the government.", [("person:mohamed-hamdan-dagalo", "agr:juba-peace-2020")]),
    ("en", "2022-11-03", "The TPLF reaffirmed its commitment to the Pretoria"
     " agreement.", [("group:tplf", "agr:pretoria-agreement-2022")]),
    ("en", "2023-05-12", "The RSF said it accepted the Jeddah"
     " Declaration.", [("group:rsf", "agr:jeddah-declaration-2023")]),
    ("en", "2018-12-13", "Under the Stockholm Agreement, signed by the Houthis and the government,"
     " both sides must leave Hodeidah.", [("group:houthis", "agr:stockholm-agreement-2018")]),
    ("en", "2020-02-29", "Under the Doha Agreement, the Taliban pledged to cut ties with"
     " al-Qaeda.", [("group:taliban", "agr:us-taliban-doha-2020")]),
    ("en", "2024-11-27", "Hezbollah accepted the ceasefire agreement with"
     " Israel.", [("group:hezbollah", "agr:israel-lebanon-ceasefire-2024")]),
    ("en", "2022-07-22", "Oleksandr Kubrakov signed the Black Sea Grain Initiative for"
     " Ukraine.", [("person:oleksandr-kubrakov", "agr:black-sea-grain-initiative-2022")]),
    ("ar", "2020-03-01", "وتعهدت حركة طالبان بموجب اتفاق الدوحة بقطع علاقاتها مع تنظيم"
     " القاعدة.", [("group:taliban", "agr:us-taliban-doha-2020")]),
    ("en", "2020-03-01", "The Taliban pledged under the Doha Agreement to cut ties with"
     " al-Qaeda.", [("group:taliban", "agr:us-taliban-doha-2020")]),
    ("en", "2019-01-01", "Russia deployed military police in Idlib under the Sochi"
     " memorandum.", [("state:rus", "agr:sochi-idlib-memo-2018")]),
    ("ar", "2023-01-10", "وسلمت جبهة تحرير تيغراي أسلحتها الثقيلة بموجب اتفاق"
     " بريتوريا.", [("group:tplf", "agr:pretoria-agreement-2022")]),
    ("ar", "2019-01-01", "وأفرج الحوثيون عن مئات الأسرى بموجب اتفاق"
     " ستوكهولم.", [("group:houthis", "agr:stockholm-agreement-2018")]),
    ("en", "2024-12-05", "Israel must withdraw from southern Lebanon within 60 days under the"
     " ceasefire agreement of November 2024.", [("state:isr", "agr:israel-lebanon-ceasefire-2024")]),
    ("en", "2023-05-12", "Saudi Arabia welcomed the Jeddah Declaration signed by the Sudanese army"
     " and the Rapid Support Forces.",
     [
         ("org:saf", "agr:jeddah-declaration-2023"),
         ("group:rsf", "agr:jeddah-declaration-2023"),
     ]),
    ("en", "2019-11-05", "Egypt welcomed the Riyadh Agreement signed by the Yemeni government and"
     " the Southern Transitional Council.",
     [
         ("state:yem", "agr:riyadh-agreement-2019"),
         ("org:stc", "agr:riyadh-agreement-2019"),
     ]),
    ("en", "2022-11-03", "Kenya praised the Pretoria agreement signed by Ethiopia and the"
     " TPLF.", [("state:eth", "agr:pretoria-agreement-2022"), ("group:tplf", "agr:pretoria-agreement-2022")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", AGREES_WITH)
def test_agrees_with(lang, date, text, pairs):
    _has(lang, date, text, "agrees_with", pairs)


MEMBER_OF = [
    ("en", "2022-11-04", "Getachew Reda, a senior member of the TPLF, said the agreement would be"
     " implemented.", [("person:getachew-reda", "group:tplf")]),
    ("en", "2023-06-01", "Finland became a member of NATO in April.", [("state:fin", "org:nato")]),
    ("en", "2023-06-01", "Sweden joined NATO after Turkey lifted its objections.", [("state:swe", "org:nato")]),
    ("en", "2023-06-01", "Hungary, a member of the European Union, opposed new sanctions.", [("state:hun", "org:eu")]),
    ("en", "2016-11-24", "Ivan Marquez, a member of the FARC negotiating team, said the rebels would"
     " lay down their weapons.", [("person:ivan-marquez", "group:farc")]),
    ("en", "2023-01-01", "Uganda, a member of the East African Community, sent troops to eastern"
     " Congo.", [("state:uga", "org:eac")]),
    ("ar", "2021-03-01", "وأكد المتحدث باسم الحوثيين محمد عبد السلام أن الجماعة ترفض المبادرة"
     " السعودية.", [("person:mohammed-abdulsalam", "group:houthis")]),
    ("ar", "2023-04-04", "وانضمت فنلندا إلى حلف شمال الأطلسي في أبريل.", [("state:fin", "org:nato")]),
    ("ar", "2023-04-04", "وأصبحت السويد عضوا في حلف الناتو بعد أن رفعت تركيا اعتراضاتها.", [("state:swe", "org:nato")]),
    ("ar", "2023-04-04", "وعارضت المجر، العضو في الاتحاد الأوروبي، العقوبات الجديدة.", [("state:hun", "org:eu")]),
    ("ar", "2023-01-01", "وأرسلت أوغندا، العضو في مجموعة شرق أفريقيا، قوات إلى شرق"
     " الكونغو.", [("state:uga", "org:eac")]),
    ("ar", "2023-09-16", "وأسست مالي وبوركينا فاسو والنيجر تحالف دول"
     " الساحل.", [("state:mli", "org:aes"), ("state:bfa", "org:aes"), ("state:ner", "org:aes")]),
    ("en", "2023-03-01", "Somalia joined the East African Community in 2023.", [("state:som", "org:eac")]),
    ("en", "2024-01-01", "Ethiopia, Egypt, Iran and the UAE joined the BRICS"
     " group.",
     [
         ("state:eth", "org:brics"),
         ("state:egy", "org:brics"),
         ("state:irn", "org:brics"),
         ("state:are", "org:brics"),
     ]),
    ("en", "2023-04-04", "Finland's accession to NATO doubled the alliance's border with"
     " Russia.", [("state:fin", "org:nato")]),
    ("en", "2023-03-01", "Egypt is a founding member of the Arab League.", [("state:egy", "org:arab-league")]),
    ("en", "2023-03-01", "Mali was a founding member of the Alliance of Sahel States.", [("state:mli", "org:aes")]),
    ("en", "2023-03-01", "Ethiopia, a founding member of the African Union, hosts its"
     " headquarters.", [("state:eth", "org:african-union")]),
    ("en", "2023-03-01", "Russia, a permanent member of the UN Security Council, vetoed the"
     " draft.", [("state:rus", "org:unsc")]),
    ("en", "2023-03-01", "Mozambique, a non-permanent member of the Security Council,"
     " abstained.", [("state:moz", "org:unsc")]),
    ("en", "2023-03-01", "Kenya is one of the members of IGAD.", [("state:ken", "org:igad")]),
    ("en", "2023-03-01", "Turkey and Hungary, both NATO members, delayed Sweden's"
     " bid.", [("state:tur", "org:nato"), ("state:hun", "org:nato")]),
    ("en", "2023-03-01", "Iran and Egypt joined BRICS in"
     " January.", [("state:irn", "org:brics"), ("state:egy", "org:brics")]),
    ("en", "2023-03-01", "Member states of ECOWAS, including Nigeria and Senegal, met in"
     " Abuja.", [("state:nga", "org:ecowas"), ("state:sen", "org:ecowas")]),
    ("en", "2023-03-01", "The Arab League, which includes Egypt and Saudi Arabia, condemned the"
     " attack.", [("state:egy", "org:arab-league"), ("state:sau", "org:arab-league")]),
    ("ar", "2023-03-01", "وأصبحت جمهورية الكونغو الديمقراطية العضو السابع في مجموعة شرق"
     " أفريقيا.", [("state:cod", "org:eac")]),
    ("ar", "2023-03-01", "وروسيا، العضو الدائم في مجلس الأمن، استخدمت حق النقض.", [("state:rus", "org:unsc")]),
    ("ar", "2023-03-01", "وتعد كينيا من الدول الأعضاء في الهيئة الحكومية للتنمية إيغاد.", [("state:ken", "org:igad")]),
    ("ar", "2023-03-01", "وانضمت إيران ومصر إلى مجموعة بريكس في"
     " يناير.", [("state:irn", "org:brics"), ("state:egy", "org:brics")]),
    ("ar", "2023-03-01", "وتضم مجموعة إيكواس نيجيريا والسنغال"
     " وغانا.", [("state:nga", "org:ecowas"), ("state:sen", "org:ecowas"), ("state:gha", "org:ecowas")]),
    ("ar", "2023-03-01", "وقالت تركيا، العضو في حلف الناتو، إنها لن توافق على انضمام"
     " السويد.", [("state:tur", "org:nato")]),
    ("en", "2023-09-16", "Mali, Burkina Faso and Niger formed the Alliance of Sahel"
     " States.", [("state:mli", "org:aes"), ("state:bfa", "org:aes"), ("state:ner", "org:aes")]),
    ("en", "2014-06-01", "The MNLA and the HCUA founded the Coordination of Azawad Movements in"
     " 2014.", [("group:mnla", "group:cma-mali"), ("group:hcua", "group:cma-mali")]),
    ("en", "2016-08-01", "The Houthis and the General People's Congress formed the Supreme Political"
     " Council in 2016.", [("group:houthis", "org:houthi-spc"), ("org:gpc", "org:houthi-spc")]),
    ("en", "2013-11-22", "Ahrar al-Sham and Jaysh al-Islam formed the Islamic Front in"
     " 2013.", [("group:ahrar-al-sham", "group:islamic-front"), ("group:jaish-al-islam", "group:islamic-front")]),
    ("ar", "2023-09-16", "وأسست مالي وبوركينا فاسو والنيجر تحالف دول الساحل في"
     " سبتمبر.", [("state:mli", "org:aes"), ("state:bfa", "org:aes"), ("state:ner", "org:aes")]),
    ("ar", "2011-11-01", "وأسست حركة العدل والمساواة وحركة تحرير السودان الجبهة الثورية"
     " السودانية.", [("group:jem", "org:srf")]),
    ("ar", "2014-01-01", "وشكلت الحركة الوطنية لتحرير أزواد والمجلس الأعلى لوحدة أزواد تنسيقية حركات"
     " أزواد.", [("group:mnla", "group:cma-mali"), ("group:hcua", "group:cma-mali")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", MEMBER_OF)
def test_member_of(lang, date, text, pairs):
    _has(lang, date, text, "member_of", pairs)


MEETS = [
    ("en", "2023-06-01", "Gustavo Petro met ELN negotiators in Havana.", [("person:gustavo-petro", "group:eln")]),
    ("en", "2020-02-29", "Abdul Ghani Baradar, the Taliban's deputy leader, met Mike Pompeo in"
     " Doha.", [("person:abdul-ghani-baradar", "person:mike-pompeo")]),
    ("en", "2023-01-01", "Felix Tshisekedi met Paul Kagame in"
     " Luanda.", [("person:felix-tshisekedi", "person:paul-kagame")]),
    ("en", "2022-01-01", "Hassan Sheikh Mohamud met Recep Tayyip Erdogan in"
     " Ankara.", [("person:hassan-sheikh-mohamud", "person:recep-tayyip-erdogan")]),
    ("en", "2023-01-01", "Sergei Lavrov and Antony Blinken held talks on the sidelines of the"
     " G20.", [("person:sergei-lavrov", "person:antony-blinken")]),
    ("ar", "2020-02-29", "والتقى نائب زعيم طالبان عبد الغني برادر وزير الخارجية الأمريكي مايك بومبيو"
     " في الدوحة.", [("person:abdul-ghani-baradar", "person:mike-pompeo")]),
    ("ar", "2023-01-01", "والتقى الرئيس الكونغولي فيليكس تشيسيكيدي نظيره الرواندي بول كاغامي في"
     " لواندا.", [("person:felix-tshisekedi", "person:paul-kagame")]),
    ("ar", "2023-01-01", "وأكد وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي أنتوني بلينكن خلال"
     " لقائهما على هامش قمة العشرين ضرورة الحوار.", [("person:sergei-lavrov", "person:antony-blinken")]),
    ("en", "2023-01-01", "Volodymyr Zelensky met Joe Biden and Antony Blinken at the White"
     " House.",
     [
         ("person:volodymyr-zelensky", "person:joe-biden"),
         ("person:volodymyr-zelensky", "person:antony-blinken"),
     ]),
    ("en", "2023-01-01", "Joe Biden hosted Volodymyr Zelensky at the White"
     " House.", [("person:joe-biden", "person:volodymyr-zelensky")]),
    ("en", "2022-01-01", "Abiy Ahmed received Hassan Sheikh Mohamud in Addis"
     " Ababa.", [("person:abiy-ahmed", "person:hassan-sheikh-mohamud")]),
    ("en", "2023-01-01", "William Ruto held talks with Felix Tshisekedi in"
     " Kinshasa.", [("person:william-ruto", "person:felix-tshisekedi")]),
    ("en", "2023-01-01", "The meeting between Recep Tayyip Erdogan and Vladimir Putin in Sochi"
     " focused on grain.", [("person:recep-tayyip-erdogan", "person:vladimir-putin")]),
    ("en", "2021-01-01", "Taliban negotiators met Afghan government representatives in"
     " Doha.", [("group:taliban", "state:afg")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", MEETS)
def test_meets(lang, date, text, pairs):
    _has(lang, date, text, "meets", pairs, symmetric=True)


NEGOTIATES_WITH = [
    ("en", "2018-12-13", "The Yemeni government and the Houthis agreed on the Stockholm Agreement"
     " after a week of talks in Sweden.", [("state:yem", "group:houthis")]),
    ("en", "2023-01-01", "William Ruto held talks with Felix Tshisekedi in"
     " Kinshasa.", [("person:william-ruto", "person:felix-tshisekedi")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", NEGOTIATES_WITH)
def test_negotiates_with(lang, date, text, pairs):
    _has(lang, date, text, "negotiates_with", pairs, symmetric=True)


OPPOSES = [
    ("en", "2022-01-01", "The Houthis opposed the Riyadh Agreement.", [("group:houthis", "agr:riyadh-agreement-2019")]),
]


@pytest.mark.parametrize("lang,date,text,pairs", OPPOSES)
def test_opposes(lang, date, text, pairs):
    _has(lang, date, text, "opposes", pairs)


NOT_MEMBER = [
    ("en", "2023-06-01", "Sudan's army said it had joined the Arab League initiative.", "org:saf", "org:arab-league"),
    ("en", "2023-06-01", "Qatar joined the African Union peace plan for Libya.", "state:qat", "org:african-union"),
    ("en", "2023-06-01", "Egypt joined the IGAD initiative on Sudan.", "state:egy", "org:igad"),
    ("ar", "2023-06-01", "وانضمت قطر إلى مبادرة الاتحاد الأفريقي بشأن ليبيا.", "state:qat", "org:african-union"),
    ("ar", "2023-06-01", "وانضمت مصر إلى مبادرة إيغاد.", "state:egy", "org:igad"),
]


@pytest.mark.parametrize("lang,date,text,src,tgt", NOT_MEMBER)
def test_joining_a_bodys_plan_is_no_membership(lang, date, text, src, tgt):
    rels = {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}
    assert (src, "member_of", tgt) not in rels, sorted(rels)
