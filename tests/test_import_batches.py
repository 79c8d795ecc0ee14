"""Importing in batches: many articles per transaction, with the same outcome as one
at a time."""

import pytest

from quotes.importing import articles, batches, run, worker
from quotes.models import Quote, Source, Speaker, SpeakerAlias
from tests.factories import SpeakerAliasFactory, SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db
Match = Quote.SpeakerMatch


def three_articles(directory):
    write(directory, "1.txt", article('"We stand firm," Volodymyr Zelenskyy said.', headline="1"))
    write(directory, "2.txt", article('"Talks go on," Kaja Kallas said.', headline="2"))
    write(directory, "3.txt", article('"Air defence now," Volodymyr Zelenskiy said.', headline="3"))


def test_a_speaker_created_by_one_article_of_a_batch_is_found_by_the_next(tmp_path):
    three_articles(tmp_path)
    outcome = run_import(tmp_path)
    assert not outcome.failed
    assert "speakers created           2" in outcome.stdout
    assert "speakers matched           1" in outcome.stdout
    zelenskyy = Speaker.objects.get(name="Volodymyr Zelenskyy")
    assert list(
        Quote.objects.order_by("source__headline").values_list("speaker", "speaker_match")
    ) == [
        (zelenskyy.pk, Match.NEW),
        (Speaker.objects.get(name="Kaja Kallas").pk, Match.NEW),
        (zelenskyy.pk, Match.FUZZY),
    ]


def test_a_batch_writes_history_rows_with_each_articles_reason(tmp_path):
    three_articles(tmp_path)
    run_import(tmp_path)
    for quote in Quote.objects.select_related("source"):
        row = quote.history.get()
        assert (row.history_type, row.text, row.speaker_id) == ("+", quote.text, quote.speaker_id)
        assert row.history_change_reason == f"Imported from {quote.source.origin_file}"
    kallas = Speaker.objects.get(name="Kaja Kallas")
    assert kallas.history.get().history_change_reason == f"Imported from {tmp_path / '2.txt'}"
    assert SpeakerAlias.history.filter(speaker_id=kallas.pk, history_type="+").exists()


def test_a_batch_that_lost_a_race_is_written_again_with_the_winners_speaker(tmp_path, monkeypatch):
    three_articles(tmp_path)
    real = articles.write_articles
    calls = []

    def another_process_wins_first(articles, **options):
        if not calls:  # between resolution and write, "another process" commits her
            kallas = SpeakerFactory(name="Kaja Kallas", slug="kaja-kallas")
            SpeakerAliasFactory(speaker=kallas, name="Kaja Kallas")
        calls.append(len(articles))
        return real(articles, **options)

    monkeypatch.setattr(articles, "write_articles", another_process_wins_first)
    outcome = run_import(tmp_path)

    assert not outcome.failed and calls == [3, 3]
    assert "retried, lost a race       1" in outcome.stdout
    assert Speaker.objects.filter(name="Kaja Kallas").count() == 1
    quote = Quote.objects.get(source__headline="2")
    assert (quote.speaker.name, quote.speaker_match) == ("Kaja Kallas", Match.ALIAS)


def test_a_new_version_in_the_same_run_sees_the_earlier_one(tmp_path):
    write(tmp_path, "a/talks.txt", article('"First," Anna Lindqvist said.'))
    write(tmp_path, "b/talks.txt", article('"Second," Anna Lindqvist said.'))
    outcome = run_import(tmp_path)
    first = Source.objects.get(origin_file=str(tmp_path / "a/talks.txt"))
    assert f"new version of source {first.pk}" in outcome.stdout
    assert Source.objects.count() == 2 and Speaker.objects.count() == 1


def test_a_worker_process_extracts_the_next_batch_while_one_is_written(tmp_path):
    names = ["Anna Lindqvist", "Tomas Berg", "Kaja Kallas", "Jan Schmidt", "Ana Costa"]
    for n, name in enumerate(names):
        write(tmp_path, f"{n}.txt", article(f'"Point {n}," {name} said.', headline=f"{n}"))
    outcome = run_import(tmp_path, batch_size=2, workers=1)
    assert not outcome.failed, outcome.stderr
    assert list(
        Quote.objects.order_by("source__headline").values_list("speaker__name", "text")
    ) == [(name, f"Point {n},") for n, name in enumerate(names)]
    assert Source.objects.count() == 5


