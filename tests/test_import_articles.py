"""import_articles: provenance, idempotence, new versions, dry runs, output, atomicity."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.extraction import EXTRACTOR_VERSION
from quotes.importing import writing
from quotes.models import Quote, Source, Speaker
from quotes.models.sources import content_hash
from tests.importing import QUOTED, article, counts, run_import, write

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_it_imports_an_article_with_its_provenance(tmp_path):
    path = write(tmp_path, "a.txt", QUOTED)
    outcome = run_import(path, outlet="Example News")
    assert not outcome.failed and outcome.stderr == ""

    source = Source.objects.get()
    assert source.headline == "Talks resume in Berlin"
    assert source.origin_file == str(path)
    assert (source.outlet, source.extractor_version) == ("Example News", EXTRACTOR_VERSION)
    assert source.content_hash == content_hash(source.full_text)
    assert source.imported_at is not None
    quotes = list(Quote.objects.order_by("start").select_related("speaker"))
    assert [(q.speaker.name, q.speaker_match) for q in quotes] == [
        ("Anna Lindqvist", "new"),
        ("Tomas Berg", "new"),
    ]
    for quote in quotes:
        assert quote.text in source.body[quote.start : quote.end]
        assert quote.text in source.paragraphs[quote.paragraph]
        assert quote.said_on == source.published_on
        assert quote.extractor_version == EXTRACTOR_VERSION
        assert quote.created_at == source.imported_at
        assert quote.history.get().history_change_reason == f"Imported from {path}"
    assert "sources created            1" in outcome.stdout
    assert "speakers created           2" in outcome.stdout


def test_importing_the_same_text_again_creates_nothing_and_says_so(tmp_path):
    path = write(tmp_path, "a.txt", QUOTED)
    run_import(path)
    before = counts()
    # The same article with CRLF line ends and trailing spaces is the same text.
    write(tmp_path, "copy.txt", QUOTED.replace(b"\n", b"  \r\n"))
    outcome = run_import(tmp_path, verbosity=2)
    assert counts() == before
    source = Source.objects.get()
    assert outcome.stdout.count(f": already imported (source {source.pk})") == 2
    assert "skipped, already imported  2" in outcome.stdout
    assert not outcome.failed


def test_a_corrected_version_is_a_new_source_and_the_summary_says_how_to_replace(tmp_path):
    path = write(tmp_path, "a.txt", QUOTED)
    run_import(path)
    write(tmp_path, "a.txt", QUOTED.replace(b"Sunday", b"Monday"))
    outcome = run_import(path)
    old, new = Source.objects.order_by("pk")
    assert f"new version of source {old.pk} (use --replace" in outcome.stdout
    assert old.quotes.count() == new.quotes.count() == 2


def test_dry_run_prints_what_would_be_created_and_writes_nothing(tmp_path):
    write(tmp_path, "a.txt", QUOTED)
    write(tmp_path, "b.txt", article('"We disagree," Anna Lindqvist said.', headline="Later"))
    before = counts()
    outcome = run_import(tmp_path, dry_run=True)
    assert counts() == before
    assert "would import" in outcome.stdout
    assert "Anna Lindqvist, Tomas Berg" in outcome.stdout
    assert "Dry run, nothing written" in outcome.stdout
    assert "speakers created           2" in outcome.stdout  # not 3: b.txt finds her
    assert "speakers matched           1" in outcome.stdout


def test_verbosity_zero_prints_the_summary_and_three_prints_each_quote(tmp_path):
    path = write(tmp_path, "a.txt", QUOTED)
    quiet = run_import(path, verbosity=0, dry_run=True)
    assert quiet.stdout.splitlines()[0].startswith("Dry run")
    loud = run_import(path, verbosity=3)
    assert "We are close to a deal" in loud.stdout and "Anna Lindqvist (new)" in loud.stdout


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(("files", "bar"), [(6, True), (5, False)])
def test_a_progress_bar_shows_on_a_terminal_for_more_than_a_handful_of_files(tmp_path, files, bar):
    for n in range(files):
        write(tmp_path, f"{n}.txt", article(f'"Point {n}," Anna Lindqvist said.', headline=f"{n}"))
    terminal = FakeTerminal()
    call_command("import_articles", str(tmp_path), stdout=terminal, stderr=io.StringIO())
    assert ("article/s" in terminal.getvalue()) is bar


def test_no_progress_bar_when_not_writing_to_a_terminal(tmp_path):
    for n in range(8):
        write(tmp_path, f"{n}.txt", article(f'"Point {n}," Anna Lindqvist said.', headline=f"{n}"))
    outcome = run_import(tmp_path)
    assert "article/s" not in outcome.stdout + outcome.stderr and "\r" not in outcome.stdout


def test_the_queries_for_one_article_do_not_grow_with_its_quotes(tmp_path):
    def many(n, headline):
        return article(
            *(f'"Point {i} stands," Anna Lindqvist said.' for i in range(n)), headline=headline
        )

    warm = write(tmp_path, "warm.txt", many(1, "Warm-up"))
    run_import(warm)  # she exists from now on
    with CaptureQueriesContext(connection) as queries:
        run_import(warm)  # what a run costs when its one article is skipped
    per_run = len(queries)
    lengths = []
    for n in (3, 30):
        with CaptureQueriesContext(connection) as queries:
            run_import(write(tmp_path, f"{n}.txt", many(n, f"{n} points")))
        assert Source.objects.get(headline=f"{n} points").quotes.count() == n
        lengths.append(len(queries) - per_run)
    assert lengths[0] == lengths[1]
    # Savepoint, source, quotes, their history, release; on PostgreSQL ids from the
    # sequence before each COPY (source, quotes). The search index is the database's
    # triggers' work on both.
    assert lengths[0] == (7 if connection.vendor == "postgresql" else 5)


def test_a_failure_in_the_middle_of_an_article_leaves_nothing_of_it(tmp_path, monkeypatch):
    write(tmp_path, "1.txt", article('"First," Anna Lindqvist said.', headline="One"))
    write(tmp_path, "2.txt", article('"Second," Kaja Kallas said.', headline="Two"))
    write(tmp_path, "3.txt", article('"Third," Tomas Berg said.', headline="Three"))
    real = writing._insert_with_history

    def fail_on_the_second_articles_quotes(objs, model):
        if model is Quote and any(quote.source.headline == "Two" for quote in objs):
            raise RuntimeError("disk on fire")
        return real(objs, model)

    monkeypatch.setattr(writing, "_insert_with_history", fail_on_the_second_articles_quotes)
    outcome = run_import(tmp_path)

    assert str(outcome.error) == "1 of 3 failed."
    assert (
        outcome.stderr.strip()
        == f"error: {tmp_path / '2.txt'}: unexpected RuntimeError: disk on fire"
    )
    assert sorted(Source.objects.values_list("headline", flat=True)) == ["One", "Three"]
    assert sorted(Speaker.objects.values_list("name", flat=True)) == [
        "Anna Lindqvist",
        "Tomas Berg",
    ]
    assert Quote.objects.count() == 2
    assert Speaker.history.count() == 2


def test_from_the_shell_a_failed_file_exits_non_zero_without_a_traceback(tmp_path):
    write(tmp_path, "good.txt", QUOTED)
    write(tmp_path, "bad.txt", b"date 2025-12-14 Caf\xe9 society\nA standfirst\nA body.\n")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "DEBUG": "true"}

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
        )

    assert manage("migrate", "--noinput", "-v", "0").returncode == 0
    done = manage("import_articles", str(tmp_path))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"error: {tmp_path / 'bad.txt'}: not UTF-8 text (invalid byte 0xe9" in done.stderr
    assert "sources created            1" in done.stdout


def test_the_command_refuses_no_paths():
    outcome = run_import()
    assert "the following arguments are required: PATH" in str(outcome.error)


TRICKY = article(
    "Chancellor Rachel Reeves defended her budget on Monday.",
    # A quote over two paragraphs: the first opens and never closes; a nested quote.
    '"We inherited a mess. We have had to make choices that nobody would want to make.',
    "\"But the 'growth first' approach is working, and the numbers show it,\" she said.",
    'Shadow chancellor Mel Stride disagreed. "This is a budget for nobody," he told the BBC.',
    "Officials at the Treasury said the forecasts would be published on Friday.",
    'Ms Reeves added: "I will not apologise for fixing the foundations."',
    headline="Ministers clash over the budget",
)


def test_tricky_quoting_lands_with_pronouns_resolved_and_groups_left_anonymous(tmp_path):
    outcome = run_import(write(tmp_path, "budget.txt", TRICKY))
    assert not outcome.failed
    source = Source.objects.get()
    quotes = list(Quote.objects.order_by("start").select_related("speaker"))
    speakers = [(q.speaker.name if q.speaker else None, q.speaker_mention) for q in quotes]
    assert speakers == [
        ("Rachel Reeves", "she"),
        ("Mel Stride", "he"),
        (None, "Officials at the Treasury"),
        ("Rachel Reeves", "Ms Reeves"),
    ]
    both = quotes[0]
    assert "We inherited a mess" in both.text and "'growth first'" in both.text
    assert source.body.count("\n", both.start, both.end) == 1  # it spans two paragraphs
    assert quotes[2].speaker_match == Quote.SpeakerMatch.ANONYMOUS
    assert sorted(Speaker.objects.values_list("name", flat=True)) == ["Mel Stride", "Rachel Reeves"]
    assert Speaker.objects.get(name="Rachel Reeves").description == "Chancellor"
    assert "unattributed quotes        1 (1 anonymous)" in outcome.stdout


def test_imported_quotes_are_in_the_search_index_by_speaker_and_words(tmp_path):
    run_import(write(tmp_path, "a.txt", QUOTED))
    assert [q.text for q in Quote.objects.search("deal")] == ["We are close to a deal,"]
    assert [q.speaker.name for q in Quote.objects.search("Lindqvist")] == ["Anna Lindqvist"]


def test_a_run_leaves_the_connections_commit_mode_as_it_found_it(tmp_path):
    run_import(write(tmp_path, "a.txt", QUOTED))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone()[0] == "on"
    assert Source.objects.count() == 1
