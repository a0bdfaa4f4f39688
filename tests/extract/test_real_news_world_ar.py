"""Shapes met in real Arabic news about conflicts other than Syria (Yemen, Libya, Sudan, Somalia, Western Sahara,
Iraq, Lebanon, Gaza, Ukraine; the sentences here are written for these tests, in news style): a singular
participle after a coordinated pair («بين المغرب وجبهة البوليساريو المدعومة من الجزائر») backs only the pair's last
member, and a participle backed with a national arm («مدعوماً بالطيران المصري») names the arm's state as the backer
(not the participle's subject as a supporter of that state)."""

from tests.extract.shapes import named_relations


def _rels(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(named_relations(text, "ar", date))


BACKED_LAST = (
    ("يدور الصراع منذ عام 2014 بين الحكومة اليمنية وجماعة الحوثي المدعومة من إيران.", "2022-05-01",
     ("Iran", "Houthis"), ("Iran", "Yemen")),
    ("اندلعت الاشتباكات في الخرطوم بين الجيش السوداني وقوات الدعم السريع المدعومة من الإمارات.", "2023-06-01",
     ("United Arab Emirates", "Rapid Support Forces"), ("United Arab Emirates", "Sudanese Armed Forces")),
    ("تجددت المواجهات في طرابلس بين قوات حكومة الوحدة الوطنية وقوات حفتر المدعومة من روسيا.", "2022-09-01",
     ("Russia", "Libyan National Army"), ("Russia", "Government of National Unity")),
    ("وشاركت القوات الحكومية الصومالية وحركة الشباب المدعومة من تنظيم القاعدة في معارك عنيفة.", "2022-09-01",
     ("al-Qaeda", "al-Shabaab"), ("al-Qaeda", "Somalia")),
)


def test_a_singular_participle_after_a_pair_backs_its_last_member():
    for text, date, (backer, backed), (_, not_backed) in BACKED_LAST:
        rels = _rels(text, date)
        assert (backer, "supports", backed) in rels, text
        assert (backer, "supports", not_backed) not in rels, text


ARMS = (
    ("وتقدم الجيش السوداني مدعوما بالطيران المصري نحو أم درمان.", "2024-10-01",
     ("Egypt", "Sudanese Armed Forces")),
    ("وتقدمت قوات حكومة الوفاق مدعومة بالطائرات المسيرة التركية نحو سرت.", "2020-06-01",
     ("Turkey", "Government of National Accord")),
    ("وتقدم الجيش السوري مدعوما بالطيران الروسي نحو إدلب.", "2019-05-01", ("Russia", "Syrian Arab Army")),
)


def test_a_participle_backed_with_a_national_arm():
    for text, date, (backer, backed) in ARMS:
        rels = _rels(text, date)
        assert (backer, "supports", backed) in rels, text
        assert (backed, "supports", backer) not in rels, text
