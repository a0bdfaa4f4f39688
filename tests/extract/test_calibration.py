"""What "confidence" means to a user is measured by benchmarks/calibration.py: each extracted relation is scored
against gold the way `explorer eval` scores it and counted in its confidence band. These tests pin the counting
on an article written for them, so the figures the dashboard's slider help quotes come from honest tallies."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("calibration", ROOT / "benchmarks" / "calibration.py")
calibration = sys.modules["calibration"] = importlib.util.module_from_spec(_spec)  # (its dataclasses look it up)
_spec.loader.exec_module(calibration)

ARTICLE = "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Sunday to discuss Gaza."


def _gold_set(tmp_path: Path, relations: list[dict], optional: list[dict]) -> Path:
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    entities = [
        {"name": "Abdel Fattah el-Sisi", "type": "person", "surface_forms": ["Abdel Fattah al-Sisi"]},
        {"name": "Abdullah II", "type": "person", "surface_forms": ["King Abdullah II"]},
        {"name": "Egypt", "type": "state", "surface_forms": ["Egyptian"]},
        {"name": "Jordan", "type": "state", "surface_forms": ["Jordan"]},
    ]
    gold = [{"id": "a1", "file": "a1.txt", "lang": "en", "date": "2024-01-14", "entities": entities,
             "relations": relations, "optional_relations": optional}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _rel(s: str, r: str, t: str) -> dict:
    return {"source": s, "relation": r, "target": t, "sentence": ARTICLE}


def test_right_wrong_and_optional_relations_land_in_their_bands(tmp_path):
    path = _gold_set(
        tmp_path,
        [_rel("Abdel Fattah el-Sisi", "meets", "Abdullah II")],  # right
        [_rel("Abdel Fattah el-Sisi", "holds_role_in", "Egypt")],  # optional: neither right nor wrong
    )  # (the king's role in Jordan is in neither list: wrong)
    tally = calibration.Tally()
    calibration.score_set(path, tally, calibration.load_kb())
    assert tally.n == 2
    assert sum(b.right for b in tally.bands) == 1
    meets_band = next(b for b in tally.bands if b.lo == 0.8)  # the meeting: 0.8, right
    assert (meets_band.n, meets_band.right) == (1, 1)
    role_band = next(b for b in tally.bands if b.lo == 0.7)  # the king's role: 0.75, wrong
    assert (role_band.n, role_band.right) == (1, 0)
    # the calibration error is the mean gap between a band's confidence and its share right
    assert abs(tally.ece() - (abs(0.8 - 1) + abs(0.75 - 0)) / 2) < 1e-9


def test_groups_split_the_command_line(tmp_path):
    assert calibration.groups(["a.json", "b.json", "--group", "blind", "c.json"]) == [
        ("sets", [Path("a.json"), Path("b.json")]), ("blind", [Path("c.json")])]
    assert calibration.groups(["--group", "unread", "c.json"]) == [("unread", [Path("c.json")])]


def test_report_prints_each_band_and_the_error():
    tally = calibration.Tally()
    for c, ok in ((0.92, True), (0.95, True), (0.55, False), (0.58, True)):
        tally.add(c, ok)
    text = calibration.report("unread", tally)
    assert "unread: 4 relations" in text
    assert "confidence 0.9-1.0:     2 relations,     2 right = 1.00" in text
    assert "confidence 0.5-0.6:     2 relations,     1 right = 0.50" in text
    assert "ECE" in text and "Brier" in text
