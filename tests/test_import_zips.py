"""Zips of articles: read member by member, never unpacked to disk, and refused when
crafted (paths that climb out, bombs, too many members)."""

import io
import stat
import zipfile
from pathlib import Path

import pytest

from quotes.importing import Upload
from quotes.importing.files import find_articles
from quotes.models import Source
from tests.importing import QUOTED, article, run_import, write

pytestmark = pytest.mark.django_db

INPUTS = Path(__file__).parent / "inputs"


def zipped(members: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():  # a name, or a ZipInfo
            archive.writestr(name, data)
    return buffer.getvalue()


def test_every_kind_of_article_in_a_zip_lands(tmp_path):
    archive = write(
        tmp_path,
        "batch.zip",
        zipped(
            {
                "text/talks.txt": QUOTED,
                "pages/lanes.html": (INPUTS / "wordpress_cycle_lanes.html").read_bytes(),
                "dump.jsonl": (INPUTS / "scraper_dump.jsonl").read_bytes().splitlines()[0],
                "notes.md": b"not an article: skipped",
                "__MACOSX/pages/._lanes.html": b"\x00\x05\x16\x07 resource fork",
            }
        ),
    )
    outcome = run_import(archive)
    assert not outcome.failed, outcome.stderr
    assert sorted(Source.objects.values_list("origin_file", flat=True)) == [
        f"{archive}/dump.jsonl:1",
        f"{archive}/pages/lanes.html",
        f"{archive}/text/talks.txt",
    ]


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("../../etc/cron.d/evil.txt", "refused: a path that is absolute or climbs out with .."),
        ("/etc/passwd.txt", "refused: a path that is absolute or climbs out with .."),
        ("C:/Windows/evil.txt", "refused: a path that is absolute or climbs out with .."),
        ("inner.zip", "refused: a zip inside a zip is not opened"),
    ],
    ids=["dot-dot", "absolute", "drive letter", "nested zip"],
)
def test_a_crafted_member_is_refused_by_name_and_the_others_land(tmp_path, member, reason):
    archive = write(tmp_path, "crafted.zip", zipped({member: QUOTED, "good.txt": QUOTED}))
    outcome = run_import(archive)
    assert outcome.stderr.splitlines() == [f"error: {archive}/{member}: {reason}"]
    assert Source.objects.count() == 1


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    archive = write(tmp_path, "bomb.zip", zipped({"bomb.txt": b"\x00" * 4_000_000}))
    assert archive.stat().st_size < 10_000
    (line,) = run_import(archive).stderr.splitlines()
    assert line.startswith(f"error: {archive}/bomb.txt: refused: it would unpack")
    assert line.endswith("times larger than it is packed (a zip bomb?)")


def test_a_member_over_the_size_limit_is_refused_even_when_its_header_lies(tmp_path):
    data = article(*(f'"Point {n}," Anna Lindqvist said.' for n in range(50)), headline="Big")
    archive = zipped({"big.txt": data}, compression=zipfile.ZIP_STORED)
    # Claim a tiny size in both headers; the reader must not trust it.
    size = len(data).to_bytes(4, "little")
    lying = archive.replace(size, (10).to_bytes(4, "little"))
    path = write(tmp_path, "lying.zip", lying)
    outcome = run_import(path, max_bytes=100)
    assert Source.objects.count() == 0
    (line,) = outcome.stderr.splitlines()
    assert line.startswith(f"error: {path}/big.txt: ")


def test_a_zip_with_too_many_members_is_refused_whole(tmp_path, settings):
    settings.IMPORT_ZIP_MAX_FILES = 3
    archive = write(tmp_path, "many.zip", zipped({f"{n}.txt": QUOTED for n in range(4)}))
    outcome = run_import(archive)
    assert outcome.stderr.splitlines() == [f"error: {archive}: zip with 4 files (the limit is 3)"]
    assert Source.objects.count() == 0


def test_a_symbolic_link_in_a_zip_is_refused():
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    items = list(find_articles([Upload("links.zip", zipped({link: b"/etc/passwd"}))]))
    assert [(i.name, i.problem) for i in items] == [
        ("links.zip/link.txt", "refused: a symbolic link")
    ]


def test_something_that_is_not_a_zip_says_so(tmp_path):
    path = write(tmp_path, "broken.zip", b"PK\x03\x04 and then nonsense")
    (line,) = run_import(path).stderr.splitlines()
    assert line.startswith(f"error: {path}: not a readable zip file")
