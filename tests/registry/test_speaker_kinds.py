"""Person, organisation or group, from what the article says; an editor's kind stays."""

import pytest

from quotes.extraction import SpeakerCluster
from quotes.importing.speakers import SpeakerResolver
from quotes.models import Quote, Speaker
from quotes.registry.clusters import ArticleFacts
from tests.factories import SpeakerAliasFactory, SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db


def new_kind(name, extracted, *mentions, role=None):
    cluster = SpeakerCluster(name=name, type=extracted, mentions=(name, *mentions), role=role)
    plan = SpeakerResolver.load().resolve([cluster], ArticleFacts())
    return plan.resolutions[name].new.kind


@pytest.mark.parametrize(
    ("name", "extracted", "mentions", "role", "kind"),
    [
        ("Carl Hensman", "organisation", ("Carl Hensman of the Gates Foundation",), None, "person"),
        (
            "Troy Roberts",
            "organisation",
            ("Florida Department of Transportation official Troy Roberts",),
            None,
            "person",
        ),
        ("Kathimerini", "person", ("Greek daily Kathimerini",), "Greek daily", "organisation"),
        ("Airfleets", "person", (), "a database of aircraft", "organisation"),
        ("Ministry of Defence", "person", (), None, "organisation"),
        ("Iran", "person", (), None, "organisation"),
        ("American Samoans", "person", (), None, "group"),
        ("Democrats", "organisation", (), None, "group"),
        ("Dedi Prasetyo", "organisation", (), "spokesperson for the Indonesian police", "person"),
    ],
)
def test_the_kind_comes_from_the_articles_evidence(name, extracted, mentions, role, kind):
    assert new_kind(name, extracted, *mentions, role=role) == kind


def test_an_editors_kind_is_never_overwritten_by_an_import(tmp_path):
    speaker = SpeakerFactory(name="Anna Lindqvist", kind=Speaker.Kind.ORGANISATION)
    SpeakerAliasFactory(speaker=speaker, name="Anna Lindqvist")
    write(tmp_path, "a.txt", article('"We are close to a deal," Anna Lindqvist said.'))
    run_import(tmp_path)
    speaker.refresh_from_db()
    assert speaker.kind == Speaker.Kind.ORGANISATION
    assert Quote.objects.get().speaker == speaker


def test_a_group_of_people_is_a_speaker_kind_of_its_own(client):
    SpeakerFactory(name="American Samoans", slug="american-samoans", kind=Speaker.Kind.GROUP)
    response = client.get("/speakers/", {"kind": "group"})
    assert [s.name for s in response.context["page"].object_list] == ["American Samoans"]
