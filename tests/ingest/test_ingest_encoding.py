"""Encodings: every encoding Arabic news arrives in decodes to the same text; garbage is refused."""

from __future__ import annotations

import codecs
import random

import pytest

from explorer.errors import InputError
from explorer.ingest.encoding import binary_kind, decode, plausibility, sniff
from explorer.ingest.readers import Failure, read_bytes, read_path

AR = (
    "موسكو ــ 19 تموز 2016: التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو، "
    "وبحث الجانبان وقف إطلاق النار في سوريا. شكراً لكم.\n"
)
EN = "GENEVA, Feb. 3, 2016 - The envoy paused the talks after a day of meetings.\n"
FR = "Le ministre des Affaires étrangères a rencontré son homologue à Genève, où l'été fut chaud.\n"


@pytest.mark.parametrize(
    "text, codec",
    [
        (AR, "utf-8"), (AR, "utf-8-sig"), (AR, "utf-16"), (AR, "utf-16-le"), (AR, "utf-16-be"),
        (AR, "utf-32"), (AR, "cp1256"), (AR, "iso-8859-6"),
        (EN, "utf-8"), (EN, "utf-16"), (EN, "utf-16-le"), (EN, "cp1252"),
        (FR, "utf-8"), (FR, "cp1252"), (FR, "latin-1"),
    ],
)
def test_every_encoding_decodes_to_the_same_text(text, codec):
    assert decode(text.encode(codec), "x.txt") == text


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso-8859-6"])
def test_files_in_each_encoding_read_as_the_same_document(tmp_path, fixtures, codec):
    original = (fixtures / "ar_levant_dateline.txt").read_text(encoding="utf-8")
    p = tmp_path / f"article-{codec}.txt"
    p.write_bytes(original.encode(codec))
    [doc] = read_path(p)
    [ref] = read_path(fixtures / "ar_levant_dateline.txt")
    assert doc.text == ref.text and doc.id == ref.id
    assert doc.date == "2016-07-19" and doc.lang == "ar"
    assert "&amp;" not in doc.text and " & " in doc.text  # entities are unescaped


def test_windows_1256_and_iso_8859_6_are_told_apart():
    assert sniff(AR.encode("cp1256"), "a", complete=True) == "cp1256"
    assert sniff(AR.encode("iso-8859-6"), "a", complete=True) == "iso-8859-6"


def test_mojibake_scores_low_and_real_text_high():
    assert plausibility(AR) == 1.0 and plausibility(EN) == 1.0 and plausibility(FR) == 1.0
    assert plausibility(AR.encode("cp1256").decode("latin-1")) < 0.3  # ÇáÑæÓí
    assert plausibility(AR.encode("iso-8859-6").decode("cp1256")) < 0.5  # Arabic and Latin mixed in words


def test_double_encoded_utf8_is_repaired():
    garbled = AR.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode(garbled) == AR


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10", "NUL bytes"),
    ],
)
def test_binary_files_are_named_and_refused(data, kind):
    assert binary_kind(data) == kind
    with pytest.raises(InputError, match="binary file"):
        decode(data, "f.txt")


def test_random_bytes_are_refused_with_a_clear_message():
    data = bytes(range(128, 256)) * 20
    with pytest.raises(InputError) as e:
        decode(data, "mystery.txt")
    msg = str(e.value)
    assert msg.startswith("mystery.txt: cannot tell the text encoding") and "Save the file as UTF-8" in msg
    [failure] = read_bytes("mystery.txt", data)
    assert isinstance(failure, Failure) and failure.path == "mystery.txt" and "encoding" in failure.reason


def test_random_binary_never_raises_from_the_reader():
    rng = random.Random(7)
    for _ in range(30):
        data = bytes(rng.randrange(256) for _byte in range(rng.randrange(1, 3000)))
        for name in ("a.txt", "a.html", "a.json", "a.jsonl", "a.csv", "a.rss", "a.md", "a.zip", "a.gz", "a"):
            for item in read_bytes(name, data):
                assert isinstance(item, Failure) or item.text  # a Failure, or a real document


def test_utf16_without_bom_is_recognised():
    assert sniff(EN.encode("utf-16-le"), "a", complete=True) == "utf-16-le"
    assert decode(AR.encode("utf-16-be")) == AR


def test_an_empty_payload_is_utf8():
    assert sniff(b"", "a", complete=True) == "utf-8"


def test_large_file_decodes_fast_enough():
    big = (AR * 20_000).encode("cp1256")  # ~3 MB
    assert decode(big) == AR * 20_000


def test_a_bom_beats_any_guess():
    assert decode(codecs.BOM_UTF8 + AR.encode("utf-8")) == AR
    assert decode(codecs.BOM_UTF16_LE + EN.encode("utf-16-le")) == EN
