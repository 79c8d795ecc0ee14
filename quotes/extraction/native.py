"""Which build of the engine runs: the C modules mypyc compiled (setup.py) or the source.

Python prefers a compiled module to the .py beside it, so a source edited after the last
compile would silently not run. choose_build, called by the package before it imports
anything else, loads every module from source instead when any source differs from the
one its compiled module was built from (setup.py records each one's SHA-256 in
_compiled_from.py), and says so; CLAIMTRACKER_PURE_PYTHON=1 asks for the source outright.
"""

from __future__ import annotations

import ast
import hashlib
import os
import pprint
import sys
import warnings
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    SourceFileLoader,
    SourcelessFileLoader,
)
from pathlib import Path

PURE_PYTHON_VARIABLE = "CLAIMTRACKER_PURE_PYTHON"
RECORD = "_compiled_from.py"
GROUP = "_compiled"  # setup.py's name for the one library holding the compiled code
GROUP_LIBRARY = GROUP + "__mypyc"  # the file name mypyc gives it


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_record(directory: Path, sources: list[Path]) -> None:
    """Write down what each source is as it is compiled (setup.py calls this); stale_modules
    compares at import time, as file dates say nothing once pip has unpacked a wheel or git
    has checked out."""
    digests = {path.name: source_digest(path) for path in sources}
    (directory / RECORD).write_text(
        '"""The sources the compiled modules beside this file were built from: file name\n'
        'and SHA-256 of its content. Written by setup.py; see native.py."""\n\n'
        f"SOURCES = {pprint.pformat(digests)}\n",
        encoding="utf-8",
    )


def stale_modules(directory: str) -> list[str]:
    """The compiled modules in directory whose source is not the one they were built from."""
    folder = Path(directory)
    compiled = sorted(
        {
            path.name.split(".", 1)[0] + ".py"
            for suffix in EXTENSION_SUFFIXES
            for path in folder.glob("*" + suffix)
        }
        - {GROUP_LIBRARY + ".py"}
    )
    if not compiled:
        return []
    try:
        recorded = _recorded_sources(folder / RECORD)
    except (OSError, SyntaxError, ValueError):
        return compiled  # built by hand, or the record is damaged: nothing vouches for them
    return [
        name
        for name in compiled
        if not (folder / name).exists() or recorded.get(name) != source_digest(folder / name)
    ]


def _recorded_sources(path: Path) -> dict[str, str]:
    # Read as data, not imported: the record is a literal setup.py wrote.
    assignment = ast.parse(path.read_text(encoding="utf-8")).body[-1]
    if not isinstance(assignment, ast.Assign):
        raise ValueError(f"{path}: no SOURCES assignment")
    value = ast.literal_eval(assignment.value)
    if not isinstance(value, dict):
        raise ValueError(f"{path}: SOURCES is not a dict")
    return {str(k): str(v) for k, v in value.items()}


def choose_build(package_path: list[str]) -> None:
    """Make the package's modules load from source when the compiled ones must not run."""
    directory = package_path[0]
    if not os.environ.get(PURE_PYTHON_VARIABLE):
        stale = stale_modules(directory)
        if not stale:
            return
        warnings.warn(
            f"quotes.extraction: {', '.join(stale)} changed after the engine was compiled; "
            "running the Python source instead (`make install` compiles it again)",
            RuntimeWarning,
            stacklevel=3,
        )
    # The finder Python caches for the package's directory decides how its modules load;
    # this one knows only source and bytecode, so compiled modules are passed over.
    sys.path_importer_cache[directory] = FileFinder(
        directory,
        (SourceFileLoader, SOURCE_SUFFIXES),
        (SourcelessFileLoader, BYTECODE_SUFFIXES),
    )


def is_compiled(module_name: str = "quotes.extraction.extractor") -> bool:
    """Does the named (imported) module run as compiled code?"""
    filename = getattr(sys.modules[module_name], "__file__", None) or ""
    return filename.endswith(tuple(EXTENSION_SUFFIXES))
