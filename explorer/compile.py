"""Build, check or remove the optional compiled extraction (see explorer/compiled.py):

    python -m explorer.compile             # compile with mypyc into explorer/_compiled/ (1.5 min on 2 cores)
    python -m explorer.compile check       # type-check as the build does, in seconds (what would stop it)
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

# mypyc puts every module's C code in one shared library, whose C files build_ext compiles one after another:
# they are compiled `jobs` at a time instead, the largest first (constructions.py alone is a fifth of the work)
_SETUP = """
import json, os, sys
from concurrent.futures import ThreadPoolExecutor
from mypyc.build import mypycify
from setuptools import setup
from setuptools.command.build_ext import build_ext
paths, jobs, opt = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
class BuildExt(build_ext):
    def build_extensions(self):
        serial = self.compiler.compile
        def compile(sources, *args, **kwargs):
            order = sorted(sources, key=lambda s: -os.path.getsize(s))
            with ThreadPoolExecutor(jobs) as pool:
                objects = dict(zip(order, pool.map(lambda s: serial([s], *args, **kwargs), order)))
            return [o for s in sources for o in objects[s]]
        self.compiler.compile = compile
        super().build_extensions()
setup(name="diplograph-compiled", py_modules=[], cmdclass={"build_ext": BuildExt}, script_args=["build_ext", "-i"],
      ext_modules=mypycify(paths, opt_level=opt, debug_level="0", multi_file=True))
"""
# gcc's -O level. Measured (callgrind, per extraction of benchmarks/extract.py's article): pure Python 42.5 M
# instructions, -O3 27.7 M, -O1 31.7 M; -O1 takes about 70 % of -O3's CPU time to build, -O0 about half, and runs
# slower still: -O3 is what brings extraction to about 6 ms
OPT_LEVEL = "3"
# the type checker's settings, read from the build directory (mypy.ini)
_MYPY_INI = """[mypy]
ignore_missing_imports = True
follow_imports = silent
disable_error_code = {codes}
"""


def build(jobs: int = 1, opt: str = OPT_LEVEL) -> int:
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
        cmd = [sys.executable, "-c", _SETUP, json.dumps(rels), str(jobs), opt]
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
        "opt_level": opt,
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


def check() -> int:
    """Type-check the targets as the build does, without compiling (seconds, not minutes): what would stop it."""
    with tempfile.TemporaryDirectory(prefix="diplograph-mypy-") as tmp:
        ini = Path(tmp) / "mypy.ini"
        ini.write_text(_MYPY_INI.format(codes=", ".join(compiled.LENIENT)), encoding="utf-8")
        cmd = [sys.executable, "-m", "mypy", "--config-file", str(ini), "--cache-dir", str(Path(tmp) / "cache")]
        return subprocess.run([*cmd, *targets()], cwd=ROOT).returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m explorer.compile", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", default="build", choices=("build", "check", "status", "clean"))
    ap.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 1, help="C files compiled at once")
    opt = os.environ.get("MYPYC_OPT_LEVEL", OPT_LEVEL)
    ap.add_argument("-O", dest="opt", default=opt, choices=tuple("0123"), help=f"gcc's -O level (default {OPT_LEVEL})")
    args = ap.parse_args(argv)
    if args.command == "check":
        return check()
    if args.command == "clean":
        shutil.rmtree(BUILD_DIR, ignore_errors=True)
        print(f"Removed {BUILD_DIR}: extraction runs as pure Python.")
        return 0
    if args.command == "status":
        import explorer.extract.engine  # noqa: F401  (imports the compiled modules when the build is used)

        print(f"compiled build: {compiled.state}")
        print(f"running compiled: {', '.join(compiled.running()) or 'none'}")
        return 0
    return build(args.jobs, args.opt)


if __name__ == "__main__":
    sys.exit(main())
