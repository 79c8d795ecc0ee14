"""Known speakers ship as a fixture with their Wikidata ids and aliases; the id is
shown on the speaker's page and is the ClaimReview author's sameAs."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from quotes.claimreview import person
from quotes.models import Quote, Speaker, SpeakerAlias
from tests.factories import SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db
KNOWN = Path(__file__).resolve().parents[2] / "fixtures" / "known_speakers.json"


def load():
    call_command("loaddata", str(KNOWN), verbosity=0)


def test_the_known_speakers_load_with_their_ids_and_aliases_and_again_without_duplicates():
    load()
    counts = (Speaker.objects.count(), SpeakerAlias.objects.count())
    load()
    assert (Speaker.objects.count(), SpeakerAlias.objects.count()) == counts
    trump = Speaker.objects.get(slug="donald-trump")
    assert trump.wikidata_id == "Q22686"
    assert trump.aliases.filter(key="donald j trump").exists()
    assert set(SpeakerAlias.objects.values_list("origin", flat=True)) == {"editor"}


def test_every_fixture_alias_key_is_the_key_the_registry_computes():
    from quotes.registry.people import name_key

    for row in json.loads(KNOWN.read_text()):
        if row["model"] == "quotes.speakeralias":
            assert row["fields"]["key"] == name_key(row["fields"]["name"])


def test_loading_them_onto_an_imported_record_of_the_same_slug_gives_it_its_id():
    imported = SpeakerFactory(name="Donald Trump", slug="donald-trump", wikidata_id="")
    load()
    imported.refresh_from_db()
    assert imported.wikidata_id == "Q22686"
    assert Speaker.objects.filter(name="Donald Trump").count() == 1


def test_an_import_finds_the_shipped_speaker_under_another_name(tmp_path):
    load()
    write(tmp_path, "a.txt", article('"Rates will rise," Vincent Cable said.'))
    run_import(tmp_path)
    quote = Quote.objects.get()
    assert quote.speaker.slug == "vince-cable"


def test_the_id_is_on_the_speaker_page_and_in_the_claimreview_author(client):
    load()
    page = client.get("/speakers/donald-trump/").content.decode()
    assert 'href="https://www.wikidata.org/wiki/Q22686"' in page
    assert person(Speaker.objects.get(slug="donald-trump"))["sameAs"] == (
        "https://www.wikidata.org/wiki/Q22686"
    )
    out = io.StringIO()
    call_command("dumpdata", "quotes.speaker", natural_primary=True, stdout=out)
    assert '"wikidata_id": "Q22686"' in out.getvalue()


def test_a_group_is_an_organization_for_schema_org():
    group = SpeakerFactory(name="American Samoans", kind=Speaker.Kind.GROUP)
    assert person(group)["@type"] == "Organization"
