"""`make run` imports seeds/: the seed article's quotations, with its speakers resolved."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from quotes.models import Quote, Speaker
from tests.importing import counts, run_import

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = [ROOT / "fixtures" / "speakers.json"]


@pytest.fixture(params=["with fixtures", "without fixtures"])
def loaded(request):
    if request.param == "with fixtures":
        call_command("loaddata", *FIXTURES, verbosity=0)
    return request.param


def speaker_of(text_start):
    return Quote.objects.select_related("speaker").get(text__startswith=text_start).speaker


def test_the_seed_gives_six_quotations_and_its_reported_speech(loaded):
    outcome = run_import(SEEDS)
    assert not outcome.failed
    quoted = Quote.objects.exclude(kind=Quote.Kind.INDIRECT)
    assert quoted.count() == 6
    reported = Quote.objects.filter(kind=Quote.Kind.INDIRECT).select_related("speaker")
    assert {q.speaker.name for q in reported} == {"Volodymyr Zelenskyy", "Vladimir Putin"}


def test_zelenskyy_is_one_speaker_however_the_article_spells_him(loaded):
    run_import(SEEDS)
    zelenskyy = Speaker.objects.get(aliases__key="zelensky")
    assert Speaker.objects.filter(aliases__key="zelenskyy").get() == zelenskyy
    assert zelenskyy.name == "Volodymyr Zelenskyy"
    assert speaker_of("From the very beginning") == zelenskyy  # "Mr Zelensky told reporters"
    assert speaker_of("Thus, today") == zelenskyy  # the quote over two paragraphs
    assert Speaker.objects.filter(name__icontains="zelensk").count() == 1


def test_merz_is_attributed_including_where_the_article_says_he(loaded):
    run_import(SEEDS)
    merz = Speaker.objects.get(name="Friedrich Merz")
    for start in ("the decades of the 'Pax Americana'", "a fundamental change", "If Ukraine falls"):
        assert speaker_of(start) == merz


def test_with_the_fixtures_every_seed_speaker_is_a_known_one():
    call_command("loaddata", *FIXTURES, verbosity=0)
    run_import(SEEDS)
    assert Speaker.objects.count() == 7
    assert set(Quote.objects.values_list("speaker_match", flat=True)) == {Quote.SpeakerMatch.ALIAS}


def test_importing_the_seeds_again_adds_nothing(loaded):
    run_import(SEEDS)
    before = counts()
    outcome = run_import(SEEDS)
    assert counts() == before
    assert "skipped, already imported  1" in outcome.stdout


def test_the_admin_lists_the_seeds_quotes_with_their_speakers(editor_client):
    call_command("loaddata", *FIXTURES, verbosity=0)
    run_import(SEEDS)
    html = editor_client.get(reverse("admin:quotes_quote_changelist")).content.decode()
    assert html.count('class="action-select"') == 8  # six quotations, two reported
    for name in ("Volodymyr Zelenskyy", "Friedrich Merz", "Vladimir Putin"):
        assert name in html
