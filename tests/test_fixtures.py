"""Fixtures load into any instance, by natural keys, as often as wanted."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from quotes.models import Quote, Rating, Speaker, SpeakerAlias
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    TagFactory,
    VerdictFactory,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = [ROOT / "fixtures" / "speakers.json", ROOT / "fixtures" / "rating_scales.json"]

pytestmark = pytest.mark.django_db


def test_the_fixtures_load_into_an_empty_database_and_again_without_duplicates():
    call_command("loaddata", *FIXTURES, verbosity=0)
    counts = (Speaker.objects.count(), SpeakerAlias.objects.count(), Rating.objects.count())
    call_command("loaddata", *FIXTURES, verbosity=0)
    assert (Speaker.objects.count(), SpeakerAlias.objects.count(), Rating.objects.count()) == counts
    assert Speaker.objects.count() == 7


def test_every_spelling_of_zelenskyy_resolves_to_him():
    call_command("loaddata", *FIXTURES, verbosity=0)
    from quotes.extraction.names import alias_key

    for name in ["Zelensky", "Zelenskiy", "Mr Zelenskyy", "Mr Zelensky", "President Zelenskyy"]:
        alias = SpeakerAlias.objects.select_related("speaker").get(key=alias_key(name))
        assert alias.speaker.slug == "volodymyr-zelenskyy"


def test_the_default_scale_runs_from_true_to_fabricated_with_two_off_scale_ratings():
    call_command("loaddata", *FIXTURES, verbosity=0)
    ratings = Rating.objects.filter(scale__slug="default")
    assert list(ratings.filter(on_scale=True).values_list("label", flat=True)) == [
        "True",
        "Mostly true",
        "Half true",
        "Mostly false",
        "False",
        "Fabricated",
    ]
    assert set(ratings.filter(on_scale=False).values_list("label", flat=True)) == {
        "Misleading",
        "Unverifiable",
    }


def dump_curated():
    out = io.StringIO()
    call_command(
        "dumpdata",
        "quotes.tag",
        "quotes.speaker",
        "quotes.speakeralias",
        "quotes.source",
        "quotes.quote",
        "quotes.ratingscale",
        "quotes.rating",
        "quotes.claim",
        "quotes.verdict",
        "quotes.evidence",
        natural_foreign=True,
        natural_primary=True,
        stdout=out,
    )
    return out.getvalue()


def test_a_dump_with_natural_keys_loads_into_a_fresh_database(tmp_path):
    quote = QuoteFactory()
    quote.tags.add(TagFactory(name="Energy"))
    SpeakerAliasFactory(speaker=quote.speaker, name="Mr Example")
    verdict = VerdictFactory(claim=ClaimFactory(claimant=quote.speaker))
    verdict.claim.appearances.add(quote)
    EvidenceFactory(verdict=verdict)
    dump = dump_curated()
    records = json.loads(dump)
    assert records and all("pk" not in r for r in records)

    dump_file = tmp_path / "curated.json"
    dump_file.write_text(dump)
    fresh = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{fresh}", "DEBUG": "true"}

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    manage("migrate", "--noinput", "-v", "0")
    manage("loaddata", str(dump_file), "-v", "0")
    manage("loaddata", str(dump_file), "-v", "0")  # twice is harmless
    script = (
        "from quotes.models import *;"
        "q=Quote.objects.get();"
        "print(q.speaker.slug, q.source.content_hash, q.start, q.end, q.tags.get().slug,"
        " q.claims.get().verdict.evidence.count(), SpeakerAlias.objects.count())"
    )
    printed = manage("shell", "-v", "0", "-c", script).split()
    assert printed == [
        quote.speaker.slug,
        quote.source.content_hash,
        str(quote.start),
        str(quote.end),
        "energy",
        "1",
        "1",
    ]


def test_natural_keys_find_the_same_records():
    quote = QuoteFactory()
    assert Quote.objects.get_by_natural_key(*quote.natural_key()) == quote
    assert Speaker.objects.get_by_natural_key(*quote.speaker.natural_key()) == quote.speaker
