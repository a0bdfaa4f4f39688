"""Lists after a verb or "by" whose names carry a title in apposition or "of STATE" ("signed by X, head of the
council, and Y, commander of the RSF", "talks with Putin, the Russian president, and Zelensky", "met Erdogan, his
Turkish counterpart, and Raisi"): every name of the list is reached. Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _with(text: str, rtype: str, date: str = "2023-05-21") -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, "en", date) if t == rtype}


def test_signed_by_names_in_apposition():
    text = (
        "The Jeddah Declaration was signed by Abdel Fattah al-Burhan, head of the Sovereignty Council, and "
        "Mohamed Hamdan Dagalo, commander of the RSF."
    )
    assert {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"} <= {s for s, _ in _with(text, "agrees_with")}
    text = "The deal was signed by Salva Kiir of South Sudan and Riek Machar in Addis Ababa."
    assert {"Salva Kiir Mayardit", "Riek Machar"} <= {s for s, _ in _with(text, "agrees_with", "2018-09-12")}


def test_objects_in_apposition():
    text = "Erdogan held talks with Putin, the Russian president, and Zelensky in Istanbul."
    assert ("Recep Tayyip Erdoğan", "Volodymyr Zelensky") in _with(text, "negotiates_with", "2022-03-10")
    text = "Putin met Erdogan, his Turkish counterpart, and Raisi in Tehran."
    assert ("Vladimir Putin", "Ebrahim Raisi") in _with(text, "meets", "2022-07-19")
    text = "Blinken met President Salva Kiir of South Sudan and Riek Machar in Juba."
    assert ("Antony Blinken", "Riek Machar") in _with(text, "meets", "2022-07-19")


def test_a_clause_after_the_apposition_is_no_list_item():
    text = "Erdogan met Putin, and Zelensky condemned the meeting."
    assert ("Recep Tayyip Erdoğan", "Volodymyr Zelensky") not in _with(text, "meets", "2022-03-10")
    text = "Biden met Zelensky, the Ukrainian president, and discussed military aid."
    assert _with(text, "meets", "2023-02-20") == {("Joe Biden", "Volodymyr Zelensky")}
