"""The README's commands for a newcomer, run exactly as written, on a fresh database."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_LINES = [
    line.split("  #")[0].strip()
    for block in re.findall(r"```sh\n(.*?)```", README, re.S)
    for line in block.splitlines()
]

pytestmark = pytest.mark.skipif(
    not (ROOT / ".venv" / "bin" / "python").exists(), reason="needs the project's .venv"
)


def readme_line(prefix: str) -> str:
    lines = [line for line in SHELL_LINES if line.startswith(prefix)]
    assert lines, f"the README no longer shows a command starting {prefix!r}"
    return lines[0]


@pytest.fixture
def fresh_database(tmp_path):
    """The environment of a newcomer's shell, with a database of its own."""
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env["COUNTER_CACHE_URL"] = "locmemcache://"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v", "0"],
        cwd=ROOT,
        env={**env, "DEBUG": "true"},
        check=True,
        timeout=300,
    )
    return env


def shell(line: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        line, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_readmes_import_command_imports_the_seeds(fresh_database):
    done = shell(readme_line("make import "), fresh_database)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sources created            1" in done.stdout
    assert "failed                     0" in done.stdout
    again = shell(readme_line("make import "), fresh_database)
    assert "skipped, already imported  1" in again.stdout


def test_the_readmes_editor_command_works_from_a_script(fresh_database):
    line = readme_line("DEBUG=true .venv/bin/python manage.py create_editor")
    env = {**fresh_database, "CLAIMTRACKER_EDITOR_PASSWORD": "correct horse battery staple"}
    done = shell(line, env)
    assert done.returncode == 0, done.stderr
    assert "Created editor 'YOUR_NAME'." in done.stdout


def test_the_readmes_examples_of_other_inputs_do_what_it_says(fresh_database):
    pages = shell(readme_line('make import PATHS="tests/inputs/'), fresh_database)
    assert pages.returncode != 0  # the feed's empty entry is an error
    assert "sources created            3" in pages.stdout
    assert (
        "error: tests/inputs/rss_with_full_content.xml#3: the entry has no content and no "
        "link to fetch it from"
    ) in pages.stderr
    dump = shell(readme_line("make import PATHS=tests/inputs/scraper_dump.jsonl"), fresh_database)
    assert "sources created            2" in dump.stdout
    assert (
        "error: tests/inputs/scraper_dump.jsonl:2: 'date' must be YYYY-MM-DD (got '02/11/2025')"
    ) in dump.stderr
    urls = shell(readme_line('make import PATHS=seeds/ IMPORT_ARGS="--urls'), fresh_database)
    assert urls.returncode == 0, urls.stdout + urls.stderr
