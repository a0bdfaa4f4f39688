"""Articles dropped into the dashboard: a plain note with no title of its own is named by its file."""

from __future__ import annotations

from explorer.ingest.readers import read_bytes
from explorer.records import Document


def test_a_note_without_a_title_is_named_by_its_file():
    """A one-paragraph note has no front matter and no heading line: its evidence rows showed an empty
    Document cell, so a researcher could not tell which upload a relation came from."""
    note = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة.\n".encode()
    [doc] = list(read_bytes("notes/ankara-call.txt", note))
    assert isinstance(doc, Document) and doc.title == "ankara-call.txt"
    [doc] = list(read_bytes("Talks.txt", b"Sudan talks\n\nThe army met the RSF in Jeddah on Friday.\n"))
    assert doc.title == "Sudan talks"  # a heading line stays the title
    [doc] = list(read_bytes("x.md", b"---\ntitle: Truce in Aleppo\n---\nThe truce held in Aleppo.\n"))
    assert doc.title == "Truce in Aleppo"


def test_the_upload_box_takes_every_format_the_readers_read(app_env):
    """The readers take archives and feeds (.zip, .gz, .rss, .atom, .xml, .tsv, .ndjson), but the upload box
    let through only seven extensions, so a researcher's zip of articles was refused by the browser."""
    import io
    import zipfile

    from explorer.store import open_store
    from tests.app.handmade import run_app

    at = run_app({"tab": "upload"})
    allowed = set(at.file_uploader(key="uploads").proto.type)
    assert {".zip", ".gz", ".rss", ".atom", ".xml", ".tsv", ".ndjson", ".txt", ".csv"} <= allowed, allowed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "Kerry met Lavrov in Geneva again to discuss the truce.\n")
        z.writestr("b.txt", "التقى كيري لافروف مجددا في جنيف لبحث الهدنة.\n")
    before = open_store(app_env, readonly=True).stats()["documents"]
    at.file_uploader(key="uploads").set_value([("articles.zip", buf.getvalue(), "application/zip")]).run()
    at.button(key="ingest").click().run()
    report = at.dataframe[0].value.set_index("file")
    assert report.loc["articles.zip", "ingested"] == 2
    assert open_store(app_env, readonly=True).stats()["documents"] == before + 2


def test_a_failure_inside_an_archive_names_its_member(app_env):
    """A zip with a broken member reported 'invalid JSON …; empty file' on the zip's row, without saying which
    of its files was broken."""
    import io
    import zipfile

    from tests.app.handmade import run_app

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("good.txt", "Kerry met Lavrov in Geneva again to discuss the truce.\n")
        z.writestr("feeds/broken.json", "{not json")
        z.writestr("empty.txt", "")
    at = run_app({"tab": "upload"})
    at.file_uploader(key="uploads").set_value([("batch.zip", buf.getvalue(), "application/zip")]).run()
    at.button(key="ingest").click().run()
    row = at.dataframe[0].value.set_index("file").loc["batch.zip"]
    assert row["ingested"] == 1 and row["failed"] == 2
    assert "feeds/broken.json: line 1: invalid JSON" in row["reason"] and "empty.txt: empty file" in row["reason"]
