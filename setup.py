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

import hashlib
import os
import pprint
from pathlib import Path

from setuptools import setup

# Not on the hot path: the command-line front end and the gold-set scorer. The package
# __init__ and native.py stay Python so that they can refuse stale compiled modules.
_NOT_COMPILED = {"__init__.py", "cli.py", "scoring.py", "native.py", "_compiled_from.py"}


def _extensions():
    if os.environ.get("CLAIMTRACKER_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    package = Path("quotes/extraction")
    sources = sorted(p for p in package.glob("*.py") if p.name not in _NOT_COMPILED)
    _record(package / "_compiled_from.py", sources)
    # One shared library inside the package, not a hash-named file at the top level.
    return mypycify([str(p) for p in sources], group_name="quotes.extraction._compiled")


def _record(path, sources):
    """Write down what each source was when compiled: native.py compares at import time,
    as file dates say nothing once pip has unpacked a wheel or git has checked out."""
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    path.write_text(
        '"""The sources the compiled modules beside this file were built from: file name\n'
        'and SHA-256 of its content. Written by setup.py; see native.py."""\n\n'
        f"SOURCES = {pprint.pformat(digests)}\n"
    )


setup(ext_modules=_extensions())
