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
    edited = copy / "marks.py"
    later = max(p.stat().st_mtime for p in copy.glob("*.so")) + 10
    os.utime(edited, (later, later))
    code = (
        "import quotes.extraction as q; from quotes.extraction import native; "
        "print(native.is_compiled(), len(q.extract_text(open(q.__path__[0] + "
        "'/../../seed.txt').read()).quotes))"
    )
    shutil.copy(ARTICLES[-1], tmp_path / "seed.txt")
    result = _python(code, pure=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "marks.py changed after the engine was compiled" in result.stderr
    compiled_flag, count = result.stdout.split()
    assert compiled_flag == "False" and int(count) > 0
    # The untouched copy still loads its compiled modules.
    os.utime(edited, (later - 20, later - 20))
    result = _python(code, pure=False, cwd=tmp_path)
    assert (result.stdout.split()[0], result.stderr) == ("True", "")


def test_stale_modules_dates_the_build_by_its_newest_library(tmp_path):
    suffix = native.EXTENSION_SUFFIXES[0]

    def touch(name: str, when: float) -> None:
        (tmp_path / name).write_text("")
        os.utime(tmp_path / name, (when, when))

    assert native.stale_modules(str(tmp_path)) == []  # nothing compiled: nothing stale
    touch("marks.py", 2_000)
    touch("marks" + suffix, 1_000)  # a shim, left alone by a rebuild
    touch("cues.py", 3_500)
    touch("cues" + suffix, 1_000)
    touch("_compiled__mypyc" + suffix, 3_000)  # the code, rebuilt at 3,000
    touch("cli.py", 9_000)  # never compiled
    assert native.stale_modules(str(tmp_path)) == ["cues.py"]
