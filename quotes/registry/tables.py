"""The registry's shipped tables (data/*.tsv), read once per process.

Each is a hand-written TSV: `#` lines are comments, fields are tab-separated. See the
header of each file for what it holds and how it was made.
"""

from functools import lru_cache
from pathlib import Path

from quotes.extraction.names import alias_key

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def formal_given_names() -> dict[str, frozenset[str]]:
    """Short given name -> the formal names it stands for ("bill" -> {"william"})."""
    found: dict[str, set[str]] = {}
    for formal, *short in rows("hypocorisms.tsv"):
        for form in short:
            found.setdefault(form.strip(), set()).add(formal.strip())
    return {form: frozenset(names) for form, names in found.items()}


@lru_cache(maxsize=1)
def formal_names() -> frozenset[str]:
    return frozenset(formal.strip() for formal, *_ in rows("hypocorisms.tsv"))


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """A country's name or adjective, lower case -> its code ("china's" -> "CN")."""
    found = {}
    for code, *names in rows("countries.tsv"):
        for name in names:
            name = name.strip()
            found[name] = code
            found[name + "'s"] = code
            found[name + "’s"] = code
    return found


@lru_cache(maxsize=1)
def organisations() -> dict[str, tuple[str, str]]:
    """Any name of a listed organisation, as an alias key -> (its record's name, its
    country code or "")."""
    found = {}
    for name, country, *others in rows("organisations.tsv"):
        entry = (name.strip(), "" if country.strip() == "-" else country.strip())
        for form in (name, *others):
            found[alias_key(form.strip())] = entry
    return found
