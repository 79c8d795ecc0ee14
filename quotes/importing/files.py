"""Finding the inputs (files, directories, URLs, uploads, zips) and reading them,
with a size limit."""

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from quotes.extraction.article import ArticleError

from . import formats
from .zips import is_zip, read_member, zip_members

URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
SYMLINK = "a symbolic link (use --follow-symlinks to follow it)"


@dataclass(frozen=True)
class Upload:
    """A file's bytes, with the name it was uploaded under (an admin import's input)."""

    name: str
    data: bytes


class Item(NamedTuple):
    """An input given or found, or why it cannot be read (`problem`). Its bytes are
    at `path`, in `data` (an upload), in a zip (`member`), or at `url`."""

    name: str
    path: Path | None
    problem: str = ""
    data: bytes | None = None
    url: str = ""
    member: tuple | None = None  # (the open ZipFile, its ZipInfo)


def find_articles(
    inputs, *, follow_symlinks: bool = False, input_format: str = "", zip_limits=None
):
    """Each input in order: URLs as given, files named (a zip's articles one by one),
    and under directories the files with an article extension (sorted; those of
    `input_format` only, when given). A symbolic link is refused unless
    `follow_symlinks`: a link in an import folder can point anywhere on the server."""
    for given in inputs:
        if isinstance(given, Upload):
            if is_zip(given.name, given.data):
                yield from zip_members(given.name, io.BytesIO(given.data), input_format, zip_limits)
            else:
                yield Item(given.name, None, data=given.data)
            continue
        text = str(given)
        path = Path(given)
        if URL.match(text):
            yield Item(text, None, url=text)
        elif path.is_symlink() and not follow_symlinks:
            yield Item(text, None, SYMLINK)
        elif path.is_dir():
            yield from _directory(path, text, input_format, follow_symlinks=follow_symlinks)
        elif path.is_file() and is_zip(text):
            yield from zip_members(text, path, input_format, zip_limits)
        elif path.is_file():
            yield Item(text, path)
        else:
            yield Item(text, None, "no such file or directory")


def _directory(path: Path, given: str, input_format: str, *, follow_symlinks: bool):
    suffixes = tuple(formats.extensions_of(input_format or None))
    found = False
    for top, dirs, files in os.walk(path, followlinks=follow_symlinks):
        dirs.sort()
        for file in sorted(f for f in files if f.lower().endswith(suffixes)):
            found = True
            full = Path(top, file)
            if full.is_symlink() and not follow_symlinks:
                yield Item(str(full), None, SYMLINK)
            else:
                yield Item(str(full), full)
        if not follow_symlinks:  # linked folders are listed with the files: say so
            for folder in [d for d in dirs if Path(top, d).is_symlink()]:
                found = True
                yield Item(str(Path(top, folder)), None, SYMLINK)
    if not found:
        yield Item(given, None, f"directory with no articles (no {_listed(suffixes)} files)")


def _listed(suffixes) -> str:
    names = [f"*{suffix}" for suffix in suffixes]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def open_item(item: Item):
    """A binary file object to read a file, an upload or a zip's member from (a JSON
    Lines dump streams through it a line at a time)."""
    if item.member is not None:
        archive, info = item.member
        return archive.open(info)
    if item.data is not None:
        return io.BytesIO(item.data)
    try:
        return item.path.open("rb")
    except OSError as error:
        raise ArticleError(f"cannot read the file ({error.strerror or error})") from None


def read_item(item: Item, *, max_bytes: int) -> bytes:
    """The bytes of a file, an upload or a zip's member (not a URL: fetching.py)."""
    if item.member is not None:
        return read_member(*item.member, max_bytes=max_bytes)
    if item.data is not None:
        if len(item.data) > max_bytes:
            raise ArticleError(
                f"file too large ({len(item.data):,} bytes; the limit is {max_bytes:,})"
            )
        return item.data
    return read_article_file(item.path, max_bytes=max_bytes)


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
