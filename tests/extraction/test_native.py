"""The compiled build of the extractor (setup.py) and the choice of build (native.py)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotes.extraction
from quotes.extraction import native

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(quotes.extraction.__file__).parent
ARTICLES = sorted((ROOT / "tests" / "gold").glob("*.txt")) + sorted(ROOT.glob("seeds/*.txt"))
EXTRACT_JSON = (
    "import sys; from quotes.extraction.cli import run; sys.exit(run(sys.argv[1:], as_json=True))"
)


def _python(code: str, *args: str, pure: bool, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_PYTHON_VARIABLE}
    if pure:
        env[native.PURE_PYTHON_VARIABLE] = "1"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _compiled_or_skip() -> None:
    if not native.is_compiled():
        pytest.skip("the engine is not compiled here (make install compiles it)")


def test_the_engine_runs_compiled():
    """The build CI tests is the one bench/extract.py measures; a failed or skipped compile
    must not pass unnoticed there."""
    if os.environ.get(native.PURE_PYTHON_VARIABLE):
        pytest.skip(f"{native.PURE_PYTHON_VARIABLE} asks for the Python source")
    stale = native.stale_modules(str(PACKAGE))
    if stale and os.environ.get("CI") != "true":
        pytest.skip(f"edited since the last compile: {', '.join(stale)} (make install)")
    assert native.is_compiled(), "quotes.extraction runs its Python source: make install"
    assert native.is_compiled("quotes.extraction.attribution")


def test_compiled_and_source_builds_give_the_same_quotes():
    _compiled_or_skip()
    paths = [str(p) for p in ARTICLES]
    compiled = _python(EXTRACT_JSON, *paths, pure=False)
    source = _python(EXTRACT_JSON, *paths, pure=True)
    assert compiled.returncode == source.returncode == 0, compiled.stderr + source.stderr
    documents = json.loads(compiled.stdout)
    assert len(documents) == len(ARTICLES) > 20
    assert sum(len(d["quotes"]) for d in documents) > 400
    assert documents == json.loads(source.stdout)


def _copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "quotes" / "extraction"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "quotes" / "__init__.py").write_text("")
    return copy


def test_an_edited_module_runs_from_source_with_a_warning(tmp_path):
    _compiled_or_skip()
    copy = _copy_package(tmp_path)
    shutil.copy(ARTICLES[-1], tmp_path / "seed.txt")
    code = (
        "import quotes.extraction as q; from quotes.extraction import native; "
        "print(native.is_compiled(), len(q.extract_text(open('seed.txt').read()).quotes))"
    )
    # A fresh copy (every file's date is the copy's) loads its compiled modules.
    result = _python(code, pure=False, cwd=tmp_path)
    assert (result.stdout.split()[0], result.stderr) == ("True", "")
    quotes = int(result.stdout.split()[1])
    with (copy / "marks.py").open("a") as source:
        source.write("\n# an edit\n")
    result = _python(code, pure=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "marks.py changed after the engine was compiled" in result.stderr
    assert result.stdout.split() == ["False", str(quotes)]


def test_stale_modules_compares_sources_with_what_was_compiled(tmp_path):
    suffix = native.EXTENSION_SUFFIXES[0]
    assert native.stale_modules(str(tmp_path)) == []  # nothing compiled: nothing stale
    for name in ("marks", "cues", native.GROUP_LIBRARY):
        (tmp_path / (name + suffix)).write_bytes(b"")
    (tmp_path / "marks.py").write_text("A = 1\n")
    (tmp_path / "cues.py").write_text("B = 2\n")
    (tmp_path / "cli.py").write_text("never compiled\n")
    # No record of what was compiled: nothing vouches for the modules.
    assert native.stale_modules(str(tmp_path)) == ["cues.py", "marks.py"]
    native.write_record(tmp_path, [tmp_path / "marks.py", tmp_path / "cues.py"])
    assert native.stale_modules(str(tmp_path)) == []
    os.utime(tmp_path / "marks.py", (4e9, 4e9))  # a newer date alone changes nothing
    assert native.stale_modules(str(tmp_path)) == []
    (tmp_path / "cues.py").write_text("B = 3\n")
    assert native.stale_modules(str(tmp_path)) == ["cues.py"]