def test_an_article_the_extractor_fails_on_fails_alone(tmp_path, monkeypatch):
    three_articles(tmp_path)
    real = worker.extract

    def fail_on_the_second(article):
        if article.headline == "2":
            raise RuntimeError("extractor bug")
        return real(article)

    monkeypatch.setattr(worker, "extract", fail_on_the_second)
    outcome = run_import(tmp_path)
    assert str(outcome.error) == "1 of 3 failed."
    assert (
        outcome.stderr.strip()
        == f"error: {tmp_path / '2.txt'}: unexpected RuntimeError: extractor bug"
    )
    assert sorted(Source.objects.values_list("headline", flat=True)) == ["1", "3"]


def test_a_batch_of_one_writes_each_article_on_its_own(tmp_path):
    three_articles(tmp_path)
    outcome = run_import(tmp_path, batch_size=1)
    assert not outcome.failed
    assert Source.objects.count() == 3 and Speaker.objects.count() == 2


GIVEN = ["Anna", "Tomas", "Kaja", "Jan", "Ana", "Maria", "Peter", "Lena", "Omar"]
SURNAMES = ["Lindqvist", "Berg", "Kallas", "Schmidt", "Costa", "Novak", "Okafor"]


def many_articles(directory, count):
    for n in range(count):
        name = f"{GIVEN[n % len(GIVEN)]} {SURNAMES[n // len(GIVEN) % len(SURNAMES)]}"
        write(directory, f"{n:03}.txt", article(f'"Point {n}," {name} said.', headline=f"{n}"))


def test_the_worker_extracts_every_batch_after_the_first_of_a_long_run(tmp_path):
    many_articles(tmp_path, 45)  # five batches of ten: the worker gets four of them
    outcome = run_import(tmp_path, batch_size=10, workers=1, verbosity=2)
    assert not outcome.failed and outcome.stderr == ""
    assert Source.objects.count() == 45
    assert Quote.objects.filter(speaker__isnull=False).count() == 45
    assert "extracted by the worker    35 (here: 10)" in outcome.stdout


def die(articles):
    """A worker task that kills its process, as the OOM killer or an unpicklable object
    would."""
    import os

    os._exit(3)


def test_a_worker_that_dies_is_reported_once_and_the_run_goes_on_here(tmp_path, monkeypatch):
    monkeypatch.setattr(batches.Pipeline, "worker_task", staticmethod(die))
    many_articles(tmp_path, 45)
    outcome = run_import(tmp_path, batch_size=10, workers=1, verbosity=2)
    assert not outcome.failed
    warnings = outcome.stderr.strip().splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith("warning: the extraction worker process stopped")
    assert warnings[0].endswith("extracting in this process for the rest of the run")
    assert Source.objects.count() == 45 and Quote.objects.count() == 45
    assert "extracted by the worker    0 (here: 45)" in outcome.stdout


def test_an_interrupted_run_still_says_what_landed(tmp_path, monkeypatch):
    many_articles(tmp_path, 25)
    real = run.parse_file
    seen = []

    def interrupted_at_the_twenty_first(name, data, **options):
        seen.append(name)
        if len(seen) == 21:
            raise KeyboardInterrupt
        return real(name, data, **options)

    monkeypatch.setattr(run, "parse_file", interrupted_at_the_twenty_first)
    outcome = run_import(tmp_path, batch_size=10, workers=0)
    assert str(outcome.error) == "Interrupted." and outcome.error.returncode == 130
    assert "Traceback" not in outcome.stdout + outcome.stderr
    # The first batch landed; the second (extracted, not yet written) did not.
    assert Source.objects.count() == 10
    assert "sources created            10" in outcome.stdout
    assert "not imported (stopped)     15" in outcome.stdout


def test_an_unexpected_error_stops_the_run_with_its_summary_and_no_traceback(tmp_path, monkeypatch):
    many_articles(tmp_path, 15)

    def broken(*args, **kwargs):
        raise MemoryError("out of memory")

    monkeypatch.setattr(batches, "look_up", broken)
    outcome = run_import(tmp_path, batch_size=10, workers=0)
    assert str(outcome.error) == "The import stopped early: MemoryError: out of memory"
    assert "Summary:" in outcome.stdout and "not imported (stopped)     15" in outcome.stdout
    assert Source.objects.count() == 0
