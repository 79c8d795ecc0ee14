"""Bad input: one clear line naming the file and the reason, nothing written for that
file, and the other files still land."""

import pytest
from django.urls import reverse

from quotes.models import Quote, Source
from tests.importing import article, counts, run_import, write

pytestmark = pytest.mark.django_db

BEFORE = article('"First things first," Anna Lindqvist said.', headline="Before")
AFTER = article('"Last things last," Tomas Berg said.', headline="After")
# What BEFORE and AFTER write: a source, a quote, a speaker and an alias each.
LANDED = {
    "Source": 2,
    "Quote": 2,
    "Speaker": 2,
    "SpeakerAlias": 2,
    "Quote history": 2,
    "Speaker history": 2,
    "SpeakerAlias history": 2,
}


def import_between_good_files(tmp_path, bad_name, bad_data, **options):
    """Import 1-before.txt, the bad file and 3-after.txt; return the outcome."""
    write(tmp_path, "1-before.txt", BEFORE)
    write(tmp_path, "3-after.txt", AFTER)
    if bad_data is not None:
        write(tmp_path, bad_name, bad_data)
    return run_import(tmp_path, **options)


def assert_only_the_good_files_landed(outcome, bad_path, reason):
    assert outcome.failed
    assert outcome.stderr.splitlines() == [f"error: {bad_path}: {reason}"]
    assert "Traceback" not in outcome.stdout + outcome.stderr
    assert counts() == LANDED
    assert sorted(Source.objects.values_list("headline", flat=True)) == ["After", "Before"]
    assert "failed                     1" in outcome.stdout


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\r\n\t\n", "empty file"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "binary file (contains NUL bytes)",
        ),
        (
            "date 2025-12-14 Talks\nA standfirst\nA body.".encode("utf-16"),
            "not UTF-8 text (UTF-16 byte order mark)",
        ),
        # Latin-1 is rejected, never guessed at: the message names the byte.
        (
            b"date 2025-12-14 Caf\xe9 society\nA standfirst\nA body.\n",
            "not UTF-8 text (invalid byte 0xe9 at offset 19)",
        ),
        (
            b"Talks resume in Berlin\nA standfirst\nA body.\n",
            "line 1 must be 'date YYYY-MM-DD headline'",
        ),
        (
            b"date 14/12/2025 Talks resume\nA standfirst\nA body.\n",
            "line 1 must be 'date YYYY-MM-DD headline'",
        ),
        (
            b"date 2025-13-45 Talks resume\nA standfirst\nA body.\n",
            "invalid date 2025-13-45 (month must be in 1..12)",
        ),
        (b"date 2025-12-14\nA standfirst\nA body.\n", "missing headline after the date on line 1"),
        (b"date 2025-12-14 Talks resume\nA standfirst only\n", "no body paragraphs"),
    ],
    ids=[
        "empty",
        "only whitespace",
        "binary",
        "utf-16",
        "latin-1",
        "no date line",
        "date in another format",
        "impossible date",
        "no headline",
        "no body",
    ],
)
def test_a_file_that_is_not_an_article_is_reported_and_the_others_land(tmp_path, data, reason):
    outcome = import_between_good_files(tmp_path, "2-bad.txt", data)
    assert_only_the_good_files_landed(outcome, tmp_path / "2-bad.txt", reason)


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    big = article(*(f'"Point {n}," Anna Lindqvist said.' for n in range(40)), headline="Big")
    outcome = import_between_good_files(tmp_path, "2-big.txt", big, max_bytes=len(big) - 1)
    reason = f"file too large ({len(big):,} bytes; the limit is {len(big) - 1:,})"
    assert_only_the_good_files_landed(outcome, tmp_path / "2-big.txt", reason)


def test_the_size_limit_defaults_to_the_setting(tmp_path, settings):
    settings.IMPORT_MAX_BYTES = 10
    write(tmp_path, "a.txt", BEFORE)
    outcome = run_import(tmp_path)
    assert "file too large" in outcome.stderr and Source.objects.count() == 0


def test_a_directory_with_no_articles_is_reported_and_the_others_land(tmp_path):
    empty = tmp_path / "empty"
    (empty / "nested").mkdir(parents=True)
    (empty / "notes.md").write_text("not an article")
    write(tmp_path / "good", "1-before.txt", BEFORE)
    write(tmp_path / "good", "3-after.txt", AFTER)
    outcome = run_import(empty, tmp_path / "good")
    assert outcome.failed
    assert outcome.stderr.splitlines() == [
        f"error: {empty}: directory with no articles (no *.atom, *.htm, *.html, *.jsonl, "
        "*.ndjson, *.rss, *.txt, *.xhtml or *.xml files)"
    ]
    assert counts() == LANDED


def test_a_missing_path_is_reported_and_the_others_land(tmp_path):
    write(tmp_path, "1-before.txt", BEFORE)
    write(tmp_path, "3-after.txt", AFTER)
    outcome = run_import(tmp_path / "1-before.txt", tmp_path / "nope.txt", tmp_path / "3-after.txt")
    assert outcome.stderr.splitlines() == [
        f"error: {tmp_path / 'nope.txt'}: no such file or directory"
    ]
    assert counts() == LANDED


def test_symbolic_links_in_an_import_folder_are_refused_unless_asked_for(tmp_path):
    outside = tmp_path / "outside"
    write(outside, "secret.txt", article('"Not for import," Tomas Berg said.', headline="Secret"))
    folder = tmp_path / "folder"
    write(folder, "1-before.txt", BEFORE)
    (folder / "2-link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked").symlink_to(outside)
    outcome = run_import(folder)
    assert outcome.failed
    assert outcome.stderr.splitlines() == [
        f"error: {folder / '2-link.txt'}: a symbolic link (use --follow-symlinks to follow it)",
        f"error: {folder / 'linked'}: a symbolic link (use --follow-symlinks to follow it)",
    ]
    assert list(Source.objects.values_list("headline", flat=True)) == ["Before"]
    followed = run_import(folder, follow_symlinks=True)
    assert not followed.failed, followed.stderr
    assert sorted(Source.objects.values_list("headline", flat=True)) == ["Before", "Secret"]


HOSTILE = article(
    '"<img src=x onerror=alert(1)> is not a policy," Anna Lindqvist said.',
    headline="<script>alert(1)</script> Talks resume",
    standfirst="<b>Bold</b> claims & counter-claims",
)


def test_hostile_html_is_stored_as_text_and_shown_escaped(tmp_path, editor_client):
    outcome = run_import(write(tmp_path, "hostile.txt", HOSTILE))
    assert not outcome.failed
    source = Source.objects.get()
    quote = Quote.objects.get()
    assert source.headline == "<script>alert(1)</script> Talks resume"
    assert source.standfirst == "<b>Bold</b> claims & counter-claims"
    assert quote.text.startswith("<img src=x onerror=alert(1)> is not a policy")

    pages = [
        reverse("admin:quotes_quote_changelist"),
        reverse("admin:quotes_quote_change", args=[quote.pk]),
        reverse("admin:quotes_source_change", args=[source.pk]),
    ]
    for url in pages:
        html = editor_client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "<img src=x" not in html, url
    changelist = editor_client.get(pages[0]).content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt; is not a policy" in changelist
    source_page = editor_client.get(pages[2]).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Talks resume" in source_page
