"""Importing in batches: many articles per transaction, with the same outcome as one
at a time."""

import pytest

from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.services import extraction_worker, imports
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
    real = imports.write_articles
    calls = []

    def another_process_wins_first(articles, **options):
        if not calls:  # between resolution and write, "another process" commits her
            kallas = SpeakerFactory(name="Kaja Kallas", slug="kaja-kallas")
            SpeakerAliasFactory(speaker=kallas, name="Kaja Kallas")
        calls.append(len(articles))
        return real(articles, **options)

    monkeypatch.setattr(imports, "write_articles", another_process_wins_first)
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
    real = extraction_worker.extract

    def fail_on_the_second(article):
        if article.headline == "2":
            raise RuntimeError("extractor bug")
        return real(article)

    monkeypatch.setattr(extraction_worker, "extract", fail_on_the_second)
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
