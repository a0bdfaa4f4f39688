"""Arabic: «الناطق باسم <a body the text spells out> <rank> <name>» is that person's title, not a bare title that
goes back to the spokesman of a sentence before."""

from tests.extract.shapes import named_relations


def test_a_spokesman_for_an_unknown_body_is_not_the_spokesman_named_before():
    text = (
        "ونقلت وكالة الأنباء السودانية عن الناطق باسم الجيش السوداني نبيل عبد الله أن الجيش صد هجوما. "
        "وقال الناطق باسم القوات المشتركة لحركات دارفور المقدم أحمد حسين مصطفى إن قوات الدعم السريع قصفت الفاشر."
    )
    rels = named_relations(text, "ar", "2024-06-10")
    assert not [r for r in rels if r[0] == "نبيل عبد الله" and r[2] == "Rapid Support Forces"], rels
