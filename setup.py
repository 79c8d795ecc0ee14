"""Build step: compile the extraction engine to C with mypyc.

Everything else about the package is declared in pyproject.toml; this file exists
because setuptools takes compiled extensions only from here.

quotes/extraction is plain, fully annotated Python and stays importable as such. mypyc
turns the same source into C extensions that skip the interpreter's per-bytecode work
(bench/extract.py: about 1.6 times the articles per second; bench/README.md has the
figures). The output is identical either way (bench/extract_identity.py).

CLAIMTRACKER_PURE_PYTHON=1 at install time skips the compilation, for a machine with no
C compiler or while stepping through the engine in a debugger.
"""

import importlib.util
import os
from pathlib import Path

from setuptools import setup

_PACKAGE = Path("quotes/extraction")


def _load_native():
    # By path: importing the package itself would run its __init__ and the engine.
    spec = importlib.util.spec_from_file_location("_claimtracker_native", _PACKAGE / "native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


native = _load_native()
# Not on the hot path: the command-line front end and the gold-set scorer. The package
# __init__ and native.py stay Python so that they can refuse stale compiled modules.
_NOT_COMPILED = {"__init__.py", "cli.py", "scoring.py", "native.py", native.RECORD}


def _extensions():
    if os.environ.get(native.PURE_PYTHON_VARIABLE):
        return []
    from mypyc.build import mypycify

    sources = sorted(p for p in _PACKAGE.glob("*.py") if p.name not in _NOT_COMPILED)
    native.write_record(_PACKAGE, sources)
    # One shared library inside the package, not a hash-named file at the top level.
    return mypycify([str(p) for p in sources], group_name=f"quotes.extraction.{native.GROUP}")


setup(ext_modules=_extensions())
