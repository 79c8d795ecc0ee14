"""Finding article files and reading them, with a size limit."""

import os
from pathlib import Path
from typing import NamedTuple

from quotes.extraction.article import ArticleError

ARTICLE_SUFFIX = ".txt"


class Item(NamedTuple):
    """A path given or found, or why it cannot be read (`problem`)."""

    name: str
    path: Path | None
    problem: str = ""


def find_articles(paths, *, follow_symlinks: bool = False):
    """Files named, and *.txt files under directories (sorted), in order. A symbolic
    link is refused unless `follow_symlinks`: a link in an import folder can point
    anywhere on the server."""
    for given in paths:
        path = Path(given)
        if path.is_symlink() and not follow_symlinks:
            yield Item(str(given), None, "a symbolic link (use --follow-symlinks to follow it)")
        elif path.is_dir():
            yield from _directory(path, str(given), follow_symlinks=follow_symlinks)
        elif path.is_file():
            yield Item(str(given), path)
        else:
            yield Item(str(given), None, "no such file or directory")


def _directory(path: Path, given: str, *, follow_symlinks: bool):
    found = False
    for top, dirs, files in os.walk(path, followlinks=follow_symlinks):
        dirs.sort()
        for file in sorted(f for f in files if f.lower().endswith(ARTICLE_SUFFIX)):
            found = True
            full = Path(top, file)
            if full.is_symlink() and not follow_symlinks:
                yield Item(str(full), None, "a symbolic link (use --follow-symlinks to follow it)")
            else:
                yield Item(str(full), full)
        if not follow_symlinks:  # linked folders are listed with the files: say so
            for folder in [d for d in dirs if Path(top, d).is_symlink()]:
                found = True
                yield Item(
                    str(Path(top, folder)),
                    None,
                    "a symbolic link (use --follow-symlinks to follow it)",
                )
    if not found:
        yield Item(given, None, "directory with no articles (no *.txt files)")


def read_article_file(path: Path, *, max_bytes: int) -> bytes:
    """An article file's bytes; ArticleError when it is too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise ArticleError(f"cannot read the file ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"file too large (over the limit of {max_bytes:,} bytes)")
    return data
