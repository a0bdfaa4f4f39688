"""Export a view in any format, to files (CLI) or to bytes (dashboard download buttons).

Formats (`FORMATS`, the CLI's `--format`):

| format | files written by export_view | export_bytes gives |
| --- | --- | --- |
| html | `<name>.html` (standalone snapshot) | the same page |
| graphml | `<name>.graphml` | the same |
| gexf | `<name>.gexf` (dynamic) | the same |
| json | `<name>.json` (node-link) | the same |
| csv | two files, `<name>.nodes.csv` and `<name>.edges.csv` | one zip, `<name>.csv.zip`, holding both |
| events | two files, `<name>.events.csv` and `<name>.events.parquet` | `<name>.events.csv` |
| events-parquet | `<name>.events.parquet` | the same |

File names are derived from the view, never taken from it: an ASCII slug of the title or the centre
actors' names (Arabic transliterated) and dates, then a short hash of the view's filters, title and
label language, e.g. `graphs/john-kerry-sergei-lavrov-2016-01-01-2016-12-31-3f2a9c1b.html`. Existing
files are never replaced unless `overwrite=True` (the CLI's `--overwrite`).

Writing respects what it writes to: every file is written to a temporary file beside its target and
moved into place only once complete, so a full disk or an error leaves nothing behind (no truncated
file that would block the next export); only regular files are ever replaced: a device (`/dev/full`),
a FIFO, a folder or a symbolic link at the target is refused with an error naming it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

import networkx as nx

from explorer.errors import ExplorerError
from explorer.graph.spec import CorpusSize, ViewSpec
from explorer.render import formats
from explorer.render.snapshot import json_safe, to_html

FORMATS = ("html", "graphml", "gexf", "json", "csv", "events")
EXTRA_FORMATS = ("events-parquet",)
MIME = {
    "html": "text/html",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "json": "application/json",
    "csv": "text/csv",
    "zip": "application/zip",
    "parquet": "application/vnd.apache.parquet",
}
SLUG_MAX = 60

# Arabic letters to Latin, for file names only (readable, lossy ASCII; ain and hamza are dropped).
_AR_LATIN = (
    "ا a,ب b,ت t,ث th,ج j,ح h,خ kh,د d,ذ dh,ر r,ز z,س s,ش sh,ص s,ض d,ط t,ظ z,ع ,غ gh,ف f,ق q,ك k,ل l,م m,"
    "ن n,ه h,و w,ي y,ى a,ة a,ء ,أ a,إ i,آ a,ؤ ,ئ ,ٱ a"
)
_AR_TABLE = str.maketrans(
    {pair[0]: pair[2:] for pair in _AR_LATIN.split(",")} | {chr(0x0660 + i): str(i) for i in range(10)}
)


def export_view(
    G: nx.MultiDiGraph | nx.DiGraph,
    fmt: str,
    *,
    out: Path | None = None,
    out_dir: Path = Path("graphs"),
    title: str = "",
    corpus: CorpusSize | None = None,
    lang: str = "en",
    overwrite: bool = False,
    positions: Mapping | None = None,
) -> list[Path]:
    """Write the view `G` in format `fmt` and return the paths written.

    Files go to `out_dir` (created if needed) under a name derived from the view (`snapshot_filename`),
    or to `out` when given (formats with two files use its stem: `out.nodes.csv`, `out.edges.csv`).
    Nothing is written if any target exists and `overwrite` is false: an ExplorerError names the file.
    `positions` (the corpus's stable layout) places the nodes of an HTML snapshot.
    """
    _check_format(fmt)
    targets = _targets(G, fmt, out=out, out_dir=out_dir, title=title, lang=lang)
    for path in targets:
        _check_target(path, overwrite=overwrite)
    contents = _contents(G, fmt, title=title, corpus=corpus, lang=lang, positions=positions)
    try:
        targets[0].parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExplorerError(f"{targets[0].parent}: cannot create the folder ({e.strerror or e})") from None
    for path, data in zip(targets, contents, strict=True):
        _write(path, data, overwrite=overwrite)
    return targets


def export_bytes(
    G: nx.MultiDiGraph | nx.DiGraph,
    fmt: str,
    *,
    title: str = "",
    corpus: CorpusSize | None = None,
    lang: str = "en",
) -> tuple[bytes, str, str]:
    """(content, file name, MIME type) of the view in format `fmt`, for `st.download_button`.

    "csv" gives a zip of the two tables; "events" gives the CSV table ("events-parquet" the Parquet one).
    """
    _check_format(fmt)
    stem = _stem(G, title, lang)
    if fmt == "csv":
        return formats.csv_zip(G, stem=stem), f"{stem}.csv.zip", MIME["zip"]
    if fmt == "events":
        return formats.events_csv(G), f"{stem}.events.csv", MIME["csv"]
    name = f"{stem}{_SINGLE[fmt]}"
    return _render(G, fmt, title=title, corpus=corpus, lang=lang), name, MIME[_mime_key(fmt)]


def snapshot_filename(G: nx.MultiDiGraph | nx.DiGraph, fmt: str = "html", *, title: str = "", lang: str = "en") -> str:
    """The file name `export_view` uses for a single-file format, e.g. `kerry-lavrov-2016-1a2b3c4d.html`.

    >>> snapshot_filename(nx.MultiDiGraph(), title="../../etc/passwd")  # doctest: +ELLIPSIS
    'etc-passwd-...html'
    """
    _check_format(fmt)
    suffix = _SINGLE.get(fmt) or {"csv": ".nodes.csv", "events": ".events.csv"}[fmt]
    return f"{_stem(G, title, lang)}{suffix}"


def slugify(text: str, *, max_len: int = SLUG_MAX) -> str:
    """Lower-case ASCII letters, digits and single hyphens; Arabic transliterated, anything else dropped.

    >>> slugify("Sergei Lavrov / سيرغي لافروف <script>")
    'sergei-lavrov-syrghy-lafrwf-script'
    """
    s = unicodedata.normalize("NFKC", str(text)).translate(_AR_TABLE)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0] if "-" in s[:max_len] else s[:max_len]
    return s.strip("-")


# ------------------------------------------------------------------------------------------------ helpers

_SINGLE = {
    "html": ".html",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "json": ".json",
    "events-parquet": ".events.parquet",
}
_MULTI = {"csv": (".nodes.csv", ".edges.csv"), "events": (".events.csv", ".events.parquet")}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS + EXTRA_FORMATS:
        raise ExplorerError(f"No export format {fmt!r}. Known formats: {', '.join(FORMATS + EXTRA_FORMATS)}")


def _mime_key(fmt: str) -> str:
    return "parquet" if fmt == "events-parquet" else fmt


def _stem(G: nx.Graph, title: str, lang: str) -> str:
    spec = G.graph.get("spec")
    words: list[str] = []
    if title:
        words.append(title)
    elif isinstance(spec, ViewSpec) and spec.actors:
        for a in spec.actors[:3]:
            attrs = G.nodes[a] if a in G else {}
            words.append(str(attrs.get("name") or attrs.get("name_ar") or a))
    if isinstance(spec, ViewSpec) and (spec.start or spec.end):
        words += [d.isoformat() for d in (spec.start, spec.end) if d]
    slug = slugify(" ".join(words)) or "view"
    return f"{slug}-{_view_hash(G, title, lang)}"


def _view_hash(G: nx.Graph, title: str, lang: str) -> str:
    spec = G.graph.get("spec")
    if isinstance(spec, ViewSpec):
        what = {"spec": spec.describe(), "actors": list(spec.actors)}
    else:  # no spec: the view is what it holds
        what = {"nodes": sorted(map(str, G.nodes)), "edges": G.number_of_edges()}
    what.update(title=title, lang=lang)
    blob = json.dumps(json_safe(what), sort_keys=True, ensure_ascii=False).encode("utf-8", "replace")
    return hashlib.sha256(blob).hexdigest()[:8]


def _targets(G: nx.Graph, fmt: str, *, out: Path | None, out_dir: Path, title: str, lang: str) -> list[Path]:
    suffixes = _MULTI.get(fmt) or (_SINGLE[fmt],)
    if out is None:
        stem = _stem(G, title, lang)
        return [Path(out_dir) / f"{stem}{s}" for s in suffixes]
    out = Path(out)
    if out.name in ("", ".", ".."):
        raise ExplorerError(f"--out {out} is not a file name; give a path such as graphs/view{suffixes[0]}")
    if len(suffixes) == 1:
        return [out]
    base = out.name
    for s in (*suffixes, ".csv", ".parquet", ".zip"):
        if base.endswith(s):
            base = base[: -len(s)]
            break
    return [out.with_name(f"{base}{s}") for s in suffixes]


def _contents(G: nx.Graph, fmt: str, *, title: str, corpus: CorpusSize | None, lang: str,
              positions: Mapping | None = None) -> list[bytes]:
    """The bytes of each file of `fmt`, in the order of its suffixes."""
    if fmt == "csv":
        tables = formats.csv_tables(G)
        return [tables["nodes"], tables["edges"]]
    if fmt == "events":
        df = formats.events_frame(G)
        return [formats.frame_csv(df), formats.frame_parquet(df)]
    return [_render(G, fmt, title=title, corpus=corpus, lang=lang, positions=positions)]


def _render(G: nx.Graph, fmt: str, *, title: str, corpus: CorpusSize | None, lang: str,
            positions: Mapping | None = None) -> bytes:
    if fmt == "html":  # no title: the view's own, as the dashboard gives it (its centre actors' names)
        return to_html(G, title=title or None, corpus=corpus, lang=lang, positions=positions).encode("utf-8")
    render: dict[str, Callable[[nx.Graph], bytes]] = {
        "graphml": formats.graphml,
        "gexf": formats.gexf,
        "json": formats.node_link_json,
        "events-parquet": formats.events_parquet,
    }
    return render[fmt](G)


def _check_target(path: Path, *, overwrite: bool) -> None:
    """Refuse anything but a missing file or (with `overwrite`) a regular file, before any work is done."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        parent = path.parent
        if parent.exists() and not parent.is_dir():
            raise ExplorerError(f"{path}: {parent} is not a folder") from None
        return
    except OSError as e:
        raise ExplorerError(f"{path}: cannot write here ({e.strerror or e})") from None
    if stat.S_ISLNK(st.st_mode):
        raise ExplorerError(f"{path} already exists as a symbolic link, which is never replaced; remove it or "
                            "give another --out")
    what = _not_regular(st.st_mode)
    if what:
        raise ExplorerError(f"{path} is {what}, not a regular file; give a file name with --out")
    if not overwrite:
        raise ExplorerError(f"{path} already exists; pass --overwrite to replace it")


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _write(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write to a temporary file beside `path`, then move it into place: `path` is either absent, as it
    was, or complete. Without `overwrite` an existing file is never replaced, even one that appeared
    meanwhile (a hard link fails on an existing name); with it, only a regular file is replaced."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    except OSError as e:
        raise ExplorerError(f"{path}: cannot write here ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            _check_target(path, overwrite=True)
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise ExplorerError(f"{path} already exists; pass --overwrite to replace it") from None
            except OSError:  # a file system without hard links: a create-exclusive rename is the best left
                if os.path.lexists(path):
                    raise ExplorerError(f"{path} already exists; pass --overwrite to replace it") from None
                os.rename(tmp, path)
    except OSError as e:
        raise ExplorerError(f"{path}: cannot write ({e.strerror or e}); nothing was written") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
