"""The articles in a zip, read one at a time without unpacking it to disk.

An uploaded zip is hostile input: its members' names may be absolute or climb out with
"..", its sizes may lie, and a few kilobytes may unpack to gigabytes. So the number of
members is capped, every member is read through a limit of IMPORT_MAX_BYTES whatever
its header claims, a member that claims to shrink more than MAX_RATIO times is refused
before it is read, and names that could mean a path outside the archive are refused
(nothing is ever written to disk, but such a name is a sign of a crafted archive, and
it would be shown and stored as where the article came from).
"""

import re
import stat
import zipfile
from pathlib import PurePosixPath

from django.conf import settings

from quotes.extraction.article import ArticleError

from . import formats

# Text and HTML compress five to twenty times; far more is a zip bomb's signature.
MAX_RATIO = 200
_DRIVE = re.compile(r"[A-Za-z]:")


def is_zip(name: str, data: bytes = b"") -> bool:
    return name.lower().endswith(".zip") or data.startswith(b"PK\x03\x04")


def zip_members(name: str, source, input_format: str = "", limits=None):
    """Items for the zip's articles (members with an article extension, or every
    member when a format is forced), in the archive's order; problems as Items."""
    from .files import Item

    max_files, max_bytes = limits or (settings.IMPORT_ZIP_MAX_FILES, settings.IMPORT_MAX_BYTES)
    try:
        archive = zipfile.ZipFile(source)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        yield Item(name, None, f"not a readable zip file ({error})")
        return
    if len(members) > max_files:
        yield Item(name, None, f"zip with {len(members):,} files (the limit is {max_files:,})")
        return
    found = False
    for info in members:
        member = info.filename
        if info.is_dir() or _hidden(member):
            continue
        label = f"{name}/{member}"
        if not _safe(member):
            yield Item(label, None, "refused: a path that is absolute or climbs out with ..")
            found = True
            continue
        if not input_format and formats.by_name(member) is None and not is_zip(member):
            continue
        found = True
        problem = _problem(info, max_bytes)
        yield Item(label, None, problem) if problem else Item(label, None, member=(archive, info))
    if not found:
        yield Item(name, None, "zip with no articles (no file with an article extension)")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_bytes: int) -> bytes:
    try:
        with archive.open(info) as file:
            data = file.read(max_bytes + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        raise ArticleError(f"cannot read it from the zip ({error})") from None
    if len(data) > max_bytes:  # its header said less
        raise ArticleError(f"file too large (over the limit of {max_bytes:,} bytes unpacked)")
    return data


def _problem(info: zipfile.ZipInfo, max_bytes: int) -> str:
    if stat.S_ISLNK(info.external_attr >> 16):
        return "refused: a symbolic link"
    if info.flag_bits & 0x1:
        return "refused: encrypted"
    if is_zip(info.filename):
        return "refused: a zip inside a zip is not opened"
    if info.file_size > max_bytes:
        return f"file too large ({info.file_size:,} bytes unpacked; the limit is {max_bytes:,})"
    if info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return (
            f"refused: it would unpack {info.file_size // max(info.compress_size, 1):,} times "
            "larger than it is packed (a zip bomb?)"
        )
    return ""


def _safe(member: str) -> bool:
    path = PurePosixPath(member)
    return not (
        path.is_absolute()
        or ".." in path.parts
        or "\\" in member
        or "\x00" in member
        or _DRIVE.match(member)
    )


def _hidden(member: str) -> bool:
    """macOS's resource forks and dot files, which ride along in zips people make."""
    path = PurePosixPath(member)
    return path.parts[0] == "__MACOSX" or path.name.startswith(".")
