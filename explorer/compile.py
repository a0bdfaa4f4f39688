"""Build, check or remove the optional compiled extraction (see explorer/compiled.py):

    python -m explorer.compile             # compile with mypyc into explorer/_compiled/ (a few minutes)
    python -m explorer.compile status      # whether extraction runs compiled, and if not, why
    python -m explorer.compile clean       # back to pure Python
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from explorer import compiled
from explorer.compiled import BUILD_DIR, MANIFEST, PACKAGE_DIR, ROOT, dependencies, targets

_SETUP = """
import json, sys
from mypyc.build import mypycify
from setuptools import setup
paths, jobs = json.loads(sys.argv[1]), sys.argv[2]
setup(name="diplograph-compiled", py_modules=[], script_args=["build_ext", "-i", "-j", jobs],
      ext_modules=mypycify(paths, opt_level="3", multi_file=True))
"""
# the type checker's settings, read from the build directory (mypy.ini)
_MYPY_INI = """[mypy]
ignore_missing_imports = True
follow_imports = silent
disable_error_code = {codes}
"""


def build(jobs: int = 1) -> int:
    """Compile the targets in a copy of the package and install the result in explorer/_compiled/."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        print("mypyc is not installed (pip install mypy); nothing was built: extraction runs as pure Python.")
        return 1
    rels = targets()
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="diplograph-mypyc-") as tmp:
        work = Path(tmp)
        for p in PACKAGE_DIR.rglob("*.py"):
            if BUILD_DIR not in p.parents:
                dst = work / p.relative_to(ROOT)
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(p, dst)
        (work / "mypy.ini").write_text(_MYPY_INI.format(codes=", ".join(compiled.LENIENT)), encoding="utf-8")
        sources = {rel: hashlib.sha256((work / rel).read_bytes()).hexdigest() for rel in dependencies(rels)}
        cmd = [sys.executable, "-c", _SETUP, json.dumps(rels), str(jobs)]
        if subprocess.run(cmd, cwd=work).returncode != 0:
            print("The build failed (above); explorer/_compiled was left as it was.")
            return 1
        built = [so for so in work.rglob("*" + suffix) if so.relative_to(work).parts[0] != "build"]
        extensions = {so.relative_to(work).as_posix()[: -len(suffix)].replace("/", "."): so for so in built}
        fresh = BUILD_DIR.with_name("_compiled.new")
        shutil.rmtree(fresh, ignore_errors=True)
        for so in extensions.values():
            (fresh / so.relative_to(work)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(so, fresh / so.relative_to(work))
    manifest = {
        "cache_tag": sys.implementation.cache_tag,
        "suffix": suffix,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "modules": sorted(rel[:-3].replace("/", ".") for rel in rels),
        "extensions": {name: so.relative_to(work).as_posix() for name, so in sorted(extensions.items())},
        "sources": sources,
    }
    (fresh / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    fresh.rename(BUILD_DIR)
    print(f"Built {len(rels)} modules into {BUILD_DIR} in {time.time() - t0:.0f} s; checked against "
          f"{len(sources)} source files on every import.")  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m explorer.compile", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", default="build", choices=("build", "status", "clean"))
    ap.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 1, help="C files compiled at once")
    args = ap.parse_args(argv)
    if args.command == "clean":
        shutil.rmtree(BUILD_DIR, ignore_errors=True)
        print(f"Removed {BUILD_DIR}: extraction runs as pure Python.")
        return 0
    if args.command == "status":
        import explorer.extract.engine  # noqa: F401  (imports the compiled modules when the build is used)

        print(f"compiled build: {compiled.state}")
        print(f"running compiled: {', '.join(compiled.running()) or 'none'}")
        return 0
    return build(args.jobs)


if __name__ == "__main__":
    sys.exit(main())
