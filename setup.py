"""Build step: compile the extraction engine to C with mypyc.

Everything else about the package is declared in pyproject.toml; this file exists
because setuptools takes compiled extensions only from here.

quotes/extraction is plain, fully annotated Python and stays importable as such. mypyc
turns the same source into C extensions that skip the interpreter's per-bytecode work
(bench/extract.py: about 1.3 times the articles per second; bench/README.md has the
figures). The output is identical either way (bench/extract_identity.py).

CLAIMTRACKER_PURE_PYTHON=1 at install time skips the compilation, for a machine with no
C compiler or while stepping through the engine in a debugger.
"""

import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Not on the hot path: the command-line front end and the gold-set scorer. The package
# __init__ stays Python so that it can refuse stale compiled modules (see _native.py).
_NOT_COMPILED = {"__init__.py", "cli.py", "scoring.py", "native.py"}


def _extensions():
    if os.environ.get("CLAIMTRACKER_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    package = Path("quotes/extraction")
    sources = sorted(str(p) for p in package.glob("*.py") if p.name not in _NOT_COMPILED)
    # One shared library inside the package, not a hash-named file at the top level.
    return mypycify(sources, group_name="quotes.extraction._compiled")


class _BuildExtAlways(build_ext):
    """Compile even when the C that mypyc wrote is unchanged: a source touched but not
    changed must still end up older than the build, or the package would keep running
    it from source (quotes/extraction/native.py dates the build by its files)."""

    def finalize_options(self):
        super().finalize_options()
        self.force = True


setup(ext_modules=_extensions(), cmdclass={"build_ext": _BuildExtAlways})
