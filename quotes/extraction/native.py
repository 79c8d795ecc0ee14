"""Which build of the engine runs: the C modules mypyc compiled (setup.py) or the source.

Python prefers a compiled module to the .py beside it, so a source edited after the last
compile would silently not run. choose_build, called by the package before it imports
anything else, loads every module from source instead when any compiled one is older
than its source, and says so; CLAIMTRACKER_PURE_PYTHON=1 asks for the source outright.
"""

from __future__ import annotations

import os
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


def stale_modules(directory: str) -> list[str]:
    """The sources in directory changed after the engine was last compiled."""
    folder = Path(directory)
    built = [path for suffix in EXTENSION_SUFFIXES for path in folder.glob("*" + suffix)]
    if not built:
        return []
    # Each module's own extension is a shim that a rebuild leaves alone when only code
    # changed; the code is in the one shared library, so the newest file dates the build.
    built_at = max(path.stat().st_mtime for path in built)
    names = {path.name.split(".", 1)[0] for path in built}
    return sorted(
        source.name
        for source in folder.glob("*.py")
        if source.stem in names and source.stat().st_mtime > built_at
    )


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
